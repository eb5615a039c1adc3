// Engine runs without git, for property tests that need thousands of cases: both versions are
// given as texts and analysed exactly as the git adapter would (makeVersion).
import { Policy } from '../../server/src/config/policy';
import type { ChangeSet, FileChange } from '../../server/src/delta/change-set';
import { computeDelta, type DeltaResult } from '../../server/src/engine/delta-engine';
import { makeVersion } from '../../server/src/engine/file-version';
import { diffLines, splitLines } from '../../server/src/util/line-diff';

export function directDelta(before: Record<string, string>, after: Record<string, string | null>, policy = new Policy()): DeltaResult {
  return computeDelta(changeSetOf(before, after), policy);
}

export function changeSetOf(before: Record<string, string>, after: Record<string, string | null>): ChangeSet {
  const changes: FileChange[] = [];
  const paths = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  for (const p of paths) {
    const a = before[p];
    const b = p in after ? after[p] : a;
    if (a === b) continue;
    if (a === undefined && b !== null && b !== undefined) changes.push({ status: 'A', new: makeVersion(p, b) });
    else if (b === null || b === undefined) changes.push({ status: 'D', old: makeVersion(p, a) });
    else changes.push({ status: 'M', old: makeVersion(p, a), new: makeVersion(p, b) });
  }
  const oldSet = new Set(Object.keys(before));
  const newSet = new Set(paths.filter((p) => (p in after ? after[p] !== null : p in before)));
  return { changes, fileExists: (side, p) => (side === 'old' ? oldSet : newSet).has(p) };
}

/** Changed lines (head side and base side) that no token's span covers. Empty when all are explained. */
export function uncoveredLines(before: Record<string, string>, after: Record<string, string | null>, result: DeltaResult): string[] {
  const missing: string[] = [];
  for (const p of Object.keys({ ...before, ...after })) {
    const a = before[p] ?? '';
    const b = (p in after ? after[p] : before[p]) ?? '';
    const hunks = diffLines(splitLines(a.replace(/\r\n?/g, '\n')), splitLines(b.replace(/\r\n?/g, '\n')));
    const onFile = result.tokens.filter((t) => t.file === p);
    const onOld = result.tokens.filter((t) => (t.meta.fromFile ?? t.file) === p || t.file === p);
    for (const h of hunks) {
      for (let l = h.newStart; l < h.newStart + h.newLines; l++) {
        if (!onFile.some((t) => l >= t.range.line && l <= t.range.endLine)) missing.push(`${p}:+${l}`);
      }
      for (let l = h.oldStart; l < h.oldStart + h.oldLines; l++) {
        if (!onOld.some((t) => t.meta.baseRange && l >= t.meta.baseRange.line && l <= t.meta.baseRange.endLine)) missing.push(`${p}:-${l}`);
      }
    }
  }
  return missing;
}

/** The symbol-level kinds the accuracy corpus scores (docs/accuracy.md "What is scored"), and MODIFY_SIG. */
const SCORED = ['ADD_FN', 'DEL_FN', 'RENAME_FN', 'EXTRACT_FN', 'INLINE_FN', 'MOVE_SYMBOL', 'ADD_CLASS', 'DEL_CLASS', 'RENAME_CLASS', 'MODIFY_SIG'];

/** Scored symbol tokens as `KIND file symbol` (MODIFY_SIG with its verdict), sorted. */
export function scoredTokens(b: Record<string, string>, h: Record<string, string | null>): string[] {
  return directDelta(b, h)
    .tokens.filter((t) => SCORED.includes(t.kind))
    .map((t) => `${t.kind}${t.kind === 'MODIFY_SIG' ? (t.meta.compatible ? '/compatible' : '/breaking') : ''} ${t.file} ${t.symbol}`)
    .sort();
}
