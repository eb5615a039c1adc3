// A plain-JS copy of one tree-sitter subtree, taken with a single cursor walk (spec §3.1 needs
// many looks at the same nodes; each look through the wasm boundary costs ~1 µs, a look at a
// JS object costs nothing). Language-neutral: the TypeScript and Python extractors both read
// top-level chunks through it. Also owns what every extractor derives from the leaf tokens
// alone: per-row code text, comment-only rows, body token lists and ERROR/MISSING problems.
// Rows are RELATIVE to the snapshot root's first row (the ChunkResult convention of analyze.ts);
// columns are absolute, in UTF-16 code units like tree-sitter's own (web-tree-sitter parses JS
// strings as UTF-16, so indices are string indices).
import { knownLineStarts, rowOf } from '../util/line-starts';
import type { Language, Node } from 'web-tree-sitter';
import { createHash } from 'node:crypto';
import { sha256Hex } from '../util/hash';
import type { ParseProblem, Span } from './types';
import { MAX_TREE_DEPTH, NestingTooDeep } from './nesting-budget';
import { activeCarry } from './carry-over';
import { flatCopy } from '../util/flat-strings';
import type { LazyTokens } from './lazy-tokens';
import { activeWalkHint, findBody, mapPosition, type WalkHint } from './walk-hint';

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
/**
 * Children of an opaque member (see SubtreeReuse): a reused member that the walk did not copy.
 * Identified by this array (`n.k === OPAQUE`), so SNode keeps one shape; never walked into.
 */
export const OPAQUE: SNode[] = [];
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
  /** Opaque members of this snapshot (`n.k === OPAQUE`) and the stored subtree each stands for. */
  opaque: Map<SNode, StoredSubtree>;
  /**
   * Members this walk crossed the wasm boundary for and stored (SubtreeReuse), by their walked
   * node: the extractor records their results under the stored subtree as it extracts them
   * (typescript.ts capturedMember), so the next version, where they are opaque, replays them.
   */
  stored: Map<SNode, StoredSubtree>;
}

/**
 * What the leaf-level consumers (tokensIn, rowsOf, codeText) need from an opaque member, relative
 * to its start: computed once per stored subtree from its own text.
 */
export interface MemberLeaves {
  /** Code token texts (comments dropped), in document order. */
  tokens: string[];
  /** 1 where the token's node type ends in `identifier` (tokensIn drops a symbol's own name). */
  ident: Uint8Array;
  /** rowsOf's codeRows of the member alone (row 0 = the member's first row). */
  codeRows: string[];
  /** Rows touched by comments, in document order with repeats (rowsOf's raw list). */
  commentRows: number[];
  /** Comment leaves as [start, end) offset pairs relative to the member's start. */
  comments: number[];
  /** `tokens.join(' ')`, computed on first use (hash input of enclosing bodies). */
  joined?: string;
  /** Texts of the identifier-like tokens, computed on first use. */
  identNames?: Set<string>;
  /** The tokens, and them joined, without identifier-like tokens equal to the key (an enclosing symbol's name). */
  without?: Map<string, { tokens: string[]; joined: string }>;
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
  /** Member-level reuse of walked subtrees (see SubtreeReuse); undefined = always walk. */
  readonly reuse: SubtreeReuse | undefined;

