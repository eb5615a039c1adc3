// The one explanation model (spec §3.6 "Explain", as amended): every ΔZ a surface shows belongs
// to a scope (the whole change, a module), and its parts — one per (kind, module), plus the
// hot-spot and SAST terms — are that ΔZ's shares: share_i = ΔZ · raw_i / ΔZ_raw, so the parts
// add up to the ΔZ they explain. Files, symbols and single tokens are not scored on their own:
// they show their share of their module's ΔZ. The raw weights stay in the detail (`raw`).
//
// Owns: the numbers of every explanation. Words live in sentences.ts. Pure, no I/O; the CLI,
// the language server, the reports and the panels all read these objects (never re-derive them).
import { contribution, energy, HOTSPOT_WEIGHT, SAST_CRITICAL_WEIGHT, type EnergyInputs, type EnergyReport } from '../delta/energy';
import type { DeltaToken } from '../delta/token';

/** Pseudo-kinds for the energy terms that are not tokens (spec §3.6). */
export const HOTSPOT_PART = 'HOT_SPOT';
export const SAST_PART = 'SAST_CRITICAL';

/** One part of an explanation: a token kind in a module (or an energy term), with its share of the scope's ΔZ. */
export interface ExplainPart {
  kind: string;
  module: string;
  /** Tokens (or findings / hot-spot files) behind the part. */
  count: number;
  /** Largest per-unit weight among its tokens (0 for the pseudo-kinds). */
  weight: number;
  /** Σ weight · magnitude · public-API factor: the part's contribution to ΔZ_raw. */
  raw: number;
  /** Its share of the scope's ΔZ: ΔZ · raw / ΔZ_raw (0 when ΔZ_raw ≤ 0). */
  share: number;
}

/** What a token count counts: semantic tokens (everything but ΔCOMMENTS) and comment-only spans. */
export interface TokenCounts {
  semantic: number;
  commentOnly: number;
}

export interface ModuleExplanation {
  module: string;
  dz: number;
  raw: number;
  /** Largest share first; the shares add up to `dz`. */
  parts: ExplainPart[];
  counts: TokenCounts;
  files: number;
}

export interface ChangeExplanation {
  /** ΔZ of the whole change (all tokens, spec §3.6). */
  dz: number;
  raw: number;
  /** Per (kind, module) shares of the whole change's ΔZ; they add up to `dz`. */
  parts: ExplainPart[];
  modules: ModuleExplanation[];
  counts: TokenCounts;
  files: number;
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

export function countTokens(tokens: readonly DeltaToken[]): TokenCounts {
  let commentOnly = 0;
  for (const t of tokens) if (t.kind === 'ΔCOMMENTS') commentOnly++;
  return { semantic: tokens.length - commentOnly, commentOnly };
}

interface RawPart {
  kind: string;
  module: string;
  count: number;
  weight: number;
  raw: number;
}

function groupParts(tokens: readonly DeltaToken[]): RawPart[] {
  const by = new Map<string, RawPart>();
  for (const t of tokens) {
    const c = contribution(t);
    if (c === 0) continue;
    const k = `${t.kind}\u0000${t.module}`;
    const p = by.get(k) ?? { kind: t.kind, module: t.module, count: 0, weight: t.weight, raw: 0 };
    p.count++;
    p.raw += c;
    p.weight = Math.max(p.weight, t.weight);
    by.set(k, p);
  }
  return [...by.values()];
}

/** Shares of `dz` in proportion to each raw part; sorted largest share first, then kind, module. */
function shared(parts: readonly RawPart[], raw: number, dz: number): ExplainPart[] {
  return parts
    .map((p) => ({ ...p, raw: round(p.raw), share: raw > 0 ? round((dz * p.raw) / raw) : 0 }))
    .sort((a, b) => b.share - a.share || b.raw - a.raw || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) || (a.module < b.module ? -1 : 1));
}

