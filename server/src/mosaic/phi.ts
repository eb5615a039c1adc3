// Φ(Δ_AST) and Δ_MOZ on a mosaic layout (spec §3.7 I3, §3.9 layers `tokens` and `delta`).
// Φ: the cells holding the lines of semantic token spans — every token but the MODIFY_FILE
// catch-all; signature lines for MODIFY_SIG, changed lines inside the span for MODIFY_BODY and
// the other tokens, the whole span for ADD*/DEL*; deleted lines map through the base version.
// Δ_MOZ: per cell, the share of changed lines from the textual line diff, computed without
// looking at the tokens. Pure: no I/O.
import { TOKEN_KINDS } from '../delta/catalogue';
import { onlyGrammarGaps } from '../parsing/grammar-gaps';
import type { ChangeSet } from '../delta/change-set';
import type { DeltaToken } from '../delta/token';
import { changedLineSets, versionHunks } from '../util/line-diff';
import { addLineCounts, forLineCells, locOf, type MosaicLayout, type Side } from './layout';

export type PhiMode = 'basic' | 'balanced' | 'policy';

/** Per-token intensity for `--phi policy` (spec §3.9: per-path weights from the policy file). */
export type PhiWeight = (token: DeltaToken) => number;

/** Changed lines of one file change, both sides, with the layout indices of both paths. */
export interface ChangedFileLines {
  basePath?: string;
  headPath?: string;
  baseFile?: number;
  headFile?: number;
  base: number[];
  head: number[];
  baseSet: Set<number>;
  headSet: Set<number>;
  /** Head does not parse: its first error (the reason its hunks stay unexplained). */
  parseError?: { line: number; col: number; message: string };
  /** Either version has symbol-level analysis (spec §2 languages). */
  supported: boolean;
  /**
   * Lines of hunks that touch a head parse error (an ERROR/MISSING node on a changed line or
   * right next to one). Tokens there come from tree-sitter's error recovery, so Φ leaves these
   * lines out: the hunks of a file that no longer parses stay unexplained (spec §3.7, §3.1).
   */
  brokenBase: Set<number>;
  brokenHead: Set<number>;
}

/** Changed lines per change (line diff of the two texts; skipped binary/large files left out). */
export function changedLines(layout: MosaicLayout, cs: ChangeSet): ChangedFileLines[] {
  const out: ChangedFileLines[] = [];
  for (const c of cs.changes) {
    if (c.old?.skipped || c.new?.skipped) continue;
    // Memoised per version pair (util/line-diff.ts): the tokenizer diffed the same pair.
    const hunks = versionHunks(c.old?.text !== undefined ? c.old : undefined, c.new?.text !== undefined ? c.new : undefined);
    const { oldLines, newLines } = changedLineSets(hunks);
    const errs = c.new?.analysis?.parseErrors ?? [];
    const pe = errs[0];
    const brokenBase = new Set<number>();
    const brokenHead = new Set<number>();
    if (errs.length) {
      const errLines = new Set(errs.map((e) => e.line));
      for (const h of hunks) {
        let hit = false;
        for (let l = h.newStart - 1; l <= h.newStart + Math.max(h.newLines, 1) && !hit; l++) hit = errLines.has(l);
        if (!hit) continue;
        for (let l = h.oldStart; l < h.oldStart + h.oldLines; l++) brokenBase.add(l);
        for (let l = h.newStart; l < h.newStart + h.newLines; l++) brokenHead.add(l);
      }
    }
    out.push({
      basePath: c.old?.path,
      headPath: c.new?.path,
      baseFile: c.old ? layout.index.get(c.old.path) : undefined,
      headFile: c.new ? layout.index.get(c.new.path) : undefined,
      base: [...oldLines].sort((x, y) => x - y),
      head: [...newLines].sort((x, y) => x - y),
      baseSet: oldLines,
      headSet: newLines,
      parseError: pe ? { line: pe.line, col: pe.col, message: pe.message } : undefined,
      // A file whose base does not parse was not broken by this change: the bundled grammar
      // does not read it (zod's `interface X<in T>` variance annotations with
      // tree-sitter-typescript 0.23), or the change repairs it (mongoose 2c3ba4a4f removes the
      // merge-conflict markers an earlier commit left in a test file: the base's tokens come from
      // error recovery, and I3 blocked the repair). Its hunks are not held against the tokens
      // (issue 17: 12 of zod's 14 blocked commits). A file the change breaks still counts.
      // So is a head the grammar cannot read although it is valid TypeScript (`export type *`,
      // TanStack query fb6c3fabda; parsing/grammar-gaps.ts): its hunks are the grammar's gap.
      supported: !!(c.old?.analysis || c.new?.analysis) && !(c.old?.analysis && !c.old.analysis.ok) && !(c.new?.analysis && onlyGrammarGaps(c.new.analysis.lang, c.new.text, errs)),
      brokenBase,
      brokenHead,
    });
  }
  return out;
}

