// Held-out batch 22c (docs/accuracy.md "Held-out batch 22c"): the defect batch 22c-2 found, on a
// small case with the neighbours that must keep their answers. Real parses (tree-sitter wasm).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { initParsers } from '../../server/src/parsing/languages';
import { directDelta } from '../helpers/direct-delta';

before(async () => {
  await initParsers();
});

const SCORED = new Set(['ADD_FN', 'DEL_FN', 'RENAME_FN', 'EXTRACT_FN', 'INLINE_FN', 'MOVE_SYMBOL']);
/** The symbol tokens as `KIND file symbol`, sorted. */
const symbolTokens = (b: Record<string, string>, h: Record<string, string | null>) =>
  directDelta(b, h)
    .tokens.filter((t) => SCORED.has(t.kind))
    .map((t) => `${t.kind} ${t.file} ${t.symbol}`)
    .sort();

// react-hook-form bcd355c8: useForm's error-picking reduce became the anonymous default export of
// the new `src/logic/pickErrors.ts`, which useForm imports as `pickErrors` and calls. §3.3's "G now
// calls F" was read by F's own name (`default`), which no code says: ADD_FN instead of EXTRACT_FN.
const useFormBase = [
  "import { FieldErrors } from './types';",
  '',
  'export default function useForm(validationFields, errorsRef, getValues) {',
  '  const values = getValues();',
  '  return {',
  '    values,',
  '    errors: validationFields',
  '      ? (Object.keys(errorsRef.current).reduce(',
  '          (previous, key) => ({',
  '            ...previous,',
  '            ...(validationFields.includes(key) ? { [key]: errorsRef.current[key] } : null),',
  '          }),',
  '          {},',
  '        ) as FieldErrors)',
  '      : errorsRef.current,',
  '  };',
  '}',
  '',
].join('\n');
const useFormHead = (importLine: string, callee: string) => [
  "import { FieldErrors } from './types';",
  importLine,
  '',
  'export default function useForm(validationFields, errorsRef, getValues) {',
  '  const values = getValues();',
  '  return {',
  '    values,',
  `    errors: validationFields ? ${callee}(errorsRef.current, validationFields) : errorsRef.current,`,
  '  };',
  '}',
  '',
].join('\n');
const pickBody = [
  '  Object.keys(errors).reduce(',
  '    (previous, key) => ({',
  '      ...previous,',
  '      ...(pickList.includes(key) ? { [key]: errors[key] } : null),',
  '    }),',
  '    {},',
  '  );',
];
const pickDefault = ['export default (errors, pickList) =>', ...pickBody, ''].join('\n');
const pickNamed = ['export const pickErrors = (errors, pickList) =>', ...pickBody, ''].join('\n');

test('an extract into another file\'s default export, called by the name its import binds (react-hook-form bcd355c8)', () => {
  assert.deepEqual(
    symbolTokens(
      { 'src/useForm.ts': useFormBase },
      { 'src/useForm.ts': useFormHead("import pickErrors from './logic/pickErrors';", 'pickErrors'), 'src/logic/pickErrors.ts': pickDefault },
    ),
    ['EXTRACT_FN src/logic/pickErrors.ts default'],
  );
});

test('an extract into a named export imported under an alias', () => {
  assert.deepEqual(
    symbolTokens(
      { 'src/useForm.ts': useFormBase },
      { 'src/useForm.ts': useFormHead("import { pickErrors as pick } from './logic/pickErrors';", 'pick'), 'src/logic/pickErrors.ts': pickNamed },
    ),
    ['EXTRACT_FN src/logic/pickErrors.ts pickErrors'],
  );
});

test('an extract into a CommonJS module.exports function, bound by require', () => {
  const base = useFormBase.replace("import { FieldErrors } from './types';\n", '').replace(' as FieldErrors', '');
  const head = useFormHead("const pickErrors = require('./logic/pickErrors');", 'pickErrors').replace("import { FieldErrors } from './types';\n", '');
  const pick = ['module.exports = function (errors, pickList) {', '  return (', ...pickBody.map((l) => `  ${l}`), '  );', '};', ''].join('\n');
  assert.deepEqual(
    symbolTokens({ 'src/useForm.js': base.replace('export default function', 'module.exports = function') }, {
      'src/useForm.js': head.replace('export default function', 'module.exports = function'),
      'src/logic/pickErrors.js': pick,
    }),
    ['EXTRACT_FN src/logic/pickErrors.js default'],
  );
});

test('the inverse: a removed file\'s default export inlined into its caller, which called it by its import binding', () => {
  assert.deepEqual(
    symbolTokens(
      { 'src/useForm.ts': useFormHead("import pickErrors from './logic/pickErrors';", 'pickErrors'), 'src/logic/pickErrors.ts': pickDefault },
      { 'src/useForm.ts': useFormBase, 'src/logic/pickErrors.ts': null },
    ),
    ['INLINE_FN src/logic/pickErrors.ts default'],
  );
});

// Neighbours: the binding must resolve to F's file, and G must call it.
test('a default import of another module under the same local name is no call of the new default export', () => {
  assert.deepEqual(
    symbolTokens(
      { 'src/useForm.ts': useFormBase },
      { 'src/useForm.ts': useFormHead("import pickErrors from './utils/pickErrors';", 'pickErrors'), 'src/logic/pickErrors.ts': pickDefault },
    ),
    ['ADD_FN src/logic/pickErrors.ts default'],
  );
});