  constructor(opts: {
    /** Kept as one leaf without walking inside: string literals, comments, regexes. */
    atomic: Iterable<string>;
    /** Named node types that never have children (identifiers, numbers …); anonymous ones never do. */
    namedLeaves?: Iterable<string>;
    /** Record field names only for children of these node types (all when omitted). */
    fieldParents?: Iterable<string>;
    comment?: string;
    /**
     * Reuse walked subtrees of at least `minChars` characters whose parent has one of these
     * types (class bodies, object literals, blocks): see SubtreeReuse.
     */
    reuse?: { parents: Iterable<string>; minChars: number; maxEntries?: number; opaque?: Iterable<string>; opaqueMinChars?: number };
  }) {
    this.atomic = new Set(opts.atomic);
    this.namedLeaves = new Set(opts.namedLeaves ?? []);
    this.fieldParents = opts.fieldParents ? new Set(opts.fieldParents) : undefined;
    this.comment = opts.comment ?? 'comment';
    this.reuse = opts.reuse ? new SubtreeReuse(opts.reuse.parents, opts.reuse.minChars, opts.reuse.maxEntries ?? 8000, undefined, opts.reuse.opaque, opts.reuse.opaqueMinChars) : undefined;
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

/** A walked subtree stored with positions relative to its start (its root has `p` null). */
export interface StoredSubtree {
  t: string;
  root: SNode;
  /**
   * The subtree's text, a flat copy: a slice of the file version it was walked in would keep
   * that whole version alive as long as the entry (issue 14: memory flat under typing).
   */
  text: string;
  /** Leaf-level aggregates of an opaque member, computed on first use (memberLeaves). */
  agg?: MemberLeaves;
  /** The extractor's results for this member, per extraction context (typescript.ts). */
  results?: Map<string, unknown>;
  /** The context and result of the member's last replay, checked before `results` (typescript.ts). */
  last?: unknown;
}

// flatCopy moved to util/flat-strings.ts (the chunk cache needs it too); re-exported for importers.
export { flatCopy } from '../util/flat-strings';

/** Fingerprints of once-walked subtrees per generation (SubtreeReuse.secondSighting). */
const SEEN_ONCE = 4096;

/**
 * Member-level cache of walked subtrees (the TypeScript counterpart of py-flat.ts's member
 * cache). The chunk cache of analyze.ts is per top-level statement, so a one-character edit in
 * one method of a 70-line class re-walks the whole class through the wasm boundary (~1–1.8 ms);
 * with this cache the walk copies the unchanged members (any large child of a class body,
 * object literal or block) from an earlier walk and crosses the wasm boundary only for the
 * changed one. The extractor then runs over a snapshot that is node for node the one a full
 * walk yields, so every derived result (class body tokens/hash, calls, metrics, code rows,
 * parse errors …) is exactly a full extraction's.
 *
 * Keyed by grammar + node type + node text. The copy of a subtree depends only on the subtree
 * (tree-sitter's node types, fields and ranges) and its own text, provided that (a) only
 * whitespace separates it from the previous leaf (the anonymous-token scan starts there), (b)
 * all its nodes lie inside its range, and (c) it holds no ERROR/MISSING node — checked when
 * storing; (a) and "the node has no error" are checked again on a hit.
 */
export class SubtreeReuse {
  readonly parents: ReadonlySet<string>;
  /**
   * Parents whose reused members are left opaque instead of copied (OPAQUE): the extractor
   * replays its stored per-member results and the leaf consumers use MemberLeaves, so an
   * unchanged member costs O(1) objects instead of a copy of its subtree (issue 14: a keystroke
   * in a 6,500-line class must not rebuild the class).
   */
  readonly opaqueParents: ReadonlySet<string>;
  /**
   * The size from which a member of an opaque parent is looked up (and stored), usually below
   * `minChars`: an opaque member costs one lookup and one node whatever its size, while a small
   * member left to the walk costs a cursor step and a node per token on every keystroke in its
   * class, and its extraction again (issue 14, eleventh pass: webpack's Compilation class has 22
   * members under 200 characters, ~720 nodes, re-walked and re-extracted on every keystroke).
   */
  readonly opaqueMinChars: number;
  /** Off: every subtree is walked (tests compare against this). */
  enabled = true;
  /** Subtrees placed from the cache so far (tests check that reuse really happens). */
  hits = 0;
  /**
   * Per grammar, two generations keyed by text, and the young one's entries again by text length
   * (`youngByLength`, in the same order): a hit is found there by comparing the candidate's flat
   * text with the walked slice, never hashing the slice — a Map lookup hashed every member's text
   * on every keystroke, ~175 K characters in webpack's Compilation class (issue 14, eleventh pass).
   */
  private byLang = new WeakMap<Language, { young: Map<string, StoredSubtree[]>; youngByLength: Map<number, StoredSubtree[]>; old: Map<string, StoredSubtree[]>; size: number; chars: number }>();
  /** Fingerprints of subtrees an incremental walk walked once and did not store (secondSighting). */
  private seen = new WeakMap<Language, { young: Set<string>; old: Set<string> }>();
  /** Member slots (`type@offset`) the last re-analysis walked, per grammar (storeWalked). */
  private walked = new WeakMap<Language, Set<string>>();

  /**
   * @param max entries of both generations together
   * @param maxChars characters of subtree text of both generations together (issue 14: bounded
   *   by size, not only entries — an edit deep in a large class stores every enclosing block
   *   again, each subtree ~30 bytes of node objects per character)
   */
  constructor(parents: Iterable<string>, readonly minChars: number, private readonly max: number, private readonly maxChars = 1_000_000, opaque: Iterable<string> = [], opaqueMinChars = minChars) {
    this.parents = new Set(parents);
    this.opaqueParents = new Set(opaque);
    this.opaqueMinChars = opaqueMinChars;
  }

  private gen(lang: Language) {
    let g = this.byLang.get(lang);
    if (!g) {
      g = { young: new Map(), youngByLength: new Map(), old: new Map(), size: 0, chars: 0 };
      this.byLang.set(lang, g);
    }
    return g;
  }

  get(lang: Language, t: string, text: string): StoredSubtree | undefined {
    // The path's previous version first (carry-over.ts): its members survive whatever else was
    // analysed in between; whatever is found is carried on to the next version.
    const carry = activeCarry();
    const carried = carry?.prev?.getMember(t, text) as StoredSubtree | undefined;
    // `.root` is read to materialise a lazily stored copy (lazyStored below); null = unusable, a miss.
    // Re-stored under the entry's own (flat) text, never under `text`: a slice of the version
    // being walked, which as a Map key kept that whole buffer alive as long as the entry (issue
    // 14, ninth pass: a heap snapshot after 210 keystrokes in webpack's Compilation.js held a
    // dozen 400 K-character versions through the member cache's keys).
    if (carried && carried.root) {
      carry!.next?.setMember(carried.text, carried);
      return carried;
    }
    const g = this.gen(lang);
    // The first young entry of this type and text, as g.young.get(text) would list it: the
    // same-length list holds the young entries in the order set() added them.
    let hit: StoredSubtree | undefined;
    const sameLength = g.youngByLength.get(text.length);
    if (sameLength) {
      for (let i = 0; i < sameLength.length; i++) {
        const x = sameLength[i];
        if (x.t === t && x.text === text && x.root) {
          hit = x;
          break;
        }
      }
    }
    if (hit) {
      carry?.next?.setMember(hit.text, hit);
      return hit;
    }
    const o = g.old.get(text)?.find((x) => x.t === t && x.root);
    if (o) this.set(lang, o.text, o);
    return o;
  }

  set(lang: Language, text: string, v: StoredSubtree): void {
    activeCarry()?.next?.setMember(text, v);
    const g = this.gen(lang);
    if (text.length > this.maxChars / 2) return;
    if (g.size >= this.max / 2 || g.chars + text.length > this.maxChars / 2) {
      g.old = g.young;
      g.young = new Map();
      g.youngByLength = new Map();
      g.size = 0;
      g.chars = 0;
    }
    g.chars += text.length;
    const list = g.young.get(text);
    if (list) list.push(v);
    else g.young.set(text, [v]);
    const sameLength = g.youngByLength.get(text.length);
    if (sameLength) sameLength.push(v);
    else g.youngByLength.set(text.length, [v]);
    g.size++;
  }

  /**
   * Whether a walked subtree was walked before under the same grammar, type and text (then it is
   * forgotten here: the caller stores it); else it is remembered as seen once. A fingerprint
   * (length and a 32-bit hash of the text) stands for the text, so nothing here keeps a version
   * alive; a collision only stores a subtree one sighting early. Bounded: two generations of
   * SEEN_ONCE fingerprints.
   */
  secondSighting(lang: Language, t: string, src: string, s: number, e: number): boolean {
    let h = 0x811c9dc5;
    for (let i = s; i < e; i++) h = Math.imul(h ^ src.charCodeAt(i), 0x01000193);
    const key = `${t}\u0000${e - s}\u0000${h >>> 0}`;
    let g = this.seen.get(lang);
    if (!g) {
      g = { young: new Set(), old: new Set() };
      this.seen.set(lang, g);
    }
    if (g.young.delete(key) || g.old.delete(key)) return true;
    if (g.young.size >= SEEN_ONCE) {
      g.old = g.young;
      g.young = new Set();
    }
    g.young.add(key);
    return false;
  }

  /** Whether the previous re-analysis walked a member at `slot` (its node type and offset). */
  walkedLast(lang: Language, slot: string): boolean {
    return this.walked.get(lang)?.has(slot) ?? false;
  }

  /** The slots a re-analysis walked: what the next one compares with. */
  setWalked(lang: Language, slots: Set<string>): void {
    this.walked.set(lang, slots);
  }

  /** Drop everything (tests). */
  clear(): void {
    this.byLang = new WeakMap();
    this.seen = new WeakMap();
    this.walked = new WeakMap();
  }
}

/**
 * Copy of `n`'s subtree with positions shifted by `delta`; null when a node leaves [lo, hi).
 * Opaque members inside it are expanded from their stored subtrees (`opaque`): a stored
 * subtree is always complete.
 */
function cloneShifted(n: SNode, parent: SNode | null, delta: number, lo: number, hi: number, opaque: ReadonlyMap<SNode, StoredSubtree>): SNode | null {
  if (n.s < lo || n.e > hi) return null;
  if (n.k === OPAQUE) {
    const entry = opaque.get(n);
    if (!entry) return null;
    const c = placeStored(entry.root, parent, n.s + delta, null, '');
    c.f = n.f;
    return c;
  }
  const c: SNode = { t: n.t, s: n.s + delta, e: n.e + delta, f: n.f, k: NO_KIDS, p: parent, missing: n.missing };
  if (n.k.length > 0) {
    const kids: SNode[] = new Array(n.k.length);
    for (let i = 0; i < n.k.length; i++) {
      const k = cloneShifted(n.k[i], c, delta, lo, hi, opaque);
      if (!k) return null;
      kids[i] = k;
    }
    c.k = kids;
  }
  return c;
}

// ---- Lazily copied stored subtrees (issue 14, sixth pass: the cold versions of a history walk) ----
// A first (cold) analysis in a walk stores every member of ≥ 200 characters under a class body,
// object or block (SubtreeReuse), each one a copy of its whole subtree — and a member nested in
// another is copied again with its parent: 661 ms of webpack's 200-commit walk was cloneShifted
// alone, plus its garbage. Most of those copies are never read: a member is reused only when
// the same path's next version (or the head of the pair) has it in a chunk that changed. In a
// walk (a carry-over is active) the copy is made on first use instead, from the walked nodes,
// which nothing mutates once their member is complete (the walk fixes ranges bottom-up and the
// extractors only read): the copy is node for node the one store() would have made then.
// The price: until then an entry keeps the walked chunk's nodes alive (not its text).

/** A stored subtree whose `root` is cloneShifted(n, …) made on first read (null if it left [lo, hi)). */
function lazyStored(t: string, n: SNode, lo: number, hi: number, opaque: ReadonlyMap<SNode, StoredSubtree>, text: string): StoredSubtree {
  let from: SNode | null = n;
  let inside: ReadonlyMap<SNode, StoredSubtree> | null = opaque;
  let copy: SNode | null = null;
  return {
    t,
    text,
    get root(): SNode {
      if (from) {
        copy = cloneShifted(from, null, -lo, lo, hi, inside as ReadonlyMap<SNode, StoredSubtree>);
        from = null;
        inside = null;
      }
      return copy as SNode;
    },
  };
}

/** Copy of a stored subtree placed at `at`, its leaves appended to `leaves` (the walk's pushLeaf rule) unless null. */
function placeStored(n: SNode, parent: SNode | null, at: number, leaves: SNode[] | null, commentType: string): SNode {
  const c: SNode = { t: n.t, s: n.s + at, e: n.e + at, f: n.f, k: NO_KIDS, p: parent, missing: n.missing };
  if (n.k.length > 0) {
    const kids: SNode[] = new Array(n.k.length);
    for (let i = 0; i < n.k.length; i++) kids[i] = placeStored(n.k[i], c, at, leaves, commentType);
    c.k = kids;
  } else if (leaves && (c.e > c.s || c.t === commentType)) {
    leaves.push(c);
  }
  return c;
}

/** `base` and the line starts in (base, end]. */
function chunkLineStarts(src: string, base: number, end: number): number[] {
  const starts: number[] = [base];
  for (let i = src.indexOf('\n', base); i !== -1 && i < end; i = src.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function onlyWhitespace(src: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!WS.test(src[i])) return false;
  return true;
}

/**
 * Copy `node`'s subtree with one cursor walk. Interior nodes cost a type read and a move (their
 * range is their children's: tree-sitter nodes span exactly their children); leaves also read
 * their range. Field names are read only under `spec.fieldParents`.
 */
export function snapshot(node: Node, src: string, spec: SnapshotSpec): Snapshot {
  // The editor's hint (walk-hint.ts): class bodies of the previous walk taken around the edit.
  const hint = spec.reuse !== undefined && spec.reuse.enabled && !activeCarry() ? activeWalkHint() : undefined;
  if (hint !== undefined) {
    try {
      return walkSnapshot(node, src, spec, hint);
    } catch (e) {
      if (!(e instanceof HintMismatch)) throw e;
      walkHintStats.mismatches++;
    }
  }
  return walkSnapshot(node, src, spec, undefined);
}

/** The tree is not where the earlier walk said it would be: walk again without the hint. */
class HintMismatch extends Error {}

/** What the walk took from the editor's hints (tests check that it really happens). */
export const walkHintStats = { bodies: 0, reused: 0, mismatches: 0 };

/** Chunks from this size on leave their class bodies to the next analysis (walk-hint.ts). */
const HINT_MIN_CHARS = 4096;

function walkSnapshot(node: Node, src: string, spec: SnapshotSpec, hint: WalkHint | undefined): Snapshot {
  const base = node.startIndex;
  const baseCol = node.startPosition.column;
  const end = node.endIndex;
  // Line starts inside the chunk: rows are found by binary search (cheaper than a wasm call).
  // A large chunk of the editor's buffer reads the buffer's recorded starts (no copy: its rows are
  // the file's rows less the chunk's first), anything else scans the chunk.
  const file = end - base < 4096 ? undefined : knownLineStarts(src);
  const starts = file ?? chunkLineStarts(src, base, end);
  const baseRow = file ? rowOf(file, base) : 0;
  const row = (index: number): number => rowOf(starts, index) - baseRow;
  const col = (index: number): number => {
    const r = row(index);
    return r === 0 ? baseCol + index - base : index - starts[r + baseRow];
  };

  const lang = node.tree.language;
  const types = lang.types;
  const fields = lang.fields;
  const isLeaf = spec.leafTable(lang);
  const fieldParents = spec.fieldParents;
  const commentType = spec.comment;
  const leaves: SNode[] = [];
  const opaque = new Map<SNode, StoredSubtree>();
  const stored = new Map<SNode, StoredSubtree>();
  /** End of the last leaf seen: the next leaf starts after whitespace only (comments are leaves). */
  let lastEnd = base;

  const reuse = spec.reuse;
  // An error anywhere in the chunk: a reused member must itself be error-free in the new tree.
  const chunkHasError = reuse !== undefined && node.hasError;
  /** Members being walked that are stored when their subtree is complete. */
  const pending: { n: SNode; s: number; e: number; bad: number }[] = [];
  /** ERROR and MISSING nodes seen so far. */
  let bad = 0;
  /** Set by enter() when it placed a stored subtree (complete: no walk below it). */
  let reused = false;
  /** Stored subtrees placed by this walk, and the walked members to store when it is done. */
  let walkHits = 0;
  const toStore: { n: SNode; s: number; e: number; bad: number }[] = [];

  /** Class bodies this walk completed: handed to the next analysis when it has a hint. */
  const bodies: SNode[] = [];
  /**
   * Bodies entered with a hint whose last children come from the earlier walk: where the first
   * of them starts and ends now, the earlier nodes, and what to add to their positions.
   */
  const tails = new Map<SNode, { at: number; end: number; kids: readonly SNode[]; d: number; from: ReadonlyMap<SNode, StoredSubtree> }>();

  const cursor = node.walk();
  /** Depth of the cursor below the chunk's node (issue 11: bounded, see nesting-budget.ts). */
  let depth = 0;

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
        descend = false;
        // 1: all of cur's children came from the earlier walk (the cursor is still on cur);
        // 2: its children up to the edit did, and the cursor is on the last of them (cur).
        const via = hint !== undefined && cur !== root && reuse!.opaqueParents.has(cur.t) ? hintedBody(cur) : 0;
        if (via === 0) {
          if (cursor.gotoFirstChild()) {
            if (++depth > MAX_TREE_DEPTH) throw new NestingTooDeep(depth);
            if (tails.size === 0 || !tailAt(cur)) {
              const child = enter(cur);
              cur.k = [child];
              cur = child;
              descend = child.e < 0; // range unknown = interior node: try its children
              if (!descend && !reused) pushLeaf(child);
              continue;
            }
          } else {
            // A named node without children (`this`, a MISSING identifier …): read its range now.
            if (cur !== root) readRange(cur);
            pushLeaf(cur);
            if (pending.length && pending[pending.length - 1].n === cur) pending.pop();
          }
        }
      }
      // Next sibling; parents whose children are all done get their range from them.
      for (;;) {
        if (cur === root) return done();
        const parent = cur.p as SNode;
        if (cursor.gotoNextSibling()) {
          // The first child of the earlier walk's tail: the rest of the body is taken from it.
          if (tails.size !== 0 && tailAt(parent)) continue;
          const sib = enter(parent);
          parent.k.push(sib);
          cur = sib;
          descend = sib.e < 0;
          if (!descend && !reused) pushLeaf(sib);
          break;
        }
        // A body whose tail never came: the tree is not what the earlier walk predicts.
        if (tails.size !== 0 && tails.has(parent)) throw new HintMismatch();
        cursor.gotoParent();
        depth--;
        parent.s = parent.k[0].s;
        parent.e = parent.k[parent.k.length - 1].e;
        cur = parent;
        if (hint !== undefined && reuse!.opaqueParents.has(parent.t)) bodies.push(parent);
        if (pending.length && pending[pending.length - 1].n === parent) store(pending.pop()!);
      }
    }
  } finally {
    cursor.delete();
  }

