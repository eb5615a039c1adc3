// I4 observable stability (spec §3.7): from the reports configured under `i4:` in
// spec/invariants.yaml — JUnit XML test results; coverage as lcov.info, Istanbul
// coverage-summary.json or Cobertura XML; perf medians/p95 JSON; PNG pairs (SSIM/PSNR computed
// here) — compared with a committed baseline file. Failing tests → BLOCK; coverage drop (pp)
// and relative p95 regression against α/β/ζ (coverage .01/.02/.05, perf .03/.05/.10);
// SSIM < 0.96 or PSNR < 35 dB → REVIEW. N/A when nothing is configured; a configured report
// that is missing or unreadable fails closed (BLOCK, with the reason). The readers are pure
// parsers over text; evaluateI4 reads the files.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GlxError, type GlxErrorOptions } from '../errors';
import { comparePngs } from './image-metrics';
import { worst, type Decision, type GateStatus } from './decision';
import { levelOf } from './i1-energy';

export interface I4Config {
  junit: string[];
  coverage: string[];
  perf: string[];
  images: { baseline: string; current: string }[];
  baseline?: string;
  thresholds: { coverage: Band; perf: Band; ssim: number; psnr: number };
}
interface Band {
  alpha: number;
  beta: number;
  zeta: number;
}

export const I4_DEFAULTS = { coverage: { alpha: 0.01, beta: 0.02, zeta: 0.05 }, perf: { alpha: 0.03, beta: 0.05, zeta: 0.1 }, ssim: 0.96, psnr: 35 };

/** The `i4:` section of spec/invariants.yaml is invalid: bad input. */
export class I4ConfigError extends GlxError {
  constructor(message: string, opts: GlxErrorOptions = {}) {
    super(message, opts, 'bad-input');
  }
}

/** Validates the raw `i4:` section (undefined → nothing configured). */
export function parseI4Config(raw: unknown): I4Config | undefined {
  if (raw === undefined || raw === null) return undefined;
  const where = 'spec/invariants.yaml: i4';
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new I4ConfigError(`${where} must be a mapping`);
  const r = raw as Record<string, unknown>;
  const paths = (k: string): string[] => {
    const v = r[k];
    if (v === undefined || v === null) return [];
    if (typeof v === 'string') return [v];
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
    throw new I4ConfigError(`${where}.${k} must be a path or a list of paths`);
  };
  const known = new Set(['junit', 'coverage', 'perf', 'images', 'baseline', 'thresholds']);
  for (const k of Object.keys(r)) if (!known.has(k)) throw new I4ConfigError(`${where}: unknown key ${JSON.stringify(k)} (known: ${[...known].join(', ')})`);
  const images: I4Config['images'] = [];
  if (r.images !== undefined) {
    if (!Array.isArray(r.images)) throw new I4ConfigError(`${where}.images must be a list of {baseline, current}`);
    for (const it of r.images) {
      const o = it as Record<string, unknown>;
      if (!o || typeof o.baseline !== 'string' || typeof o.current !== 'string') throw new I4ConfigError(`${where}.images entries must be {baseline: PATH, current: PATH}`);
      images.push({ baseline: o.baseline, current: o.current });
    }
  }
  if (r.baseline !== undefined && typeof r.baseline !== 'string') throw new I4ConfigError(`${where}.baseline must be a path`);
  const t = (r.thresholds ?? {}) as Record<string, unknown>;
  const band = (k: 'coverage' | 'perf'): Band => {
    const v = t[k] as Record<string, unknown> | undefined;
    const d = I4_DEFAULTS[k];
    if (v === undefined) return { ...d };
    const num = (n: 'alpha' | 'beta' | 'zeta') => {
      if (v[n] === undefined) return d[n];
      if (typeof v[n] !== 'number') throw new I4ConfigError(`${where}.thresholds.${k}.${n} must be a number`);
      return v[n] as number;
    };
    return { alpha: num('alpha'), beta: num('beta'), zeta: num('zeta') };
  };
  const num = (k: 'ssim' | 'psnr') => {
    if (t[k] === undefined) return I4_DEFAULTS[k];
    if (typeof t[k] !== 'number') throw new I4ConfigError(`${where}.thresholds.${k} must be a number`);
    return t[k] as number;
  };
  return { junit: paths('junit'), coverage: paths('coverage'), perf: paths('perf'), images, baseline: r.baseline as string | undefined, thresholds: { coverage: band('coverage'), perf: band('perf'), ssim: num('ssim'), psnr: num('psnr') } };
}

