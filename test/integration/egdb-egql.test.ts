// EGQL on real stores (spec §3.10): the same queries give the same answers on SQLite and
// PostgreSQL; hostile values leave the data intact; `glx egql` prints tables/JSON and reports
// query errors as one line with line:column and exit 2.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { test } from 'node:test';
import { compileEgql } from '../../server/src/egql/compile';
import type { Store } from '../../server/src/egdb/store';
import { BACKENDS, PG_URL, batchFor, commitAt, shaOf, syntheticTokens } from '../helpers/egdb-fixtures';

const GLX = path.resolve(__dirname, '..', '..', '..', 'bin', 'glx');
const NOW = Date.UTC(2026, 5, 1);

function importTok(file: string, spec: string) {
  const t = syntheticTokens(1, 9)[0];
  return { ...t, kind: 'ΔIMPORT' as const, category: 'deps' as const, file, meta: { public_api: false, spec, sign: '+' } };
}

async function seed(store: Store) {
  await store.init();
  const day = 86400;
  const base = NOW / 1000;
  await store.ingest([
    batchFor(shaOf(1), syntheticTokens(30, 1), base - 10 * day, { gates: { I1: { status: 'REVIEW', modules: [{ module: 'm1', decision: 'REVIEW', dz: 0.5 }] }, I3: { status: 'PASS', E: 0.1 } } }),
    batchFor(shaOf(2), syntheticTokens(30, 2), base - 2 * day, { gates: { I3: { status: 'FAIL', E: 0.7, tau: 0.3 } } }),
    batchFor(shaOf(3), [importTok('a.ts', 'b.ts'), importTok('b.ts', 'c.ts'), importTok('c.ts', 'd.ts'), importTok('a.ts', 'e.ts')], base - 3600, { commit: commitAt(shaOf(3), base - 3600, 'feature/x') }),
  ]);
}

const QUERIES = [
  'SELECT tokens FROM sha(*)',
  'SELECT tokens FROM branch(main) WHERE token=MODIFY_SIG OR category = flow GROUP BY module, kind ORDER BY count DESC',
  "SELECT tokens FROM sha(*) WHERE file ~ 'm1/*' AND weight >= 0.1 ORDER BY line DESC LIMIT 7",
  'SELECT tokens FROM sha(*) GROUP BY sha ORDER BY sha',
  "SELECT events FROM sha(*) WHERE topic~'invariants.' GROUP BY topic ORDER BY topic",
  "SELECT events FROM branch(main) WHERE topic = 'delta.tokens' GROUP BY sha",
  'SELECT invariants FROM sha(*) WHERE gate=I3',
  'SELECT invariants FROM sha(*) WHERE action != PASS GROUP BY kind ORDER BY kind',
  `SELECT tokens FROM sha(${shaOf(2)}) GROUP BY category ORDER BY category`,
  "SELECT graph FROM sha(*) WHERE start='a.ts' AND depth <= 2",
  "SELECT graph FROM branch(feature/x) WHERE start='a.ts' AND dst ~ 'd' AND depth <= 5",
  "SELECT events FROM sha(*) WHERE topic~'violation' OR topic~'*FINGER*' GROUP BY topic ORDER BY topic",
];

/** Rows compared across backends: numbers rounded, order as the query defines it. */
const norm = (rows: unknown[][]) => rows.map((r) => r.map((v) => (typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : v)));

async function answers(store: Store, now = NOW) {
  const out: unknown[][][] = [];
  for (const q of QUERIES) {
    const c = compileEgql(q, store.dialect, { now });
    out.push(norm((await store.query(c.sql, c.params)).rows));
  }
  return out;
}

test('EGQL answers on SQLite are right', async () => {
  const { store, dispose } = await BACKENDS[0].fresh();
  try {
    await seed(store);
    const a = await answers(store);
    assert.equal(a[0].length, 64);
    assert.deepEqual(a[4], [['invariants.evaluated@v1', 2], ['invariants.violation@v1', 2]]);
    assert.deepEqual(a[5].map((r) => r[1]), [1, 1]);
    assert.deepEqual(a[6].map((r) => [r[0], r[6]]), [[shaOf(1), 'PASS'], [shaOf(2), 'FAIL']]);
    assert.deepEqual(a[7], [['I1', 1], ['I3', 1]]);
    assert.equal(a[8].reduce((s, r) => s + Number(r[1]), 0), 30);
    assert.deepEqual(a[9], [['a.ts', 'b.ts', 1], ['a.ts', 'e.ts', 1], ['b.ts', 'c.ts', 2]]);
    assert.deepEqual(a[10], [['c.ts', 'd.ts', 3]]);
    assert.deepEqual(a[11], [['delta.fingerprint@v1', 3], ['invariants.violation@v1', 2]]);
    const last = compileEgql('SELECT tokens FROM sha(*) GROUP BY sha LAST 3d', 'sqlite', { now: NOW });
    assert.deepEqual((await store.query(last.sql, last.params)).rows.map((r) => r[0]).sort(), [shaOf(2), shaOf(3)]);
  } finally {
    await dispose();
  }
});

