// Held-out batch 23a (docs/accuracy.md "Held-out batch 23a"): the defects its rounds found, on
// small cases with the neighbours that must keep their answers. Real parses (tree-sitter wasm).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { initParsers } from '../../server/src/parsing/languages';
import { scoredTokens } from '../helpers/direct-delta';

before(async () => {
  await initParsers();
});

// yup 5dae8374 / edc1bc8a: `const proto = (SchemaType.prototype = {…})` — the prototype literal's
// methods are `SchemaType.m` (§3.1's prototype form), also when a declaration binds the literal.
const schemaBase = [
  'export default function SchemaType(options = {}) {',
  '  this.options = options;',
  '}',
  '',
  'const proto = (SchemaType.prototype = {',
  '  default(def) {',
  '    if (arguments.length === 0) {',
  "      var defaultValue = has(this, '_default') ? this._default : this._defaultDefault;",
  "      return typeof defaultValue === 'function' ? defaultValue.call(this) : cloneDeepWith(defaultValue);",
  '    }',
  '    var next = this.clone();',
  '    next._default = def;',
  '    return next;',
  '  },',
  '});',
  '',
].join('\n');
const schemaHead = [
  'export default function SchemaType(options = {}) {',
  '  this.options = options;',
  '}',
  '',
  'const proto = (SchemaType.prototype = {',
  '  _getDefault() {',
  "    var defaultValue = has(this, '_default') ? this._default : this._defaultDefault;",
  "    return typeof defaultValue === 'function' ? defaultValue.call(this) : cloneDeepWith(defaultValue);",
  '  },',
  '',
  '  default(def) {',
  '    if (arguments.length === 0) {',
  "      console.warn('deprecated');",
  '      return this._getDefault();',
  '    }',
  '    var next = this.clone();',
  '    next._default = def;',
  '    return next;',
  '  },',
  '});',
  '',
].join('\n');

test('a prototype literal bound by a declaration has its methods as symbols: an extract among them (yup 5dae8374)', () => {
  assert.deepEqual(scoredTokens({ 'src/mixed.js': schemaBase }, { 'src/mixed.js': schemaHead }), [
    'EXTRACT_FN src/mixed.js SchemaType._getDefault',
  ]);
});

test('a method added to a declaration-bound prototype literal is ADD_FN under the prototype\'s owner', () => {
  const head = schemaBase.replace('  default(def) {', '  _isPresent(value) {\n    return value != null && value !== "";\n  },\n\n  default(def) {');
  assert.deepEqual(scoredTokens({ 'src/mixed.js': schemaBase }, { 'src/mixed.js': head }), ['ADD_FN src/mixed.js SchemaType._isPresent']);
});

test('a declaration bound to an exports form binds what the exports form binds', () => {
  const b = 'var helper = exports.helper = function (a) {\n  return a + 1;\n};\n';
  const h = 'var helper = exports.helper = function (a, b) {\n  return a + b;\n};\n';
  assert.deepEqual(scoredTokens({ 'lib/h.js': b }, { 'lib/h.js': h }), ['MODIFY_SIG/breaking lib/h.js helper']);
});

test('neighbour: a declaration bound to a plain object assigned to a prototype binds no methods when the value is no literal', () => {
  const b = 'function A() {}\nvar p = A.prototype = Object.create(B.prototype);\np.run = function () { return 1; };\n';
  const h = 'function A() {}\nvar p = A.prototype = Object.create(B.prototype);\np.run = function () { return 2; };\np.stop = function () { return 3; };\n';
  assert.deepEqual(scoredTokens({ 'lib/a.js': b }, { 'lib/a.js': h }), []);
});

// yup 41b9c582: isodate.js (deleted) default-exported `parseIsoDate`; the new parseIsoDate.ts
// exports a rewrite of it under the same name (body Jaccard under 0.5), and date.ts, which called it
// as `isoParse(…)` through its default import, now calls `parseIsoDate(…)`. The call sites switched
// and nothing can call a function of a deleted file: §3.2's call-site evidence, a move.
const oldParser = [
  'var isoReg = /^(\\d{4})-(\\d{2})-(\\d{2})$/;',
  '',
  'export default function parseIsoDate(date) {',
  '  var numericKeys = [1, 2, 3], struct, timestamp;',
  '  if ((struct = isoReg.exec(date))) {',
  '    for (var i = 0, k; (k = numericKeys[i]); ++i) struct[k] = +struct[k] || 0;',
  '    struct[2] = (+struct[2] || 1) - 1;',
  '    timestamp = Date.UTC(struct[1], struct[2], struct[3]);',
  '  } else timestamp = Date.parse ? Date.parse(date) : NaN;',
  '  return timestamp;',
  '}',
  '',
].join('\n');
const newParser = [
  'const isoReg = /^(\\d{4})-(\\d{2})-(\\d{2})$/;',
  '',
  'export function parseIsoDate(date: string): number {',
  '  const regexResult = isoReg.exec(date);',
  '  if (!regexResult) return Date.parse ? Date.parse(date) : Number.NaN;',
  '  const year = Number(regexResult[1]) || 0;',
  '  const month = (Number(regexResult[2]) || 1) - 1;',
  '  const day = Number(regexResult[3]) || 1;',
  '  return Date.UTC(year, month, day);',
  '}',
  '',
].join('\n');
const dateBase = "import isoParse from './util/isodate';\n\nexport function coerce(value) {\n  value = isoParse(value);\n  return !isNaN(value) ? new Date(value) : null;\n}\n";
const dateHead = "import { parseIsoDate } from './util/parseIsoDate';\n\nexport function coerce(value) {\n  value = parseIsoDate(value);\n  return !isNaN(value) ? new Date(value) : null;\n}\n";

