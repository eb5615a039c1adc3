// Issue 14, memory flat under typing (tenth pass): an editor buffer's old versions must not be
// kept alive by the memos that share a version's line starts and line index. Two lists of the
// four most recent texts each kept every keystroke's buffer alive for four keystrokes — long
// enough for each 400 KB version of webpack's Compilation.js to outlive a scavenge and go to the
// old generation, which only a full GC empties. Measured by the heap after a full GC, with a
// margin of about one version either way: no timing.
import { strict as assert } from 'node:assert';
import { before, test } from 'node:test';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { Policy } from '../../server/src/config/policy';
import { WorkspaceHost } from '../../server/src/engine/workspace-host';
import { makeVersion } from '../../server/src/engine/file-version';
import { initParsers } from '../../server/src/parsing/languages';
import { ChunkCache } from '../../server/src/symbols/analyze';
import { lineIndexOf } from '../../server/src/sast/line-index';
import { forgetLineStarts, knownLineStarts, lineStarts, rememberLineStarts } from '../../server/src/util/line-starts';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

before(async () => {
  await initParsers();
});

function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** A fresh two-byte string of about `chars` characters over `lines` lines (2 bytes per character in V8's heap). */
function bigText(chars: number, lines: number, tag: string): string {
  const line = `// ${tag} — ${'x'.repeat(Math.max(1, Math.floor(chars / lines) - 8))}\n`;
  return line.repeat(lines).split('').join('');
}

/** A host with a base and no changed files. */
function emptyHost(): WorkspaceHost {
  const host = new WorkspaceHost(new Policy());
  host.setBase({ base: { rev: 'HEAD', sha: '0'.repeat(40), source: 'HEAD' }, headSha: '0'.repeat(40), changes: [] });
  return host;
}

/** `n` keystrokes into big.js, one 'y' per line from line 10 on; a snapshot after each when asked. */
function typeInto(host: WorkspaceHost, n: number, snapshot: boolean): void {
  for (let i = 0; i < n; i++) {
    host.applyChange('big.js', [{ range: { start: { line: 10 + i, character: 3 }, end: { line: 10 + i, character: 3 } }, text: 'y' }], i + 2);
    if (snapshot) host.snapshot();
  }
}

test('line starts: an owner keeps its newest two texts, other owners and unowned entries are unaffected', () => {
  const a = {};
  const b = {};
  const [t1, t2, t3] = ['a1\n', 'a2\n\n', 'a3\n\n\n'];
  const u = 'unowned\n';
  rememberLineStarts(u, lineStarts(u));
  rememberLineStarts('b1\n', lineStarts('b1\n'), b);
  rememberLineStarts(t1, lineStarts(t1), a);
  rememberLineStarts(t2, lineStarts(t2), a);
  assert.deepEqual(knownLineStarts(t1), [0, 3]);
  rememberLineStarts(t3, lineStarts(t3), a);
  assert.equal(knownLineStarts(t1), undefined, "an owner's third-newest text is dropped");
  assert.deepEqual(knownLineStarts(t2), [0, 3, 4]);
  assert.deepEqual(knownLineStarts(t3), [0, 3, 4, 5]);
  assert.deepEqual(knownLineStarts('b1\n'), [0, 3], "another owner's entry stays");
  forgetLineStarts(a);
  assert.equal(knownLineStarts(t2), undefined);
  assert.equal(knownLineStarts(t3), undefined);
  assert.deepEqual(knownLineStarts('b1\n'), [0, 3]);
});

test('live scan line index: one per slot, a slot\'s new text replaces its old one', () => {
  const t1 = 'one\ntwo\n';
  const t2 = 'one\ntwo\nthree\n';
  const i1 = lineIndexOf(t1, 'head:a.ts');
  assert.equal(lineIndexOf(t1, 'head:a.ts'), i1, 'the same text under the same slot is shared');
  const base = lineIndexOf(t1, 'base:a.ts');
  assert.notEqual(base, i1, 'slots are apart');
  const i2 = lineIndexOf(t2, 'head:a.ts');
  assert.equal(i2.lineCount, 4);
  assert.notEqual(lineIndexOf(t1, 'head:a.ts'), i1, 'the replaced text is no longer held');
  assert.equal(lineIndexOf(t1, 'base:a.ts'), base);
});

test('typing in a big buffer keeps at most its current and previous versions alive (line starts memo)', () => {
  const host = emptyHost();
  // 2,000 lines of 1,000 two-byte characters: 4 MB per version. The file is over the 2 MiB
  // analysis limit, so nothing is parsed: only the buffer's own bookkeeping is measured.
  const text = bigText(2_000_000, 2000, 'é');
  const versionBytes = text.length * 2;
  const before = heapAfterGc();
  host.openDocument('big.js', text, 1);
  typeInto(host, 8, false);
  const held = heapAfterGc() - before;
  // Held: the current version and its predecessor (≈ 2 versions); four versions before the fix.
  assert.ok(held < 3 * versionBytes, `after 8 edits the heap holds ${(held / versionBytes).toFixed(2)} buffer versions (want < 3)`);
  assert.equal(host.snapshot().textOf('big.js')?.length, text.length + 8);
  host.closeDocument('big.js');
  const afterClose = heapAfterGc() - before;
  assert.ok(afterClose < 0.5 * versionBytes, `after close the heap still holds ${(afterClose / versionBytes).toFixed(2)} buffer versions`);
});

test('the live scan\'s line indexes keep one text per slot alive', () => {
  const before = heapAfterGc();
  let versionBytes = 0;
  for (let i = 0; i < 6; i++) {
    const t = bigText(1_000_000, 1000, `v${i} é`);
    versionBytes = t.length * 2;
    lineIndexOf(t, 'head:big.js');
  }
  const held = heapAfterGc() - before;
  assert.ok(held < 2 * versionBytes, `six texts under one slot left ${(held / versionBytes).toFixed(2)} texts in the heap (want < 2)`);
});

test('typing in a parsed buffer keeps a bounded number of its versions alive (trees, their changed ranges)', () => {
  const host = emptyHost();
  // 2,000 comment lines of 500 two-byte characters: 2 MB per version in V8's heap, under the 2 MiB
  // (UTF-8) analysis limit, so every keystroke parses it again incrementally. A tree object keeps
  // its text alive (web-tree-sitter's text callback): a memo holding the tree each tree was
  // parsed from (parsing/changed-ranges.ts, thirteenth pass) chained every version to the newest.
  const text = bigText(1_000_000, 2000, 'é');
  const versionBytes = text.length * 2;
  const before = heapAfterGc();
  // A base version: the buffer is a changed file, analysed at every snapshot (the same string).
  host.setBaseVersion('big.js', makeVersion('big.js', text, new ChunkCache()));
  host.openDocument('big.js', text, 1);
  host.snapshot();
  typeInto(host, 12, true);
  const held = heapAfterGc() - before;
  // 2.6 versions held (the current text, the previous one, the base's analysis); 12.7 when each
  // tree's memo held the tree it was parsed from.
  assert.ok(held < 5 * versionBytes, `after 12 keystrokes the heap holds ${(held / versionBytes).toFixed(2)} buffer versions (want < 5)`);
  host.dispose();
});
