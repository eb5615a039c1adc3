// Playbook 6 — unstuck CI (spec §7; seed playbook 6): reproduce the gate locally (`glx
// invariants --ci` through the use cases), the histogram of token kinds (`jq '.tokens |
// group_by(.kind)'`), advice per dominant kind, and a split plan per module. Everything is
// computed in plan(): a dry run (allowed in untrusted workspaces) shows the whole diagnosis;
// the run writes delta_report.json and invariants.json and the report. Rollback: the two files
// as before (the advice itself is "split the change", which is the user's to do).
import { CommandIds } from '../protocol/commands';
import { adviceFor, f2, histogram, judged, splitPlan, writeJudgement, type Judged } from './analysis';
import { describeRevs, REV_INPUTS, revsOf } from './revs';
import type { Playbook, StepContext } from './types';

const TOP_KINDS = 3;

function histogramLines(j: Judged): string[] {
  const h = histogram(j);
  if (!h.length) return ['no tokens: the change is empty'];
  return h.map((k) => `${k.kind.padEnd(14)} ${String(k.n).padStart(4)} token(s) · ΔZ share ${f2(k.dz)}`);
}

function adviceLines(j: Judged): string[] {
  const h = histogram(j).filter((k) => k.kind !== 'ΔCOMMENTS');
  const out: string[] = [];
  for (const k of h.slice(0, TOP_KINDS)) {
    const a = adviceFor(k.kind, j);
    if (a) out.push(`${k.kind} (ΔZ ${f2(k.dz)}): ${a}`);
  }
  if (!out.length) out.push(h.length ? `no specific advice for ${h.slice(0, TOP_KINDS).map((k) => k.kind).join(', ')}: reduce the change (split it) rather than disabling the gates` : 'nothing to reduce');
  return out;
}

function splitLines(j: Judged): string[] {
  const parts = splitPlan(j);
  if (parts.length <= 1) return parts.length ? [`one module only (${parts[0].module}, ΔZ ${f2(parts[0].dz)}${parts[0].over ? ` ≥ β ${f2(parts[0].beta)}: split it by file or symbol` : ''})`] : ['nothing to split'];
  return parts.map((p, i) => `PR ${i + 1}: module ${p.module} — ${p.tokens} token(s) in ${p.files} file(s), ΔZ ${f2(p.dz)}${p.over ? ` ≥ β ${f2(p.beta)}: still needs review on its own` : ` < β ${f2(p.beta)}`}`);
}

const get = (ctx: StepContext) => judged(ctx, revsOf(ctx.inputs));

export const unstuckCiPlaybook: Playbook = {
  id: 'unstuck-ci',
  number: 6,
  command: CommandIds.playbookUnstuckCi,
  title: 'Unstuck CI',
  when: 'CI fails on the invariants check although the PR is small',
  inputs: REV_INPUTS,
  requires: [],
  writes: 'glx',
  rollback: 'none needed (it only writes reports; .glx/delta_report.json is restored on a failure): split the change',
  steps: [
    {
      id: 'reproduce',
      title: 'Reproduce the gate locally (glx invariants --ci)',
      writes: '.glx/delta_report.json, .glx/invariants.json',
      rollback: 'the two reports as before',
      touches: () => ['.glx/delta_report.json', '.glx/invariants.json'],
      async plan(ctx) {
        const j = await get(ctx);
        return { lines: [`analyse ${describeRevs(revsOf(ctx.inputs))}: ${j.analysis.result.tokens.length} token(s), ΔZ ${f2(j.analysis.result.explain.change.dz)}`, ...j.evaluation.outcome.explain] };
      },
      async apply(ctx) {
        const j = await get(ctx);
        const artifacts = await writeJudgement(ctx, j, 'invariants.json');
        return { summary: `${j.evaluation.outcome.decision} · ΔZ ${f2(j.analysis.result.explain.change.dz)}`, artifacts, report: `### Gate decision\n\n${j.evaluation.outcome.explain.map((l) => `- ${l}`).join('\n')}` };
      },
    },
    {
      id: 'histogram',
      title: 'Histogram of token kinds',
      writes: 'nothing',
      rollback: 'nothing to undo',
      async plan(ctx) {
        return { lines: histogramLines(await get(ctx)) };
      },
      async apply(ctx) {
        const lines = histogramLines(await get(ctx));
        return { summary: lines[0], report: `### Token kinds\n\n| kind | tokens | ΔZ share |\n|---|---:|---:|\n${histogram(await get(ctx)).map((k) => `| ${k.kind} | ${k.n} | ${f2(k.dz)} |`).join('\n')}` };
      },
    },
    {
      id: 'advice',
      title: 'Advice per dominant token kind',
      writes: 'nothing',
      rollback: 'nothing to undo',
      async plan(ctx) {
        return { lines: adviceLines(await get(ctx)) };
      },
      async apply(ctx) {
        const lines = adviceLines(await get(ctx));
        return { summary: lines[0], report: `### Advice\n\n${lines.map((l) => `- ${l}`).join('\n')}\n\nDo not turn the gates off: reduce the Δ to an acceptable budget.` };
      },
    },
    {
      id: 'split-plan',
      title: 'Split plan per module',
      writes: 'nothing',
      rollback: 'nothing to undo',
      async plan(ctx) {
        return { lines: splitLines(await get(ctx)) };
      },
      async apply(ctx) {
        const lines = splitLines(await get(ctx));
        return { summary: lines[0], report: `### Split plan\n\n${lines.map((l) => `- ${l}`).join('\n')}` };
      },
    },
  ],
};