  /** Create the node the cursor has just moved onto; leaves get their range at once. */
  function enter(parent: SNode): SNode {
    reused = false;
    const id = cursor.nodeTypeId;
    const t = types[id] ?? 'ERROR';
    if (t === 'ERROR') bad++;
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
    } else if (reuse !== undefined && reuse.enabled && reuse.parents.has(parent.t)) {
      return member(n);
    }
    return n;
  }

  /** An interior child of a reuse parent: place a stored copy, or walk it and store it after. */
  function member(n: SNode): SNode {
    const s = cursor.startIndex;
    const e = cursor.endIndex;
    const m = cachedMember(n.t, n.f, n.p as SNode, s, e, chunkHasError);
    if (m) {
      reused = true;
      return m;
    }
    if (m === null) pending.push({ n, s, e, bad });
    return n;
  }

  /**
   * The member cache's answer for a member of a reuse parent at [s, e) (the cursor on it when
   * `checkError`): undefined when it is not looked up (too small, or not after whitespace only),
   * null on a miss (or a hit that may hold an error here), else the opaque or placed node.
   */
  function cachedMember(t: string, f: string | null, parent: SNode, s: number, e: number, checkError: boolean): SNode | null | undefined {
    const r = spec.reuse as SubtreeReuse;
    // Decorators keep the general threshold: the extractor reads them as siblings of the member
    // they decorate (typescript.ts classBody), never as members of their own.
    const min = t !== 'decorator' && r.opaqueParents.has(parent.t) ? r.opaqueMinChars : r.minChars;
    if (e - s < min || !onlyWhitespace(src, lastEnd, s)) return undefined;
    const hit = r.get(lang, t, src.slice(s, e));
    if (!hit || (checkError && cursor.currentNode.hasError)) return null;
    if (r.opaqueParents.has(parent.t) && !afterDecorator(parent.k)) return opaqueNode(t, s, e, f, parent, hit);
    const placed = placeStored(hit.root, parent, s, leaves, commentType);
    placed.f = f;
    lastEnd = e;
    r.hits++;
    walkHits++;
    return placed;
  }

  /**
   * A class body `P` (the cursor on it) that the earlier walk saw (walk-hint.ts): its children
   * clear of the changes before them are copied from that walk now, those after them once the
   * walk of the rest reaches them (tailAt). 0: no such body; 1: every child copied, P complete;
   * 2: the cursor moved onto the last child copied, which is `cur`.
   */
  function hintedBody(P: SNode): 0 | 1 | 2 {
    const h = hint as WalkHint;
    const s = cursor.startIndex;
    const e = cursor.endIndex;
    const found = findBody(h, P.t, s, e);
    if (!found) return 0;
    // The records are this module's own walks (done() below): SNodes and their stored subtrees.
    const kids = (found.body as SNode).k;
    const shift = found.record.shift;
    const from = found.record.opaque as ReadonlyMap<SNode, StoredSubtree>;
    // The changes inside P (new positions): the edit and tree-sitter's changed ranges.
    let minD = Infinity;
    let maxD = -Infinity;
    if (!(h.hiNew < s || h.lo > e)) {
      minD = h.lo;
      maxD = h.hiNew;
    }
    for (const r of h.changed) {
      if (r.endIndex < s || r.startIndex > e) continue;
      if (r.startIndex < minD) minD = r.startIndex;
      if (r.endIndex > maxD) maxD = r.endIndex;
    }
    walkHintStats.bodies++;
    // Children wholly before the changes, with a one-character margin, and wholly after them.
    // (The kids lie inside P: minD / maxD bound every change that can reach them.)
    let a = 0;
    while (a < kids.length) {
      const ke = mapPosition(h, kids[a].e + shift);
      if (ke === undefined || !(ke < minD)) break;
      a++;
    }
    let b = kids.length;
    while (b > a) {
      const ks = mapPosition(h, kids[b - 1].s + shift);
      if (ks === undefined || !(ks > maxD)) break;
      b--;
    }
    P.k = [];
    if (a > 0) {
      const d = (mapPosition(h, kids[0].s + shift) as number) - kids[0].s;
      for (let i = 0; i < a; i++) P.k.push(copyKid(kids[i], P, d, from));
    }
    if (a === kids.length) {
      P.s = s;
      P.e = e;
      bodies.push(P);
      return 1;
    }
    if (b < kids.length) {
      const d = (mapPosition(h, kids[b].s + shift) as number) - kids[b].s;
      tails.set(P, { at: kids[b].s + d, end: kids[b].e + d, kids: kids.slice(b), d, from });
    }
    if (a === 0) return 0;
    // Onto the last child copied, one sibling step each (a step is one wasm call; a walked member
    // costs five and a lookup). Not gotoFirstChildForIndex: web-tree-sitter 0.25.10's glue writes
    // its goal where the wasm side does not read it (TRANSFER_BUFFER + SIZE_OF_CURSOR vs the
    // fourth pointer slot), so it lands on the first child whatever the goal.
    const last = P.k[a - 1];
    if (!cursor.gotoFirstChild()) throw new HintMismatch();
    if (++depth > MAX_TREE_DEPTH) throw new NestingTooDeep(depth);
    for (let i = 1; i < a; i++) if (!cursor.gotoNextSibling()) throw new HintMismatch();
    if (cursor.startIndex !== last.s || cursor.endIndex !== last.e) throw new HintMismatch();
    cur = last;
    return 2;
  }

  /**
   * The cursor just moved onto a child of `parent`: when it is where the earlier walk's tail of
   * `parent` starts, the tail is copied, the cursor moved onto parent's last child and `cur` set
   * to it. Landing past that start, or on a node of another extent, means the tree differs.
   */
  function tailAt(parent: SNode): boolean {
    const t = tails.get(parent);
    if (t === undefined) return false;
    const s = cursor.startIndex;
    if (s < t.at) return false;
    if (s !== t.at || cursor.endIndex !== t.end) throw new HintMismatch();
    tails.delete(parent);
    for (const k of t.kids) parent.k.push(copyKid(k, parent, t.d, t.from));
    cursor.gotoParent();
    cursor.gotoLastChild();
    cur = parent.k[parent.k.length - 1];
    if (cursor.endIndex !== cur.e) throw new HintMismatch();
    return true;
  }

  /**
   * A child of a class body from the earlier walk, `d` characters further: what enter() would
   * make of it — an opaque member stays opaque (same stored subtree: its text is unchanged), a
   * member walked then (the one edited before) is looked up as member() does, the rest copied.
   */
  function copyKid(k: SNode, parent: SNode, d: number, from: ReadonlyMap<SNode, StoredSubtree>): SNode {
    const s = k.s + d;
    const e = k.e + d;
    walkHintStats.reused++;
    if (k.k === OPAQUE) {
      const entry = from.get(k);
      if (entry === undefined || afterDecorator(parent.k)) throw new HintMismatch();
      return opaqueNode(k.t, s, e, k.f, parent, entry);
    }
    // Error-free by the record's contract (done() records only error-free walks).
    const m = k.k.length > 0 ? cachedMember(k.t, k.f, parent, s, e, false) : undefined;
    if (m) return m;
    const c = copyTree(k, parent, d, from);
    // A miss is stored as member() stores a walked one.
    if (m === null) store({ n: c, s, e, bad });
    return c;
  }

  function opaqueNode(t: string, s: number, e: number, f: string | null, parent: SNode, entry: StoredSubtree): SNode {
    const o: SNode = { t, s, e, f, k: OPAQUE, p: parent, missing: false };
    leaves.push(o);
    opaque.set(o, entry);
    lastEnd = e;
    (reuse as SubtreeReuse).hits++;
    walkHits++;
    return o;
  }

  /** A subtree of the earlier walk `d` characters further, its leaves pushed as the walk would. */
  function copyTree(n: SNode, parent: SNode, d: number, from: ReadonlyMap<SNode, StoredSubtree>): SNode {
    if (n.k === OPAQUE) {
      const entry = from.get(n);
      if (entry === undefined) throw new HintMismatch();
      return opaqueNode(n.t, n.s + d, n.e + d, n.f, parent, entry);
    }
    const c: SNode = { t: n.t, s: n.s + d, e: n.e + d, f: n.f, k: NO_KIDS, p: parent, missing: n.missing };
    if (n.k.length > 0) {
      const kids: SNode[] = new Array(n.k.length);
      for (let i = 0; i < n.k.length; i++) kids[i] = copyTree(n.k[i], c, d, from);
      c.k = kids;
    } else {
      pushLeaf(c);
    }
    lastEnd = c.e;
    return c;
  }

  function store(m: { n: SNode; s: number; e: number; bad: number }): void {
    if (bad !== m.bad || m.n.s !== m.s || m.n.e !== m.e) return;
    if (activeCarry()) {
      // A history walk: the copy is made when the member is first reused (most never are).
      const text = flatCopy(src.slice(m.s, m.e));
      const entry = lazyStored(m.n.t, m.n, m.s, m.e, opaque, text);
      (reuse as SubtreeReuse).set(lang, text, entry);
      stored.set(m.n, entry);
      return;
    }
    // Copied once the walk is done, when it is known whether the walk reused anything.
    toStore.push(m);
  }

  /**
   * The copies of the members this walk stores. While typing, the same member is walked again at
   * every keystroke with a new text, and a copy stored per keystroke was never read (issue 14,
   * tenth pass: ≈ 380 KB per key typed in one of Compilation.js's methods, promoted and freed
   * only by a full GC). So a re-analysis after an edit (a walk that reused members) stores a
   * walked member at once only when the previous re-analysis did not walk a member of the same
   * type at the same offset; one typed in again is stored on its second sighting — the first
   * keystroke after the developer moved on, when its text stops changing. An edit that jumps to
   * another member stores it at once, as a file's first analysis stores every member.
   */
  function storeWalked(): void {
    const r = reuse as SubtreeReuse;
    const incremental = walkHits > 0;
    const slots = new Set<string>();
    for (const m of toStore) {
      if (incremental) {
        const slot = `${m.n.t}@${m.s}`;
        slots.add(slot);
        if (r.walkedLast(lang, slot) && !r.secondSighting(lang, m.n.t, src, m.s, m.e)) continue;
      }
      const root = cloneShifted(m.n, null, -m.s, m.s, m.e, opaque);
      if (!root) continue;
      const text = flatCopy(src.slice(m.s, m.e));
      const entry: StoredSubtree = { t: m.n.t, root, text };
      r.set(lang, text, entry);
      stored.set(m.n, entry);
    }
    if (incremental) r.setWalked(lang, slots);
  }

  function readRange(n: SNode): void {
    n.s = cursor.startIndex;
    n.e = cursor.endIndex;
    if (n.s === n.e) {
      n.missing = cursor.nodeIsMissing;
      if (n.missing) bad++;
    }
    lastEnd = n.e;
  }

  function done(): Snapshot {
    if (toStore.length) storeWalked();
    // Only an error-free walk predicts the next tree (a reused member is error-free by contract).
    if (hint !== undefined && bodies.length !== 0 && bad === 0 && !chunkHasError && end - base >= HINT_MIN_CHARS) {
      let lo = Infinity;
      let hi = -Infinity;
      for (const b of bodies) {
        if (b.s < lo) lo = b.s;
        if (b.e > hi) hi = b.e;
      }
      hint.next.push({ bodies, opaque, shift: 0, lo, hi });
    }
    return {
      root,
      leaves,
      src,
      row,
      col,
      span: (s, e) => ({ line: row(s), col: col(s), endLine: row(e), endCol: col(e) }),
      text: (n) => src.slice(n.s, n.e),
      opaque,
      stored,
    };
  }
}

