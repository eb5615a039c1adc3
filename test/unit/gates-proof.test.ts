// I2 FAILs only what the text proves (issue 17; docs/gates.md "FAIL needs proof"), and the
// package's public surface (docs/gates.md "Whose API"). Every case is a minimal pair cut from
// the real commit named in its title (sindresorhus/got, sindresorhus/ky).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { Policy } from '../../server/src/config/policy';
import { computeDelta } from '../../server/src/engine/delta-engine';
import { evaluateI2 } from '../../server/src/gates/i2-contracts';
import { entrySpecs, inSurface, publishes, readPublicSurface, resolveEntry } from '../../server/src/gates/public-surface';
import { typeRelation } from '../../server/src/delta/type-change';
import { initParsers, languageOf } from '../../server/src/parsing/languages';
import { analyzeSource } from '../../server/src/symbols/analyze';
import { changeSetOf } from '../helpers/direct-delta';

before(() => initParsers());

const verdicts = (before: Record<string, string>, after: Record<string, string | null>, surface?: Parameters<typeof evaluateI2>[3]) => {
  const cs = changeSetOf(before, after);
  return evaluateI2(cs, computeDelta(cs, new Policy()).tokens, new Policy(), surface).ports.map((p) => `${p.verdict} ${p.symbol}: ${p.reasons.join('; ')}`);
};

const responsePromise = (jsonA: string, jsonB: string) => `export type ResponsePromise<T = unknown> = {
\ttext: () => Promise<string>;
\tjson: {
\t\t/** Get the response body as JSON. */
\t\t${jsonA};
\t\t${jsonB};
\t};
} & Promise<Response>;
`;

test('ky 1b8e1ff7: a method whose result only narrowed (`Promise<J | undefined>` → `Promise<J>`) breaks no caller', () => {
  const f = 'source/types/ResponsePromise.ts';
  const b = responsePromise('<JsonType = T>(): Promise<JsonType | undefined>', '<Schema extends StandardSchemaV1>(schema: Schema): Promise<StandardSchemaV1InferOutput<Schema>>');
  const a = responsePromise('<JsonType = T>(): Promise<JsonType>', '<Schema extends StandardSchemaV1>(schema: Schema): Promise<StandardSchemaV1InferOutput<Schema>>');
  assert.deepEqual(verdicts({ [f]: b }, { [f]: a }), []);
});

test('ky 51e35528: a method whose result now includes `undefined` is a FAIL (callers must handle it)', () => {
  const f = 'source/types/ResponsePromise.ts';
  const mk = (ret: string) => `export type ResponsePromise<T = unknown> = {\n\tjson: <J = T>() => ${ret};\n} & Promise<Response>;\n`;
  const v = verdicts({ [f]: mk('Promise<J>') }, { [f]: mk('Promise<J | undefined>') });
  assert.equal(v.length, 1);
  assert.match(v[0], /^FAIL ResponsePromise: .*result widened, callers now receive Promise<J \| undefined>/);
});

test('ky 94741a94: a function type turned into overloads that keep the old call signature (type parameter renamed) is not a break', () => {
  const f = 'source/types/ResponsePromise.ts';
  const before = `export type ResponsePromise<T = unknown> = {\n\tjson: <J = T>() => Promise<J | undefined>;\n} & Promise<Response>;\n`;
  const after = responsePromise('<JsonType = T>(): Promise<JsonType | undefined>', '<Schema extends StandardSchemaV1>(schema: Schema): Promise<StandardSchemaV1InferOutput<Schema> | undefined>');
  assert.deepEqual(verdicts({ [f]: before }, { [f]: after }), []);
});

test('got 47c3155e: a parameter type rewritten into other names is REVIEW, not a proven break', () => {
  const f = 'source/core/options.ts';
  const mk = (t: string) => `export default class Options {\n\tset dnsLookup(value: ${t}) {\n\t\tthis._internals.dnsLookup = value;\n\t}\n}\n`;
  const v = verdicts({ [f]: mk("CacheableLookup['lookup'] | undefined") }, { [f]: mk('LookupFunction | undefined') });
  assert.equal(v.length, 1);
  assert.match(v[0], /^REVIEW Options\.dnsLookup: REVIEW: parameter value type rewritten/);
  // Provable changes stay FAILs: a lost union arm, a primitive turned into another.
  assert.match(verdicts({ [f]: mk('string | Buffer') }, { [f]: mk('string') })[0], /^FAIL .*type narrowed/);
  assert.match(verdicts({ [f]: mk('string') }, { [f]: mk('number') })[0], /^FAIL .*type changed: string → number/);
});

