// All four gates over one analysed change, and the decision (spec §3.7): `decideGates` is the
// one aggregation — the CLI (`glx invariants`, through evaluateGates) and the language server
// (with its asynchronously kept I3/I4) both call it, so the editor and CI decide alike and say
// it in the same words. Pure except evaluateGates' I4, which reads the configured report files.
import type { SpecState } from '../calibration/spec-state';
import type { Policy } from '../config/policy';
import type { ChangeSet } from '../delta/change-set';
import type { DeltaResult } from '../engine/delta-engine';
import { evaluateI3, type I3Result, type LayoutFile } from '../mosaic/i3';
import { aggregate, type Aggregate, type Override } from './aggregate';
import { statusDecision, type Decision } from './decision';
import { evaluateI1, type I1Result } from './i1-energy';
import type { PublicSurface } from './public-surface';
import { evaluateI2, type I2Result } from './i2-contracts';
import { evaluateI4, parseI4Config, type I4BaseValues, type I4Result } from './i4-observable';
import { changeScope } from '../explain/sentences';
import { i1ModuleLine, i2PortDetail, i2PortLine, i2QuietLine, i3Line, i4Lines } from './gate-lines';

export interface GatesInput {
  result: DeltaResult;
  cs: ChangeSet;
  policy: Policy;
  state?: SpecState;
  /** base ∪ head with LOCs, for I3; I3 is N/A when absent. */
  layoutFiles?: LayoutFile[];
  /** Repository root for I4's relative report paths; I4 is skipped when absent. */
  root?: string;
  overrides?: Override[];
  sastCritical?: number;
  /** I4 base values recorded in EGDB for the base commit (else the committed baseline file). */
  i4Base?: I4BaseValues;
  publicSurface?: PublicSurface;
  /** An integration merge bringing this many commits: I1 reports, does not gate (DecideInput). */
  integrationMerge?: number;
  /** A declared breaking change (DecideInput). */
  declaredBreaking?: Override;
  /** I2 already evaluated (DecideInput). */
  I2?: I2Result;
}

export interface GatesOutcome {
  decision: Decision;
  I1: I1Result;
  I2: I2Result;
  I3: I3Result;
  I4: I4Result;
  aggregate: Aggregate;
  /** Human lines: the decision and each gate's why (spec §3.6 explain sentences). */
  explain: string[];
}

export function naI3(tau: number): I3Result {
  return { gate: 'I3', status: 'N/A', E: 0, tau, cells: { total: 0, phi: 0, delta: 0, intersection: 0, union: 0 }, disagreeing: [], files: [] };
}

export const naI4 = (): I4Result => ({ gate: 'I4', status: 'N/A', decision: 'ACCEPT', checks: [] });

const f2 = (x: number) => x.toFixed(2);

/** The inputs of the decision once I3 and I4 are known (the editor keeps them from its async runs). */
export interface DecideInput {
  result: DeltaResult;
  cs: ChangeSet;
  policy: Policy;
  state?: SpecState;
  I3: I3Result;
  I4: I4Result;
  overrides?: Override[];
  sastCritical?: number;
  /** The package's public surface at the base (gates/public-surface.ts); absent = file-level I2. */
  publicSurface?: PublicSurface;
  /** Set when the change is an integration merge (engine/integration-merges.ts): how many commits it brings. I1 reports, does not gate. */
  integrationMerge?: number;
  /** A breaking change the change's commit messages declare (gates/declared-breaking.ts): applied to an I2 FAIL as an override. */
  declaredBreaking?: Override;
  /** I2 already evaluated over these inputs (the caller needed its status first): not evaluated again. */
  I2?: I2Result;
}

/**
 * I1 and I2 over the analysed change, the aggregation (spec §3.7) and the explanation lines:
 * the one decision the CLI and the editor both show. Pure and synchronous.
 */
export function decideGates(input: DecideInput): GatesOutcome {
  const { result, cs, policy, I3, I4 } = input;
  const I1 = evaluateI1(result, input.state, { integrationMerge: input.integrationMerge });
  const I2 = input.I2 ?? evaluateI2(cs, result.tokens, policy, input.publicSurface);
  const fails = I2.ports.filter((p) => p.verdict !== 'PASS');
  // A declared break (`feat!:`, `BREAKING CHANGE:`) lowers I2's FAIL one level, recorded like --override.
  const declared = input.declaredBreaking && I2.status === 'FAIL' && policy.config.publicApi.declaredBreaking ? [input.declaredBreaking] : [];
  const agg = aggregate([
    { gate: 'I1', status: I1.status, decision: I1.decision, summary: I1.modules.filter((m) => m.decision !== 'ACCEPT').map((m) => m.explain).join('; ') || 'every module within α' },
    { gate: 'I2', status: I2.status, decision: statusDecision(I2.status), summary: fails.length ? fails.map(i2PortDetail).join(' | ') : i2QuietLine(I2).replace(/^I2 \S+: /, '') },
    { gate: 'I3', status: I3.status, decision: statusDecision(I3.status), summary: i3Line(I3).replace(/^I3 \S+: /, '') },
    { gate: 'I4', status: I4.status, decision: I4.decision, summary: i4Lines(I4).map((l) => l.replace(/^I4 \S+ ?(\([^)]*\))?: /, '')).join('; ') },
  ], { overrides: [...(input.overrides ?? []), ...declared], sastCritical: input.sastCritical });
  const overridden = agg.gates.filter((g) => g.effective !== g.decision).map((g) => `${g.gate} overridden ${g.decision}→${g.effective}`);
  const explain = [
    `decision ${agg.decision}${agg.decidedBy ? ` (by ${agg.decidedBy})` : ''} · ${changeScope} ΔZ ${f2(result.explain.change.dz)}${overridden.length ? ` · ${overridden.join(', ')}` : ''}`,
    ...I1.modules.map(i1ModuleLine),
    ...(fails.length ? fails.map(i2PortLine) : [i2QuietLine(I2)]),
    i3Line(I3),
    ...i4Lines(I4),
    ...(agg.sast.escalated ? [`SAST: ${agg.sast.critical} unfixed CRITICAL finding(s) raise the decision one level`] : []),
  ];
  return { decision: agg.decision, I1, I2, I3, I4, aggregate: agg, explain };
}

/** All four gates: I3 over the layout files, I4 from the configured reports, then decideGates. */
export async function evaluateGates(input: GatesInput): Promise<GatesOutcome> {
  const { result, cs, policy } = input;
  const tau = policy.config.i3.tau;
  const I3 = input.layoutFiles ? evaluateI3({ files: input.layoutFiles, changeSet: cs, tokens: result.tokens, tau }) : naI3(tau);
  const I4 = input.root !== undefined ? await evaluateI4(parseI4Config(policy.config.i4), input.root, { base: input.i4Base }) : naI4();
  return decideGates({ result, cs, policy, state: input.state, I3, I4, integrationMerge: input.integrationMerge, declaredBreaking: input.declaredBreaking, I2: input.I2, overrides: input.overrides, sastCritical: input.sastCritical, publicSurface: input.publicSurface });
}
