// `npm run soak` (issue 11): the long version of test/robustness/. Prints, asserts nothing:
//  1. 30,000 fuzzed edits (test/helpers/edit-fuzz.ts, seeded) against the real language server
//     over stdio: survival, whether it still answers, RSS start / peak / end.
//  2. 200 kill-during-write cycles against a SQLite EGDB file: a writer process ingesting one
//     commit per transaction is SIGKILLed at a random moment; after each kill the store must
//     pass `PRAGMA integrity_check` and hold a gap-free prefix of what was written (no lost or
//     half-written commit), and the next writer must get the lock (a dead owner's lock is broken).
// Flags: --edits N (30000), --kills N (200), --seed N (1).
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SqliteStore } from '../server/src/egdb/sqljs-store';
import { batchFor, shaOf, syntheticTokens } from '../test/helpers/egdb-fixtures';
import { runEditFuzz } from '../test/helpers/edit-fuzz';
import { LspSession, fileUri } from '../test/helpers/lsp-client';
import { TempRepo } from '../test/helpers/temp-repo';

function flag(name: string, dflt: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
}

async function writer(file: string, start: number): Promise<void> {
  const store = new SqliteStore(file);
  for (let i = start; ; i++) await store.ingest([batchFor(shaOf(i), syntheticTokens(5, i), 1_700_000_000 + i)]);
}

async function soakEdits(count: number, seed: number): Promise<void> {
  const repo = new TempRepo('glx-soak-');
  const text = 'export function add(a: number, b: number): number {\n  return a + b;\n}\n';
  repo.commit({ 'src/a.ts': text }, 'init');
  const server = path.resolve(__dirname, '..', 'server.js');
  const s = LspSession.spawn([server, '--stdio'], repo.dir);
  const t0 = Date.now();
  try {
    await s.initialize(repo.dir, { debounceMs: 0 });
    await s.waitStatus((st) => st.state === 'ready', 'ready', 0, 60_000);
    const uri = fileUri(repo.dir, 'src/a.ts');
    s.open(uri, text);
    const out = await runEditFuzz(s, uri, text.replace('a + b', 'a - b'), {
      count, seed, askEvery: 100, resetEvery: 50,
      onProgress: (done, rss) => { if (done % 5000 === 0) process.stdout.write(`  ${done} edits, RSS ${rss.toFixed(0)} MB\n`); },
    });
    const secs = (Date.now() - t0) / 1000;
    process.stdout.write(`fuzzed edits: ${out.edits} in ${secs.toFixed(0)} s (${(out.edits / secs).toFixed(0)} edits/s)\n`);
    process.stdout.write(`  server alive: ${out.alive ? 'yes' : 'NO'}; answered the last request: ${out.answered ? 'yes' : 'NO'}\n`);
    process.stdout.write(`  RSS start / peak / end: ${out.rss.start.toFixed(0)} / ${out.rss.peak.toFixed(0)} / ${out.rss.end.toFixed(0)} MB\n`);
  } finally {
    await s.close();
    repo.cleanup();
  }
}

async function soakKills(count: number, seed: number): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glx-soak-egdb-'));
  const file = path.join(dir, 'egdb.db');
  let rand = seed;
  const next = () => ((rand = (rand * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  let bad = 0;
  let maxCommit = 0;
  const t0 = Date.now();
  try {
    for (let k = 0; k < count; k++) {
      const child = spawn(process.execPath, [__filename, '--writer', file, String(maxCommit + 1)], { stdio: 'ignore' });
      const exited = new Promise((r) => child.once('exit', r));
      await new Promise((r) => setTimeout(r, 300 + Math.floor(next() * 2000)));
      child.kill('SIGKILL');
      await exited;
      const store = new SqliteStore(file);
      const ok = fs.existsSync(file) ? String((await store.query('PRAGMA integrity_check')).rows[0]?.[0]) : 'no store yet';
      const shas = fs.existsSync(file) ? (await store.query('SELECT sha FROM commits')).rows.map((r) => String(r[0])) : [];
      const expected = new Set(Array.from({ length: shas.length }, (_, i) => shaOf(i + 1)));
      const gapFree = shas.every((s) => expected.has(s));
      if ((fs.existsSync(file) && ok !== 'ok') || !gapFree) {
        bad++;
        process.stdout.write(`  kill #${k + 1}: integrity ${ok}, ${shas.length} commits, gap-free ${gapFree}\n`);
      }
      maxCommit = shas.length;
      if ((k + 1) % 50 === 0) process.stdout.write(`  ${k + 1} kills, ${maxCommit} commits in the store\n`);
    }
    const secs = (Date.now() - t0) / 1000;
    process.stdout.write(`kill-during-write: ${count} cycles in ${secs.toFixed(0)} s; ${maxCommit} commits survived; stores failing integrity or with a gap: ${bad}\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  if (process.argv[2] === '--writer') return writer(process.argv[3], Number(process.argv[4]));
  const seed = flag('seed', 1);
  process.stdout.write(`soak on ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}, node ${process.version}\n`);
  await soakEdits(flag('edits', 30_000), seed);
  await soakKills(flag('kills', 200), seed);
}

main().then(
  () => process.exit(0),
  (e) => {
    process.stderr.write(`soak: ${(e as Error).stack}\n`);
    process.exit(1);
  },
);
