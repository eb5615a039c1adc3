// What several playbooks read from one analysed change (playbooks 2, 6, 9, 12): the change
// analysed and judged through the use cases (app/analyse-change.ts + app/evaluate-change.ts,
// the same numbers `glx invariants --ci` prints), the histogram of token kinds (the seed's
// `jq '.tokens | group_by(.kind) …'`), advice per dominant kind, and a split plan per module.
import * as path from 'node:path';
import { analyseChange, type ChangeAnalysis, type RevisionSpec } from '../app/analyse-change';
import { evaluateChange, type ChangeEvaluation } from '../app/evaluate-change';
import { recordAnalysis } from '../egdb/record-analysis';
import { thresholdsOf } from '../calibration/spec-state';
import { writeJsonAtomic } from '../util/atomic-write';
import type { StepContext } from './types';

export interface Judged {
  analysis: ChangeAnalysis;
  evaluation: ChangeEvaluation;
}

/** The change analysed and judged once per run (memoised in the step context). */
export async function judged(ctx: StepContext, revs: RevisionSpec, key = 'judged'): Promise<Judged> {
  const hit = ctx.memo[key] as Judged | undefined;
  if (hit) return hit;
  const analysis = await analyseChange(ctx.ws, revs, { cache: false, by: 'playbook' });
  const evaluation = await evaluateChange(ctx.ws, analysis);
  const j = { analysis, evaluation };
  ctx.memo[key] = j;
  return j;
}

/** Writes delta_report.json and the invariants report as `glx invariants` does, and records them in EGDB. */
export async function writeJudgement(ctx: StepContext, j: Judged, invariantsName: string): Promise<string[]> {
  const root = ctx.ws.repo.root;
  const out = path.join(ctx.ws.glxDir, 'delta_report.json');
  const inv = path.join(ctx.ws.glxDir, invariantsName);
  writeJsonAtomic(out, j.evaluation.report);
  writeJsonAtomic(inv, j.evaluation.invariants);
  const artifacts = [path.relative(root, out), path.relative(root, inv)].map((p) => p.split(path.sep).join('/'));
  await recordAnalysis(ctx.ws.repo, ctx.ws.glxDir, j.evaluation.report, { source: `playbook:${ctx.runId}`, gates: j.evaluation.report.scores, artifacts, warn: ctx.warn });
  return artifacts;
}

export interface KindCount {
  kind: string;
  n: number;
  /** Share of the whole change's ΔZ carried by this kind (explain/ parts). */
  dz: number;
}

/** Token kinds by count (ΔCOMMENTS last: never semantic), with their ΔZ share. */
export function histogram(j: Judged): KindCount[] {
  const by = new Map<string, KindCount>();
  for (const t of j.analysis.result.tokens) {
    const k = by.get(t.kind) ?? { kind: t.kind, n: 0, dz: 0 };
    k.n++;
    by.set(t.kind, k);
  }
  for (const p of j.analysis.result.explain.change.parts) {
    const k = by.get(p.kind);
    if (k) k.dz += p.share;
  }
  return [...by.values()].sort((a, b) => b.dz - a.dz || b.n - a.n || a.kind.localeCompare(b.kind));
}

/** The seed's advice (playbook 6 step 3) per dominant token kind; undefined when nothing specific applies. */
export function adviceFor(kind: string, j: Judged): string | undefined {
  const tokens = j.analysis.result.tokens.filter((t) => t.kind === kind);
  const where = [...new Set(tokens.map((t) => t.symbol ?? t.file))].slice(0, 3).join(', ');
  switch (kind) {
    case 'ΔTESTS': {
      const removed = tokens.some((t) => t.weight > 0);
      return removed
        ? `tests were removed or weakened (${where}): restore them or add tests covering the changed code before merging`
        : `tests changed (${where}): fine; make sure they cover the changed symbols`;
    }
    case 'MODIFY_SIG':
      return `public signatures changed (${where}): add a deprecated compatibility adapter for the old signature (the editor's I2 quick fix generates it), or keep the old parameters optional`;
    case 'DEL_FN':
    case 'DEL_CLASS':
    case 'DEL_TYPE':
      return `symbols were deleted (${where}): deprecate first and remove in a later change, or re-export them`;
    case 'ΔIMPORT':
    case 'ΔFAN_OUT':
    case 'ΔFAN_IN':
      return `many import changes (${where}): split the change into smaller PRs per module (see the split plan); introduce a port or registry instead of cross imports`;
    case 'ΔDEPENDENCY':
      return 'dependency manifests changed: land the dependency bump as its own PR';
    case 'RENAME_FN':
    case 'RENAME_CLASS':
    case 'MOVE_SYMBOL':
    case 'MOVE_FILE':
    case 'RENAME_FILE':
      return `structural renames/moves (${where}): land the pure refactor as its own PR, then the behaviour change`;
    case 'MODIFY_BODY':
    case 'ΔCC':
    case 'ΔBRANCHING':
    case 'ΔLOOP_NEST':
      return `behaviour changes in many bodies (${where}): split per module and add tests for the changed paths`;
    case 'SECRETS_FOUND':
    case 'SAST_FINDING':
    case 'SHELL_TRUE':
    case 'CRYPTO_WEAK':
      return `security findings (${where}): fix them before anything else (playbook 5)`;
    default:
      return undefined;
  }
}

export interface SplitPart {
  module: string;
  dz: number;
  tokens: number;
  files: number;
  /** The module's β (the threshold a part must stay under to pass I1 without review). */
  beta: number;
  over: boolean;
}

/** One PR per module, largest ΔZ first, with whether each part alone still exceeds its β. */
export function splitPlan(j: Judged): SplitPart[] {
  const state = j.evaluation.state;
  return j.analysis.result.explain.change.modules
    .filter((m) => m.counts.semantic > 0)
    .map((m) => {
      const beta = thresholdsOf(state, m.module).beta;
      return { module: m.module, dz: m.dz, tokens: m.counts.semantic, files: m.files, beta, over: m.dz >= beta };
    })
    .sort((a, b) => b.dz - a.dz || a.module.localeCompare(b.module));
}

export const f2 = (x: number) => x.toFixed(2);
