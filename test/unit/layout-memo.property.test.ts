// I3's layout while typing (issue 14): engine/base-files.ts layoutOf returns the same frozen array
// for a change set whose paths and line counts did not change, and mosaic/layout.ts buildLayout
// the same layout for it — so a keystroke costs no sort, merge or map over the whole repository.
// Whatever the sequence of change sets, the answer equals a from-scratch computation (a fresh
// base map, no memo), and I3 over it equals I3 over an unmarked copy.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { Policy } from '../../server/src/config/policy';
import type { ChangeSet, FileChange } from '../../server/src/delta/change-set';
import { layoutOf } from '../../server/src/engine/base-files';
import { evaluateI3 } from '../../server/src/mosaic/i3';
import { buildLayout } from '../../server/src/mosaic/layout';

const paths = ['a.ts', 'lib/b.js', 'lib/c.js', 'src/d.py', 'src/e/f.ts', 'dist/out.js', 'z.ts'];
const base = new Map(paths.map((p, i) => [p, 3 + i * 5] as const));
const text = (n: number) => Array.from({ length: n }, (_, i) => `l${i}`).join('\n') + '\n';

const changeArb = fc.record({ path: fc.constantFrom(...paths, 'new/n.ts'), status: fc.constantFrom('M', 'A', 'D'), lines: fc.nat(12) });

function changeSet(spec: { path: string; status: string; lines: number }[]): ChangeSet {
  const seen = new Set<string>();
  const changes: FileChange[] = [];
  for (const c of spec) {
    if (seen.has(c.path)) continue;
    seen.add(c.path);
    const old = base.has(c.path) && c.status !== 'A' ? { path: c.path, text: text(base.get(c.path)!) } : undefined;
    const nu = c.status !== 'D' ? { path: c.path, text: text(c.lines) } : undefined;
    if (!old && !nu) continue;
    changes.push({ status: old ? (nu ? 'M' : 'D') : 'A', old, new: nu });
  }
  return { changes };
}

test('layoutOf and buildLayout memos give what a from-scratch computation gives, and the same objects when nothing changed', () => {
  const policy = new Policy();
  fc.assert(
    fc.property(fc.array(fc.array(changeArb, { maxLength: 4 }), { minLength: 1, maxLength: 6 }), (steps) => {
      let prev: { spec: string; files: ReturnType<typeof layoutOf> } | undefined;
      for (const spec of steps) {
        const cs = changeSet(spec);
        const files = layoutOf({ locs: base }, cs, policy);
        const fresh = layoutOf({ locs: new Map(base) }, cs, policy); // a new base map: no memo
        assert.deepEqual(files, fresh);
        const key = JSON.stringify(cs.changes.map((c) => [c.old?.path, c.new?.path, c.old?.text?.length, c.new?.text?.length]));
        if (prev && prev.spec === key) assert.equal(files, prev.files, 'unchanged paths and line counts: the same array');
        assert.equal(buildLayout(files, 8, 8), buildLayout(files, 8, 8));
        const tokens: never[] = [];
        assert.deepEqual(evaluateI3({ files, changeSet: cs, tokens }), evaluateI3({ files: [...fresh].reverse(), changeSet: cs, tokens }));
        prev = { spec: key, files };
        // The same change set again (a keystroke that changed no line count): the same objects.
        assert.equal(layoutOf({ locs: base }, changeSet(spec), policy), files);
      }
    }),
    { numRuns: 150 },
  );
});
