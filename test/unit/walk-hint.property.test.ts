// The editor's walk hint (issue 14, thirteenth pass: symbols/walk-hint.ts): a keystroke in a
// large class takes the class body's children clear of the edit and of tree-sitter's changed
// ranges from the previous walk instead of moving the cursor over them. Checked here through the
// real editor host (engine/workspace-host.ts): random bursts of range edits in real corpus
// classes, and after each burst the buffer's analysis equal to a fresh analysis of the same
// incremental tree (member reuse off, empty chunk cache) — and the hint really used. Plus the
// window arithmetic against brute force.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, test } from 'node:test';
import fc from 'fast-check';
import type { Tree } from 'web-tree-sitter';
import { Policy } from '../../server/src/config/policy';
import { WorkspaceHost } from '../../server/src/engine/workspace-host';
import { makeVersion } from '../../server/src/engine/file-version';
import { initParsers, parserFor } from '../../server/src/parsing/languages';
import { ChunkCache } from '../../server/src/symbols/analyze';
import { walkHintStats } from '../../server/src/symbols/syntax-snapshot';
import { clearTsMemberCache } from '../../server/src/symbols/typescript';
import type { FileAnalysis, Lang } from '../../server/src/symbols/types';
import { composeWindow } from '../../server/src/symbols/walk-hint';
import { freshAnalysis, pointAt } from '../helpers/member-replay';

before(async () => {
  await initParsers();
});

const CORPUS = path.join(__dirname, '../../../test/corpus');

// Code, whitespace, line breaks, braces, comment openers, strings, decorators, new members.
const SNIPPETS = [
  ' ', 'x', '\n', ';', '{', '}', '/*', '*/', '// c\n', "'", '"s"', '@dec ', 'foo() {}\n', '  bar = 1;\n',
  'static ', 'get ', '(', ')', ', y', 'async ', 'return;', '`',
];

/** The analysis the host holds for the buffer now (its last parse, broken or not). */
function currentAnalysis(host: WorkspaceHost, file: string): FileAnalysis | undefined {
  // Private on purpose (analysisOf answers the last *good* one): the test needs every parse's.
  const docs = (host as unknown as { docs: Map<string, { current?: { analysis?: FileAnalysis } }> }).docs;
  return docs.get(file)?.current?.analysis;
}

interface Edit { at: number; del: number; ins: string }

/**
 * Random bursts of edits applied to the host as the editor sends them, a mirror tree edited and
 * parsed the same way (every change edits the tree, one parse per snapshot), and the host's
 * analysis after each burst equal to a fresh one of the mirror tree.
 */
function hintedEqualsFresh(o: { file: string; caseDir: string; lang: Lang; marker: string; numRuns: number }): void {
  const src = fs.readFileSync(path.join(CORPUS, o.caseDir, 'before', o.file), 'utf8');
  const regionStart = src.indexOf(o.marker);
  assert.ok(regionStart >= 0, `${o.marker} not in ${o.file}`);
  const regionEnd = Math.min(src.length, regionStart + 30_000);
  const parser = parserFor(o.lang);
  const reused0 = walkHintStats.reused;
  fc.assert(
    fc.property(
      fc.array(
        fc.array(
          fc.record({
            at: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: regionStart, max: regionEnd }) }, { weight: 1, arbitrary: fc.nat(src.length) }),
            del: fc.oneof(fc.constant(0), fc.constant(0), fc.nat(3), fc.nat(60)),
            ins: fc.oneof(fc.constantFrom(...SNIPPETS), fc.constant('')),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        { minLength: 1, maxLength: 6 },
      ),
      (bursts: Edit[][]) => {
        clearTsMemberCache();
        const host = new WorkspaceHost(new Policy());
        host.setBase({ base: { rev: 'HEAD', sha: '0'.repeat(40), source: 'HEAD' }, headSha: '0'.repeat(40), changes: [] });
        host.setBaseVersion(o.file, makeVersion(o.file, src, new ChunkCache()));
        host.openDocument(o.file, src, 1);
        host.snapshot();
        let version = 1;
        let text = src;
        let tree: Tree = parser.parse(text)!;
        try {
          // Typing first, so that the bursts start from a walk the host remembers.
          for (const burst of bursts) {
            for (const e of burst) {
              const at = e.at % (text.length + 1);
              const del = Math.min(e.del, text.length - at);
              const next = text.slice(0, at) + e.ins + text.slice(at + del);
              const start = pointAt(text, at);
              const end = pointAt(text, at + del);
              host.applyChange(o.file, [{ range: { start: { line: start.row, character: start.column }, end: { line: end.row, character: end.column } }, text: e.ins }], ++version);
              tree.edit({ startIndex: at, oldEndIndex: at + del, newEndIndex: at + e.ins.length, startPosition: start, oldEndPosition: end, newEndPosition: pointAt(next, at + e.ins.length) });
              text = next;
            }
            host.snapshot();
            const parsed = parser.parse(text, tree)!;
            tree.delete();
            tree = parsed;
            const warm = currentAnalysis(host, o.file);
            assert.ok(warm, 'the host analysed the buffer');
            assert.deepEqual(warm, freshAnalysis(tree, text, o.file, o.lang));
          }
        } finally {
          tree.delete();
          host.dispose();
        }
      },
    ),
    { numRuns: o.numRuns },
  );
  assert.ok(walkHintStats.reused > reused0, `${o.file}: no class member was taken from the previous walk`);
}

