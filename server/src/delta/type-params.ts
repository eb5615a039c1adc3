// Generic type parameters renamed in the same change (held-out batch 12, trpc 20a37e54:
// `class Router<…, TMiddleware extends MiddlewareFunction<TContext>>` became `<…, TMiddlewareFn …>`,
// so `middleware(fn: TMiddleware)` became `middleware(middleware: TMiddlewareFn)` and the
// constructor's `middlewares: TMiddleware[]` became `TMiddlewareFn[]`). A type parameter is a name
// the declaration binds for itself: callers never spell it, so a parameter or return type that
// differs only by it is the same type — the rule spec §3.3 MODIFY_SIG already follows for types
// and classes renamed in the same change (type-equivalence.ts, docs/accuracy.md).
//
// The extractor (symbols/, another owner's keystroke path) records no type parameters, so they
// are read here from the declaration's signature text: the `<…>` right after the symbol's name
// (`class K<…>`, `function f<…>(`, `method<…>(`, `const f = <…>(`) of the symbol itself and of
// every enclosing declaration. Lists are compared position by position, innermost level first; a
// position whose name differs on both sides, neither name appearing on the other side, is a rename.
//
// Held-out batch 13 added two things (docs/accuracy.md "Held-out batch 13"):
// - Python 3.12's PEP 695 lists (`def f[T: int](x: T)`, `class C[T]:`) are read the same way, from
//   the `[…]` right after the name (tree-sitter-python 0.25 parses them; the extractor keeps none).
// - A type parameter's *constraint* (`T extends X`, Python `T: X`) is compared: it bounds what a
//   caller may pass for a parameter typed `T`, so a changed bound is a change of the parameter and
//   return types that use `T` (spec §3.3 MODIFY_SIG "parameter types, return type"), judged
//   widened or not like any parameter type (the bound standing for `T`). A type parameter's
//   *default* (`T = Y`) is not compared: §3.3's "defaults" are parameter values a caller may omit;
//   a type default applies only when the caller neither passes `T` nor lets it be inferred, which
//   the signature text cannot tell.
import type { FileAnalysis, Lang, Signature, SymbolInfo } from '../symbols/types';
import { ownMemo, setOwnMemo } from '../util/own-memo';

/** Base-side type parameter name → head-side name, for the names renamed between the two. */
export type TypeParamRenames = ReadonlyMap<string, string>;

const NONE: TypeParamRenames = new Map();

/** Offsets of the line starts of `text` (line n starts at `starts[n - 1]`), cached per text. */
const lineStartsCache = new Map<string, number[]>();
function lineStarts(text: string): number[] {
  let s = lineStartsCache.get(text);
  if (s) return s;
  s = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) s.push(i + 1);
  // Two files per side of one pair at most are live at a time; a tiny cache is enough and bounded.
  if (lineStartsCache.size >= 8) lineStartsCache.clear();
  lineStartsCache.set(text, s);
  return s;
}

/** The text of a symbol's signature lines (whole lines: columns may count bytes, not characters). */
function signatureText(text: string, sym: SymbolInfo): string {
  const starts = lineStarts(text);
  const from = starts[sym.sigRange.line - 1] ?? 0;
  const to = starts[sym.sigRange.endLine] ?? text.length;
  return text.slice(from, to);
}

const IDENT_START = /[A-Za-z_$]/;

/** One declared type parameter: its name and its constraint text (`T extends X` / `T: X`), if any. */
export interface TypeParam {
  name: string;
  bound?: string;
}

/** Index of the first top-level occurrence of `re` (a sticky-free regex) in `t`, or -1. */
function topLevelIndex(t: string, test: (t: string, i: number) => number): { at: number; len: number } | undefined {
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    if (ch === '<' || ch === '(' || ch === '[' || ch === '{') depth++;
    else if ((ch === '>' && t[i - 1] !== '=') || ch === ')' || ch === ']' || ch === '}') depth--;
    else if (depth === 0) {
      const len = test(t, i);
      if (len > 0) return { at: i, len };
    }
  }
  return undefined;
}

