// Playbook 12 — "Δ spike > Z" (spec §7; seed playbook 12): triage (the top tokens by their share
// of ΔZ, and whether the spike is structural — renames, moves, extractions, imports — or
// semantic — bodies, signatures, deletions, control flow), containment (structural: the split
// plan per module; semantic: freeze the thresholds so the spike does not teach them), recovery
// (for every broken public signature the compatibility adapter the editor's quick fix would
// add — fixes/compat-adapter.ts — as a proposal in the report, never applied to sources here).
// Rollback: the reports and the freeze as before.
import { CommandIds } from '../protocol/commands';
import * as path from 'node:path';
import { freezeThresholds, loadSpecState } from '../app/calibrate-thresholds';
import { thresholdsOf } from '../calibration/spec-state';
import { LABELS_SCOPE_FILE, SNAPSHOT_FILE } from '../calibration/freeze';
import type { DeltaToken } from '../delta/token';
import { tokenShare } from '../explain/explanation';
import { planI2Fix } from '../fixes/compat-adapter';
import { f2, judged, splitPlan, writeJudgement, type Judged } from './analysis';
import { bool } from './inputs';
import { leftBehind, recordRestored } from './spec-undo';
import { REV_INPUTS, revsOf } from './revs';
import type { Playbook, StepContext } from './types';

/** Kinds that restructure without changing behaviour (a refactor): split, do not freeze. */
const STRUCTURAL = new Set(['RENAME_FN', 'RENAME_CLASS', 'MOVE_SYMBOL', 'EXTRACT_FN', 'INLINE_FN', 'ADD_FILE', 'RENAME_FILE', 'MOVE_FILE', 'SPLIT_FILE', 'MERGE_FILE', 'ΔIMPORT', 'ΔFAN_IN', 'ΔFAN_OUT', 'ΔTOPLEVEL', 'ΔCOMMENTS', 'ΔREADME', 'DOC_PUBLIC_API', 'ADD_TYPE', 'ADD_FN', 'ADD_CLASS']);

export interface Triage {
  dz: number;
  zeta: number;
  beta: number;
  structural: number;
  semantic: number;
  verdict: 'structural' | 'semantic' | 'none';
  top: { kind: string; where: string; share: number; structural: boolean }[];
}

export function triage(j: Judged): Triage {
  const change = j.analysis.result.explain.change;
  const t = thresholdsOf(j.evaluation.state, '*');
  let structural = 0;
  let semantic = 0;
  const scored = j.analysis.result.tokens.map((tok: DeltaToken) => {
    // Its share of the whole change's ΔZ (explain/: the shares add up to ΔZ).
    const share = tokenShare(tok, change);
    if (STRUCTURAL.has(tok.kind)) structural += share;
    else semantic += share;
    return { kind: tok.kind, where: `${tok.symbol ?? tok.file} (${tok.file}:${tok.range.line + 1})`, share, structural: STRUCTURAL.has(tok.kind) };
  });
  const top = scored.filter((x) => x.share > 0).sort((a, b) => b.share - a.share).slice(0, 10);
  const verdict = structural + semantic <= 0 ? 'none' : semantic > structural ? 'semantic' : 'structural';
  return { dz: change.dz, zeta: t.zeta, beta: t.beta, structural, semantic, verdict, top };
}

const get = (ctx: StepContext) => judged(ctx, revsOf(ctx.inputs));

function adapters(j: Judged): string[] {
  const out: string[] = [];
  for (const port of j.evaluation.outcome.I2.ports) {
    if (port.verdict !== 'FAIL') continue;
    const change = j.analysis.cs.changes.find((c) => c.old?.path === port.file);
    const headFile = port.successor?.file ?? port.file;
    const headChange = j.analysis.cs.changes.find((c) => c.new?.path === headFile);
    const fix = planI2Fix({ port, base: change?.old?.analysis, head: headChange?.new?.analysis, headText: headChange?.new?.text });
    if (!fix) continue;
    if (fix.kind === 'declined') out.push(`${port.port}: ${fix.reason}`);
    else out.push(`${port.port}: ${fix.plan.title}\n\n\`\`\`\n${fix.plan.insertions.map((i) => i.text).join('\n')}\n\`\`\``);
  }
  return out;
}

