// EGDB / EGQL benchmark (docs/egdb.md). `npm run bench:egdb` = build + `node dist/bench/egdb-bench.js`.
// Prints figures with their input sizes — median, p95, throughput — and asserts nothing.
//   (a) ingest of one analysis of N tokens (default 100,000) into the sql.js file store:
//       lock + read file + transaction + export + atomic write, repeated (re-ingest replaces);
//   (b) EGQL over E events (default 200,000) + their commits/tokens: parse + compile + run,
//       on the store's read cache (file unchanged), per query shape: median and p95;
//   (c) the same queries cold (the file re-read each time, as a one-shot `glx egql` does).
//   (d) with GLX_TEST_PG_URL set: the same ingest and queries on PostgreSQL.
// Options (env): EGDB_BENCH_TOKENS, EGDB_BENCH_EVENTS, EGDB_BENCH_RUNS, EGDB_BENCH_QUERY_RUNS.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TOPICS, idempotencyKey, makeEvent, type Topic } from '../server/src/egdb/events';
import type { IngestBatch } from '../server/src/egdb/ingest';
import { PgStore } from '../server/src/egdb/pg-store';
import { SqliteStore } from '../server/src/egdb/sqljs-store';
import type { Store } from '../server/src/egdb/store';
import { compileEgql } from '../server/src/egql/compile';
import { batchFor, commitAt, shaOf, syntheticTokens } from '../test/helpers/egdb-fixtures';

