// engine/generated.ts measures a text's lines for the minified check without building an array of
// line starts (issue 14, eighteenth pass): the same line count, longest line, its number and the
// characters in over-long lines as the line starts util/line-starts.ts gives, for any text, with
// and without the editor's recorded starts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { lineLengths } from '../../server/src/engine/generated';
import { forgetLineStarts, lineStarts, rememberLineStarts } from '../../server/src/util/line-starts';

function fromStarts(text: string, maxLine: number) {
  const starts = lineStarts(text);
  let longest = 0;
  let longestAt = 0;
  let inLong = 0;
  for (let i = 0; i < starts.length; i++) {
    const len = (i + 1 < starts.length ? starts[i + 1] - 1 : text.length) - starts[i];
    if (len > maxLine) inLong += len;
    if (len > longest) {
      longest = len;
      longestAt = i + 1;
    }
  }
  return { lines: starts.length, longest, longestAt, inLong };
}

test('lineLengths equals the figures read from the line starts, recorded or not', () => {
  const text = fc.array(fc.constantFrom('a', 'b', ' ', '\n', '\n', '\r', 'é', '\t'), { maxLength: 400 }).map((cs) => cs.join(''));
  fc.assert(
    fc.property(text, fc.integer({ min: 0, max: 40 }), (t, maxLine) => {
      assert.deepEqual(lineLengths(t, maxLine), fromStarts(t, maxLine));
      const owner = {};
      rememberLineStarts(t, lineStarts(t), owner);
      try {
        assert.deepEqual(lineLengths(t, maxLine), fromStarts(t, maxLine));
      } finally {
        forgetLineStarts(owner);
      }
    }),
    { numRuns: 1500 },
  );
  for (const t of ['', '\n', 'x', 'x\n', '\n\n', 'abc\ndefgh\n\nij']) assert.deepEqual(lineLengths(t, 2), fromStarts(t, 2), JSON.stringify(t));
});
