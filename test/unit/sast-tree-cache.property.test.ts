// The live scan's tree cache (sast/tree-cache.ts) re-parses against the previous tree of a path
// with edits derived from the texts: one prefix/suffix edit for nearby changes, one edit per
// line-diff hunk for changes far apart (the fix of the live scan's p95 tail). Either way the
// tree must be exactly the tree a fresh parse gives.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, test } from 'node:test';
import fc from 'fast-check';
import { initParsers, parserFor } from '../../server/src/parsing/languages';
import { cachedTree, lineEdits } from '../../server/src/sast/tree-cache';

before(async () => {
  await initParsers();
});

const src = fs.readFileSync(path.resolve(__dirname, '../../../server/src/sast/change-scan.ts'), 'utf8');
const snippets = ['x', ' ', '\n', '(', ')', '{', '}', ';', 'if (a) {', '  return 1;\n', '// c\n', '/* ', ' */', '`', "'", ',', 'const q = `${a}`;\n'];

function fresh(text: string): string {
  const t = parserFor('typescript').parse(text)!;
  try {
    return t.rootNode.toString();
  } finally {
    t.delete();
  }
}

test('lineEdits: applying the hunk edits back to front maps every old offset to the new text', () => {
  const a = 'one\ntwo\nthree\nfour\nfive\n';
  const b = 'zero\none\nTWO\nthree\nfive\nsix\n';
  const edits = lineEdits(a, b);
  // Rebuild b from a with the edits' offsets (back to front, as tree.edit receives them).
  let text = a;
  const newTexts = ['six\n', '', 'TWO\n', 'zero\n'];
  edits.forEach((e, i) => {
    text = text.slice(0, e.startIndex) + newTexts[i] + text.slice(e.oldEndIndex);
    assert.equal(e.newEndIndex - e.startIndex, newTexts[i].length);
  });
  assert.equal(text, b);
});

test('cachedTree: a tree re-parsed from edits far apart (and close together) equals a fresh parse', () => {
  let n = 0;
  fc.assert(
    fc.property(
      // Two places: one near the top, one near the bottom, so the first-to-last difference spans the file.
      fc.array(fc.record({ at: fc.nat(src.length), del: fc.nat(12), ins: fc.constantFrom(...snippets) }), { minLength: 1, maxLength: 4 }),
      fc.array(fc.record({ at: fc.nat(src.length), del: fc.nat(12), ins: fc.constantFrom(...snippets) }), { minLength: 1, maxLength: 4 }),
      (first, second) => {
        const key = `prop:${n++}`;
        const apply = (text: string, edits: { at: number; del: number; ins: string }[]) => {
          for (const e of edits) {
            const at = e.at % (text.length + 1);
            text = text.slice(0, at) + e.ins + text.slice(at + e.del);
          }
          return text.endsWith('\n') ? text : `${text}\n`;
        };
        const v1 = apply(src, first);
        const v2 = apply(src, second);
        cachedTree(key, 'typescript', src);
        assert.equal(cachedTree(key, 'typescript', v1)!.rootNode.toString(), fresh(v1));
        assert.equal(cachedTree(key, 'typescript', v2)!.rootNode.toString(), fresh(v2));
      },
    ),
    { numRuns: 40 },
  );
});