test('ky 90c6d00c and 101c74ba: a property narrowed or rewritten is REVIEW (direction unknown); a lost union arm (ky cec10a9d) stays FAIL', () => {
  const f = 'source/types/hooks.ts';
  const mk = (t: string) => `export type BeforeRequestState = {\n\tretryCount: ${t};\n};\n`;
  assert.match(verdicts({ [f]: mk('number') }, { [f]: mk('0') })[0], /^REVIEW .*narrowed: number → 0 \(breaks code that sets it/);
  assert.match(verdicts({ [f]: mk('HTTPError') }, { [f]: mk('Error') })[0], /^REVIEW .*type rewritten: HTTPError → Error/);
  const g = 'source/types/retry.ts';
  const methods = (t: string) => `export type HttpMethod = ${t};\n`;
  assert.match(verdicts({ [g]: methods("'get' | 'post' | 'GET' | 'POST'") }, { [g]: methods("'GET' | 'POST'") })[0], /^FAIL HttpMethod: .*narrowed: 'get' \| 'post' no longer accepted/);
});

test('type relations from the text alone', () => {
  assert.equal(typeRelation('string', 'string | number'), 'wider');
  assert.equal(typeRelation('string | number', 'number'), 'narrower');
  assert.equal(typeRelation('number', '0 | 1'), 'narrower');
  assert.equal(typeRelation('string', 'number'), 'incompatible');
  assert.equal(typeRelation('Buffer', 'Uint8Array'), 'unknown');
  assert.equal(typeRelation('readonly string[]', 'ReadonlyArray<string>'), 'same');
});

// --------------------------------------------------------------- the package's public surface

const gotLike: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'got-like', type: 'module', exports: { types: './dist/source/index.d.ts', default: './dist/source/index.js' }, main: './dist/source/index.js' }),
  'source/index.ts': "export * from './core/options.js';\nexport type {Response} from './core/response.js';\nimport {Hooks} from './core/hooks.js';\nexport {Hooks};\nexport {default as Options} from './core/options.js';\n",
  'source/core/options.ts': "import type {Agents} from './agents.js';\nexport type OptionsInit = {agent?: Agents; retry?: number};\nexport default class Options {\n\tmerge(init: OptionsInit) {}\n}\n",
  'source/core/agents.ts': 'export type Agents = {http?: unknown; https?: unknown};\nexport type Unrelated = {x: number};\n',
  'source/core/response.ts': 'export type Response = {rawBody?: Uint8Array};\nexport type PlainResponse = {body: string};\n',
  'source/core/hooks.ts': 'export type Hooks = {beforeRequest: unknown[]};\n',
  'source/core/utils/url-to-options.ts': 'export function urlToOptions(url: URL) {\n\treturn {host: url.host};\n}\n',
};

const surfaceOf = (files: Record<string, string>) => readPublicSurface({
  read: async (f) => files[f],
  analyse: (f, text) => analyzeSource(text, f, languageOf(f)!),
});

test('the surface: build entries map to sources, re-exports and the types public names are written in are followed', async () => {
  assert.deepEqual(entrySpecs(JSON.parse(gotLike['package.json'])), ['./dist/source/index.d.ts', './dist/source/index.js']);
  assert.equal(await resolveEntry('./distribution/index.js', async (f) => f === 'source/index.ts'), 'source/index.ts');
  const s = (await surfaceOf(gotLike))!;
  assert.deepEqual(s.entries, ['source/index.ts']);
  assert.ok(inSurface(s, 'source/core/options.ts', 'OptionsInit'), 'export * from');
  assert.ok(inSurface(s, 'source/core/options.ts', 'Options'));
  assert.ok(inSurface(s, 'source/core/response.ts', 'Response'), 'export type {…} from');
  assert.ok(!inSurface(s, 'source/core/response.ts', 'PlainResponse'), 'a name the entry does not export');
  assert.ok(inSurface(s, 'source/core/hooks.ts', 'Hooks'), 'imported, then exported');
  assert.ok(inSurface(s, 'source/core/agents.ts', 'Agents'), 'a type a public one is written in');
  assert.ok(!inSurface(s, 'source/core/agents.ts', 'Unrelated'));
  assert.ok(!inSurface(s, 'source/core/utils/url-to-options.ts', 'urlToOptions'), 'got fb909e90: an internal utility');
  assert.equal(await surfaceOf({ 'index.ts': 'export const a = 1;\n' }), undefined, 'no package.json: file-level');
  assert.equal(await surfaceOf({ 'package.json': '{"main": "./dist/x.js"}' }), undefined, 'no entry resolves');
});

