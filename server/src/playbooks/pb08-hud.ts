// Playbook 8 — HUD triage (spec §7; seed playbook 8): "what changed and where" in one look. In the
// editor the command opens the Delta Inspector and the Spec Monitor side by side
// (glitchlab.hudTriage); here the same data in words: the Delta Inspector's histogram and top
// tokens with their share of ΔZ per file, and the Spec Monitor's α/β/ζ per module, freeze and
// drift status and the decision's lines. Read-only: it writes nothing and runs in untrusted
// workspaces. The panels only visualise: merge/block decisions stay with CI.
import { CommandIds } from '../protocol/commands';
import { loadSpecState } from '../app/calibrate-thresholds';
import { tokenShare } from '../explain/explanation';
import { f2, histogram, judged } from './analysis';
import { REV_INPUTS, revsOf } from './revs';
import type { Playbook, StepContext } from './types';

const get = (ctx: StepContext) => judged(ctx, revsOf(ctx.inputs));

async function inspector(ctx: StepContext): Promise<string[]> {
  const j = await get(ctx);
  const change = j.analysis.result.explain.change;
  const byFile = new Map<string, number>();
  for (const t of j.analysis.result.tokens) byFile.set(t.file, (byFile.get(t.file) ?? 0) + tokenShare(t, change));
  const files = [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 8);
  return [
    `Delta Inspector: ${j.analysis.result.tokens.length} token(s) in ${change.files} file(s), ΔZ ${f2(change.dz)}`,
    `histogram: ${histogram(j).slice(0, 6).map((k) => `${k.kind}×${k.n}`).join(', ') || 'empty'}`,
    ...files.map(([f, s]) => `heat: ${f} +${f2(s)}`),
  ];
}

async function monitor(ctx: StepContext): Promise<string[]> {
  const j = await get(ctx);
  const s = loadSpecState(ctx.ws);
  const lines = [`Spec Monitor: thresholds from ${j.evaluation.thresholdsSource}${s?.frozen ? ` · FROZEN since ${s.frozen.at} (${s.frozen.reason}, ${s.frozen.remaining} commit(s) left)` : ''}`];
  for (const m of j.evaluation.outcome.I1.modules) lines.push(`${m.module}: ΔZ ${f2(m.dz)} · α ${f2(m.alpha)} β ${f2(m.beta)} ζ ${f2(m.zeta)} (${m.basis}) → ${m.decision}${s?.modules[m.module]?.drift.state === 'drift' ? ' · DRIFT' : ''}`);
  lines.push(...j.evaluation.outcome.explain);
  return lines;
}

export const hudPlaybook: Playbook = {
  id: 'hud',
  number: 8,
  command: CommandIds.hudTriage,
  title: 'HUD triage: Delta Inspector & Spec Monitor',
  when: 'a quick diagnosis of what changed and where in a PR or commit',
  inputs: REV_INPUTS,
  requires: [],
  writes: 'none',
  rollback: 'none (read-only)',
  steps: [
    {
      id: 'inspector',
      title: 'Delta Inspector: histogram, heat per file, top tokens',
      writes: 'nothing',
      rollback: 'nothing to undo',
      async plan(ctx) {
        return { lines: await inspector(ctx) };
      },
      async apply(ctx) {
        const l = await inspector(ctx);
        return { summary: l[0], report: `### Delta Inspector\n\n${l.map((x) => `- ${x}`).join('\n')}` };
      },
    },
    {
      id: 'monitor',
      title: 'Spec Monitor: α/β/ζ, freeze/drift, why',
      writes: 'nothing',
      rollback: 'nothing to undo',
      async plan(ctx) {
        return { lines: await monitor(ctx) };
      },
      async apply(ctx) {
        const l = await monitor(ctx);
        return { summary: l[0], report: `### Spec Monitor\n\n${l.map((x) => `- ${x}`).join('\n')}` };
      },
    },
  ],
};
