// ΔTYPE_HINTS explains the signature lines whose annotations it counts (emit-types.ts): an
// annotation added where there was none is no MODIFY_SIG, and the coverage pass used to leave
// those lines to the MODIFY_FILE catch-all (real commit: encode/httpx 87f39f12c9 adds `-> None`
// to 22 `__init__`s — 22 ΔTYPE_HINTS plus 22 MODIFY_FILE on the same lines). Real parses.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { initParsers } from '../../server/src/parsing/languages';
import { directDelta } from '../helpers/direct-delta';

before(async () => {
  await initParsers();
});

const kinds = (r: ReturnType<typeof directDelta>) => r.tokens.map((t) => `${t.kind} ${t.symbol ?? t.file} ${t.range.line}`).sort();

test('Python: a return annotation added to a multi-line __init__ signature is ΔTYPE_HINTS alone', () => {
  const b = [
    'import typing',
    '',
    '',
    'class BasicAuth:',
    '    def __init__(',
    '        self, username: typing.Union[str, bytes], password: typing.Union[str, bytes]',
    '    ):',
    '        self._auth_header = self._build_auth_header(username, password)',
    '',
  ].join('\n');
  const h = b.replace('    ):', '    ) -> None:');
  assert.deepEqual(kinds(directDelta({ 'auth.py': b }, { 'auth.py': h })), ['ΔTYPE_HINTS BasicAuth.__init__ 5']);
});

test('TypeScript: a return type added is ΔTYPE_HINTS alone; a parameter annotation dropped likewise', () => {
  const b = 'export function area(w: number, h: number) {\n  return w * h;\n}\n\nexport function label(name: string): string {\n  return name.trim();\n}\n';
  const h = 'export function area(w: number, h: number): number {\n  return w * h;\n}\n\nexport function label(name): string {\n  return name.trim();\n}\n';
  assert.deepEqual(kinds(directDelta({ 'geo.ts': b }, { 'geo.ts': h })), ['ΔTYPE_HINTS area 1', 'ΔTYPE_HINTS label 5']);
});

// unstorage 9c3bc44d8f ("chore: use oxlint and oxfmt") added a trailing comma inside a type
// alias's function type: the same type (MODIFY_TYPE rightly silent), but its line was left to the
// MODIFY_FILE catch-all. A type declaration changed only in form explains its lines as format.
test('a type alias reformatted (a trailing comma added) is ΔCOMMENTS, no catch-all', () => {
  const b = 'export type DriverFactory<OptionsT, InstanceT = never> = (\n  opts: OptionsT\n) => Driver<OptionsT, InstanceT>;\n';
  const h = 'export type DriverFactory<OptionsT, InstanceT = never> = (\n  opts: OptionsT,\n) => Driver<OptionsT, InstanceT>;\n';
  assert.deepEqual(directDelta({ 'utils.ts': b }, { 'utils.ts': h }).tokens.map((t) => `${t.kind} ${t.meta.reason ?? ''}`), ['ΔCOMMENTS format']);
});

// The same commit reflowed an interface's generic overloads (`removeItem<\n  U …,\n  K …,\n>(` onto
// one line): the members are equal, and the declaration check compared code lines whose token
// spacing differs where a line break split or joined `>,\n>(` — MODIFY_TYPE for a formatter's
// commit. And a member's overloads are all compared, not only the last of each side.
test('an interface reflowed by a formatter is no MODIFY_TYPE; an overload changed is one', () => {
  const b = 'export interface Storage<T> {\n  hasItem<\n    U extends Extract<T, Def>,\n    K extends keyof ItemMap<U>,\n  >(\n    key: K,\n    opts?: Options,\n  ): Promise<boolean>;\n  hasItem(key: string, opts?: Options): Promise<boolean>;\n}\n';
  const h = 'export interface Storage<T> {\n  hasItem<U extends Extract<T, Def>, K extends keyof ItemMap<U>>(key: K, opts?: Options): Promise<boolean>;\n  hasItem(key: string, opts?: Options): Promise<boolean>;\n}\n';
  const kinds = (x: string) => directDelta({ 'types.ts': b }, { 'types.ts': x }).tokens.map((t) => t.kind);
  assert.ok(!kinds(h).includes('MODIFY_TYPE'), kinds(h).join(' | '));
  assert.ok(!kinds(h).includes('MODIFY_FILE'), kinds(h).join(' | '));
  const changedFirst = h.replace('(key: K, opts?: Options): Promise<boolean>;', '(key: K): Promise<boolean>;');
  assert.ok(kinds(changedFirst).includes('MODIFY_TYPE'), kinds(changedFirst).join(' | '));
});

