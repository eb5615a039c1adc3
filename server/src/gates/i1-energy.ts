// I1 energy gate (spec §3.7): per module, ΔZ ≤ α ACCEPT; ≤ β REVIEW; ≤ ζ BLOCK; > ζ HARD_BLOCK,
// with α/β/ζ from the calibration state (spec §3.8) or its defaults. The explain names the
// tokens that make the module's ΔZ (spec §3.6 sentence form); the location is the top
// contributor, where the editor puts the diagnostic (spec §6). Pure.
import { thresholdsOf, type SpecState } from '../calibration/spec-state';
import { contribution } from '../delta/energy';
import type { DeltaToken } from '../delta/token';
import type { DeltaResult } from '../engine/delta-engine';
import { worst, type Decision, type GateLocation, type GateStatus } from './decision';

export interface I1Module {
  module: string;
  dz: number;
  alpha: number;
  beta: number;
  zeta: number;
  basis: string;
  decision: Decision;
  /** `I1 above α(core)=0.32 due to MODIFY_SIG (+0.22), ΔCC (+0.06)`. */
  explain: string;
  top: { kind: string; contribution: number }[];
  location?: GateLocation & { symbol?: string; kind: string };
}

export interface I1Result {
  gate: 'I1';
  status: GateStatus;
  decision: Decision;
  modules: I1Module[];
}

export function levelOf(dz: number, t: { alpha: number; beta: number; zeta: number }): Decision {
  if (dz <= t.alpha) return 'ACCEPT';
  if (dz <= t.beta) return 'REVIEW';
  if (dz <= t.zeta) return 'BLOCK';
  return 'HARD_BLOCK';
}

const f2 = (x: number) => x.toFixed(2);

export function evaluateI1(result: Pick<DeltaResult, 'tokens' | 'energy'>, state: SpecState | undefined): I1Result {
  const modules: I1Module[] = [];
  for (const [m, e] of Object.entries(result.energy.modules)) {
    const t = thresholdsOf(state, m);
    const decision = levelOf(e.dz, t);
    const mine = result.tokens.filter((x) => x.module === m);
    const byKind = new Map<string, number>();
    for (const x of mine) byKind.set(x.kind, (byKind.get(x.kind) ?? 0) + contribution(x));
    const top = [...byKind].filter(([, c]) => c > 0).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3)
      .map(([kind, c]) => ({ kind, contribution: Math.round(c * 1e6) / 1e6 }));
    const where = decision === 'ACCEPT' ? `within α(${m})=${f2(t.alpha)}` : decision === 'REVIEW' ? `above α(${m})=${f2(t.alpha)}` : decision === 'BLOCK' ? `above β(${m})=${f2(t.beta)}` : `above ζ(${m})=${f2(t.zeta)}`;
    const because = top.length ? ` due to ${top.map((x) => `${x.kind} (+${f2(x.contribution)})`).join(', ')}` : '';
    const topToken = topContributor(mine);
    modules.push({
      module: m, dz: e.dz, alpha: t.alpha, beta: t.beta, zeta: t.zeta, basis: t.basis, decision,
      explain: `I1 ${where}: ΔZ=${f2(e.dz)}${because}`,
      top,
      location: topToken ? { file: topToken.file, line: topToken.range.line, endLine: topToken.range.endLine, symbol: topToken.symbol, kind: topToken.kind } : undefined,
    });
  }
  modules.sort((a, b) => (a.module < b.module ? -1 : 1));
  // Several modules: the worst decides (spec §3.7 aggregation).
  const decision = worst(modules.map((m) => m.decision));
  const status: GateStatus = modules.length === 0 ? 'N/A' : decision === 'ACCEPT' ? 'PASS' : decision === 'REVIEW' ? 'REVIEW' : 'FAIL';
  return { gate: 'I1', status, decision, modules };
}

function topContributor(tokens: readonly DeltaToken[]): DeltaToken | undefined {
  let best: DeltaToken | undefined;
  let bestC = 0;
  for (const t of tokens) {
    const c = contribution(t);
    if (c > bestC) {
      best = t;
      bestC = c;
    }
  }
  return best;
}
