// The editor's line bookkeeping (issue 14): the buffer's lines kept across range edits
// (workspace-host.ts), the line diff memoised per version pair with the base interned once
// (util/line-diff.ts versionHunks). Random edit sequences — multi-line ranges, inserted newlines,
// edits at the end of the buffer, CRLF pastes — must leave exactly what a from-scratch
// computation gives: the lines splitLines gives, the hunks diffLines gives, and the Δ tokens of
// a fresh host that opened the final text.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, test } from 'node:test';
import fc from 'fast-check';
import { Policy } from '../../server/src/config/policy';
import type { FileVersion } from '../../server/src/delta/change-set';
import { makeVersion } from '../../server/src/engine/file-version';
import { WorkspaceHost, type ContentChange } from '../../server/src/engine/workspace-host';
import { initParsers } from '../../server/src/parsing/languages';
import { scanPatterns } from '../../server/src/sast/scan-patterns';
import { ChunkCache } from '../../server/src/symbols/analyze';
import { diffLines, splitLines, versionHunks, versionLines } from '../../server/src/util/line-diff';
import { countLines } from '../../server/src/mosaic/layout';

before(async () => {
  await initParsers();
});

const FILE = 'src/normalize.ts';
const SRC = fs.readFileSync(path.resolve(__dirname, '../../../server/src/delta/normalize.ts'), 'utf8');
const snippets = ['eval(input);\n', 'x', ' ', '\n', '\n\n', '}', '{', '  return 1;\n', 'function f() {\n  g();\n}\n', '// c\n', '\r\n', 'a\r\nb', ''];

function hostWith(base: FileVersion, text: string): WorkspaceHost {
  const host = new WorkspaceHost(new Policy());
  host.setBase({ base: { rev: 'HEAD', sha: 'b'.repeat(40), source: 'HEAD' }, headSha: 'b'.repeat(40), changes: [{ status: 'M', old: base, disk: base }] });
  host.openDocument(FILE, text, 1);
  return host;
}

/** An LSP range edit from a random anchor: positions past a line's end or the last line are clamped by the host, as an editor's would be. */
const editArb = fc.record({
  line: fc.nat(170), character: fc.nat(90), lines: fc.nat(3), endCharacter: fc.nat(90), text: fc.constantFrom(...snippets),
});

test('kept lines and memoised hunks equal a from-scratch split and diff; tokens equal a fresh host', () => {
  const base = makeVersion(FILE, SRC, new ChunkCache());
  fc.assert(
    fc.property(fc.array(fc.array(editArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 }), (steps) => {
      const host = hostWith(base, SRC);
      host.snapshot(); // the buffer's lines are kept from here on
      let version = 1;
      for (const step of steps) {
        const changes: ContentChange[] = step.map((e) => ({
          range: { start: { line: e.line, character: e.character }, end: { line: e.line + e.lines, character: e.endCharacter } }, text: e.text,
        }));
        host.applyChange(FILE, changes, ++version);
        const snap = host.snapshot();
        const text = snap.textOf(FILE)!;
        const broken = snap.parseErrors.has(FILE);
        // The lines a publish reads (HostSnapshot.linesOf, lsp/text-lines.ts fileLines): the kept
        // lines of exactly this text, when the host has them.
        const kept = snap.linesOf?.(FILE);
        if (kept) assert.deepEqual(kept, splitLines(text));
        else assert.ok(broken, 'an analysed buffer always has its lines kept');
        // A buffer that does not parse contributes its last good version (spec §3.1): an earlier
        // buffer version, whose kept lines must be exact as well.
        const head = snap.changeSet.changes.find((c) => c.new?.path === FILE)?.new;
        if (!head) {
          assert.ok(broken || text === SRC, 'no change only when edited back to the base (or the last good version is the base)');
          continue;
        }
        if (!broken) assert.equal(head.text, text);
        assert.deepEqual(versionLines(head), splitLines(head.text!));
        assert.deepEqual(versionHunks(base, head), diffLines(splitLines(SRC), splitLines(head.text!)));
        assert.deepEqual(versionHunks(undefined, head), diffLines([], splitLines(head.text!))); // the memo is per pair, not per head
        // The pattern scan borrowed the buffer's incremental tree (sast/tree-cache.ts lendTree):
        // its findings over the whole text equal those of a fresh parse.
        assert.deepEqual(scanPatterns(FILE, text, undefined, undefined, `head:${FILE}`), scanPatterns(FILE, text));
        // A fresh host has no last good version: tokens are compared on buffers that parse.
        if (broken) continue;
        const fresh = hostWith(makeVersion(FILE, SRC, new ChunkCache()), text).snapshot();
        assert.deepEqual(snap.result.tokens, fresh.result.tokens);
      }
    }),
    { numRuns: 40 },
  );
});

test('diffLines with the base interned once equals the diff interning both middles', () => {
  const line = fc.constantFrom('a', 'b', 'c', '}', '', '  x();', 'return;');
  fc.assert(
    fc.property(fc.array(line, { maxLength: 60 }), fc.array(fc.record({ at: fc.nat(60), del: fc.nat(4), ins: fc.array(line, { maxLength: 4 }) }), { maxLength: 6 }), (a, edits) => {
      const b = [...a];
      for (const e of edits) b.splice(e.at % (b.length + 1), e.del, ...e.ins);
      assert.deepEqual(diffLines(a, b, true), diffLines(a, b));
      assert.deepEqual(diffLines(a, b, true), diffLines(a, b, true)); // second call: the interned codes memoised
    }),
    { numRuns: 300 },
  );
});

test('a known line count (the kept lines) is the count I3 takes from the text: splitLines ≡ countLines', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom('a', '\n', ' ', 'b\n', '\n\n'), { maxLength: 30 }), (parts) => {
      const text = parts.join('');
      assert.equal(splitLines(text).length, countLines(text));
    }),
    { numRuns: 300 },
  );
});
