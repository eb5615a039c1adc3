// cli/code-cache.ts (issue 14 "Warm starts": the launcher compiles the CLI bundle with V8's
// code cache). A real CommonJS file loaded through vm.Script: the first load writes the cache,
// the next one uses it, with the same exports; a damaged cache file is a miss (removed and
// rewritten), never a wrong answer — including a bundle changed to one of the same length, which
// V8 alone would not notice; GLX_CACHE=0 turns it off; an unwritable directory costs nothing.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { defaultCodeCacheDir, loadWithCodeCache } from '../../server/src/cli/code-cache';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'glx-code-cache-'));

/** A bundle that requires a sibling, reads its own names and computes something non-trivial. */
function writeBundle(dir: string, factor: number): string {
  fs.writeFileSync(path.join(dir, 'dep.js'), 'exports.base = 1000;\n');
  const file = path.join(dir, 'bundle.js');
  fs.writeFileSync(
    file,
    `const dep = require('./dep.js');
const path = require('node:path');
function sum(n) { let s = 0; for (let i = 1; i <= n; i++) s += i * ${factor}; return s; }
exports.value = () => dep.base + sum(100);
exports.file = __filename;
exports.dir = __dirname;
exports.isMain = require.main === module;
exports.sep = path.sep;
`,
  );
  return file;
}

test('miss writes, hit reads: the same exports, the module names of a required file', () => {
  const dir = tmp();
  try {
    const file = writeBundle(dir, 3);
    const cache = path.join(dir, 'cache');
    const first = loadWithCodeCache(file, 'delta', cache);
    assert.equal(first.outcome, 'miss');
    assert.equal((first.exports.value as () => number)(), 1000 + 3 * 5050);
    assert.equal(first.exports.file, file);
    assert.equal(first.exports.dir, dir);
    assert.equal(first.exports.isMain, false, 'require.main stays the caller\'s: the bundle does not run itself');
    assert.ok(first.saveCache());
    assert.equal(first.saveCache(), false, 'written once');
    const [name] = fs.readdirSync(cache);
    assert.match(name, /^bundle\.js-[0-9a-f]{24}-v\d+\.\d+\.\d+-[\d.]+(-node\.\d+)?-\w+-delta\.v8$/);
    const second = loadWithCodeCache(file, 'delta', cache);
    assert.equal(second.outcome, 'hit');
    assert.equal((second.exports.value as () => number)(), 1000 + 3 * 5050);
    assert.equal(second.saveCache(), false, 'a hit is not rewritten');
    assert.equal(loadWithCodeCache(file, 'mosaic', cache).outcome, 'miss', 'one cache per verb');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a bundle changed to one of the same length is another key (V8 checks the length only); old versions are pruned', () => {
  const dir = tmp();
  try {
    const cache = path.join(dir, 'cache');
    const a = loadWithCodeCache(writeBundle(dir, 3), 'delta', cache);
    a.saveCache();
    const before = fs.readdirSync(cache);
    const b = loadWithCodeCache(writeBundle(dir, 7), 'delta', cache); // same length, other code
    assert.equal(b.outcome, 'miss');
    assert.equal((b.exports.value as () => number)(), 1000 + 7 * 5050);
    b.saveCache();
    const after = fs.readdirSync(cache);
    assert.equal(after.length, 1, after.join());
    assert.notDeepEqual(after, before, 'the other version\'s cache is gone');
    assert.equal(loadWithCodeCache(path.join(dir, 'bundle.js'), 'delta', cache).outcome, 'hit');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('any damage to the cache file is a miss, removed and rewritten; the answer never changes', () => {
  const dir = tmp();
  try {
    const file = writeBundle(dir, 5);
    const cache = path.join(dir, 'cache');
    const l = loadWithCodeCache(file, 'delta', cache);
    l.saveCache();
    const cacheFile = l.cacheFile!;
    const good = fs.readFileSync(cacheFile);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.record({ kind: fc.constant('flip' as const), at: fc.nat({ max: good.length - 1 }), bit: fc.integer({ min: 0, max: 7 }) }),
          fc.record({ kind: fc.constant('cut' as const), at: fc.nat({ max: good.length - 1 }), bit: fc.constant(0) }),
        ),
        ({ kind, at, bit }) => {
          const bad = kind === 'flip' ? Buffer.from(good) : good.subarray(0, at);
          if (kind === 'flip') bad[at] ^= 1 << bit;
          fs.writeFileSync(cacheFile, bad);
          const r = loadWithCodeCache(file, 'delta', cache);
          assert.equal(r.outcome, 'damaged');
          assert.equal(fs.existsSync(cacheFile), false, 'removed');
          assert.equal((r.exports.value as () => number)(), 1000 + 5 * 5050);
          assert.ok(r.saveCache(), 'rewritten');
          assert.equal(loadWithCodeCache(file, 'delta', cache).outcome, 'hit');
        },
      ),
      { numRuns: 25 },
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('GLX_CACHE=0 turns it off; a directory that cannot be written costs the speed only', () => {
  assert.equal(defaultCodeCacheDir({ GLX_CACHE: '0', HOME: '/home/x' }), undefined);
  assert.equal(defaultCodeCacheDir({ XDG_CACHE_HOME: '/c' }), path.join('/c', 'glitchlab', 'v8'));
  assert.equal(defaultCodeCacheDir({ GLX_CODE_CACHE_DIR: '/d', XDG_CACHE_HOME: '/c' }), '/d');
  const dir = tmp();
  try {
    const file = writeBundle(dir, 2);
    const off = loadWithCodeCache(file, 'delta', undefined);
    assert.equal(off.outcome, 'off');
    assert.equal(off.saveCache(), false);
    // A regular file where the cache directory should be: mkdir fails, nothing is thrown.
    const blocked = path.join(dir, 'not-a-dir');
    fs.writeFileSync(blocked, 'x');
    const r = loadWithCodeCache(file, 'delta', path.join(blocked, 'v8'));
    assert.equal(r.outcome, 'miss');
    assert.equal((r.exports.value as () => number)(), 1000 + 2 * 5050);
    assert.equal(r.saveCache(), false);
    assert.deepEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