/** Class intensity under `--phi balanced` (spec §3.7). */
export function balancedIntensity(kind: string): number {
  if (kind === 'MODIFY_SIG' || kind.startsWith('RENAME') || kind.startsWith('MOVE') || kind.startsWith('DEL') || kind.endsWith('_TYPE')) return 1.0;
  if (kind === 'MODIFY_BODY') return 0.3;
  const cat = (TOKEN_KINDS as Record<string, { category: string }>)[kind]?.category;
  if (cat === 'tests' || cat === 'docs') return 0.3;
  return 0.6; // ADD*, EXTRACT/INLINE, ΔIMPORT, ΔTYPE_HINTS, flow, and the rest
}

export function intensityOf(t: DeltaToken, mode: PhiMode, policy?: PhiWeight): number {
  if (mode === 'basic') return 1;
  if (mode === 'balanced') return balancedIntensity(t.kind);
  return Math.min(1, Math.max(0, policy ? policy(t) : 1));
}

/** Lines of a token on each side that Φ projects (spec §3.7 I3). */
export function tokenLines(t: DeltaToken, headChanged: ReadonlySet<number>, baseChanged: ReadonlySet<number>): { head: number[]; base: number[] } {
  const head: number[] = [];
  const base: number[] = [];
  const r = t.range;
  const br = t.meta.baseRange;
  const span = (from: number, to: number, into: number[], keep?: ReadonlySet<number>) => {
    // A class's MODIFY_BODY spans thousands of lines of which a few changed: walk the smaller
    // side (issue 14: I3 runs on every keystroke). Same lines, ascending either way.
    if (keep && keep.size < to - from + 1) {
      const inside: number[] = [];
      for (const l of keep) if (l >= from && l <= to) inside.push(l);
      inside.sort((a, b) => a - b);
      for (const l of inside) into.push(l);
      return;
    }
    for (let l = from; l <= to; l++) if (!keep || keep.has(l)) into.push(l);
  };
  if (t.kind.startsWith('ADD')) span(r.line, r.endLine, head);
  else if (t.kind.startsWith('DEL')) {
    if (br) span(br.line, br.endLine, base);
  } else if (t.kind === 'MODIFY_SIG' && !t.meta.bodyChanged) {
    // The signature's changed lines (a 40-line Python signature with one changed parameter must
    // not light 40 lines of unchanged cells: issue 17, httpx f3eb3c90); the whole signature only
    // when none of its lines changed on either side.
    span(r.line, r.endLine, head, headChanged);
    if (br) span(br.line, br.endLine, base, baseChanged);
    if (!head.length && !base.length) span(r.line, r.endLine, head);
  } else {
    span(r.line, r.endLine, head, headChanged);
    if (br) span(br.line, br.endLine, base, baseChanged);
  }
  return { head, base };
}

export interface Projection {
  /** Φ(Δ_AST) per cell, intensity in [0,1] (max over tokens). */
  phi: Float32Array;
  /** Δ_MOZ per cell: changed lines / lines in the cell, in [0,1]. */
  delta: Float32Array;
  files: ChangedFileLines[];
}