test('got fb909e90 / ky 2df9b7e7: removing an internal utility is not an I2 FAIL; removing a public name still is', async () => {
  const s = (await surfaceOf(gotLike))!;
  const u = 'source/core/utils/url-to-options.ts';
  assert.deepEqual(verdicts({ [u]: gotLike[u] }, { [u]: null }, s), []);
  assert.equal(verdicts({ [u]: gotLike[u] }, { [u]: null }).length, 1, 'file-level without a surface');
  const r = 'source/core/response.ts';
  const v = verdicts({ [r]: gotLike[r] }, { [r]: 'export type PlainResponse = {body: string};\n' }, s);
  assert.deepEqual(v.map((x) => x.split(':')[0]), ['FAIL Response']);
});

test('ky 6ed304d2: a test gains a nested function named like one further down — the old one is untouched, not re-paired (no false I3)', () => {
  const old = `import test from 'ava';
import ky from '../source/index.js';

test('options are correctly passed to Fetch #2', async t => {
\tconst json = await ky.post('https://example.com').json();
\tt.truthy(json);
});

test('custom fetch', async t => {
\tconst customFetch: typeof fetch = async input => {
\t\tt.true(input instanceof Request);
\t\treturn new Response('ok');
\t};

\tt.is(await ky('https://example.com', {fetch: customFetch}).text(), 'ok');
});
`;
  const added = `test('post with json does not hang when custom fetch consumes request body', async t => {
\tconst customFetch: typeof fetch = async request => {
\t\tt.is(request.method, 'POST');
\t\tconst parsedBody = await request.json();
\t\treturn new Response(JSON.stringify({ok: true, parsedBody}));
\t};

\tconst json = await ky.post('https://example.com/endpoint', {json: {x: true}, fetch: customFetch}).json();
\tt.deepEqual(json, {ok: true, parsedBody: {x: true}});
});

`;
  const neu = old.replace("test('custom fetch'", `${added}test('custom fetch'`);
  const f = 'test/fetch.ts';
  const cs = changeSetOf({ [f]: old }, { [f]: neu });
  const kinds = computeDelta(cs, new Policy()).tokens.map((t) => `${t.kind} ${t.symbol ?? ''}@${t.range.line}`);
  assert.ok(!kinds.some((k) => k.startsWith('MODIFY_SIG') || k.startsWith('ΔASYNC_AWAIT')), kinds.join(', '));
  const addedFns = kinds.filter((k) => k.startsWith('ADD_FN'));
  assert.deepEqual(addedFns, ['ADD_FN customFetch@10']);
});

test('click d2e4a42f: `@t.overload` stubs added above a function are not its successor (no "parameter narrowed")', () => {
  const f = 'src/click/types.py';
  const before = `import typing as t\n\n\ndef convert_type(ty: t.Any | None, default: t.Any | None = None) -> ParamType[t.Any]:\n    """Find the most appropriate ParamType."""\n    return STRING\n`;
  const after = `import typing as t\n\n\n@t.overload\ndef convert_type(ty: None, default: None = None) -> StringParamType: ...\n\n\n@t.overload\ndef convert_type(\n    ty: type[t.Any] | ParamType[t.Any], default: t.Any | None = None\n) -> ParamType[t.Any]: ...\n\n\ndef convert_type(\n    ty: t.Any | None = None, default: t.Any | None = None\n) -> ParamType[t.Any]:\n    """Find the most appropriate ParamType."""\n    return STRING\n`;
  const v = verdicts({ [f]: before }, { [f]: after });
  assert.ok(!v.some((x) => x.startsWith('FAIL')), v.join('\n'));
});

test('ky 1f2ad7f2: `interface Options extends KyOptions` makes KyOptions part of the surface (its removed member is a FAIL)', async () => {
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ exports: { types: './distribution/index.d.ts', default: './distribution/index.js' } }),
    'source/index.ts': "export type {Options} from './types/options.js';\n",
    'source/types/options.ts': 'export type KyOptions = {\n\tprefixUrl?: URL | string;\n\tjson?: unknown;\n};\n\nexport interface Options extends KyOptions, Omit<RequestInit, \'headers\'> {\n\tmethod?: string;\n}\n\nexport type Internal = {x: number};\n',
  };
  const s = (await surfaceOf(files))!;
  assert.ok(inSurface(s, 'source/types/options.ts', 'KyOptions'));
  assert.ok(!inSurface(s, 'source/types/options.ts', 'Internal'));
  const f = 'source/types/options.ts';
  const v = verdicts({ [f]: files[f] }, { [f]: files[f].replace('\tprefixUrl?: URL | string;\n', '') }, s);
  assert.deepEqual(v.map((x) => x.split(':')[0]), ['FAIL KyOptions']);
});

