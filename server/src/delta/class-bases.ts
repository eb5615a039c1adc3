// The names a class declaration inherits from, read from its head text (spec §3.2 evidence, as
// amended by held-out batch 4, docs/accuracy.md): a method removed from class C and one of the
// same name added to a new class B that C now inherits from was pulled up, not deleted and added
// (werkzeug 4b505387 moved URL's properties into `_URLMixin`, `class URL(_URLTuple, _URLMixin)`,
// editing four of them on the way). The symbol table keeps no bases, so they are read from the
// declaration: Python `class C(A, B):`, JS/TS `class C extends B {` (`implements` lists
// contracts, not code, and is not read). Every identifier of the list counts (`Mixin(Base)`,
// `with_metaclass(Meta, Base)`, `pkg.Base`): the question asked is only whether one given new
// class is among them.
import type { SymbolInfo } from '../symbols/types';
import { sharedLineStarts } from '../util/line-starts';

/** How far past the `class` line the base list may run (a multi-line Python list). */
const MAX_HEADER_CHARS = 2_000;
const IDENT = /[A-Za-z_$][\w$]*/g;

/** Identifiers of the base list of class `sym` in `text`; empty when it has none or cannot be read. */
export function classBaseNames(text: string, sym: SymbolInfo): Set<string> {
  const out = new Set<string>();
  if (sym.kind !== 'class') return out;
  const starts = sharedLineStarts(text);
  const from = starts[sym.range.line - 1];
  if (from === undefined) return out;
  const head = text.slice(from, from + MAX_HEADER_CHARS);
  // Decorators may come first (the range starts at them): find `class <name>` itself.
  const m = new RegExp(`\\bclass\\s+${sym.name.replace(/[$]/g, '\\$')}\\b`).exec(head);
  if (!m) return out;
  let i = m.index + m[0].length;
  const skipSpace = () => {
    while (i < head.length && /\s/.test(head[i])) i++;
  };
  skipSpace();
  if (head[i] === '<') i = closing(head, i, '<', '>') + 1; // TS type parameters
  skipSpace();
  let list = '';
  if (head[i] === '(') {
    const end = closing(head, i, '(', ')');
    list = head.slice(i + 1, end);
    // Keyword arguments (`metaclass=Meta`) are not bases.
    list = list.replace(/\b\w+\s*=\s*[^,]*/g, '');
  } else if (head.startsWith('extends', i)) {
    const rest = head.slice(i + 'extends'.length);
    const stop = rest.search(/\bimplements\b|\{/);
    list = stop >= 0 ? rest.slice(0, stop) : '';
  }
  for (const id of list.match(IDENT) ?? []) out.add(id);
  return out;
}

/** Index of the bracket closing the one at `at` (nesting counted); the text's end when unclosed. */
function closing(s: string, at: number, open: string, close: string): number {
  let depth = 0;
  for (let j = at; j < s.length; j++) {
    if (s[j] === open) depth++;
    else if (s[j] === close && --depth === 0) return j;
  }
  return s.length;
}
