// The live scan splits a range query's scope into the children that may intersect the range
// (sast/scan-patterns.ts scopeParts). It finds the bounds by binary search over the children's
// start points; the children must be exactly those the linear walk over every child kept.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Node } from 'web-tree-sitter';
import { initParsers, parserFor } from '../../server/src/parsing/languages';
import { patternRoots, queryScope, scopeParts } from '../../server/src/sast/scan-patterns';

/** The split before the binary search, verbatim (MAX_SPLIT_CHILDREN = 64). */
function reference(scope: Node, a: number, b: number, roots: ReadonlySet<string>): Node[] {
  if (roots.has(scope.type)) return [scope];
  const n = scope.childCount;
  if (n === 0 || n > 64) return [scope];
  const kids = scope.children;
  const out: Node[] = [];
  for (let i = 0; i < kids.length; i++) {
    const c = kids[i];
    if (!c) return [scope];
    const st = c.startPosition;
    if (st.row > b || (st.row === b && st.column > 0)) break;
    const next = kids[i + 1];
    if (next && next.startPosition.row < a - 1) continue;
    out.push(c);
  }
  return out;
}

const SOURCES: [string, 'typescript' | 'python'][] = [
  ['../../../server/src/delta/normalize.ts', 'typescript'],
  ['../../../server/src/sast/scan-patterns.ts', 'typescript'],
];

test('scopeParts: the same children as the walk over all of them, for any range', async () => {
  await initParsers();
  for (const [rel, lang] of SOURCES) {
    const text = fs.readFileSync(path.resolve(__dirname, rel), 'utf8');
    const rows = text.split('\n').length;
    const tree = parserFor(lang).parse(text)!;
    const roots = patternRoots(lang);
    try {
      fc.assert(fc.property(fc.integer({ min: 1, max: rows }), fc.nat(12), fc.boolean(), (a, len, whole) => {
        const b = Math.min(rows, a + len);
        const scope = whole ? tree.rootNode : queryScope(tree.rootNode, { row: a - 1, column: 0 }, { row: b, column: 0 }, roots);
        // Every ancestor of the scope too: bodies, blocks, class bodies of any child count.
        for (let s: Node | null = scope; s; s = s.parent) {
          const got: string[] = scopeParts(s, a, b, roots).map((x) => `${x.id}:${x.startIndex}`);
          const want: string[] = reference(s, a, b, roots).map((x) => `${x.id}:${x.startIndex}`);
          assert.deepEqual(got, want, `${rel} lines ${a}–${b}, scope ${s.type} at ${s.startPosition.row}`);
        }
      }), { numRuns: 400 });
    } finally {
      tree.delete();
    }
  }
});
