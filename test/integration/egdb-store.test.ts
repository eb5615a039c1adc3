// EGDB stores on both backends (spec §3.10): schema + forward migrations, idempotent ingest,
// the views, and identical answers from SQLite (sql.js) and PostgreSQL on the same data.
// The PostgreSQL half runs when GLX_TEST_PG_URL is set (CI always sets it, see .ci/run).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { spawnSync } from 'node:child_process';
import { migrate } from '../../server/src/egdb/apply';
import { invariantRows } from '../../server/src/egdb/ingest';
import { SCHEMA_VERSION } from '../../server/src/egdb/schema';
import { loadSqlJs, sqljsExec, SqliteStore } from '../../server/src/egdb/sqljs-store';
import { PgStore } from '../../server/src/egdb/pg-store';
import { BACKENDS, PG_URL, batchFor, shaOf, syntheticTokens, tempDir } from '../helpers/egdb-fixtures';
import type { Store } from '../../server/src/egdb/store';
import { TempRepo } from '../helpers/temp-repo';

const count = async (s: Store, sql: string) => Number((await s.query(sql)).rows[0][0]);

for (const b of BACKENDS) {
  test(`${b.name}: init creates schema v${SCHEMA_VERSION} with every table and view; init twice is safe`, { skip: b.skip }, async () => {
    const { store, dispose } = await b.fresh();
    try {
      assert.deepEqual(await store.init(), { from: 0, to: SCHEMA_VERSION });
      assert.deepEqual(await store.init(), { from: SCHEMA_VERSION, to: SCHEMA_VERSION });
      assert.equal(await store.schemaVersion(), SCHEMA_VERSION);
      for (const t of ['events', 'artifacts', 'runs', 'steps', 'commits', 'delta_tokens', 'delta_fingerprints', 'invariants_results', 'spec_thresholds', 'spec_drift', 'mosaic_deltas', 'sast_findings', 'sast_fix_queue', 'files', 'ast_nodes', 'phi_links']) {
        assert.equal(await count(store, `SELECT COUNT(*) FROM ${t}`), 0, t);
      }
      for (const v of ['vw_commit_deltas', 'vw_delta_tokens', 'vw_invariants_violations', 'vw_sast_backlog', 'vw_invariants_heatmap', 'vw_delta_density_by_module', 'vw_last_run_by_sha']) {
        assert.equal(await count(store, `SELECT COUNT(*) FROM ${v}`), 0, v);
      }
    } finally {
      await dispose();
    }
  });

  test(`${b.name}: ingest is idempotent; re-analysing a commit replaces its rows`, { skip: b.skip }, async () => {
    const { store, dispose } = await b.fresh();
    try {
      const sha = shaOf(1);
      const first = batchFor(sha, syntheticTokens(50, 1), 1_700_000_000);
      const [s1] = await store.ingest([first]);
      assert.equal(s1.tokens, 50);
      assert.equal(s1.events, 2);
      // The same analysis again (new ULIDs, same idempotency keys): nothing is duplicated.
      const [s2] = await store.ingest([batchFor(sha, syntheticTokens(50, 1), 1_700_000_000)]);
      assert.equal(s2.events, 0);
      assert.equal(s2.eventsSkipped, 2);
      assert.equal(await count(store, 'SELECT COUNT(*) FROM delta_tokens'), 50);
      assert.equal(await count(store, 'SELECT COUNT(*) FROM events'), 2);
      assert.equal(await count(store, 'SELECT COUNT(*) FROM commits'), 1);
      // A different analysis of the same commit replaces its facts; its events are new facts.
      await store.ingest([batchFor(sha, syntheticTokens(7, 2), 1_700_000_000)]);
      assert.equal(await count(store, 'SELECT COUNT(*) FROM delta_tokens'), 7);
      assert.equal(await count(store, 'SELECT COUNT(*) FROM delta_fingerprints'), 1);
      assert.equal(await count(store, 'SELECT COUNT(*) FROM events'), 4);
      const ids = (await store.query('SELECT id, idempotency_key FROM events')).rows;
      for (const [id] of ids) assert.match(String(id), /^[0-9A-HJKMNP-TV-Z]{26}$/);
    } finally {
      await dispose();
    }
  });

  test(`${b.name}: gate results land in invariants_results, events and vw_invariants_violations`, { skip: b.skip }, async () => {
    const { store, dispose } = await b.fresh();
    try {
      const sha = shaOf(3);
      const gates = {
        I1: { gate: 'I1', status: 'REVIEW', modules: [{ module: 'core', decision: 'REVIEW', dz: 0.4, threshold: 0.32 }, { module: 'ui', decision: 'ACCEPT', dz: 0.1 }] },
        I2: { gate: 'I2', status: 'PASS' },
        I3: { gate: 'I3', status: 'FAIL', E: 0.5, tau: 0.3 },
        I4: { gate: 'I4', status: 'N/A' },
      };
      await store.ingest([batchFor(sha, syntheticTokens(5, 3), 1_700_000_000, { gates })]);
      await store.ingest([batchFor(sha, syntheticTokens(5, 3), 1_700_000_000, { gates })]);
      const v = await store.query('SELECT kind, module, action, score, threshold FROM vw_invariants_violations ORDER BY kind, module');
      assert.deepEqual(v.rows, [['I1', 'core', 'REVIEW', 0.4, 0.32], ['I3', '(all)', 'FAIL', 0.5, 0.3]]);
      assert.equal(await count(store, "SELECT count(*) FROM events WHERE topic LIKE 'invariants.%'"), 3);
      assert.equal(await count(store, "SELECT count(*) FROM events WHERE topic = 'invariants.violation@v1'"), 2);
    } finally {
      await dispose();
    }
  });
}

