// Offsets ↔ 1-based lines of one text (binary search over line starts), and the inline
// suppression comment the built-in scanners honour: `glx-sast-ignore <rule-id> -- <reason>`
// on the flagged line or on the line above (docs/sast.md).
import { sharedLineStarts } from '../util/line-starts';
import type { Suppression } from './types';

export class LineIndex {
  private readonly starts: readonly number[];
  constructor(readonly text: string) {
    // Shared with the other readers of this version (the editor derives them per keystroke).
    this.starts = sharedLineStarts(text);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset of the start of a 1-based line (the text's length past the last line). */
  offsetOf(line: number): number {
    return line <= 1 ? 0 : line > this.starts.length ? this.text.length : this.starts[line - 1];
  }

  /** 1-based line of an offset. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  colOf(offset: number): number {
    return offset - this.starts[this.lineOf(offset) - 1] + 1;
  }

  /** Text of a 1-based line without its newline ('' outside the text). */
  line(n: number): string {
    if (n < 1 || n > this.starts.length) return '';
    const end = n < this.starts.length ? this.starts[n] - 1 : this.text.length;
    return this.text.slice(this.starts[n - 1], end).replace(/\r$/, '');
  }
}

const IGNORE_RE = /glx-sast-ignore(?:\s+([A-Za-z0-9_.*:/-]+))?(?:\s+--\s*(.*?))?\s*(?:\*\/|-->)?\s*$/;

/** The inline suppression covering `line` for `ruleId`, if any (same line or the line above). */
export function inlineSuppression(idx: LineIndex, line: number, ruleId: string): Suppression | undefined {
  for (const n of [line, line - 1]) {
    const m = IGNORE_RE.exec(idx.line(n));
    if (!m) continue;
    const rule = m[1];
    if (rule && rule !== '*' && rule !== ruleId && !(rule.endsWith('*') && ruleId.startsWith(rule.slice(0, -1)))) continue;
    return { kind: 'inline', reason: (m[2] ?? '').trim() || 'suppressed inline (no reason given)' };
  }
  return undefined;
}

/** Changed lines as merged [start, end] 1-based ranges (for range-restricted queries). */
export function lineRanges(lines: ReadonlySet<number>): [number, number][] {
  const sorted = [...lines].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const l of sorted) {
    const last = out[out.length - 1];
    if (last && l <= last[1] + 1) last[1] = l;
    else out.push([l, l]);
  }
  return out;
}

/**
 * A LineIndex for `text`, shared with the last caller that asked for the same `slot` (issue 14):
 * one live scan builds indexes of the head and of the base several times, and while typing the
 * base text (and between scans of one keystroke, the head) is the same string.
 * One entry per slot (a side of a path: `head:src/a.ts`), not a most-recent list: an entry keeps
 * its text alive, and a list of four kept each of the editor's buffer versions alive for four
 * keystrokes — long enough for every 400 KB version of webpack's Compilation.js to outlive a
 * scavenge and be promoted (tenth pass). A slot's new text replaces its old one at once.
 */
const MAX_SLOTS = 64;
const slots = new Map<string, LineIndex>();
export function lineIndexOf(text: string, slot: string): LineIndex {
  const had = slots.get(slot);
  if (had && had.text === text) return had;
  const idx = new LineIndex(text);
  slots.delete(slot);
  slots.set(slot, idx);
  if (slots.size > MAX_SLOTS) slots.delete(slots.keys().next().value as string);
  return idx;
}
