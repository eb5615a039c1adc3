// When a parameter or return type text changed only in spelling, the signature did not change
// (spec §3.3 MODIFY_SIG as amended, docs/accuracy.md): quotes of a Python forward reference
// (`'BaseRequest'` → `"BaseRequest"`), the module a standard typing name is spelled through
// (`typing.Mapping` → `Mapping` from `collections.abc`), or a type/class renamed in the same change
// (`URLMatcher` → `URLPattern`, `ILogger` → `Logger`), or a generic type parameter of the symbol or
// its class renamed (`TMiddleware` → `TMiddlewareFn`, type-params.ts): the type is the same, under
// its new name. In Python also PEP 585 / PEP 604 respellings (`List[int]` → `list[int]`,
// `Optional[X]` → `X | None`; python-type-spelling.ts, held-out batch 14). And an imported type
// whose local name an import alias changed (`from datetime import date` → `… import date as
// dt_date`, `{ Options }` → `{ Options as RunOptions }`): the annotations that follow it name the
// same type (held-out batch 24b, arrow 6c4e0db8; `aliased` below).
import type { FileAnalysis, Lang, Signature } from '../symbols/types';
import { canonicalPythonType } from './python-type-spelling';
import { splitTop } from './type-text';
import type { TypeParamRenames } from './type-params';

/** Names a change declares only on its base side and only on its head side, per kind of declaration. */
export interface DeclaredRenames {
  removed: Map<string, 'type' | 'class'>;
  added: Map<string, 'type' | 'class'>;
  /**
   * A removed type X that a base alias `type Y<A, B> = X<A, B>` stood for, Y kept: X → Y. The
   * change moved X's definition into its alias, so X's references now spell Y (held-out batch
   * 21a-3, typebox 0c0da453: `PartialResolve<T>` → `TPartial<T>`).
   */
  forwarded?: Map<string, string>;
  /**
   * A name an import bound in a file's base and no longer binds in its head, where the head binds
   * the same module's same name under another local name, not bound in the base: old local → new
   * local (`from datetime import date` → `from datetime import date as dt_date`: date → dt_date).
   * The annotations that switched from one to the other name the same type (spec §3.3 MODIFY_SIG:
   * a parameter or return type changed only in spelling; held-out batch 24b, arrow 6c4e0db8).
   */
  aliased?: Map<string, string>;
}

const ownName = (q: string) => q.slice(q.lastIndexOf('.') + 1);

export function declaredRenames(sides: { oldA?: FileAnalysis; newA?: FileAnalysis; change?: { old?: { text?: string } } }[]): DeclaredRenames {
  const collect = (pick: (s: { oldA?: FileAnalysis; newA?: FileAnalysis }) => FileAnalysis | undefined) => {
    const m = new Map<string, Set<'type' | 'class'>>();
    const add = (n: string, k: 'type' | 'class') => (m.get(n) ?? m.set(n, new Set()).get(n)!).add(k);
    for (const s of sides) {
      const a = pick(s);
      if (!a) continue;
      for (const t of a.types) add(ownName(t.qualname), 'type');
      for (const c of a.symbols) if (c.kind === 'class') add(c.name, 'class');
    }
    return m;
  };
  const olds = collect((s) => s.oldA);
  const news = collect((s) => s.newA);
  const only = (a: Map<string, Set<'type' | 'class'>>, b: Map<string, Set<'type' | 'class'>>) => {
    const out = new Map<string, 'type' | 'class'>();
    for (const [n, kinds] of a) for (const k of kinds) if (!b.get(n)?.has(k)) out.set(n, k);
    return out;
  };
  const removed = only(olds, news);
  const forwarded = forwardingAliases(sides, removed, news);
  const aliased = importAliasRenames(sides);
  const out: DeclaredRenames = { removed, added: only(news, olds) };
  if (forwarded.size) out.forwarded = forwarded;
  if (aliased.size) out.aliased = aliased;
  return out;
}

/** Local name → `module\0imported name` for the names a file's imports bind (`*` and `default` left out). */
function importBindings(a: FileAnalysis): Map<string, string> {
  const out = new Map<string, string>();
  for (const imp of a.imports) {
    imp.names.forEach((local, i) => {
      const source = imp.imported?.[i] ?? local;
      if (local === '*' || local === 'default' || source === '*') return;
      out.set(local, `${imp.spec}\0${source}`);
    });
  }
  return out;
}

