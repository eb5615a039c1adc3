// A declaration that moved within its file unchanged is explained as moved (emit-docs-coverage.ts
// moveWithinFile), however short: jotai 3825317c9c lifts a one-line `const isNumber = (v) => …`
// out of an `it` callback into the `describe` around it, and the coverage pass, which leaves moves
// of under 3 lines to the catch-all (likely coincidences inside real edits), reported two
// MODIFY_FILE for a helper nobody changed. Real parses.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { initParsers } from '../../server/src/parsing/languages';
import { directDelta } from '../helpers/direct-delta';

before(async () => {
  await initParsers();
});

const kinds = (r: ReturnType<typeof directDelta>) => r.tokens.map((t) => `${t.kind}${t.meta.reason ? `:${t.meta.reason}` : ''}`).sort();

test('a one-line helper moved out of a callback, unchanged: moved, no catch-all', () => {
  const b = ["describe('v', () => {", "  it('a', () => {", '    const store = createStore()', "    const isNumber = (v: unknown): v is number => typeof v === 'number'", '    expect(isNumber(store)).toBe(0)', '  })', '})', ''].join('\n');
  const h = ["describe('v', () => {", "  const isNumber = (v: unknown): v is number => typeof v === 'number'", '', "  it('a', () => {", '    const store = createStore()', '    expect(isNumber(store)).toBe(0)', '  })', '})', ''].join('\n');
  const k = kinds(directDelta({ 't.test.ts': b }, { 't.test.ts': h }));
  assert.ok(!k.includes('MODIFY_FILE'), k.join(' | '));
  assert.ok(k.includes('ΔCOMMENTS:moved'), k.join(' | '));
});

test('the same helper moved and changed is still a change', () => {
  const b = "function run() {\n  const isNumber = (v) => typeof v === 'number'\n  return isNumber(1)\n}\n\nfunction other() {\n  return 2\n}\n";
  const h = "function run() {\n  return isNumber(1)\n}\n\nfunction other() {\n  const isNumber = (v) => typeof v === 'bigint'\n  return 2\n}\n";
  const k = kinds(directDelta({ 'm.js': b }, { 'm.js': h }));
  assert.ok(!k.includes('ΔCOMMENTS:moved'), k.join(' | '));
});

// pydantic 92462ee5a5 changed `RootModel.model_dump`'s signature and rewrote its docstring: the
// docstring's first line (where the string token starts) went to the MODIFY_FILE catch-all.
test('a docstring rewritten in the same change as a signature is documentation, no catch-all', () => {
  const b = 'class M:\n    def dump(self, *, include: Any = None) -> Any:\n        """This method is included.\n\n        More.\n        """\n        return 1\n';
  const h = 'class M:\n    def dump(self, *, include: IncEx | None = None) -> Any:\n        """!!! abstract "Usage Documentation"\n\n        More.\n        """\n        return 1\n';
  const k = kinds(directDelta({ 'm.py': b }, { 'm.py': h }));
  assert.ok(k.includes('MODIFY_SIG'), k.join(' | '));
  assert.ok(k.includes('ΔCOMMENTS:docstring'), k.join(' | '));
  assert.ok(!k.includes('MODIFY_FILE'), k.join(' | '));
  // A real statement in its place is still code: the signature token then spans the changed body.
  const h2 = h.replace('"""!!! abstract "Usage Documentation"\n\n        More.\n        """', 'print("Usage Documentation")');
  const sig = directDelta({ 'm.py': b }, { 'm.py': h2 }).tokens.find((t) => t.kind === 'MODIFY_SIG');
  assert.ok(sig && sig.range.endLine >= 3 && sig.meta.bodyChanged, JSON.stringify(sig?.range));
});

// What is not a docstring stays code: a string argument on a line of its own at module level (a
// triple-quoted SQL query, a plain string) — its edit is a ΔTOPLEVEL change, not documentation.
test('a module-level string argument on its own line is code, not a docstring', () => {
  const b = 'import db\n\nQUERY = db.prepare(\n    """SELECT id FROM users"""\n)\nNAME = make(\n    "loaded"\n)\n';
  for (const h of [b.replace('SELECT id FROM users', 'SELECT id FROM admins'), b.replace('"loaded"', '"done"')]) {
    const k = kinds(directDelta({ 'db.py': b }, { 'db.py': h }));
    assert.ok(!k.some((x) => x.startsWith('ΔCOMMENTS')), k.join(' | '));
    assert.ok(k.includes('ΔTOPLEVEL'), k.join(' | '));
  }
  // A module docstring is documentation.
  const m = '"""Database helpers."""\nimport db\n';
  assert.deepEqual(kinds(directDelta({ 'db.py': m }, { 'db.py': m.replace('helpers', 'utilities') })), ['ΔCOMMENTS:docstring']);
});
