// One line diff per version pair in the history walk (issue 14, fifth pass): the diff a version is
// parsed incrementally with (engine/version-trees.ts parseScoped, file-version.ts pairs) is
// registered for the commit's Δ (util/line-diff.ts setVersionHunks) instead of being computed
// again. Property: along random edit chains walked newest first as the walk does it (kept trees,
// pairs), for every two consecutive version objects the memoised hunks and lines are exactly
// diffLines(splitLines(old), splitLines(new)) and splitLines of each text, the analyses equal a
// fresh parse's, and computeDelta gives the tokens it gives on fresh version objects.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, test } from 'node:test';
import fc from 'fast-check';
import { Policy } from '../../server/src/config/policy';
import type { FileVersion } from '../../server/src/delta/change-set';
import { computeDelta } from '../../server/src/engine/delta-engine';
import { makeVersion, makeVersionPair } from '../../server/src/engine/file-version';
import { editsTowardOlder, hunkEdits, VersionTrees } from '../../server/src/engine/version-trees';
import { initParsers } from '../../server/src/parsing/languages';
import { ChunkCache } from '../../server/src/symbols/analyze';
import { diffLines, splitLines, versionHunks, versionLines } from '../../server/src/util/line-diff';

before(async () => {
  await initParsers();
});

const root = path.resolve(__dirname, '../../..');
const sources: Record<string, string> = {
  'src/trees.ts': fs.readFileSync(path.join(root, 'server/src/engine/version-trees.ts'), 'utf8'),
  'app/models.py': fs.readFileSync(path.join(root, 'test/corpus/httpx/41597adf/before/httpx/_models.py'), 'utf8'),
};

const snippets = ['x', '\n', '{', '}', ':', '  return 1;\n', '// c\n', '# c\n', '\n\nfunction g() {}\n', 'def f():\n    pass\n', ''];
const edit = fc.record({ at: fc.nat(), del: fc.nat(80), ins: fc.constantFrom(...snippets), lineStart: fc.boolean(), dropEol: fc.constantFrom(false, false, false, true) });

function apply(text: string, e: { at: number; del: number; ins: string; lineStart: boolean; dropEol: boolean }): string {
  let at = e.at % (text.length + 1);
  if (e.lineStart) at = text.lastIndexOf('\n', at - 1) + 1;
  const out = text.slice(0, at) + e.ins + text.slice(at + e.del);
  // Now and then a version without a final newline (the tree edit falls back to one span).
  return e.dropEol && out.endsWith('\n') ? out.slice(0, -1) : out;
}

function fresh(file: string, text: string): FileVersion {
  return makeVersion(file, text, new ChunkCache());
}

function checkPair(file: string, o: FileVersion, n: FileVersion): void {
  assert.deepEqual(versionLines(o), splitLines(o.text ?? ''));
  assert.deepEqual(versionLines(n), splitLines(n.text ?? ''));
  assert.deepEqual(versionHunks(o, n), diffLines(splitLines(o.text ?? ''), splitLines(n.text ?? '')));
  const tokens = (a: FileVersion, b: FileVersion) => computeDelta({ changes: [{ status: 'M', old: a, new: b }], fileExists: () => true }, new Policy()).tokens;
  assert.deepEqual(tokens(o, n), tokens(fresh(file, o.text ?? ''), fresh(file, n.text ?? '')));
}

for (const [file, src] of Object.entries(sources)) {
  test(`${file}: the walk's one line diff per pair is the diff, and the Δ is the Δ of fresh versions`, () => {
    let registered = 0;
    fc.assert(
      fc.property(fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 2, maxLength: 5 }), fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), (steps, pairs) => {
        const chain = [src];
        for (const s of steps) chain.push(s.reduce(apply, chain[chain.length - 1]));
        const trees = new VersionTrees();
        const cache = new ChunkCache();
        try {
          let newer: FileVersion | undefined;
          for (let i = 0; i < chain.length; i++) {
            if (pairs[i % pairs.length] && i + 1 < chain.length) {
              const [o, n] = makeVersionPair(file, chain[i + 1], file, chain[i], cache, undefined, undefined, trees);
              assert.deepEqual(n.analysis, fresh(file, chain[i]).analysis);
              assert.deepEqual(o.analysis, fresh(file, chain[i + 1]).analysis);
              if (newer) checkPair(file, n, newer);
              checkPair(file, o, n);
              registered++;
              newer = o;
              i++;
            } else {
              const v = makeVersion(file, chain[i], cache, undefined, undefined, trees);
              assert.deepEqual(v.analysis, fresh(file, chain[i]).analysis);
              if (newer) {
                checkPair(file, v, newer);
                registered++;
              }
              newer = v;
            }
          }
        } finally {
          trees.clear();
        }
      }),
      { numRuns: 15 },
    );
    assert.ok(registered > 15, 'pairs were checked');
  });
}

/**
 * Applies tree edits (last first, as tree.edit() gets them) to the text `from` as string edits,
 * the inserted characters read from `to` where the edits say they are: `to` comes back exactly
 * when the edits describe from → to (every gap between them is unchanged text at the shifted place).
 */
function replay(from: string, to: string, edits: readonly { startIndex: number; oldEndIndex: number; newEndIndex: number }[]): string {
  let out = '';
  let pos = 0;
  let delta = 0;
  for (const e of [...edits].reverse()) {
    assert.ok(e.startIndex >= pos, 'edits ascend once reversed');
    out += from.slice(pos, e.startIndex);
    const len = e.newEndIndex - e.startIndex;
    out += to.slice(e.startIndex + delta, e.startIndex + delta + len);
    delta += len - (e.oldEndIndex - e.startIndex);
    pos = e.oldEndIndex;
  }
  return out + from.slice(pos);
}

test('tree edits from the walk\'s one diff describe the change: kept → older (mirrored) and base → head', () => {
  const base = sources['src/trees.ts'];
  fc.assert(
    fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
      const older = edits.reduce(apply, base) + (base.endsWith('\n') ? '' : '\n');
      const kept = base.endsWith('\n') ? base : `${base}\n`;
      const o = older.endsWith('\n') ? older : `${older}\n`;
      // parseScoped: the diff older → kept, mirrored into edits kept → older.
      assert.equal(replay(kept, o, editsTowardOlder(kept, o, diffLines(splitLines(o), splitLines(kept)))), o);
      // makeVersionPair: the diff base → head, as edits base → head.
      assert.equal(replay(o, kept, hunkEdits(o, kept, diffLines(splitLines(o), splitLines(kept)))), kept);
    }),
    { numRuns: 200 },
  );
});