export const spikePlaybook: Playbook = {
  id: 'spike',
  number: 12,
  command: CommandIds.playbookSpike,
  title: 'Δ spike > Z',
  when: 'the ΔZ of a PR or commit exceeds ζ (an alarm in the editor or CI)',
  inputs: [...REV_INPUTS, { name: 'freeze', type: 'boolean', default: true, desc: 'containment of a semantic spike: freeze the thresholds for 20 commits' }],
  requires: ['has-commits'],
  writes: 'glx',
  rollback: 'the reports and the thresholds as before (split the change or revert it)',
  steps: [
    {
      id: 'triage',
      title: 'Triage: top tokens, structural or semantic',
      writes: '.glx/delta_report.json, .glx/invariants.json',
      rollback: 'the previous reports',
      touches: () => ['.glx/delta_report.json', '.glx/invariants.json'],
      async plan(ctx) {
        const t = triage(await get(ctx));
        return {
          lines: [
            `ΔZ ${f2(t.dz)} ${t.dz > t.zeta ? '>' : '≤'} ζ ${f2(t.zeta)}${t.dz > t.zeta ? ': a spike' : ': not a spike above ζ'} (β ${f2(t.beta)})`,
            `structural ${f2(t.structural)} · semantic ${f2(t.semantic)} → ${t.verdict}`,
            ...t.top.slice(0, 5).map((x) => `${x.kind} ${x.where} +${f2(x.share)}${x.structural ? ' (structural)' : ''}`),
          ],
        };
      },
      async apply(ctx) {
        const j = await get(ctx);
        const t = triage(j);
        const artifacts = await writeJudgement(ctx, j, 'invariants.json');
        return {
          summary: `${t.verdict} spike · ΔZ ${f2(t.dz)} (ζ ${f2(t.zeta)})`, artifacts, data: { verdict: t.verdict },
          report: `### Triage\n\nΔZ ${f2(t.dz)} (α/β/ζ from the current thresholds: β ${f2(t.beta)}, ζ ${f2(t.zeta)}); structural ${f2(t.structural)}, semantic ${f2(t.semantic)}: **${t.verdict}**.\n\n| token | where | share |\n|---|---|---:|\n${t.top.map((x) => `| ${x.kind} | ${x.where} | ${f2(x.share)} |`).join('\n')}`,
        };
      },
    },
    {
      id: 'contain',
      title: 'Containment: freeze the thresholds (semantic spike)',
      writes: `.glx/spec_state.json, .glx/${SNAPSHOT_FILE}, .glx/${LABELS_SCOPE_FILE}`,
      rollback: 'the three files as before',
      touches: () => ['.glx/spec_state.json', `.glx/${SNAPSHOT_FILE}`, `.glx/${LABELS_SCOPE_FILE}`],
      async plan(ctx) {
        const t = triage(await get(ctx));
        if (t.verdict !== 'semantic') return { lines: ['a structural spike: split it per module (next step), no freeze'], skip: `spike is ${t.verdict}` };
        if (!bool(ctx.inputs, 'freeze')) return { lines: [], skip: '--no-freeze' };
        const s = loadSpecState(ctx.ws);
        if (!s) return { lines: ['never calibrated: nothing to freeze (glx calibrate update first)'], skip: 'no thresholds to freeze' };
        if (s.frozen) return { lines: [`already frozen since ${s.frozen.at} (${s.frozen.reason})`], skip: 'already frozen' };
        return { lines: [`freeze α/β/ζ for 20 commits (reason: Δ spike ΔZ ${f2(t.dz)}) and run the full e2e tests`] };
      },
      async apply(ctx) {
        const t = triage(await get(ctx));
        const st = await freezeThresholds(ctx.ws, { commits: 20, reason: `Δ spike ΔZ ${f2(t.dz)} > ζ ${f2(t.zeta)}`, warn: ctx.warn });
        return { summary: `frozen for ${st.frozen!.commits} commits`, artifacts: ['.glx/spec_state.json', path.posix.join('.glx', SNAPSHOT_FILE), path.posix.join('.glx', LABELS_SCOPE_FILE)], data: { left: leftBehind(ctx) } };
      },
      undo: recordRestored,
    },
    {
      id: 'recover',
      title: 'Recovery: split plan per module, adapters for broken signatures',
      writes: 'nothing (proposals in the report)',
      rollback: 'nothing to undo',
      async plan(ctx) {
        const j = await get(ctx);
        const parts = splitPlan(j);
        const a = adapters(j);
        return { lines: [...parts.map((p, i) => `PR ${i + 1}: ${p.module} ΔZ ${f2(p.dz)}${p.over ? ` ≥ β ${f2(p.beta)}` : ''}`), `${a.length} adapter proposal(s) for broken public signatures`, 'then rebuild the mosaic and check the gates (playbook 3)'] };
      },
      async apply(ctx) {
        const j = await get(ctx);
        const parts = splitPlan(j);
        const a = adapters(j);
        return {
          summary: `${parts.length} part(s), ${a.length} adapter proposal(s)`,
          report: `### Recovery\n\n${parts.map((p, i) => `- PR ${i + 1}: module ${p.module} — ${p.tokens} token(s), ΔZ ${f2(p.dz)}${p.over ? ` (≥ β ${f2(p.beta)})` : ''}`).join('\n')}\n\n${a.length ? `Adapters (deprecated forwarding functions for the old signatures; the editor's I2 quick fix inserts them):\n\n${a.map((x) => `- ${x}`).join('\n')}` : 'No broken public signature.'}\n\nIf ΔZ cannot be brought under β: split the PR or revert it. Do not raise thresholds ad hoc.`,
        };
      },
    },
  ],
};
