// All four gates over one analysed change, and the decision (spec §3.7): the one function the
// CLI (`glx invariants`) and the language server call, so the editor and CI decide alike.
// Pure except I4, which reads the configured report files.
import type { SpecState } from '../calibration/spec-state';
import type { Policy } from '../config/policy';
import type { ChangeSet } from '../delta/change-set';
import type { DeltaResult } from '../engine/delta-engine';
import { evaluateI3, type I3Result, type LayoutFile } from '../mosaic/i3';
import { aggregate, type Aggregate, type Override } from './aggregate';
import { statusDecision, type Decision } from './decision';
import { evaluateI1, type I1Result } from './i1-energy';
import { evaluateI2, type I2Result } from './i2-contracts';
import { evaluateI4, parseI4Config, type I4BaseValues, type I4Result } from './i4-observable';

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

export async function evaluateGates(input: GatesInput): Promise<GatesOutcome> {
  const { result, cs, policy } = input;
  const I1 = evaluateI1(result, input.state);
  const I2 = evaluateI2(cs, result.tokens, policy);
  const tau = policy.config.i3.tau;
  const I3 = input.layoutFiles ? evaluateI3({ files: input.layoutFiles, changeSet: cs, tokens: result.tokens, tau }) : naI3(tau);
  const I4 = input.root !== undefined ? await evaluateI4(parseI4Config(policy.config.i4), input.root, { base: input.i4Base }) : { gate: 'I4' as const, status: 'N/A' as const, decision: 'ACCEPT' as const, checks: [] };
  const fails = I2.ports.filter((p) => p.verdict !== 'PASS');
  const agg = aggregate([
    { gate: 'I1', status: I1.status, decision: I1.decision, summary: I1.modules.filter((m) => m.decision !== 'ACCEPT').map((m) => m.explain).join('; ') || 'ΔZ within α' },
    { gate: 'I2', status: I2.status, decision: statusDecision(I2.status), summary: fails.length ? fails.map((p) => `${p.port}: ${p.reasons.join('; ')}`).join(' | ') : `${I2.summary.pass} public port(s) changed compatibly` },
    { gate: 'I3', status: I3.status, decision: statusDecision(I3.status), summary: I3.status === 'N/A' ? 'N/A' : `E=${I3.E.toFixed(3)} (τ=${I3.tau})${I3.files.length ? `: ${I3.files.map((f) => `${f.path} ${f.reason}`).join('; ')}` : ''}` },
    { gate: 'I4', status: I4.status, decision: I4.decision, summary: I4.checks.filter((c) => c.decision !== 'ACCEPT').map((c) => c.reason).join('; ') || (I4.status === 'N/A' ? 'N/A (nothing configured)' : 'observables stable') },
  ], { overrides: input.overrides, sastCritical: input.sastCritical });
  const explain = [
    `decision ${agg.decision}${agg.decidedBy ? ` (by ${agg.decidedBy})` : ''} · ΔZ ${result.energy.overall.dz.toFixed(2)}`,
    ...agg.gates.map((g) => `${g.gate} ${g.status}${g.effective !== g.decision ? ` (overridden ${g.decision}→${g.effective})` : ''}: ${g.summary}`),
    ...(agg.sast.escalated ? [`SAST: ${agg.sast.critical} unfixed CRITICAL finding(s) raise the decision one level`] : []),
  ];
  return { decision: agg.decision, I1, I2, I3, I4, aggregate: agg, explain };
}
