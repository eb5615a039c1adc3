// parseText hands tree-sitter PARSE_CHUNK characters per read instead of the whole rest of the
// text (parsing/parse-text.ts). Property: for random sources — astral characters (surrogate
// pairs) and CRLFs placed at and around the chunk boundaries, long lines, syntax errors — in
// TypeScript, JavaScript and Python, the tree parseText gives (fresh, and incrementally after a
// random edit) is node for node the tree of `parser.parse(string)`, and every node's text is the
// source's slice.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import fc from 'fast-check';
import type { Edit, Point, Tree } from 'web-tree-sitter';
import { initParsers, parserFor } from '../../server/src/parsing/languages';
import { PARSE_CHUNK, parseText } from '../../server/src/parsing/parse-text';

before(async () => {
  await initParsers();
});

/** Every node in document order: type, range, and (for leaves) its text. */
function nodesOf(tree: Tree, text: string): string[] {
  const out: string[] = [];
  const c = tree.walk();
  try {
    for (;;) {
      const n = c.currentNode;
      out.push(`${n.type} ${n.startIndex}-${n.endIndex} ${n.startPosition.row}:${n.startPosition.column}`);
      if (n.childCount === 0) assert.equal(n.text, text.slice(n.startIndex, n.endIndex));
      if (c.gotoFirstChild()) continue;
      while (!c.gotoNextSibling()) if (!c.gotoParent()) return out;
    }
  } finally {
    c.delete();
  }
}

function pointAt(text: string, index: number): Point {
  const before = text.slice(0, index);
  const row = before.split('\n').length - 1;
  return { row, column: index - (before.lastIndexOf('\n') + 1) };
}

const PIECES: Record<'typescript' | 'javascript' | 'python', string[]> = {
  typescript: ['class A { m(x: number) { return x + 1; } }\n', 'const s = "😀 ☃ é";\n', 'function f() {\r\n  return 2;\r\n}\n', '// 𝄞 comment\n', 'let x = `t ${1} 😀`;\n', '{', '(', 'x'.repeat(300) + ';\n'],
  javascript: ['function g(a) { return a * 2; }\n', 'const o = { k: "😀" };\n', '/* 𝄞 */\n', 'if (a) {\r\n b();\r\n}\n', 'class C extends D {\n  static s = 1;\n}\n', ')', 'y'.repeat(500) + '\n'],
  python: ['def f(x):\n    return x + 1\n', 's = "😀 ☃"\n', 'class K:\n    def m(self):\n        pass\n', '# 𝄞\n', 'if a:\r\n    b()\r\n', '(', 'z = ' + '1 + '.repeat(200) + '1\n'],
};

for (const lang of ['typescript', 'javascript', 'python'] as const) {
  test(`parseText gives the tree of parse(string), fresh and incremental: ${lang}`, () => {
    const parser = parserFor(lang);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES[lang]), { minLength: 1, maxLength: 40 }),
        fc.nat(),
        fc.constantFrom('', '😀', '\r\n', 'é', 'x', ')'),
        fc.nat(3),
        (pieces, at0, ins, del) => {
          let text = pieces.join('');
          // An astral character straddling a chunk boundary, where the text is long enough.
          if (text.length > PARSE_CHUNK + 2) text = `${text.slice(0, PARSE_CHUNK - 1)}😀${text.slice(PARSE_CHUNK - 1)}`;
          const ref = parser.parse(text)!;
          const got = parseText(parser, text)!;
          try {
            assert.deepEqual(nodesOf(got, text), nodesOf(ref, text));
            const at = at0 % (text.length + 1);
            const end = Math.min(text.length, at + del);
            const next = text.slice(0, at) + ins + text.slice(end);
            const edit: Edit = {
              startIndex: at, oldEndIndex: end, newEndIndex: at + ins.length,
              startPosition: pointAt(text, at), oldEndPosition: pointAt(text, end), newEndPosition: pointAt(next, at + ins.length),
            };
            // Incremental against incremental from the same edited tree: with a syntax error the
            // recovery may differ from a fresh parse's (version-trees.ts), whatever the reads.
            got.edit(edit);
            ref.edit(edit);
            const inc = parseText(parser, next, got)!;
            const refInc = parser.parse(next, ref)!;
            try {
              assert.deepEqual(nodesOf(inc, next), nodesOf(refInc, next));
              if (!refInc.rootNode.hasError) {
                const fresh = parser.parse(next)!;
                try {
                  assert.deepEqual(nodesOf(inc, next), nodesOf(fresh, next));
                } finally {
                  fresh.delete();
                }
              }
            } finally {
              inc.delete();
              refInc.delete();
            }
          } finally {
            ref.delete();
            got.delete();
          }
        },
      ),
      { numRuns: Number(process.env.PARSE_TEXT_RUNS ?? 40) },
    );
  });
}