/** A `<…>` (TS) or `[…]` (Python) entry: `const T extends X<Y> = Z` → T, X<Y>; `T: (int, str) = int` → T, int | str. */
function parseEntry(raw: string, lang: 'ts' | 'python'): TypeParam | undefined {
  const m = /^\s*(?:(?:const|in|out)\s+)*(?:\*\*|\*)?([A-Za-z_$][\w$]*)/.exec(raw);
  if (!m) return undefined;
  let rest = raw.slice(m[0].length);
  // The default is not compared (see the header): cut it off first.
  const eq = topLevelIndex(rest, (t, i) => (t[i] === '=' && t[i + 1] !== '>' && t[i - 1] !== '=' ? 1 : 0));
  if (eq) rest = rest.slice(0, eq.at);
  let bound: string | undefined;
  if (lang === 'ts') {
    const ext = /^\s+extends\s+([\s\S]*)$/.exec(rest);
    if (ext) bound = ext[1];
  } else {
    const col = /^\s*:\s*([\s\S]*)$/.exec(rest);
    if (col) {
      bound = col[1].trim();
      // PEP 695 constraints `T: (int, str)`: T is one of them — the union of the arms.
      const tuple = /^\(([\s\S]*)\)$/.exec(bound);
      if (tuple && topLevelIndex(tuple[1], (t, i) => (t[i] === ',' ? 1 : 0))) bound = tuple[1].split(',').map((x) => x.trim()).filter(Boolean).join(' | ');
    }
  }
  bound = bound?.replace(/\s+/g, ' ').trim();
  return { name: m[1], ...(bound ? { bound } : {}) };
}

/** Entries of the `<…>` / `[…]` list that opens at `text[open]`. */
function bracketList(text: string, open: number, lang: 'ts' | 'python'): TypeParam[] | undefined {
  const out: TypeParam[] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === '<' || ch === '(' || ch === '[' || ch === '{') depth++;
    else if ((ch === '>' && text[i - 1] !== '=') || ch === ')' || ch === ']' || ch === '}') depth--;
    if ((ch === ',' && depth === 1) || depth === 0) {
      const e = parseEntry(text.slice(start, i), lang);
      if (e) out.push(e);
      start = i + 1;
      if (depth === 0) return out;
    }
  }
  return undefined;
}

const LIST_MEMO = Symbol('typeParams');

/** The type parameters a declaration binds, in order (empty when it has none); memoised on the symbol. */
export function declaredTypeParamList(text: string, sym: SymbolInfo, lang: Lang): readonly TypeParam[] {
  const memo = ownMemo<{ text: string; list: readonly TypeParam[] }>(sym, LIST_MEMO);
  if (memo && memo.text === text) return memo.list;
  return setOwnMemo(sym, LIST_MEMO, { text, list: readList(text, sym, lang) }).list;
}

/**
 * `t` with its TS/JS comments blanked (same length, line breaks kept), strings left alone. A list
 * may hold comments (held-out batch 24a, pinia 6baf6ff9: `defineStore<…, // the omission of the
 * extends is necessary for type inference` then `G` followed by a block comment): read
 * as text, the line comment hid `G` from the list on both sides, so its new bound `GettersTree<S>`
 * was never compared (batch 13's rule, spec §3.3 "parameter types, return type"); and a comment's
 * own `<`, `>` or `,` would shift the list's depth and entries.
 */
