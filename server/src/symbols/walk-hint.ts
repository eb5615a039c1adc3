// Where an editor buffer changed since its last analysis, handed to the snapshot walk so that a
// keystroke in one method of a large class does not move the tree cursor over the class's other
// members (issue 14: "edit cost proportional to the edited member, not the enclosing class").
//
// The walk of a class body (syntax-snapshot.ts) crosses the wasm boundary several times per
// member — a sibling step, its type, its range — even when every member but one is replayed from
// the member cache: ~2.9 ms per keystroke in webpack's lib/Compilation.js (~150 members; LSP
// profile, thirteenth pass). With this hint, the members of a body walked at the previous
// analysis that lie outside the edit and outside tree-sitter's changed ranges are taken from
// that walk (positions shifted by the edit); only the members around the edit are walked.
//
// Why that is exact: outside the edited text the characters are the same; outside the changed
// ranges "characters have identical ancestor nodes in both trees" (tree-sitter,
// ts_tree_get_changed_ranges), so such a member is the same node with the same subtree and the
// same text, shifted. Both conditions are checked with a one-character margin, and the walk
// checks where it lands against what the earlier walk predicts (any surprise: a full walk).
import type { ChangedRange } from '../parsing/changed-ranges';

/** What this module reads of a walked node (syntax-snapshot.ts SNode; not imported: a cycle). */
export interface WalkedNode {
  t: string;
  s: number;
  e: number;
}

/**
 * The class bodies of one walk, as it left them, and the stored subtrees its opaque members stand
 * for (syntax-snapshot.ts SNode → StoredSubtree); their positions plus `shift` are positions in
 * the previous buffer text.
 */
export interface WalkRecord {
  bodies: WalkedNode[];
  opaque: ReadonlyMap<WalkedNode, unknown>;
  shift: number;
  /** Extent of the bodies, as walked. */
  lo: number;
  hi: number;
}

/** The previous text's [lo, hiOld) became the new text's [lo, hiNew); everything else is unchanged. */
export interface EditWindow {
  lo: number;
  hiOld: number;
  hiNew: number;
}

export interface WalkHint extends EditWindow {
  /** tree-sitter's changed ranges of the new tree against the previous one (new positions). */
  changed: readonly ChangedRange[];
  prev: readonly WalkRecord[];
  /** Filled by the walks of this analysis (syntax-snapshot.ts), for the next one. */
  next: WalkRecord[];
}

let active: WalkHint | undefined;

/** The hint of the analysis running now, if its caller gave one (the editor's host only). */
export function activeWalkHint(): WalkHint | undefined {
  return active;
}

export function withWalkHint<T>(hint: WalkHint, fn: () => T): T {
  const outer = active;
  active = hint;
  try {
    return fn();
  } finally {
    active = outer;
  }
}

/**
 * The window of `w` followed by an edit replacing the (current) text's [start, oldEnd) with
 * newEnd - start characters: one window covering both, in the terms of the text before `w`.
 */
export function composeWindow(w: EditWindow | undefined, start: number, oldEnd: number, newEnd: number): EditWindow {
  if (!w) return { lo: start, hiOld: oldEnd, hiNew: newEnd };
  const delta = w.hiNew - w.hiOld;
  const lo = Math.min(w.lo, start);
  // The current text's oldEnd, when past w's window, is the earlier text's oldEnd - delta.
  const hiOld = Math.max(w.hiOld, oldEnd - delta);
  const hiNew = Math.max(w.hiNew, oldEnd) + (newEnd - oldEnd);
  return { lo, hiOld, hiNew };
}

/** A position of the previous text in the new one; undefined inside the window (or on its edges). */
export function mapPosition(h: EditWindow, x: number): number | undefined {
  if (x < h.lo) return x;
  if (x > h.hiOld) return x + h.hiNew - h.hiOld;
  return undefined;
}

/** Is new-text range [s, e] clear of the edit and of every changed range, with a one-character margin? */
export function clearOfChanges(h: WalkHint, s: number, e: number): boolean {
  if (!(e < h.lo || s > h.hiNew)) return false;
  for (const r of h.changed) if (!(e < r.startIndex || s > r.endIndex)) return false;
  return true;
}

/** The earlier walk's body of this type now at [s, e), and the record it belongs to. */
export function findBody(h: WalkHint, type: string, s: number, e: number): { body: WalkedNode; record: WalkRecord } | undefined {
  for (const r of h.prev) {
    for (const b of r.bodies) {
      if (b.t === type && mapPosition(h, b.s + r.shift) === s && mapPosition(h, b.e + r.shift) === e) return { body: b, record: r };
    }
  }
  return undefined;
}

/** At most this many walks are remembered per buffer (most recent first). */
const MAX_RECORDS = 8;

/**
 * The records to keep after an analysis under `h`: the new walks, then the earlier ones that lie
 * wholly clear of the changes (shifted past the edit when they come after it); a record touching
 * the changes was either walked again (in `next`) or is stale.
 */
export function nextRecords(h: WalkHint): WalkRecord[] {
  const out = [...h.next];
  for (const r of h.prev) {
    if (out.length >= MAX_RECORDS) break;
    const lo = mapPosition(h, r.lo + r.shift);
    const hi = mapPosition(h, r.hi + r.shift);
    if (lo === undefined || hi === undefined || hi - lo !== r.hi - r.lo || !clearOfChanges(h, lo, hi)) continue;
    out.push({ ...r, shift: lo - r.lo });
  }
  return out;
}