/**
 * Per modified file, an import whose local name changed while it still takes the same name from
 * the same module: the base's local no longer bound in the head, the head's not bound in the base,
 * one each (two new locals for one import stay unread). Names renamed this way in two files
 * differently are dropped: the map is read for every file of the change.
 */
function importAliasRenames(sides: { oldA?: FileAnalysis; newA?: FileAnalysis }[]): Map<string, string> {
  const out = new Map<string, string>();
  const conflicting = new Set<string>();
  for (const s of sides) {
    if (!s.oldA || !s.newA) continue;
    const olds = importBindings(s.oldA);
    const news = importBindings(s.newA);
    const bySource = new Map<string, string[]>();
    for (const [local, source] of news) if (!olds.has(local)) (bySource.get(source) ?? bySource.set(source, []).get(source)!).push(local);
    for (const [local, source] of olds) {
      if (news.has(local)) continue;
      const fresh = bySource.get(source);
      if (fresh?.length !== 1) continue;
      const prev = out.get(local);
      if (prev !== undefined && prev !== fresh[0]) conflicting.add(local);
      out.set(local, fresh[0]);
    }
  }
  for (const c of conflicting) out.delete(c);
  return out;
}

// `type Y<A, B> = X<A, B>` (export optional, constraints and defaults allowed on Y's parameters):
// Y is X under another name, its parameters passed through in order.
const FORWARD = /^(?:export\s+)?type\s+([A-Za-z_$][\w$]*)\s*(?:<(.*)>)?\s*=\s*([A-Za-z_$][\w$]*)\s*(?:<([^<>]*)>)?\s*;?$/s;

function forwardingAliases(
  sides: { oldA?: FileAnalysis; change?: { old?: { text?: string } } }[],
  removed: Map<string, 'type' | 'class'>,
  news: Map<string, Set<'type' | 'class'>>,
): Map<string, string> {
  const out = new Map<string, string>();
  if (![...removed.values()].includes('type')) return out;
  for (const s of sides) {
    const a = s.oldA;
    const text = s.change?.old?.text;
    if (!a || a.lang === 'python' || text === undefined) continue;
    let lines: string[] | undefined;
    for (const t of a.types) {
      if (t.kind !== 'alias') continue;
      lines ??= text.split('\n');
      const decl = lines.slice(t.range.line - 1, t.range.endLine).join('\n').replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '').trim();
      const m = FORWARD.exec(decl);
      if (!m || m[1] !== t.name || removed.get(m[3]) !== 'type' || !news.get(m[1])?.has('type')) continue;
      const own = m[2] === undefined ? [] : splitTop(m[2], ',').map((p) => p.trim().split(/[\s=]/)[0]);
      const passed = m[4] === undefined ? [] : m[4].split(',').map((p) => p.trim());
      if (own.length === passed.length && own.every((p, i) => p === passed[i])) out.set(m[3], m[1]);
    }
  }
  return out;
}

const QUALIFIERS = /\b(?:typing_extensions|typing|collections\.abc)\./g;

