// The symbols pairing and tokenization see (spec §3.1–§3.2 as amended), derived from a file's
// analysis without touching it (analyses are cached and shared):
//  - a named function expression passed as an argument or called on the spot (callbacks, IIFEs:
//    `list.forEach(function visit(x) {…})`, `(function pass(i) {…})(0)`) is not a symbol: its name
//    binds nothing in the enclosing scope. Its code, calls and metrics belong to the enclosing
//    symbol, and the symbols nested in it are qualified without it (`Router._dispatch.nextRoute`,
//    not `Router._dispatch.pass.nextRoute`);
//  - likewise a named function expression that is the value of a property in an object literal
//    the extractor does not bind (one built inside a function: `const inst = { delete: function
//    _delete (url) {…} }`): §3.1 makes members of module-level object literals symbols only; inside
//    a function the literal's members are that function's code, named or not (fastify db8f0a85:
//    `fastify._delete` … were symbols while the arrow and shorthand members beside them were not).
//    Module-level members are reported by the extractor at the property key (`obj.m`), never at
//    the `function` keyword, so they are untouched;
//  - overload declarations (TS bodiless signatures next to their implementation, Python
//    `@overload` stubs) declare the signatures of one function: they are not functions of their
//    own, the implementation carries the function's tokens.
// Decisions: docs/accuracy.md "Rules settled by the corpus".
import type { FileAnalysis, SymbolInfo, SymbolMetrics } from '../symbols/types';
import { sharedLineStarts } from '../util/line-starts';
import { ownMemo, setOwnMemo } from '../util/own-memo';

const FN_EXPR_START = /^(async\s+)?function\b/;

/**
 * 0-based lines of a text, read on demand from its line starts (util/line-starts.ts): a file's
 * view looks at the lines of its few `fn` symbols only, and on a keystroke the editor already
 * holds the buffer's starts — splitting 6,500 lines per keystroke for that was ~0.35 ms.
 */
class Lines {
  private starts: readonly number[] | undefined;
  constructor(private readonly text: string) {}
  at(i: number): string {
    const st = (this.starts ??= sharedLineStarts(this.text));
    if (i < 0 || i >= st.length) return '';
    return this.text.slice(st[i], i + 1 < st.length ? st[i + 1] - 1 : this.text.length);
  }
}

/**
 * The code of one line as far as `text` goes: `//` comments and closed `/* … *\/` spans dropped,
 * quotes respected (a `//` inside 'http://x' is code). A block comment left open on the line
 * drops the rest of it.
 */
function codeOf(text: string): string {
  let out = '';
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '/' && text[i + 1] === '/') break;
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) break;
      out += ' ';
      i = end + 1;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') quote = c;
    out += c;
  }
  return out;
}

/**
 * The character of code before (line, col) that is not whitespace, looking back over earlier
 * lines and skipping comments: a declaration after `// Object.create(null):` is no property
 * value (held-out batch 8, yargs 2474c388 `sanitizeKey`), and `f(/* cb *\/ function done() {})`
 * is still an argument.
 */
function charBefore(lines: Lines, line: number, col: number): string {
  let l = line - 1;
  let text = lines.at(l).slice(0, col);
  // Inside a block comment that closes further down (met going backwards): look for its opener.
  let inBlock = false;
  for (;;) {
    if (inBlock) {
      const open = text.lastIndexOf('/*');
      if (open >= 0) {
        text = text.slice(0, open);
        inBlock = false;
      }
    }
    if (!inBlock) {
      const t = codeOf(text).trimEnd();
      if (t.endsWith('*/')) {
        inBlock = true;
        text = t.slice(0, -2);
        continue;
      }
      if (t.length) return t[t.length - 1];
    }
    l--;
    if (l < 0) return '';
    text = lines.at(l);
  }
}

/**
 * A named function expression in argument, callee, property-value or array-element position (not
 * bound to a name, §3.1). `[` since held-out batch 16 (elysia c6b9622e `error: [function a(…) {…},
 * …]`): an array's first element was read as a symbol while its later ones (after `,`) were not.
 */
