// Use case: evaluate the gates over an analysed change (spec §3.7) as CI does — thresholds from
// the calibration state (or a frozen file), I3 over the base ∪ head layout, I4 from the
// configured reports with EGDB's base values, overrides and SAST escalation — and shape the two
// reports: delta.report.v1 with `scores`, `decision` and the decision's lines, and
// glx.invariants.v1. `glx invariants` is argv → this → write and print.
import { publicSurfaceFor } from './public-surface-at';
import { integrationMerges } from '../engine/integration-merges';
import { declaredBreakingOverride } from '../gates/declared-breaking';
import { evaluateI2 } from '../gates/i2-contracts';
import * as path from 'node:path';
import { readSpecState, type SpecState } from '../calibration/spec-state';
import { i4BaseFromEgdb, measurementsOf } from '../egdb/i4-measurements';
import { layoutOf, readBaseLocs } from '../engine/base-files';
import type { DeltaReport, RevInfo } from '../engine/report';
import { InputError } from '../errors';
import type { Override } from '../gates/aggregate';
import { evaluateGates, type GatesOutcome } from '../gates/evaluate';
import { sastCriticalCount } from '../gates/repo-inputs';
import type { ChangeAnalysis } from './analyse-change';
import { loadSpecState, SPEC_STATE_LABEL } from './calibrate-thresholds';
import type { Workspace } from './workspace';

export interface InvariantsReport {
  schema: 'glx.invariants.v1';
  sha: string | null;
  base: RevInfo;
  head: RevInfo;
  generated_utc: string;
  decision: GatesOutcome['decision'];
  decided_by: GatesOutcome['aggregate']['decidedBy'];
  /** ΔZ of the whole change. */
  dz: number;
  thresholds_source: string;
  frozen: boolean;
  gates: { I1: GatesOutcome['I1']; I2: GatesOutcome['I2']; I3: GatesOutcome['I3']; I4: GatesOutcome['I4'] };
  overrides: GatesOutcome['aggregate']['overrides'];
  sast: GatesOutcome['aggregate']['sast'];
  /** The decision's lines (explain/ and gates/gate-lines.ts): what every surface prints. */
  explain: string[];
  /** SAST bridge (§3.11): unsuppressed findings of the block queue on the change's lines (redacted). */
  sast_blocking?: SastBlocking[];
}

/** A blocking SAST finding as the invariants and the Δ report carry it (redacted; `why`: NF queue_reason). */
export interface SastBlocking {
  id: string;
  rule: string;
  severity: string;
  file: string;
  line: number;
  message: string;
  risk: number;
  why: string;
}

export interface EvaluateOptions {
  /** Take α/β/ζ from this spec_state file (static thresholds) instead of .glx/spec_state.json. */
  freeze?: string;
  overrides?: Override[];
}

export interface ChangeEvaluation {
  outcome: GatesOutcome;
  state?: SpecState;
  /** Where the thresholds come from: `defaults`, `.glx/spec_state.json` or the --freeze file. */
  thresholdsSource: string;
  /** delta.report.v1 with the gates' scores, the decision and its lines (`explain.gates`). */
  report: DeltaReport & { scores: ReturnType<typeof scoresOf>; decision: string };
  invariants: InvariantsReport;
}

/** `scores` of delta.report.v1: per gate its status, level and the numbers behind it. */
export function scoresOf(g: GatesOutcome) {
  return {
    I1: { status: g.I1.status, decision: g.I1.decision, modules: Object.fromEntries(g.I1.modules.map((m) => [m.module, { dz: m.dz, alpha: m.alpha, beta: m.beta, zeta: m.zeta, basis: m.basis, decision: m.decision, explain: m.explain }])) },
    I2: { status: g.I2.status, scope: g.I2.scope, ...g.I2.summary, ports: g.I2.ports.map((p) => ({ port: p.port, file: p.file, symbol: p.symbol, kind: p.kind, verdict: p.verdict, reasons: p.reasons })) },
    I3: { status: g.I3.status, E: g.I3.E, tau: g.I3.tau },
    I4: {
      status: g.I4.status, decision: g.I4.decision, checks: g.I4.checks.map((c) => ({ kind: c.kind, file: c.file, decision: c.decision, reason: c.reason })),
      // Stored in EGDB (invariants_results.details): the base values of later evaluations (egdb/i4-measurements.ts).
      ...(measurementsOf(g.I4) ? { details: { measurements: measurementsOf(g.I4) } } : {}),
    },
  };
}

/** The calibration state the gates read, and a label for where it came from. */
export function thresholdsState(ws: Workspace, freeze: string | undefined): { state?: SpecState; source: string } {
  // A malformed file is a SpecStateError (bad input); a missing --freeze file is not-found.
  if (freeze !== undefined) {
    const state = readSpecState(path.resolve(freeze), freeze);
    if (!state) throw new InputError(`--freeze ${freeze}: no such file`, { kind: 'not-found', input: freeze });
    return { state, source: freeze };
  }
  const state = loadSpecState(ws);
  return state ? { state, source: SPEC_STATE_LABEL } : { source: 'defaults' };
}

