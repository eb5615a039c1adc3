// One cursor walk over a top-level Python node (spec §3.1 extractor, python.ts). Crossing the
// wasm boundary costs ~1 µs per node, so the tree is copied once into plain JS arrays (type,
// start/end index, parent/first-child/next-sibling links) together with the chunk's code tokens,
// comments and MISSING nodes; everything else in the extractor is pure JS over this copy.
//
// Indices are JS string indices into the whole file text (web-tree-sitter parses JS strings as
// UTF-16, so node indices and columns are UTF-16 code units, like String#slice).
import type { Node } from 'web-tree-sitter';
import { MAX_TREE_DEPTH, NestingTooDeep } from './nesting-budget';
import { flatCopy, flattenStrings } from '../util/flat-strings';

export interface FlatTree {
  /** Node type per flat index (0 = the chunk node). */
  type: string[];
  start: number[];
  end: number[];
  parent: number[];
  firstChild: number[];
  nextSibling: number[];
  /** Code tokens in source order: leaf texts; a non-f string is one token (its children are not copied). */
  tokText: string[];
  tokStart: number[];
  tokIdent: boolean[];
  /** Start index of each comment. */
  commentStart: number[];
  /** MISSING leaves inserted by error recovery: node type and index. */
  missing: { type: string; index: number }[];
  /** The chunk node's first row / column / start index (absolute). */
  startRow: number;
  startCol: number;
  startIndex: number;
  endIndex: number;
}

/** Prefix letters of a string literal contain f/t (f-string / template string): its children matter. */
function isInterpolated(src: string, at: number): boolean {
  for (let i = at; i < at + 4 && i < src.length; i++) {
    const ch = src.charCodeAt(i);
    if (ch === 34 /* " */ || ch === 39 /* ' */) return false;
    if (ch === 102 || ch === 70 || ch === 116 || ch === 84) return true; // f F t T
  }
  return false;
}

/** Named node types that never have children in tree-sitter-python. */
const NAMED_LEAVES = new Set([
  'identifier', 'integer', 'float', 'true', 'false', 'none', 'comment', 'ellipsis', 'string_start',
  'string_content', 'string_end', 'escape_sequence', 'type_conversion', 'line_continuation',
  'escape_interpolation', 'import_prefix',
]);

interface LangInfo {
  types: string[];
  /** 1 when a node of this type id is certainly a leaf (anonymous tokens, named leaves). */
  leaf: Uint8Array;
}
const langInfo = new WeakMap<object, LangInfo>();

function infoFor(node: Node): LangInfo {
  const lang = node.tree.language;
  let info = langInfo.get(lang);
  if (!info) {
    const n = lang.nodeTypeCount;
    const types: string[] = [];
    const leaf = new Uint8Array(n);
    for (let id = 0; id < n; id++) {
      const ty = lang.types[id] ?? 'ERROR';
      types.push(ty);
      // `import_prefix` holds the dots of a relative import: keep walking into it.
      if (ty !== 'import_prefix' && (!lang.nodeTypeIsNamed(id) || NAMED_LEAVES.has(ty))) leaf[id] = 1;
    }
    info = { types, leaf };
    langInfo.set(lang, info);
  }
  return info;
}

/**
 * A walked definition (def/class below the chunk root), positions relative to its start. The
 * top-level chunk cache of analyze.ts re-walks a whole class when one method changes; caching
 * large members by (column, text) keeps that re-walk to the changed member (a 1,000-line class
 * otherwise costs ~6–10 ms of cursor calls per keystroke).
 */
interface SubTree {
  type: string[];
  start: number[];
  end: number[];
  parent: number[];
  firstChild: number[];
  nextSibling: number[];
  tokText: string[];
  tokStart: number[];
  tokIdent: boolean[];
  commentStart: number[];
}

/** Members smaller than this are walked (a lookup costs about as much as ~40 nodes). */
const SUB_MIN_CHARS = 400;
const SUB_MAX_ENTRIES = 5000;
/**
 * Entries keep their own flat key (util/flat-strings.ts): the lookup key holds a slice of the
 * version being walked, and re-inserting a hit under it — or storing a miss under it — kept that
 * whole file version alive as long as the entry (issue 14, ninth pass).
 */
const subCache = new Map<string, { key: string; v: SubTree }>();

function subGet(key: string): SubTree | undefined {
  const e = subCache.get(key);
  if (e) {
    subCache.delete(key);
    subCache.set(e.key, e);
  }
  return e?.v;
}

