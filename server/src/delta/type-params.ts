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
import type { FileAnalysis, SymbolInfo } from '../symbols/types';

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

/** Names in the `<…>` list that opens at `text[open]` (`T extends X<Y>, U = Z` → T, U). */
function angleListNames(text: string, open: number): string[] | undefined {
  const names: string[] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === '<' || ch === '(' || ch === '[' || ch === '{') depth++;
    else if ((ch === '>' && text[i - 1] !== '=') || ch === ')' || ch === ']' || ch === '}') depth--;
    if ((ch === ',' && depth === 1) || depth === 0) {
      const m = /^\s*(?:(?:const|in|out)\s+)*([A-Za-z_$][\w$]*)/.exec(text.slice(start, i));
      if (m) names.push(m[1]);
      start = i + 1;
      if (depth === 0) return names;
    }
  }
  return undefined;
}

/** The type parameter names a TS/JS declaration binds, in order (empty when it has none). */
export function declaredTypeParams(text: string, sym: SymbolInfo): string[] {
  const sig = signatureText(text, sym);
  const at = new RegExp(`(^|[^\\w$#])${sym.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w$])`).exec(sig);
  if (!at) return [];
  let i = at.index + at[0].length;
  const skipSpace = () => {
    while (i < sig.length && /\s/.test(sig[i])) i++;
  };
  skipSpace();
  if (sig[i] === '=' && sig[i + 1] !== '>') {
    // `const f = <T,>(x: T) => …` / `const f = async <T>(…) => …`
    i++;
    skipSpace();
    if (sig.startsWith('async', i) && !IDENT_START.test(sig[i + 5] ?? '')) {
      i += 5;
      skipSpace();
    }
  }
  return sig[i] === '<' ? angleListNames(sig, i) ?? [] : [];
}

/** The symbol and its enclosing declarations, innermost first. */
function chain(a: FileAnalysis, sym: SymbolInfo): SymbolInfo[] {
  const byQualname = new Map(a.symbols.map((s) => [s.qualname, s] as const));
  const out = [sym];
  for (let c = sym.container; c !== undefined; ) {
    const s = byQualname.get(c);
    if (!s || out.includes(s)) break;
    out.push(s);
    c = s.container;
  }
  return out;
}

/**
 * Type parameters renamed between base symbol `o` (in `oText`, analysed as `oA`) and head symbol
 * `n`: their own and their enclosing declarations', level by level. Empty for Python (its
 * extractor reads no PEP 695 lists) and when a side's text is missing.
 */
export function typeParamRenames(
  oText: string | undefined, oA: FileAnalysis | undefined, o: SymbolInfo,
  nText: string | undefined, nA: FileAnalysis | undefined, n: SymbolInfo,
): TypeParamRenames {
  if (oText === undefined || nText === undefined || !oA || !nA || oA.lang === 'python' || nA.lang === 'python') return NONE;
  const oc = chain(oA, o);
  const nc = chain(nA, n);
  const out = new Map<string, string>();
  const clash = new Set<string>();
  for (let level = 0; level < Math.min(oc.length, nc.length); level++) {
    const a = declaredTypeParams(oText, oc[level]);
    const b = declaredTypeParams(nText, nc[level]);
    if (!a.length || a.length !== b.length) continue;
    for (let i = 0; i < a.length; i++) {
      if (a[i] === b[i] || b.includes(a[i]) || a.includes(b[i])) continue;
      // An inner declaration may rebind a name its container renamed differently: then the name
      // means two things and neither rename is taken.
      if (out.has(a[i]) && out.get(a[i]) !== b[i]) clash.add(a[i]);
      out.set(a[i], b[i]);
    }
  }
  for (const c of clash) out.delete(c);
  return out.size ? out : NONE;
}