test('a same-named function rewritten in a new file, its deleted file\'s callers switched through their import: MOVE_SYMBOL (yup 41b9c582)', () => {
  assert.deepEqual(
    scoredTokens(
      { 'src/date.ts': dateBase, 'src/util/isodate.js': oldParser },
      { 'src/date.ts': dateHead, 'src/util/isodate.js': null, 'src/util/parseIsoDate.ts': newParser },
    ),
    ['MOVE_SYMBOL src/util/parseIsoDate.ts parseIsoDate'],
  );
});

test('neighbour: the old file kept, its function still called by that name — no call-site evidence for the same name', () => {
  const keep = oldParser.replace('export default function', 'export function');
  const dateKeep = "import { parseIsoDate as legacy } from './util/isodate';\nimport { parseIsoDate } from './util/parseIsoDate';\n\nexport function coerce(value) {\n  value = parseIsoDate(value);\n  return !isNaN(value) ? new Date(value) : legacy(value);\n}\n";
  const baseKeep = "import { parseIsoDate } from './util/isodate';\n\nexport function coerce(value) {\n  value = parseIsoDate(value);\n  return !isNaN(value) ? new Date(value) : null;\n}\n";
  const t = scoredTokens(
    { 'src/date.ts': baseKeep, 'src/util/isodate.js': keep },
    { 'src/date.ts': dateKeep, 'src/util/isodate.js': keep, 'src/util/parseIsoDate.ts': newParser },
  );
  assert.deepEqual(t, ['ADD_FN src/util/parseIsoDate.ts parseIsoDate']);
});

test('neighbour: a deleted file\'s same-named function whose callers do not switch to the new one stays deleted', () => {
  const dateNoCall = "export function coerce(value) {\n  return new Date(value);\n}\n";
  assert.deepEqual(
    scoredTokens(
      { 'src/date.ts': dateBase, 'src/util/isodate.js': oldParser },
      { 'src/date.ts': dateNoCall, 'src/util/isodate.js': null, 'src/util/parseIsoDate.ts': newParser },
    ),
    ['ADD_FN src/util/parseIsoDate.ts parseIsoDate', 'DEL_FN src/util/isodate.js parseIsoDate'],
  );
});

// dayjs bf347c36 (ru.js): `months: (dayjsInstance, format) => …` of the module-level `locale`
// literal became `const months = (…) => …`, which the literal still holds (`{ months, … }`):
// callers still call `locale.months(…)` — a rename of the qualified name, no calling-convention change.
const literalBase = [
  'const locale = {',
  "  name: 'ru',",
  '  months: (dayjsInstance, format) => {',
  '    if (MONTHS_IN_FORMAT.test(format)) return monthFormat[dayjsInstance.month()];',
  '    return monthStandalone[dayjsInstance.month()];',
  '  },',
  '};',
  'export default locale;',
  '',
].join('\n');
const literalHead = (holds: string) => [
  'const months = (dayjsInstance, format) => {',
  '  if (MONTHS_IN_FORMAT.test(format)) return monthFormat[dayjsInstance.month()];',
  '  return monthStandalone[dayjsInstance.month()];',
  '};',
  'months.s = monthStandalone;',
  '',
  'const locale = {',
  "  name: 'ru',",
  holds,
  '};',
  'export default locale;',
  '',
].join('\n');

test('a literal method turned into a module function the literal still holds by its name: RENAME_FN, no MODIFY_SIG (dayjs bf347c36)', () => {
  assert.deepEqual(scoredTokens({ 'src/locale/ru.js': literalBase }, { 'src/locale/ru.js': literalHead('  months,') }), ['RENAME_FN src/locale/ru.js months']);
  assert.deepEqual(scoredTokens({ 'src/locale/ru.js': literalBase }, { 'src/locale/ru.js': literalHead('  months: months,') }), ['RENAME_FN src/locale/ru.js months']);
});

test('neighbour: the literal no longer holds it (or holds something else under the key) — the calling convention changed', () => {
  for (const holds of ['  weekStart: 1,', '  months: monthsFor(1),']) {
    assert.deepEqual(scoredTokens({ 'src/locale/ru.js': literalBase }, { 'src/locale/ru.js': literalHead(holds) }), [
      'MODIFY_SIG/breaking src/locale/ru.js months',
      'RENAME_FN src/locale/ru.js months',
    ]);
  }
});

test('neighbour: a class method turned into a module function stays a breaking kind change', () => {
  const b = 'class Locale {\n  months(d, format) {\n    if (RE.test(format)) return F[d.month()];\n    return S[d.month()];\n  }\n}\nexport default Locale;\n';
  const h = 'const months = (d, format) => {\n  if (RE.test(format)) return F[d.month()];\n  return S[d.month()];\n};\nclass Locale {\n}\nconst Locale2 = { months };\nexport default Locale;\n';
  const t = scoredTokens({ 'src/l.js': b }, { 'src/l.js': h });
  assert.ok(t.includes('MODIFY_SIG/breaking src/l.js months'), t.join('\n'));
});
