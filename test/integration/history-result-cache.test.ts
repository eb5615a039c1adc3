// The warm history walk (issue 14, seventh pass; engine/commit-store.ts): per-commit results kept
// under .glx/cache/commits/ and read back by a later walk. On real git repositories:
// - a warm walk gives what a cold one gives — `glx delta --per-commit --tokens` byte for byte,
//   calibration figures deepEqual — and reads every commit back (counted, never timed);
// - a truncated, flipped, garbage or wrong-key entry is a miss, removed and written again; an
//   entry that goes bad after the walk found it is recomputed alone;
// - a changed config (weights, `.gitattributes` of the working tree) invalidates;
// - a sliding window reuses the commits it shares with the previous run;
// - with worker threads the same;
// - secrets and numbers JSON cannot carry are never stored.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { calibrate, NO_DAYS_LIMIT } from '../../server/src/calibration/calibrate';
import { parseInvariantsConfig } from '../../server/src/config/invariants-config';
import { Policy } from '../../server/src/config/policy';
import { CommitStore, commitStoreOptions, type StoredCommit } from '../../server/src/engine/commit-store';
import { walkHistoryResults, type CommitResult } from '../../server/src/engine/history-parallel';
import { WarmStore } from '../../server/src/engine/warm-store';
import { GitRepo } from '../../server/src/git';
import { initParsers } from '../../server/src/parsing/languages';
import { TempRepo } from '../helpers/temp-repo';

const GLX = path.resolve(__dirname, '..', '..', '..', 'bin', 'glx');

function glx(args: string[], cwd: string, env: Record<string, string> = {}): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [GLX, ...args], { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, GLX_WALK_THREADS: '1', ...env } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

let repo: TempRepo;

/** A history of TS, Python and JS changes: additions, renames, a syntax error, a deletion, a generated-looking path. */
function history(r: TempRepo): void {
  r.commit({
    'src/math.ts': 'export function add(a: number, b: number): number {\n  return a + b;\n}\n',
    'lib/util.py': 'def norm(s):\n    return s.strip().lower()\n',
    'web/app.js': "function start(opts) {\n  return opts.port;\n}\nmodule.exports = { start };\n",
    'src/gen.ts': 'export const table = [1, 2, 3];\n',
  }, 'root');
  r.commit({ 'src/math.ts': 'export function add(a: number, b: number, c = 0): number {\n  return a + b + c;\n}\n\nexport function mul(a: number, b: number): number {\n  return a * b;\n}\n' }, 'math: c, mul');
  r.commit({ 'lib/util.py': 'def normalize(s):\n    return s.strip().lower()\n\n\ndef words(s):\n    return [w for w in normalize(s).split() if w]\n' }, 'util: rename');
  r.commit({ 'src/gen.ts': 'export const table = [1, 2, 3, 4];\nexport function size() {\n  return table.length;\n}\n' }, 'gen: size');
  r.commit({ 'web/app.js': "class Server {\n  listen(port) {\n    return port;\n  }\n}\nfunction start(opts) {\n  return new Server().listen(opts.port);\n}\nmodule.exports = { start, Server };\n" }, 'app: server');
  r.commit({ 'src/math.ts': 'export function add(a: number, b: number {\n  return a + b;\n' }, 'math: broken');
  r.commit({ 'lib/util.py': null, 'src/use.ts': "import { add } from './math';\nexport const three = add(1, 2);\n" }, 'use, util gone');
  r.commit({ 'src/gen.ts': 'export const table = [4, 3, 2, 1];\nexport function size() {\n  return table.length;\n}\nexport function first() {\n  return table[0];\n}\n' }, 'gen: first');
}

before(async () => {
  await initParsers();
  repo = new TempRepo('glx-result-cache-');
  history(repo);
});

after(() => repo.cleanup());

const glxDir = (r: TempRepo) => path.join(r.dir, '.glx');
const entries = (dir: string): string[] => {
  const root = path.join(dir, 'cache', 'commits');
  if (!fs.existsSync(root)) return [];
  return fs.readdirSync(root).flatMap((s) => fs.readdirSync(path.join(root, s)).filter((n) => n.endsWith('.json')).map((n) => path.join(root, s, n)));
};

/** The walk as calibration runs it, with a store (or none); results as the JSON every consumer sees. */
async function walk(dir: string, opts: { store?: CommitStore; threads?: number; range?: string; policy?: Policy; onFirst?: () => void } = {}): Promise<CommitResult[]> {
  const git = await GitRepo.open(dir);
  try {
    const out: CommitResult[] = [];
    for await (const r of walkHistoryResults(git, opts.range ?? 'HEAD', opts.policy ?? new Policy(), { threads: opts.threads ?? 1, minParallel: 1, ...(opts.store ? { results: opts.store } : {}) })) {
      if (out.length === 0) opts.onFirst?.();
      out.push(JSON.parse(JSON.stringify(r)) as CommitResult);
    }
    return out;
  } finally {
    await git.close();
  }
}

