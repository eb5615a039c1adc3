// A plain-JS copy of one tree-sitter subtree, taken with a single cursor walk (spec §3.1 needs
// many looks at the same nodes; each look through the wasm boundary costs ~1 µs, a look at a
// JS object costs nothing). Language-neutral: the TypeScript and Python extractors both read
// top-level chunks through it. Also owns what every extractor derives from the leaf tokens
// alone: per-row code text, comment-only rows, body token lists and ERROR/MISSING problems.
// Rows are RELATIVE to the snapshot root's first row (the ChunkResult convention of analyze.ts);
// columns are absolute, in UTF-16 code units like tree-sitter's own (web-tree-sitter parses JS
// strings as UTF-16, so indices are string indices).
import type { Language, Node } from 'web-tree-sitter';
import type { ParseProblem, Span } from './types';

export interface SNode {
  /** Node type (`identifier`, `(`, `ERROR` …). */
  t: string;
  /** Start / end index into the source string. */
  s: number;
  e: number;
  /** Field name in the parent, or null. */
  f: string | null;
  /** Children (shared empty array for leaves and atomic nodes). */
  k: SNode[];
  p: SNode | null;
  /** Zero-width node inserted by error recovery. */
  missing: boolean;
}

const NO_KIDS: SNode[] = [];
const WS = /[\s\uFEFF\u2060\u200B]/;

export interface Snapshot {
  root: SNode;
  /** Leaves and atomic nodes in document order (comments included, zero-width ones excluded). */
  leaves: SNode[];
  src: string;
  /** Relative row of a source index inside the snapshot. */
  row(index: number): number;
  /** Absolute column of a source index inside the snapshot. */
  col(index: number): number;
  span(s: number, e: number): Span;
  text(n: SNode): string;
}

/**
 * What a language's extractor needs from the walk; decides how few wasm calls it can make.
 * Build one per language grammar family and reuse it (it caches per-grammar tables).
 */
export class SnapshotSpec {
  private readonly tables = new WeakMap<Language, Uint8Array>();
  readonly atomic: ReadonlySet<string>;
  readonly fieldParents: ReadonlySet<string> | undefined;
  readonly comment: string;
  private readonly namedLeaves: ReadonlySet<string>;

  constructor(opts: {
    /** Kept as one leaf without walking inside: string literals, comments, regexes. */
    atomic: Iterable<string>;
    /** Named node types that never have children (identifiers, numbers …); anonymous ones never do. */
    namedLeaves?: Iterable<string>;
    /** Record field names only for children of these node types (all when omitted). */
    fieldParents?: Iterable<string>;
    comment?: string;
  }) {
    this.atomic = new Set(opts.atomic);
    this.namedLeaves = new Set(opts.namedLeaves ?? []);
    this.fieldParents = opts.fieldParents ? new Set(opts.fieldParents) : undefined;
    this.comment = opts.comment ?? 'comment';
  }

  /** Per type id: 0 = may have children, 1 = named leaf, 2 = anonymous token (text = type). */
  leafTable(lang: Language): Uint8Array {
    let t = this.tables.get(lang);
    if (!t) {
      t = new Uint8Array(lang.nodeTypeCount);
      for (let id = 0; id < t.length; id++) {
        const name = lang.types[id] ?? '';
        if (!lang.nodeTypeIsNamed(id)) t[id] = 2;
        else if (this.namedLeaves.has(name) || this.atomic.has(name)) t[id] = 1;
      }
      this.tables.set(lang, t);
    }
    return t;
  }
}

/**
 * Copy `node`'s subtree with one cursor walk. Interior nodes cost a type read and a move (their
 * range is their children's: tree-sitter nodes span exactly their children); leaves also read
 * their range. Field names are read only under `spec.fieldParents`.
 */
