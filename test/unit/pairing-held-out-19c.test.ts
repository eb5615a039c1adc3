// Held-out batch 19c (docs/accuracy.md "Held-out batch 19c"): the defect the batch found, on small
// cases with the neighbours that must keep their answer. Real parses (tree-sitter wasm).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { initParsers } from '../../server/src/parsing/languages';
import { scoredTokens as scored } from '../helpers/direct-delta';

before(async () => {
  await initParsers();
});

// body-parser 5dee3137: both parsers' read-and-parse code went into a new module function `read`,
// and each parser got a nested `parse` it passes to `read` as a value. `urlencoded.parse` is a
// closure of `urlencoded`, called by its bare name only; `json`'s own code merely names `parse`
// (`JSON.parse`, a member call, in its nested `parse`, whose body drops its own name) and used to
// hold `str.length`, `{}`…: the engine said EXTRACT_FN urlencoded.parse from `json`.
const parsersBase = [
  'function json (options) {',
  '  var strict = options.strict !== false',
  '  return function jsonParser (req, res, next) {',
  '    getBody(req, { limit: options.limit }, function (err, str) {',
  '      if (err) return next(err)',
  "      if (str.length === 0) return next(new Error('empty body'))",
  "      if (strict && str[0] !== '{') return next(new Error('invalid json'))",
  '      try {',
  '        req.body = JSON.parse(str, options.reviver)',
  '      } catch (e) {',
  '        e.status = 400',
  '        return next(e)',
  '      }',
  '      next()',
  '    })',
  '  }',
  '}',
  '',
  'function urlencoded (options) {',
  '  return function urlencodedParser (req, res, next) {',
  '    getBody(req, { limit: options.limit }, function (err, str) {',
  '      if (err) return next(err)',
  '      try {',
  '        req.body = str.length ? qs.parse(str) : {}',
  '      } catch (e) {',
  '        e.status = 400',
  '        return next(e)',
  '      }',
  '      next()',
  '    })',
  '  }',
  '}',
  '',
].join('\n');
const parsersHead = [
  'function json (options) {',
  '  var strict = options.strict !== false',
  '  function parse (str) {',
  "    if (str.length === 0) throw new Error('empty body')",
  "    if (strict && str[0] !== '{') throw new Error('invalid json')",
  '    return JSON.parse(str, options.reviver)',
  '  }',
  '  return function jsonParser (req, res, next) {',
  '    read(req, res, next, parse, { limit: options.limit })',
  '  }',
  '}',
  '',
  'function urlencoded (options) {',
  '  function parse (str) {',
  '    return str.length ? qs.parse(str) : {}',
  '  }',
  '  return function urlencodedParser (req, res, next) {',
  '    read(req, res, next, parse, { limit: options.limit })',
  '  }',
  '}',
  '',
  'function read (req, res, next, parse, options) {',
  '  getBody(req, options, function (err, str) {',
  '    if (err) return next(err)',
  '    try {',
  '      req.body = parse(str)',
  '    } catch (e) {',
  '      e.status = 400',
  '      return next(e)',
  '    }',
  '    next()',
  '  })',
  '}',
  '',
].join('\n');

test('a closure is not extracted from a function outside its container that only names it (a member call, a mention)', () => {
  const got = scored({ 'index.js': parsersBase }, { 'index.js': parsersHead });
  assert.ok(got.includes('ADD_FN index.js urlencoded.parse'), got.join('\n'));
  assert.ok(!got.some((t) => t.startsWith('EXTRACT_FN index.js urlencoded.parse')), got.join('\n'));
});

