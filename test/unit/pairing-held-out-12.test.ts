// The defect class found on held-out batch 12 (pytest, trpc, prettier; docs/accuracy.md "Held-out
// batch 12"), on small cases shaped like the real commit that showed it, with the neighbouring
// cases that must keep their answer. The real commit is a corpus case too
// (test/corpus/trpc/20a37e54, scored by accuracy-corpus.test.ts).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { initParsers } from '../../server/src/parsing/languages';
import { directDelta } from '../helpers/direct-delta';

before(async () => {
  await initParsers();
});

/** MODIFY_SIG tokens as `symbol compatible|breaking`, sorted. */
const sigs = (r: ReturnType<typeof directDelta>) =>
  r.tokens.filter((t) => t.kind === 'MODIFY_SIG').map((t) => `${t.symbol} ${t.meta.compatible ? 'compatible' : 'breaking'}`).sort();

// trpc 20a37e54: the class's type parameter `TMiddleware` became `TMiddlewareFn`; the constructor's
// parameter type and `middleware`'s only follow it. A type parameter is the declaration's own name
// for a type: callers never spell it, so the types are the same (spec §3.3 MODIFY_SIG, types
// renamed in the same change). `middleware`'s parameter `fn` → `middleware` is a TS positional
// rename: compatible.
const base = `export class Router<TContext, TMiddleware extends MiddlewareFunction<TContext>> {
  readonly _def: { middlewares: TMiddleware[] };
  constructor(def?: { middlewares: TMiddleware[] }) {
    this._def = def ?? { middlewares: [] };
  }
  public middleware(fn: TMiddleware) {
    this._def.middlewares.push(fn);
    return this;
  }
}
`;

const head = `export class Router<TContext, TMiddlewareFn extends MiddlewareFunction<TContext>> {
  readonly _def: { middlewares: TMiddlewareFn[] };
  constructor(def?: { middlewares: TMiddlewareFn[] }) {
    this._def = def ?? { middlewares: [] };
  }
  public middleware(middleware: TMiddlewareFn) {
    return new Router<TContext, TMiddlewareFn>({ ...this._def, middlewares: [...this._def.middlewares, middleware] });
  }
}
`;

test('a class type parameter renamed is no parameter type change of its methods (trpc 20a37e54)', () => {
  assert.deepEqual(sigs(directDelta({ 'router.ts': base }, { 'router.ts': head })), ['Router.middleware compatible']);
});

test("a function's own type parameter renamed is no change of its parameter or return types", () => {
  const b = 'export function first<T>(items: T[], fallback: T): T {\n  return items.length ? items[0] : fallback;\n}\n';
  const h = 'export function first<TItem>(items: TItem[], fallback: TItem): TItem {\n  return items.length ? items[0] : fallback;\n}\n';
  assert.deepEqual(sigs(directDelta({ 'first.ts': b }, { 'first.ts': h })), []);
  const ab = 'export const first = <T,>(items: T[]): T => items[0];\n';
  const ah = 'export const first = <TItem,>(items: TItem[]): TItem => items[0];\n';
  assert.deepEqual(sigs(directDelta({ 'first.ts': ab }, { 'first.ts': ah })), []);
});

test('a parameter that switches to another type parameter the declaration already had is still a type change', () => {
  // `K` and `V` both exist on both sides: `value: V` → `value: K` is a different type, not a rename.
  const b = 'export function put<K, V>(key: K, value: V): void {\n  store.set(key, value);\n}\n';
  const h = 'export function put<K, V>(key: K, value: K): void {\n  store.set(key, value);\n}\n';
  assert.deepEqual(sigs(directDelta({ 'put.ts': b }, { 'put.ts': h })), ['put breaking']);
  // A type parameter added (not renamed) and used: the parameter's type did change.
  const b2 = 'export function wrap(value: string): string {\n  return value;\n}\n';
  const h2 = 'export function wrap<T>(value: T): T {\n  return value;\n}\n';
  assert.deepEqual(sigs(directDelta({ 'wrap.ts': b2 }, { 'wrap.ts': h2 })), ['wrap breaking']);
});

test('a class type parameter renamed does not excuse a real type change in the same signature', () => {
  const b = 'export class Box<T> {\n  put(value: T, at: number) {\n    this.items[at] = value;\n  }\n}\n';
  const h = 'export class Box<TItem> {\n  put(value: TItem, at: string) {\n    this.items[at] = value;\n  }\n}\n';
  assert.deepEqual(sigs(directDelta({ 'box.ts': b }, { 'box.ts': h })), ['Box.put breaking']);
});
