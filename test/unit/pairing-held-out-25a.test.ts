// Held-out batch 25a (docs/accuracy-batch-25a.md): the defects its rounds found, on small cases
// with the neighbours that must keep their answers. Real parses (tree-sitter wasm).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { initParsers } from '../../server/src/parsing/languages';
import { scoredTokens } from '../helpers/direct-delta';

before(async () => {
  await initParsers();
});

// msw 463b74fa: GraphQLHandler.predicate's parameter `args: { request: Request; parsedResult: P }`
// was rewritten one member per line. The parameter text folds line breaks into spaces, so the
// literal's `;` separator against none read as a changed type (spec §3.6: formatting inside a
// type is no type change; §3.3 MODIFY_SIG compares types).
const predicateBase = [
  'export class GraphQLHandler {',
  '  predicate(args: { request: Request; parsedResult: ParsedGraphQLRequest }) {',
  '    return matches(args.request, args.parsedResult)',
  '  }',
  '}',
  '',
].join('\n');
const predicateHead = (literal: string) => predicateBase.replace('{ request: Request; parsedResult: ParsedGraphQLRequest }', literal);

test('an object type literal rewritten one member per line is no MODIFY_SIG (msw 463b74fa)', () => {
  const head = predicateHead('{\n    request: Request\n    parsedResult: ParsedGraphQLRequest\n  }');
  assert.deepEqual(scoredTokens({ 'src/h.ts': predicateBase }, { 'src/h.ts': head }), []);
});

test('neighbour: `;` separators turned into `,` (and a trailing one) are no MODIFY_SIG', () => {
  const head = predicateHead('{ request: Request, parsedResult: ParsedGraphQLRequest, }');
  assert.deepEqual(scoredTokens({ 'src/h.ts': predicateBase }, { 'src/h.ts': head }), []);
});

test('neighbour: a member type changed while the layout changed is still a breaking MODIFY_SIG', () => {
  const head = predicateHead('{\n    request: Request\n    parsedResult: ParsedRestRequest\n  }');
  assert.deepEqual(scoredTokens({ 'src/h.ts': predicateBase }, { 'src/h.ts': head }), ['MODIFY_SIG/breaking src/h.ts GraphQLHandler.predicate']);
});

test('neighbour: a method member of the literal whose parameter type changed, laid out anew, is still breaking', () => {
  const b = 'export function on(opts: { pair: [A, B]; cb(a: A, b: B): void }) {\n  return opts\n}\n';
  const same = 'export function on(opts: {\n  pair: [A, B]\n  cb(a: A, b: B): void\n}) {\n  return opts\n}\n';
  const changed = 'export function on(opts: {\n  pair: [A, B]\n  cb(a: A, b: C): void\n}) {\n  return opts\n}\n';
  assert.deepEqual(scoredTokens({ 'src/on.ts': b }, { 'src/on.ts': same }), []);
  assert.deepEqual(scoredTokens({ 'src/on.ts': b }, { 'src/on.ts': changed }), ['MODIFY_SIG/breaking src/on.ts on']);
});

// valtio b52290aa: subscribe's callback annotation `(ops: Op[]) => void` became
// `(unstable_ops: Op[]) => void`. A function type's parameter names are no part of the type (TS
// compares function types by position and type; spec §3.3 compares parameter types, §3.6: what
// only documents a type is no type change), yet the text compare read a breaking MODIFY_SIG.
const subscribeBase = [
  'export function subscribe<T extends object>(',
  '  proxyObject: T,',
  '  callback: (ops: Op[]) => void,',
  '  notifyInSync?: boolean,',
  '): () => void {',
  '  return listen(proxyObject, callback, notifyInSync)',
  '}',
  '',
].join('\n');
const subscribeHead = (cb: string) => subscribeBase.replace('callback: (ops: Op[]) => void', `callback: ${cb}`);

test("a parameter renamed inside a function type is no MODIFY_SIG (valtio b52290aa)", () => {
  assert.deepEqual(scoredTokens({ 'src/vanilla.ts': subscribeBase }, { 'src/vanilla.ts': subscribeHead('(unstable_ops: Op[]) => void') }), []);
});

test('neighbour: a nested function type and a rest parameter, renamed only, are no MODIFY_SIG', () => {
  const b = subscribeBase.replace('callback: (ops: Op[]) => void', 'callback: (ops: Op[], done: (err?: Error) => void, ...rest: unknown[]) => void');
  const h = subscribeBase.replace('callback: (ops: Op[]) => void', 'callback: (changes: Op[], next: (e?: Error) => void, ...more: unknown[]) => void');
  assert.deepEqual(scoredTokens({ 'src/vanilla.ts': b }, { 'src/vanilla.ts': h }), []);
});

test("neighbour: a function type's parameter type changed is still a breaking MODIFY_SIG", () => {
  assert.deepEqual(scoredTokens({ 'src/vanilla.ts': subscribeBase }, { 'src/vanilla.ts': subscribeHead('(ops: Op[] | undefined) => void') }), ['MODIFY_SIG/breaking src/vanilla.ts subscribe']);
});

test("neighbour: a function type's parameter made optional, or its `this` type renamed, is still a MODIFY_SIG", () => {
  const optional = scoredTokens({ 'src/vanilla.ts': subscribeBase }, { 'src/vanilla.ts': subscribeHead('(ops?: Op[]) => void') });
  assert.equal(optional.length, 1);
  assert.match(optional[0], /^MODIFY_SIG\/\w+ src\/vanilla\.ts subscribe$/);
  const b = subscribeBase.replace('callback: (ops: Op[]) => void', 'callback: (this: Window, ops: Op[]) => void');
  const h = subscribeBase.replace('callback: (ops: Op[]) => void', 'callback: (this: Worker, ops: Op[]) => void');
  assert.deepEqual(scoredTokens({ 'src/vanilla.ts': b }, { 'src/vanilla.ts': h }), ['MODIFY_SIG/breaking src/vanilla.ts subscribe']);
});