// body-parser 8c36f57e: `urlencoded`'s nested `parse` (an empty-body guard around the parser
// createQueryParser returns) was removed and its guard moved into that returned function, renamed
// `parse`. `createQueryParser` never called the closure `urlencoded.parse`: its only "call" of the
// name is the member call `qs.parse(…)`: DEL_FN, not INLINE_FN (§3.3: a paired caller G).
const queryBase = [
  'function urlencoded (options) {',
  '  var queryparse = createQueryParser(options)',
  '  function parse (body, encoding) {',
  '    return body.length',
  '      ? queryparse(body, encoding)',
  '      : {}',
  '  }',
  '  return function urlencodedParser (req, res, next) {',
  '    read(req, res, next, parse, options)',
  '  }',
  '}',
  '',
  'function createQueryParser (options) {',
  '  var limit = options.parameterLimit !== undefined ? options.parameterLimit : 1000',
  '  var extended = Boolean(options.extended)',
  '  var depth = extended ? 32 : 0',
  '  return function queryparse (body, encoding) {',
  '    var count = parameterCount(body, limit)',
  "    if (count === undefined) throw createError(413, 'too many parameters', { type: 'parameters.too.many' })",
  '    var arrayLimit = extended ? Math.max(100, count) : count',
  "    debug('parse ' + (extended ? 'extended ' : '') + 'urlencoding')",
  '    try {',
  '      return qs.parse(body, { charset: encoding, parameterLimit: limit, arrayLimit: arrayLimit, depth: depth })',
  '    } catch (err) {',
  "      if (err instanceof RangeError) throw createError(400, 'The input exceeded the depth', { type: 'querystring.parse.rangeError' })",
  '      throw err',
  '    }',
  '  }',
  '}',
  '',
].join('\n');
const queryHead = [
  'function urlencoded (options) {',
  '  const parse = createQueryParser(options)',
  '  return function urlencodedParser (req, res, next) {',
  '    read(req, res, next, parse, options)',
  '  }',
  '}',
  '',
  'function createQueryParser (options) {',
  '  var limit = options.parameterLimit !== undefined ? options.parameterLimit : 1000',
  '  var extended = Boolean(options.extended)',
  '  var depth = extended ? 32 : 0',
  '  return function parse (body, encoding) {',
  '    if (!body.length) return {}',
  '    var count = parameterCount(body, limit)',
  "    if (count === undefined) throw createError(413, 'too many parameters', { type: 'parameters.too.many' })",
  '    var arrayLimit = extended ? Math.max(100, count) : count',
  "    debug('parse ' + (extended ? 'extended ' : '') + 'urlencoding')",
  '    try {',
  '      return qs.parse(body, { charset: encoding, parameterLimit: limit, arrayLimit: arrayLimit, depth: depth })',
  '    } catch (err) {',
  "      if (err instanceof RangeError) throw createError(400, 'The input exceeded the depth', { type: 'querystring.parse.rangeError' })",
  '      throw err',
  '    }',
  '  }',
  '}',
  '',
].join('\n');

test('a closure is not inlined into a function outside its container whose only call of the name is a member call', () => {
  assert.deepEqual(scored({ 'lib/urlencoded.js': queryBase }, { 'lib/urlencoded.js': queryHead }), [
    'DEL_FN lib/urlencoded.js urlencoded.parse',
    'RENAME_FN lib/urlencoded.js createQueryParser.parse',
  ]);
});

// Neighbours that keep their answer: a closure inlined into a sibling closure that called it by
// its bare name is still an inline; a method — reached as a member from anywhere — is still
// extracted from a module function that calls it as a member (and held-out 17b's closure returned
// by a new factory and called by name from a sibling keeps its EXTRACT_FN).
test('a closure inlined into a sibling closure of the same function is still INLINE_FN', () => {
  const base = [
    'function outer (items) {',
    '  function normalize (item) {',
    "    const name = String(item.name || '').trim().toLowerCase()",
    "    const tags = (item.tags || []).map((t) => String(t).trim()).filter(Boolean)",
    '    return { name, tags, size: tags.length }',
    '  }',
    '  function collect (list) {',
    '    const out = []',
    '    for (const item of list) out.push(normalize(item))',
    '    return out',
    '  }',
    '  return collect(items)',
    '}',
    '',
  ].join('\n');
  const head = [
    'function outer (items) {',
    '  function collect (list) {',
    '    const out = []',
    '    for (const item of list) {',
    "      const name = String(item.name || '').trim().toLowerCase()",
    "      const tags = (item.tags || []).map((t) => String(t).trim()).filter(Boolean)",
    '      out.push({ name, tags, size: tags.length })',
    '    }',
    '    return out',
    '  }',
    '  return collect(items)',
    '}',
    '',
  ].join('\n');
  assert.deepEqual(scored({ 'lib/a.js': base }, { 'lib/a.js': head }), ['INLINE_FN lib/a.js outer.normalize']);
});

