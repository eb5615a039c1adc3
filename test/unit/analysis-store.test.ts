// The warm-start analysis cache (engine/analysis-store.ts, issue 14): content-addressed entries
// under .glx/cache/analysis read back exactly; every kind of damaged entry is a miss (and is
// removed), never a wrong answer; secrets never reach the disk; the size cap holds; concurrent
// processes reading and writing the same keys only ever read whole, right entries.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { AnalysisStore, blobId } from '../../server/src/engine/analysis-store';
import { initParsers } from '../../server/src/parsing/languages';
import { analyzeSource } from '../../server/src/symbols/analyze';
import { storeFixtures } from '../helpers/analysis-store-fixtures';

const CHILD = path.resolve(__dirname, '..', 'helpers', 'analysis-store-child.js');
const tmp: string[] = [];
const freshDir = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'glx-store-'));
  tmp.push(d);
  return path.join(d, 'cache', 'analysis');
};
const entries = (dir: string): string[] => {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).flatMap((s) => fs.readdirSync(path.join(dir, s)).map((n) => path.join(dir, s, n)));
};

before(async () => {
  await initParsers();
});
after(() => {
  for (const d of tmp) fs.rmSync(d, { recursive: true, force: true });
});

test('blobId is git hash-object', () => {
  // `printf 'hello\n' | git hash-object --stdin`
  assert.equal(blobId(Buffer.from('hello\n')), 'ce013625030ba8dba906f756967f9e9ca394464a');
});

test('a stored analysis reads back JSON-equal, keyed by path and blob id', () => {
  const dir = freshDir();
  const store = new AnalysisStore(dir);
  for (const f of storeFixtures()) {
    const a = analyzeSource(f.text, f.path, f.lang);
    assert.equal(store.get(f.path, f.oid), undefined);
    store.put(f.path, f.oid, f.text, a);
    assert.deepEqual(JSON.parse(JSON.stringify(store.get(f.path, f.oid))), JSON.parse(JSON.stringify(a)));
    // Same bytes under another path, or another blob under this path: other keys.
    assert.equal(store.get(`copy/${f.path}`, f.oid), undefined);
    assert.equal(store.get(f.path, blobId(Buffer.from(`${f.text}\n`))), undefined);
  }
  assert.equal(store.stats.writes, storeFixtures().length);
});

test('damaged entries are misses, removed, and a later put repairs them', () => {
  const [f, g] = storeFixtures();
  const a = analyzeSource(f.text, f.path, f.lang);
  const damages: [string, (file: string, other: string) => void][] = [
    ['empty file', (file) => fs.writeFileSync(file, '')],
    ['garbage', (file) => fs.writeFileSync(file, 'not json at all\n{}')],
    ['truncated payload', (file) => fs.writeFileSync(file, fs.readFileSync(file).subarray(0, -10))],
    ['one payload byte changed', (file) => {
      const b = fs.readFileSync(file);
      const i = b.length - 40;
      b[i] = b[i] === 0x41 ? 0x42 : 0x41;
      fs.writeFileSync(file, b);
    }],
    ['header only', (file) => fs.writeFileSync(file, fs.readFileSync(file, 'utf8').split('\n')[0])],
    ['another key\'s entry in its place', (file, other) => fs.copyFileSync(other, file)],
    ['payload re-signed but not an analysis', (file) => {
      const [header] = fs.readFileSync(file, 'utf8').split('\n');
      const payload = Buffer.from('{"hello":1}');
      const h = { ...JSON.parse(header), bytes: payload.length, sum: createHash('sha256').update(payload).digest('hex') };
      fs.writeFileSync(file, `${JSON.stringify(h)}\n${payload}`);
    }],
    ['another engine', (file) => {
      const raw = fs.readFileSync(file, 'utf8');
      const nl = raw.indexOf('\n');
      fs.writeFileSync(file, `${JSON.stringify({ ...JSON.parse(raw.slice(0, nl)), engine: 'other' })}${raw.slice(nl)}`);
    }],
  ];
  for (const [what, damage] of damages) {
    const dir = freshDir();
    const store = new AnalysisStore(dir);
    store.put(f.path, f.oid, f.text, a);
    store.put(g.path, g.oid, g.text, analyzeSource(g.text, g.path, g.lang));
    const files = entries(dir);
    assert.equal(files.length, 2);
    const file = files.find((x) => fs.readFileSync(x, 'utf8').includes(`"path":"${f.path}"`))!;
    const other = files.find((x) => x !== file)!;
    damage(file, other);
    assert.equal(store.get(f.path, f.oid), undefined, what);
    assert.equal(store.stats.bad, 1, what);
    assert.equal(fs.existsSync(file), false, `${what}: the bad entry was not removed`);
    store.put(f.path, f.oid, f.text, a);
    assert.deepEqual(JSON.parse(JSON.stringify(store.get(f.path, f.oid))), JSON.parse(JSON.stringify(a)), `${what}: not repaired`);
  }
  // A directory where an entry should be, and an unwritable cache: misses, never errors.
  const dir = freshDir();
  const store = new AnalysisStore(dir);
  store.put(f.path, f.oid, f.text, a);
  const file = entries(dir)[0];
  fs.rmSync(file);
  fs.mkdirSync(file);
  assert.equal(store.get(f.path, f.oid), undefined);
  store.put(f.path, f.oid, f.text, a); // cannot replace a directory: ignored
});

