// Built-in dangerous-pattern scanner for TS/TSX/JS/Python (spec §3.11), located with the
// tree-sitter queries of pattern-queries.ts on the head text. On a change only the changed
// line ranges are queried (the tree is parsed once; the query walks only the nodes that
// intersect the ranges), which keeps the editor's live scan within its budget (docs/sast.md).
import { Query, type Node, type Point, type QueryMatch, type Tree } from 'web-tree-sitter';
import { getLanguage, languageOf, parserFor } from '../parsing/languages';
import { parseText } from '../parsing/parse-text';
import type { Lang } from '../symbols/types';
import { redactSecrets } from '../redact';
import { inlineSuppression, LineIndex, lineRanges } from './line-index';
import { JS_QUERY, PY_QUERY } from './pattern-queries';
import { RULES } from './rules';
import { headRangesFor, type StoredHit } from './head-range-memo';
import { cachedTree, treeParsedFrom } from './tree-cache';
import type { RawFinding } from './types';
import { flatCopy } from '../util/flat-strings';

export const PATTERNS_TOOL = 'glx-patterns';

const queries = new Map<Lang, Query>();

function queryFor(lang: Lang): Query {
  let q = queries.get(lang);
  if (!q) {
    q = new Query(getLanguage(lang), lang === 'python' ? PY_QUERY : JS_QUERY);
    queries.set(lang, q);
  }
  return q;
}

/**
 * Node types a pattern of `lang`'s query starts at (its outermost node: every top-level
 * `(type` of the query text). A match is rooted at one of these; nothing above such a node
 * takes part in it.
 */