/** Type text without spelling-only differences: quotes, standard-library qualifiers, whitespace. */
export function normaliseTypeText(t: string): string {
  return t.replace(/["'`]/g, '').replace(QUALIFIERS, '').replace(/\s+/g, ' ').trim();
}

const tokens = (t: string) => t.match(/[A-Za-z_$][\w$]*|[^\sA-Za-z_$]/g) ?? [];

/** The base type text is the head's under the change's renames (or differs only in spelling). */
export function sameType(oldT: string | undefined, newT: string | undefined, r: DeclaredRenames, tp?: TypeParamRenames, lang?: Lang): boolean {
  if (oldT === undefined || newT === undefined) return oldT === newT;
  if (lang !== 'python') {
    const o = normaliseTypeText(oldT);
    const n = normaliseTypeText(newT);
    return sameTokens(o, n, r, tp) || sameUnionArms(o, n, r, tp);
  }
  // Python: PEP 585 / 604 respellings too, union arms in their order first (a renamed arm stays in
  // place), then in one order (python-type-spelling.ts).
  const o = normaliseTypeText(oldT);
  const n = normaliseTypeText(newT);
  return sameTokens(canonicalPythonType(o), canonicalPythonType(n), r, tp) || sameTokens(canonicalPythonType(o, true), canonicalPythonType(n, true), r, tp);
}

/**
 * A TS union with its arms in another order (`string | number` → `number | string`) is the same
 * type (session 14, held-out batch 14's report; Python's unions: python-type-spelling.ts). Not
 * tried when a function type is in either text: `(x) => A | B` is a function returning a union,
 * and splitting it at the top level would pair arms that are not arms.
 */
function sameUnionArms(o: string, n: string, r: DeclaredRenames, tp?: TypeParamRenames): boolean {
  if (o.includes('=>') || n.includes('=>')) return false;
  const a = splitTop(o, '|');
  const b = splitTop(n, '|');
  if (a.length < 2 || a.length !== b.length) return false;
  return sameTokens([...a].sort().join(' | '), [...b].sort().join(' | '), r, tp);
}

function sameTokens(oldT: string, newT: string, r: DeclaredRenames, tp?: TypeParamRenames): boolean {
  const a = tokens(oldT);
  const b = tokens(newT);
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i] || (tp !== undefined && tp.get(a[i]) === b[i]) || r.forwarded?.get(a[i]) === b[i] || r.aliased?.get(a[i]) === b[i]) continue;
    const k = r.removed.get(a[i]);
    if (!k || r.added.get(b[i]) !== k) return false;
  }
  return true;
}

/**
 * A default that names a class the change renamed, spelt with the class's new name
 * (`_server=WSGIHTTPServer` → `_server=WSGIServer` beside `class WSGIHTTPServer` → `class
 * WSGIServer`; held-out batch 25b, waitress 822608bb), or an imported name under the local name a
 * new import alias gave it, is the same default: it denotes the same object (spec §3.3 MODIFY_SIG
 * "defaults"; docs/accuracy.md "MODIFY_SIG ignores spelling" — a class renamed in the same change
 * — and "defaults compare by value", held-out batch 4). Only names outside string literals: a
 * default holding a quote is left to default-value.ts, so `'WSGIHTTPServer'` → `'WSGIServer'` stays a
 * changed default. Every other token must be equal.
 */
function sameDefaultValue(oldD: string | undefined, newD: string | undefined, r: DeclaredRenames): boolean {
  if (oldD === undefined || newD === undefined || /["'`]/.test(oldD) || /["'`]/.test(newD)) return false;
  const a = tokens(oldD);
  const b = tokens(newD);
  if (a.length !== b.length) return false;
  let renamed = false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (r.aliased?.get(a[i]) === b[i] || (r.removed.get(a[i]) === 'class' && r.added.get(b[i]) === 'class')) {
      renamed = true;
      continue;
    }
    return false;
  }
  return renamed;
}

/** The head signature's types written back onto the base where they are the same type: the diff then sees only real changes. */
export function alignTypes(o: Signature, n: Signature, r: DeclaredRenames, tp?: TypeParamRenames, lang?: Lang): Signature {
  const byName = new Map(n.params.map((p) => [p.name, p] as const));
  const oldNames = new Set(o.params.map((p) => p.name));
  const params = o.params.map((p, i) => {
    // A parameter renamed in place, as compareSignatures reads it (signature-compat.ts): the head
    // parameter at the same position under a name the base did not have, whatever the counts.
    const same = n.params[i];
    const q = byName.get(p.name) ?? (o.params.length === n.params.length || (same && !oldNames.has(same.name)) ? same : undefined);
    if (!q) return p;
    const typed = p.type !== q.type && sameType(p.type, q.type, r, tp, lang) ? { ...p, type: q.type } : p;
    return p.defaultText !== q.defaultText && sameDefaultValue(p.defaultText, q.defaultText, r) ? { ...typed, defaultText: q.defaultText } : typed;
  });
  const returnType = o.returnType !== n.returnType && sameType(o.returnType, n.returnType, r, tp, lang) ? n.returnType : o.returnType;
  return { ...o, params, returnType };
}
