// The state the token emitters share (spec §3.2–§3.3): one ChangeCtx per file change (both
// analyses, the line diff, the lines explained so far), the output list with its one `emit()`
// (module, public_api narrowing, weight overrides of spec §3.6), and the line bookkeeping
// helpers every emitter uses. The emitters (emit-*.ts) own the rules; this module owns no rule
// about which token to emit. Pure: no I/O.
import type { Policy } from '../config/policy';
import { isTestPath } from '../symbols/analyze';
import type { FileAnalysis, Span, SymbolInfo } from '../symbols/types';
import { mapOldLineToNew, splitLines, versionHunks, type Hunk } from '../util/line-diff';
import { ownMemo, setOwnMemo } from '../util/own-memo';
import { TOKEN_KINDS, type TokenKind } from './catalogue';
import type { ChangeSet, FileChange } from './change-set';
import { pairFacts, renamesKey, sweepPairFacts, type PairFacts } from './pair-facts';
import { pairSymbols, type PairingResult, type SideSymbol, type SymbolPair } from './pairing';
import { symbolView } from './symbol-view';
import { declaredRenames, type DeclaredRenames } from './type-equivalence';
import { formKey } from './type-text';
import type { DeltaToken, TokenMeta } from './token';

/** Lines covered by tokens so far, per change and side. */
export class Coverage {
  readonly newLines = new Set<number>();
  readonly oldLines = new Set<number>();
  markNew(from: number, to: number): void {
    for (let l = from; l <= to; l++) this.newLines.add(l);
  }
  markOld(from: number, to: number): void {
    for (let l = from; l <= to; l++) this.oldLines.add(l);
  }
}

/** One file change as the emitters see it. */
export interface ChangeCtx {
  change: FileChange;
  index: number;
  /** Base analysis (absent for added/copied files and unsupported languages). */
  oldA?: FileAnalysis;
  newA?: FileAnalysis;
  hunks: Hunk[];
  cov: Coverage;
  /** Head path (base path for deletions): the file tokens are reported on. */
  file: string;
}

export interface EmitOptions {
  symbol?: string;
  uid?: string;
  magnitude?: number;
  /** Base weight before the policy's overrides (default: the catalogue's). */
  weight?: number;
  /** The final weight, the policy's overrides already applied (compatible MODIFY_SIG). */
  effectiveWeight?: number;
  publicApi?: boolean;
  before?: unknown;
  after?: unknown;
  meta?: Record<string, unknown>;
  baseRange?: { line: number; endLine: number };
}

export type EmitRange = { line: number; col?: number; endLine: number };

/** Identity shared by the tokens of one symbol pair. */
export interface SymbolCommon {
  symbol: string;
  uid: string;
  publicApi: boolean;
}

/** A paired symbol as the per-pair emitters see it. */
export interface PairCtx {
  p: SymbolPair;
  /** Change contexts of the base and the head symbol (different files for moves). */
  oc: ChangeCtx;
  nc: ChangeCtx;
  o: SymbolInfo;
  n: SymbolInfo;
  common: SymbolCommon;
  /** Both names: dropped from body comparisons of renamed symbols. */
  names: ReadonlySet<string>;
  /**
   * The pair's own-code and signature answers, remembered across runs over the same base
   * (pair-facts.ts); absent for pairs across files or sides without an analysis, and when off.
   */
  facts?: PairFacts;
}

/**
 * Tokens of test files count a quarter of their weight, ΔTESTS in full (spec §3.6 as amended):
 * adding tests is not risk. Applied after the policy's overrides.
 */
export const TEST_FILE_FACTOR = 0.25;

/** TokenizeContexts made so far (each one run of the emitters). */
let runs = 0;

export class TokenizeContext {
  /** Raw tokens in emission order. */
  readonly out: DeltaToken[] = [];
  readonly changes: ChangeCtx[];

  constructor(readonly cs: ChangeSet, readonly policy: Policy) {
    this.changes = cs.changes.map((change, index) => {
      const oldText = change.status === 'A' || change.status === 'C' ? undefined : change.old?.text;
      const newText = change.new?.text;
      // Pairing and the emitters see the symbols of spec §3.1 as amended (symbol-view.ts).
      const oldA = change.status === 'A' || change.status === 'C' ? undefined : symbolView(change.old?.analysis, oldText);
      return {
        change, index, oldA, newA: symbolView(change.new?.analysis, newText),
        hunks: versionHunks(oldText !== undefined ? change.old : undefined, newText !== undefined ? change.new : undefined),
        cov: new Coverage(),
        file: change.new?.path ?? change.old!.path,
      };
    });
  }

