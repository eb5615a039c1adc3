// emit-tests.ts (spec §3.3 row ΔTESTS): the test-case count of a test file changed by k.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TESTS_ADDED_WEIGHT, TOKEN_KINDS } from '../../server/src/delta/catalogue';
import { emitTests } from '../../server/src/delta/emit-tests';
import { rig } from '../helpers/emitters';

const SUITE = `import { test } from 'node:test';
import assert from 'node:assert/strict';
import { add } from '../src/math';

test('adds', () => {
  assert.equal(add(1, 2), 3);
});

test('adds negatives', () => {
  assert.equal(add(-1, -2), -3);
});
`;

test('two cases removed from a TS test file: ΔTESTS −2 at the removal weight', async () => {
  const b = SUITE.replace(/test\('adds'[\s\S]*$/, '');
  const r = await rig({ 'test/math.test.ts': SUITE }, { 'test/math.test.ts': b });
  emitTests(r.ctx, r.change('test/math.test.ts'));
  const [t] = r.tokens();
  assert.deepEqual([t.kind, t.before, t.after, t.magnitude, t.meta.sign, t.weight], ['ΔTESTS', 2, 0, 2, '-', TOKEN_KINDS['ΔTESTS'].weight]);
});

test('a pytest case added: ΔTESTS +1 at the (negative) added weight; the same edit outside a test path gives nothing', async () => {
  const a = 'def test_parse():\n    assert parse("1") == 1\n';
  const b = `${a}\n\ndef test_parse_empty():\n    assert parse("") is None\n`;
  const r = await rig({ 'tests/test_parse.py': a, 'app/checks.py': a }, { 'tests/test_parse.py': b, 'app/checks.py': b });
  emitTests(r.ctx, r.change('tests/test_parse.py'));
  emitTests(r.ctx, r.change('app/checks.py'));
  assert.equal(r.tokens().length, 1);
  assert.deepEqual([r.tokens()[0].file, r.tokens()[0].meta.sign, r.tokens()[0].weight], ['tests/test_parse.py', '+', TESTS_ADDED_WEIGHT]);
});

test('a test file whose head does not parse gives no ΔTESTS (its count is unknown, not zero)', async () => {
  const b = SUITE.replace("test('adds negatives', () => {", "test('adds negatives', () => {{{");
  const r = await rig({ 'test/math.test.ts': SUITE }, { 'test/math.test.ts': b });
  assert.equal(r.change('test/math.test.ts').newA!.ok, false);
  emitTests(r.ctx, r.change('test/math.test.ts'));
  assert.deepEqual(r.tokens(), []);
});
