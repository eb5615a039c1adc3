// Issue 14 (bounded, lazy): gate I3 reads only the base's line counts — counted in the blob
// bytes, batched, nothing decoded, parsed or kept (engine/base-files.ts readBaseLocs); the
// base ∪ head layout is merged from a base list sorted once (layoutOf); the chunk cache is
// bounded by bytes. No timing: counts of reads and sizes only.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import fc from 'fast-check';
import { Policy } from '../../server/src/config/policy';
import type { ChangeSet } from '../../server/src/delta/change-set';
import { countLinesOfBytes, layoutOf, readBaseLocs, type BaseReader } from '../../server/src/engine/base-files';
import { decodeText } from '../../server/src/git/file-filter';
import { buildLayout, countLines, type LayoutFile } from '../../server/src/mosaic/layout';
import { ChunkCache, chunkEntryBytes, type ChunkResult } from '../../server/src/symbols/analyze';

test('countLinesOfBytes counts lines exactly as decoding then countLines does (CR, CRLF, BOM, UTF-8)', () => {
  const pieces = ['a', 'é', '€', '\n', '\r', '\r\n', ' ', '😀', '\uFEFF'];
  const check = (s: string) => {
    const buf = Buffer.from(s, 'utf8');
    assert.equal(countLinesOfBytes(buf), countLines(decodeText(buf)), JSON.stringify(s));
  };
  for (const s of ['', '\n', '\r', '\r\n', 'a', 'a\n', 'a\r\nb', 'a\rb\r', '\uFEFF', '\uFEFF\n', '\uFEFFx', 'x\n\n']) check(s);
  fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (xs) => check(xs.join(''))), { numRuns: 500 });
});

test('countLinesOfBytes skips what the engine skips: binary (NUL in the first 8000 bytes) and over 2 MiB', () => {
  assert.equal(countLinesOfBytes(Buffer.from('a\0b\n')), undefined);
  assert.equal(countLinesOfBytes(Buffer.alloc(2 * 1024 * 1024 + 1, 0x61)), undefined);
  assert.equal(countLinesOfBytes(Buffer.from(`${'x'.repeat(9000)}\0`)), 1);
});

/** A base of `n` files read through a reader that counts every blob name it is asked for. */
function fakeBase(files: Record<string, string | Buffer>) {
  const reads: string[] = [];
  const batches: number[] = [];
  const reader: BaseReader = {
    listFiles: async () => Object.keys(files).sort(),
    readBlobs: async (names) => {
      batches.push(names.length);
      reads.push(...names);
      return names.map((n) => {
        const c = files[n.slice(n.indexOf(':') + 1)];
        return c === undefined ? undefined : Buffer.isBuffer(c) ? c : Buffer.from(c);
      });
    },
  };
  return { reader, reads, batches };
}

test('readBaseLocs: every kept blob read once, in bounded batches; ignored dirs never read; binary skipped', async () => {
  const files: Record<string, string | Buffer> = { 'node_modules/x/index.js': 'x\n', 'img.png': Buffer.from([0x89, 0x50, 0, 1]) };
  for (let i = 0; i < 700; i++) files[`src/m${i}.ts`] = 'line\n'.repeat(i % 9);
  const { reader, reads, batches } = fakeBase(files);
  const base = await readBaseLocs(reader, 'a'.repeat(40));
  assert.ok(!reads.some((r) => r.includes('node_modules/')), 'node_modules is never read');
  assert.equal(new Set(reads).size, reads.length, 'no blob read twice');
  assert.equal(reads.length, 701);
  assert.ok(Math.max(...batches) <= 256, `batches ≤ 256 blobs (${batches.join(',')})`);
  assert.equal(base.locs.get('src/m8.ts'), 8);
  assert.equal(base.locs.get('src/m0.ts'), 0);
  assert.equal(base.locs.has('img.png'), false);
  assert.equal(base.locs.size, 700);
});

