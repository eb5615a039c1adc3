// Change-scoped analysis (symbols/carry-over.ts, issue 14): a version analysed with the carry-over
// of the path's previous version re-extracts only the top-level statements and class members whose
// text changed, and places every other one from the previous version. Property: along random edit
// chains (inserts, deletions, replacements, many breaking the syntax, inside and between members)
// of real-shaped TS, JS and Python sources — and of real files of the accuracy corpus, walked
// from the commit's head to its base as the history walk does — every analysis deepEquals a fresh
// analysis of the same text (empty chunk cache, member reuse off). The shared caches (chunk cache,
// member walk caches) are emptied before every step, so whatever is reused came from the carry.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, test } from 'node:test';
import fc from 'fast-check';
import { applyUnifiedDiff } from '../../bench/corpus-patch';
import { makeVersion, makeVersionPair } from '../../server/src/engine/file-version';
import { VersionTrees } from '../../server/src/engine/version-trees';
import { initParsers, languageOf, parserFor } from '../../server/src/parsing/languages';
import { analyzeSource, analyzeTree, ChunkCache } from '../../server/src/symbols/analyze';
import { CarryOver } from '../../server/src/symbols/carry-over';
import { clearPyMemberCache } from '../../server/src/symbols/py-flat';
import { clearTsMemberCache, setTsMemberReuse } from '../../server/src/symbols/typescript';
import type { FileAnalysis, Lang } from '../../server/src/symbols/types';

before(async () => {
  await initParsers();
});

const root = path.resolve(__dirname, '../../..');
const read = (p: string) => fs.readFileSync(path.join(root, p), 'utf8');

/** A real commit of the corpus: [head, base] of one of its files. */
function corpusPair(dir: string, file: string): [string, string] {
  const base = read(`test/corpus/${dir}/before/${file}`);
  const diff = path.join(root, `test/corpus/${dir}/after/${file}.diff`);
  const head = fs.existsSync(diff) ? applyUnifiedDiff(base, fs.readFileSync(diff, 'utf8')) : read(`test/corpus/${dir}/after/${file}`);
  return [head, base];
}

const sources: Record<string, string> = {
  // A TS file of classes with many members (the opaque-member path), doc comments, generics.
  'src/snapshot.ts': read('server/src/symbols/syntax-snapshot.ts'),
  // A CommonJS class in webpack's shape (JSDoc typedefs, one class, module.exports).
  'lib/css/CssGenerator.js': corpusPair('webpack/91cbe577', 'lib/css/CssGenerator.js')[1],
  // httpx's models: classes with properties, decorators, docstrings.
  'httpx/_models.py': read('test/corpus/httpx/41597adf/before/httpx/_models.py'),
};

const snippets = [
  'x', ' ', '\n', '(', ')', '{', '}', ':', ';', ',', 'if (a) {', '  return 1;\n', '# c\n', '// c\n', '/** doc */\n',
  '\n\nfunction g() {}\n', '  m(a) {\n    return a + 1;\n  }\n', '\tstatic s = () => 1;\n',
  'def f():\n    pass\n', '    def m(self):\n        return 2\n', '    @property\n    def p(self):\n        """P."""\n        return 3\n',
  'class K {}\n', 'export ', '/* a */',
];

/**
 * A random edit: insert, delete or replace somewhere (line-aligned or not); or move a line's
 * start column without touching its text — indent it, or join it to the line before — so that
 * an unchanged declaration appears at another column (a carried chunk must not keep its old one).
 */
const edit = fc.record({
  at: fc.nat(), del: fc.nat(60), ins: fc.constantFrom(...snippets), lineStart: fc.boolean(),
  move: fc.constantFrom<'none' | 'indent' | 'join'>('none', 'none', 'none', 'indent', 'join'),
});

function apply(text: string, e: { at: number; del: number; ins: string; lineStart: boolean; move: 'none' | 'indent' | 'join' }): string {
  let at = e.at % (text.length + 1);
  if (e.lineStart || e.move !== 'none') at = text.lastIndexOf('\n', at - 1) + 1;
  if (e.move === 'indent') return `${text.slice(0, at)}  ${text.slice(at)}`;
  if (e.move === 'join') return at > 0 ? `${text.slice(0, at - 1)} ${text.slice(at)}` : text;
  return text.slice(0, at) + e.ins + text.slice(at + e.del);
}

/** The reference: a fresh parse and analysis, no chunk cache, no member-level reuse. */
function fresh(file: string, text: string): FileAnalysis {
  setTsMemberReuse(false);
  clearPyMemberCache();
  try {
    return analyzeSource(text, file, languageOf(file) as Lang, new ChunkCache());
  } finally {
    setTsMemberReuse(true);
  }
}

