// One cursor walk over a top-level Python node (spec §3.1 extractor, python.ts). Crossing the
// wasm boundary costs ~1 µs per node, so the tree is copied once into plain JS arrays (type,
// start/end index, parent/first-child/next-sibling links) together with the chunk's code tokens,
// comments and MISSING nodes; everything else in the extractor is pure JS over this copy.
//
// Indices are JS string indices into the whole file text (web-tree-sitter parses JS strings as
// UTF-16, so node indices and columns are UTF-16 code units, like String#slice).
import type { Node } from 'web-tree-sitter';

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
  try {
    for (;;) {
      const id = c.nodeTypeId;
      const ty = types[id] ?? 'ERROR';
      const idx = type.length;
      const d = path.length;
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
      // Next node in pre-order.
      for (;;) {
        if (path.length === 0) return t;
        if (c.gotoNextSibling()) break;
        c.gotoParent();
        const p = path.pop() as number;
        end[p] = end[lastChild.pop() as number];
        if (path.length === strDepth) strDepth = -1;
      }
      if (path.length === strDepth) strDepth = -1;
    }
  } finally {
    c.delete();
  }
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
