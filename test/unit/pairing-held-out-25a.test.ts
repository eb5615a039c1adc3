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
