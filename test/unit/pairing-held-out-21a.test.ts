// Held-out batch 21a (docs/accuracy.md "Held-out batch 21a"): the defect batch 21a-2 found, on a
// small case with the neighbours that must keep their answers. Real parses (tree-sitter wasm).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { initParsers } from '../../server/src/parsing/languages';
import { directDelta } from '../helpers/direct-delta';

before(async () => {
  await initParsers();
});

/** MODIFY_SIG tokens as `MODIFY_SIG/verdict file symbol`, sorted. */
const sigs = (b: Record<string, string>, h: Record<string, string>) =>
  directDelta(b, h)
    .tokens.filter((t) => t.kind === 'MODIFY_SIG')
    .map((t) => `MODIFY_SIG/${t.meta.compatible ? 'compatible' : 'breaking'} ${t.file} ${t.symbol}`)
    .sort();

// typebox 6b76fb94: `import * as t from '@sinclair/typebox'` replaced by named imports of the
// package's own modules, every `t.TSchema` in the signatures now `TSchema`. The same types
// spelled without the qualifier (as Python's `typing.X` = `X`): no MODIFY_SIG. The engine read
// each changed type text as a type change: four breaking MODIFY_SIG.
const remap = (imports: string[], q: string, extra = '') => [
  ...imports,
  '',
  `export type TCallback = (schema: ${q}TSchema) => ${q}TSchema`,
  `function FromTypes(types: ${q}TSchema[], callback: TCallback): ${q}TSchema[] {`,
  '  return types.map((type) => Remap(type, callback))',
  '}',
  `export function Remap(type: ${q}TSchema, callback: TCallback${extra}): ${q}TSchema {`,
  `  const mapped = ${q}CloneType(callback(type))`,
  `  return ${q}KindGuard.IsArray(type) ? ${q}Array(FromTypes([type.items], callback)[0], mapped) : mapped`,
  '}',
  '',
].join('\n');
const nsImport = ["import * as t from '@sinclair/typebox'"];
const named = [
  "import { TSchema } from '../schema/index'",
  "import { Array } from '../array/index'",
  "import * as KindGuard from '../guard/kind'",
  "import { CloneType } from '../clone/type'",
];

test('a namespace qualifier dropped with its import is no signature change (typebox 6b76fb94)', () => {
  assert.deepEqual(sigs({ 'src/remap.ts': remap(nsImport, 't.') }, { 'src/remap.ts': remap(named, '') }), []);
  // and the reverse: named imports replaced by a namespace import
  assert.deepEqual(sigs({ 'src/remap.ts': remap(named, '') }, { 'src/remap.ts': remap(nsImport, 't.') }), []);
});

test('a real change next to a dropped qualifier is still read (neighbour of typebox 6b76fb94)', () => {
  assert.deepEqual(sigs({ 'src/remap.ts': remap(nsImport, 't.') }, { 'src/remap.ts': remap(named, '', ', depth: number') }), [
    'MODIFY_SIG/breaking src/remap.ts Remap',
  ]);
});

// Neighbours: a qualifier is spelling only when its namespace import is on one side alone. One
// namespace swapped for another (`v1.Schema` → `v2.Schema`) names another module's type, and
// `t.X` → `X` while `t` is still imported may name a different, local `X`.
const versioned = (ns: string) => [
  `import * as v1 from 'schema-v1'`,
  `import * as v2 from 'schema-v2'`,
  '',
  `export function parse(input: string): ${ns}.Schema {`,
  '  return JSON.parse(input)',
  '}',
  '',
].join('\n');

test('a type moved from one namespace import to another is a change', () => {
  assert.deepEqual(sigs({ 'src/p.ts': versioned('v1') }, { 'src/p.ts': versioned('v2') }), ['MODIFY_SIG/breaking src/p.ts parse']);
});

test('a qualifier dropped while its namespace import stays is a change', () => {
  const local = (q: string) => [
    "import * as t from '@sinclair/typebox'",
    'interface TSchema { local: true }',
    '',
    `export function check(schema: ${q}TSchema): boolean {`,
    '  return schema !== undefined',
    '}',
    '',
  ].join('\n');
  assert.deepEqual(sigs({ 'src/c.ts': local('t.') }, { 'src/c.ts': local('') }), ['MODIFY_SIG/breaking src/c.ts check']);
});

// typebox 0c0da453: the base declared `type TPartial<T> = PartialResolve<T>`; the change moved the
// conditional type into TPartial and deleted PartialResolve, so PartialResolve's function returns
// `TPartial<T>` where it returned `PartialResolve<T>` — the same type under the alias that named it
// (as a type renamed in the same change). The engine read a changed return type: breaking.
const partial = (head: boolean, alias = 'PartialResolve<T>') => [
  "import { TSchema, TObject, TIntersect, Intersect, Object } from './types'",
  '',
  ...(head
    ? ['export type TPartial<T extends TSchema> = (', '  T extends TIntersect<infer S> ? TIntersect<S> :', '  TObject<{}>', ')']
    : ['type PartialResolve<T extends TSchema> = (', '  T extends TIntersect<infer S> ? TIntersect<S> :', '  TObject<{}>', ')', `export type TPartial<T extends TSchema> = ${alias}`]),
  `function PartialResolve<T extends TSchema>(T: T): ${head ? 'TPartial<T>' : 'PartialResolve<T>'} {`,
  `  return (T.allOf ? Intersect(T.allOf) : Object({})) as ${head ? 'TPartial<T>' : 'PartialResolve<T>'}`,
  '}',
  '',
].join('\n');

