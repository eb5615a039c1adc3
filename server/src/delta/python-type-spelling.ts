// Python's PEP 585 / PEP 604 respellings of one type (docs/tokens.md "Symbols", decision with
// held-out batch 14; spec §3.3 MODIFY_SIG "parameter types, return type" as amended: a type
// respelled is no changed type). `typing.List[int]` and `list[int]` name the same type (PEP 585
// made the typing aliases deprecated names of the builtins), and so do `Optional[X]`,
// `Union[X, None]` and `X | None` (PEP 604; typing documents `Optional[X]` as `Union[X, None]`,
// nested unions as flattened and repeated arms as dropped). This is what `pyupgrade
// --py39-plus / --py310-plus` rewrites; a commit doing only that changes no signature.
//
// Arms in another order are the same union too (typing: "when comparing unions, the argument
// order is ignored"), and pyupgrade writes `Optional[Union[A, B]]` as `None | (A | B)` — so
// with `sorted` the arms are put in one order. Not equated: `typing.Text` → `str` (a project may
// declare its own `Text`, as rich does). Pure string work on the text the
// extractor records, applied to Python signatures only: `List[…]` in TS is an indexed access.
import { splitTop } from './type-text';

/** typing's deprecated aliases (PEP 585) and the builtin or `collections` class they name. */
const PEP585: Record<string, string> = {
  List: 'list',
  Dict: 'dict',
  Set: 'set',
  FrozenSet: 'frozenset',
  Tuple: 'tuple',
  Type: 'type',
  Deque: 'deque',
  DefaultDict: 'defaultdict',
};

/**
 * The canonical spelling of a Python type text already stripped of quotes and the typing /
 * collections.abc qualifiers (type-equivalence.ts normaliseTypeText): PEP 585 builtins, unions
 * written with `|`, flattened, repeated arms dropped, `Optional[X]` as `X | None`.
 */
export function canonicalPythonType(t: string, sorted = false): string {
  return union(t.replace(/\bcollections\./g, ''), sorted).join(' | ');
}

/** The arms of a type expression, unions flattened, each arm canonical, first occurrence kept (or sorted). */
function union(t: string, sorted: boolean): string[] {
  const out: string[] = [];
  for (const arm of splitTop(t, '|')) for (const a of armOf(arm.trim(), sorted)) if (a && !out.includes(a)) out.push(a);
  return sorted ? out.sort() : out;
}

/** One arm: `Optional[…]` / `Union[…]` open into arms; a subscripted or bare alias is renamed. */
function armOf(a: string, sorted: boolean): string[] {
  // Parentheses that only group (`-> (A | B)`, black's wrapping of a long union) are no part of
  // the type; a parenthesised list with a top-level comma is a tuple expression, kept.
  if (a.startsWith('(') && a.endsWith(')') && closes(a) && splitTop(a.slice(1, -1), ',').length <= 1) return union(a.slice(1, -1), sorted);
  const m = /^([A-Za-z_][\w.]*)\s*\[(.*)\]$/s.exec(a);
  if (m) {
    const args = splitTop(m[2], ',');
    if (m[1] === 'Optional' && args.length === 1) return [...union(args[0], sorted), 'None'];
    if (m[1] === 'Union') return union(args.join(' | '), sorted);
    return [`${PEP585[m[1]] ?? m[1]}[${args.map((x) => argOf(x, sorted)).join(', ')}]`];
  }
  // A bare alias (`Dict` alone is `dict`: both unparameterised, the same type for a checker).
  return [PEP585[a] ?? a];
}

/** A subscript argument: a type, or `Callable`'s parameter list `[A, B]` (its items types too). */
function argOf(a: string, sorted: boolean): string {
  const s = a.trim();
  if (s.startsWith('[') && s.endsWith(']')) return `[${splitTop(s.slice(1, -1), ',').map((x) => argOf(x, sorted)).join(', ')}]`;
  return canonicalPythonType(s, sorted);
}

/** Does the `(` opening `s` close at its last character (not earlier, as in `(a) | (b)`)? */
function closes(s: string): boolean {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    if ('([{'.includes(s[i])) depth++;
    else if (')]}'.includes(s[i]) && --depth === 0) return i === s.length - 1;
  }
  return false;
}