function isUnboundFunctionExpression(s: SymbolInfo, lines: Lines): boolean {
  if (s.kind !== 'fn') return false;
  const start = lines.at(s.range.line - 1).slice(s.range.col);
  if (!FN_EXPR_START.test(start)) return false;
  const before = charBefore(lines, s.range.line, s.range.col);
  return before === '(' || before === ',' || before === ':' || before === '[';
}

const isOverloadDecorator = (d: string) => d === 'overload' || d.endsWith('.overload');

function mergedMetrics(a: SymbolMetrics, b: SymbolMetrics): SymbolMetrics {
  return {
    cc: a.cc + Math.max(0, b.cc - 1),
    loopNest: Math.max(a.loopNest, b.loopNest),
    branches: a.branches + b.branches,
    awaits: a.awaits + b.awaits,
    tries: a.tries + b.tries,
    typeAnnotations: a.typeAnnotations + b.typeAnnotations,
  };
}

/** Where an analysis keeps its view (util/own-memo.ts: a WeakMap kept each keystroke's alive longer). */
const VIEW = Symbol('symbolView');

/** The analysis as pairing sees it; the same object when nothing is dropped. Memoised per analysis. */
export function symbolView(a: FileAnalysis | undefined, text: string | undefined): FileAnalysis | undefined {
  if (!a) return a;
  return ownMemo<FileAnalysis>(a, VIEW) ?? setOwnMemo(a, VIEW, computeView(a, text));
}

function computeView(a: FileAnalysis, text: string | undefined): FileAnalysis {
  const js = a.lang !== 'python';
  const lines = js && text !== undefined && text.length > 0 ? new Lines(text) : undefined;
  const implemented = new Set(a.symbols.filter((s) => s.bodyRange).map((s) => `${s.kind}|${s.qualname}`));
  const unbound: SymbolInfo[] = [];
  const overloads = new Set<SymbolInfo>();
  for (const s of a.symbols) {
    if (lines && isUnboundFunctionExpression(s, lines)) unbound.push(s);
    else if (s.kind !== 'class' && (js ? !s.bodyRange && implemented.has(`${s.kind}|${s.qualname}`) : s.signature.decorators.some(isOverloadDecorator))) overloads.add(s);
  }
  if (!unbound.length && !overloads.size) return a;

  // Outermost first, so a dropped expression inside another dropped one is re-qualified twice.
  unbound.sort((x, y) => x.qualname.split('.').length - y.qualname.split('.').length);
  let symbols = a.symbols.filter((s) => !overloads.has(s));
  for (const u of unbound) {
    const prefix = `${u.qualname}.`;
    const parent = u.container;
    const requalify = (q: string) => (parent ? `${parent}.${q.slice(prefix.length)}` : q.slice(prefix.length));
    const next: SymbolInfo[] = [];
    for (const s of symbols) {
      if (s === u) continue;
      if (s.qualname.startsWith(prefix)) {
        const container = s.container === u.qualname ? parent : s.container?.startsWith(prefix) ? requalify(s.container) : s.container;
        next.push({ ...s, qualname: requalify(s.qualname), container });
      } else if (parent !== undefined && s.qualname === parent && s.kind !== 'class') {
        // The enclosing function owns the expression's code: its calls and metrics.
        next.push({ ...s, calls: [...new Set([...s.calls, ...u.calls])], metrics: mergedMetrics(s.metrics, u.metrics) });
      } else next.push(s);
    }
    symbols = next;
    // Later (inner) unbound expressions were re-qualified above; follow them by identity of range.
    for (let i = 0; i < unbound.length; i++) {
      const w = unbound[i];
      if (w !== u && w.qualname.startsWith(prefix)) {
        const moved = symbols.find((s) => s.range.line === w.range.line && s.range.col === w.range.col && s.name === w.name);
        if (moved) unbound[i] = moved;
      }
    }
  }
  return { ...a, symbols };
}