export async function evaluateChange(ws: Workspace, a: ChangeAnalysis, opts: EvaluateOptions = {}): Promise<ChangeEvaluation> {
  const { state, source } = thresholdsState(ws, opts.freeze);
  // I3 needs only the line counts of unchanged files: counted in the blobs, no text kept (issue 14).
  const base = await readBaseLocs(ws.repo, a.range.base.sha);
  // I4 base values: EGDB's measurements of the base commit when present, else the baseline file.
  // (Only looked up when an `i4:` section is configured: opening the store costs a wasm load.)
  // An invalid `i4:` section is an I4ConfigError (bad input, exit 2).
  const i4Base = ws.policy.config.i4 ? await i4BaseFromEgdb(ws.glxDir, a.range.base.sha) : undefined;
  const publicSurface = await publicSurfaceFor(ws.repo, a.range.base.sha, a.cs, a.result.tokens, ws.policy);
  // A commit judged on its own (`--commit M`, `--range M^..M`) that is an integration merge:
  // I1 reports, does not gate (engine/integration-merges.ts, docs/gates.md).
  const integrationMerge = await integrationMergeOf(ws, a);
  // I2 first: the commit messages are read only when it fails (a declared break lowers it).
  const I2 = evaluateI2(a.cs, a.result.tokens, ws.policy, publicSurface);
  const declaredBreaking = I2.status === 'FAIL' && a.range.head !== 'worktree' ? await declaredBreakingIn(ws, a.range.base.sha, a.range.head.sha) : undefined;
  const outcome = await evaluateGates({ integrationMerge, declaredBreaking, I2,
    result: a.result, cs: a.cs, policy: ws.policy, state, layoutFiles: layoutOf(base, a.cs, ws.policy), root: ws.repo.root, publicSurface,
    // §3.7: an unfixed CRITICAL raises the decision: the last full scan's queue, or the change's own scan.
    overrides: opts.overrides, sastCritical: Math.max(sastCriticalCount(ws.glxDir), Object.values(a.sast?.sastCritical ?? {}).reduce((x, y) => x + y, 0)), i4Base,
  });
  // The blocking findings on the change's lines (§3.11): in invariants.json and in the Δ report
  // (`glx report` lists them in the PR comment with why each blocks).
  const sastBlocking: SastBlocking[] = (a.sast?.findings ?? []).filter((f) => f.queue === 'block' && !f.suppression && f.delta_bind !== 'unchanged')
    .map((f) => ({ id: f.id, rule: f.rule_id, severity: f.severity, file: f.location.file, line: f.location.line, message: f.message, risk: f.risk_score, why: f.queue_reason }));
  const report = { ...a.report, explain: { ...a.report.explain, gates: outcome.explain }, scores: scoresOf(outcome), decision: outcome.decision, sast_blocking: sastBlocking };
  const invariants: InvariantsReport = {
    schema: 'glx.invariants.v1', sha: a.head.sha, base: a.base, head: a.head, generated_utc: new Date().toISOString(),
    decision: outcome.decision, decided_by: outcome.aggregate.decidedBy, dz: a.result.explain.change.dz,
    thresholds_source: source, frozen: !!state?.frozen,
    gates: { I1: outcome.I1, I2: outcome.I2, I3: outcome.I3, I4: outcome.I4 },
    overrides: outcome.aggregate.overrides, sast: outcome.aggregate.sast, explain: outcome.explain,
    sast_blocking: sastBlocking,
  };
  return { outcome, state, thresholdsSource: source, report, invariants };
}

async function integrationMergeOf(ws: Workspace, a: ChangeAnalysis): Promise<number | undefined> {
  if (a.range.head === 'worktree') return undefined;
  const [commit] = await ws.repo.log(a.range.head.sha, { maxCount: 1 });
  if (!commit || commit.parents.length < 2 || commit.parents[0] !== a.range.base.sha) return undefined;
  return (await integrationMerges(ws.repo, [commit])).get(commit.sha);
}

/** Commits of a range whose messages are read for a declared break (a pull request's; more is not a change). */
const MAX_DECLARING_COMMITS = 500;

/**
 * A breaking change declared by a commit of `base..head` (gates/declared-breaking.ts), for an I2
 * that FAILs: `glx invariants` and the backtest ask the same way. The working copy has no message.
 */
export async function declaredBreakingIn(ws: Workspace, base: string, head: string): Promise<Override | undefined> {
  if (!ws.policy.config.publicApi.declaredBreaking) return undefined;
  return declaredBreakingOverride(await ws.repo.messages(`${base}..${head}`, MAX_DECLARING_COMMITS));
}