function blankComments(t: string): string {
  if (!t.includes('/')) return t;
  let out = '';
  let quote: string | undefined;
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    if (quote) {
      out += ch;
      if (ch === '\\' && i + 1 < t.length) out += t[++i];
      else if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === '"' || ch === "'" || ch === '`') {
      quote = ch;
      out += ch;
    } else if (ch === '/' && t[i + 1] === '/') {
      const end = t.indexOf('\n', i);
      const stop = end < 0 ? t.length : end;
      out += ' '.repeat(stop - i);
      i = stop - 1;
    } else if (ch === '/' && t[i + 1] === '*') {
      const end = t.indexOf('*/', i + 2);
      const stop = end < 0 ? t.length : end + 2;
      out += t.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop - 1;
    } else {
      out += ch;
    }
  }
  return out;
}

function readList(text: string, sym: SymbolInfo, lang: Lang): TypeParam[] {
  const raw = signatureText(text, sym);
  const sig = lang === 'python' ? raw : blankComments(raw);
  const at = new RegExp(`(^|[^\\w$#])${sym.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w$])`).exec(sig);
  if (!at) return [];
  let i = at.index + at[0].length;
  const skipSpace = () => {
    while (i < sig.length && /\s/.test(sig[i])) i++;
  };
  skipSpace();
  if (lang === 'python') return sig[i] === '[' ? bracketList(sig, i, 'python') ?? [] : [];
  if (sig[i] === '=' && sig[i + 1] !== '>') {
    // `const f = <T,>(x: T) => …` / `const f = async <T>(…) => …`
    i++;
    skipSpace();
    if (sig.startsWith('async', i) && !IDENT_START.test(sig[i + 5] ?? '')) {
      i += 5;
      skipSpace();
    }
  }
  return sig[i] === '<' ? bracketList(sig, i, 'ts') ?? [] : [];
}

/** The type parameter names a TS/JS declaration binds, in order (empty when it has none). */
export function declaredTypeParams(text: string, sym: SymbolInfo, lang: Lang = 'typescript'): string[] {
  return declaredTypeParamList(text, sym, lang).map((p) => p.name);
}

const BY_QUALNAME = Symbol('byQualname');

/** The symbol and its enclosing declarations, innermost first. */
export function declarationChain(a: FileAnalysis, sym: SymbolInfo): SymbolInfo[] {
  if (sym.container === undefined) return [sym];
  const byQualname = ownMemo<Map<string, SymbolInfo>>(a, BY_QUALNAME) ?? setOwnMemo(a, BY_QUALNAME, new Map(a.symbols.map((s) => [s.qualname, s] as const)));
  const out = [sym];
  for (let c: string | undefined = sym.container; c !== undefined; ) {
    const s: SymbolInfo | undefined = byQualname.get(c);
    if (!s || out.includes(s)) break;
    out.push(s);
    c = s.container;
  }
  return out;
}

/** A type parameter whose constraint changed: head-side name → base and head bound (undefined: none). */
export type TypeParamBounds = ReadonlyMap<string, { old?: string; new?: string }>;

export interface TypeParamDelta {
  renames: TypeParamRenames;
  bounds: TypeParamBounds;
}

const NO_DELTA: TypeParamDelta = { renames: NONE, bounds: new Map() };

