// engine/warm-store.ts (issue 14 "Warm starts"): round trip; kinds and keys never share an
// entry; every damaged entry, and one the caller's shape check rejects, is a miss and is
// removed; GLX_CACHE=0 turns the store off; the size cap prunes the least recently used.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { WarmStore, isStringArray } from '../../server/src/engine/warm-store';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'glx-warm-store-'));

test('round trip, kinds and keys kept apart', () => {
  const dir = tmp();
  try {
    const a = new WarmStore(path.join(dir, 'x'), 'base');
    const b = new WarmStore(path.join(dir, 'x'), 'sast'); // same directory, other kind
    a.put('k1', ['a', 'b']);
    assert.deepEqual(a.get('k1', isStringArray), ['a', 'b']);
    assert.equal(a.get('k2', isStringArray), undefined);
    assert.equal(b.get('k1', isStringArray), undefined, 'another kind never reads it');
    assert.equal(a.stats.hits, 1);
    assert.equal(a.stats.writes, 1);
    assert.ok(fs.existsSync(a.fileOf('k1')), 'the entry of kind base is untouched by the other kind\'s miss');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('damaged entries and shape failures are misses and are removed', () => {
  const dir = tmp();
  try {
    const s = new WarmStore(dir, 'base');
    const damages: ((b: Buffer) => Buffer | string)[] = [
      (b) => b.subarray(0, b.length - 3),
      () => 'garbage',
      (b) => {
        const c = Buffer.from(b);
        c[c.length - 2] ^= 1;
        return c;
      },
      () => '',
      (b) => Buffer.concat([b, Buffer.from('x')]),
      (b) => b.toString('utf8').replace('"kind":"base"', '"kind":"sast"'),
    ];
    damages.forEach((d, i) => {
      s.put(`k${i}`, ['v', String(i)]);
      const f = s.fileOf(`k${i}`);
      fs.writeFileSync(f, d(fs.readFileSync(f)));
      assert.equal(s.get(`k${i}`, isStringArray), undefined, `damage ${i} is a miss`);
      assert.ok(!fs.existsSync(f), `damage ${i} removed`);
    });
    s.put('shape', { not: 'an array' });
    assert.equal(s.get('shape', isStringArray), undefined);
    assert.ok(!fs.existsSync(s.fileOf('shape')));
    assert.equal(s.stats.bad, damages.length + 1);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('GLX_CACHE=0 turns it off; the cap prunes the least recently used', () => {
  const dir = tmp();
  const old = process.env.GLX_CACHE;
  try {
    process.env.GLX_CACHE = '0';
    assert.equal(WarmStore.forGlxDir(dir, 'base'), undefined);
    delete process.env.GLX_CACHE;
    assert.ok(WarmStore.forGlxDir(dir, 'base'));
    const s = new WarmStore(path.join(dir, 'capped'), 'base', 8 * 1024);
    const big = Array.from({ length: 40 }, (_, i) => `value-${i}-${'x'.repeat(40)}`);
    for (let i = 0; i < 12; i++) {
      s.put(`k${i}`, big);
      const t = new Date(Date.now() - (100 - i) * 1000);
      fs.utimesSync(s.fileOf(`k${i}`), t, t);
    }
    const left = Array.from({ length: 12 }, (_, i) => fs.existsSync(s.fileOf(`k${i}`)));
    const total = left.filter(Boolean).length;
    assert.ok(total < 12, 'pruned');
    assert.ok(left[11], 'the newest kept');
    assert.ok(!left[0], 'the oldest gone');
  } finally {
    if (old === undefined) delete process.env.GLX_CACHE;
    else process.env.GLX_CACHE = old;
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
