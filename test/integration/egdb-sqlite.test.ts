// The SQLite EGDB as users and the playbooks use it (spec §3.10, playbook 4, Appendix A): the
// playbooks' SQL verbatim through Debian's `sqlite3` CLI, corrupt-file recovery, concurrent
// writers in separate processes, the writer lock, and the `glx egdb` verbs on real repos.
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { dzOf } from '../../server/src/delta/energy';
import { LockTimeoutError, withFileLock } from '../../server/src/egdb/lock';
import { SqliteStore } from '../../server/src/egdb/sqljs-store';
import { viewsSql } from '../../server/src/egdb/views';
import { batchFor, shaOf, syntheticTokens, tempDir } from '../helpers/egdb-fixtures';
import { TempRepo } from '../helpers/temp-repo';

const GLX = path.resolve(__dirname, '..', '..', '..', 'bin', 'glx');
const CHILD = path.resolve(__dirname, '..', 'helpers', 'egdb-writer-child.js');
const HAS_SQLITE3 = spawnSync('sqlite3', ['--version']).status === 0;
const HAS_PYTHON = spawnSync('python3', ['-c', 'import sqlite3']).status === 0;

function glx(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const e = { ...process.env, ...env };
  delete e.GLX_EGDB_URL;
  const r = spawnSync(process.execPath, [GLX, ...args], { cwd, encoding: 'utf8', timeout: 60_000, env: { ...e, ...env } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const sh = (script: string, cwd: string) => execFileSync('bash', ['-c', script], { cwd, encoding: 'utf8' });

/** One token of a given kind/file/weight (magnitude 1, not public: contribution = weight). */
function tok(kind: string, file: string, weight: number) {
  const t = syntheticTokens(1, 1)[0];
  return { ...t, kind: kind as typeof t.kind, category: (kind === 'MODIFY_SIG' ? 'ast' : 'flow') as typeof t.category, file, module: file.split('/')[0], weight, meta: { public_api: false } };
}

test("Appendix A and playbook 4's SQL run verbatim with the sqlite3 CLI and give the right answers", { skip: HAS_SQLITE3 ? false : 'sqlite3 CLI not installed (.ci/run installs it)' }, async () => {
  const dir = tempDir();
  try {
    const store = new SqliteStore(path.join(dir, '.glx', 'egdb.db'));
    await store.init();
    fs.mkdirSync(path.join(dir, '.glx', 'grammar'), { recursive: true });
    fs.writeFileSync(path.join(dir, '.glx', 'grammar', 'views.sql'), viewsSql('sqlite'));
    const now = Math.floor(Date.now() / 1000);
    const day = 86400;
    const [A, B, C] = [shaOf(0xa), shaOf(0xb), shaOf(0xc)];
    await store.ingest([
      batchFor(A, [tok('MODIFY_SIG', 'core/x.ts', 0.3), tok('MODIFY_SIG', 'core/x.ts', 0.2), tok('ΔCC', 'ui/y.ts', 0.05)], now - day, { gates: { I3: { status: 'FAIL', E: 0.6, tau: 0.3 }, I1: { status: 'REVIEW', modules: [{ module: 'core', decision: 'REVIEW', dz: 0.4 }] } } }),
      batchFor(B, [tok('MODIFY_SIG', 'core/x.ts', 0.1), tok('ΔCC', 'core/z.ts', 0.7)], now - 2 * day, { gates: { I3: { status: 'PASS', E: 0.1, tau: 0.3 } } }),
      batchFor(C, [tok('MODIFY_SIG', 'ui/old.ts', 2.0)], now - 30 * day, { gates: { I3: { status: 'FAIL', E: 0.9, tau: 0.3 } } }),
    ]);
    // Playbook 4 step 2, verbatim, twice (applying the views twice is safe).
    sh('sqlite3 .glx/egdb.db < .glx/grammar/views.sql', dir);
    sh('sqlite3 .glx/egdb.db < .glx/grammar/views.sql', dir);

    const hottest = sh(`sqlite3 .glx/egdb.db <<'SQL'
SELECT file, SUM(delta_z) AS dz
FROM vw_commit_deltas
WHERE commit_ts > strftime('%s','now','-7 days')
GROUP BY file ORDER BY dz DESC LIMIT 20;
SQL`, dir);
    const rows = hottest.trim().split('\n').map((l) => l.split('|'));
    const expected = [
      ['core/z.ts', dzOf(0.7)],
      ['core/x.ts', dzOf(0.5) + dzOf(0.1)],
      ['ui/y.ts', dzOf(0.05)],
    ].sort((p, q) => (q[1] as number) - (p[1] as number));
    assert.deepEqual(rows.map((r) => r[0]), expected.map((e) => e[0]), 'the 30-day-old commit is outside the 7-day window');
    rows.forEach((r, i) => assert.ok(Math.abs(Number(r[1]) - (expected[i][1] as number)) < 1e-9, `${r[0]} dz`));

    const corr = sh(`sqlite3 .glx/egdb.db <<'SQL'
SELECT COUNT(*) FROM vw_invariants_violations v
JOIN vw_delta_tokens t ON v.commit_sha=t.commit_sha
WHERE v.kind='I3' AND t.kind='MODIFY_SIG';
SQL`, dir);
    // A: I3 FAIL × 2 MODIFY_SIG; C: I3 FAIL × 1; B passed I3.
    assert.equal(corr.trim(), '3');

    // Playbook 4 step 3: the events count (invariants.evaluated ×3 + invariants.violation for A's I1, A's I3, C's I3).
    const q = "SELECT count(*) FROM events WHERE topic LIKE 'invariants.%';";
    assert.equal(sh(`sqlite3 .glx/egdb.db "${q}"`, dir).trim(), '6');
    if (HAS_PYTHON) {
      const py = sh(`python3 - <<'PY'
from pathlib import Path
db=".glx/egdb.db"
q="SELECT count(*) FROM events WHERE topic LIKE 'invariants.%';"
import sqlite3; c=sqlite3.connect(db); print("invariants events:", c.execute(q).fetchone())
PY`, dir);
      assert.equal(py.trim(), 'invariants events: (6,)');
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('concurrent writers in separate processes lose nothing', async () => {
  const dir = tempDir();
  try {
    const file = path.join(dir, 'egdb.db');
    const run = (start: number, count: number) =>
      new Promise<void>((resolve, reject) => {
        const c = spawn(process.execPath, [CHILD, file, String(start), String(count)], { stdio: ['ignore', 'ignore', 'pipe'] });
        let err = '';
        c.stderr.on('data', (d) => (err += d));
        c.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`writer ${start} exited ${code}: ${err}`))));
      });
    const store = new SqliteStore(file);
    const inProcess = (async () => {
      for (let i = 1000; i < 1012; i++) await store.ingest([batchFor(shaOf(i), syntheticTokens(5, i), 1_700_000_000 + i)]);
    })();
    await Promise.all([run(0, 12), run(100, 12), run(200, 12), run(300, 12), inProcess]);
    const n = (sql: string) => store.query(sql).then((r) => Number(r.rows[0][0]));
    assert.equal(await n('SELECT COUNT(*) FROM commits'), 60);
    assert.equal(await n('SELECT COUNT(*) FROM delta_tokens'), 300);
    assert.equal(await n('SELECT COUNT(*) FROM events'), 120);
    assert.equal(await n('SELECT COUNT(DISTINCT sha) FROM delta_fingerprints'), 60);
    assert.ok(!fs.existsSync(`${file}.lock`), 'the lock is released');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the writer lock: a live holder makes others wait/time out; a dead holder is broken', async () => {
  const dir = tempDir();
  try {
    const lock = path.join(dir, 'x.lock');
    fs.writeFileSync(lock, JSON.stringify({ pid: process.pid, host: require('node:os').hostname(), created: Date.now() }));
    await assert.rejects(withFileLock(lock, () => 1, { timeoutMs: 150 }), LockTimeoutError);
    // A pid that has exited: the lock is stale and taken over.
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    fs.writeFileSync(lock, JSON.stringify({ pid: Number(dead), host: require('node:os').hostname(), created: Date.now() }));
    assert.equal(await withFileLock(lock, () => 42, { timeoutMs: 2000 }), 42);
    assert.ok(!fs.existsSync(lock));
    // Too old, even on another host.
    fs.writeFileSync(lock, JSON.stringify({ pid: 1, host: 'elsewhere', created: Date.now() - 10_000 }));
    const old = new Date(Date.now() - 10_000);
    fs.utimesSync(lock, old, old);
    assert.equal(await withFileLock(lock, () => 7, { timeoutMs: 2000, staleMs: 5000 }), 7);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

let repo: TempRepo;
let c1: string;
let c2: string;
test('glx delta publishes into .glx/egdb.db; re-running is idempotent; glx egdb init/query/export', async () => {
  repo = new TempRepo();
  repo.commit({ 'src/math.ts': 'export function add(a: number, b: number): number {\n  return a + b;\n}\n' }, 'init');
  c1 = repo.commit({ 'src/math.ts': 'export function add(a: number, b: number, c = 0): number {\n  return a + b + c;\n}\n' }, 'add c');
  c2 = repo.commit({ 'src/math.ts': 'export function add(a: number, b: number, c = 0): number {\n  return a + b + c;\n}\nexport function sub(a: number, b: number) {\n  return a - b;\n}\n' }, 'sub');
  for (const args of [['delta', '--range', c1], ['delta', '--range', c2], ['delta', '--range', c2]]) {
    const r = glx(args, repo.dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
  }
  const q = (sql: string) => {
    const r = glx(['egdb', 'query', sql, '--json'], repo.dir);
    assert.equal(r.code, 0, r.stderr);
    const j = JSON.parse(r.stdout);
    assert.equal(j.schema, 'egdb.query.v1');
    return j.rows as unknown[][];
  };
  assert.deepEqual(q('SELECT sha, subject, branch FROM commits ORDER BY ts, sha').map((r) => r[1]).sort(), ['add c', 'sub']);
  assert.deepEqual(q("SELECT kind FROM vw_delta_tokens WHERE commit_sha = '" + c2 + "' ORDER BY kind"), [['ADD_FN']]);
  assert.deepEqual(q("SELECT topic, COUNT(*) FROM events GROUP BY topic ORDER BY topic"), [['delta.fingerprint@v1', 2], ['delta.tokens@v1', 2]]);
  assert.equal(q('SELECT COUNT(*) FROM runs')[0][0], 3);

  const init = glx(['egdb', 'init'], repo.dir);
  assert.equal(init.code, 0, init.stderr);
  assert.match(init.stdout, /schema v3 \(up to date\); views applied/);
  assert.equal(fs.readFileSync(path.join(repo.dir, '.glx', 'grammar', 'views.sql'), 'utf8'), viewsSql('sqlite'));

  const table = glx(['egdb', 'query', 'SELECT COUNT(*) AS n FROM delta_tokens'], repo.dir);
  assert.match(table.stdout, /^n\n─+\n\d+\n\(1 row\)\n$/);

  const bad = glx(['egdb', 'query', 'SELECT nope FROM nowhere'], repo.dir);
  assert.equal(bad.code, 2);
  assert.equal(bad.stderr.trim().split('\n').length, 1);
  assert.match(bad.stderr, /^glx: query: no such table: nowhere/);

  const exp = glx(['egdb', 'export', '--format', 'jsonl'], repo.dir);
  assert.equal(exp.code, 0, exp.stderr);
  const lines = exp.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.ok(lines.every((l) => l.schema === 'egdb.export.v1' && typeof l.table === 'string' && l.row));
  assert.equal(lines.filter((l) => l.table === 'commits').length, 2);
  assert.equal(glx(['egdb', 'export', '--format', 'csv'], repo.dir).code, 2);
});

test('a corrupt egdb.db is moved aside and rebuilt from .glx/ artifacts; glx egdb rebuild keeps the old file', async () => {
  const db = path.join(repo.dir, '.glx', 'egdb.db');
  const good = fs.readFileSync(db);
  for (const damage of [Buffer.from('this is not a database at all, just text'.repeat(200)), good.subarray(0, Math.floor(good.length / 3))]) {
    fs.writeFileSync(db, damage);
    const r = glx(['egdb', 'query', 'SELECT COUNT(*) FROM commits', '--json'], repo.dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /not a readable SQLite database.*moved aside to .*egdb\.db\.corrupt-/);
    assert.deepEqual(JSON.parse(r.stdout).rows, [[2]]);
    const aside = fs.readdirSync(path.join(repo.dir, '.glx')).filter((f) => f.startsWith('egdb.db.corrupt-'));
    assert.ok(aside.some((f) => fs.readFileSync(path.join(repo.dir, '.glx', f)).equals(damage)), 'the damaged file is kept');
  }
  const tokensBefore = JSON.parse(glx(['egdb', 'query', 'SELECT COUNT(*) FROM delta_tokens', '--json'], repo.dir).stdout).rows[0][0];
  const rb = glx(['egdb', 'rebuild'], repo.dir);
  assert.equal(rb.code, 0, rb.stderr);
  assert.match(rb.stdout, /rebuilt at schema v3 from \d+ artifact records.*previous file kept as egdb\.db\.before-rebuild-/);
  assert.equal(JSON.parse(glx(['egdb', 'query', 'SELECT COUNT(*) FROM delta_tokens', '--json'], repo.dir).stdout).rows[0][0], tokensBefore);
  assert.deepEqual(JSON.parse(glx(['egdb', 'query', 'SELECT sha FROM commits ORDER BY sha', '--json'], repo.dir).stdout).rows, [[c1], [c2]].sort());
  repo.cleanup();
});