test('mocha 7c9b0046f3 / TanStack query 267154cf6b: a tool configuration file is no public API; a library file named *.config.ts still is', () => {
  const karma = "module.exports = function (config) {\n  config.set({browsers: ['ChromeHeadless']});\n};\n";
  assert.deepEqual(verdicts({ 'karma.conf.js': karma }, { 'karma.conf.js': null }), []);
  const tsup = "export function modernConfig(opts) {\n  return {entry: opts.entry};\n}\nexport function legacyConfig(opts) {\n  return {entry: opts.entry};\n}\n";
  assert.deepEqual(verdicts({ 'packages/q/root.tsup.config.js': tsup }, { 'packages/q/root.tsup.config.js': null }), []);
  const lib = 'export function defaults(x: number): number {\n  return x;\n}\n';
  assert.equal(verdicts({ 'src/defaults.config.ts': lib }, { 'src/defaults.config.ts': null }).length, 1, 'under src/ it is library code');
  assert.equal(verdicts({ 'packages/q/util.js': tsup }, { 'packages/q/util.js': null }).length, 2, 'the same exports in an ordinary file');
});

test('redux fa9dc9d0b4: a conditional type whose check holds a union is no union — changing a branch is not "an arm lost"', () => {
  const f = 'src/types/reducers.ts';
  const mk = (action: string) => `export type PreloadedStateShape<M> = M[keyof M] extends
  | Reducer<any, any, any>
  | undefined
  ? {
      [P in keyof M]: M[P] extends (
        inputState: infer InputState,
        action: ${action}
      ) => any
        ? InputState
        : never
    }
  : never
`;
  const v = verdicts({ [f]: mk('UnknownAction') }, { [f]: mk('ActionFromReducersMapObject<M>') });
  assert.ok(!v.some((x) => x.startsWith('FAIL')), v.join('\n'));
  // A plain union that loses an arm is still a FAIL.
  const u = (t: string) => `export type Mode = ${t};\n`;
  assert.match(verdicts({ [f]: u("'a' | 'b' | 'c'") }, { [f]: u("'a' | 'b'") })[0], /^FAIL Mode/);
});

test('date-fns c00ecb632b: a parameter typed by a type parameter whose constraint widened is no proven narrowing', () => {
  const f = 'src/clamp/index.ts';
  const before = 'export function clamp<DateType extends Date>(\n  date: DateType | number | string,\n  interval: Interval,\n): DateType | Date {\n  return min([max([date, interval.start]), interval.end]);\n}\n';
  const after = 'export function clamp<\n  DateType extends DateFns.Arg,\n  IntervalType extends Interval,\n>(\n  date: DateType,\n  interval: IntervalType,\n): Date {\n  return min([max([date, interval.start]), interval.end]);\n}\n';
  const v = verdicts({ [f]: before }, { [f]: after });
  assert.equal(v.length, 1);
  assert.match(v[0], /^REVIEW clamp: /);
  // Same constraint on both sides: dropping `number | string` is a narrowing, a FAIL.
  const same = after.replace('DateType extends DateFns.Arg', 'DateType extends Date');
  assert.match(verdicts({ [f]: before }, { [f]: same })[0], /^FAIL clamp: .*parameter date type narrowed/);
});

test('graphql-js d1c9c42866 / remeda 482babd64d: a docs website and hidden tooling directories are no API', () => {
  const page = 'export default function Home() {\n  return null;\n}\nexport function Hero() {\n  return null;\n}\n';
  assert.deepEqual(verdicts({ 'website/src/pages/index.jsx': page }, { 'website/src/pages/index.jsx': null }), []);
  const hook = 'export function runCommand(cmd: string): number {\n  return cmd.length;\n}\n';
  assert.deepEqual(verdicts({ '.claude/hooks/lib/exec.ts': hook }, { '.claude/hooks/lib/exec.ts': null }), []);
  assert.equal(verdicts({ 'lib/exec.ts': hook }, { 'lib/exec.ts': null }).length, 1, 'the same file as library code');
});

test('packaging e808c8aa0e: a task runner\'s tasks/ and the maintainers\' tools/ are no API', () => {
  const check = 'import invoke\n\n@invoke.task\ndef pep440(ctx, cached=False):\n    return cached\n';
  assert.deepEqual(verdicts({ 'tasks/check.py': check }, { 'tasks/check.py': null }), []);
  assert.deepEqual(verdicts({ 'tools/gen.py': check }, { 'tools/gen.py': null }), []);
  assert.equal(verdicts({ 'packaging/check.py': check }, { 'packaging/check.py': null }).length, 1, 'the same file in the package');
});