  private renames: DeclaredRenames | undefined;
  private renamesText: string | undefined;
  /** This run, for pair-facts.ts (which facts were checked by the latest run over a base). */
  private readonly run = ++runs;

  /** Type and class names declared only in the base / only in the head of this change (type-equivalence.ts). */
  declaredRenames(): DeclaredRenames {
    return (this.renames ??= declaredRenames(this.changes));
  }

  /** declaredRenames() as one comparable string (a key part of the remembered signature facts). */
  declaredRenamesKey(): string {
    return (this.renamesText ??= renamesKey(this.declaredRenames()));
  }

  /** The pairs are done: remembered facts no run checked this time are dropped (pair-facts.ts). */
  sweepFacts(): void {
    if (!this.cs.rememberPairFacts) return;
    for (const c of this.changes) if (c.oldA) sweepPairFacts(c.oldA, this.run);
  }

  /** Base↔head symbol pairing over the files with symbol-level support (spec §3.2). */
  pairSymbols(): PairingResult {
    return pairSymbols({
      files: this.changes
        .filter((c) => c.oldA || c.newA)
        .map((c) => ({
          change: c.index, oldFile: c.change.old?.path, newFile: c.change.new?.path,
          oldSyms: c.oldA?.symbols ?? [], newSyms: c.newA?.symbols ?? [], newImports: c.newA?.imports, newText: c.change.new?.text, hunks: c.hunks,
          oldImports: c.oldA?.imports, oldText: c.oldA ? c.change.old?.text : undefined,
        })),
    });
  }

  /** The change context a paired/added/deleted symbol comes from. */
  ctxOf(s: SideSymbol): ChangeCtx {
    return this.changes[s.change];
  }

  /**
   * Most pairs are untouched by the change: same name and doc, no line of theirs moved on either
   * side. Checked before building a PairCtx (files can hold thousands of symbols).
   */
  pairUntouched(p: SymbolPair): boolean {
    const o = p.old.sym;
    const n = p.new.sym;
    return p.how === 'same' && o.docHash === n.docHash && !touches(this.ctxOf(p.old), 'old', o.range.line, o.range.endLine) && !touches(this.ctxOf(p.new), 'new', n.range.line, n.range.endLine);
  }

  pairCtx(p: SymbolPair): PairCtx {
    const o = p.old.sym;
    const n = p.new.sym;
    const oc = this.ctxOf(p.old);
    const nc = this.ctxOf(p.new);
    // Facts of pairs within one file change only: a move's two sides are two analyses' symbols.
    // Not of classes: a class's range holds its members, so any keystroke in it changes its key
    // and checking it cost a compare and a copy of every line of the class (webpack's Compilation
    // class: 6,500 lines per keystroke).
    const facts = this.cs.rememberPairFacts && oc === nc && oc.oldA && nc.newA && !isClass(n) ? pairFacts(oc.oldA, o, nc.newA, n, nestedOf(nc.newA, n), this.run) : undefined;
    return {
      p, oc, nc, o, n,
      common: { symbol: n.qualname, uid: p.new.sym.uid, publicApi: n.public || o.public },
      names: new Set([o.name, n.name]),
      ...(facts ? { facts } : {}),
    };
  }

  /** Append one token: module of the file, public_api narrowed by policy, weight overrides (spec §3.6). */
  emit(kind: TokenKind, file: string, range: EmitRange, opts: EmitOptions = {}): DeltaToken {
    const policy = this.policy;
    const module = policy.moduleOf(file);
    const meta: TokenMeta = { public_api: !!opts.publicApi && policy.mayBePublic(file), ...opts.meta };
    if (opts.baseRange) meta.baseRange = opts.baseRange;
    const weight = opts.effectiveWeight ?? policy.weightOf(kind, module, file, opts.weight ?? TOKEN_KINDS[kind].weight);
    const testFile = kind !== 'ΔTESTS' && isTestPath(file);
    const t: DeltaToken = {
      schema: 'delta.tokens.v1', kind, category: TOKEN_KINDS[kind].category, file,
      uid: opts.uid ?? `FILE::${file}`, module,
      ...(opts.symbol !== undefined ? { symbol: opts.symbol } : {}),
      range: { line: Math.max(1, range.line), col: range.col ?? 0, endLine: Math.max(1, range.endLine, range.line) },
      ...(opts.before !== undefined ? { before: opts.before } : {}),
      ...(opts.after !== undefined ? { after: opts.after } : {}),
      magnitude: opts.magnitude ?? 1,
      weight: testFile ? Math.round(weight * TEST_FILE_FACTOR * 1e6) / 1e6 : weight,
      meta,
    };
    this.out.push(t);
    return t;
  }