/**
 * Would the TypeScript extractor's class-body loop attach decorators to a member here? It
 * collects `decorator` siblings and carries them over comments and `{ } ; ,` to the next member
 * (typescript.ts classBody): such a member's range starts at a sibling, so it is never opaque.
 */
function afterDecorator(prev: readonly SNode[]): boolean {
  for (let i = prev.length - 1; i >= 0; i--) {
    const t = prev[i].t;
    if (t === 'decorator') return true;
    if (t !== 'comment' && t !== '{' && t !== '}' && t !== ';' && t !== ',') return false;
  }
  return false;
}

/**
 * A snapshot of a stored subtree alone, over its own text (offset 0 = its first character):
 * node for node the part of a full walk it stands for, rows relative to its first row and
 * columns absolute given the column it starts at. The extractor runs over it to compute an
 * opaque member's results once per context.
 */
export function storedSnapshot(entry: StoredSubtree, baseCol: number, commentType = 'comment'): Snapshot {
  const src = entry.text;
  const leaves: SNode[] = [];
  const root = placeStored(entry.root, null, 0, leaves, commentType);
  const starts: number[] = [0];
  for (let i = src.indexOf('\n'); i !== -1; i = src.indexOf('\n', i + 1)) starts.push(i + 1);
  const row = (index: number): number => rowOf(starts, index);
  const col = (index: number): number => {
    const r = row(index);
    return r === 0 ? baseCol + index : index - starts[r];
  };
  return {
    root, leaves, src, row, col,
    span: (s, e) => ({ line: row(s), col: col(s), endLine: row(e), endCol: col(e) }),
    text: (n) => src.slice(n.s, n.e),
    opaque: new Map(),
    stored: new Map(),
  };
}

