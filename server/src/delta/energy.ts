// Energy ΔZ and its explanation — spec §3.6.
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

export interface ExplainRow {
  kind: string;
  module: string;
  count: number;
  weight: number;
  contribution: number;
  share: number;
}

/** Per (kind, module): count, weight and share of ΔZ_raw, largest contribution first. */
export function explain(tokens: readonly DeltaToken[]): ExplainRow[] {
  const rows = new Map<string, ExplainRow>();
  let total = 0;
  for (const t of tokens) {
    const k = `${t.kind}\u0000${t.module}`;
    const c = contribution(t);
    total += c;
    const r = rows.get(k) ?? { kind: t.kind, module: t.module, count: 0, weight: t.weight, contribution: 0, share: 0 };
    r.count++;
    r.contribution += c;
    r.weight = Math.max(r.weight, t.weight);
    rows.set(k, r);
  }
  const out = [...rows.values()].filter((r) => r.contribution !== 0);
  for (const r of out) {
    r.share = total > 0 ? round(r.contribution / total) : 0;
    r.contribution = round(r.contribution);
  }
  return out.sort((a, b) => b.contribution - a.contribution || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) || (a.module < b.module ? -1 : 1));
}

/** `ΔZ(core)=0.41 due to MODIFY_SIG (+0.22), ΔCC (+0.06)` — the sentence form of spec §3.6. */
export function explainSentences(rows: readonly ExplainRow[], e: EnergyReport, top = 3): string[] {
  return Object.keys(e.modules).map((m) => {
    const parts = rows.filter((r) => r.module === m && r.contribution > 0).slice(0, top).map((r) => `${r.kind} (+${r.contribution.toFixed(2)})`);
    return `ΔZ(${m})=${e.modules[m].dz.toFixed(2)}${parts.length ? ` due to ${parts.join(', ')}` : ''}`;
  });
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