/**
 * The explanation of a change: the whole change and each module (spec §3.6). ΔZ and ΔZ_raw
 * are energy()'s (the one formula); hot spots and SAST findings are parts of their own.
 */
export function explainChange(tokens: readonly DeltaToken[], inputs: EnergyInputs = {}, computed?: EnergyReport): ChangeExplanation {
  // computeDelta passes the report it already has: the energy pass runs once per keystroke.
  const e = computed ?? energy(tokens, inputs);
  const byModule = new Map<string, DeltaToken[]>();
  for (const t of tokens) {
    let l = byModule.get(t.module);
    if (!l) byModule.set(t.module, (l = []));
    l.push(t);
  }
  const modules: ModuleExplanation[] = [];
  const all: RawPart[] = groupParts(tokens);
  let hotModules = 0;
  let hotFiles = new Set<string>();
  for (const m of [...byModule.keys()].sort()) {
    const mine = byModule.get(m)!;
    const parts = groupParts(mine);
    const hot = new Set(mine.filter((t) => inputs.hotspots?.has(t.file)).map((t) => t.file));
    if (hot.size) {
      parts.push({ kind: HOTSPOT_PART, module: m, count: hot.size, weight: 0, raw: HOTSPOT_WEIGHT });
      hotModules++;
      hotFiles = new Set([...hotFiles, ...hot]);
    }
    const sast = inputs.sastCritical?.[m] ?? 0;
    if (sast) {
      parts.push({ kind: SAST_PART, module: m, count: sast, weight: 0, raw: SAST_CRITICAL_WEIGHT * sast });
      all.push({ kind: SAST_PART, module: m, count: sast, weight: 0, raw: SAST_CRITICAL_WEIGHT * sast });
    }
    const { raw, dz } = e.modules[m];
    modules.push({ module: m, dz, raw, parts: shared(parts, raw, dz), counts: countTokens(mine), files: new Set(mine.map((t) => t.file)).size });
  }
  // The whole change counts the hot-spot term once (energy()).
  if (hotModules) all.push({ kind: HOTSPOT_PART, module: '', count: hotFiles.size, weight: 0, raw: HOTSPOT_WEIGHT });
  const { raw, dz } = e.overall;
  return { dz, raw, parts: shared(all, raw, dz), modules, counts: countTokens(tokens), files: new Set(tokens.map((t) => t.file)).size };
}

/** A token's share of its module's ΔZ (what a symbol lens, a hover and a diagnostic show). */
export function tokenShare(t: DeltaToken, m: Pick<ModuleExplanation, 'dz' | 'raw'> | undefined): number {
  if (!m || m.raw <= 0) return 0;
  return (m.dz * contribution(t)) / m.raw;
}

/** The summed share of some tokens of one module (a file's or a symbol's part of the module ΔZ). */
export function sharesOf(tokens: readonly DeltaToken[], m: Pick<ModuleExplanation, 'dz' | 'raw'> | undefined): number {
  let s = 0;
  for (const t of tokens) s += tokenShare(t, m);
  return s;
}

/**
 * Rounds `values` to multiples of `unit` so that they add up to `total` rounded the same way
 * (largest remainder): the parts printed next to a ΔZ add up to the ΔZ printed.
 */
export function apportion(values: readonly number[], total: number, unit = 0.01): number[] {
  const target = Math.round(total / unit);
  const scaled = values.map((v) => v / unit);
  const floors = scaled.map((v) => Math.floor(v + 1e-9));
  let missing = target - floors.reduce((s, v) => s + v, 0);
  const order = scaled.map((v, i) => ({ i, rem: v - floors[i] })).sort((a, b) => b.rem - a.rem || a.i - b.i);
  const out = [...floors];
  for (let k = 0; missing > 0 && order.length; k = (k + 1) % order.length, missing--) out[order[k].i]++;
  for (let k = order.length - 1; missing < 0 && order.length; k = (k - 1 + order.length) % order.length, missing++) out[order[k].i]--;
  return out.map((v) => Math.round(v * unit * 1e6) / 1e6);
}