test('remeda 5d7723acf8: a private workspace package with no entry (a docs site) has no API; a private root keeps the file-level rule', async () => {
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ name: 'root', private: true, workspaces: ['packages/*'] }),
    'packages/docs/package.json': JSON.stringify({ name: 'docs', private: true, scripts: { build: 'astro build' } }),
    'packages/docs/src/components/search.tsx': 'export function Search(site: string) {\n  return site;\n}\n',
    'packages/tool/package.json': JSON.stringify({ name: 'tool', scripts: {} }),
  };
  const reader = { read: async (f: string) => files[f], analyse: (f: string, text: string) => analyzeSource(text, f, languageOf(f)!) };
  const docs = (await readPublicSurface(reader, 'packages/docs'))!;
  assert.deepEqual(docs.packages, ['packages/docs']);
  assert.ok(!inSurface(docs, 'packages/docs/src/components/search.tsx', 'Search'));
  assert.ok(inSurface(docs, 'packages/other/src/x.ts', 'x'), 'a file of another package is judged by its own rule');
  assert.equal(await readPublicSurface(reader, 'packages/tool'), undefined, 'published but no entry: file-level');
  files['packages/website/package.json'] = JSON.stringify({ name: '@x/website', version: '1.0.0' });
  assert.deepEqual((await readPublicSurface(reader, 'packages/website'))?.packages, ['packages/website'], 'a package named as a docs site, not marked private');
  assert.equal(await readPublicSurface(reader, ''), undefined, 'private root: file-level');
  const f = 'packages/docs/src/components/search.tsx';
  assert.deepEqual(verdicts({ [f]: files[f] }, { [f]: 'export function Search(site: string, pathname: string) {\n  return site + pathname;\n}\n' }, docs), []);
});

test('packaging 3c6e2aabd7: an __init__ replaced by @dataclass is REVIEW, not a removal; removed from a plain class it is a FAIL', () => {
  const f = 'src/packaging/direct_url.py';
  const before = 'class ArchiveInfo:\n    def __init__(self, hash=None, hashes=None):\n        self.hash = hash\n        self.hashes = hashes\n\n    def to_dict(self):\n        return {"hash": self.hash}\n';
  const after = '@dataclasses.dataclass(frozen=True)\nclass ArchiveInfo:\n    hash: str | None = None\n    hashes: dict | None = None\n\n    def to_dict(self):\n        return {"hash": self.hash}\n';
  const v = verdicts({ [f]: before }, { [f]: after });
  assert.ok(v.some((x) => /^REVIEW ArchiveInfo\.__init__: REVIEW: ArchiveInfo\.__init__ is now generated by @dataclasses\.dataclass/.test(x)), v.join('\n'));
  assert.ok(!v.some((x) => x.startsWith('FAIL')), v.join('\n'));
  const plain = after.replace('@dataclasses.dataclass(frozen=True)\n', '');
  assert.ok(verdicts({ [f]: before }, { [f]: plain }).some((x) => x.startsWith('FAIL ArchiveInfo.__init__')));
});

test('xstate e6f6ec42e0 / 28c9961bb6: a union arm rewritten (other type arguments, a callback gaining a trailing parameter) is no arm lost', () => {
  const f = 'packages/core/src/State.ts';
  const snap = (args: string) => `export type MachineSnapshot<TContext, TEvent, TConfig> =\n  | ActiveMachineSnapshot<${args}>\n  | DoneMachineSnapshot<${args}>;\n`;
  const v = verdicts({ [f]: snap('TContext, TEvent, TConfig') }, { [f]: snap('TContext, TEvent') });
  assert.ok(v.length === 1 && v[0].startsWith('REVIEW MachineSnapshot'), v.join('\n'));
  const eff = (t: string) => `export type StoreEffect<TEmitted> = ${t} | TEmitted;\n`;
  const w = verdicts({ [f]: eff('(() => void)') }, { [f]: eff('((enq?: StoreEffectEnqueue) => void)') });
  assert.ok(!w.some((x) => x.startsWith('FAIL')), w.join('\n'));
  // An arm that is really gone is still a FAIL.
  assert.match(verdicts({ [f]: snap('TContext, TEvent, TConfig') }, { [f]: 'export type MachineSnapshot<TContext, TEvent, TConfig> = ActiveMachineSnapshot<TContext, TEvent, TConfig>;\n' })[0], /^FAIL MachineSnapshot: .*DoneMachineSnapshot/);
});

