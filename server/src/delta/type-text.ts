// Type annotations as text (spec §3.7 I2): union arms, top-level splitting, canonical spellings,
// widening. Shared by the signature rules (signature-compat.ts) and the type-change rules
// (type-change.ts); pure string work, no parser.

export type PortVerdict = 'PASS' | 'REVIEW' | 'FAIL';

export interface PortFinding {
  verdict: PortVerdict;
  reason: string;
}

export function unionMembers(t: string): string[] {
  const s = t.replace(/\s+/g, ' ').trim();
  // A type wholly in parentheses is the type inside (`(A | B)`: an alias written out in place,
  // python-type-aliases.ts); `(a: X) => (Y)` is not wholly in them.
  if (s.startsWith('(') && s.endsWith(')') && closingParen(s) === s.length - 1) return unionMembers(s.slice(1, -1));
  const m = /^(?:typing\.)?(Union|Optional)\[(.*)\]$/.exec(s);
  if (m) {
    const parts = splitTop(m[2], ',');
    return m[1] === 'Optional' ? [...parts, 'None'] : parts;
  }
  // A conditional type (`M extends R | undefined ? {…} : never`, a `?` outside any bracket) is
  // no union: its `|` belong to its check or its branches (redux fa9dc9d0b4 was failed by I2 as a
  // union that lost the arm `undefined ? {…} : never`).
  if (splitTop(s, '?').length > 1) return [s];
  // A function type is one arm: the `|` after its `=>` belong to its result (`(e: E) => void |
  // Promise<void>` returns a union; it is no union of a function and a promise).
  if (topLevelArrow(s)) return [s];
  // A leading bar (`| A | B`, a formatter's multi-line union) opens no empty arm: elysia
  // 7acc183b59 listed `` | string | …`` as lost because of one.
  return splitTop(s, '|').filter((x) => x !== '');
}

/** Does `s` hold a `=>` outside every bracket (a function type)? */
function topLevelArrow(s: string): boolean {
  let d = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '=' && s[i + 1] === '>') {
      if (d === 0) return true;
      i++;
    } else if ('([{<'.includes(ch)) d++;
    else if (')]}>'.includes(ch)) d--;
  }
  return false;
}

/** Where the bracket opening `s` closes (-1 when it does not). */
export function closingParen(s: string): number {
  let d = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '(' || ch === '[' || ch === '{') d++;
    else if (ch === ')' || ch === ']' || ch === '}') {
      d--;
      if (d === 0) return i;
    }
  }
  return -1;
}

/**
 * `'x'` → `"x"`: which quotes a string literal type is written with is a formatter's choice, not
 * a type change (handlebars 2f68d9425b moved to oxfmt and I2 read `"each" | "if"` → `'each' |
 * 'if'` as a union that lost every arm). Literals holding a quote or an escape are left as written.
 */
