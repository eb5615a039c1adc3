// The editor's chunk cache sized to the open buffers (issue 14, fifth pass:
// engine/workspace-host.ts editorChunkBudget): 18 estimated bytes per open character in
// powers of two between 4 and 32 MiB, re-sized when a buffer opens or closes, never when
// the caller gave its own cache.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { Policy } from '../../server/src/config/policy';
import {
  EDITOR_CHUNK_CACHE_MAX_BYTES, EDITOR_CHUNK_CACHE_MIN_BYTES, editorChunkBudget, WorkspaceHost,
} from '../../server/src/engine/workspace-host';
import { initParsers } from '../../server/src/parsing/languages';
import { ChunkCache, chunkEntryBytes } from '../../server/src/symbols/analyze';

before(async () => {
  await initParsers();
});

const MiB = 1024 * 1024;

test('budget: floor, powers of two, room for every open character twice over with half to spare, ceiling', () => {
  assert.equal(editorChunkBudget(0), EDITOR_CHUNK_CACHE_MIN_BYTES);
  assert.equal(editorChunkBudget(190_000), 4 * MiB); // webpack's Compilation.js
  assert.equal(editorChunkBudget(467_000), 16 * MiB); // webpack's lib/css/syntax.js: 8.4 MB wanted
  assert.equal(editorChunkBudget(10_000_000), EDITOR_CHUNK_CACHE_MAX_BYTES);
  for (const chars of [1, 50_000, 233_017, 250_000, 600_000, 1_000_000]) {
    const b = editorChunkBudget(chars);
    // The young generation (half the budget) holds all chunks of the open text (ChunkCache's
    // estimate of an entry is 6 bytes per character) with half of that to spare, up to the ceiling.
    if (b < EDITOR_CHUNK_CACHE_MAX_BYTES) assert.ok(b / 2 >= 1.5 * (chunkEntryBytes('x'.repeat(chars), '') - 512), `${chars} → ${b}`);
    assert.ok(Number.isInteger(Math.log2(b / MiB)));
  }
});

test('the host re-sizes its own cache on open and close, and keeps a given one', () => {
  const small = 'export function f() { return 1; }\n';
  const big = Array.from({ length: 6000 }, (_, i) => `export function f${i}(a: number) { return a + ${i}; }\n`).join('');
  const host = new WorkspaceHost(new Policy());
  const c0 = host.cache;
  host.openDocument('a.ts', small, 1);
  assert.equal(host.cache, c0, 'same size class: same cache (its entries kept)');
  host.openDocument('b.ts', big, 1);
  const c1 = host.cache;
  assert.notEqual(c1, c0, `${big.length} characters open: a larger budget`);
  host.applyChange('a.ts', [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '// x\n' }], 2);
  assert.equal(host.cache, c1, 'a keystroke never re-sizes');
  host.closeDocument('b.ts');
  assert.notEqual(host.cache, c1, 'closed: back to the floor');
  host.dispose();
  const given = new ChunkCache(1 * MiB);
  const fixed = new WorkspaceHost(new Policy(), given);
  fixed.openDocument('b.ts', big, 1);
  assert.equal(fixed.cache, given);
  fixed.dispose();
});