  /**
   * A token over changed lines: head span = first..last of `newL` (or `at`, or where the base
   * lines now stand), base span = first..last of `oldL`. Both lists sorted ascending.
   */
  emitLines(kind: TokenKind, c: ChangeCtx, newL: readonly number[], oldL: readonly number[], meta: Record<string, unknown> = {}, at?: number): void {
    const first = newL[0] ?? at ?? headLineForOld(c, oldL[0] ?? 1);
    this.emit(kind, c.file, { line: first, endLine: newL[newL.length - 1] ?? first }, {
      meta, ...(oldL.length ? { baseRange: { line: oldL[0], endLine: oldL[oldL.length - 1] } } : {}),
    });
  }
}


// ---- line bookkeeping -------------------------------------------------------------------------

export const headLineForOld = (c: ChangeCtx, oldLine: number) => mapOldLineToNew(c.hunks, oldLine);

/** Does any hunk touch lines [from, to] on one side? */
export function touches(c: ChangeCtx, side: 'old' | 'new', from: number, to: number): boolean {
  return c.hunks.some((h) => {
    const start = side === 'old' ? h.oldStart : h.newStart;
    const len = side === 'old' ? h.oldLines : h.newLines;
    // a pure insertion/deletion sits between `start` and `start + 1` on the empty side
    return len === 0 ? start >= from && start < to : start <= to && start + len - 1 >= from;
  });
}

/** Changed lines of one side inside a span. */
export function changedIn(c: ChangeCtx, side: 'old' | 'new', r: Span): number[] {
  const out: number[] = [];
  for (const h of c.hunks) {
    const start = side === 'new' ? h.newStart : h.oldStart;
    const n = side === 'new' ? h.newLines : h.oldLines;
    for (let l = Math.max(start, r.line); l < start + n && l <= r.endLine; l++) out.push(l);
  }
  return out;
}

/** A hunk's lines that no token explains yet, per side (what the coverage pass explains). */
export function uncoveredIn(c: ChangeCtx, h: Hunk): { newL: number[]; oldL: number[] } {
  const newL: number[] = [];
  const oldL: number[] = [];
  for (let l = h.newStart; l < h.newStart + h.newLines; l++) if (!c.cov.newLines.has(l)) newL.push(l);
  for (let l = h.oldStart; l < h.oldStart + h.oldLines; l++) if (!c.cov.oldLines.has(l)) oldL.push(l);
  return { newL, oldL };
}

/**
 * An analysis's symbols by first line (issue 14, fifth pass): nestedOf ran over every symbol of
 * the file for each symbol asked — in the editor, every keystroke asks for the ~100 drifted
 * members of a 6,500-line class, each against its ~400 symbols. Analyses are immutable; the memo
 * is kept on the analysis (util/own-memo.ts), as is ownLines' below.
 */
const BY_LINE = Symbol('symbolsByLine');
function symbolsByLine(a: FileAnalysis): SymbolInfo[] {
  return ownMemo<SymbolInfo[]>(a, BY_LINE) ?? setOwnMemo(a, BY_LINE, [...a.symbols].sort((x, y) => x.range.line - y.range.line));
}

/** Symbols inside `s` (qualname under it, lines within it): the same set as a filter over all symbols. */
export function nestedOf(a: FileAnalysis | undefined, s: SymbolInfo): SymbolInfo[] {
  if (!a) return [];
  const prefix = `${s.qualname}.`;
  const sorted = symbolsByLine(a);
  // First symbol starting at or after s's first line.
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].range.line < s.range.line) lo = mid + 1;
    else hi = mid;
  }
  const out: SymbolInfo[] = [];
  for (let i = lo; i < sorted.length && sorted[i].range.line <= s.range.endLine; i++) {
    const x = sorted[i];
    if (x !== s && x.qualname.startsWith(prefix) && x.range.endLine <= s.range.endLine) out.push(x);
  }
  return out;
}