export function sameQuotes(t: string): string {
  return t.includes("'") ? t.replace(/'([^'"\\\n]*)'/g, '"$1"') : t;
}

export function splitTop(s: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  let prev = '';
  for (const ch of s) {
    if ('([{<'.includes(ch)) depth++;
    else if (')]}'.includes(ch) || (ch === '>' && prev !== '=')) depth--; // `=>` closes nothing
    prev = ch;
    if (ch === sep && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out.map((x) => x.replace(/^\|\s*/, ''));
}

/** Where the string literal opening at `i` (a quote or backtick) ends: its closing quote, escapes skipped. */
function literalEnd(t: string, i: number): number {
  const q = t[i];
  let j = i + 1;
  while (j < t.length && t[j] !== q) j += t[j] === '\\' ? 2 : 1;
  return j;
}

/** A type's text without its comments (string literal types kept whole). */
function withoutComments(t: string): string {
  if (!t.includes('/')) return t;
  let out = '';
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    if (ch === '"' || ch === "'" || ch === '`') {
      const j = literalEnd(t, i);
      out += t.slice(i, j + 1);
      i = j;
    } else if (ch === '/' && t[i + 1] === '*') {
      const end = t.indexOf('*/', i + 2);
      i = end < 0 ? t.length : end + 1;
      out += ' ';
    } else if (ch === '/' && t[i + 1] === '/') {
      const end = t.indexOf('\n', i + 2);
      i = end < 0 ? t.length : end - 1;
      out += ' ';
    } else out += ch;
  }
  return out;
}

/**
 * The members of an object type literal are separated by `;`, `,` or a line break, whichever the
 * author or formatter chose (`{ request: Request; parsedResult: P }` is `{\n  request: Request\n
 * parsedResult: P\n}`), and a signature's parameter text has its line breaks already folded into
 * spaces: a separator standing directly inside `{…}` reads as a space (spec §3.6: formatting
 * inside a type is no type change; §3.3 MODIFY_SIG compares types, not their layout). Held-out
 * batch 25a, msw 463b74fa: GraphQLHandler.predicate's `args` literal went from one line with `;`
 * to one member per line and was read as a changed parameter type. Separators inside `(…)`,
 * `[…]` or `<…>` nested in the literal (a method member's parameters, a tuple, type arguments)
 * and inside string literal types are kept.
 */
function literalSeparatorsAsSpace(t: string): string {
  if (!t.includes('{') || !(t.includes(';') || t.includes(','))) return t;
  const open: string[] = [];
  let out = '';
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    if (ch === '"' || ch === "'" || ch === '`') {
      const j = literalEnd(t, i);
      out += t.slice(i, j + 1);
      i = j;
      continue;
    }
    if ('([{<'.includes(ch)) open.push(ch);
    else if (')]}'.includes(ch) || (ch === '>' && t[i - 1] !== '=')) open.pop();
    out += (ch === ';' || ch === ',') && open[open.length - 1] === '{' ? ' ' : ch;
  }
  return out;
}

/**
 * A function type's parameter names are no part of the type: `(ops: Op[]) => void` and
 * `(unstable_ops: Op[]) => void` accept the same functions and are called the same way (TS
 * compares function types by their parameters' positions and types). Each parameter of a
 * `(…) =>` list is read as `_` (its `?` and `...` kept, `this:` kept whole), and the types
 * inside are read the same way (spec §3.3: MODIFY_SIG compares parameter types; §3.6: what
 * documents a type without changing it is no type change). Held-out batch 25a, valtio b52290aa:
 * `subscribe(…, callback: (ops: Op[]) => void)` renamed the callback's parameter
 * `unstable_ops` and read as a breaking change of `callback`'s type.
 */
function positionalParamNames(t: string): string {
  if (!t.includes('=>')) return t;
  let out = '';
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    if (ch === '"' || ch === "'" || ch === '`') {
      const j = literalEnd(t, i);
      out += t.slice(i, j + 1);
      i = j;
      continue;
    }
    if (ch === '(') {
      const close = matchingClose(t, i);
      if (close > 0 && /^\s*=>/.test(t.slice(close + 1))) {
        const params = splitTop(t.slice(i + 1, close), ',');
        out += `(${params.map(positionalParam).join(', ')})`;
        i = close;
        continue;
      }
    }
    out += ch;
  }
  return out;
}

function positionalParam(p: string): string {
  const rest = p.startsWith('...') ? '...' : '';
  const body = rest ? p.slice(3).trim() : p;
  if (/^this\s*:/.test(body)) return `this: ${positionalParamNames(body.slice(body.indexOf(':') + 1).trim())}`;
  const colon = topLevelColon(body);
  if (colon < 0) return `${rest}_`;
  const optional = body.slice(0, colon).trim().endsWith('?') ? '?' : '';
  return `${rest}_${optional}: ${positionalParamNames(body.slice(colon + 1).trim())}`;
}

/** Where the bracket opening at `open` closes, string literals skipped (-1 when it does not). */
function matchingClose(s: string, open: number): number {
  let d = 0;
  for (let i = open; i < s.length; i++) {
    const ch = s[i];
    if (ch === '"' || ch === "'" || ch === '`') {
      i = literalEnd(s, i);
    } else if (ch === '(' || ch === '[' || ch === '{') d++;
    else if (ch === ')' || ch === ']' || ch === '}') {
      d--;
      if (d === 0) return i;
    }
  }
  return -1;
}

