// The line diff's state kept between calls (issue 14, fifth pass: util/line-diff.ts): the codes
// of the last buffer diffed against a base (reused for the lines it shares with the next one)
// and one Myers trace buffer reused across calls. Neither may change an answer: over random
// sequences of edits to a kept buffer — the editor's shape, where most line strings are the
// same objects from one keystroke to the next — diffLines(base, buffer, memo) must equal a
// from-scratch diff of the same lines by the reference copy of the original algorithm
// (test/helpers/reference-line-diff.ts), including when two bases alternate, when the trace
// outgrows the kept buffer and when the edit distance passes MAX_D.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { diffLines } from '../../server/src/util/line-diff';
import { referenceDiffLines } from '../helpers/reference-line-diff';

// Few distinct lines: equal lines everywhere, so Myers' ties (which equally short script) matter.
const lineArb = fc.oneof(fc.constantFrom('}', '', '  return x;', '{', 'a();', '  // c'), fc.string({ maxLength: 4 }));
const editArb = fc.record({
  at: fc.nat(400), del: fc.nat(4), ins: fc.array(lineArb, { maxLength: 4 }), touch: fc.boolean(),
});

/** The editor's kept lines: edited in place, then copied per version (workspace-host.ts shareLines). */
function applyEdit(raw: string[], e: { at: number; del: number; ins: string[]; touch: boolean }): void {
  const at = Math.min(e.at, raw.length);
  if (e.touch && at < raw.length) raw[at] = `${raw[at]} `; // a keystroke at a line's end
  else raw.splice(at, e.del, ...e.ins);
}

test('memoised diff of a drifting buffer equals a from-scratch diff, step by step (two bases alternating)', () => {
  fc.assert(
    fc.property(
      fc.array(lineArb, { maxLength: 300 }), fc.array(lineArb, { maxLength: 60 }),
      fc.array(fc.tuple(editArb, fc.boolean()), { minLength: 1, maxLength: 25 }),
      (baseA, baseB, steps) => {
        const raws = [baseA.slice(), baseB.slice()];
        for (const [e, other] of steps) {
          const which = other ? 1 : 0;
          const base = which ? baseB : baseA;
          applyEdit(raws[which], e);
          const buffer = raws[which].slice();
          assert.deepEqual(diffLines(base, buffer, true), referenceDiffLines(base, buffer));
          // The same buffer again and a fresh array of equal strings: same answer.
          assert.deepEqual(diffLines(base, buffer.map((l) => ` ${l}`.slice(1)), true), referenceDiffLines(base, buffer));
        }
      },
    ),
    { numRuns: 300 },
  );
});

test('large edit distances: trace beyond the kept buffer, past MAX_D, then small again', () => {
  const base = Array.from({ length: 700 }, (_, i) => `line ${i}`);
  // Every other line rewritten: D = 700 (kept trace); every line: D = 1,400 (~2M ints, not kept);
  // 1,100 lines replaced by 1,100 others: D = 2,200 > MAX_D (one hunk); then one line.
  const half = base.map((l, i) => (i % 2 ? `${l}!` : l));
  const all = base.map((l) => `${l}?`);
  const other = Array.from({ length: 1100 }, (_, i) => `other ${i}`);
  const wide = Array.from({ length: 1100 }, (_, i) => `wide ${i}`);
  const one = base.map((l, i) => (i === 350 ? 'x' : l));
  for (const [a, b] of [[base, half], [base, all], [wide, other], [base, one], [base, half]] as const) {
    assert.deepEqual(diffLines(a, b, true), referenceDiffLines(a, b));
    assert.deepEqual(diffLines(a, b), referenceDiffLines(a, b));
  }
});

test('a buffer with the codes of the last one gets its hunks, slid insertions included: every line the base lacks rewritten', () => {
  // diffLines keeps the last buffer's hunks per base and answers a buffer whose lines equal the
  // same base lines (each line the base lacks may differ) from them (util/line-diff.ts
  // sameCodes). Blocks of base lines and of new lines inserted anywhere make insertions that
  // slide; the second buffer rewrites every new line (the typing case, and a worst case for the
  // slide's comparisons); both answers must be the reference's.
  const small = fc.constantFrom('a', 'b', '}', '', 'x();');
  fc.assert(
    fc.property(
      fc.array(small, { minLength: 1, maxLength: 40 }),
      fc.array(fc.record({ at: fc.nat(60), block: fc.array(fc.oneof(small, fc.constantFrom('N1', 'N2', 'N3')), { minLength: 1, maxLength: 5 }), del: fc.nat(2) }), { minLength: 1, maxLength: 6 }),
      fc.nat(),
      (base, edits, salt) => {
        const buffer: string[] = base.slice();
        for (const e of edits) buffer.splice(Math.min(e.at, buffer.length), e.del, ...e.block);
        const inBase = new Set<string>(base);
        const rewritten = buffer.map((l, i) => (inBase.has(l) ? l : `${l}~${(salt + i) % 3}`));
        assert.deepEqual(diffLines(base, buffer, true), referenceDiffLines(base, buffer));
        assert.deepEqual(diffLines(base, rewritten, true), referenceDiffLines(base, rewritten));
        assert.deepEqual(diffLines(base, buffer, true), referenceDiffLines(base, buffer));
      },
    ),
    { numRuns: 500 },
  );
});
