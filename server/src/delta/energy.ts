// Energy ΔZ — spec §3.6 (its explanation: explain/explanation.ts).
//   ΔZ_raw(module) = Σ weight·magnitude·(2 if public_api and category ∈ {ast, types})
//                    + 0.20·#CRITICAL SAST findings on changed lines + 0.10·[hot spot touched]
//   floored at 0;  ΔZ = 1 − exp(−ΔZ_raw).
// Pure functions: the SAST count and hot-spot set are inputs.
import type { DeltaToken } from './token';

export const SAST_CRITICAL_WEIGHT = 0.2;
export const HOTSPOT_WEIGHT = 0.1;

export interface EnergyInputs {
  /** CRITICAL SAST findings on changed lines, per module (SAST bridge; 0 until it lands). */
  sastCritical?: Record<string, number>;
  /** Changed files that are hot spots (top 10% by commit count over the calibration window). */
  hotspots?: ReadonlySet<string>;
}

export interface Energy {
  raw: number;
  dz: number;
}

export interface EnergyReport {
  overall: Energy;
  modules: Record<string, Energy>;
}

export function contribution(t: DeltaToken): number {
  const factor = t.meta.public_api && (t.category === 'ast' || t.category === 'types') ? 2 : 1;
  return t.weight * t.magnitude * factor;
}

export const dzOf = (raw: number) => 1 - Math.exp(-Math.max(0, raw));

export function energy(tokens: readonly DeltaToken[], inputs: EnergyInputs = {}): EnergyReport {
  const rawBy = new Map<string, number>();
  const hotBy = new Set<string>();
  let total = 0;
  for (const t of tokens) {
    const c = contribution(t);
    rawBy.set(t.module, (rawBy.get(t.module) ?? 0) + c);
    total += c;
    if (inputs.hotspots?.has(t.file)) hotBy.add(t.module);
  }
  const modules: Record<string, Energy> = {};
  let criticalTotal = 0;
  for (const m of [...rawBy.keys()].sort()) {
    const critical = inputs.sastCritical?.[m] ?? 0;
    criticalTotal += critical;
    const raw = Math.max(0, rawBy.get(m)! + SAST_CRITICAL_WEIGHT * critical + (hotBy.has(m) ? HOTSPOT_WEIGHT : 0));
    modules[m] = { raw: round(raw), dz: round(dzOf(raw)) };
  }
  // The change as a whole: every token, every finding, and the hot-spot term once.
  const overallRaw = Math.max(0, total + SAST_CRITICAL_WEIGHT * criticalTotal + (hotBy.size ? HOTSPOT_WEIGHT : 0));
  return { overall: { raw: round(overallRaw), dz: round(dzOf(overallRaw)) }, modules };
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