// ------------------------------------------------------------------ readers (pure)

/** A configured report file (JUnit, coverage, perf) is not in a format we read: bad input. */
export class ReportFormatError extends GlxError {
  constructor(message: string, opts: GlxErrorOptions = {}) {
    super(message, opts, 'bad-input');
  }
}

export interface JUnitSummary {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
  failed: string[];
}

/** JUnit XML: counts <testcase> elements and those holding <failure>/<error>. */
export function readJUnit(xml: string): JUnitSummary {
  if (!/<testsuites?\b/.test(xml) && !/<testcase\b/.test(xml)) throw new ReportFormatError('not JUnit XML (no <testsuite>/<testcase>)');
  const out: JUnitSummary = { tests: 0, failures: 0, errors: 0, skipped: 0, failed: [] };
  const re = /<testcase\b([^>]*?)(\/>|>([\s\S]*?)<\/testcase>)/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    out.tests++;
    const body = m[3] ?? '';
    const attr = (n: string) => new RegExp(`\\b${n}="([^"]*)"`).exec(m![1])?.[1];
    const name = `${attr('classname') ? `${attr('classname')}.` : ''}${attr('name') ?? '?'}`;
    if (/<failure\b/.test(body)) {
      out.failures++;
      out.failed.push(name);
    } else if (/<error\b/.test(body)) {
      out.errors++;
      out.failed.push(name);
    } else if (/<skipped\b/.test(body)) out.skipped++;
  }
  return out;
}

/** Line coverage as a fraction, from lcov.info, Istanbul coverage-summary.json or Cobertura XML. */
export function readCoverage(text: string, file: string): { lines: number; format: 'lcov' | 'istanbul' | 'cobertura' } {
  const t = text.trimStart();
  if (t.startsWith('{')) {
    let j: { total?: { lines?: { pct?: unknown; total?: unknown; covered?: unknown } } };
    try {
      j = JSON.parse(text);
    } catch {
      throw new ReportFormatError('not valid JSON');
    }
    const l = j.total?.lines;
    if (!l) throw new ReportFormatError('Istanbul summary without total.lines');
    if (typeof l.total === 'number' && typeof l.covered === 'number') return { lines: l.total ? l.covered / l.total : 1, format: 'istanbul' };
    if (typeof l.pct === 'number') return { lines: l.pct / 100, format: 'istanbul' };
    throw new ReportFormatError('Istanbul summary without total.lines.pct');
  }
  if (t.startsWith('<')) {
    const m = /<coverage\b[^>]*\bline-rate="([0-9.]+)"/.exec(text);
    if (!m) throw new ReportFormatError('Cobertura XML without <coverage line-rate>');
    return { lines: Number(m[1]), format: 'cobertura' };
  }
  if (/^(TN:|SF:)/m.test(text)) {
    let found = 0;
    let hit = 0;
    for (const line of text.split('\n')) {
      if (line.startsWith('LF:')) found += Number(line.slice(3));
      else if (line.startsWith('LH:')) hit += Number(line.slice(3));
    }
    return { lines: found ? hit / found : 1, format: 'lcov' };
  }
  throw new ReportFormatError(`unknown coverage format (${path.basename(file)}: expected lcov.info, coverage-summary.json or Cobertura XML)`);
}

export interface PerfEntry {
  median?: number;
  p95: number;
}

