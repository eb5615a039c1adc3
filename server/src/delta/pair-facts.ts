// What the per-pair emitters compute about a paired symbol, remembered across keystrokes (issue 14,
// twelfth pass, docs/benchmarks.md): once the editor's buffer has drifted from the base, every
// keystroke re-tokenized every changed method pair of the file — hundreds in webpack's
// Compilation.js — although the keystroke changed one member. The costly per-pair questions are
// whether the own code changed (a line-by-line compare of the pair's code, both sides: the
// declaration form, the body) and whether the signature changed (alignTypes + diffSignature);
// their answers are kept here and the emitters, which stay as they were, read them. The tokens
// themselves are still built fresh on every run (no token object or array is shared between runs).
//
// The key, and why it is sound. A fact is a pure function of:
//   - the base symbol `o` and the base analysis it belongs to (its code lines, its nested
//     symbols): the memo lives on that analysis (util/own-memo.ts) and is keyed by `o`, so both
//     are the same objects. Analyses are never changed once built.
//   - of the head symbol: its name (dropped from the compared code), qualname (which symbols
//     are nested in it), range length and body start relative to its first line (which lines are
//     its own), body hash, signature and overloads. Compared field by field; the signature and the
//     overloads and metrics by reference — analyses never change a signature or metrics object
//     once extracted, so the same object is the same signature (a replayed member shares its stored one, docs/benchmarks.md eleventh
//     pass; a re-extracted one is a new object: a miss, never a wrong hit).
//   - the head analysis's code lines over the symbol's whole range (a superset of its own
//     lines from either start): compared string by string with the lines the fact was computed
//     from — exact; for a member replayed unchanged they are the same strings (the member cache's
//     stored rows), so the compare is a pointer compare per line.
//   - the symbols nested in the head symbol (ownLines masks their lines): compared by qualname
//     and range relative to the symbol's first line.
//   - the flow and type-hint facts ("emitted nothing") read the metrics and signatures of both
//     sides, and are only kept for pairs no extract/inline carried code into or out of.
//   - the signature fact also reads the change's declared renames (type-equivalence.ts): compared
//     by content; and it is only kept when it found no change and no type parameter renames were
//     needed (both signature texts equal, no overloads: emitModifySig reads no text then).
// The absolute position of the head symbol enters none of the facts: a member that moved down
// with the lines above it keeps them. Checked by test/unit/pair-facts.property.test.ts against a
// run with the memo off, over random edit sequences of a real class.
//
// Only where a run over the same base follows (ChangeSet.rememberPairFacts: the editor's host); the
// CLI and the history walk diff each base once, so they would only copy entries that no run reads.
//
// Memory: an entry holds the head symbol's strings (code lines, names) of the run that last checked
// it (replaced on every hit, so a slice of an older buffer is never kept), and entries not checked by
// the latest run over this base are dropped at its end (`sweepPairFacts`): at most one head
// version's lines are held, the one the editor holds anyway.
import type { FileAnalysis, SymbolInfo } from '../symbols/types';
import { ownMemo, setOwnMemo } from '../util/own-memo';
import type { SigDiff } from './signature-diff';
import type { DeclaredRenames } from './type-equivalence';

/** The answers one pair's emitters ask for, filled as they are asked. */
export interface PairFacts {
  /** declarationCodeChanged: own code from the declaration's first line differs. */
  decl?: boolean;
  /** fnBodyChanged: body hash and own body code differ. */
  body?: boolean;
  /** emitModifySig found no signature change: its decorators flag (no type parameter renames involved). */
  sigSame?: { decoratorsChanged: boolean };
  /** The renames the signature fact was computed with (its key part). */
  sigRenames?: string;
  /** emitFlow emitted nothing (no metric changed; only kept for pairs no extract/inline carried code into or out of). */
  flowNone?: boolean;
  /** emitTypeHints emitted nothing (same condition). */
  hintsNone?: boolean;
}

interface Nested {
  qualname: string;
  line: number;
  endLine: number;
}

interface Entry {
  run: number;
  /** Head symbol's key fields when the facts were computed. */
  name: string;
  qualname: string;
  kind: string;
  lines: number;
  bodyOff: number;
  bodyHash: string;
  signature: unknown;
  overloads: unknown;
  metrics: unknown;
  /** Head code lines over the symbol's range (first line = index 0). */
  code: string[];
  nested: Nested[];
  facts: PairFacts;
}

interface Memo {
  run: number;
  byBase: Map<SymbolInfo, Entry>;
}

const MEMO = Symbol('pairFacts');
let enabled = true;