test('a removed type spelled through the base alias that forwarded to it is the same type (typebox 0c0da453)', () => {
  assert.deepEqual(sigs({ 'src/partial.ts': partial(false) }, { 'src/partial.ts': partial(true) }), []);
});

test('an alias that is more than a forward does not stand for the removed type (neighbour of typebox 0c0da453)', () => {
  // `TPartial<T> = PartialResolve<T> | undefined` is another type: the return type changed.
  assert.deepEqual(sigs({ 'src/partial.ts': partial(false, 'PartialResolve<T> | undefined') }, { 'src/partial.ts': partial(true) }), [
    'MODIFY_SIG/breaking src/partial.ts PartialResolve',
  ]);
});

const SCORED = ['ADD_FN', 'DEL_FN', 'RENAME_FN', 'EXTRACT_FN', 'INLINE_FN', 'MOVE_SYMBOL', 'ADD_CLASS', 'DEL_CLASS', 'RENAME_CLASS', 'MODIFY_SIG'];
const scored = (b: Record<string, string>, h: Record<string, string>) =>
  directDelta(b, h)
    .tokens.filter((t) => SCORED.includes(t.kind))
    .map((t) => `${t.kind}${t.kind === 'MODIFY_SIG' ? (t.meta.compatible ? '/compatible' : '/breaking') : ''} ${t.file} ${t.symbol}`)
    .sort();

// pydantic 8aad3a2f: `class PrivateAttr` renamed `ModelPrivateAttr` (its docstring and a check
// dropped, Jaccard 0.887) and a factory `def PrivateAttr(…)` added under the class's old name. The
// engine paired the class with the function by their qualname: ADD_CLASS + methods added/renamed,
// a MODIFY_SIG of PrivateAttr, and no RENAME_CLASS.
const privBase = [
  'class Representation:',
  '    pass',
  '',
  '',
  'class PrivateAttr(Representation):',
  '    __slots__ = ("default", "default_factory")',
  '',
  '    def __init__(self, default=None, *, default_factory=None):',
  '        if default is not None and default_factory is not None:',
  '            raise TypeError("default and default_factory args can not be used together")',
  '        self.default = default',
  '        self.default_factory = default_factory',
  '',
  '    def get_default(self):',
  '        return smart_deepcopy(self.default) if self.default_factory is None else self.default_factory()',
  '',
  '    def __eq__(self, other):',
  '        return isinstance(other, self.__class__) and (self.default, self.default_factory) == (',
  '            other.default,',
  '            other.default_factory,',
  '        )',
  '',
].join('\n');
const privHead = [
  'class Representation:',
  '    pass',
  '',
  '',
  'class ModelPrivateAttr(Representation):',
  '    __slots__ = ("default", "default_factory")',
  '',
  '    def __init__(self, default=None, *, default_factory=None):',
  '        self.default = default',
  '        self.default_factory = default_factory',
  '',
  '    def get_default(self):',
  '        return smart_deepcopy(self.default) if self.default_factory is None else self.default_factory()',
  '',
  '    def __eq__(self, other):',
  '        return isinstance(other, self.__class__) and (self.default, self.default_factory) == (',
  '            other.default,',
  '            other.default_factory,',
  '        )',
  '',
  '',
  'def PrivateAttr(default=None, *, default_factory=None):',
  '    if default is not None and default_factory is not None:',
  '        raise ValueError("cannot specify both default and default_factory")',
  '    return ModelPrivateAttr(default, default_factory=default_factory)',
  '',
].join('\n');

test('a class is not the function that took its name; it pairs with its renamed self (pydantic 8aad3a2f)', () => {
  assert.deepEqual(scored({ 'pydantic/fields.py': privBase }, { 'pydantic/fields.py': privHead }), [
    'ADD_FN pydantic/fields.py PrivateAttr',
    'RENAME_CLASS pydantic/fields.py ModelPrivateAttr',
  ]);
});

// Neighbour: a function may still become the class of its name (an ES5 constructor, batch 17a).
test('an ES5 constructor function turned into a class still pairs with it (neighbour of pydantic 8aad3a2f)', () => {
  const base = ['function Option(flags, description) {', '  this.flags = flags;', '  this.description = description || "";', '}', '', 'Option.prototype.name = function () {', '  return this.flags.replace(/^--/, "");', '};', '', 'module.exports = Option;', ''].join('\n');
  const head = ['class Option {', '  constructor(flags, description) {', '    this.flags = flags;', '    this.description = description || "";', '  }', '', '  name() {', '    return this.flags.replace(/^--/, "");', '  }', '}', '', 'module.exports = Option;', ''].join('\n');
  assert.deepEqual(scored({ 'lib/option.js': base }, { 'lib/option.js': head }).filter((t) => !t.startsWith('MODIFY_SIG')), []);
});