/** Nothing shared survives between two steps: reuse can only come from a carry-over. */
function emptySharedCaches(): void {
  clearTsMemberCache();
  clearPyMemberCache();
}

let carried = { chunks: 0, members: 0 };

/** Analyses the versions of `chain` (newest first) with carry-overs only, each checked against a fresh analysis. */
function checkChain(file: string, chain: readonly string[]): void {
  const lang = languageOf(file) as Lang;
  const parser = parserFor(lang);
  let prev: CarryOver | undefined;
  for (let i = 0; i < chain.length; i++) {
    emptySharedCaches();
    const tree = parser.parse(chain[i]);
    assert.ok(tree);
    const next = new CarryOver();
    try {
      const got = analyzeTree(tree, chain[i], file, lang, new ChunkCache(), { prev, next });
      assert.deepEqual(got, fresh(file, chain[i]), `version ${i} of ${file}`);
    } finally {
      tree.delete();
    }
    if (prev) {
      carried.chunks += prev.chunkHits;
      carried.members += prev.memberHits;
    }
    prev = next;
  }
}

/** The same chain through the history walk's own functions: kept trees, carry-overs, pairs. */
function checkWalk(file: string, chain: readonly string[], pairs: readonly boolean[]): void {
  const trees = new VersionTrees();
  try {
    for (let i = 0; i < chain.length; i++) {
      emptySharedCaches();
      if (pairs[i % pairs.length] && i + 1 < chain.length) {
        const [o, n] = makeVersionPair(file, chain[i + 1], file, chain[i], new ChunkCache(), undefined, undefined, trees);
        assert.deepEqual(n.analysis, fresh(file, chain[i]), `pair head, version ${i}`);
        assert.deepEqual(o.analysis, fresh(file, chain[i + 1]), `pair base, version ${i + 1}`);
        i++;
      } else {
        const v = makeVersion(file, chain[i], new ChunkCache(), undefined, undefined, trees);
        assert.deepEqual(v.analysis, fresh(file, chain[i]), `version ${i}`);
      }
    }
  } finally {
    trees.clear();
  }
}

for (const [file, src] of Object.entries(sources)) {
  test(`${file}: each version analysed from the previous version's carry-over equals a fresh analysis`, () => {
    carried = { chunks: 0, members: 0 };
    fc.assert(
      fc.property(fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 2, maxLength: 5 }), (steps) => {
        const chain = [src];
        for (const s of steps) chain.push(s.reduce(apply, chain[chain.length - 1]));
        checkChain(file, chain);
      }),
      { numRuns: 15 },
    );
    assert.ok(carried.chunks > 100, `top-level chunks were carried over (${carried.chunks})`);
    // src/snapshot.ts has few class members: 116–303 were carried over in 15 runs (seven samples of
    // this test, 2026-11-30), so > 100 could fail on an unlucky draw; > 50 still proves carrying.
    if (!file.endsWith('.py')) assert.ok(carried.members > 50, `class members were carried over (${carried.members})`);
  });

  test(`${file}: the history walk's versions and pairs (kept trees + carry-overs) equal fresh analyses`, () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 2, maxLength: 5 }),
        fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
        (steps, pairs) => {
          const chain = [src];
          for (const s of steps) chain.push(s.reduce(apply, chain[chain.length - 1]));
          checkWalk(file, chain, pairs);
        },
      ),
      { numRuns: 12 },
    );
  });
}

test('real commits of the corpus, walked head → base with carry-overs, equal fresh analyses', () => {
  carried = { chunks: 0, members: 0 };
  const cases: [string, string][] = [
    ['webpack/91cbe577', 'lib/css/CssGenerator.js'],
    ['webpack/eea93080', 'lib/loaders/LoaderRunner.js'],
    ['httpx/41597adf', 'httpx/_models.py'],
    ['vscode-lsp/01a58003', 'client/src/codeConverter.ts'],
    ['flask/a3c9494f', 'flask/app.py'],
  ];
  for (const [dir, file] of cases) {
    const [head, base] = corpusPair(dir, file);
    assert.notEqual(head, base, `${dir} ${file} changes`);
    checkChain(file, [head, base]);
    checkWalk(file, [head, base], [true]);
    checkWalk(file, [head, base], [false]);
  }
  assert.ok(carried.chunks > 20, `chunks were carried between a commit's two sides (${carried.chunks})`);
});