test('EGQL gives the same answers on SQLite and PostgreSQL', { skip: PG_URL ? false : BACKENDS[1].skip }, async () => {
  const a = await BACKENDS[0].fresh();
  const b = await BACKENDS[1].fresh();
  try {
    await seed(a.store);
    await seed(b.store);
    const [ra, rb] = [await answers(a.store), await answers(b.store)];
    QUERIES.forEach((q, i) => assert.deepEqual(rb[i], ra[i], q));
  } finally {
    await a.dispose();
    await b.dispose();
  }
});

for (const backend of BACKENDS) {
  test(`${backend.name}: injection attempts through EGQL values match nothing and change nothing`, { skip: backend.skip }, async () => {
    const { store, dispose } = await backend.fresh();
    try {
      await seed(store);
      const before = (await store.query('SELECT COUNT(*) FROM events')).rows[0][0];
      for (const v of ["x'; DROP TABLE events; --", "' OR '1'='1", "main' OR 1=1 --", '%', '_']) {
        const quoted = `'${v.replace(/'/g, "''")}'`;
        for (const q of [`SELECT events FROM branch(${quoted})`, `SELECT events FROM sha(*) WHERE topic = ${quoted}`, `SELECT tokens FROM sha(*) WHERE file ~ ${quoted}`]) {
          const c = compileEgql(q, store.dialect);
          const rows = (await store.query(c.sql, c.params)).rows;
          assert.equal(rows.length, 0, `${q} matched ${rows.length} rows`);
        }
      }
      assert.equal((await store.query('SELECT COUNT(*) FROM events')).rows[0][0], before);
    } finally {
      await dispose();
    }
  });
}

test('glx egql: table, --json, --sql; a query error is one line with line:column, exit 2', async () => {
  const { store, dispose, dir } = await BACKENDS[0].fresh();
  try {
    await seed(store);
    const env = { ...process.env };
    delete env.GLX_EGDB_URL;
    const run = (...args: string[]) => spawnSync(process.execPath, [GLX, ...args], { cwd: dir, encoding: 'utf8', env });
    const t = run('egql', 'SELECT invariants FROM sha(*) WHERE gate=I3');
    assert.equal(t.status, 0, t.stderr);
    assert.match(t.stdout, /^sha +│ ts +│ gate │ module │ score │ threshold │ action\n/);
    assert.match(t.stdout, /\(2 rows\)\n$/);
    const j = run('egql', 'SELECT tokens FROM sha(*) GROUP BY sha ORDER BY count DESC', '--json');
    assert.equal(j.status, 0, j.stderr);
    const doc = JSON.parse(j.stdout);
    assert.equal(doc.schema, 'egdb.query.v1');
    assert.deepEqual(doc.columns, ['sha', 'count']);
    assert.equal(doc.rows.length, 3);
    const s = run('egql', "SELECT events FROM sha(*) WHERE topic~'x'", '--sql');
    assert.match(s.stdout, /LIKE \? ESCAPE/);
    assert.match(s.stdout, /-- params: \["%x%"\]/);
    const bad = run('egql', 'SELECT tokens FROM sha(*) WHERE colour = 1');
    assert.equal(bad.status, 2);
    assert.equal(bad.stderr, 'glx: egql 1:33: unknown field "colour" for tokens (fields: token, kind, category, module, file, symbol, line, weight, contrib, sha, ts, branch)\n');
    assert.equal(run('egql').status, 2);
  } finally {
    await dispose();
  }
});

// Issue 11 item 7: the documented size limits (docs/egql.md "Limits") are checked up front and
// named with line:column; a query at the limit runs on both backends (no recursion or
// expression-depth error), and non-ASCII branch names are names.
test('EGQL limits: 256 conditions run on the store, the 257th is refused where it stands; LIMIT and length bounded; unicode names', async () => {
  const { store, dispose } = await BACKENDS[0].fresh();
  try {
    await seed(store);
    for (const join of [' AND ', ' OR ']) {
      const conds = Array.from({ length: 256 }, (_, i) => `line != ${i + 1000}`).join(join);
      const c = compileEgql(`SELECT tokens FROM sha(*) WHERE ${conds}`, store.dialect, { now: NOW });
      assert.equal((await store.query(c.sql, c.params)).rows.length, 64, join);
    }
    const over = `SELECT tokens FROM sha(*) WHERE ${Array.from({ length: 257 }, (_, i) => `line != ${i}`).join(' AND ')}`;
    assert.throws(() => compileEgql(over, 'sqlite'), (e: Error & { pos?: { line: number; col: number } }) => {
      assert.match(e.message, /more than 256 conditions in WHERE/);
      assert.equal(e.pos?.col, over.lastIndexOf('line != 256') + 1);
      return true;
    });
    assert.throws(() => compileEgql('SELECT events FROM sha(*) LIMIT 99999999999999999999999', 'sqlite'), /LIMIT 99999999999999999999999 is larger than 1,000,000,000/);
    assert.throws(() => compileEgql(`SELECT events FROM sha(*) WHERE topic~'${'x'.repeat(20_000)}'`, 'sqlite'), /query is 20,040 characters long; the limit is 16,384/);
    const uni = compileEgql('SELECT tokens FROM branch(główna) WHERE branch = główna AND module = 変数', store.dialect, { now: NOW });
    assert.ok(uni.params.includes('główna') && uni.params.includes('変数'), JSON.stringify(uni.params));
    assert.deepEqual((await store.query(uni.sql, uni.params)).rows, []);
  } finally {
    await dispose();
  }
});