/** Perf JSON: `{name: {median, p95}}`, or `{benchmarks: [{name, median, p95}]}`. */
export function readPerf(text: string): Record<string, PerfEntry> {
  let j: unknown;
  try {
    j = JSON.parse(text);
  } catch {
    throw new ReportFormatError('not valid JSON');
  }
  const out: Record<string, PerfEntry> = {};
  const take = (name: string, v: unknown) => {
    const o = v as { median?: unknown; p95?: unknown };
    if (!o || typeof o.p95 !== 'number') throw new ReportFormatError(`perf entry ${JSON.stringify(name)} has no numeric p95`);
    out[name] = { p95: o.p95, ...(typeof o.median === 'number' ? { median: o.median } : {}) };
  };
  const b = (j as { benchmarks?: unknown }).benchmarks;
  if (Array.isArray(b)) for (const e of b) take(String((e as { name?: unknown }).name ?? '?'), e);
  else if (j && typeof j === 'object') for (const [k, v] of Object.entries(j)) if (k !== 'schema') take(k, v);
  else throw new ReportFormatError('expected an object of {name: {median, p95}}');
  return out;
}

export interface Baseline {
  coverage?: { lines?: number };
  perf?: Record<string, PerfEntry>;
}

// ------------------------------------------------------------------ the gate

export interface I4Check {
  kind: 'junit' | 'coverage' | 'perf' | 'image' | 'baseline';
  /** The config entry (`i4.junit`, `i4.images[0]`): where the editor puts the diagnostic. */
  config: string;
  file: string;
  decision: Decision;
  reason: string;
  values?: Record<string, unknown>;
}

export interface I4Result {
  gate: 'I4';
  status: GateStatus;
  decision: Decision;
  checks: I4Check[];
}

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

/** Runs every configured check. `root` resolves relative paths (the repository). */
export interface I4BaseValues {
  values: Baseline;
  /** Where the values come from, for the explain (`EGDB abc1234`). */
  source: string;
}

/**
 * `opts.base`: base values measured on the base commit and recorded in EGDB (egdb/i4-measurements.ts).
 * When given they are used and the committed baseline file is not read; else the file (docs/gates.md).
 */