/** The first `:` outside every bracket (a parameter's name/type separator; a pattern's own `:` are inside `{…}`). */
function topLevelColon(s: string): number {
  let d = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if ('([{<'.includes(ch)) d++;
    else if (')]}'.includes(ch) || (ch === '>' && s[i - 1] !== '=')) d--;
    else if (ch === ':' && d === 0) return i;
  }
  return -1;
}

/**
 * Spellings of one type: `Readonly<T[]>` / `ReadonlyArray<T>` = `readonly T[]`, `Array<T>` = `T[]`;
 * and what a formatter changes (spec §3.6: comments and formatting inside a type are no type
 * change): comments, whitespace after an opening and before a closing bracket or a comma, a
 * trailing comma, a leading `|` or `&` (prettier/oxfmt write a long union one arm per line, each
 * after a `|`). unstorage 9c3bc44d8f "chore: use oxlint and oxfmt" joined such unions onto one
 * line and I2 read `| A | boolean → A | boolean` as narrowed.
 */
/**
 * A leading `|`/`&` of a union or intersection, as a formatter writes a multi-line one
 * (`type X =\n  | A\n  | B`, `x:\n  | A`), dropped with the space around it: after `=`, `:`, `(`,
 * `<`, `[` or `,` no binary operator can follow, so the bar is no operator. For comparing code
 * whose form a formatter changed (vue core 40178ddfc2); not for display.
 */
export function withoutLeadingBars(code: string): string {
  return code.includes('|') || code.includes('&') ? code.replace(LEADING_BAR, '$1 ') : code;
}
const LEADING_BAR = /([(<[,:=])\s*[|&]\s*/g;

/**
 * Code (the analysis's token-joined code lines) keyed by what a formatter cannot change, for
 * comparing two versions: a leading union bar (withoutLeadingBars) and, outside Python, one
 * trailing comma before a closing bracket (`cb: Fn,\n) =>`, `f(a, b,)`; unstorage 9c3bc44d8f's
 * oxfmt). Python keeps its commas: `(a,)` is a tuple, `(a)` is not. An array hole (`[a, ,]`) is
 * kept too: only a comma after another token goes.
 */
export function formKey(code: string, lang: string | undefined): string {
  const s = withoutLeadingBars(code);
  return lang === 'python' || !s.includes(',') ? s : s.replace(TRAILING_COMMA, '$1 $2');
}
const TRAILING_COMMA = /([^,\s]) , ([)\]}>])/g;

export function canonicalType(t: string): string {
  return sameQuotes(positionalParamNames(literalSeparatorsAsSpace(withoutComments(t))))
    .replace(/^\s*[|&]\s*/, ' ')
    .replace(LEADING_BAR, '$1 ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([(<[{]) /g, '$1')
    .replace(/ ([)\]},])/g, '$1')
    .replace(/,\s*([)\]>])/g, '$1')
    .replace(/\bReadonly<\s*([\w.]+)\[\]\s*>/g, 'readonly $1[]')
    .replace(/\bReadonlyArray<\s*([\w.]+)\s*>/g, 'readonly $1[]')
    .replace(/(^|[^\w.])Array<\s*([\w.]+)\s*>/g, '$1$2[]');
}

/**
 * The new type is a union containing every member of the old one (spec §3.7: widened → PASS).
 * `lang` is the file's language: the collection hierarchy (subsumed) is Python's only — a
 * TypeScript `List["item"]` is an indexed access, and `list["item"]` another type.
 */
export function widens(oldT: string, newT: string, lang?: string): boolean {
  if (canonicalType(oldT) === canonicalType(newT)) return true;
  const n = new Set(unionMembers(newT).flatMap((m) => unionMembers(m)).map(sameQuotes));
  if (n.has('any') || n.has('unknown') || n.has('Any') || n.has('object')) return true;
  return unionMembers(oldT).every((m) => n.has(sameQuotes(m)) || (lang === 'python' && subsumed(sameQuotes(m), n)));
}