test('a file whose text holds a secret is never written to the cache', () => {
  const dir = freshDir();
  const store = new AnalysisStore(dir);
  const text = 'export const awsKey = "AKIAIOSFODNN7EXAMPLE";\nexport function f() {\n  return awsKey;\n}\n';
  const oid = blobId(Buffer.from(text));
  store.put('src/keys.ts', oid, text, analyzeSource(text, 'src/keys.ts', 'typescript'));
  assert.equal(store.stats.secret, 1);
  assert.equal(store.get('src/keys.ts', oid), undefined);
  for (const e of entries(dir)) assert.doesNotMatch(fs.readFileSync(e, 'utf8'), /AKIAIOSFODNN7EXAMPLE/);
});

test('the size cap holds: least recently used entries go first', () => {
  const dir = freshDir();
  const fixtures = storeFixtures();
  const sizes = fixtures.map((f) => JSON.stringify(analyzeSource(f.text, f.path, f.lang)).length);
  const cap = Math.max(...sizes) * 3;
  const store = new AnalysisStore(dir, cap);
  for (let round = 0; round < 6; round++) {
    for (const f of fixtures) {
      const text = `${f.text}\n// ${round}\n`;
      store.put(f.path, blobId(Buffer.from(text)), text, analyzeSource(text, f.path, f.lang));
    }
  }
  store.prune();
  const total = entries(dir).reduce((n, e) => n + fs.statSync(e).size, 0);
  assert.ok(total <= cap, `${total} bytes over the cap of ${cap}`);
  assert.ok(entries(dir).length > 0);
});

function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [CHILD, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (err += d));
    p.on('exit', (code) => resolve({ code: code ?? -1, out, err }));
  });
}

test('concurrent processes on one cache only ever read whole, right analyses (also under a tight cap)', async () => {
  for (const cap of [0, 20_000]) {
    const dir = freshDir();
    const results = await Promise.all([1, 2, 3, 4].map(() => run([dir, '15', String(cap)])));
    for (const r of results) assert.equal(r.code, 0, r.err);
    const stats = results.map((r) => JSON.parse(r.out) as { hits: number; writes: number; bad: number });
    if (cap === 0) assert.ok(stats.reduce((n, s) => n + s.hits, 0) > 0, 'no process read another\'s entries');
    for (const s of stats) assert.equal(s.bad, 0, 'a reader saw a torn entry');
    // What is left is whole: every entry decodes for its key.
    const store = new AnalysisStore(dir);
    for (const f of storeFixtures()) {
      const hit = store.get(f.path, f.oid);
      if (hit) assert.equal(JSON.stringify(hit), JSON.stringify(analyzeSource(f.text, f.path, f.lang)));
    }
    assert.equal(store.stats.bad, 0);
    for (const s of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
      for (const n of fs.readdirSync(path.join(dir, s))) assert.doesNotMatch(n, /\.tmp$/, 'a temporary file was left behind');
    }
  }
});
