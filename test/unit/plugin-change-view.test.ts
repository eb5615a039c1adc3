// The change view a plugin receives (issue 16): its wire JSON is JSON.stringify of the view,
// byte for byte, though each side is serialised once; a side is built once per file version
// (shared by the views of neighbouring commits); the hunks are the tokenizer's diff of the same
// two versions.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import fc from 'fast-check';
import type { FileChange, FileVersion } from '../../server/src/delta/change-set';
import { changeView, filesMatcher, viewJson } from '../../server/src/plugins/change-view';
import { diffLines, splitLines } from '../../server/src/util/line-diff';

const text = fc.array(fc.oneof(fc.string(), fc.constantFrom('a', 'b', 'é — "q" \\ \u2028', '')), { maxLength: 12 }).map((ls) => ls.join('\n'));
const version = (path: string) => text.map((t): FileVersion => ({ path, text: t }));

test('viewJson(view) is JSON.stringify(view), for any texts, paths and statuses', () => {
  fc.assert(
    fc.property(
      fc.array(
        fc.record({ path: fc.string({ minLength: 1 }), old: fc.option(version('o.ts'), { nil: undefined }), new: fc.option(version('n.ts'), { nil: undefined }), status: fc.constantFrom('A', 'D', 'M', 'R', 'C', 'T') as fc.Arbitrary<FileChange['status']> }),
        { maxLength: 5 },
      ),
      (changes) => {
        const cs = { changes: changes.map((c) => ({ status: c.status, ...(c.old ? { old: { ...c.old, path: c.path } } : {}), ...(c.new ? { new: { ...c.new, path: c.status === 'R' ? `${c.path}.moved` : c.path } } : {}) })) };
        const v = changeView(cs, () => true);
        assert.equal(viewJson(v), JSON.stringify(v));
        assert.deepEqual(JSON.parse(viewJson(v)), v);
      },
    ),
  );
});

test('a side is built once per file version; hunks are the line diff of the two versions', () => {
  const a: FileVersion = { path: 'src/x.ts', text: 'one\ntwo\nthree\n' };
  const b: FileVersion = { path: 'src/x.ts', text: 'one\n2\nthree\nfour\n' };
  const c: FileVersion = { path: 'src/x.ts', text: 'one\n2\n' };
  const match = filesMatcher(['src/**']);
  const v1 = changeView({ changes: [{ status: 'M', old: a, new: b }] }, match);
  const v2 = changeView({ changes: [{ status: 'M', old: b, new: c }] }, match);
  assert.equal(v1.files[0].after, v2.files[0].before, 'the version shared by two neighbouring commits is one side object');
  assert.equal(v1.files[0].after!.lineCount, 4);
  assert.deepEqual(v1.files[0].hunks, diffLines(splitLines(a.text!), splitLines(b.text!)));
  assert.deepEqual(v2.files[0].hunks, diffLines(splitLines(b.text!), splitLines(c.text!)));
  assert.deepEqual(changeView({ changes: [{ status: 'A', new: a }] }, match).files[0].hunks, [{ oldStart: 0, oldLines: 0, newStart: 1, newLines: 3 }]);
  assert.equal(changeView({ changes: [{ status: 'M', old: a, new: b }] }, filesMatcher(['docs/**'])).files.length, 0);
});