test('ofetch 3baf1cc076: members moved into an interface the declaration now extends are judged against it, not removed', () => {
  const f = 'src/types.ts';
  const before = `export interface FetchContext { request: string }
export interface FetchOptions extends Omit<RequestInit, "body"> {
  baseURL?: string;
  onRequest?(context: FetchContext): Promise<void> | void;
  onResponse?(context: FetchContext): Promise<void> | void;
}
`;
  const after = `export interface FetchContext { request: string }
export interface FetchOptions<T = any> extends Omit<RequestInit, "body">, FetchHooks<T> {
  baseURL?: string;
}
type MaybeArray<T> = T | T[];
export interface FetchHooks<T = any> {
  onRequest?: MaybeArray<(context: FetchContext) => Promise<void> | void>;
  onResponse?(context: FetchContext): Promise<void> | void;
}
`;
  const v = verdicts({ [f]: before }, { [f]: after });
  assert.ok(!v.some((x) => x.startsWith('FAIL')), v.join('\n'));
  assert.ok(v.some((x) => /^REVIEW FetchOptions: .*FetchOptions\.onRequest \(now inherited from FetchHooks\) type rewritten/.test(x)), v.join('\n'));
  assert.ok(!v.join('\n').includes('onResponse'), 'an inherited member with the same type is no finding');
  // A base from another file may hold it: REVIEW, not read.
  const imported = `import type { FetchHooks } from './hooks';\n` + after.replace(/type MaybeArray[^]*$/, '');
  const w = verdicts({ [f]: before }, { [f]: imported });
  assert.ok(!w.some((x) => x.startsWith('FAIL')) && w.some((x) => /onRequest is no longer declared in FetchOptions, which now extends FetchHooks/.test(x)), w.join('\n'));
  // Heritage unchanged and nothing in the file declares it: still a removal.
  const gone = before.replace('  onResponse?(context: FetchContext): Promise<void> | void;\n', '');
  assert.ok(verdicts({ [f]: before }, { [f]: gone }).some((x) => /^FAIL FetchOptions: .*onResponse removed/.test(x)));
});

test('a method moved into a base class of the same file is still there for callers; its signature is compared', () => {
  const f = 'src/client.ts';
  const before = `export class Client {\n  get(url: string): string {\n    return url;\n  }\n  post(url: string, body: string): string {\n    return url + body;\n  }\n}\n`;
  const after = `export class Base {\n  get(url: string): string {\n    return url;\n  }\n  post(url: string): string {\n    return url;\n  }\n}\nexport class Client extends Base {\n}\n`;
  const v = verdicts({ [f]: before }, { [f]: after });
  assert.ok(!v.some((x) => x.startsWith('FAIL Client.get')), v.join('\n'));
  assert.ok(v.some((x) => /^FAIL Client\.post: Client\.post is now inherited from Base; .*body/.test(x)), v.join('\n'));
  const unrelated = after.replace(' extends Base', '');
  assert.ok(verdicts({ [f]: before }, { [f]: unrelated }).some((x) => /^FAIL Client\.get/.test(x)));
});