/**
 * Python's abstract collection types, each with the types every value of it also is
 * (collections.abc's hierarchy; `list` is a MutableSequence, …; `Set` only as typing's, the
 * builtin `set`, since collections.abc's `Set` is spelled the same). An arm whose supertype with the
 * same type arguments is still in the union loses no value: rich b0adcb7714 turned
 * `Union[Iterable[T], Sequence[T]]` into `Iterable[T]` and I2 failed it as a narrowing.
 */
const ABC_SUPERS: Record<string, readonly string[]> = {
  Sequence: ['Reversible', 'Collection', 'Iterable', 'Container', 'Sized'],
  MutableSequence: ['Sequence', 'Reversible', 'Collection', 'Iterable', 'Container', 'Sized'],
  list: ['List', 'MutableSequence', 'Sequence', 'Reversible', 'Collection', 'Iterable', 'Container', 'Sized'],
  List: ['list', 'MutableSequence', 'Sequence', 'Reversible', 'Collection', 'Iterable', 'Container', 'Sized'],
  Collection: ['Iterable', 'Container', 'Sized'],
  AbstractSet: ['Collection', 'Iterable', 'Container', 'Sized'],
  Set: ['AbstractSet', 'Collection', 'Iterable', 'Container', 'Sized'],
  MutableSet: ['AbstractSet', 'Collection', 'Iterable', 'Container', 'Sized'],
  set: ['MutableSet', 'AbstractSet', 'Set', 'Collection', 'Iterable', 'Container', 'Sized'],
  frozenset: ['FrozenSet', 'AbstractSet', 'Collection', 'Iterable', 'Container', 'Sized'],
  FrozenSet: ['frozenset', 'AbstractSet', 'Collection', 'Iterable', 'Container', 'Sized'],
  Iterator: ['Iterable'],
  Mapping: ['Collection', 'Container', 'Sized'],
  MutableMapping: ['Mapping', 'Collection', 'Container', 'Sized'],
  dict: ['Dict', 'MutableMapping', 'Mapping', 'Collection', 'Container', 'Sized'],
  Dict: ['dict', 'MutableMapping', 'Mapping', 'Collection', 'Container', 'Sized'],
};
const NUMERIC_SUPERS: Record<string, readonly string[]> = { bool: ['int', 'float', 'complex'], int: ['float', 'complex'], float: ['complex'] };
/** `typing.Sequence[int]` → qualifier `typing.` (or `t.`, `collections.abc.`, `abc.`, `c.`), name `Sequence`, arguments `[int]`. */
const ABC_ARM = /^(typing\.|t\.|collections\.abc\.|abc\.|c\.)?([A-Za-z]+)\s*(\[[^]*\])?$/;

/**
 * Is arm `m` a collection type whose supertype, with the same arguments, is one of `arms`? Only
 * for Python (widens' `lang`), and only Python's spelling (a `[…]` subscript or a `typing.`-like
 * qualifier): a bare `Iterator` names no collection.
 */
function subsumed(m: string, arms: ReadonlySet<string>): boolean {
  // PEP 484's numeric tower: where `float` is expected an `int` is accepted, where `complex` is,
  // both (and `bool` is an `int`). tenacity ae2d75edd1 wrote `multiplier: int | float` as `float`
  // and I2 failed it as a narrowing.
  const tower = NUMERIC_SUPERS[m];
  if (tower) return tower.some((x) => arms.has(x));
  const mm = ABC_ARM.exec(m);
  const supers = mm && (mm[1] || mm[3]) ? ABC_SUPERS[mm[2]] : undefined;
  if (!mm || !supers) return false;
  const args = (mm[3] ?? '').replace(/\s+/g, '');
  for (const a of arms) {
    const am = ABC_ARM.exec(a);
    if (am && supers.includes(am[2]) && (am[3] ?? '').replace(/\s+/g, '') === args) return true;
  }
  return false;
}
