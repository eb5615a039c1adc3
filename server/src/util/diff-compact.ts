// Where an ambiguous insertion or deletion is placed: git's indent heuristic (xdiff/xdiffi.c
// `xdl_change_compact` with XDF_INDENT_HEURISTIC, git's default since 2.14). A block of added or
// removed lines can often slide — `@decorator` + function + blank lines inserted above another
// `@decorator` + function is the same edit one line lower — and Myers leaves it wherever its
// search happened to end. The engine reads hunks in `git diff -U0` terms (spec §0: the gate a
// developer sees inline is the gate CI enforces), and which lines a hunk names decides which
// symbols it touches: slid one line too far, an inserted Python test took the next test's
// decorator line, which no token explained (MODIFY_FILE on httpx 90538a3b46, eeb5e3c2a3; an
// inserted JSDoc block took the next one's `/**`). So every pure insertion or deletion is slid
// the way git slides it: as far up and down as the equal lines around it allow (never into
// another hunk, which git would merge), then to the position git's split scores like best. Replacements stay where
// they are (git aligns them with the other side's change). Checked against `git diff
// --no-index -U0` by test/unit/diff-compact.property.test.ts.
import type { Hunk } from './hunk';

const MAX_INDENT = 200;
const MAX_BLANKS = 20;
const START_OF_FILE_PENALTY = 1;
const END_OF_FILE_PENALTY = 21;
const TOTAL_BLANK_WEIGHT = -30;
const POST_BLANK_WEIGHT = 6;
const RELATIVE_INDENT_PENALTY = -4;
const RELATIVE_INDENT_WITH_BLANK_PENALTY = 10;
const RELATIVE_OUTDENT_PENALTY = 24;
const RELATIVE_OUTDENT_WITH_BLANK_PENALTY = 17;
const RELATIVE_DEDENT_PENALTY = 23;
const RELATIVE_DEDENT_WITH_BLANK_PENALTY = 17;
const INDENT_WEIGHT = 60;
const INDENT_HEURISTIC_MAX_SLIDING = 100;

/** A line's indent (a tab to the next multiple of 8), or -1 when it is blank (xdiff get_indent). */
export function indentOf(line: string): number {
  let ret = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 32) ret += 1;
    else if (c === 9) ret += 8 - (ret % 8);
    else if (c < 9 || c > 13) return ret; // isspace: \t \n \v \f \r and ' '
    if (ret >= MAX_INDENT) return MAX_INDENT;
  }
  return -1;
}

interface Score {
  effectiveIndent: number;
  penalty: number;
}

/**
 * From line `i` stepping by `step`: the blank lines met first and the indent of the first
 * non-blank line (-1: none before the file's edge; 0 once MAX_BLANKS blank lines were met).
 */
function nearest(lines: readonly string[], i: number, step: 1 | -1): [number, number] {
  let blanks = 0;
  for (; i >= 0 && i < lines.length; i += step) {
    const indent = indentOf(lines[i]);
    if (indent !== -1) return [blanks, indent];
    if (++blanks === MAX_BLANKS) return [blanks, 0];
  }
  return [blanks, -1];
}

