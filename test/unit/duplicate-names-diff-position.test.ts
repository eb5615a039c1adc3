// Same-name symbols whose count changed pair by where the line diff puts them first (pairing.ts
// duplicatePairs; spec §3.2 "duplicates by position"). Real commit: nodejs/undici 57f50a278b adds
// a test with empty nested `resume` / `abort` helpers above the file's other tests, which hold the
// same helpers: first-with-first by identical body reported the *last* helpers (unchanged lines)
// as added, and I3 failed the commit (token spans on cells with no textual change). Real parses.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { initParsers } from '../../server/src/parsing/languages';
import { directDelta } from '../helpers/direct-delta';

before(async () => {
  await initParsers();
});

const testCase = (name: string) => [
  `  test('${name}', async function (t) {`,
  '    function resume () {',
  '    }',
  '    function abort () {',
  '    }',
  `    const r = new Readable({ resume, abort, name: '${name}' })`,
  '    t.ok(r)',
  '  })',
  '',
];

const file = (names: string[]) => ["'use strict'", '', "const { test, describe } = require('node:test')", '', "describe('Readable', () => {", ...names.flatMap(testCase), '})', ''].join('\n');

test('a test inserted above its twins: the added helpers are the inserted ones, where they stand', () => {
  const b = file(['avoid body reordering', 'destroy timing']);
  const h = file(['consume a body whose end has already been emitted', 'avoid body reordering', 'destroy timing']);
  const r = directDelta({ 'test/readable.js': b }, { 'test/readable.js': h });
  const fns = r.tokens.filter((t) => t.kind === 'ADD_FN' || t.kind === 'DEL_FN').map((t) => `${t.kind} ${t.symbol} ${t.range.line}`).sort();
  // The inserted test spans lines 6–14: its helpers start at lines 7 and 9.
  assert.deepEqual(fns, ['ADD_FN abort 9', 'ADD_FN resume 7']);
  assert.equal(r.tokens.filter((t) => t.kind === 'MODIFY_FILE').length, 0, 'every changed line is explained');
});

test('appended below its twins: the added helpers are the appended ones', () => {
  const b = file(['a', 'b']);
  const h = file(['a', 'b', 'c']);
  const r = directDelta({ 't.js': b }, { 't.js': h });
  const fns = r.tokens.filter((t) => t.kind === 'ADD_FN' || t.kind === 'DEL_FN').map((t) => `${t.kind} ${t.symbol} ${t.range.line}`).sort();
  // Test c spans lines 24–32: its helpers start at lines 25 and 27.
  assert.deepEqual(fns, ['ADD_FN abort 27', 'ADD_FN resume 25']);
});

test('one of three twins removed from the middle: the removed one is deleted, the others untouched', () => {
  const b = file(['a', 'b', 'c']);
  const h = file(['a', 'c']);
  const r = directDelta({ 't.js': b }, { 't.js': h });
  const fns = r.tokens.filter((t) => t.kind === 'ADD_FN' || t.kind === 'DEL_FN' || t.kind === 'MODIFY_BODY').map((t) => `${t.kind} ${t.symbol}`).sort();
  assert.deepEqual(fns, ['DEL_FN abort', 'DEL_FN resume']);
  const dels = r.tokens.filter((t) => t.kind === 'DEL_FN');
  // Deleted symbols are reported at the head line the deletion follows: test a's last line (14),
  // not after test c (the third twins, had they been taken for the deleted ones).
  for (const t of dels) assert.equal(t.range.line, 14, `${t.symbol} at ${t.range.line}`);
});