const normBound = (b: string | undefined) => b?.replace(/["'\s]/g, '');

/**
 * Type parameters renamed, and type parameters whose constraint changed, between base symbol `o`
 * (in `oText`, analysed as `oA`) and head symbol `n`: their own and their enclosing declarations',
 * level by level. Renames: lists of one length compared position by position. Bounds: the
 * parameters both sides declare at a level (by position when the lengths agree, by name when a
 * parameter was added or removed), named as on the head side, the base bound written with the
 * head's names. Empty when a side's text is missing.
 */
export function typeParamDelta(
  oText: string | undefined, oA: FileAnalysis | undefined, o: SymbolInfo,
  nText: string | undefined, nA: FileAnalysis | undefined, n: SymbolInfo,
): TypeParamDelta {
  if (oText === undefined || nText === undefined || !oA || !nA || oA.lang !== nA.lang) return NO_DELTA;
  const lang = nA.lang;
  const oc = declarationChain(oA, o);
  const nc = declarationChain(nA, n);
  const out = new Map<string, string>();
  const clash = new Set<string>();
  const levels: [readonly TypeParam[], readonly TypeParam[]][] = [];
  for (let level = 0; level < Math.min(oc.length, nc.length); level++) {
    const a = declaredTypeParamList(oText, oc[level], lang);
    const b = declaredTypeParamList(nText, nc[level], lang);
    if (!a.length && !b.length) continue;
    levels.push([a, b]);
    if (!a.length || a.length !== b.length) continue;
    const an = a.map((p) => p.name);
    const bn = b.map((p) => p.name);
    for (let i = 0; i < a.length; i++) {
      if (an[i] === bn[i] || bn.includes(an[i]) || an.includes(bn[i])) continue;
      // An inner declaration may rebind a name its container renamed differently: then the name
      // means two things and neither rename is taken.
      if (out.has(an[i]) && out.get(an[i]) !== bn[i]) clash.add(an[i]);
      out.set(an[i], bn[i]);
    }
  }
  for (const c of clash) out.delete(c);
  const renames: TypeParamRenames = out.size ? out : NONE;
  const bounds = new Map<string, { old?: string; new?: string }>();
  const headNames = (t: string) => t.replace(/[A-Za-z_$][\w$]*/g, (w) => renames.get(w) ?? w);
  // Innermost level first: an inner declaration's parameter shadows its container's of that name.
  for (const [a, b] of levels) {
    const pairs: [TypeParam, TypeParam][] = a.length === b.length
      ? a.map((p, i) => [p, b[i]] as [TypeParam, TypeParam]).filter(([p, q]) => p.name === q.name || renames.get(p.name) === q.name)
      : a.flatMap((p) => { const q = b.find((x) => x.name === p.name); return q ? [[p, q] as [TypeParam, TypeParam]] : []; });
    for (const [p, q] of pairs) {
      if (bounds.has(q.name)) continue;
      const ob = p.bound === undefined ? undefined : headNames(p.bound);
      if (normBound(ob) !== normBound(q.bound)) bounds.set(q.name, { old: ob, new: q.bound });
    }
  }
  return bounds.size || renames.size ? { renames, bounds } : NO_DELTA;
}

/** Type parameters renamed between base symbol `o` and head symbol `n` (typeParamDelta's renames). */
export function typeParamRenames(
  oText: string | undefined, oA: FileAnalysis | undefined, o: SymbolInfo,
  nText: string | undefined, nA: FileAnalysis | undefined, n: SymbolInfo,
): TypeParamRenames {
  return typeParamDelta(oText, oA, o, nText, nA, n).renames;
}

/** What an unconstrained type parameter accepts: anything. */
const TOP: Record<Lang, string> = { typescript: 'unknown', tsx: 'unknown', javascript: 'unknown', python: 'object' };

/**
 * `s` with every type parameter of `bounds` written as its bound (`x: T` → `x: string | number`),
 * for comparing a signature whose type parameters' constraints changed: the bound is what a caller
 * may pass for, or gets back as, `T`. `side` picks the base or head bound.
 */
export function withBounds(s: Signature, bounds: TypeParamBounds, side: 'old' | 'new', lang: Lang): Signature {
  const sub = (t: string | undefined) => {
    if (t === undefined) return t;
    let hit = false;
    const r = t.replace(/[A-Za-z_$][\w$]*/g, (w, at: number) => {
      const b = bounds.get(w);
      if (!b || t[at - 1] === '.') return w;
      hit = true;
      const bound = b[side] ?? TOP[lang];
      return t.trim() === w || !/[|&,]/.test(bound) ? bound : `(${bound})`;
    });
    return hit ? r : t;
  };
  return { ...s, params: s.params.map((p) => (p.type === undefined ? p : { ...p, type: sub(p.type) })), returnType: sub(s.returnType) };
}