/** The leaf-level aggregates of an opaque member of `snap` (computed once per stored subtree). */
export function memberLeaves(snap: Snapshot, n: SNode, commentType = 'comment'): MemberLeaves {
  const entry = snap.opaque.get(n);
  if (!entry) throw new Error(`internal: opaque ${n.t} at ${n.s} has no stored subtree`);
  return (entry.agg ??= storedLeaves(entry, commentType));
}

/**
 * memberLeaves' aggregates read straight off a stored subtree: the leaves storedSnapshot would
 * list (placeStored's rule: childless nodes, zero-width ones but comments excluded, in document
 * order) and rowsRaw's rows over the subtree's own text — without placing a copy of its nodes
 * first (issue 14: in a large class each keystroke's previously edited member was copied once
 * for this and once for its extraction, ~0.4 MB per keystroke in webpack's Compilation.js).
 * A stored subtree holds no opaque node (cloneShifted expands them).
 */
function storedLeaves(entry: StoredSubtree, commentType: string): MemberLeaves {
  const src = entry.text;
  const starts = chunkLineStarts(src, 0, src.length);
  const root = entry.root;
  const codeRows = new Array<string>(rowOf(starts, root.e) + 1).fill('');
  const commentRows: number[] = [];
  const tokens: string[] = [];
  const ident: number[] = [];
  const comments: number[] = [];
  const visit = (x: SNode): void => {
    const kids = x.k;
    if (kids.length > 0) {
      for (let i = 0; i < kids.length; i++) visit(kids[i]);
      return;
    }
    if (x.t === commentType) {
      comments.push(x.s, x.e);
      const last = rowOf(starts, x.e);
      for (let r = rowOf(starts, x.s); r <= last; r++) commentRows.push(r);
      return;
    }
    if (x.e <= x.s) return;
    const text = src.slice(x.s, x.e);
    ident.push(x.t.endsWith('identifier') ? 1 : 0);
    tokens.push(text);
    const r = rowOf(starts, x.s);
    codeRows[r] = codeRows[r] ? `${codeRows[r]} ${text}` : text;
  };
  visit(root);
  return { tokens, ident: Uint8Array.from(ident), codeRows, commentRows, comments };
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
    if (l.k === OPAQUE) {
      // A whole member (nodes nest: a range that starts at or before it contains it).
      const m = memberLeaves(snap, l, commentType);
      for (let j = 0; j < m.tokens.length; j++) {
        if (dropName !== undefined && m.ident[j] && m.tokens[j] === dropName) continue;
        out.push(m.tokens[j]);
      }
      continue;
    }
    if (l.t === commentType) continue;
    const text = src.slice(l.s, l.e);
    if (dropName !== undefined && text === dropName && l.t.endsWith('identifier')) continue;
    out.push(text);
  }
  return out;
}

