// The defect classes found on held-out commits (uvicorn, execa, fastify; docs/accuracy.md
// "Held-out commits"), each on a small case shaped like the real commit that showed it, with the
// case beside it that must keep its old answer. The real commits are corpus cases too
// (test/corpus/<project>/<sha8>, scored by accuracy-corpus.test.ts).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { callStatementTokens } from '../../server/src/delta/pairing';
import { initParsers } from '../../server/src/parsing/languages';
import { directDelta, uncoveredLines } from '../helpers/direct-delta';

before(async () => {
  await initParsers();
});

const SCORED = ['ADD_FN', 'DEL_FN', 'RENAME_FN', 'EXTRACT_FN', 'INLINE_FN', 'MOVE_SYMBOL', 'ADD_CLASS', 'DEL_CLASS', 'RENAME_CLASS', 'MODIFY_SIG'];
const scored = (r: ReturnType<typeof directDelta>) =>
  r.tokens.filter((t) => SCORED.includes(t.kind)).map((t) => `${t.kind} ${t.symbol}`).sort();

test('a named function expression that is a property value in a function-local object literal is not a symbol (fastify db8f0a85)', () => {
  const a = `function fastify (options) {
  const router = buildRouting(options)
  const instance = {
    delete: function _delete (url, opts, handler) {
      return router.prepareRoute.call(this, 'DELETE', url, opts, handler)
    },
    get: (url, opts, handler) => router.prepareRoute.call(this, 'GET', url, opts, handler)
  }
  return instance
}
`;
  const b = a.replaceAll('opts', 'options');
  // The arrow beside it was never a symbol; the named expression is the same kind of member.
  assert.deepEqual(scored(directDelta({ 'fastify.js': a }, { 'fastify.js': b })), []);
  // A module-level object literal's members stay symbols (spec §3.1 `obj.method`).
  const m = 'const handlers = {\n  onError: function onError (err, req) {\n    return report(err, req)\n  }\n}\n';
  assert.deepEqual(scored(directDelta({ 'lib/h.js': m }, { 'lib/h.js': m.replace('(err, req)', '(err, req, res)').replace('report(err, req)', 'report(err, req, res)') })), ['MODIFY_SIG handlers.onError']);
});

test('annotations added to an unannotated function are ΔTYPE_HINTS, not MODIFY_SIG; a changed annotation still is (uvicorn c5c73434)', () => {
  const a = 'def is_ssl(transport):\n    return bool(transport.get_extra_info("sslcontext"))\n';
  const b = 'def is_ssl(transport: asyncio.Transport) -> bool:\n    return bool(transport.get_extra_info("sslcontext"))\n';
  const r = directDelta({ 'u/utils.py': a }, { 'u/utils.py': b });
  assert.deepEqual(scored(r), []);
  assert.ok(r.tokens.some((t) => t.kind === 'ΔTYPE_HINTS' && t.symbol === 'is_ssl'));
  assert.deepEqual(uncoveredLines({ 'u/utils.py': a }, { 'u/utils.py': b }, r), []);
  const c = b.replace('transport: asyncio.Transport', 'transport: asyncio.BaseTransport');
  assert.deepEqual(scored(directDelta({ 'u/utils.py': b }, { 'u/utils.py': c })), ['MODIFY_SIG is_ssl']);
});

