// Change-scoped analysis across the versions of one path (issue 14 items 1 and 3: "a new version
// of a file = the previous version's analysis + re-extraction of only the declarations the change
// touches"). A `CarryOver` holds what analysing one version of a path produced, per declaration:
// the top-level chunk results (analyze.ts) and the walked class members (syntax-snapshot.ts
// SubtreeReuse, whose replayed per-member results typescript.ts keeps on them). Analysing the
// next version of the same path with it re-extracts only the top-level statements and class
// members whose text differs — the ones a diff hunk touches; every other one is carried over and
// placed at its new rows by the same code that places a cached chunk or an opaque member.
//
// Why not the shared caches alone: they are keyed the same way but bounded for the editor (32 MiB
// of chunks, 1 M characters of members), and a history walk analyses tens of megabytes of other
// files between two versions of `lib/Compilation.js`, so by the time its next version comes the
// class's members are gone (measured on webpack's last 200 commits: re-extracting a changed big
// class cost 0.31 µs per character, as much as a cold analysis); and chunks of 16 K characters
// or more enter the chunk cache only on a second sighting, so an unchanged big class was
// re-extracted once per pair. A carry-over is per path and goes away with the path's tree
// (engine/version-trees.ts): bounded with it, and nothing is copied to fill it — it holds
// references to results the analysis built anyway.
//
// Exactness: an entry is found by exactly the key of the shared caches (language, node type,
// column, doc comment and the declaration's whole text for chunks; grammar, node type and text
// for members) and under the same conditions (error-free), so a carried declaration is one the
// shared cache could have returned; docs/history-walk.md "Change-scoped analysis", tests:
// test/unit/carry-over.property.test.ts (random edit chains ≡ a fresh analysis with no cache).
import type { ChunkResult } from './extractor';
import type { Lang } from './types';

/**
 * A walked member as syntax-snapshot.ts stores it (its StoredSubtree; only the node type is read
 * here — importing the type would make the two modules a cycle).
 */
export interface CarriedMember {
  t: string;
}

interface CarriedChunk {
  lang: Lang;
  type: string;
  col: number;
  doc: string;
  result: ChunkResult;
}

/** What one analysed version of a path leaves for the next: its declarations by text. */
export class CarryOver {
  /** Error-free top-level chunk results by node text. */
  readonly chunks = new Map<string, CarriedChunk[]>();
  /** Class members (and other reusable subtrees) walked or placed, by node text. */
  readonly members = new Map<string, CarriedMember[]>();
  /** Characters of declaration text held (keys), for the owner's budget. */
  chars = 0;
  /** Chunks and members found here (tests check that carrying really happens; benchmarks). */
  chunkHits = 0;
  memberHits = 0;

  getChunk(lang: Lang, type: string, col: number, doc: string, text: string): ChunkResult | undefined {
    const list = this.chunks.get(text);
    if (!list) return undefined;
    for (const e of list) {
      if (e.col === col && e.type === type && e.lang === lang && e.doc === doc) {
        this.chunkHits++;
        return e.result;
      }
    }
    return undefined;
  }

  setChunk(lang: Lang, type: string, col: number, doc: string, text: string, result: ChunkResult): void {
    const list = this.chunks.get(text);
    if (list) {
      for (const e of list) if (e.col === col && e.type === type && e.lang === lang && e.doc === doc) return;
      if (list.length >= 16) return; // bounded per text, as the chunk cache (issue 11 item 2)
      list.push({ lang, type, col, doc, result });
    } else {
      this.chunks.set(text, [{ lang, type, col, doc, result }]);
      this.chars += text.length;
    }
  }

  getMember(t: string, text: string): CarriedMember | undefined {
    const hit = this.members.get(text)?.find((x) => x.t === t);
    if (hit) this.memberHits++;
    return hit;
  }

  setMember(text: string, v: CarriedMember): void {
    const list = this.members.get(text);
    if (list) {
      if (list.includes(v)) return;
      if (list.length >= 16) return;
      list.push(v);
    } else {
      this.members.set(text, [v]);
      this.chars += text.length;
    }
  }
}

/**
 * The carry-overs of the analysis running now (analyzeTree sets them for its duration; analysis
 * is synchronous, so a module-level slot is exact). `prev`: the previous version's, read;
 * `next`: this version's, filled with every declaration found or extracted.
 */
export interface ActiveCarry {
  prev: CarryOver | undefined;
  /** Omitted when nothing will follow this version (the head of a pair). */
  next?: CarryOver;
}

let active: ActiveCarry | undefined;

export function activeCarry(): ActiveCarry | undefined {
  return active;
}

/** Run `f` with `carry` active (restores the previous slot: analyses do not nest today, but may). */
export function withCarry<T>(carry: ActiveCarry | undefined, f: () => T): T {
  const before = active;
  active = carry;
  try {
    return f();
  } finally {
    active = before;
  }
}