test('sqlite: a database at schema v1 is migrated forward and keeps its rows', async () => {
  const dir = tempDir();
  try {
    const file = path.join(dir, 'egdb.db');
    const SQL = await loadSqlJs();
    const db = new SQL.Database();
    const x = sqljsExec(db);
    assert.deepEqual(await migrate(x, 1), { from: 0, to: 1 });
    db.run("INSERT INTO commits (sha, ts) VALUES ('abc', 1700000000)");
    db.run("INSERT INTO delta_tokens (sha, seq, file, module, token, category, line, weight, meta) VALUES ('abc', 0, 'a.ts', 'm', 'ADD_FN', 'ast', 1, 0.08, '{}')");
    db.run("INSERT INTO events (id, topic, ts_utc, ts, idempotency_key) VALUES ('01J0000000000000000000000A', 'spec.freeze.start@v1', '2026-01-01T00:00:00Z', 1767225600, 'k1')");
    fs.writeFileSync(file, db.export());
    db.close();
    const store = new SqliteStore(file);
    assert.equal(await store.schemaVersion(), 1);
    assert.deepEqual(await store.init(), { from: 1, to: SCHEMA_VERSION });
    const versions = (await store.query('SELECT version FROM egdb_schema_version ORDER BY version')).rows.map((r) => r[0]);
    assert.deepEqual(versions, [1, 2, 3]);
    // v2 added delta_tokens.contrib and delta_file_energy; the v1 row is still there.
    assert.deepEqual((await store.query('SELECT sha, token, contrib FROM delta_tokens')).rows, [['abc', 'ADD_FN', null]]);
    assert.deepEqual((await store.query('SELECT kind, file FROM vw_delta_tokens')).rows, [['ADD_FN', 'a.ts']]);
    // v3 backfilled event_topics from the existing events (EGQL topic~ reads it).
    assert.deepEqual((await store.query('SELECT topic FROM event_topics')).rows, [['spec.freeze.start@v1']]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('postgres: a schema at v1 is migrated forward and keeps its rows', { skip: BACKENDS[1].skip }, async () => {
  const { store, dispose } = await BACKENDS[1].fresh();
  try {
    const pg = store as PgStore;
    // Build v1 by hand through the same migration code, then let init() migrate.
    await pg.query('SELECT 1');
    const { Client } = await import('pg');
    const u = new URL(pg.url);
    const schema = u.searchParams.get('schema')!;
    u.searchParams.delete('schema');
    const c = new Client({ connectionString: u.toString() });
    await c.connect();
    try {
      await c.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      await c.query(`SET search_path TO "${schema}"`);
      const exec = {
        dialect: 'postgres' as const,
        run: async (sql: string, p: readonly unknown[] = []) => (await c.query(sql.replace(/\?/g, ((n) => () => `$${++n}`)(0)), p as unknown[])).rowCount ?? 0,
        runMany: async () => 0,
        all: async (sql: string) => (await c.query({ text: sql, rowMode: 'array' })).rows as unknown[][],
      };
      await migrate(exec, 1);
      await c.query("INSERT INTO commits (sha, ts) VALUES ('abc', 1700000000)");
    } finally {
      await c.end();
    }
    assert.equal(await store.schemaVersion(), 1);
    assert.deepEqual(await store.init(), { from: 1, to: SCHEMA_VERSION });
    assert.deepEqual((await store.query('SELECT sha, ts FROM commits')).rows, [['abc', 1700000000]]);
  } finally {
    await dispose();
  }
});

test('both backends give the same answers on the same data', { skip: PG_URL ? false : BACKENDS[1].skip }, async () => {
  const a = await BACKENDS[0].fresh();
  const b = await BACKENDS[1].fresh();
  try {
    const batches = Array.from({ length: 12 }, (_, i) =>
      batchFor(shaOf(100 + i), syntheticTokens(40, 100 + i), 1_700_000_000 + i * 3600, {
        gates: { I3: { status: i % 3 === 0 ? 'FAIL' : 'PASS', E: i / 20, tau: 0.3 } },
      }),
    );
    for (const s of [a.store, b.store]) {
      await s.init();
      await s.ingest(batches);
    }
    const queries = [
      'SELECT file, SUM(delta_z) AS dz FROM vw_commit_deltas GROUP BY file ORDER BY dz DESC, file LIMIT 20',
      "SELECT COUNT(*) FROM vw_invariants_violations v JOIN vw_delta_tokens t ON v.commit_sha=t.commit_sha WHERE v.kind='I3' AND t.kind='MODIFY_SIG'",
      "SELECT count(*) FROM events WHERE topic LIKE 'invariants.%'",
      'SELECT kind, COUNT(*) AS n FROM vw_delta_tokens GROUP BY kind ORDER BY kind',
      'SELECT module, tokens, commits FROM vw_delta_density_by_module ORDER BY module',
      'SELECT kind, module, evaluations, violations FROM vw_invariants_heatmap ORDER BY kind, module',
      'SELECT sha, kind FROM vw_last_run_by_sha ORDER BY sha',
    ];
    const round = (rows: unknown[][]) => rows.map((r) => r.map((v) => (typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : v)));
    for (const q of queries) {
      const [ra, rb] = [await a.store.query(q), await b.store.query(q)];
      assert.ok(ra.rows.length > 0, q);
      assert.deepEqual(round(rb.rows), round(ra.rows), q);
    }
  } finally {
    await a.dispose();
    await b.dispose();
  }
});

test('gate results in the shapes glx invariants writes (report scores, invariants_<SHA>.json gates) become rows', () => {
  const scores = {
    I1: { status: 'REVIEW', decision: 'REVIEW', modules: { core: { dz: 0.41, alpha: 0.32, beta: 0.45, zeta: 0.7, decision: 'REVIEW' }, ui: { dz: 0.1, alpha: 0.32, decision: 'ACCEPT' } } },
    I2: { status: 'FAIL', pass: 0, fail: 1, ports: [{ port: 'a.ts#f', verdict: 'FAIL', reasons: ['removed'] }] },
    I3: { status: 'PASS', E: 0.12, tau: 0.35 },
    I4: { status: 'N/A', decision: 'ACCEPT', checks: [] },
  };
  const rows = invariantRows(scores, 'T').map((r) => [r.gate, r.module, r.action, r.score, r.threshold]);
  assert.deepEqual(rows, [['I1', 'core', 'REVIEW', 0.41, 0.32], ['I1', 'ui', 'ACCEPT', 0.1, 0.32], ['I2', '(all)', 'FAIL', null, null], ['I3', '(all)', 'PASS', 0.12, 0.35], ['I4', '(all)', 'N/A', null, null]]);
  const gates = { I1: { gate: 'I1', status: 'PASS', modules: [{ module: 'core', dz: 0.2, alpha: 0.3, decision: 'ACCEPT' }] } };
  assert.deepEqual(invariantRows(gates, 'T').map((r) => [r.gate, r.module, r.action]), [['I1', 'core', 'ACCEPT']]);
});

test('glx delta and glx egdb on PostgreSQL through GLX_EGDB_URL; views.postgres.sql applies twice with psql', { skip: BACKENDS[1].skip }, async () => {
  const { store, dispose } = await BACKENDS[1].fresh();
  const repo = new TempRepo();
  try {
    const url = (store as PgStore).url;
    repo.commit({ 'a.ts': 'export function f(a: number) {\n  return a;\n}\n' }, 'one');
    const sha = repo.commit({ 'a.ts': 'export function f(a: number, b = 0) {\n  return a + b;\n}\n' }, 'two');
    const GLX = path.resolve(__dirname, '..', '..', '..', 'bin', 'glx');
    const glx = (...args: string[]) => spawnSync(process.execPath, [GLX, ...args], { cwd: repo.dir, encoding: 'utf8', env: { ...process.env, GLX_EGDB_URL: url } });
    for (const args of [['delta', '--range', sha], ['egdb', 'init']]) {
      const r = glx(...args);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stderr, '');
    }
    assert.ok(!fs.existsSync(path.join(repo.dir, '.glx', 'egdb.db')), 'nothing written to the SQLite file');
    const q = glx('egql', 'SELECT tokens FROM branch(main) GROUP BY kind', '--json');
    assert.equal(q.status, 0, q.stderr);
    assert.deepEqual(JSON.parse(q.stdout).rows, [['MODIFY_SIG', 1]]);
    const psql = spawnSync('psql', ['--version']);
    if (psql.status === 0) {
      const u = new URL(url);
      const schema = u.searchParams.get('schema')!;
      u.searchParams.delete('schema');
      const views = path.join(repo.dir, '.glx', 'grammar', 'views.postgres.sql');
      for (let i = 0; i < 2; i++) {
        const r = spawnSync('psql', [u.toString(), '-v', 'ON_ERROR_STOP=1', '-q', '-c', `SET search_path TO "${schema}"`, '-f', views], { encoding: 'utf8', env: { ...process.env, PGOPTIONS: `-c search_path=${schema}` } });
        assert.equal(r.status, 0, r.stderr);
      }
      assert.equal((await store.query('SELECT COUNT(*) FROM vw_delta_tokens')).rows[0][0], 1);
    }
  } finally {
    repo.cleanup();
    await dispose();
  }
});