test('the assignment a caller makes of the extracted function repeats its variables: still an extract (execa fa04e3ca)', () => {
  const a = `export function execa(rawFile, rawArgs, rawOptions) {
  const {file, args, command, escapedCommand, options: normalizedOptions} = handleArguments(rawFile, rawArgs, rawOptions);
  const options = handleAsyncOptions(normalizedOptions);
  const spawned = spawn(file, args, options);
  logCommand(command, escapedCommand);
  return spawned;
}
`;
  const b = `const handleAsyncArguments = (rawFile, rawArgs, rawOptions) => {
  [rawArgs, rawOptions] = handleOptionalArguments(rawArgs, rawOptions);
  const {file, args, command, escapedCommand, options: normalizedOptions} = handleArguments(rawFile, rawArgs, rawOptions);
  const options = handleAsyncOptions(normalizedOptions);
  return {file, args, command, escapedCommand, options};
};

export function execa(rawFile, rawArgs, rawOptions) {
  const {file, args, command, escapedCommand, options} = handleAsyncArguments(rawFile, rawArgs, rawOptions);
  const spawned = spawn(file, args, options);
  logCommand(command, escapedCommand);
  return spawned;
}
`;
  assert.deepEqual(scored(directDelta({ 'index.js': a }, { 'index.js': b })), ['EXTRACT_FN handleAsyncArguments']);
  // A bare call repeats nothing: a new helper wrapping a one-line emit with new code stays added
  // (got 29ffb44f emitError, corpus label ADD_FN).
  const c = `module.exports = (options) => {
  const get = async (opts) => {
    try {
      const response = await request(opts);
      emitter.emit('response', response);
    } catch (error) {
      emitter.emit('error', error);
    }
  };
  return get;
};
`;
  const d = `module.exports = (options) => {
  const emitError = async error => {
    try {
      for (const hook of options.hooks.beforeError) {
        error = await hook(error);
      }
      emitter.emit('error', error);
    } catch (error2) {
      emitter.emit('error', error2);
    }
  };

  const get = async (opts) => {
    try {
      const response = await request(opts);
      emitter.emit('response', response);
    } catch (error) {
      emitError(error);
    }
  };
  return get;
};
`;
  assert.deepEqual(scored(directDelta({ 'source/emitter.js': c }, { 'source/emitter.js': d })), ['ADD_FN default.emitError']);
});

test('callStatementTokens: the assignment around a call, not bare calls', () => {
  const t = ['const', '{', 'a', ',', 'b', '}', '=', 'f', '(', 'x', ',', 'g', '(', 'y', ')', ')', ';', 'f', '(', 'z', ')', ';', 'p', ',', 'q', '=', 'await', 'f', '(', ')'];
  assert.deepEqual(callStatementTokens(t, 'f'), ['const', '{', 'a', ',', 'b', '}', '=', 'f', '(', 'x', ',', 'g', '(', 'y', ')', ')', 'p', ',', 'q', '=', 'await', 'f', '(', ')']);
  assert.deepEqual(callStatementTokens(t, 'g'), []);
});

test('a function removed from A and a similar one added in B that A now imports is a move (execa 214b6abe)', () => {
  const gen = `import {StringDecoder} from 'node:string_decoder';

export const generatorToStream = ({value, encoding}) => {
  const iterable = applyEncoding(value, encoding);
  return {value: iterable};
};

const applyEncoding = (iterable, encoding) => encoding === 'buffer'
  ? encodingStartBufferGenerator(iterable)
  : encodingStartStringGenerator(iterable);
`;
  const enc = `export const handleEncoding = encoding => encoding;
`;
  // The caller is renamed and rewritten too (generatorToTransformStream → generatorToDuplexStream
  // in the real commit), so no paired caller offers call-site evidence: only the import does.
  const genAfter = `import {StringDecoder} from 'node:string_decoder';
import {getEncodingStartGenerator} from './encoding.js';

export const generatorToDuplexStream = ({value, encoding}) => ({
  value: toDuplex([getEncodingStartGenerator(encoding), value], {objectMode: false}),
});
`;
  const encAfter = `export const handleEncoding = encoding => encoding;

export const getEncodingStartGenerator = encoding => encoding === 'buffer'
  ? encodingStartBufferGenerator
  : encodingStartStringGenerator;
`;
  const r = directDelta({ 'lib/generator.js': gen, 'lib/encoding.js': enc }, { 'lib/generator.js': genAfter, 'lib/encoding.js': encAfter });
  assert.deepEqual(scored(r), ['ADD_FN generatorToDuplexStream', 'DEL_FN generatorToStream', 'MODIFY_SIG getEncodingStartGenerator', 'MOVE_SYMBOL getEncodingStartGenerator', 'RENAME_FN getEncodingStartGenerator']);
  // Without the import there is no evidence: the bodies alone are too far apart for a move.
  const genNoImport = genAfter.replace("import {getEncodingStartGenerator} from './encoding.js';\n", '');
  const r2 = directDelta({ 'lib/generator.js': gen, 'lib/encoding.js': enc }, { 'lib/generator.js': genNoImport, 'lib/encoding.js': encAfter });
  assert.deepEqual(scored(r2), ['ADD_FN generatorToDuplexStream', 'ADD_FN getEncodingStartGenerator', 'DEL_FN applyEncoding', 'DEL_FN generatorToStream']);
});