export interface ProjectOptions {
  phi?: PhiMode;
  policy?: PhiWeight;
  /** Only files with symbol-level support (I3); the visual layers take every text file. */
  supportedOnly?: boolean;
}

/** Φ(Δ_AST) and Δ_MOZ of a change on a layout. */
export function project(layout: MosaicLayout, cs: ChangeSet, tokens: readonly DeltaToken[], opts: ProjectOptions = {}): Projection {
  const n = layout.rows * layout.cols;
  const phi = new Float32Array(n);
  const delta = new Float32Array(n);
  const all = changedLines(layout, cs);
  const files = opts.supportedOnly ? all.filter((f) => f.supported) : all;
  // Token file → its change: head path, and base path for deletions.
  const byPath = new Map<string, ChangedFileLines>();
  for (const f of all) {
    if (f.basePath) byPath.set(f.basePath, f);
  }
  for (const f of all) {
    if (f.headPath) byPath.set(f.headPath, f);
  }
  const baseByPath = new Map<string, ChangedFileLines>();
  for (const f of all) if (f.basePath) baseByPath.set(f.basePath, f);
  const mode = opts.phi ?? 'balanced';
  for (const t of tokens) {
    if (t.kind === 'MODIFY_FILE') continue;
    const f = byPath.get(t.file);
    if (opts.supportedOnly && !f?.supported) continue;
    const w = intensityOf(t, mode, opts.policy);
    if (w <= 0) continue;
    // Deleted lines map through the base version: the base file is the token's `fromFile` for
    // cross-file moves, else the change's base path.
    const fromFile = typeof t.meta.fromFile === 'string' ? t.meta.fromFile : undefined;
    const bf = fromFile ? baseByPath.get(fromFile) : f;
    const { head, base } = tokenLines(t, f?.headSet ?? EMPTY, bf?.baseSet ?? EMPTY);
    const mark = (file: number | undefined, side: Side, lines: number[], broken: ReadonlySet<number> = EMPTY) => {
      // A version without lines (an empty `__init__.py` added) has nothing changed to explain:
      // forLineCells would clamp its token's line 1 into the file's cell and light it alone
      // (uvicorn 1cb0c32891: two empty test packages' ADD_FILE failed I3, E 0.333).
      if (file === undefined || locOf(layout.files[file], side) === 0) return;
      for (const l of lines) {
        if (broken.has(l)) continue;
        forLineCells(layout, file, side, l, (cell) => {
          if (phi[cell] < w) phi[cell] = w;
        });
      }
    };
    mark(f?.headFile, 'head', head, f?.brokenHead);
    mark(bf?.baseFile, 'base', base, bf?.brokenBase);
  }
  // Δ_MOZ: changed lines over the lines each cell holds (the larger side).
  const changed = new Float32Array(n);
  const capHead = new Float32Array(n);
  const capBase = new Float32Array(n);
  const capacity = (file: number | undefined, side: Side, cap: Float32Array, seen: Set<string>) => {
    if (file === undefined || seen.has(`${side}:${file}`)) return;
    seen.add(`${side}:${file}`);
    addLineCounts(layout, file, side, cap);
  };
  const seen = new Set<string>();
  for (const f of files) {
    capacity(f.headFile, 'head', capHead, seen);
    capacity(f.baseFile, 'base', capBase, seen);
    if (f.headFile !== undefined) for (const l of f.head) forLineCells(layout, f.headFile, 'head', l, (cell) => changed[cell]++);
    if (f.baseFile !== undefined) for (const l of f.base) forLineCells(layout, f.baseFile, 'base', l, (cell) => changed[cell]++);
  }
  for (let i = 0; i < n; i++) {
    if (changed[i] > 0) delta[i] = Math.min(1, changed[i] / Math.max(1, capHead[i], capBase[i]));
  }
  return { phi, delta, files };
}

const EMPTY: ReadonlySet<number> = new Set();