export async function evaluateI4(cfg: I4Config | undefined, root: string, opts: { base?: I4BaseValues } = {}): Promise<I4Result> {
  if (!cfg || (!cfg.junit.length && !cfg.coverage.length && !cfg.perf.length && !cfg.images.length)) return { gate: 'I4', status: 'N/A', decision: 'ACCEPT', checks: [] };
  const checks: I4Check[] = [];
  const abs = (p: string) => path.resolve(root, p);
  const read = (p: string): string | { missing: string } => {
    try {
      return fs.readFileSync(abs(p), 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return { missing: code === 'ENOENT' ? 'report missing' : `report unreadable (${code})` };
    }
  };
  let baseline: Baseline | undefined = opts.base?.values;
  const baseFrom = opts.base ? opts.base.source : cfg.baseline ? cfg.baseline : undefined;
  if (cfg.baseline && !opts.base) {
    const t = read(cfg.baseline);
    if (typeof t !== 'string') checks.push({ kind: 'baseline', config: 'i4.baseline', file: cfg.baseline, decision: 'BLOCK', reason: `baseline ${cfg.baseline}: ${t.missing} (fail-closed)` });
    else {
      try {
        baseline = JSON.parse(t) as Baseline;
      } catch {
        checks.push({ kind: 'baseline', config: 'i4.baseline', file: cfg.baseline, decision: 'BLOCK', reason: `baseline ${cfg.baseline}: not valid JSON (fail-closed)` });
      }
    }
  }
  const each = (kind: I4Check['kind'], files: string[], fn: (text: string, f: string, config: string) => Omit<I4Check, 'kind' | 'config' | 'file'>) => {
    files.forEach((f, i) => {
      const config = `i4.${kind}${files.length > 1 ? `[${i}]` : ''}`;
      const t = read(f);
      if (typeof t !== 'string') {
        checks.push({ kind, config, file: f, decision: 'BLOCK', reason: `${f}: ${t.missing} (fail-closed)` });
        return;
      }
      try {
        checks.push({ kind, config, file: f, ...fn(t, f, config) });
      } catch (e) {
        checks.push({ kind, config, file: f, decision: 'BLOCK', reason: `${f}: unreadable — ${(e as Error).message} (fail-closed)` });
      }
    });
  };
  each('junit', cfg.junit, (t) => {
    const j = readJUnit(t);
    const bad = j.failures + j.errors;
    return bad
      ? { decision: 'BLOCK', reason: `${bad} failing test${bad === 1 ? '' : 's'}: ${j.failed.slice(0, 5).join(', ')}${j.failed.length > 5 ? ', …' : ''}`, values: { ...j } }
      : { decision: 'ACCEPT', reason: `${j.tests} tests, none failing`, values: { ...j } };
  });
  each('coverage', cfg.coverage, (t, f) => {
    const c = readCoverage(t, f);
    const base = baseline?.coverage?.lines;
    if (typeof base !== 'number') return { decision: 'REVIEW', reason: `line coverage ${pct(c.lines)} (${c.format}); no base value to compare with`, values: { lines: c.lines, format: c.format } };
    const drop = base - c.lines;
    const d = drop <= 0 ? 'ACCEPT' : levelOf(drop, cfg.thresholds.coverage);
    return { decision: d, reason: `line coverage ${pct(base)} → ${pct(c.lines)} (${drop > 0 ? `−${(drop * 100).toFixed(2)} pp` : 'no drop'})`, values: { lines: c.lines, base, drop, format: c.format, base_source: baseFrom } };
  });
  each('perf', cfg.perf, (t) => {
    const p = readPerf(t);
    const rows: string[] = [];
    let d: Decision = 'ACCEPT';
    let compared = 0;
    const reg: Record<string, number> = {};
    for (const [name, e] of Object.entries(p)) {
      const b = baseline?.perf?.[name];
      if (!b || !(b.p95 > 0)) continue;
      compared++;
      const r = e.p95 / b.p95 - 1;
      reg[name] = Math.round(r * 1e6) / 1e6;
      const lvl = r <= 0 ? 'ACCEPT' : levelOf(r, cfg.thresholds.perf);
      d = worst([d, lvl]);
      if (lvl !== 'ACCEPT') rows.push(`${name} p95 ${b.p95} → ${e.p95} (+${(r * 100).toFixed(1)}%)`);
    }
    if (!compared) return { decision: 'REVIEW', reason: `perf: no base values to compare with (${Object.keys(p).length} entries)`, values: { entries: Object.keys(p).length, current: p } };
    return { decision: d, reason: rows.length ? `p95 regression: ${rows.join('; ')}` : `p95 within ${(cfg.thresholds.perf.alpha * 100).toFixed(0)}% of the baseline (${compared} compared)`, values: { regression: reg, current: p, base_source: baseFrom } };
  });
  for (let i = 0; i < cfg.images.length; i++) {
    const { baseline: a, current: b } = cfg.images[i];
    const config = `i4.images[${i}]`;
    const missing = [a, b].filter((f) => !fs.existsSync(abs(f)));
    if (missing.length) {
      checks.push({ kind: 'image', config, file: b, decision: 'BLOCK', reason: `${missing.join(', ')}: report missing (fail-closed)` });
      continue;
    }
    try {
      const r = await comparePngs(abs(a), abs(b), [a, b]);
      const low: string[] = [];
      if (r.ssim < cfg.thresholds.ssim) low.push(`SSIM ${r.ssim.toFixed(4)} < ${cfg.thresholds.ssim}`);
      if (r.psnr_db !== null && r.psnr_db < cfg.thresholds.psnr) low.push(`PSNR ${r.psnr_db.toFixed(2)} dB < ${cfg.thresholds.psnr} dB`);
      checks.push({
        kind: 'image', config, file: b, decision: low.length ? 'REVIEW' : 'ACCEPT',
        reason: low.length ? `${b} vs ${a}: ${low.join(', ')}` : `${b} vs ${a}: SSIM ${r.ssim.toFixed(4)}, PSNR ${r.psnr_db === null ? '∞' : `${r.psnr_db.toFixed(2)} dB`}`,
        values: { ssim: r.ssim, psnr_db: r.psnr_db },
      });
    } catch (e) {
      checks.push({ kind: 'image', config, file: b, decision: 'BLOCK', reason: `${(e as Error).message} (fail-closed)` });
    }
  }
  const decision = worst(checks.map((c) => c.decision));
  const status: GateStatus = decision === 'ACCEPT' ? 'PASS' : decision === 'REVIEW' ? 'REVIEW' : 'FAIL';
  return { gate: 'I4', status, decision, checks };
}