test('a method extracted from a module function that now calls it as a member is still EXTRACT_FN', () => {
  const base = [
    'class Store {',
    '  constructor () { this.items = new Map() }',
    '}',
    '',
    'function load (store, rows) {',
    '  for (const row of rows) {',
    "    const key = String(row.id || '').trim().toLowerCase()",
    '    const value = { id: key, name: row.name, tags: (row.tags || []).slice() }',
    '    store.items.set(key, value)',
    '  }',
    '  return store',
    '}',
    '',
  ].join('\n');
  const head = [
    'class Store {',
    '  constructor () { this.items = new Map() }',
    '  put (row) {',
    "    const key = String(row.id || '').trim().toLowerCase()",
    '    const value = { id: key, name: row.name, tags: (row.tags || []).slice() }',
    '    this.items.set(key, value)',
    '  }',
    '}',
    '',
    'function load (store, rows) {',
    '  for (const row of rows) store.put(row)',
    '  return store',
    '}',
    '',
  ].join('\n');
  assert.deepEqual(scored({ 'lib/store.js': base }, { 'lib/store.js': head }), ['EXTRACT_FN lib/store.js Store.put']);
});

// structlog 0e209d95: `ProcessorFormatter.__init__(self, processor, …, keep_stack_info=False,
// *args, **kwargs)` gained `logger=None` after keep_stack_info — before the `*args` it already had.
// A 5th positional argument, which went into `*args` and on to logging.Formatter, now binds
// `logger`: an optional positional parameter inserted before an existing one is breaking (§3.7,
// docs/tokens.md "Signatures"). The engine read any rest parameter after it as "at the end".
const formatter = (params: string) =>
  [
    'import logging',
    '',
    '',
    'class ProcessorFormatter(logging.Formatter):',
    `    def __init__(self, processor, foreign_pre_chain=None, keep_exc_info=False, keep_stack_info=False, ${params}):`,
    '        super().__init__(*args, **kwargs)',
    '        self.processor = processor',
    '        self.foreign_pre_chain = foreign_pre_chain',
    '        self.keep_exc_info = keep_exc_info',
    '        self.keep_stack_info = keep_stack_info',
    '',
  ].join('\n');

test('an optional parameter inserted before an existing *args is breaking (Python)', () => {
  assert.deepEqual(scored({ 'stdlib.py': formatter('*args, **kwargs') }, { 'stdlib.py': formatter('logger=None, *args, **kwargs') }), [
    'MODIFY_SIG/breaking stdlib.py ProcessorFormatter.__init__',
  ]);
});

test('an optional parameter inserted before an existing ...rest is breaking (TS)', () => {
  const f = (params: string) => `export function log(message: string, ${params}): void {\n  console.log(message, ...args);\n}\n`;
  assert.deepEqual(scored({ 'log.ts': f('...args: unknown[]') }, { 'log.ts': f('level?: string, ...args: unknown[]') }), ['MODIFY_SIG/breaking log.ts log']);
});

test('the neighbours keep their answer: before **kwargs only, or before a rest added in the same change, it is at the end', () => {
  assert.deepEqual(scored({ 'stdlib.py': formatter('**kwargs') }, { 'stdlib.py': formatter('logger=None, **kwargs') }), [
    'MODIFY_SIG/compatible stdlib.py ProcessorFormatter.__init__',
  ]);
  assert.deepEqual(scored({ 'stdlib.py': formatter('**kwargs') }, { 'stdlib.py': formatter('logger=None, *args, **kwargs') }), [
    'MODIFY_SIG/compatible stdlib.py ProcessorFormatter.__init__',
  ]);
});

