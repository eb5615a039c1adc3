// I4 measurements in EGDB (spec §3.7 I4: base values "from EGDB when present or a committed
// baseline file"). When `glx invariants` runs on a commit, the I4 row of invariants_results
// carries the measured observables in `details.measurements` (line coverage, perf median/p95
// per benchmark, test counts); a later evaluation whose base is that commit reads them back
// here and compares against them instead of the baseline file (docs/gates.md "I4").
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Baseline, I4BaseValues, I4Result, PerfEntry } from '../gates/i4-observable';
import { EGDB_URL_ENV, isPostgresUrl, openEgdb } from './open';
import { egdbDisabled } from './record-analysis';

export interface I4Measurements {
  coverage?: { lines: number };
  perf?: Record<string, PerfEntry>;
  junit?: { tests: number; failures: number; errors: number; skipped: number };
}

/** What an I4 evaluation measured (only checks that read their report). Undefined when nothing. */
export function measurementsOf(r: I4Result): I4Measurements | undefined {
  const out: I4Measurements = {};
  for (const c of r.checks) {
    const v = c.values as Record<string, unknown> | undefined;
    if (!v) continue;
    if (c.kind === 'coverage' && typeof v.lines === 'number' && !out.coverage) out.coverage = { lines: v.lines };
    if (c.kind === 'perf' && v.current && typeof v.current === 'object') out.perf = { ...(out.perf ?? {}), ...(v.current as Record<string, PerfEntry>) };
    if (c.kind === 'junit' && typeof v.tests === 'number') {
      const j = out.junit ?? { tests: 0, failures: 0, errors: 0, skipped: 0 };
      out.junit = { tests: j.tests + Number(v.tests), failures: j.failures + Number(v.failures ?? 0), errors: j.errors + Number(v.errors ?? 0), skipped: j.skipped + Number(v.skipped ?? 0) };
    }
  }
  return Object.keys(out).length ? out : undefined;
}

/** The measurements as I4 base values (the shape of the committed baseline file). */
export function baselineOf(m: I4Measurements): Baseline {
  return { ...(m.coverage ? { coverage: { lines: m.coverage.lines } } : {}), ...(m.perf ? { perf: m.perf } : {}) };
}

/**
 * I4 base values recorded in EGDB for `sha`, or undefined (no store, no row, GLX_EGDB=off,
 * unreadable store: the caller falls back to the baseline file). Never creates the store.
 */
export async function i4BaseFromEgdb(glxDir: string, sha: string | null | undefined, opts: { db?: string; env?: NodeJS.ProcessEnv } = {}): Promise<I4BaseValues | undefined> {
  const env = opts.env ?? process.env;
  if (!sha || egdbDisabled(env)) return undefined;
  const target = opts.db ?? env[EGDB_URL_ENV] ?? path.join(glxDir, 'egdb.db');
  if (!isPostgresUrl(target) && !fs.existsSync(target)) return undefined;
  const store = openEgdb({ glxDir, db: opts.db, env });
  try {
    const r = await store.query("SELECT details FROM invariants_results WHERE sha = ? AND gate = 'I4'", [sha]);
    for (const [details] of r.rows) {
      if (typeof details !== 'string') continue;
      const m = (JSON.parse(details) as { measurements?: I4Measurements }).measurements;
      if (!m) continue;
      const values = baselineOf(m);
      if (values.coverage || values.perf) return { values, source: `EGDB ${sha.slice(0, 12)}` };
    }
    return undefined;
  } catch {
    return undefined;
  } finally {
    await store.close();
  }
}
