// `.glx/spec_state.json` (spec §3.8, schema spec.state.v1): per-module thresholds α/β/ζ learned
// from the history's ΔZ samples, drift state and freeze. The math is pure (moduleState);
// reading and writing the file are the only I/O here, and writes are atomic.
import * as fs from 'node:fs';
import { GlxError, type GlxErrorOptions } from '../errors';
import { writeJsonAtomic } from '../util/atomic-write';
import { ewma, mad, MAD_SCALE } from './ewma-mad';
import { pageHinkley } from './page-hinkley';
import { rankQuantileSorted } from './quantiles';

export const SPEC_STATE_SCHEMA = 'spec.state.v1';
/** Defaults while a module has fewer than MIN_SAMPLES samples (spec §3.8). */
export const DEFAULT_THRESHOLDS = { alpha: 0.35, beta: 0.5, zeta: 0.7 } as const;
export const MIN_SAMPLES = 20;
/** The fewest samples whose rank quantile q99 is an order statistic (⌈0.99·(n+1)⌉ ≤ n). */
export const Q99_MIN_SAMPLES = 99;
export const ALPHA_FLOOR = 0.1;
export const GAP = 0.02;

export interface Sample {
  sha: string;
  /** Commit time, unix seconds. */
  ts: number;
  dz: number;
}

export interface Thresholds {
  alpha: number;
  beta: number;
  zeta: number;
}

export interface DriftState {
  detector: 'page_hinkley';
  state: 'stable' | 'drift';
  /** Sample (sha) at which drift was detected; null while stable. */
  since: string | null;
  direction?: 'up' | 'down';
}

export interface ModuleState extends Thresholds {
  basis: 'quantile' | 'default';
  n: number;
  ewma: number | null;
  /** Unscaled MAD; sigma = 1.4826·MAD. */
  mad: number | null;
  sigma: number | null;
  q90: number | null;
  q95: number | null;
  q99: number | null;
  /** Newest first, like the history walk. */
  samples: Sample[];
  drift: DriftState;
}

export interface FreezeState {
  at: string;
  commits: number;
  remaining: number;
  reason: string;
  /** Path (relative to .glx/) of the snapshot taken at freeze. */
  snapshot: string;
  /** Head commit when frozen. */
  head: string | null;
  /** Why: `manual` (glx calibrate freeze) or `auto` (drift with calibration.auto_freeze). */
  by: 'manual' | 'auto';
}

export interface SpecState {
  schema: typeof SPEC_STATE_SCHEMA;
  updated_utc: string;
  head: string | null;
  /** Branch/revision calibrated (first-parent history). */
  branch?: string;
  window: { commits: number; days: number };
  globals: { lambda: number };
  /** False: every module uses the all-modules thresholds (entry `*`); true: each its own. */
  by_module?: boolean;
  modules: Record<string, ModuleState>;
  frozen: FreezeState | null;
  /** Every commit of the window that was analysed (incl. those with no tokens): incremental runs skip them. */
  sampled: string[];
}

const r6 = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * α/β/ζ from samples (spec §3.8): q90/q95/q99 with floors, defaults below MIN_SAMPLES. The
 * quantiles are rank quantiles (`rankQuantileSorted`): a change like those of the window lands
 * above q95 in at most 5 % of cases, the rate the gates promise (docs/gates.md "Which quantile").
 */
export function thresholdsFrom(dzs: readonly number[]): Thresholds & { basis: 'quantile' | 'default'; q90: number | null; q95: number | null; q99: number | null } {
  if (dzs.length < MIN_SAMPLES) {
    const sorted = [...dzs].sort((a, b) => a - b);
    const q = (p: number) => (sorted.length ? r6(rankQuantileSorted(sorted, p)) : null);
    return { ...DEFAULT_THRESHOLDS, basis: 'default', q90: q(0.9), q95: q(0.95), q99: q(0.99) };
  }
  const sorted = [...dzs].sort((a, b) => a - b);
  const q90 = rankQuantileSorted(sorted, 0.9);
  const q95 = rankQuantileSorted(sorted, 0.95);
  const q99 = rankQuantileSorted(sorted, 0.99);
  const alpha = Math.max(ALPHA_FLOOR, q90);
  const beta = Math.max(alpha + GAP, q95);
  // No sample of a window under 99 can stand for the top 1 % (⌈0.99·(n+1)⌉ > n): ζ is then the
  // top of the ΔZ scale and I1 alone goes up to BLOCK, never HARD_BLOCK (docs/gates.md "Which
  // quantile"). Above the window's largest ΔZ is "unusual", not "1 % unusual".
  const zeta = Math.max(beta + GAP, sorted.length >= Q99_MIN_SAMPLES ? q99 : 1);
  return { alpha: r6(alpha), beta: r6(beta), zeta: r6(zeta), basis: 'quantile', q90: r6(q90), q95: r6(q95), q99: r6(q99) };
}