function subSet(key: string, v: SubTree): void {
  const flat = flatCopy(key);
  // Its token texts are slices of the version too.
  subCache.set(flat, { key: flat, v: flattenStrings(v) });
  if (subCache.size > SUB_MAX_ENTRIES) subCache.delete(subCache.keys().next().value as string);
}

/** Drop cached member walks (tests, memory pressure). */
export function clearPyMemberCache(): void {
  subCache.clear();
}

const DEFINITIONS = new Set(['function_definition', 'decorated_definition', 'class_definition']);

export function flatten(node: Node, src: string): FlatTree {
  const hasError = node.hasError;
  const pos = node.startPosition;
  const t: FlatTree = {
    type: [], start: [], end: [], parent: [], firstChild: [], nextSibling: [],
    tokText: [], tokStart: [], tokIdent: [], commentStart: [], missing: [],
    startRow: pos.row, startCol: pos.column, startIndex: node.startIndex, endIndex: node.endIndex,
  };
  const { types, leaf } = infoFor(node);
  const { type, start, end, parent, firstChild, nextSibling, tokText, tokStart, tokIdent } = t;
  const c = node.walk();
  // path[d] = flat index of the node at depth d; lastChild[d] = last child linked under path[d].
  // An inner node's start is its first leaf's start and its end is its last child's end, so
  // those are filled in from below instead of being asked across the wasm boundary.
  const path: number[] = [];
  const lastChild: number[] = [];
  // Depth of the innermost f-string being walked (its inner leaves are not tokens: the string is).
  let strDepth = -1;
  // Members being walked that will be stored in the member cache when their subtree is done.
  const stores: { idx: number; key: string; tok: number; com: number; errors: number }[] = [];
  let errors = 0;
  try {
    for (;;) {
      const id = c.nodeTypeId;
      const ty = types[id] ?? 'ERROR';
      const idx = type.length;
      const d = path.length;
      if (d > MAX_TREE_DEPTH) throw new NestingTooDeep(d); // issue 11: bounded, see nesting-budget.ts
      type.push(ty);
      firstChild.push(-1);
      nextSibling.push(-1);
      if (d > 0) {
        const p = path[d - 1];
        parent.push(p);
        const lc = lastChild[d - 1];
        if (lc < 0) firstChild[p] = idx;
        else nextSibling[lc] = idx;
        lastChild[d - 1] = idx;
      } else {
        parent.push(-1);
      }
      let isLeaf = leaf[id] === 1;
      let s = -1;
      let e = -1;
      if (ty === 'ERROR') errors++;
      if (d > 0 && DEFINITIONS.has(ty) && strDepth < 0) {
        s = c.startIndex;
        e = c.endIndex;
        if (e - s >= SUB_MIN_CHARS) {
          const key = `${c.startPosition.column}:${src.slice(s, e)}`;
          const hit = subGet(key);
          if (hit) {
            type.pop();
            firstChild.pop();
            nextSibling.pop();
            parent.pop();
            splice(t, hit, idx, path[d - 1], s);
            for (let k = d - 1; k >= 0 && start[path[k]] < 0; k--) start[path[k]] = s;
            if (nextPreorder()) return t;
            continue;
          }
          stores.push({ idx, key, tok: tokText.length, com: t.commentStart.length, errors });
        }
        start.push(s);
        end.push(e);
        for (let k = d - 1; k >= 0 && start[path[k]] < 0; k--) start[path[k]] = s;
        if (c.gotoFirstChild()) {
          path.push(idx);
          lastChild.push(-1);
          continue;
        }
        if (nextPreorder()) return t;
        continue;
      }
      if (ty === 'string') {
        s = c.startIndex;
        e = c.endIndex;
        if (strDepth < 0 && e > s) {
          tokText.push(src.slice(s, e));
          tokStart.push(s);
          tokIdent.push(false);
        }
        if (isInterpolated(src, s)) {
          if (strDepth < 0) strDepth = d;
        } else {
          isLeaf = true;
        }
      }
      start.push(s);
      end.push(e);
      if (!isLeaf && c.gotoFirstChild()) {
        path.push(idx);
        lastChild.push(-1);
        continue;
      }
      // A leaf (or a node copied as a leaf).
      if (s < 0) {
        s = c.startIndex;
        e = c.endIndex;
        start[idx] = s;
        end[idx] = e;
        if (e > s) {
          if (ty === 'comment') {
            t.commentStart.push(s);
          } else if (strDepth < 0 && ty !== 'line_continuation') {
            tokText.push(src.slice(s, e));
            tokStart.push(s);
            tokIdent.push(ty === 'identifier');
          }
        } else if (hasError && c.nodeIsMissing) {
          t.missing.push({ type: ty, index: s });
        }
      }
      // Ancestors entered just before this leaf start where it starts.
      for (let k = d - 1; k >= 0 && start[path[k]] < 0; k--) start[path[k]] = s;
      if (nextPreorder()) return t;
    }
  } finally {
    c.delete();
  }

  /** Move to the next node in pre-order; true when the walk is complete. */
  function nextPreorder(): boolean {
    for (;;) {
      if (path.length === 0) return true;
      if (c.gotoNextSibling()) break;
      c.gotoParent();
      const p = path.pop() as number;
      const lc = lastChild.pop() as number;
      if (end[p] < 0) end[p] = end[lc];
      if (path.length === strDepth) strDepth = -1;
      if (stores.length > 0 && stores[stores.length - 1].idx === p) {
        const st = stores.pop() as (typeof stores)[number];
        if (errors === st.errors && t.missing.length === 0) subSet(st.key, extract(t, st.idx, st.tok, st.com));
      }
    }
    if (path.length === strDepth) strDepth = -1;
    return false;
  }
}

