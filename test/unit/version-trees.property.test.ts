// Incremental parsing across versions in the history walk (engine/version-trees.ts): a chain
// of versions of one file — random edits, many breaking the syntax, some undone — is analysed
// newest first as the walk does it, each version parsed from the tree kept for the version
// before it (one tree edit per line-diff hunk) and, at random steps, as a pair (base parsed
// from the kept tree, head from the base). Every analysis must deepEqual the analysis of a
// fresh full parse with an empty chunk cache.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, test } from 'node:test';
import fc from 'fast-check';
import type { Tree } from 'web-tree-sitter';
import { makeVersion, makeVersionPair } from '../../server/src/engine/file-version';
import { editTree, VersionTrees } from '../../server/src/engine/version-trees';
import { initParsers, parserFor } from '../../server/src/parsing/languages';
import { ChunkCache } from '../../server/src/symbols/analyze';

before(async () => {
  await initParsers();
});

const root = path.resolve(__dirname, '../../..');
const sources: Record<string, string> = {
  'src/tokenize.ts': fs.readFileSync(path.join(root, 'server/src/engine/history.ts'), 'utf8'),
  'lib/tool.py': `import os\n\n\nclass Tool:\n    """A tool."""\n\n    def run(self, args, *, dry=False):\n        if dry:\n            return None\n        for a in args:\n            os.system(a)\n\n    @property\n    def name(self):\n        return "tool"\n\n\ndef main(argv=None):\n    return Tool().run(argv or [])\n\n\nif __name__ == "__main__":\n    main()\n`,
  'web/app.js': `'use strict';\nconst path = require('path');\n\nclass Server {\n  constructor(opts) {\n    this.opts = opts;\n  }\n\n  listen(port) {\n    return new Promise((resolve) => setTimeout(resolve, port));\n  }\n}\n\nfunction start(opts) {\n  return new Server(opts).listen(opts.port);\n}\n\nmodule.exports = { Server, start, root: path.resolve('.') };\n`,
};

const snippets = ['x', ' ', '\n', '(', ')', '{', '}', ':', 'if (a) {', '  return 1;\n', 'def f():\n    pass\n', '# c\n', '// c\n', ',', '\n\nfunction g() {}\n', '    def m(self):\n        return 2\n'];

/** A random edit of `text`: insert, delete, or replace somewhere (line-aligned or not). */
const edit = fc.record({ at: fc.nat(), del: fc.nat(40), ins: fc.constantFrom(...snippets), lineStart: fc.boolean() });

function apply(text: string, e: { at: number; del: number; ins: string; lineStart: boolean }): string {
  let at = e.at % (text.length + 1);
  if (e.lineStart) at = text.lastIndexOf('\n', at - 1) + 1;
  return text.slice(0, at) + e.ins + text.slice(at + e.del);
}

for (const [file, src] of Object.entries(sources)) {
  test(`${file}: versions parsed from the previous version's kept tree analyse as a fresh parse`, () => {
    let incremental = 0;
    fc.assert(
      fc.property(fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 2, maxLength: 6 }), fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }), (steps, pairs) => {
        // The chain, newest first: each older version is the newer with some edits.
        const chain = [src];
        for (const s of steps) chain.push(s.reduce(apply, chain[chain.length - 1]));
        const trees = new VersionTrees();
        const cache = new ChunkCache();
        try {
          for (let i = 0; i < chain.length; i++) {
            const fresh = makeVersion(file, chain[i], new ChunkCache());
            if (pairs[i % pairs.length] && i + 1 < chain.length) {
              // A pair: the older version from the kept tree, this one from the older's tree.
              const [o, n] = makeVersionPair(file, chain[i + 1], file, chain[i], cache, undefined, undefined, trees);
              assert.deepEqual(n.analysis, fresh.analysis, `pair head, version ${i}`);
              assert.deepEqual(o.analysis, makeVersion(file, chain[i + 1], new ChunkCache()).analysis, `pair base, version ${i + 1}`);
              i++;
            } else {
              const v = makeVersion(file, chain[i], cache, undefined, undefined, trees);
              assert.deepEqual(v.analysis, fresh.analysis, `version ${i}`);
            }
            if (trees.size > 0) incremental++;
          }
        } finally {
          trees.clear();
        }
      }),
      { numRuns: 40 },
    );
    assert.ok(incremental > 40, 'the kept trees were used');
  });
}

test('editTree: the edited tree reparses to the fresh tree (multi-hunk edits, with and without trailing newlines)', () => {
  const parser = parserFor('typescript');
  const base = sources['src/tokenize.ts'];
  fc.assert(
    fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), fc.boolean(), (edits, dropNewline) => {
      let to = edits.reduce(apply, base);
      if (dropNewline) to = to.replace(/\n+$/, '');
      let old: Tree | null = null;
      let inc: Tree | null = null;
      let fresh: Tree | null = null;
      try {
        old = parser.parse(base)!;
        inc = parser.parse(to, editTree(old, base, to))!;
        fresh = parser.parse(to)!;
        // Error recovery may differ between the two ways; VersionTrees reparses those afresh.
        if (!inc.rootNode.hasError) assert.equal(inc.rootNode.toString(), fresh.rootNode.toString());
      } finally {
        old?.delete();
        inc?.delete();
        fresh?.delete();
      }
    }),
    { numRuns: 80 },
  );
});

test('VersionTrees is bounded by characters and frees what it drops', () => {
  const trees = new VersionTrees(1000);
  const parser = parserFor('python');
  const text = 'x = 1\n'.repeat(100); // 600 characters
  trees.keep('a.py', 'python', text, parser.parse(text)!);
  trees.keep('b.py', 'python', text, parser.parse(text)!);
  assert.equal(trees.size, 1, 'the older tree was dropped');
  const big = 'y = 2\n'.repeat(200);
  trees.keep('c.py', 'python', big, parser.parse(big)!);
  assert.equal(trees.size, 1, 'a text over the budget is not kept');
  // The kept tree of b.py is the base of its next version.
  const t = trees.parse('b.py', 'python', text + 'z = 3\n')!;
  assert.equal(t.rootNode.childCount, 101);
  t.delete();
  trees.clear();
  assert.equal(trees.size, 0);
});