/**
 * tokensIn and the sha256 of `tokens.join(' ')` (a symbol's bodyTokens and bodyHash). Over a body
 * holding opaque members the hash is fed piece by piece — runs of plain tokens and each member's
 * joined tokens, computed once per member — instead of joining every token of a 6,500-line
 * class on each keystroke; the digest is the same (sha256 streams; pieces split at spaces).
 */
export function tokensAndHash(snap: Snapshot, s: number, e: number, dropName: string | undefined, commentType = 'comment'): { tokens: string[] | LazyTokens; hash: string } {
  const { leaves, src } = snap;
  // The tokens as segments: runs of plain leaves, and each opaque member's own (memoised) token
  // array — a class of 50,000 tokens was pushed token by token on every keystroke (issue 14,
  // fourth pass); with opaque members they are handed out as segments, concatenated when read
  // (lazy-tokens.ts, twelfth pass).
  let run: string[] = [];
  let segs: string[][] | undefined;
  let pieces: string[] | undefined;
  const flush = () => {
    if (run.length) {
      (segs as string[][]).push(run);
      (pieces as string[]).push(run.join(' '));
      run = [];
    }
  };
  for (let i = firstLeafAt(leaves, s); i < leaves.length; i++) {
    const l = leaves[i];
    if (l.s >= e) break;
    if (l.k === OPAQUE) {
      const m = memberLeaves(snap, l, commentType);
      segs ??= [];
      pieces ??= [];
      flush();
      if (dropName !== undefined && (m.identNames ??= identNamesOf(m)).has(dropName)) {
        const memo = (m.without ??= new Map());
        let w = memo.get(dropName);
        if (w === undefined) {
          const tokens: string[] = [];
          for (let j = 0; j < m.tokens.length; j++) if (!(m.ident[j] && m.tokens[j] === dropName)) tokens.push(m.tokens[j]);
          memo.set(dropName, (w = { tokens, joined: tokens.join(' ') }));
        }
        segs.push(w.tokens);
        if (w.joined) pieces.push(w.joined);
      } else if (m.tokens.length) {
        segs.push(m.tokens);
        pieces.push((m.joined ??= m.tokens.join(' ')));
      }
      continue;
    }
    if (l.t === commentType) continue;
    const text = src.slice(l.s, l.e);
    if (dropName !== undefined && text === dropName && l.t.endsWith('identifier')) continue;
    run.push(text);
  }
  if (!segs || !pieces) return { tokens: run, hash: sha256Hex(run.join(' ')) };
  flush();
  const h = createHash('sha256');
  for (let i = 0; i < pieces.length; i++) {
    if (i) h.update(' ', 'utf8');
    h.update(pieces[i], 'utf8');
  }
  // The members' memoised arrays are never handed out themselves: the concatenation is a copy.
  let total = 0;
  for (let i = 0; i < segs.length; i++) total += segs[i].length;
  return { tokens: { segs, total }, hash: h.digest('hex') };
}

