// Cases found by running the engine over real release diffs (CPython stdlib 3.8→3.13, zod,
// yaml, vscode-languageserver): each keeps every changed line explained without inventing
// semantic tokens.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { initParsers } from '../../server/src/parsing/languages';
import { directDelta, uncoveredLines } from '../helpers/direct-delta';

before(async () => {
  await initParsers();
});

const kinds = (r: ReturnType<typeof directDelta>) => r.tokens.map((t) => t.kind);

test('methods reordered inside a class: ΔCOMMENTS{moved}, no semantic token, fingerprint of no change', () => {
  const a = 'export class V4 {\n  asHex() {\n    return this.v;\n  }\n  equals(o) {\n    return this.asHex() === o.asHex();\n  }\n  static oneOf(arr) {\n    const i = Math.floor(arr.length * Math.random());\n    return arr[i];\n  }\n}\n';
  const b = 'export class V4 {\n  static oneOf(arr) {\n    const i = Math.floor(arr.length * Math.random());\n    return arr[i];\n  }\n  asHex() {\n    return this.v;\n  }\n  equals(o) {\n    return this.asHex() === o.asHex();\n  }\n}\n';
  const r = directDelta({ 'lib/uuid.js': a }, { 'lib/uuid.js': b });
  assert.deepEqual(uncoveredLines({ 'lib/uuid.js': a }, { 'lib/uuid.js': b }, r), []);
  assert.ok(kinds(r).every((k) => k === 'ΔCOMMENTS'), kinds(r).join());
  assert.equal(r.fingerprint.hash, directDelta({ 'lib/uuid.js': a }, { 'lib/uuid.js': a }).fingerprint.hash);
});

test('a const arrow function turned into a function declaration is MODIFY_BODY{declaration}', () => {
  const a = 'const custom = (check, params = {}) => {\n  if (check) return check(params);\n  return null;\n};\nexports.custom = custom;\n';
  const b = 'function custom(check, params = {}) {\n  if (check) return check(params);\n  return null;\n}\nexports.custom = custom;\n';
  const r = directDelta({ 'lib/types.js': a }, { 'lib/types.js': b });
  assert.deepEqual(kinds(r), ['MODIFY_BODY']);
  assert.equal(r.tokens[0].meta.declaration, true);
  assert.deepEqual(uncoveredLines({ 'lib/types.js': a }, { 'lib/types.js': b }, r), []);
});

test('`export declare type` → `export type` with the same type is not a type change', () => {
  const a = 'export declare type Remote = A & B;\nexport declare type Other = string;\n';
  const b = 'export type Remote = A & B;\nexport declare type Other = string;\n';
  const r = directDelta({ 'lib/server.d.ts': a }, { 'lib/server.d.ts': b });
  assert.deepEqual(kinds(r), ['ΔCOMMENTS']);
});

test('a def wrapped into try/except at module level keeps its identity', () => {
  const a = 'import os\n\n\ndef splitroot(p):\n    p = os.fspath(p)\n    return "", "", p\n';
  const b = 'import os\n\ntry:\n    from posix import _splitroot as splitroot\nexcept ImportError:\n    def splitroot(p):\n        p = os.fspath(p)\n        return "", "", p\n';
  const r = directDelta({ 'lib/posixpath.py': a }, { 'lib/posixpath.py': b });
  assert.deepEqual(uncoveredLines({ 'lib/posixpath.py': a }, { 'lib/posixpath.py': b }, r), []);
  assert.ok(!kinds(r).includes('DEL_FN') && !kinds(r).includes('ADD_FN'), kinds(r).join());
  assert.ok(kinds(r).includes('ΔIMPORT'));
  assert.ok(!kinds(r).includes('MODIFY_FILE'), kinds(r).join());
});
