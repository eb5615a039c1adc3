// Issue 11 item 5: `glx egdb rebuild` and recovery never lose data. Before: two rebuilds within
// one second left one backup and the original store was gone; rebuild renamed the store outside
// the writer lock; SIGKILL during rebuild left no store or an empty one; a delta_report.json
// with the right schema and wrong field types made rebuild exit 70 after the store was moved
// away; a healthy rebuild dropped spec_thresholds, spec_drift and spec.* events and ingested the
// worktree analysis twice; a 0-byte egdb.db was not treated as corrupt. Real repo, real `glx`.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { TempRepo } from '../helpers/temp-repo';
import { EXIT_CODES } from '../../server/src/errors';

const GLX = path.resolve(__dirname, '..', '..', '..', 'bin', 'glx');

function glx(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [GLX, ...args], { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, GLX_DEBUG: '' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function q(dir: string, sql: string): unknown[][] {
  const r = glx(['egdb', 'query', sql, '--json'], dir);
  assert.equal(r.code, 0, `${sql}: ${r.stderr}`);
  const j = JSON.parse(r.stdout);
  return j.rows as unknown[][];
}

function backups(dir: string): string[] {
  return fs.readdirSync(path.join(dir, '.glx')).filter((n) => n.startsWith('egdb.db.before-rebuild-')).sort();
}

let repo: TempRepo;

before(() => {
  repo = new TempRepo('glx-rebuild-');
  const files: Record<string, string> = {};
  for (let i = 0; i < 4; i++) files[`core/m${i}.ts`] = `export function f${i}(a: number): number {\n  return a + ${i};\n}\n`;
  repo.commit(files, 'c0');
  for (let i = 1; i <= 4; i++) repo.commit({ [`core/m${i % 4}.ts`]: `export function f${i % 4}(a: number, b = ${i}): number {\n  return a + b;\n}\n` }, `c${i}`);
  assert.equal(glx(['calibrate', 'update', '--window', '10'], repo.dir).code, 0);
  assert.equal(glx(['invariants', '--ci', '--commit', 'HEAD'], repo.dir).code <= 1, true);
  repo.write('core/m0.ts', 'export function f0(a: number, c = 1): number {\n  return a + c;\n}\n');
  assert.equal(glx(['delta'], repo.dir).code, 0);
});

after(() => repo.cleanup());

describe('EGDB rebuild and recovery lose nothing (issue 11 item 5)', () => {
  test('a healthy rebuild keeps thresholds, drift and spec events, and ingests each analysis once', () => {
    const before = {
      thresholds: q(repo.dir, 'SELECT module, alpha, beta, zeta FROM spec_thresholds ORDER BY module'),
      spec: q(repo.dir, "SELECT COUNT(*) FROM events WHERE topic LIKE 'spec.%'")[0][0] as number,
      drift: q(repo.dir, 'SELECT COUNT(*) FROM spec_drift')[0][0],
      fps: q(repo.dir, "SELECT COUNT(*) FROM events WHERE topic = 'delta.fingerprint@v1'")[0][0] as number,
    };
    assert.ok(before.thresholds.length > 0 && before.spec > 0, 'calibration wrote thresholds and spec events');
    const r = glx(['egdb', 'rebuild'], repo.dir);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(q(repo.dir, 'SELECT module, alpha, beta, zeta FROM spec_thresholds ORDER BY module'), before.thresholds);
    assert.equal(q(repo.dir, "SELECT COUNT(*) FROM events WHERE topic LIKE 'spec.%'")[0][0], before.spec);
    assert.equal(q(repo.dir, 'SELECT COUNT(*) FROM spec_drift')[0][0], before.drift);
    assert.equal(q(repo.dir, "SELECT COUNT(*) FROM events WHERE topic = 'delta.fingerprint@v1'")[0][0], before.fps, 'no analysis ingested twice');
  });

  test('two rebuilds within one second: two unique backups, the store and every backup kept', () => {
    const had = backups(repo.dir).length;
    const a = glx(['egdb', 'rebuild'], repo.dir);
    const b = glx(['egdb', 'rebuild'], repo.dir);
    assert.equal(a.code, 0, a.stderr);
    assert.equal(b.code, 0, b.stderr);
    const now = backups(repo.dir);
    assert.equal(now.length, had + 2, now.join(', '));
    assert.ok(fs.statSync(path.join(repo.dir, '.glx', 'egdb.db')).size > 0);
    for (const f of now) assert.ok(fs.statSync(path.join(repo.dir, '.glx', f)).size > 0, `${f} is a complete copy`);
  });

  test('a delta_report.json with the right schema and wrong field types: exit 2, the store untouched', () => {
    const file = path.join(repo.dir, '.glx', 'delta_report.json');
    const good = fs.readFileSync(file, 'utf8');
    const store = path.join(repo.dir, '.glx', 'egdb.db');
    const bytes = fs.readFileSync(store);
    const had = backups(repo.dir).length;
    try {
      const bad = JSON.parse(good);
      bad.tokens = 'not a list';
      bad.energy = 7;
      fs.writeFileSync(file, JSON.stringify(bad));
      const r = glx(['egdb', 'rebuild'], repo.dir);
      assert.equal(r.code, EXIT_CODES['bad-input'], `${r.stdout}${r.stderr}`);
      assert.match(r.stderr, /^glx: .*delta_report\.json: not a valid delta\.report\.v1 artifact .*EGDB was not changed/);
      assert.equal(r.stderr.split('\n').filter(Boolean).length, 1, r.stderr);
      assert.ok(fs.readFileSync(store).equals(bytes), 'the store is byte-for-byte as before');
      assert.equal(backups(repo.dir).length, had, 'no backup taken for a rebuild that did not start');
    } finally {
      fs.writeFileSync(file, good);
    }
  });

  test('a 0-byte egdb.db is corrupt: moved aside and rebuilt, history back', () => {
    const store = path.join(repo.dir, '.glx', 'egdb.db');
    const tokens = q(repo.dir, 'SELECT COUNT(*) FROM delta_tokens')[0][0] as number;
    assert.ok(tokens > 0);
    fs.writeFileSync(store, '');
    const rows = q(repo.dir, 'SELECT COUNT(*) FROM delta_tokens')[0][0] as number;
    assert.ok(rows > 0, 'history rebuilt from .glx/, not silently empty');
    assert.ok(fs.readdirSync(path.join(repo.dir, '.glx')).some((n) => n.startsWith('egdb.db.corrupt-')), 'the 0-byte file was moved aside');
  });

  test('SIGKILL at random points during rebuild leaves the old store or the new one, never neither', async () => {
    const store = path.join(repo.dir, '.glx', 'egdb.db');
    const thresholds = q(repo.dir, 'SELECT COUNT(*) FROM spec_thresholds')[0][0];
    for (let i = 0; i < 4; i++) {
      const child = spawn(process.execPath, [GLX, 'egdb', 'rebuild'], { cwd: repo.dir, stdio: 'ignore', env: { ...process.env, GLX_DEBUG: '' } });
      // Listen from the start: on an idle machine the rebuild may finish before the kill.
      const exited = new Promise((r) => child.once('exit', r));
      await new Promise((r) => setTimeout(r, 150 + i * 120));
      child.kill('SIGKILL');
      await exited;
      assert.ok(fs.existsSync(store), `kill #${i}: the store exists`);
      assert.ok(fs.statSync(store).size > 0, `kill #${i}: the store is not empty`);
      // A lock left by the killed writer is broken (owner gone); the store answers with its history.
      const rows = q(repo.dir, 'SELECT COUNT(*) FROM delta_tokens')[0][0] as number;
      assert.ok(rows > 0, `kill #${i}: history present`);
      assert.equal(q(repo.dir, 'SELECT COUNT(*) FROM spec_thresholds')[0][0], thresholds, `kill #${i}: thresholds carried`);
      const ok = q(repo.dir, 'PRAGMA integrity_check')[0][0];
      assert.equal(ok, 'ok');
    }
  });
});
