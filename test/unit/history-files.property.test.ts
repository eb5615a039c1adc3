// The walk's per-commit file lists without a Set copy per commit (engine/history-files.ts,
// issue 14 sixth pass). Property: over random first-parent histories (additions, deletions,
// modifications, renames and copies of paths from a small pool, so paths come and go and the
// same path is changed by many commits and twice in one commit), FileTimeline answers for every
// commit and both sides exactly what the Sets parentFileSet builds answer — for every path of
// the pool — and setAt gives those Sets.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parentFileSet } from '../../server/src/engine/history';
import { FileTimeline } from '../../server/src/engine/history-files';
import type { ChangedFile, ChangeStatus } from '../../server/src/git';

const POOL = ['a.ts', 'b.ts', 'src/c.py', 'src/d.js', 'e.md', 'lib/f.ts', 'g', 'h/i.ts'];
const path = fc.constantFrom(...POOL);
const change: fc.Arbitrary<ChangedFile> = fc
  .record({ status: fc.constantFrom<ChangeStatus>('A', 'D', 'M', 'R', 'C', 'T'), from: path, to: path })
  .map(({ status, from, to }) => {
    if (status === 'A') return { status, newPath: to };
    if (status === 'D') return { status, oldPath: from };
    if (status === 'R' || status === 'C') return { status, oldPath: from, newPath: to, similarity: 90 };
    return { status, oldPath: from, newPath: from };
  });
const history = fc.record({
  head: fc.subarray(POOL),
  commits: fc.array(fc.array(change, { maxLength: 5 }), { maxLength: 30 }),
});

test('FileTimeline answers every commit and side as the copied Sets of parentFileSet', () => {
  fc.assert(
    fc.property(history, ({ head, commits }) => {
      const headSet = new Set(head);
      const timeline = new FileTimeline(headSet);
      let files = headSet;
      for (const changed of commits) {
        const headStep = timeline.step;
        const parent = parentFileSet(files, changed);
        const parentStep = timeline.back(changed);
        assert.equal(parentStep, headStep + 1);
        for (const p of POOL) {
          assert.equal(timeline.has(headStep, p), files.has(p), `head side of step ${headStep}: ${p}`);
          assert.equal(timeline.has(parentStep, p), parent.has(p), `base side of step ${headStep}: ${p}`);
        }
        assert.deepEqual([...timeline.setAt(parentStep)].sort(), [...parent].sort());
        files = parent;
      }
      // Earlier steps still answer as they did (a change set is read after later commits were walked).
      let again: Set<string> = headSet;
      for (let k = 0; k < commits.length; k++) {
        for (const p of POOL) assert.equal(timeline.has(k, p), again.has(p), `step ${k} after the walk: ${p}`);
        again = parentFileSet(again, commits[k]);
      }
      assert.equal(headSet.size, new Set(head).size, 'the head list is not modified');
    }),
    { numRuns: 400 },
  );
});