test('ufo f1af9b3a5b / react-hook-form 1ab7d6d174: a symbol or module moved inside a package whose entry still exports it breaks no user', () => {
  const star = (files: string[]) => ({ entries: ['src/index.ts'], names: new Map<string, Set<string> | '*'>(files.map((f) => [f, '*'])), packages: [''] });
  // ufo: createURL moved from utils.ts into url.ts; index.ts re-exports both wholesale.
  const utils = 'export function withBase(input: string, base: string): string {\n  return base + input;\n}\n';
  const createURL = '\nexport function createURL(input: string): URL {\n  const u = new URL(input);\n  return u;\n}\n';
  const url = 'export function parseURL(input: string): string {\n  return input.trim();\n}\n';
  const before = { 'src/utils.ts': utils + createURL, 'src/url.ts': url };
  const after = { 'src/utils.ts': utils, 'src/url.ts': url + createURL };
  const moved = verdicts(before, after, star(['src/index.ts', 'src/utils.ts', 'src/url.ts']));
  assert.ok(moved.some((x) => /^PASS createURL: createURL moved to src\/url\.ts; the package still exports createURL/.test(x)) && !moved.some((x) => x.startsWith('FAIL')), moved.join('\n'));
  // url.ts not reached by the entry: the move takes createURL out of the package.
  const hidden = verdicts(before, after, { entries: ['src/index.ts'], names: new Map<string, Set<string> | '*'>([['src/index.ts', '*'], ['src/utils.ts', '*']]), packages: [''] });
  assert.ok(hidden.some((x) => x.startsWith('FAIL createURL')), hidden.join('\n'));

  // react-hook-form: formStateSubscribe.tsx renamed to formState.tsx, index.ts re-exports from the new path.
  const mod = 'export type FormStateProps = { name: string };\nexport function FormState(props: FormStateProps) {\n  return props.name;\n}\n';
  const idx = (from: string) => `export { FormState } from './${from}';\nexport type { FormStateProps } from './${from}';\n`;
  const renamed = verdicts(
    { 'src/formStateSubscribe.tsx': mod, 'src/index.ts': idx('formStateSubscribe') },
    { 'src/formStateSubscribe.tsx': null, 'src/formState.tsx': mod, 'src/index.ts': idx('formState') },
    star(['src/index.ts', 'src/formStateSubscribe.tsx']),
  );
  assert.ok(!renamed.some((x) => x.startsWith('FAIL')), renamed.join('\n'));
  // The entry not updated (still names the old path): the package's users lose both names.
  const stale = verdicts(
    { 'src/formStateSubscribe.tsx': mod, 'src/index.ts': idx('formStateSubscribe') },
    { 'src/formStateSubscribe.tsx': null, 'src/formState.tsx': mod, 'src/index.ts': idx('formStateSubscribe') + '// touched\n' },
    star(['src/index.ts', 'src/formStateSubscribe.tsx']),
  );
  assert.ok(stale.some((x) => x.startsWith('FAIL FormState')), stale.join('\n'));
  // As git reports it: one rename (status R), judged as a module move.
  const asRename = (index: string) => {
    const cs = changeSetOf({ 'src/formStateSubscribe.tsx': mod, 'src/index.ts': idx('formStateSubscribe') }, { 'src/formStateSubscribe.tsx': null, 'src/formState.tsx': mod, 'src/index.ts': index });
    const del = cs.changes.find((c) => c.status === 'D')!;
    const add = cs.changes.find((c) => c.status === 'A')!;
    cs.changes = [{ status: 'R', old: del.old, new: add.new, similarity: 100 }, ...cs.changes.filter((c) => c !== del && c !== add)];
    return evaluateI2(cs, computeDelta(cs, new Policy()).tokens, new Policy(), star(['src/index.ts', 'src/formStateSubscribe.tsx'])).ports.map((p) => `${p.verdict} ${p.symbol}: ${p.reasons.join('; ')}`);
  };
  const r = asRename(idx('formState'));
  assert.ok(r.some((x) => /^PASS FormState: module moved to src\/formState\.tsx; the package still exports FormState \(through src\/index\.ts\)/.test(x)) && !r.some((x) => !x.startsWith('PASS')), r.join('\n'));
  const rs = asRename(idx('formStateSubscribe') + '// touched\n');
  assert.ok(rs.some((x) => x.startsWith('FAIL FormState')), rs.join('\n'));
});

test('cattrs 4c20ab73: public twins of one name that changed places are judged against their unchanged selves, as MODIFY_SIG pairs them', () => {
  const f = 'src/cattrs/strategies.py';
  const a = 'def configure(converter, tag_name="_type"):\n    return converter.register(tag_name)\n';
  const b = 'def configure(converter):\n    return converter.register("_type")\n';
  const before = `import sys\n\nif sys.version_info >= (3, 10):\n${a.replace(/^/gm, '    ').trimEnd()}\nelse:\n${b.replace(/^/gm, '    ').trimEnd()}\n`;
  const after = `import sys\n\nif sys.version_info < (3, 10):\n${b.replace(/^/gm, '    ').trimEnd()}\nelse:\n${a.replace(/^/gm, '    ').trimEnd()}\n`;
  const v = verdicts({ [f]: before }, { [f]: after });
  assert.deepEqual(v.filter((x) => !x.startsWith('PASS')), [], v.join('\n'));
  const sigs = computeDelta(changeSetOf({ [f]: before }, { [f]: after }), new Policy()).tokens.filter((t) => t.kind === 'MODIFY_SIG');
  assert.deepEqual(sigs, [], 'the tokens agree');
});