/** xdiff measure_split + score_add_split: the badness of a split just before line index `split`. */
function addSplit(lines: readonly string[], split: number, s: Score): void {
  const endOfFile = split >= lines.length;
  const indent0 = endOfFile ? -1 : indentOf(lines[split]);
  const [preBlank, preIndent] = nearest(lines, split - 1, -1);
  const [postBlank0, postIndent] = nearest(lines, split + 1, 1);
  if (preIndent === -1 && preBlank === 0) s.penalty += START_OF_FILE_PENALTY;
  if (endOfFile) s.penalty += END_OF_FILE_PENALTY;
  const postBlank = indent0 === -1 ? 1 + postBlank0 : 0;
  const totalBlank = preBlank + postBlank;
  s.penalty += TOTAL_BLANK_WEIGHT * totalBlank;
  s.penalty += POST_BLANK_WEIGHT * postBlank;
  const indent = indent0 !== -1 ? indent0 : postIndent;
  const anyBlanks = totalBlank !== 0;
  s.effectiveIndent += indent;
  if (indent === -1 || preIndent === -1 || indent === preIndent) return;
  if (indent > preIndent) s.penalty += anyBlanks ? RELATIVE_INDENT_WITH_BLANK_PENALTY : RELATIVE_INDENT_PENALTY;
  else if (postIndent !== -1 && postIndent > indent) s.penalty += anyBlanks ? RELATIVE_OUTDENT_WITH_BLANK_PENALTY : RELATIVE_OUTDENT_PENALTY;
  else s.penalty += anyBlanks ? RELATIVE_DEDENT_WITH_BLANK_PENALTY : RELATIVE_DEDENT_PENALTY;
}

const cmp = (x: Score, y: Score) => INDENT_WEIGHT * (Math.sign(x.effectiveIndent - y.effectiveIndent)) + (x.penalty - y.penalty);

/**
 * Where the block `lines[start, start + size)` goes, given that it may end anywhere from
 * `earliestEnd` to `latestEnd` (exclusive ends): git's choice among the last positions.
 */
function bestEnd(lines: readonly string[], size: number, earliestEnd: number, latestEnd: number): number {
  let shift = Math.max(earliestEnd, latestEnd - size - 1, latestEnd - INDENT_HEURISTIC_MAX_SLIDING);
  let best = -1;
  let bestScore: Score = { effectiveIndent: 0, penalty: 0 };
  for (; shift <= latestEnd; shift++) {
    const score: Score = { effectiveIndent: 0, penalty: 0 };
    addSplit(lines, shift, score);
    addSplit(lines, shift - size, score);
    if (best === -1 || cmp(score, bestScore) <= 0) {
      bestScore = score;
      best = shift;
    }
  }
  return best;
}

/** 0-based index where a hunk's side starts (an empty side: the index after the line it follows). */
const startA = (h: Hunk) => (h.oldLines === 0 ? h.oldStart : h.oldStart - 1);
const startB = (h: Hunk) => (h.newLines === 0 ? h.newStart : h.newStart - 1);

/** The hunks (in order, from a Myers script) with every pure insertion/deletion placed as git places it. */
export function compactHunks(hunks: Hunk[], a: readonly string[], b: readonly string[]): Hunk[] {
  for (let k = 0; k < hunks.length; k++) {
    const h = hunks[k];
    const insert = h.oldLines === 0 && h.newLines > 0;
    const remove = h.newLines === 0 && h.oldLines > 0;
    if (!insert && !remove) continue;
    const lines = insert ? b : a;
    const size = insert ? h.newLines : h.oldLines;
    const side = insert ? startB : startA;
    const prev = hunks[k - 1];
    const next = hunks[k + 1];
    // The equal lines around the block: after the previous hunk (as placed) and before the next.
    // At least one equal line stays between two hunks (git would merge them into one; Myers never
    // gives two hunks without one between them): `low` is the first line the block may take, `high`
    // one past the last.
    const low = prev ? side(prev) + (insert ? prev.newLines : prev.oldLines) + 1 : 0;
    const high = next ? side(next) - 1 : lines.length;
    const start0 = side(h);
    let s = start0;
    while (s > low && lines[s - 1] === lines[s + size - 1]) s--;
    const earliestEnd = s + size;
    s = start0;
    while (s + size < high && lines[s] === lines[s + size]) s++;
    const latestEnd = s + size;
    if (earliestEnd === latestEnd) continue;
    const d = bestEnd(lines, size, earliestEnd, latestEnd) - size - start0;
    if (d !== 0) hunks[k] = { oldStart: h.oldStart + d, oldLines: h.oldLines, newStart: h.newStart + d, newLines: h.newLines };
  }
  return hunks;
}