/** Copy nodes idx.. (a finished subtree at the end of the arrays) with positions made relative. */
function extract(t: FlatTree, idx: number, tok: number, com: number): SubTree {
  const base = t.start[idx];
  const n = t.type.length - idx;
  const sub: SubTree = {
    type: t.type.slice(idx), start: new Array<number>(n), end: new Array<number>(n), parent: new Array<number>(n),
    firstChild: new Array<number>(n), nextSibling: new Array<number>(n),
    tokText: t.tokText.slice(tok), tokStart: t.tokStart.slice(tok).map((x) => x - base),
    tokIdent: t.tokIdent.slice(tok), commentStart: t.commentStart.slice(com).map((x) => x - base),
  };
  for (let k = 0; k < n; k++) {
    const j = idx + k;
    sub.start[k] = t.start[j] - base;
    sub.end[k] = t.end[j] - base;
    sub.parent[k] = k === 0 ? -1 : t.parent[j] - idx;
    sub.firstChild[k] = t.firstChild[j] < 0 ? -1 : t.firstChild[j] - idx;
    sub.nextSibling[k] = k === 0 || t.nextSibling[j] < 0 ? -1 : t.nextSibling[j] - idx;
  }
  return sub;
}

/** Append a cached subtree as node `idx` (already linked as a child of `par`), starting at `base`. */
function splice(t: FlatTree, sub: SubTree, idx: number, par: number, base: number): void {
  const n = sub.type.length;
  for (let k = 0; k < n; k++) {
    t.type.push(sub.type[k]);
    t.start.push(sub.start[k] + base);
    t.end.push(sub.end[k] + base);
    t.parent.push(k === 0 ? par : sub.parent[k] + idx);
    t.firstChild.push(sub.firstChild[k] < 0 ? -1 : sub.firstChild[k] + idx);
    t.nextSibling.push(sub.nextSibling[k] < 0 ? -1 : sub.nextSibling[k] + idx);
  }
  for (let k = 0; k < sub.tokText.length; k++) {
    t.tokText.push(sub.tokText[k]);
    t.tokStart.push(sub.tokStart[k] + base);
    t.tokIdent.push(sub.tokIdent[k]);
  }
  for (const c of sub.commentStart) t.commentStart.push(c + base);
}

/** Maps absolute string indices inside a chunk to relative rows and absolute columns. */
export class RowMap {
  private readonly nl: number[] = [];
  private readonly firstLineStart: number;
  constructor(src: string, t: FlatTree) {
    this.firstLineStart = t.startIndex - t.startCol;
    let i = src.indexOf('\n', t.startIndex);
    while (i >= 0 && i < t.endIndex) {
      this.nl.push(i);
      i = src.indexOf('\n', i + 1);
    }
  }
  get rowCount(): number {
    return this.nl.length + 1;
  }
  /** Relative row (0 = chunk's first row) of an index. */
  row(idx: number): number {
    const nl = this.nl;
    let lo = 0;
    let hi = nl.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (nl[mid] < idx) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /** 0-based column of an index on its row. */
  col(idx: number, row = this.row(idx)): number {
    return idx - (row === 0 ? this.firstLineStart : this.nl[row - 1] + 1);
  }
}