/**
 * ownLines per (analysis, symbol, from), memoised for the lifetime of the analysis: in the editor
 * the base analysis stays the same object across keystrokes, so its symbols' own lines are
 * computed once (issue 14: a keystroke re-tokenizes every pair the buffer's drift touches).
 */
const OWN_LINES = Symbol('ownLines');

/** Lines of `s` not inside nested symbols (one sweep; classes can span thousands of lines). */
export function ownLines(a: FileAnalysis | undefined, s: SymbolInfo, from = s.range.line): number[] {
  let bySym: Map<SymbolInfo, Map<number, number[]>> | undefined;
  if (a) {
    bySym = ownMemo<Map<SymbolInfo, Map<number, number[]>>>(a, OWN_LINES) ?? setOwnMemo(a, OWN_LINES, new Map<SymbolInfo, Map<number, number[]>>());
    const hit = bySym.get(s)?.get(from);
    if (hit) return hit;
  }
  const end = s.range.endLine;
  let lines: number[] = [];
  if (end >= from) {
    const masked = new Uint8Array(end - from + 1);
    for (const n of nestedOf(a, s)) {
      for (let l = Math.max(from, n.range.line); l <= Math.min(end, n.range.endLine); l++) masked[l - from] = 1;
    }
    lines = [];
    for (let i = 0; i < masked.length; i++) if (!masked[i]) lines.push(from + i);
  }
  if (bySym) {
    let f = bySym.get(s);
    if (!f) bySym.set(s, (f = new Map()));
    f.set(from, lines);
  }
  return lines;
}

function codeOfLines(a: FileAnalysis | undefined, lines: readonly number[], names: ReadonlySet<string>): string {
  // What a formatter changes is no code change (type-text.ts formKey).
  return formKey(lines
    .map((l) => a?.codeLines[l - 1] ?? '')
    .join(' ')
    .split(/\s+/)
    .filter((t) => t && !names.has(t))
    .join(' '), a?.lang);
}

/** The symbol's own code (nested symbols excluded) with the given names dropped (renames). */
export function ownCode(a: FileAnalysis | undefined, s: SymbolInfo, from: number, names: ReadonlySet<string>): string {
  return codeOfLines(a, ownLines(a, s, from), names);
}

/**
 * `ownCode(aO, o, fromO, names) !== ownCode(aN, n, fromN, names)`, without building either
 * string when the own lines hold the same code line for line (equal lines give equal joined
 * code): the common case for the symbols a drifting buffer touches, where only one of them
 * holds the keystroke.
 */
export function ownCodeChanged(
  aO: FileAnalysis | undefined, o: SymbolInfo, fromO: number,
  aN: FileAnalysis | undefined, n: SymbolInfo, fromN: number, names: ReadonlySet<string>,
): boolean {
  const lo = ownLines(aO, o, fromO);
  const ln = ownLines(aN, n, fromN);
  if (lo.length === ln.length) {
    let same = true;
    for (let i = 0; i < lo.length && same; i++) same = (aO?.codeLines[lo[i] - 1] ?? '') === (aN?.codeLines[ln[i] - 1] ?? '');
    if (same) return false;
  }
  return codeOfLines(aO, lo, names) !== codeOfLines(aN, ln, names);
}

/** Mark a symbol's own lines (nested symbols excluded) as explained on one side. */
export function markOwn(c: ChangeCtx, a: FileAnalysis | undefined, s: SymbolInfo, side: 'old' | 'new'): void {
  for (const l of ownLines(a, s)) (side === 'new' ? c.cov.newLines : c.cov.oldLines).add(l);
}

/** Mark the pair's own lines on both sides (head in nc, base in oc). */
export function markPairOwn(pc: PairCtx): void {
  markOwn(pc.nc, pc.nc.newA, pc.n, 'new');
  markOwn(pc.oc, pc.oc.oldA, pc.o, 'old');
}

export const span = (s: Span) => ({ line: s.line, col: s.col, endLine: s.endLine });
export const baseSpan = (s: Span) => ({ line: s.line, endLine: s.endLine });
export const isClass = (s: SymbolInfo) => s.kind === 'class';

export function lineCountOf(text: string | undefined): number {
  return text === undefined ? 1 : Math.max(1, splitLines(text).length);
}