const plain = (dir: string) => CommitStore.forGlxDir(path.join(dir, '.glx'), commitStoreOptions({}))!;

test('a warm walk reads every commit back and gives what a cold walk gives (1 and 2 threads)', async () => {
  fs.rmSync(glxDir(repo), { recursive: true, force: true });
  const none = await walk(repo.dir);
  assert.equal(none.length, 8);
  assert.ok(none.some((r) => r.result.tokens.length > 0));
  const cold = plain(repo.dir);
  assert.deepEqual(await walk(repo.dir, { store: cold }), none, 'cold walk filling the store');
  assert.equal(cold.stats.writes, 8);
  assert.equal(cold.stats.hits, 0);
  assert.equal(entries(glxDir(repo)).length, 8);
  const warm = plain(repo.dir);
  assert.deepEqual(await walk(repo.dir, { store: warm }), none, 'warm walk');
  assert.deepEqual([warm.stats.hits, warm.stats.writes, warm.stats.bad], [8, 0, 0]);
  // Worker threads: a store filled by a 2-thread walk is read by a serial one and back.
  fs.rmSync(glxDir(repo), { recursive: true, force: true });
  const threaded = plain(repo.dir);
  assert.deepEqual(await walk(repo.dir, { store: threaded, threads: 2 }), none, '2 threads, cold');
  assert.equal(threaded.stats.writes, 8);
  const again = plain(repo.dir);
  assert.deepEqual(await walk(repo.dir, { store: again, threads: 2 }), none, '2 threads, warm');
  assert.equal(again.stats.hits, 8);
});

test('calibration figures are the same cold and warm', async () => {
  fs.rmSync(glxDir(repo), { recursive: true, force: true });
  const run = async (store?: CommitStore) => {
    const git = await GitRepo.open(repo.dir);
    try {
      const r = await calibrate(git, new Policy(), { branch: 'HEAD', window: { commits: 50, days: NO_DAYS_LIMIT }, byModule: true, lambda: 0.15, autoFreeze: false, threads: 1, now: new Date('2026-02-01T00:00:00Z'), ...(store ? { results: store } : {}) });
      return { state: r.state, analysed: r.analysed };
    } finally {
      await git.close();
    }
  };
  const none = await run();
  const cold = plain(repo.dir);
  assert.deepEqual(await run(cold), none);
  const warm = plain(repo.dir);
  assert.deepEqual(await run(warm), none);
  assert.equal(warm.stats.hits, none.analysed);
  assert.equal(warm.stats.writes, 0);
});

test('damaged entries are misses: removed, recomputed, written again — also one that goes bad during the walk', async () => {
  fs.rmSync(glxDir(repo), { recursive: true, force: true });
  const none = await walk(repo.dir, { store: plain(repo.dir) });
  const files = entries(glxDir(repo)).sort();
  assert.equal(files.length, 8);
  const raw = files.map((f) => fs.readFileSync(f));
  fs.writeFileSync(files[0], raw[0].subarray(0, raw[0].length - 7)); // truncated
  const flipped = Buffer.from(raw[1]);
  flipped[flipped.length - 3] ^= 0x20;
  fs.writeFileSync(files[1], flipped); // one byte flipped
  fs.writeFileSync(files[2], 'garbage\n{"not": "json"'); // garbage
  fs.copyFileSync(files[4], files[3]); // another commit's entry: wrong key in the header
  const damaged = plain(repo.dir);
  assert.deepEqual(await walk(repo.dir, { store: damaged }), none);
  assert.deepEqual([damaged.stats.bad, damaged.stats.hits, damaged.stats.writes], [4, 4, 4]);
  for (let i = 0; i < 4; i++) assert.deepEqual(fs.readFileSync(files[i]), raw[i], `entry ${i} written again`);
  // Found when the walk starts, damaged before its turn: that commit is walked alone.
  const late = plain(repo.dir);
  const out = await walk(repo.dir, { store: late, onFirst: () => { for (const f of entries(glxDir(repo))) fs.writeFileSync(f, 'x'); } });
  assert.deepEqual(out, none);
  assert.deepEqual([late.stats.hits, late.stats.bad, late.stats.writes], [1, 7, 7]);
  const after = plain(repo.dir);
  assert.deepEqual(await walk(repo.dir, { store: after }), none);
  // The first entry was read before the damage and damaged after: a miss now, the 7 recomputed ones hits.
  assert.deepEqual([after.stats.hits, after.stats.bad, after.stats.writes], [7, 1, 1], 'the recomputed entries check out');
});

