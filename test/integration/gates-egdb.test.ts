// Gates ↔ EGDB on real temp repos, read back from the real .glx/egdb.db with the sqlite3 CLI
// (spec §3.8 "every threshold change is an EGDB row and a spec.thresholds.update@v1 event";
// §3.7 I4 base values "from EGDB when present or a committed baseline file").
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { TempRepo } from '../helpers/temp-repo';

const GLX = path.resolve(__dirname, '..', '..', '..', 'bin', 'glx');
function glx(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): { code: number; stdout: string; stderr: string } {
  const e: NodeJS.ProcessEnv = { ...process.env, ...env };
  delete e.GLX_EGDB_URL; // the default store: .glx/egdb.db
  const r = spawnSync(process.execPath, [GLX, ...args], { cwd, encoding: 'utf8', timeout: 120_000, env: e });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
/** Rows of one query through Debian's sqlite3 CLI (tab-separated). */
function sql(db: string, q: string): string[][] {
  const r = spawnSync('sqlite3', ['-separator', '\t', db, q], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.split('\n').filter(Boolean).map((l) => l.split('\t'));
}
const count = (db: string, where: string) => Number(sql(db, `SELECT count(*) FROM events WHERE ${where}`)[0][0]);

const cleanups: (() => void)[] = [];
after(() => cleanups.forEach((c) => c()));

function historyRepo(n: number): TempRepo {
  const r = new TempRepo('glx-gates-egdb-');
  cleanups.push(() => r.cleanup());
  r.commit({ 'core/a.ts': 'export function a0(x: number): number {\n  return x;\n}\n' }, 'init');
  for (let i = 1; i <= n; i++) {
    const core = Array.from({ length: i + 1 }, (_, k) => `export function a${k}(x: number): number {\n  return x + ${k};\n}\n`).join('\n');
    r.commit({ 'core/a.ts': core }, `c${i}`);
  }
  return r;
}

test('calibrate update/freeze/unfreeze: spec_thresholds rows and spec.* events, idempotent re-runs, GLX_EGDB=off', () => {
  const r = historyRepo(22);
  const db = path.join(r.dir, '.glx', 'egdb.db');
  let x = glx(['calibrate', 'update', '--by-module'], r.dir);
  assert.equal(x.code, 0, x.stderr);
  const rows = sql(db, 'SELECT module, alpha, beta, zeta, frozen FROM spec_thresholds ORDER BY module');
  const st = JSON.parse(r.read('.glx/spec_state.json'));
  assert.deepEqual(rows.map((q) => q[0]), Object.keys(st.modules).sort());
  const core = rows.find((q) => q[0] === 'core')!;
  assert.deepEqual(core.slice(1).map(Number), [st.modules.core.alpha, st.modules.core.beta, st.modules.core.zeta, 0]);
  const updates = count(db, "topic = 'spec.thresholds.update@v1'");
  assert.equal(updates, Object.keys(st.modules).length, 'one event per module on the first calibration');
  const payload = JSON.parse(sql(db, "SELECT payload_json FROM events WHERE topic = 'spec.thresholds.update@v1' AND payload_json LIKE '%\"module\":\"core\"%'")[0][0]);
  assert.equal(payload.from, null);
  assert.equal(payload.to.alpha, st.modules.core.alpha);
  const updatedUtc = sql(db, "SELECT updated_utc FROM spec_thresholds WHERE module = 'core'")[0][0];

  // Re-running without new commits adds nothing (no event, rows untouched).
  x = glx(['calibrate', 'update', '--by-module'], r.dir);
  assert.equal(x.code, 0, x.stderr);
  assert.equal(count(db, "topic LIKE 'spec.%'"), updates);
  assert.equal(sql(db, "SELECT updated_utc FROM spec_thresholds WHERE module = 'core'")[0][0], updatedUtc);

  // freeze → spec.freeze.start@v1 and frozen rows; unfreeze → spec.freeze.end@v1.
  x = glx(['calibrate', 'freeze', '--commits', '5', '--reason', 'incident 42'], r.dir);
  assert.equal(x.code, 0, x.stderr);
  assert.equal(count(db, "topic = 'spec.freeze.start@v1'"), 1);
  assert.match(sql(db, "SELECT payload_json FROM events WHERE topic = 'spec.freeze.start@v1'")[0][0], /"reason":"incident 42"/);
  assert.deepEqual(sql(db, 'SELECT DISTINCT frozen FROM spec_thresholds'), [['1']]);
  const afterFreeze = count(db, "topic LIKE 'spec.%'");
  x = glx(['calibrate', 'update', '--by-module'], r.dir);
  assert.equal(x.code, 0, x.stderr);
  assert.equal(count(db, "topic LIKE 'spec.%'"), afterFreeze, 'update while frozen and unchanged adds nothing');
  x = glx(['calibrate', 'unfreeze'], r.dir);
  assert.equal(x.code, 0, x.stderr);
  assert.equal(count(db, "topic = 'spec.freeze.end@v1'"), 1);
  assert.deepEqual(sql(db, 'SELECT DISTINCT frozen FROM spec_thresholds'), [['0']]);

  // GLX_EGDB=off: the state changes, the store does not.
  const before = count(db, '1 = 1');
  x = glx(['calibrate', 'freeze', '--commits', '3', '--reason', 'off'], r.dir, { GLX_EGDB: 'off' });
  assert.equal(x.code, 0, x.stderr);
  assert.equal(count(db, '1 = 1'), before);
  assert.ok(JSON.parse(r.read('.glx/spec_state.json')).frozen);
});

test('calibrate update: a step change is a spec_drift row (Page-Hinkley)', () => {
  const r = new TempRepo('glx-gates-drift-');
  cleanups.push(() => r.cleanup());
  r.commit({ 'core/a.ts': 'export const a = 1;\n' }, 'init');
  // 25 tiny changes, then 10 large ones: the ΔZ stream steps up.
  for (let i = 1; i <= 25; i++) r.commit({ 'core/a.ts': `export const a = ${i + 1};\n` }, `small ${i}`);
  for (let i = 1; i <= 10; i++) {
    r.commit({ [`core/big${i}.ts`]: Array.from({ length: 12 }, (_, k) => `export function f${i}_${k}(x: number, y: string): number {\n  return x + y.length + ${k};\n}\n`).join('\n') }, `big ${i}`);
  }
  const x = glx(['calibrate', 'update', '--by-module', '--window', '200'], r.dir);
  assert.equal(x.code, 0, x.stderr);
  const st = JSON.parse(r.read('.glx/spec_state.json'));
  assert.equal(st.modules.core.drift.state, 'drift', x.stdout);
  const rows = sql(path.join(r.dir, '.glx', 'egdb.db'), "SELECT module, detector, details FROM spec_drift WHERE module = 'core'");
  assert.equal(rows.length, 1);
  assert.equal(rows[0][1], 'page_hinkley');
  assert.equal(JSON.parse(rows[0][2]).since, st.modules.core.drift.since);
});

const LCOV = (hit: number) => `TN:\nSF:src/a.ts\nLF:100\nLH:${hit}\nend_of_record\n`;

test('I4 base values: EGDB measurements of the base commit win over the baseline file; fall back to the file', () => {
  const r = new TempRepo('glx-gates-i4base-');
  cleanups.push(() => r.cleanup());
  const cfg = 'i4:\n  coverage: coverage/lcov.info\n  baseline: spec/i4-baseline.json\n';
  const c1 = r.commit({ 'src/a.ts': 'export const a = 1;\n', 'spec/invariants.yaml': cfg, 'spec/i4-baseline.json': '{"coverage":{"lines":0.80}}\n', '.gitignore': 'coverage/\n.glx/\n' }, 'base');
  // Coverage measured on c1: 90 %. `glx invariants --commit c1` records it into EGDB.
  r.write('coverage/lcov.info', LCOV(90));
  let x = glx(['invariants', '--ci', '--commit', c1, '--json'], r.dir);
  assert.ok(x.code === 0 || x.code === 1, x.stderr);
  const db = path.join(r.dir, '.glx', 'egdb.db');
  const details = JSON.parse(sql(db, `SELECT details FROM invariants_results WHERE sha = '${c1}' AND gate = 'I4'`)[0][0]);
  assert.deepEqual(details.measurements.coverage, { lines: 0.9 });

  // The head's coverage 87 %: against EGDB's 90 % a 3 pp drop (BLOCK band .02–.05), the file's 80 % would be no drop.
  r.commit({ 'src/a.ts': 'export const a = 2;\n' }, 'head');
  r.write('coverage/lcov.info', LCOV(87));
  x = glx(['invariants', '--ci', '--base', c1, '--json'], r.dir);
  let inv = JSON.parse(x.stdout);
  let cov = inv.gates.I4.checks.find((c: any) => c.kind === 'coverage');
  assert.equal(cov.values.base, 0.9);
  assert.equal(cov.values.base_source, `EGDB ${c1.slice(0, 12)}`);
  assert.equal(cov.decision, 'BLOCK');

  // Without EGDB (GLX_EGDB=off, or no row for the base) the committed baseline file is used.
  x = glx(['invariants', '--ci', '--base', c1, '--json'], r.dir, { GLX_EGDB: 'off' });
  inv = JSON.parse(x.stdout);
  cov = inv.gates.I4.checks.find((c: any) => c.kind === 'coverage');
  assert.equal(cov.values.base, 0.8);
  assert.equal(cov.values.base_source, 'spec/i4-baseline.json');
  assert.equal(cov.decision, 'ACCEPT');
  fs.rmSync(db);
  x = glx(['invariants', '--ci', '--base', c1, '--json'], r.dir);
  assert.equal(JSON.parse(x.stdout).gates.I4.checks.find((c: any) => c.kind === 'coverage').values.base, 0.8);
});