test('ufo f7d47110af / 69e26f8983: a leading parameter folded into a rest parameter breaks no call; one split out of it breaks only calls with no argument', () => {
  const f = 'src/utils.ts';
  const fn = (params: string) => `export function joinURL(${params}): string {\n  return [${params.includes('base') ? 'base, ' : ''}...input].join('/');\n}\n`;
  const folded = verdicts({ [f]: fn('base: string, ...input: string[]') }, { [f]: fn('...input: string[]') });
  assert.ok(folded.some((x) => /^PASS joinURL: parameter base folded into \.\.\.input/.test(x)) && !folded.some((x) => x.startsWith('FAIL')), folded.join('\n'));
  const split = verdicts({ [f]: fn('...input: string[]') }, { [f]: fn('base: string, ...input: string[]') });
  assert.ok(split.some((x) => /^REVIEW joinURL: .*required parameter base split out of the rest parameter/.test(x)) && !split.some((x) => x.startsWith('FAIL')), split.join('\n'));
  // Another element type, or no rest to take it: still judged.
  assert.ok(verdicts({ [f]: fn('base: URL, ...input: string[]') }, { [f]: fn('...input: string[]') }).some((x) => x.startsWith('REVIEW joinURL')));
  assert.ok(verdicts({ [f]: fn('base: string, ...input: string[]') }, { [f]: 'export function joinURL(input: string[]): string {\n  return input.join("/");\n}\n' }).some((x) => x.startsWith('FAIL joinURL')));
  // Python callers may pass it by keyword: removed.
  const py = 'src/u.py';
  assert.ok(verdicts({ [py]: 'def join_url(base, *parts):\n    return "/".join([base, *parts])\n' }, { [py]: 'def join_url(*parts):\n    return "/".join(parts)\n' }).some((x) => x.startsWith('FAIL join_url')));
});

test('alembic 91a51160fb: a parameter typed where it was Any is REVIEW, not a narrowing FAIL', () => {
  const f = 'alembic/operations/ops.py';
  const fn = (t: string) => `def alter_column(table_name: str, server_default: ${t} = False) -> None:\n    return None\n`;
  const v = verdicts({ [f]: fn('Any') }, { [f]: fn('Union[_ServerDefaultType, None, Literal[False]]') });
  assert.ok(v.length === 1 && /^REVIEW alter_column: .*parameter server_default typed: Any → /.test(v[0]), v.join('\n'));
  // A declared type narrowed is still a FAIL.
  assert.ok(verdicts({ [f]: fn('Optional[str]') }, { [f]: fn('str') }).some((x) => x.startsWith('FAIL alter_column')));
});

test('chalk 655653bb0c: a JS file the package.json `files` list does not ship is no API; a list of build output says nothing about the sources', async () => {
  const util = "'use strict';\n\nexport const stringReplaceAll = (string, substring, replacer) => {\n\treturn string.split(substring).join(replacer);\n};\n";
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ name: 'chalk', version: '2.4.1', files: ['index.js', 'templates.js', 'index.d.ts'] }),
    'index.js': "'use strict';\nconst {stringReplaceAll} = require('./lib/util');\nmodule.exports = (s) => stringReplaceAll(s, 'a', 'b');\n",
    'templates.js': "'use strict';\nmodule.exports = (chalk, tmp) => tmp;\n",
    'index.d.ts': 'export function chalk(s: string): string;\n',
    'lib/util.js': util,
  };
  const reader = { read: async (f: string) => files[f], analyse: (f: string, text: string) => analyzeSource(text, f, languageOf(f)!), files: async () => Object.keys(files) };
  const s = (await readPublicSurface(reader))!;
  assert.ok(s, 'a `files` list of sources is read');
  assert.ok(!inSurface(s, 'lib/util.js', 'stringReplaceAll'), 'never shipped');
  assert.ok(inSurface(s, 'templates.js', 'anything'), 'shipped: judged file by file');
  assert.equal(verdicts({ 'lib/util.js': util }, { 'lib/util.js': null }, s).length, 0);
  assert.equal(verdicts({ 'lib/util.js': util }, { 'lib/util.js': null }).length, 1, 'file-level without the surface');
  // Directories, globs by base name, `main` always shipped.
  const ships = publishes({ main: 'source', files: ['source', '*.d.ts'] }, ['source/index.js', 'source/util.js', 'index.d.ts', 'test/a.js'])!;
  assert.ok(ships('source/util.js') && ships('index.d.ts') && ships('types/extra.d.ts'));
  assert.ok(!ships('test/a.js') && !ships('scripts/build.js'));
  // A list naming build output (not in the repository): which source ships is the build's business.
  assert.equal(publishes({ main: 'dist/index.js', files: ['dist'] }, ['src/index.ts', 'src/util.ts']), undefined);
  assert.equal(publishes({ main: 'dist/index.js', files: ['src', 'dist'] }, ['src/index.ts']), undefined, 'main names build output');
  assert.equal(publishes({ files: ['!test'] }, ['index.js']), undefined, 'only negations');
  assert.equal(publishes({ name: 'x' }, ['index.js']), undefined, 'no list: everything ships');
  // Without the tree (a reader that cannot list files) the rule is off.
  assert.equal(await readPublicSurface({ read: reader.read, analyse: reader.analyse }), undefined);
});