/** Off: every pair computes its facts afresh (the reference the property test compares with). */
export function setPairFactsMemo(on: boolean): void {
  enabled = on;
}

let hits = 0;
let misses = 0;
/** Facts found remembered (for tests: proves the memo was exercised). */
export const pairFactsHits = () => hits;
/** Pairs whose facts were not found remembered (for the benchmarks: the pairs a run computes). */
export const pairFactsMisses = () => misses;

/**
 * The facts of pair (o in oldA, n in newA) for this run: the remembered ones when every input
 * they depend on is unchanged (see the header), otherwise a fresh, empty set remembered for the
 * next run. `run` identifies the tokenize run (one per TokenizeContext). Undefined when off.
 */
export function pairFacts(
  oldA: FileAnalysis, o: SymbolInfo, newA: FileAnalysis, n: SymbolInfo, nested: readonly SymbolInfo[], run: number,
): PairFacts | undefined {
  if (!enabled) return undefined;
  let memo = ownMemo<Memo>(oldA, MEMO);
  if (!memo) memo = setOwnMemo(oldA, MEMO, { run, byBase: new Map() });
  memo.run = run;
  const from = Math.min(n.range.line, n.bodyRange?.line ?? n.range.line);
  const lines = n.range.endLine - from + 1;
  const bodyOff = (n.bodyRange?.line ?? n.range.line) - n.range.line;
  const rel = n.range.line;
  const cl = newA.codeLines;
  const e = memo.byBase.get(o);
  if (
    e && e.name === n.name && e.qualname === n.qualname && e.kind === n.kind && e.lines === lines && e.bodyOff === bodyOff
    && e.bodyHash === n.bodyHash && e.signature === n.signature && e.overloads === n.overloads && e.metrics === n.metrics
    && e.nested.length === nested.length && sameCode(e.code, cl, from) && sameNested(e.nested, nested, rel)
  ) {
    hits++;
    e.run = run;
    // Equal strings, but the current ones: the older ones may be slices of an older buffer, which
    // they would keep alive (see the header; a first version kept ~20 MB on webpack's
    // Compilation.js after 1,000 edits through the names of members since replayed).
    e.name = n.name;
    e.qualname = n.qualname;
    for (let i = 0; i < nested.length; i++) e.nested[i].qualname = nested[i].qualname;
    for (let i = 0; i < lines; i++) e.code[i] = cl[from - 1 + i] ?? '';
    return e.facts;
  }
  misses++;
  const code = new Array<string>(Math.max(0, lines));
  for (let i = 0; i < lines; i++) code[i] = cl[from - 1 + i] ?? '';
  const facts: PairFacts = {};
  memo.byBase.set(o, {
    run, name: n.name, qualname: n.qualname, kind: n.kind, lines, bodyOff, bodyHash: n.bodyHash, signature: n.signature, overloads: n.overloads, metrics: n.metrics,
    code, nested: nested.map((x) => ({ qualname: x.qualname, line: x.range.line - rel, endLine: x.range.endLine - rel })), facts,
  });
  return facts;
}

function sameCode(code: readonly string[], cl: readonly string[], from: number): boolean {
  for (let i = 0; i < code.length; i++) if (code[i] !== (cl[from - 1 + i] ?? '')) return false;
  return true;
}

function sameNested(a: readonly Nested[], b: readonly SymbolInfo[], rel: number): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = b[i];
    if (a[i].qualname !== x.qualname || a[i].line !== x.range.line - rel || a[i].endLine !== x.range.endLine - rel) return false;
  }
  return true;
}

/** Drops the entries of `oldA`'s memo that the run `run` did not check (see the header's Memory). */
export function sweepPairFacts(oldA: FileAnalysis, run: number): void {
  const memo = ownMemo<Memo>(oldA, MEMO);
  if (!memo || memo.run !== run) return;
  for (const [o, e] of memo.byBase) if (e.run !== run) memo.byBase.delete(o);
}

/** The declared renames as one comparable string (the signature fact's key part). */
export function renamesKey(r: DeclaredRenames): string {
  const side = (m: Map<string, string>) => [...m].map(([k, v]) => `${k}\u0001${v}`).sort().join('\u0002');
  // `aliased` (import alias renames, type-equivalence.ts) is part of the key: the same texts compare
  // differently under another change's aliases.
  return `${side(r.removed)}\u0003${side(r.added)}${r.forwarded ? `\u0003${side(r.forwarded)}` : ''}${r.aliased ? `\u0004${side(r.aliased)}` : ''}`;
}