export function snapshot(node: Node, src: string, spec: SnapshotSpec): Snapshot {
  const base = node.startIndex;
  const baseCol = node.startPosition.column;
  const end = node.endIndex;
  // Line starts inside the chunk: rows are found by binary search (cheaper than a wasm call).
  const starts: number[] = [base];
  for (let i = src.indexOf('\n', base); i !== -1 && i < end; i = src.indexOf('\n', i + 1)) starts.push(i + 1);
  const row = (index: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= index) lo = mid; else hi = mid - 1;
    }
    return lo;
  };
  const col = (index: number): number => {
    const r = row(index);
    return r === 0 ? baseCol + index - base : index - starts[r];
  };

  const lang = node.tree.language;
  const types = lang.types;
  const fields = lang.fields;
  const isLeaf = spec.leafTable(lang);
  const fieldParents = spec.fieldParents;
  const commentType = spec.comment;
  const leaves: SNode[] = [];
  /** End of the last leaf seen: the next leaf starts after whitespace only (comments are leaves). */
  let lastEnd = base;

  const cursor = node.walk();

  const root: SNode = { t: node.type, s: base, e: end, f: null, k: NO_KIDS, p: null, missing: false };
  const pushLeaf = (n: SNode): void => {
    if (n.e > n.s || n.t === commentType) leaves.push(n);
  };
  let cur = root;
  let descend = !spec.atomic.has(root.t);
  if (!descend) pushLeaf(root); // a top-level comment is one leaf
  try {
    for (;;) {
      if (descend) {
        if (cursor.gotoFirstChild()) {
          const child = enter(cur);
          cur.k = [child];
          cur = child;
          descend = child.e < 0; // range unknown = interior node: try its children
          if (!descend) pushLeaf(child);
          continue;
        }
        // A named node without children (`this`, a MISSING identifier …): read its range now.
        if (cur !== root) readRange(cur);
        pushLeaf(cur);
      }
      // Next sibling; parents whose children are all done get their range from them.
      for (;;) {
        if (cur === root) return done();
        const parent = cur.p as SNode;
        if (cursor.gotoNextSibling()) {
          const sib = enter(parent);
          parent.k.push(sib);
          cur = sib;
          descend = sib.e < 0;
          if (!descend) pushLeaf(sib);
          break;
        }
        cursor.gotoParent();
        parent.s = parent.k[0].s;
        parent.e = parent.k[parent.k.length - 1].e;
        cur = parent;
      }
    }
  } finally {
    cursor.delete();
  }

  /** Create the node the cursor has just moved onto; leaves get their range at once. */
  function enter(parent: SNode): SNode {
    const id = cursor.nodeTypeId;
    const t = types[id] ?? 'ERROR';
    const n: SNode = {
      t,
      s: -1,
      e: -1,
      f: fieldParents === undefined || fieldParents.has(parent.t) ? fields[cursor.currentFieldId] ?? null : null,
      k: NO_KIDS,
      p: parent,
      missing: false,
    };
    const kind = isLeaf[id];
    if (kind === 2) {
      // An anonymous token's text is its type: find it after the whitespace that follows the
      // previous leaf instead of asking wasm (checked against the source; else asked).
      let i = lastEnd;
      while (i < end && WS.test(src[i])) i++;
      if (src.startsWith(t, i) && t.length > 0) {
        n.s = i;
        n.e = i + t.length;
        lastEnd = n.e;
      } else {
        readRange(n);
      }
    } else if (kind === 1) {
      readRange(n);
    }
    return n;
  }

  function readRange(n: SNode): void {
    n.s = cursor.startIndex;
    n.e = cursor.endIndex;
    if (n.s === n.e) n.missing = cursor.nodeIsMissing;
    lastEnd = n.e;
  }

  function done(): Snapshot {
    return {
      root,
      leaves,
      src,
      row,
      col,
      span: (s, e) => ({ line: row(s), col: col(s), endLine: row(e), endCol: col(e) }),
      text: (n) => src.slice(n.s, n.e),
    };
  }
}

/** Index of the first leaf starting at or after `index`. */
export function firstLeafAt(leaves: readonly SNode[], index: number): number {
  let lo = 0;
  let hi = leaves.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (leaves[mid].s < index) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/**
 * Token texts of the leaves inside [s, e), comments dropped, and identifier-like leaves equal to
 * `dropName` removed (spec §3.1: a symbol's own name does not count, so renaming it — recursive
 * calls included — keeps its body hash).
 */
export function tokensIn(snap: Snapshot, s: number, e: number, dropName: string | undefined, commentType = 'comment'): string[] {
  const out: string[] = [];
  const { leaves, src } = snap;
  for (let i = firstLeafAt(leaves, s); i < leaves.length; i++) {
    const l = leaves[i];
    if (l.s >= e) break;
    if (l.t === commentType) continue;
    const text = src.slice(l.s, l.e);
    if (dropName !== undefined && text === dropName && l.t.endsWith('identifier')) continue;
    out.push(text);
  }
  return out;
}

/**
 * Per relative row, the code tokens starting on it joined by single spaces (a multi-line token
 * belongs to its start row), and the rows holding comment text but no code token.
 */
export function rowsOf(snap: Snapshot, commentType = 'comment'): { codeRows: string[]; commentOnlyRows: number[] } {
  const rows = snap.row(snap.root.e) + 1;
  const codeRows = new Array<string>(rows).fill('');
  const commentRows: number[] = [];
  const { leaves, src } = snap;
  for (const l of leaves) {
    const r = snap.row(l.s);
    if (l.t === commentType) {
      const last = snap.row(l.e);
      for (let x = r; x <= last; x++) commentRows.push(x);
      continue;
    }
    const text = src.slice(l.s, l.e);
    codeRows[r] = codeRows[r] ? `${codeRows[r]} ${text}` : text;
  }
  const commentOnlyRows: number[] = [];
  let prev = -1;
  for (const x of commentRows) {
    if (x !== prev && !codeRows[x]) commentOnlyRows.push(x);
    prev = x;
  }
  return { codeRows, commentOnlyRows };
}

/**
 * ERROR and MISSING nodes as problems. An ERROR that contains another ERROR is reported through
 * the inner one only: error recovery may wrap whole valid declarations in an outer ERROR, whose
 * start says nothing about where the problem is.
 */
export function parseProblems(snap: Snapshot): ParseProblem[] {
  const out: ParseProblem[] = [];
  const visit = (n: SNode): boolean => {
    let hasError = false;
    for (const c of n.k) if (visit(c)) hasError = true;
    if (n.missing) {
      out.push({ line: snap.row(n.s), col: snap.col(n.s), message: `missing \`${n.t}\`` });
      return true;
    }
    if (n.t === 'ERROR') {
      if (!hasError) {
        out.push({ line: snap.row(n.s), col: snap.col(n.s), message: `syntax error near \`${nearText(snap, n)}\`` });
      }
      return true;
    }
    return hasError;
  };
  visit(snap.root);
  out.sort((a, b) => a.line - b.line || a.col - b.col);
  return out;
}

function nearText(snap: Snapshot, n: SNode): string {
  const raw = snap.src.slice(n.s, Math.min(n.e, n.s + 60)).replace(/\s+/g, ' ').trim();
  return raw.length > 24 ? `${raw.slice(0, 24)}…` : raw;
}