// unstorage f7e70072: the kv and r2 drivers each had a private getBinding (bodies alike, Jaccard
// 0.954 to the new one each); one exported `getBinding(binding: KVNamespace | R2Bucket | string)`
// replaced both in utils/cloudflare.ts. kv's had a default (`= "STORAGE"`, now getKVBinding's),
// r2's did not. The first removed symbol in file order took the new one (kv's: "made required",
// a breaking MODIFY_SIG); the one whose signature it kept is the one carried there.
const bindingBody = (driver: string, type: string) => [
  '  let bindingName = "[binding]";',
  '  if (typeof binding === "string") {',
  '    bindingName = binding;',
  `    binding = ((globalThis as any)[bindingName] || (globalThis as any).__env__?.[bindingName]) as ${type};`,
  '  }',
  '  if (!binding) {',
  `    throw createError(${driver}, \`Invalid binding \\\`\${bindingName}\\\`: \\\`\${binding}\\\`\`);`,
  '  }',
  '  for (const key of ["get", "put", "delete"]) {',
  '    if (!(key in binding)) {',
  `      throw createError(${driver}, \`Invalid binding \\\`\${bindingName}\\\`: \\\`\${key}\\\` key is missing\`);`,
  '    }',
  '  }',
  '  return binding;',
  '}',
];
const driverFile = (name: string, tail: string[]) =>
  [
    'import { createError, defineDriver } from "./utils";',
    `const DRIVER_NAME = "${name}";`,
    'export default defineDriver((opts) => ({ getItem: (key) => getBinding(opts.binding).get(key) }));',
    '',
    ...tail,
    '',
  ].join('\n');
const kvBase = driverFile('kv', ['function getBinding(binding: KVNamespace | string = "STORAGE") {', ...bindingBody('DRIVER_NAME', 'KVNamespace')]);
const r2Base = driverFile('r2', ['function getBinding(binding: R2Bucket | string) {', ...bindingBody('DRIVER_NAME', 'R2Bucket')]);
const driverHead = (name: string, getter: string) =>
  [
    'import { defineDriver } from "./utils";',
    `import { ${getter} } from "./utils/cloudflare";`,
    `const DRIVER_NAME = "${name}";`,
    `export default defineDriver((opts) => ({ getItem: (key) => ${getter}(opts.binding).get(key) }));`,
    '',
  ].join('\n');
const shared = (signature: string) =>
  [
    'import { createError } from "./index";',
    '',
    `export function getBinding(${signature}) {`,
    ...bindingBody('"cloudflare"', 'KVNamespace | R2Bucket'),
    '',
    'export function getKVBinding(binding: KVNamespace | string = "STORAGE") {',
    '  return getBinding(binding) as KVNamespace;',
    '}',
    '',
    'export function getR2Binding(binding: R2Bucket | string = "BUCKET") {',
    '  return getBinding(binding) as R2Bucket;',
    '}',
    '',
  ].join('\n');

test('two copies merged into one shared function: the copy whose signature it kept is the one moved', () => {
  const got = scored(
    { 'src/kv.ts': kvBase, 'src/r2.ts': r2Base },
    { 'src/kv.ts': driverHead('kv', 'getKVBinding'), 'src/r2.ts': driverHead('r2', 'getR2Binding'), 'src/utils/cloudflare.ts': shared('binding: KVNamespace | R2Bucket | string') },
  );
  assert.deepEqual(got, [
    'ADD_FN src/utils/cloudflare.ts getKVBinding',
    'ADD_FN src/utils/cloudflare.ts getR2Binding',
    'DEL_FN src/kv.ts getBinding',
    'MODIFY_SIG/compatible src/utils/cloudflare.ts getBinding',
    'MOVE_SYMBOL src/utils/cloudflare.ts getBinding',
  ]);
});

test('the neighbour keeps its answer: copies whose signatures are equally far from the merged one — the first in file order moves', () => {
  // Both copies `(binding: KVNamespace | string = "STORAGE")`: one parameter type apart from the
  // merged `(binding: KVNamespace | R2Bucket | string = "STORAGE")` each.
  const r2Same = driverFile('r2', ['function getBinding(binding: KVNamespace | string = "STORAGE") {', ...bindingBody('DRIVER_NAME', 'R2Bucket')]);
  const got = scored(
    { 'src/kv.ts': kvBase, 'src/r2.ts': r2Same },
    { 'src/kv.ts': driverHead('kv', 'getKVBinding'), 'src/r2.ts': driverHead('r2', 'getR2Binding'), 'src/utils/cloudflare.ts': shared('binding: KVNamespace | R2Bucket | string = "STORAGE"') },
  );
  assert.ok(got.includes('DEL_FN src/r2.ts getBinding') && got.includes('MOVE_SYMBOL src/utils/cloudflare.ts getBinding'), got.join('\n'));
});
