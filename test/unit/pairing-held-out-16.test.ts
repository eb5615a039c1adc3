// Held-out batch 16 (docs/accuracy.md "Held-out batch 16"): the defect the batch found, on small
// cases with the neighbours that must keep their answer. Real parses (tree-sitter wasm).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { initParsers } from '../../server/src/parsing/languages';
import { directDelta } from '../helpers/direct-delta';

before(async () => {
  await initParsers();
});

/** Structural tokens as `KIND symbol`, sorted. */
const structure = (file: string, b: string, h: string) =>
  directDelta({ [file]: b }, { [file]: h })
    .tokens.filter((t) => ['ADD_FN', 'DEL_FN', 'RENAME_FN', 'EXTRACT_FN', 'INLINE_FN', 'MOVE_SYMBOL'].includes(t.kind))
    .map((t) => `${t.kind} ${t.symbol}`)
    .sort();

// elysia c6b9622e / 3b3fbcd5: an example passes `error: [function a({ query }) {…}, …]` inside an
// argument object. §3.1: a function expression's name binds nothing in the enclosing scope. The
// symbol view dropped named function expressions after `(`, `,` and `:`, so an array's later
// elements were no symbols but its first one (after `[`) was: ADD_FN a.
test('a named function expression as the first element of an array literal is no symbol', () => {
  const b = "import { run } from './run'\n\nconsole.log(1)\n";
  const h = [
    "import { run } from './run'",
    '',
    'console.log(',
    '  run({',
    '    error: [',
    '      function a({ query, headers: { hello } }) {',
    '        query.b',
    '        return hello',
    '      },',
    '      function b({ query }) {',
    '        return query.e',
    '      }',
    '    ]',
    '  })',
    ')',
    '',
  ].join('\n');
  assert.deepEqual(structure('a.ts', b, h), []);
});

// elysia 90654744 (example/trace.ts), with the function first in its array: `delay`'s wait moved
// into a new module-level `sleep`. With `delay` read as a symbol, sleep was "extracted" from it;
// no function is bound there, so sleep is added.
test('code leaving an array-element function expression goes nowhere paired: the helper is added', () => {
  const b = [
    "import { app } from './app'",
    '',
    "app.get('/', () => 'Hi', {",
    '  beforeHandle: [',
    '    async function delay() {',
    '      await new Promise((resolve) => setTimeout(resolve, 1000))',
    '    }',
    '  ]',
    '})',
    '',
  ].join('\n');
  const h = [
    "import { app } from './app'",
    '',
    'const sleep = (time = 1000) =>',
    '  new Promise((resolve) => setTimeout(resolve, time))',
    '',
    "app.get('/', () => 'Hi', {",
    '  beforeHandle: [',
    '    async function delay() {',
    '      await sleep()',
    '    }',
    '  ]',
    '})',
    '',
  ].join('\n');
  assert.deepEqual(structure('t.ts', b, h), ['ADD_FN sleep']);
});

test('the neighbours keep their answer: bound function expressions and arrays of arrows', () => {
  const b = 'export const x = 1\n';
  // `const f = function inner() {}` binds f (§3.1); an index expression is not an array literal
  // but a function expression cannot stand there as a declaration either; arrows are anonymous.
  const h = [
    'export const x = 1',
    'export const f = function inner(a: number) {',
    '  return a + 1',
    '}',
    'export const handlers = [(a: number) => a * 2, (b: number) => b - 1]',
    'export const obj = {',
    '  m(a: number) {',
    '    return a',
    '  },',
    '}',
    '',
  ].join('\n');
  assert.deepEqual(structure('n.ts', b, h), ['ADD_FN f', 'ADD_FN obj.m']);
});