function identNamesOf(m: MemberLeaves): Set<string> {
  const names = new Set<string>();
  for (let j = 0; j < m.tokens.length; j++) if (m.ident[j]) names.add(m.tokens[j]);
  return names;
}

/**
 * Per relative row, the code tokens starting on it joined by single spaces (a multi-line token
 * belongs to its start row), and the rows holding comment text but no code token.
 */
export function rowsOf(snap: Snapshot, commentType = 'comment'): { codeRows: string[]; commentOnlyRows: number[] } {
  const { codeRows, commentRows } = rowsRaw(snap, commentType);
  const commentOnlyRows: number[] = [];
  let prev = -1;
  for (const x of commentRows) {
    if (x !== prev && !codeRows[x]) commentOnlyRows.push(x);
    prev = x;
  }
  return { codeRows, commentOnlyRows };
}

/** rowsOf's code rows and the rows comments touch (non-decreasing, with repeats). Exported for tests. */
export function rowsRaw(snap: Snapshot, commentType: string): { codeRows: string[]; commentRows: number[] } {
  const rows = snap.row(snap.root.e) + 1;
  const codeRows = new Array<string>(rows).fill('');
  const commentRows: number[] = [];
  const { leaves, src } = snap;
  for (const l of leaves) {
    const r = snap.row(l.s);
    if (l.k === OPAQUE) {
      // An opaque member: its rows joined exactly as its leaves would have been, one by one.
      const m = memberLeaves(snap, l, commentType);
      for (let j = 0; j < m.codeRows.length; j++) {
        const text = m.codeRows[j];
        if (!text) continue;
        codeRows[r + j] = codeRows[r + j] ? `${codeRows[r + j]} ${text}` : text;
      }
      for (const x of m.commentRows) commentRows.push(r + x);
      continue;
    }
    if (l.t === commentType) {
      const last = snap.row(l.e);
      for (let x = r; x <= last; x++) commentRows.push(x);
      continue;
    }
    const text = src.slice(l.s, l.e);
    codeRows[r] = codeRows[r] ? `${codeRows[r]} ${text}` : text;
  }
  return { codeRows, commentRows };
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

