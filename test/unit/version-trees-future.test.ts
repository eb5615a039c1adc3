// The walk's kept trees are evicted by when their path is parsed next (issue 14, sixth pass:
// engine/version-trees.ts setFuture, engine/history.ts futureUses). Real parses; whether a tree
// was kept is seen by parseScoped: only a kept tree gives the line diff of the incremental parse.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import fc from 'fast-check';
import { futureUses } from '../../server/src/engine/history';
import { VersionTrees } from '../../server/src/engine/version-trees';
import { makeVersionPair } from '../../server/src/engine/file-version';
import type { CommitChanges } from '../../server/src/git';
import { initParsers, parserFor } from '../../server/src/parsing/languages';

before(async () => {
  await initParsers();
});

const text = 'x = 1\n'.repeat(100); // 600 characters
const kept = (trees: VersionTrees, path: string): boolean => {
  const r = trees.parseScoped(path, 'python', `${text}z = 3\n`);
  r.tree?.delete();
  return r.diff !== undefined;
};

test('over budget, the tree parsed again farthest in the future goes first, not the least recently used', () => {
  const trees = new VersionTrees(1300); // two of the three texts
  const next: Record<string, number> = { 'a.py': 3, 'b.py': Infinity, 'c.py': 5 };
  trees.setFuture((p) => next[p] ?? Infinity);
  for (const p of ['a.py', 'b.py', 'c.py']) trees.keep(p, 'python', text, parserFor('python').parse(text)!);
  assert.equal(trees.size, 2);
  // LRU would have dropped a.py (kept first); b.py is never parsed again.
  assert.equal(kept(trees, 'b.py'), false);
  assert.equal(kept(trees, 'a.py'), true);
  assert.equal(kept(trees, 'c.py'), true);
  trees.clear();
});

test('without a future, least recently used first out (the editor, other callers)', () => {
  const trees = new VersionTrees(1300);
  for (const p of ['a.py', 'b.py', 'c.py']) trees.keep(p, 'python', text, parserFor('python').parse(text)!);
  assert.equal(kept(trees, 'a.py'), false);
  assert.equal(kept(trees, 'b.py'), true);
  trees.clear();
});

test('a modified file\'s base tree is kept only when a later commit of the walk parses the path again', () => {
  // A tree no later commit starts from only fills the wasm heap (webpack's 698-file commit: its
  // parses ran ~1.5× slower on fresh pages). The analyses are the same either way.
  const trees = new VersionTrees();
  const next: Record<string, number> = { 'again.py': 7 };
  trees.setFuture((p) => next[p] ?? Infinity);
  const before = `${text}def f(a):\n    return a\n`;
  const after = `${text}def f(a, b):\n    return a\n`;
  const [o1, n1] = makeVersionPair('again.py', before, 'again.py', after, undefined, undefined, undefined, trees);
  const [o2, n2] = makeVersionPair('once.py', before, 'once.py', after, undefined, undefined, undefined, trees);
  assert.equal(trees.has('again.py'), true);
  assert.equal(trees.has('once.py'), false);
  assert.equal(trees.wanted('once.py'), false);
  const names = (v: typeof o1) => v.analysis?.symbols.map((x) => `${x.qualname}${x.signature.text}`);
  assert.deepEqual(names(o2), names(o1));
  assert.deepEqual(names(n2), names(n1));
  assert.equal(names(n2)?.length, 1);
  assert.notDeepEqual(names(n2), names(o2));
  trees.clear();
  // Without a future (the daemon, the editor): kept.
  const plain = new VersionTrees();
  makeVersionPair('once.py', before, 'once.py', after, undefined, undefined, undefined, plain);
  assert.equal(plain.has('once.py'), true);
  plain.clear();
});

test('futureUses: the next entry naming a path after a given one, skipped commits ignored', () => {
  const POOL = ['a', 'b', 'c', 'd'];
  const entry = fc.record({
    sha: fc.constantFrom('s1', 's2', 's3', 's4', 's5'),
    files: fc.array(fc.record({ oldPath: fc.option(fc.constantFrom(...POOL), { nil: undefined }), newPath: fc.option(fc.constantFrom(...POOL), { nil: undefined }) }), { maxLength: 4 }),
  });
  fc.assert(
    fc.property(fc.array(entry, { maxLength: 25 }), fc.subarray(['s1', 's2', 's3', 's4', 's5']), (entries, skipped) => {
      const history = entries.map((e) => ({ commit: { sha: e.sha }, files: e.files.map((f) => ({ status: 'M', ...f })) })) as unknown as CommitChanges[];
      const skip = new Set(skipped);
      const f = futureUses(history, skip);
      for (const p of [...POOL, 'e']) {
        for (let i = -1; i < history.length; i++) {
          let want = Infinity;
          for (let j = i + 1; j < history.length; j++) {
            if (skip.has(history[j].commit.sha)) continue;
            if (history[j].files.some((x) => x.oldPath === p || x.newPath === p)) {
              want = j;
              break;
            }
          }
          assert.equal(f.next(p, i), want, `${p} after ${i}`);
        }
      }
    }),
    { numRuns: 300 },
  );
});
