// delta/emit-imports.ts moduleKey remembers its answers per file and specifier (issue 14,
// eleventh pass): whatever the order of the calls and however often its bounded maps are
// dropped, it answers as the computation it remembers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { moduleKey, moduleKeyOf } from '../../server/src/delta/emit-imports';

const fileArb = fc.constantFrom('a.js', 'lib/b.ts', 'lib/x/c.js', 'pkg/mod.py', 'pkg/sub/m.py', 'src/index.tsx');
const specArb = fc.oneof(
  fc.constantFrom('./x', '../y/z.js', '.', '..core', '.core', 'node:fs', 'node:test', 'fs', 'pkg.core', 'react'),
  fc.stringMatching(/^(\.{1,2}\/)?[a-z]{1,3}(\/[a-z]{1,3})?$/),
);

test('moduleKey answers as moduleKeyOf for any sequence of files and specifiers', () => {
  fc.assert(fc.property(fc.array(fc.tuple(fileArb, specArb), { minLength: 1, maxLength: 60 }), (calls) => {
    for (const [f, s] of calls) assert.equal(moduleKey(f, s), moduleKeyOf(f, s), `${f} ${s}`);
  }), { numRuns: 300 });
});

test('past its bounds (1,024 specifiers of one file, 512 files) it still answers the same', () => {
  for (let i = 0; i < 2_500; i++) assert.equal(moduleKey('lib/a.js', `./m${i}`), `rel:lib/m${i}`);
  for (let i = 0; i < 1_200; i++) assert.equal(moduleKey(`d${i}/f.js`, '../x'), 'rel:x');
  assert.equal(moduleKey('lib/a.js', './m7'), 'rel:lib/m7');
});