test('a default export imported but not called is no extract', () => {
  const head = useFormHead("import pickErrors from './logic/pickErrors';", 'pickErrors').replace(
    'pickErrors(errorsRef.current, validationFields)',
    '[pickErrors, errorsRef.current, validationFields]',
  );
  assert.deepEqual(symbolTokens({ 'src/useForm.ts': useFormBase }, { 'src/useForm.ts': head, 'src/logic/pickErrors.ts': pickDefault }), [
    'ADD_FN src/logic/pickErrors.ts default',
  ]);
});

/** MODIFY_SIG tokens as `MODIFY_SIG/verdict file symbol`, sorted. */
const sigs = (b: Record<string, string>, h: Record<string, string>) =>
  directDelta(b, h)
    .tokens.filter((t) => t.kind === 'MODIFY_SIG')
    .map((t) => `MODIFY_SIG/${t.meta.compatible ? 'compatible' : 'breaking'} ${t.file} ${t.symbol}`)
    .sort();

// trio 5bfba27b: `import types` replaced by `from types import CodeType, FunctionType`, so
// `runcode(self, code: types.CodeType)` became `(self, code: CodeType)` — the same type spelled
// without the module qualifier (the Python counterpart of batch 21a's `import * as t`). The engine
// read the changed type text as a breaking MODIFY_SIG.
const repl = (imports: string[], q: string, type = `${q}CodeType`) => [
  'import sys',
  ...imports,
  '',
  '',
  'class Console:',
  `    def runcode(self, code: ${type}) -> None:`,
  `        func = ${q}FunctionType(code, self.locals)`,
  '        func()',
  '',
].join('\n');

test('a Python module qualifier dropped with its `import m` is no signature change (trio 5bfba27b)', () => {
  assert.deepEqual(sigs({ 'src/repl.py': repl(['import types'], 'types.') }, { 'src/repl.py': repl(['from types import CodeType, FunctionType'], '') }), []);
  // `import m as a`, and the reverse direction
  assert.deepEqual(sigs({ 'src/repl.py': repl(['import types as t'], 't.') }, { 'src/repl.py': repl(['from types import CodeType, FunctionType'], '') }), []);
  assert.deepEqual(sigs({ 'src/repl.py': repl(['from types import CodeType, FunctionType'], '') }, { 'src/repl.py': repl(['import types'], 'types.') }), []);
});

test('a Python module qualifier dropped while `import m` stays is a change', () => {
  assert.deepEqual(sigs({ 'src/repl.py': repl(['import types'], 'types.') }, { 'src/repl.py': repl(['import types', 'from types import CodeType, FunctionType'], '') }), [
    'MODIFY_SIG/breaking src/repl.py Console.runcode',
  ]);
});

test('a real type change next to a dropped module qualifier is still read', () => {
  assert.deepEqual(sigs({ 'src/repl.py': repl(['import types'], 'types.') }, { 'src/repl.py': repl(['from types import CodeType, FunctionType'], '', 'str') }), [
    'MODIFY_SIG/breaking src/repl.py Console.runcode',
  ]);
});

test('`from m import X` is no module binding: a member qualifier is not dropped', () => {
  // `from shapes import Box` binds a member of a module (here a class with a nested `Inner`), not
  // a module: `Box.Inner` → `Inner` is not read as a dropped module qualifier.
  const m = (imports: string[], type: string) => ['import sys', ...imports, '', '', `def f(x: ${type}) -> None:`, '    sys.exit(x)', ''].join('\n');
  assert.deepEqual(sigs({ 'src/m.py': m(['from shapes import Box'], 'Box.Inner') }, { 'src/m.py': m(['from shapes.Box import Inner'], 'Inner') }), [
    'MODIFY_SIG/breaking src/m.py f',
  ]);
});

// underscore 4f0afda6: `var _ = root._ = {}` became `var _ = root._ = function (obj) {…}`. The
// variable `_` is bound to the function through a chain of member assignments — §3.1's `var f =
// function` form, as batch 14 read `exports.Ids = internals.Ids = class …` — but only a function
// directly after `=` was a symbol: no ADD_FN.
const lib = (init: string) => [
  '(function () {',
  '  var root = this;',
  '  var wrapper = function (obj) { this.wrapped = obj; };',
  `  var _ = root._ = ${init};`,
  '  _.VERSION = "0.3.3";',
  '})();',
  '',
].join('\n');

test('a function bound to a variable through a chain of member assignments is a symbol (underscore 4f0afda6)', () => {
  assert.deepEqual(symbolTokens({ 'underscore.js': lib('{}') }, { 'underscore.js': lib('function (obj) { return new wrapper(obj); }') }), [
    'ADD_FN underscore.js _',
  ]);
});

test('a chain through an exports or prototype form is left to those forms', () => {
  // `var h = exports.helper = function` is not read as `h` (the exports form is not this rule's;
  // the declaration form leaves it as before)
  const exp = 'var h = exports.helper = function (x) { return x + 1; };\n';
  assert.deepEqual(symbolTokens({ 'lib/a.js': 'var z = 1;\n' }, { 'lib/a.js': exp }).filter((t) => t.endsWith(' h')), []);
  const proto = 'function Foo() {}\nvar b = Foo.prototype.bar = function (x) { return x * 2; };\n';
  assert.deepEqual(symbolTokens({ 'lib/b.js': 'function Foo() {}\n' }, { 'lib/b.js': proto }).filter((t) => t.endsWith(' b')), []);
});