const envInt = (k: string, d: number) => (process.env[k] ? Number.parseInt(process.env[k]!, 10) : d);
const TOKENS = envInt('EGDB_BENCH_TOKENS', 100_000);
const EVENTS = envInt('EGDB_BENCH_EVENTS', 200_000);
const RUNS = envInt('EGDB_BENCH_RUNS', 5);
const QUERY_RUNS = envInt('EGDB_BENCH_QUERY_RUNS', 40);
const TARGETS = { ingestMs: 2000, egqlP95Ms: 50 };

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const fmt = (ms: number) => `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const r = await fn();
  return [performance.now() - t, r];
}

/** E events over 2,000 commits on 4 branches, topics spread as a real history would (mostly delta.*). */
function eventBatches(events: number): IngestBatch[] {
  const commits = 2000;
  const perCommit = Math.ceil(events / commits);
  const t0 = 1_760_000_000;
  const out: IngestBatch[] = [];
  let n = 0;
  for (let c = 0; c < commits && n < events; c++) {
    const sha = shaOf(500_000 + c);
    const branch = ['main', 'develop', 'feature/a', 'release/1'][c % 4];
    const ts = t0 + c * 1800;
    const evs = [];
    for (let k = 0; k < perCommit && n < events; k++, n++) {
      const topic = `${TOPICS[(k * 7 + c) % TOPICS.length]}@v1` as Topic;
      evs.push(makeEvent(topic, { k, c, note: 'bench' }, { key: idempotencyKey(topic, sha, k), source: 'bench', sha, branch, now: new Date((ts + k) * 1000) }));
    }
    const b = batchFor(sha, syntheticTokens(10, c), ts, { commit: commitAt(sha, ts, branch), gates: { I1: { status: c % 5 ? 'PASS' : 'REVIEW' }, I3: { status: c % 9 ? 'PASS' : 'FAIL', E: (c % 9) / 10 } } });
    b.events = evs;
    out.push(b);
  }
  return out;
}

const QUERIES = [
  "SELECT events FROM branch(main) WHERE topic~'invariants.' LAST 30d LIMIT 100",
  "SELECT events FROM sha(*) WHERE topic = 'delta.tokens' AND source = bench GROUP BY branch ORDER BY count DESC",
  "SELECT events FROM sha(*) WHERE topic~'SAST' OR topic~'audit' GROUP BY topic",
  `SELECT events FROM sha(${shaOf(501_234)}) ORDER BY ts DESC`,
  "SELECT events FROM sha(*) GROUP BY topic ORDER BY count DESC SINCE 2025-11-01 LIMIT 5",
  'SELECT tokens FROM branch(develop) WHERE token=MODIFY_SIG GROUP BY module ORDER BY count DESC',
  'SELECT invariants FROM sha(*) WHERE gate=I3 AND action != PASS GROUP BY module',
];

async function queryFigures(label: string, store: Store, runs: number, cold?: () => void) {
  const all: number[] = [];
  for (const q of QUERIES) {
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < runs; i++) {
      cold?.();
      const [ms, r] = await time(async () => {
        const c = compileEgql(q, store.dialect);
        return store.query(c.sql, c.params);
      });
      times.push(ms);
      rows = r.rows.length;
    }
    all.push(...times);
    console.log(`    ${fmt(pct(times, 50)).padStart(9)} median  ${fmt(pct(times, 95)).padStart(9)} p95  ${String(rows).padStart(5)} rows  ${q}`);
  }
  console.log(`  ${label}: all queries p50 ${fmt(pct(all, 50))}, p95 ${fmt(pct(all, 95))} (target p95 ≤ ${TARGETS.egqlP95Ms} ms)`);
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glx-egdb-bench-'));
  console.log(`EGDB benchmark — node ${process.version}, ${os.cpus()[0]?.model ?? '?'} ×${os.cpus().length}`);
  try {
    // (a) ingest
    const tokens = syntheticTokens(TOKENS, 42, { files: 4000 });
    const file = path.join(dir, 'ingest.db');
    const store = new SqliteStore(file);
    await store.init();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const batch = batchFor(shaOf(1), tokens, 1_760_000_000);
      const [ms] = await time(() => store.ingest([batch]));
      times.push(ms);
    }
    const size = fs.statSync(file).size;
    console.log(`(a) ingest of ${TOKENS.toLocaleString('en')} tokens (one analysis, replaced each run) into sql.js, ${RUNS} runs:`);
    console.log(`    median ${fmt(pct(times, 50))}, p95 ${fmt(pct(times, 95))}, ${Math.round(TOKENS / (pct(times, 50) / 1000)).toLocaleString('en')} tokens/s; file ${(size / 1e6).toFixed(1)} MB (target ≤ ${TARGETS.ingestMs} ms)`);
    await store.close();

    // (b), (c) EGQL over E events
    const qfile = path.join(dir, 'events.db');
    const qs = new SqliteStore(qfile);
    await qs.init();
    const batches = eventBatches(EVENTS);
    const [loadMs] = await time(() => qs.ingest(batches));
    const nEvents = Number((await qs.query('SELECT COUNT(*) FROM events')).rows[0][0]);
    console.log(`(b) EGQL over ${nEvents.toLocaleString('en')} events, ${batches.length} commits, ${(batches.length * 10).toLocaleString('en')} tokens (file ${(fs.statSync(qfile).size / 1e6).toFixed(1)} MB, built in ${fmt(loadMs)}), ${QUERY_RUNS} runs per query, warm read cache:`);
    await qs.query('SELECT 1');
    await queryFigures('warm', qs, QUERY_RUNS);
    console.log(`(c) the same, cold (file re-read and opened per query, as one \`glx egql\` process does), 5 runs per query:`);
    await queryFigures('cold', qs, 5, () => void qs.close());
    await qs.close();

    // (d) PostgreSQL
    const url = process.env.GLX_TEST_PG_URL;
    if (!url) console.log('(d) PostgreSQL: skipped (set GLX_TEST_PG_URL=postgres://…)');
    else {
      const u = new URL(url);
      u.searchParams.set('schema', `glx_bench_${process.pid}`);
      const pg = new PgStore(u.toString());
      try {
        await pg.init();
        const pt: number[] = [];
        for (let i = 0; i < Math.min(RUNS, 3); i++) {
          const [ms] = await time(() => pg.ingest([batchFor(shaOf(1), tokens, 1_760_000_000)]));
          pt.push(ms);
        }
        console.log(`(d) PostgreSQL: ingest of ${TOKENS.toLocaleString('en')} tokens median ${fmt(pct(pt, 50))} (${pt.length} runs)`);
        const [pl] = await time(() => pg.ingest(batches));
        console.log(`    EGQL over ${nEvents.toLocaleString('en')} events (built in ${fmt(pl)}), ${QUERY_RUNS} runs per query:`);
        await queryFigures('postgres', pg, QUERY_RUNS);
      } finally {
        await pg.dropSchema().catch(() => undefined);
        await pg.close();
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