// vue core 40178ddfc2 ("chore(deps): update lint"): prettier joined multi-line unions, dropping
// their leading `|` — in type aliases (`type VNodeHook =\n  | A\n  | B` → `type VNodeHook =\n  A | B`)
// and in parameter annotations (`specifier:\n    | A\n    | B,`). Neither is a type change: no
// MODIFY_TYPE, no MODIFY_SIG; a real arm dropped still is one.
test('a union reflowed by a formatter (its leading `|` dropped) is no MODIFY_TYPE and no MODIFY_SIG', () => {
  const alias = (t: string) => `export type VNodeHook =\n${t}\n`;
  const b = alias('  | VNodeMountHook\n  | VNodeUpdateHook\n  | VNodeMountHook[]');
  const h = alias('  VNodeMountHook | VNodeUpdateHook | VNodeMountHook[]');
  const ks = (x: string, y: string, f = 'vnode.ts') => directDelta({ [f]: x }, { [f]: y }).tokens.map((t) => t.kind);
  assert.deepEqual(ks(b, h), ['ΔCOMMENTS']);
  assert.ok(ks(b, alias('  VNodeMountHook | VNodeUpdateHook')).includes('MODIFY_TYPE'));
  const fn = (t: string) => `export function getImportedName(\n  specifier:\n${t},\n): string {\n  return specifier.type\n}\n`;
  const fb = fn('    | ImportSpecifier\n    | ImportDefaultSpecifier');
  const fh = fn('    ImportSpecifier | ImportDefaultSpecifier');
  assert.deepEqual(ks(fb, fh, 'utils.ts'), ['ΔCOMMENTS'], 'no MODIFY_SIG, no MODIFY_BODY, no catch-all');
  assert.ok(ks(fb, fn('    ImportSpecifier'), 'utils.ts').includes('MODIFY_SIG'));
  // A top-level annotation reflowed the same way (compiler-sfc's parseCache) is format too.
  const top = (t: string) => `export const parseCache:\n${t} = createCache()\n`;
  assert.deepEqual(ks(top('  | Map<string, R>\n  | LRUCache<string, R>'), top('  Map<string, R> | LRUCache<string, R>'), 'parse.ts'), ['ΔCOMMENTS']);
  assert.ok(ks(top('  | Map<string, R>\n  | LRUCache<string, R>'), top('  Map<string, R>'), 'parse.ts').includes('ΔTOPLEVEL'));
});

// unstorage 9c3bc44d8f ("chore: use oxlint and oxfmt") added trailing commas throughout: after a
// function's last parameter (`cb: Fn,` then `) => {`) and after a call's last argument. A comma
// before a closing bracket is form in TS/JS — in Python `(a,)` is a tuple and `(a)` is not.
test('a trailing comma added by a formatter is format in TS/JS, and a real change in Python', () => {
  const ks = (f: string, x: string, y: string) => directDelta({ [f]: x }, { [f]: y }).tokens.map((t) => `${t.kind}${t.meta.reason ? ` ${t.meta.reason}` : ''}`);
  const fn = (c: string) => `export const runBatch = (\n  items: string[],\n  cb: (b: string) => Promise<any>${c}\n) => {\n  return Promise.all(items.map(cb)).then(\n    (r) => r.flat()${c}\n  );\n};\n`;
  assert.deepEqual(ks('s.ts', fn(''), fn(',')), ['ΔCOMMENTS format', 'ΔCOMMENTS format']);
  assert.ok(ks('s.ts', fn(''), fn(', extra')).some((k) => k !== 'ΔCOMMENTS format'), 'an argument added is not format');
  const py = (c: string) => `def f():\n    return (1${c})\n`;
  assert.notDeepEqual(ks('m.py', py(''), py(',')), ['ΔCOMMENTS format']);
});