/**
 * A module's state from its samples (newest first). `keep` = thresholds to keep (frozen):
 * samples and statistics still update, α/β/ζ do not (spec §3.8 freeze).
 */
export function moduleState(samples: readonly Sample[], lambda: number, keep?: Thresholds & { basis: ModuleState['basis'] }): ModuleState {
  const chronological = [...samples].reverse().map((s) => s.dz);
  const t = thresholdsFrom(chronological);
  const ph = pageHinkley(chronological);
  const m = chronological.length ? mad(chronological) : null;
  return {
    alpha: keep?.alpha ?? t.alpha,
    beta: keep?.beta ?? t.beta,
    zeta: keep?.zeta ?? t.zeta,
    basis: keep?.basis ?? t.basis,
    n: samples.length,
    ewma: chronological.length ? r6(ewma(chronological, lambda)) : null,
    mad: m === null ? null : r6(m),
    sigma: m === null ? null : r6(MAD_SCALE * m),
    q90: t.q90,
    q95: t.q95,
    q99: t.q99,
    samples: [...samples],
    drift: ph.drift
      ? { detector: 'page_hinkley', state: 'drift', since: chronological.length ? [...samples].reverse()[ph.index!].sha : null, direction: ph.direction }
      : { detector: 'page_hinkley', state: 'stable', since: null },
  };
}

export function emptyState(window: { commits: number; days: number }, lambda: number): SpecState {
  return { schema: SPEC_STATE_SCHEMA, updated_utc: new Date().toISOString(), head: null, window, globals: { lambda }, modules: {}, frozen: null, sampled: [] };
}

/** A spec_state file (.glx/spec_state.json, --freeze FILE) is not a valid spec.state.v1: bad input. */
export class SpecStateError extends GlxError {
  constructor(message: string, opts: GlxErrorOptions = {}) {
    super(message, opts, 'bad-input');
  }
}

/** Reads and checks a spec_state file; undefined when it does not exist. */
export function readSpecState(file: string, label = file): SpecState | undefined {
  if (!fs.existsSync(file)) return undefined;
  let j: unknown;
  try {
    j = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new SpecStateError(`${label}: not valid JSON (${(e as Error).message.split('\n')[0]})`);
  }
  const s = j as Partial<SpecState>;
  if (!s || typeof s !== 'object' || s.schema !== SPEC_STATE_SCHEMA) throw new SpecStateError(`${label}: not a ${SPEC_STATE_SCHEMA} file (schema is ${JSON.stringify(s?.schema)})`);
  if (!s.modules || typeof s.modules !== 'object') throw new SpecStateError(`${label}: modules missing`);
  for (const [m, v] of Object.entries(s.modules)) {
    for (const k of ['alpha', 'beta', 'zeta'] as const) {
      if (typeof v?.[k] !== 'number' || !Number.isFinite(v[k])) throw new SpecStateError(`${label}: modules.${m}.${k} must be a number`);
    }
  }
  return { sampled: [], frozen: null, ...s } as SpecState;
}

export function writeSpecState(file: string, state: SpecState): void {
  writeJsonAtomic(file, state);
}

/** Thresholds for a module: calibrated when known, else the all-modules entry `*`, else the defaults (spec §3.8). */
export function thresholdsOf(state: SpecState | undefined, module: string): Thresholds & { basis: ModuleState['basis'] | 'default' } {
  const m = state?.modules[module] ?? state?.modules['*'];
  return m ? { alpha: m.alpha, beta: m.beta, zeta: m.zeta, basis: m.basis } : { ...DEFAULT_THRESHOLDS, basis: 'default' };
}