test('a changed config invalidates: weights, and the working tree\'s .gitattributes (through glx)', async () => {
  fs.rmSync(glxDir(repo), { recursive: true, force: true });
  await walk(repo.dir, { store: plain(repo.dir) });
  const parsed = (yaml: string) => {
    const c = parseInvariantsConfig(yaml);
    assert.deepEqual(c.problems, []);
    return new Policy(c.config);
  };
  const heavier = parsed('weights:\n  ADD_FN: 0.9\n');
  const other = plain(repo.dir);
  const out = await walk(repo.dir, { store: other, policy: heavier });
  assert.equal(other.stats.hits, 0, 'other weights: nothing read back');
  assert.equal(other.stats.writes, 8);
  assert.deepEqual(out, await walk(repo.dir, { policy: heavier }));
  // Calibration settings shape which commits are walked, never a commit's result: still hits.
  const lambda = plain(repo.dir);
  await walk(repo.dir, { store: lambda, policy: parsed('calibration:\n  lambda: 0.3\n') });
  assert.equal(lambda.stats.hits, 8);

  // Through glx: a fresh process per run (the .gitattributes answers are memoised per process).
  const r2 = new TempRepo('glx-result-cache-attrs-');
  try {
    history(r2);
    fs.mkdirSync(glxDir(r2));
    const range = ['delta', '--range', 'HEAD~6..HEAD', '--per-commit', '--tokens'];
    const cold = glx(range, r2.dir);
    assert.equal(cold.code, 0, cold.stderr);
    assert.equal(entries(glxDir(r2)).length, 6);
    const warm = glx(range, r2.dir);
    assert.equal(warm.stdout, cold.stdout, 'warm = cold, byte for byte');
    assert.equal(glx(range, r2.dir, { GLX_CACHE: '0' }).stdout, cold.stdout, 'and = no cache');
    // Staged: the walk asks git which .gitattributes mention the attributes (git grep: tracked files).
    fs.writeFileSync(path.join(r2.dir, '.gitattributes'), 'src/gen.ts linguist-generated\n');
    r2.git('add', '.gitattributes');
    const marked = glx(range, r2.dir);
    assert.equal(marked.code, 0, marked.stderr);
    assert.notEqual(marked.stdout, cold.stdout, 'src/gen.ts is generated now');
    assert.match(marked.stdout, /"generated":\["src\/gen\.ts"\]/);
    assert.equal(marked.stdout, glx(range, r2.dir, { GLX_CACHE: '0' }).stdout);
    assert.equal(entries(glxDir(r2)).length, 6 + 2, 'the two commits touching src/gen.ts stored under new keys');
  } finally {
    r2.cleanup();
  }
});

test('a sliding window reuses the commits it shares with the previous run', async () => {
  const r = new TempRepo('glx-result-cache-window-');
  try {
    history(r);
    const first = plain(r.dir);
    await walk(r.dir, { store: first, range: 'HEAD~5..HEAD' });
    assert.deepEqual([first.stats.hits, first.stats.writes], [0, 5]);
    for (let i = 0; i < 3; i++) {
      r.commit({ [`src/step${i}.ts`]: `export function step${i}(n: number): number {\n  return n + ${i};\n}\n` }, `step ${i}`);
      const next = plain(r.dir);
      const out = await walk(r.dir, { store: next, range: 'HEAD~5..HEAD' });
      assert.equal(out.length, 5);
      assert.deepEqual([next.stats.hits, next.stats.writes], [4, 1], `window ${i + 1}: 4 shared commits read back, the new one walked`);
      assert.deepEqual(out, await walk(r.dir, { range: 'HEAD~5..HEAD' }));
    }
  } finally {
    r.cleanup();
  }
});

test('never stored: a result in which a secret detector matches, a number JSON cannot carry', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glx-commit-store-'));
  const store = new CommitStore(new WarmStore(path.join(dir, 'commits'), 'commits'), 'plain');
  const value = (extra: Record<string, unknown>): StoredCommit => ({
    changedFiles: 1,
    result: {
      tokens: [], fingerprint: { hash: 'fp:sha256:0' }, energy: { overall: { dz: 0 }, modules: {} }, explain: { change: { dz: 0, modules: [] }, rows: [], sentences: [] },
      modules: [], skipped: [], parseErrors: [], generated: [], sourceErrors: [], features: {}, ...extra,
    } as unknown as StoredCommit['result'],
  });
  store.put('a', value({ sentences: ['key AKIAIOSFODNN7EXAMPLE here'] }));
  store.put('b', value({ energy: { overall: { dz: Number.NaN }, modules: {} } }));
  assert.deepEqual([store.stats.notStored, store.stats.writes], [2, 0]);
  assert.equal(store.has('a') || store.has('b'), false);
  store.put('c', value({}));
  assert.equal(store.stats.writes, 1);
  assert.deepEqual(store.get('c'), JSON.parse(JSON.stringify(value({}))));
  fs.rmSync(dir, { recursive: true, force: true });
});
