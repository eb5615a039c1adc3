// The line diff as it was before the editor's incremental bookkeeping (issue 14, fifth pass):
// Myers with a trace of one sliced array per step and both sides interned per call, no memo.
// util/line-diff.ts must give exactly these hunks (test/unit/line-diff-incremental.property.test.ts)
// whatever it keeps between calls. A verbatim copy of line-diff.ts at 9503f9c, kept apart so that
// a change to the shared Myers core cannot change the reference with it.
import type { Hunk } from '../../server/src/util/line-diff';
import { compactHunks } from '../../server/src/util/diff-compact';

/** Above this edit distance the middle of the file is reported as one hunk (bounded time). */
const MAX_D = 2000;

export function splitLines(text: string): string[] {
  if (text.length === 0) return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Hunks turning `a` into `b`, computed from scratch. */
export function referenceDiffLines(a: readonly string[], b: readonly string[]): Hunk[] {
  let pre = 0;
  const minLen = Math.min(a.length, b.length);
  while (pre < minLen && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < minLen - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const aLen = a.length - suf - pre;
  const bLen = b.length - suf - pre;
  if (aLen === 0 && bLen === 0) return [];
  if (aLen === 0 || bLen === 0) {
    return compactHunks([mkHunk(pre, aLen, pre, bLen)], a, b);
  }
  const ops = myers(a.slice(pre, a.length - suf), b.slice(pre, b.length - suf));
  if (!ops) return [mkHunk(pre, aLen, pre, bLen)];
  // Group consecutive non-equal ops into hunks.
  const hunks: Hunk[] = [];
  let i = 0;
  let j = 0;
  let k = 0;
  while (k < ops.length) {
    if (ops[k] === EQ) {
      i++;
      j++;
      k++;
      continue;
    }
    const si = i;
    const sj = j;
    while (k < ops.length && ops[k] !== EQ) {
      if (ops[k] === DEL) i++;
      else j++;
      k++;
    }
    hunks.push(mkHunk(pre + si, i - si, pre + sj, j - sj));
  }
  return compactHunks(hunks, a, b);
}

function mkHunk(oldIdx0: number, oldLines: number, newIdx0: number, newLines: number): Hunk {
  // git convention: for an empty side, start is the line *before* the insertion point.
  return {
    oldStart: oldLines === 0 ? oldIdx0 : oldIdx0 + 1,
    oldLines,
    newStart: newLines === 0 ? newIdx0 : newIdx0 + 1,
    newLines,
  };
}

const EQ = 0;
const DEL = 1;
const INS = 2;

/** Myers' greedy algorithm with a trace for backtracking; undefined when D exceeds MAX_D. */
function myers(a: readonly string[], b: readonly string[]): Uint8Array | undefined {
  // Intern lines to ints so comparisons are cheap.
  const ids = new Map<string, number>();
  const A = new Int32Array(a.length);
  const B = new Int32Array(b.length);
  for (let x = 0; x < a.length; x++) {
    let id = ids.get(a[x]);
    if (id === undefined) ids.set(a[x], (id = ids.size));
    A[x] = id;
  }
  for (let y = 0; y < b.length; y++) {
    let id = ids.get(b[y]);
    if (id === undefined) ids.set(b[y], (id = ids.size));
    B[y] = id;
  }
  return myersCodes(A, B);
}

function myersCodes(A: Int32Array, B: Int32Array): Uint8Array | undefined {
  const n = A.length;
  const m = B.length;
  const max = Math.min(n + m, MAX_D);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max; d++) {
    // Only k ∈ [-d-1, d+1] is read back for step d: keep memory O(D²), not O(D·(N+M)).
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x: number;
      if (k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1])) x = v[offset + k + 1];
      else x = v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && A[x] === B[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    if (found >= 0) break;
  }
  if (found < 0) return undefined;
  // Backtrack.
  const ops: number[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const vd = trace[d];
    const at = (kk: number) => vd[kk + d + 1];
    const k = x - y;
    let prevK: number;
    if (k === -d || (k !== d && at(k - 1) < at(k + 1))) prevK = k + 1;
    else prevK = k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push(EQ);
      x--;
      y--;
    }
    if (x === prevX) {
      ops.push(INS);
      y--;
    } else {
      ops.push(DEL);
      x--;
    }
  }
  while (x > 0 && y > 0) {
    ops.push(EQ);
    x--;
    y--;
  }
  ops.reverse();
  return Uint8Array.from(ops);
}

