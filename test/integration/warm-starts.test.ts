// Warm starts through the CLI (issue 14, docs/warm-starts.md), real git repositories and real
// glx processes:
// - `glx delta`: the base's file list and hot-spot window (.glx/cache/base/) and the SAST
//   bridge's per-file results (.glx/cache/sast/) give the same report warm as cold, and again
//   with every entry damaged (a bad entry is a miss, never a wrong answer);
// - `glx mosaic`: warm PNGs and mosaic_map.json ≡ a cache-less run's, byte for byte (the map's
//   generated_utc aside), before and after a further change and with damaged entries;
// - EGDB off the critical path: `glx delta` leaves its event in .glx/egdb-pending/; the next
//   store user folds it; the folded store equals a direct write's (ids and times aside); a
//   dead process's claim is taken over; two concurrent folds ingest each event once;
//   GLX_EGDB=off writes nothing;
// - two concurrent `glx delta` processes sharing the caches agree.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { TempRepo } from '../helpers/temp-repo';

const GLX = path.resolve(__dirname, '..', '..', '..', 'bin', 'glx');

type Run = { code: number; stdout: string; stderr: string };

function glx(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Run {
  const r = spawnSync(process.execPath, [GLX, ...args], { cwd, encoding: 'utf8', timeout: 180_000, env: { ...process.env, ...env } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function glxAsync(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [GLX, ...args], { cwd, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    p.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

const SHAPES = [
  "import { helper } from './util';",
  '',
  'export class Shape {',
  '  area(): number {',
  '    return helper(0);',
  '  }',
  '}',
  '',
  'export function scale(s: Shape, k: number): number {',
  '  return s.area() * k;',
  '}',
  '',
].join('\n');

function makeRepo(prefix: string): TempRepo {
  const repo = new TempRepo(prefix);
  repo.commit({ 'src/util.ts': 'export function helper(x: number): number {\n  return x + 1;\n}\n', 'src/shapes.ts': SHAPES, 'py/calc.py': 'def total(xs):\n    return sum(xs)\n' }, 'base');
  // A short history: hot spots and churn come from the window.
  for (let i = 0; i < 12; i++) repo.commit({ 'src/util.ts': `export function helper(x: number): number {\n  return x + ${i + 2};\n}\n` }, `tune ${i}`);
  repo.write('src/shapes.ts', SHAPES.replace('return helper(0);', 'return helper(1); // tuned\n    // eval(userInput)').replace('return s.area() * k;', 'const v = s.area() * k;\n    return Math.round(v);'));
  repo.write('py/calc.py', 'import os\n\ndef total(xs, start=0):\n    os.system("echo " + str(start))\n    return start + sum(xs)\n');
  return repo;
}

const entries = (dir: string): string[] =>
  fs.existsSync(dir) ? fs.readdirSync(dir).flatMap((s) => fs.readdirSync(path.join(dir, s)).map((n) => path.join(dir, s, n))) : [];

/** Damages every entry a different way: truncation, garbage, a flipped payload byte, empty. */
function damage(files: string[]): void {
  files.forEach((f, i) => {
    const b = fs.readFileSync(f);
    if (i % 4 === 0) fs.writeFileSync(f, b.subarray(0, b.length >> 1));
    else if (i % 4 === 1) fs.writeFileSync(f, 'garbage');
    else if (i % 4 === 2) {
      b[b.length - 2] ^= 1;
      fs.writeFileSync(f, b);
    } else fs.writeFileSync(f, '');
  });
}

const essence = (stdout: string) => {
  const r = JSON.parse(stdout);
  return { fingerprint: r.fingerprint, tokens: r.tokens, energy: r.energy, features: r.features };
};

let repo: TempRepo;
before(() => {
  repo = makeRepo('glx-warm-');
});
after(() => repo.cleanup());

test('glx delta: base and SAST caches — cold, warm, damaged and cache-off runs give the same report', () => {
  const cold = glx(['delta', '--json'], repo.dir);
  assert.equal(cold.code, 0, cold.stderr);
  const glxDir = path.join(repo.dir, '.glx');
  const base = entries(path.join(glxDir, 'cache', 'base'));
  const sast = entries(path.join(glxDir, 'cache', 'sast'));
  assert.equal(base.length, 2, 'the base file list and the hot-spot window');
  assert.equal(sast.length, 2, 'per-file SAST results of both changed files');
  const warm = glx(['delta', '--json'], repo.dir);
  assert.equal(warm.code, 0, warm.stderr);
  assert.deepEqual(essence(warm.stdout), essence(cold.stdout));
  damage([...base, ...sast]);
  const damaged = glx(['delta', '--json'], repo.dir);
  assert.equal(damaged.code, 0, damaged.stderr);
  assert.deepEqual(essence(damaged.stdout), essence(cold.stdout));
  // Rewritten whole by the run that missed.
  assert.equal(entries(path.join(glxDir, 'cache', 'base')).length, 2);
  const off = glx(['delta', '--json'], repo.dir, { GLX_CACHE: '0' });
  assert.equal(off.code, 0, off.stderr);
  assert.deepEqual(essence(off.stdout), essence(cold.stdout));
});

function mosaicFiles(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const n of fs.readdirSync(dir).sort()) {
    let b = fs.readFileSync(path.join(dir, n));
    if (n === 'mosaic_map.json') b = Buffer.from(b.toString('utf8').replace(/"generated_utc":\s*"[^"]*"/, '"generated_utc":""'));
    out.set(n, b);
  }
  return out;
}

function assertSameMosaic(a: string, b: string, what: string): void {
  const x = mosaicFiles(a);
  const y = mosaicFiles(b);
  assert.deepEqual([...x.keys()], [...y.keys()], `${what}: the same artifacts`);
  for (const [n, buf] of x) assert.ok(buf.equals(y.get(n)!), `${what}: ${n} differs`);
}

test('glx mosaic: warm output ≡ cold output byte for byte, after a further change and with damaged entries', () => {
  const out = (n: string) => path.join(repo.dir, '.glx', `m-${n}`);
  const cold = glx(['mosaic', '--out', out('cold')], repo.dir, { GLX_CACHE: '0' });
  assert.equal(cold.code, 0, cold.stderr);
  const first = glx(['mosaic', '--out', out('first')], repo.dir);
  assert.equal(first.code, 0, first.stderr);
  assert.ok(entries(path.join(repo.dir, '.glx', 'cache', 'mosaic')).length >= 1, 'the base facts are stored');
  assert.ok(entries(path.join(repo.dir, '.glx', 'cache', 'png')).length >= 1, 'the PNGs are stored');
  const warm = glx(['mosaic', '--out', out('warm')], repo.dir);
  assert.equal(warm.code, 0, warm.stderr);
  assertSameMosaic(out('cold'), out('first'), 'filling run');
  assertSameMosaic(out('cold'), out('warm'), 'warm run');
  // A further change: only its file's cells differ; warm (base facts reused) ≡ a cache-less run.
  const saved = repo.read('src/util.ts');
  repo.write('src/util.ts', `${saved}\nexport function twice(x: number): number {\n  return helper(x) * 2;\n}\n`);
  try {
    const warm2 = glx(['mosaic', '--out', out('warm2')], repo.dir);
    assert.equal(warm2.code, 0, warm2.stderr);
    const cold2 = glx(['mosaic', '--out', out('cold2')], repo.dir, { GLX_CACHE: '0' });
    assert.equal(cold2.code, 0, cold2.stderr);
    assertSameMosaic(out('cold2'), out('warm2'), 'after a change');
    assert.ok(!mosaicFiles(out('cold2')).get('mosaic_map.json')!.equals(mosaicFiles(out('cold')).get('mosaic_map.json')!), 'the change shows in the map');
    damage([...entries(path.join(repo.dir, '.glx', 'cache', 'mosaic')), ...entries(path.join(repo.dir, '.glx', 'cache', 'png'))]);
    const damaged = glx(['mosaic', '--out', out('damaged')], repo.dir);
    assert.equal(damaged.code, 0, damaged.stderr);
    assertSameMosaic(out('cold2'), out('damaged'), 'damaged entries');
  } finally {
    repo.write('src/util.ts', saved);
  }
});

/** Every row of every table, with ULIDs and timestamps masked, sorted: what a store holds. */
function storeContent(r: Run): string[] {
  assert.equal(r.code, 0, r.stderr);
  return r.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => l.replace(/\b[0-9A-HJKMNP-TV-Z]{26}\b/g, '<ulid>').replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, '<time>').replace(/"ts":\d+/g, '"ts":0'))
    .sort();
}

test('EGDB off the critical path: glx delta defers, the next store user folds; folded ≡ a direct write', () => {
  const r = makeRepo('glx-warm-egdb-');
  const directDir = fs.mkdtempSync(path.join(os.tmpdir(), 'glx-warm-direct-'));
  try {
    const glxDir = path.join(r.dir, '.glx');
    const pending = path.join(glxDir, 'egdb-pending');
    // Outside the working tree (an untracked file there would be part of the next analysis).
    const direct = path.join(directDir, 'direct.db');
    // Direct: a named store (GLX_EGDB_URL as a file path) is written by the verb itself.
    const d = glx(['delta'], r.dir, { GLX_EGDB_URL: direct });
    assert.equal(d.code, 0, d.stderr);
    assert.ok(fs.existsSync(direct));
    assert.ok(!fs.existsSync(pending) || fs.readdirSync(pending).length === 0, 'a named store is not deferred');
    // Deferred: the default store is not opened by glx delta.
    const a = glx(['delta'], r.dir);
    assert.equal(a.code, 0, a.stderr);
    assert.equal(fs.readdirSync(pending).length, 1, 'one pending event');
    assert.ok(!fs.existsSync(path.join(glxDir, 'egdb.db')), 'the store was not opened');
    const journal = path.join(glxDir, 'logs', 'egdb-ingest.jsonl');
    const before = fs.readFileSync(journal, 'utf8').split('\n').filter(Boolean).length;
    // The next reader folds it in first.
    const folded = storeContent(glx(['egdb', 'export'], r.dir));
    assert.equal(fs.readdirSync(pending).length, 0, 'folded and removed');
    assert.equal(fs.readFileSync(journal, 'utf8').split('\n').filter(Boolean).length, before + 1, 'the journal got the folded line (rebuilds replay it)');
    const directRows = storeContent(glx(['egdb', 'export', '--db', direct], r.dir));
    assert.ok(folded.some((l) => l.includes('"table":"delta_tokens"')), 'tokens were folded in');
    assert.deepEqual(folded, directRows);
    // GLX_EGDB=off: nothing pending, nothing written.
    const off = glx(['delta'], r.dir, { GLX_EGDB: 'off' });
    assert.equal(off.code, 0, off.stderr);
    assert.equal(fs.readdirSync(pending).length, 0);
  } finally {
    r.cleanup();
    fs.rmSync(directDir, { recursive: true, force: true });
  }
});

test('EGDB pending events: a dead process\'s claim is taken over, a bad file is kept aside, concurrent folds ingest each event once', async () => {
  const r = makeRepo('glx-warm-fold-');
  try {
    const glxDir = path.join(r.dir, '.glx');
    const pending = path.join(glxDir, 'egdb-pending');
    const journal = path.join(glxDir, 'logs', 'egdb-ingest.jsonl');
    // Three analyses of different working trees.
    for (let i = 0; i < 3; i++) {
      r.write('src/util.ts', `export function helper(x: number): number {\n  return x * ${i + 3};\n}\n`);
      const run = glx(['delta'], r.dir);
      assert.equal(run.code, 0, run.stderr);
    }
    const names = fs.readdirSync(pending).sort();
    assert.equal(names.length, 3);
    // A process that claimed the oldest and died (pid far above pid_max: not alive).
    fs.renameSync(path.join(pending, names[0]), path.join(pending, `${names[0]}.claimed-4999999`));
    fs.writeFileSync(path.join(pending, '20000101T000000000Z-0000001-0000.json'), '{not json');
    // Two concurrent readers.
    const [x, y] = await Promise.all([glxAsync(['egdb', 'query', 'SELECT count(*) FROM delta_fingerprints'], r.dir), glxAsync(['egdb', 'query', 'SELECT count(*) FROM events'], r.dir)]);
    assert.equal(x.code, 0, x.stderr);
    assert.equal(y.code, 0, y.stderr);
    const left = fs.readdirSync(pending).sort();
    assert.deepEqual(left, ['20000101T000000000Z-0000001-0000.json.bad'], 'every good event folded; the bad one kept aside');
    assert.match(x.stderr + y.stderr, /not a pending EGDB event/);
    const lines = fs.readFileSync(journal, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { at: string; report: { fingerprint: string } });
    assert.equal(lines.length, 3, 'each event journaled once');
    assert.deepEqual(lines.map((l) => l.at), [...lines.map((l) => l.at)].sort(), 'in the order they were made');
    // Folded oldest first: the working-tree pseudo commit holds the newest analysis, as with direct writes.
    const fp = glx(['egdb', 'query', "SELECT hash FROM delta_fingerprints WHERE sha = 'WORKTREE'", '--json'], r.dir);
    assert.equal(fp.code, 0, fp.stderr);
    assert.deepEqual(JSON.parse(fp.stdout).rows, [[lines[2].report.fingerprint]]);
  } finally {
    r.cleanup();
  }
});

test('two concurrent glx delta runs sharing the caches agree with a cold run', async () => {
  const r = makeRepo('glx-warm-conc-');
  try {
    const cold = glx(['delta', '--json', '--out', path.join(r.dir, '.glx', 'cold.json')], r.dir, { GLX_CACHE: '0', GLX_EGDB: 'off' });
    assert.equal(cold.code, 0, cold.stderr);
    for (let round = 0; round < 2; round++) {
      const [a, b] = await Promise.all([0, 1].map((i) => glxAsync(['delta', '--json', '--out', path.join(r.dir, '.glx', `r${round}-${i}.json`)], r.dir)));
      assert.equal(a.code, 0, a.stderr);
      assert.equal(b.code, 0, b.stderr);
      assert.deepEqual(essence(a.stdout), essence(cold.stdout));
      assert.deepEqual(essence(b.stdout), essence(cold.stdout));
    }
    assert.equal(fs.readdirSync(path.join(r.dir, '.glx', 'egdb-pending')).length, 4);
    assert.equal(glx(['egdb', 'query', 'SELECT 1'], r.dir).code, 0);
    assert.equal(fs.readdirSync(path.join(r.dir, '.glx', 'egdb-pending')).length, 0);
  } finally {
    r.cleanup();
  }
});

test('glx delta, fifth pass: code-cache miss/hit and refs read by git/in process give the same report, text and artifacts', () => {
  const r = makeRepo('glx-warm-launch-');
  const codeCache = fs.mkdtempSync(path.join(os.tmpdir(), 'glx-warm-v8-'));
  try {
    // On a branch: the base is the merge-base with main (not HEAD), plus a working-tree change.
    r.git('checkout', '-q', '-b', 'feature/x');
    r.git('add', '-A');
    r.git('commit', '-q', '-m', 'feature');
    r.write('src/util.ts', 'export function helper(x: number, y = 0): number {\n  return x + y;\n}\n');
    const strip = (s: string) => s.replace(/"generated_utc":\s*"[^"]*"/, '"generated_utc":""');
    const artifacts = () => ['delta.tokens.v1.json', 'delta.fingerprint.v1.json', 'delta_report.json'].map((f) => strip(fs.readFileSync(path.join(r.dir, '.glx', f), 'utf8')));
    const env = { GLX_CODE_CACHE_DIR: codeCache, GLX_CACHE_DEBUG: '1', GLX_EGDB: 'off' };
    const cold = glx(['delta'], r.dir, { ...env, GLX_CACHE: '0', GLX_GIT_REFS: 'git' });
    assert.equal(cold.code, 0, cold.stderr);
    assert.match(cold.stderr, /code cache off/);
    const coldArtifacts = artifacts();
    const first = glx(['delta'], r.dir, env);
    assert.match(first.stderr, /code cache miss/);
    const warm = glx(['delta'], r.dir, env);
    assert.match(warm.stderr, /code cache hit/);
    for (const run of [first, warm]) {
      assert.equal(run.code, 0, run.stderr);
      assert.equal(run.stdout, cold.stdout);
      assert.deepEqual(artifacts(), coldArtifacts);
    }
    assert.match(cold.stdout, /^Δ [0-9a-f]{40}\.\.WORKTREE/);
    const json = [glx(['delta', '--json'], r.dir, env), glx(['delta', '--json'], r.dir, { ...env, GLX_CACHE: '0', GLX_GIT_REFS: 'git' })];
    assert.equal(strip(json[0].stdout), strip(json[1].stdout));
    assert.equal(JSON.parse(json[0].stdout).base.sha, r.git('merge-base', 'HEAD', 'main'));
  } finally {
    r.cleanup();
    fs.rmSync(codeCache, { recursive: true, force: true });
  }
});