test('typing in a large real class with the walk hint gives a fresh analysis of the same tree (JS: commander 373f660f)', () => {
  hintedEqualsFresh({ caseDir: 'commander/373f660f', file: 'lib/command.js', lang: 'javascript', marker: 'class Command', numRuns: 25 });
});

test('the same in TypeScript (yargs 4dac5b8c, lib/yargs-factory.ts)', () => {
  hintedEqualsFresh({ caseDir: 'yargs/4dac5b8c', file: 'lib/yargs-factory.ts', lang: 'typescript', marker: 'export class YargsInstance', numRuns: 15 });
});

test('a keystroke in one method walks that method only: the other members come from the previous walk', () => {
  clearTsMemberCache();
  const file = 'lib/command.js';
  const src = fs.readFileSync(path.join(CORPUS, 'commander/373f660f', 'before', file), 'utf8');
  const host = new WorkspaceHost(new Policy());
  host.setBase({ base: { rev: 'HEAD', sha: '0'.repeat(40), source: 'HEAD' }, headSha: '0'.repeat(40), changes: [] });
  host.setBaseVersion(file, makeVersion(file, src, new ChunkCache()));
  host.openDocument(file, src, 1);
  host.snapshot();
  // Inside the body of a method in the middle of the class, one space per keystroke.
  const at = src.indexOf('\n', src.indexOf('  _parseCommand(')) + 1;
  const { row } = pointAt(src, at);
  const s0 = { ...walkHintStats };
  for (let k = 0; k < 5; k++) {
    host.applyChange(file, [{ range: { start: { line: row, character: 0 }, end: { line: row, character: 0 } }, text: ' ' }], 2 + k);
    host.snapshot();
  }
  const bodies = walkHintStats.bodies - s0.bodies;
  const reused = walkHintStats.reused - s0.reused;
  assert.equal(walkHintStats.mismatches, s0.mismatches, 'the tree was where the previous walk said');
  assert.ok(bodies >= 5, `the class body was entered with a hint at every keystroke (${bodies})`);
  // command.js's Command class has over 60 members: all but the edited one are taken over.
  assert.ok(reused / bodies > 60, `members taken from the previous walk per keystroke: ${reused / bodies}`);
  host.dispose();
});

test('composeWindow: outside the window the text before a burst is the text after it', () => {
  fc.assert(
    fc.property(
      fc.string({ minLength: 0, maxLength: 60 }),
      fc.array(fc.record({ at: fc.nat(80), del: fc.nat(10), ins: fc.string({ maxLength: 8 }) }), { minLength: 1, maxLength: 6 }),
      (start, edits) => {
        let text = start;
        let w: ReturnType<typeof composeWindow> | undefined;
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          const del = Math.min(e.del, text.length - at);
          w = composeWindow(w, at, at + del, at + e.ins.length);
          text = text.slice(0, at) + e.ins + text.slice(at + del);
        }
        assert.ok(w);
        assert.ok(w.lo <= w.hiOld && w.lo <= w.hiNew);
        assert.equal(text.length - start.length, w.hiNew - w.hiOld);
        assert.equal(text.slice(0, w.lo), start.slice(0, w.lo));
        assert.equal(text.slice(w.hiNew), start.slice(w.hiOld));
      },
    ),
    { numRuns: 500 },
  );
});