const rootTypes = new Map<Lang, ReadonlySet<string>>();
export function patternRoots(lang: Lang): ReadonlySet<string> {
  let r = rootTypes.get(lang);
  if (!r) {
    r = new Set([...(lang === 'python' ? PY_QUERY : JS_QUERY).matchAll(/^\((\w+)/gm)].map((m) => m[1]));
    rootTypes.set(lang, r);
  }
  return r;
}

/**
 * Where a range-restricted query can start instead of the root (issue 14: one query per changed
 * range of a drifted buffer walked the 300 members of a 6,500-line class each time, ~5 ms a
 * keystroke). D is the smallest node containing the whole range [start, end); every node that
 * intersects the range is D, inside D, or an ancestor of D (nodes nest or are disjoint). A
 * match starts at a node whose type is a pattern root (patternRoots) and that intersects the
 * range, so the highest ancestor of D of such a type — or D itself when there is none — holds
 * every match the query from the root would return, and the cursor below it sees the same
 * nodes with the same range flags (an ancestor of D contains the range: it neither precedes
 * nor follows it). Proven against the query from the root on random edits in
 * test/unit/sast-scoped-query.property.test.ts.
 */
export function queryScope(root: Node, start: Point, end: Point, roots: ReadonlySet<string>): Node {
  // Not a TreeCursor descent: web-tree-sitter 0.25's gotoFirstChildForPosition/-Index read
  // their goal from the wrong transfer-buffer slot.
  const d = root.descendantForPosition(start, end);
  if (!d) return root;
  // Ancestors top-down (childWithDescendant: one step each; `parent` searches from the root
  // every time): the first pattern-root type met is the highest.
  for (let n: Node | null = root.childWithDescendant(d); n && n.id !== d.id; n = n.childWithDescendant(d)) {
    if (roots.has(n.type)) return n;
  }
  return d;
}

const SQL_START = /^\W*(select|insert|update|delete|replace|merge|with|create|drop|alter|truncate)\b/i;
const SQL_ANY = /\b(select\s[\s\S]*\bfrom|insert\s+into|update\s[\s\S]*\bset|delete\s+from|drop\s+table|where\s)/i;

/** A JS expression whose value is fixed at write time (a plain string or a template without `${}`). */
function jsLiteral(n: Node): boolean {
  if (n.type === 'string' || n.type === 'number') return true;
  if (n.type === 'template_string') return !n.namedChildren.some((c) => c?.type === 'template_substitution');
  if (n.type === 'binary_expression') return n.namedChildren.every((c) => !c || jsLiteral(c));
  return false;
}

/** A Python string with no interpolation (plain or concatenated literals). */
function pyLiteral(n: Node): boolean {
  if (n.type === 'string') return !n.namedChildren.some((c) => c?.type === 'interpolation');
  if (n.type === 'concatenated_string') return n.namedChildren.every((c) => !c || pyLiteral(c));
  if (n.type === 'integer' || n.type === 'float') return true;
  return false;
}

function stringText(n: Node): string {
  return n.text.replace(/^[rbuf]{0,3}(['"`]{1,3})/i, '').replace(/(['"`]{1,3})$/, '');
}

/** Names bound to child_process (or its exec/execSync) in a JS/TS file: the exec check needs them. */
function childProcessBindings(text: string): { modules: Set<string>; fns: Set<string> } {
  const modules = new Set<string>(['child_process']);
  const fns = new Set<string>();
  if (!/child_process/.test(text)) return { modules: new Set(), fns };
  const spec = String.raw`\(?\s*['"](?:node:)?child_process['"]\s*\)?`;
  for (const m of text.matchAll(new RegExp(String.raw`import\s+(?:\*\s+as\s+)?(\w+)\s+from\s*${spec}`, 'g'))) modules.add(m[1]);
  for (const m of text.matchAll(new RegExp(String.raw`(?:const|let|var)\s+(\w+)\s*=\s*require${spec}`, 'g'))) modules.add(m[1]);
  for (const m of text.matchAll(new RegExp(String.raw`(?:import|const|let|var)\s*\{([^}]*)\}\s*(?:from|=\s*require)\s*${spec}`, 'g'))) {
    for (const part of m[1].split(',')) {
      const [orig, alias] = part.split(/\s+as\s+|\s*:\s*/).map((s) => s.trim());
      if (/^(exec|execSync)$/.test(orig)) fns.add(alias || orig);
    }
  }
  return { modules, fns };
}

/**
 * A text's child_process bindings as a comparable string (head-range-memo.ts: carried hits that
 * consulted them). The last two texts' keys are kept: each keystroke compares the last buffer's
 * with this one's.
 */
const cpKeys: { text: string; key: string }[] = [];
function cpKey(text: string): string {
  const known = cpKeys.find((k) => k.text === text);
  if (known) return known.key;
  const b = childProcessBindings(text);
  const key = `${[...b.modules].sort().join(',')}|${[...b.fns].sort().join(',')}`;
  cpKeys.unshift({ text, key });
  if (cpKeys.length > 2) cpKeys.pop();
  return key;
}

/** A hit's start as one number: line and column (columns below 2^26; lines below 2^27 keep it exact). */
function atOf(h: StoredHit): number {
  return h.line * 0x4000000 + h.col;
}

interface Hit {
  rule: string;
  node: Node;
  confidence?: 'LOW' | 'MEDIUM' | 'HIGH';
  detail?: string;
}

function cap(m: QueryMatch, name: string): Node | undefined {
  return m.captures.find((c) => c.name === name)?.node;
}

function checkJs(m: QueryMatch, text: string, cp: () => ReturnType<typeof childProcessBindings>): Hit | undefined {
  const outer = m.captures.find((c) => c.name.startsWith('js.'))!;
  const node = outer.node;
  switch (outer.name) {
    case 'js.eval': {
      const arg = cap(m, 'arg')!;
      return jsLiteral(arg) ? undefined : { rule: 'glx.js.eval', node };
    }
    case 'js.newfn':
      return { rule: 'glx.js.new-function', node };
    case 'js.cpalias':
    case 'js.cp': {
      // `import { execSync as run }`: js.cpalias is any call of a name bound to exec/execSync.
      if (outer.name === 'js.cpalias' && (/^(exec|execSync)$/.test(cap(m, 'fn')!.text) || !cp().fns.has(cap(m, 'fn')!.text))) return undefined;
      const fn = cap(m, 'fn')!.text;
      const obj = cap(m, 'obj');
      const b = cp();
      const bound = obj ? b.modules.has(obj.text) || /^require\(\s*['"](?:node:)?child_process['"]\s*\)$/.test(obj.text) : b.fns.has(fn);
      if (!bound) return undefined;
      const arg = cap(m, 'arg')!;
      if (jsLiteral(arg)) return undefined;
      const interpolated = arg.type === 'template_string' || arg.type === 'binary_expression';
      return { rule: 'glx.js.child-process-shell', node, confidence: interpolated ? 'HIGH' : 'MEDIUM' };
    }
    case 'js.spawn':
      return { rule: 'glx.js.spawn-shell-true', node };
    case 'js.crypto': {
      const alg = stringText(cap(m, 'alg')!).toLowerCase();
      const fn = cap(m, 'fn')!.text;
      if (/^(createHash|createHmac)$/.test(fn)) return /^(md5|md4|sha1|sha-1|ripemd|ripemd160|rmd160)$/.test(alg) ? { rule: 'glx.js.weak-hash', node, detail: alg } : undefined;
      return /(^|-)(des|des3|rc4|rc2|bf|blowfish|cast)(-|$)|-ecb$|^des/.test(alg) ? { rule: 'glx.js.weak-cipher', node, detail: alg } : undefined;
    }
    case 'js.tls':
      return { rule: 'glx.js.tls-no-verify', node };
    case 'js.tlsenv': {
      const v = cap(m, 'val')!;
      return /^['"`]?0['"`]?$/.test(v.text) ? { rule: 'glx.js.tls-no-verify', node } : undefined;
    }
    case 'js.sql': {
      const arg = cap(m, 'arg')!;
      if (jsLiteral(arg)) return undefined;
      const body = arg.type === 'template_string' ? stringText(arg) : arg.text;
      return SQL_START.test(body) || SQL_ANY.test(body) ? { rule: 'glx.js.sql-format', node } : undefined;
    }
  }
  void text;
  return undefined;
}

function checkPy(m: QueryMatch): Hit | undefined {
  const outer = m.captures.find((c) => c.name.startsWith('py.'))!;
  const node = outer.node;
  switch (outer.name) {
    case 'py.eval':
      return pyLiteral(cap(m, 'arg')!) ? undefined : { rule: 'glx.py.eval', node };
    case 'py.shell':
      return { rule: 'glx.py.shell-true', node };
    case 'py.os':
      return pyLiteral(cap(m, 'arg')!) ? undefined : { rule: 'glx.py.os-system', node };
    case 'py.yaml': {
      const fn = cap(m, 'fn')!.text;
      if (fn.startsWith('unsafe_')) return { rule: 'glx.py.yaml-load', node };
      const args = cap(m, 'args')!;
      const loader = args.namedChildren.find((c) => c?.type === 'keyword_argument' && c.childForFieldName('name')?.text === 'Loader');
      const positional = args.namedChildren.filter((c) => c && c.type !== 'keyword_argument' && c.type !== 'comment');
      const given = loader?.childForFieldName('value')?.text ?? (positional.length > 1 ? positional[1]!.text : '');
      return /Safe|Base/.test(given) ? undefined : { rule: 'glx.py.yaml-load', node };
    }
    case 'py.pickle':
      return { rule: 'glx.py.pickle', node };
    case 'py.verify':
      return { rule: 'glx.py.verify-false', node };
    case 'py.hash': {
      const fn = cap(m, 'fn')!.text;
      const args = cap(m, 'args')!;
      if (/usedforsecurity\s*=\s*False/.test(args.text)) return undefined;
      if (fn === 'new') {
        const first = args.namedChildren.find((c) => c && c.type !== 'comment');
        if (!first || first.type !== 'string') return undefined;
        const alg = stringText(first).toLowerCase();
        return /^(md5|md4|sha1|sha-1)$/.test(alg) ? { rule: 'glx.py.weak-hash', node, detail: alg } : undefined;
      }
      return { rule: 'glx.py.weak-hash', node, detail: fn };
    }
    case 'py.cipher':
      return { rule: 'glx.py.weak-cipher', node };
    case 'py.sql': {
      const arg = cap(m, 'arg')!;
      if (pyLiteral(arg)) return undefined;
      let sqlText = '';
      if (arg.type === 'string') sqlText = stringText(arg); // an f-string (pyLiteral said it interpolates)
      else if (arg.type === 'binary_operator') {
        const left = arg.childForFieldName('left');
        if (left && (left.type === 'string' || left.type === 'concatenated_string')) sqlText = stringText(left);
      } else if (arg.type === 'call') {
        const fn = arg.childForFieldName('function');
        const obj = fn?.type === 'attribute' ? fn.childForFieldName('object') : undefined;
        if (fn?.childForFieldName('attribute')?.text === 'format' && obj && obj.type === 'string') sqlText = stringText(obj);
      }
      return sqlText && (SQL_START.test(sqlText) || SQL_ANY.test(sqlText)) ? { rule: 'glx.py.sql-format', node } : undefined;
    }
  }
  return undefined;
}

/** What a hit is, apart from its node: the rule and where it sits (head-range-memo.ts carries these). */
function storedHit(hit: Hit): StoredHit {
  const { startPosition: st, endPosition: en } = hit.node;
  // The detail is node text, a slice of the buffer: copied, as carried hits outlive their version.
  return { rule: hit.rule, line: st.row + 1, col: st.column + 1, endLine: en.row + 1, detail: hit.detail === undefined ? undefined : flatCopy(hit.detail), confidence: hit.confidence };
}

function findingAt(file: string, hit: StoredHit, idx: LineIndex): RawFinding {
  const line = hit.line;
  const rule = RULES[hit.rule];
  return {
    tool: PATTERNS_TOOL,
    ruleId: rule.id,
    cwe: rule.cwe,
    severity: rule.severity,
    confidence: hit.confidence ?? rule.confidence,
    category: rule.category,
    message: hit.detail ? `${rule.title}: ${hit.detail}` : rule.title,
    file,
    line,
    col: hit.col,
    endLine: hit.endLine,
    snippet: redactSecrets(idx.line(line).trim().slice(0, 300)),
    fixHint: rule.fix,
    tags: [rule.category.toLowerCase(), rule.cwe],
    suppression: inlineSuppression(idx, line, rule.id),
  };
}

/**
 * Per-range hits of texts scanned again and again unchanged — the base side of the editor's
 * live scan (issue 14): every keystroke re-scans the base lines the change replaced, over the
 * same base text and tree, and all but the edited range were queried before. The query over a
 * range of a given text (same grammar, same tree: a parse is a function of the text) gives the
 * same matches, so the hits are kept per range, before the dedup and line filter of the call.
 * (For a text with parse errors an incremental re-parse may recover differently from a fresh
 * one — tree-cache.ts says the same of its trees; the memo keeps the hits of the first tree.)
 */
/** `at`: the hit node's start as one number (line, column): the same node found from two ranges is reported once. */
type RangeHits = { at: number; f: RawFinding }[];
const MAX_MEMO_TEXTS = 8;
const MAX_MEMO_RANGES = 4096;
const rangeMemos: { file: string; lang: Lang; text: string; byRange: Map<string, RangeHits> }[] = [];
function rangeMemoFor(file: string, lang: Lang, text: string): Map<string, RangeHits> {
  const i = rangeMemos.findIndex((m) => m.file === file && m.lang === lang && m.text === text);
  if (i >= 0) {
    const [m] = rangeMemos.splice(i, 1);
    rangeMemos.unshift(m);
    return m.byRange;
  }
  const m = { file, lang, text, byRange: new Map<string, RangeHits>() };
  rangeMemos.unshift(m);
  if (rangeMemos.length > MAX_MEMO_TEXTS) rangeMemos.pop();
  return m.byRange;
}

/**
 * Scopes whose range query matched nothing, per live-scan key (issue 14, fifth pass): the head
 * side's tree changes with every keystroke, so the text-keyed range memo above cannot serve it,
 * but all its subtrees outside the edited member are reused from the previous tree. A query run
 * from a node visits only that node's subtree and compares node positions with the range's
 * points; the key holds the subtree's id and the range's rows relative to the node's first row
 * and that row's start column (a shift by whole rows changes no comparison with the range's
 * column-0 bounds). The id names the same subtree in the next tree only when the memo's tree was
 * alive while the next tree was parsed from it (tree-cache.ts treeParsedFrom), so the memo is
 * used only for the tree itself or its direct child in that lineage. Only empty results are
 * kept: which hits a match gives depends on text outside the node (child_process bindings,
 * snippets, suppression comments). Proven against memo-free scans of the same trees in
 * test/unit/sast-head-memo.property.test.ts.
 */
const MAX_EMPTY_KEYS = 8;
const emptyScopes = new Map<string, { tree: Tree; keys: Set<string> }>();

function emptyScopeKey(scope: Node, a: number, b: number): string {
  const row = scope.startPosition.row;
  return `${scope.id}:${scope.startPosition.column}:${a - 1 - row}:${b - row}`;
}

/** Above this many children a scope is queried whole (a class body's members: marshalling them all costs more than the query). */
const MAX_SPLIT_CHILDREN = 64;

/**
 * The nodes a scope's range query can be split into (issue 14, fifth pass). A node's id is the
 * address of its slot in its parent's children: when the parser rebuilds a method (tree-sitter
 * does not reuse the method nodes of a large JS class), its body gets a new id on every
 * keystroke, while the statements in that body — slots of the reused body's own children —
 * keep theirs. A scope whose type no pattern starts at holds no match rooted at itself, so its
 * matches are those rooted inside its children, and a query started at each child that may
 * intersect the range finds them, in the same order. Children certainly outside the range are
 * skipped by their start points alone (siblings do not overlap: a child ends at or before the
 * next one starts); the boundary cases are kept.
 */
export function scopeParts(scope: Node, a: number, b: number, roots: ReadonlySet<string>): Node[] {
  if (roots.has(scope.type)) return [scope];
  const n = scope.childCount;
  if (n === 0 || n > MAX_SPLIT_CHILDREN) return [scope];
  // Both bounds by binary search over the children's start points (siblings are in order), so
  // only ~2 log n children and the kept ones cross the wasm boundary, not all n per range.
  const kids: (Node | null | undefined)[] = new Array(n);
  let missing = false;
  const kid = (i: number): Node | null => {
    let c = kids[i];
    if (c === undefined) c = kids[i] = scope.child(i);
    if (!c) missing = true;
    return c;
  };
  const startsAfterEnd = (i: number) => {
    const st = kid(i)?.startPosition;
    return !st || st.row > b || (st.row === b && st.column > 0); // starts after the range's end (b, 0)
  };
  // hi: the first child starting after the range (all before it start inside or before it).
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (startsAfterEnd(mid)) hi = mid; else lo = mid + 1;
  }
  const end = lo;
  // first: the first child whose next sibling does not start before (a - 1, 0) — earlier ones end
  // before the range.
  const nextStartsBefore = (i: number) => i + 1 < n && (kid(i + 1)?.startPosition.row ?? Infinity) < a - 1;
  lo = 0;
  hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (nextStartsBefore(mid)) lo = mid + 1; else hi = mid;
  }
  const out: Node[] = [];
  for (let i = lo; i < end; i++) {
    const c = kid(i);
    if (c) out.push(c);
  }
  // A child the tree could not give (never seen in practice): query the scope whole, as before.
  return missing ? [scope] : out;
}

/** The keys valid for `tree` (from its own or its parent's scan) and the set this scan records into. */
function emptyScopesFor(cacheKey: string, tree: Tree): { valid?: ReadonlySet<string>; next: Set<string> } {
  const m = emptyScopes.get(cacheKey);
  emptyScopes.delete(cacheKey);
  let out: { valid?: ReadonlySet<string>; next: Set<string> };
  if (m && m.tree === tree) out = { valid: m.keys, next: m.keys };
  else out = { valid: m && treeParsedFrom(tree) === m.tree ? m.keys : undefined, next: new Set() };
  emptyScopes.set(cacheKey, { tree, keys: out.next });
  if (emptyScopes.size > MAX_EMPTY_KEYS) emptyScopes.delete(emptyScopes.keys().next().value as string);
  return out;
}

/**
 * Dangerous patterns in `text` (the head of `file`). `lines`: only patterns touching these
 * 1-based lines; the whole file when undefined. Files in other languages give nothing. The
 * parsers must be initialised (parsing/languages.ts initParsers).
 */
export function scanPatterns(
  file: string, text: string, lines?: ReadonlySet<number>, idx = new LineIndex(text), cacheKey?: string, scoped = true, memoRanges = false,
): RawFinding[] {
  const lang = languageOf(file);
  if (!lang || (lines && lines.size === 0)) return [];
  // With a cache key (the live scan of a change: `head:path`, `base:path`) the tree is reparsed
  // incrementally from the last one (tree-cache.ts); otherwise parsed once and freed.
  const tree = cacheKey ? cachedTree(cacheKey, lang, text) : parseText(parserFor(lang), text);
  if (!tree) return [];
  try {
    const q = queryFor(lang);
    const ranges = lines ? lineRanges(lines) : [[1, idx.lineCount] as [number, number]];
    let cpCache: ReturnType<typeof childProcessBindings> | undefined;
    const cp = () => (cpCache ??= childProcessBindings(text));
    const out: RawFinding[] = [];
    const seen = new Set<number>();
    const rootsOf = patternRoots(lang);
    const memo = memoRanges ? rangeMemoFor(file, lang, text) : undefined;
    const live = cacheKey && scoped && !memoRanges;
    const empties = live ? emptyScopesFor(cacheKey, tree) : undefined;
    const carry = live ? headRangesFor(cacheKey, tree, text, cpKey) : undefined;
    let usedCp = false;
    const cpSeen = () => {
      usedCp = true;
      return cp();
    };
    // One root node for all ranges: each `tree.rootNode` read marshals a new Node.
    let rootNode: Node | undefined;
    for (const [a, b] of ranges) {
      let hits = memo?.get(`${a},${b}`);
      const carried = hits ? undefined : carry?.carried(a, b);
      if (carried) hits = carried.map((h) => ({ at: atOf(h), f: findingAt(file, h, idx) }));
      if (!hits) {
        hits = [];
        const stored: StoredHit[] = [];
        usedCp = false;
        const root = (rootNode ??= tree.rootNode);
        const startPosition = { row: a - 1, column: 0 };
        const endPosition = { row: b, column: 0 };
        const from = scoped ? queryScope(root, startPosition, endPosition, rootsOf) : root;
        for (const part of empties ? scopeParts(from, a, b, rootsOf) : [from]) {
          const ek = empties && emptyScopeKey(part, a, b);
          if (ek && empties.valid?.has(ek)) {
            empties.next.add(ek);
            continue;
          }
          const matches = q.matches(part, { startPosition, endPosition });
          if (ek && matches.length === 0) {
            if (empties.next.size >= MAX_MEMO_RANGES) empties.next.clear();
            empties.next.add(ek);
          }
          for (const m of matches) {
            const hit = lang === 'python' ? checkPy(m) : checkJs(m, text, cpSeen);
            if (!hit) continue;
            const h = storedHit(hit);
            stored.push(h);
            hits.push({ at: atOf(h), f: findingAt(file, h, idx) });
          }
        }
        if (carry) carry.record(a, b, Math.min(a - 1, from.startPosition.row + 1), Math.max(b + 1, from.endPosition.row + 1), stored, usedCp);
        if (memo) {
          if (memo.size >= MAX_MEMO_RANGES) memo.clear();
          memo.set(`${a},${b}`, hits);
        }
      }
      for (const { at, f } of hits) {
        if (seen.has(at)) continue;
        const { line, endLine } = f as { line: number; endLine: number };
        if (lines && ![...Array(endLine - line + 1).keys()].some((k) => lines.has(line + k))) continue;
        seen.add(at);
        // A copy: a memoised finding is handed out again on the next keystroke.
        out.push(memo ? { ...f, tags: [...(f.tags ?? [])] } : f);
      }
    }
    return out.sort((x, y) => x.line - y.line || (x.col ?? 0) - (y.col ?? 0));
  } finally {
    if (!cacheKey) tree.delete();
  }
}