test('layoutOf: the merged, pre-sorted layout equals the sorted one, with the change set applied', () => {
  const locs = new Map<string, number>();
  for (const p of ['b/x.ts', 'a/b.txt', 'a/b/c.ts', 'a.ts', 'dist/out.js', 'z.py', 'docs/gen.md']) locs.set(p, p.length);
  const policy = new Policy();
  const cs: ChangeSet = {
    changes: [
      { status: 'M', old: { path: 'a/b/c.ts', text: 'a\nb\n' }, new: { path: 'a/b/c.ts', text: 'a\nb\nc\n' } },
      { status: 'A', new: { path: 'a/b/a.ts', text: 'new\n' } },
      { status: 'D', old: { path: 'z.py', text: 'x\n' } },
      { status: 'R', old: { path: 'b/x.ts', text: 'r\n' }, new: { path: 'c/x.ts', text: 'r\n' } },
    ],
  };
  const merged = layoutOf({ locs }, cs, policy);
  const reference: LayoutFile[] = [...merged].reverse().map((f) => ({ ...f })); // unmarked: buildLayout sorts it
  const a = buildLayout(merged, 8, 8);
  const b = buildLayout(reference, 8, 8);
  assert.deepEqual(a.files.map((f) => [f.path, f.locBase, f.locHead]), b.files.map((f) => [f.path, f.locBase, f.locHead]));
  assert.deepEqual([...a.runStart], [...b.runStart]);
  assert.deepEqual([...a.runLen], [...b.runLen]);
  const byPath = new Map(merged.map((f) => [f.path, f]));
  assert.deepEqual(byPath.get('a/b/c.ts'), { path: 'a/b/c.ts', locBase: 2, locHead: 3 });
  assert.deepEqual(byPath.get('z.py'), { path: 'z.py', locBase: 1, locHead: 0 });
  assert.equal(byPath.has('b/x.ts'), true);
  assert.equal(byPath.get('b/x.ts')!.locHead, 0);
  assert.equal(byPath.has('dist/out.js'), false, 'ignored directory takes no cells');
  // The base part is built once per base and policy: a second change set reuses it.
  const again = layoutOf({ locs }, { changes: [] }, policy);
  assert.equal(again.find((f) => f.path === 'a.ts'), merged.find((f) => f.path === 'a.ts'));
});

test('ChunkCache is bounded by bytes: a keystroke per copy of a large class does not grow it without bound', () => {
  const budget = 4 * 1024 * 1024;
  const cache = new ChunkCache(budget);
  const result = { symbols: [], types: [], imports: [] } as unknown as ChunkResult;
  const big = 'x'.repeat(100_000);
  for (let i = 0; i < 500; i++) {
    // Big chunks are admitted on their second sighting (BIG_CHUNK_CHARS): the first set is a no-op.
    cache.set('typescript', 'class_declaration', 0, '', `${big}${i}`, result);
    if (i === 0) assert.equal(cache.get('typescript', 'class_declaration', 0, '', `${big}0`), undefined, 'a big chunk seen once is not stored');
    cache.set('typescript', 'class_declaration', 0, '', `${big}${i}`, result);
    assert.ok(cache.youngBytes <= budget / 2, `young generation within half the budget (${cache.youngBytes})`);
  }
  // The newest entries are still there; the oldest were dropped with their generation.
  assert.equal(cache.get('typescript', 'class_declaration', 0, '', `${big}499`), result);
  assert.equal(cache.get('typescript', 'class_declaration', 0, '', `${big}0`), undefined);
  // An entry larger than a generation is not cached at all.
  const huge = 'y'.repeat(budget);
  cache.set('typescript', 'class_declaration', 0, '', huge, result);
  cache.set('typescript', 'class_declaration', 0, '', huge, result);
  assert.ok(chunkEntryBytes(huge, '') > budget / 2);
  assert.equal(cache.get('typescript', 'class_declaration', 0, '', huge), undefined);
});
