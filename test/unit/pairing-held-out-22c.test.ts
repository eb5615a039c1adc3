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
