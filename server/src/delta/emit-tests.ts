// Test tokens (spec §3.3 row ΔTESTS): the test-case count of a test file (the test-path rule of
// symbols/analyze.ts, spec §3.6 test globs) changed by k; magnitude |k|, meta.sign. Removal is
// risky (0.10 per case), addition relieves (TESTS_ADDED_WEIGHT, −0.02 per case). A head that
// does not parse gives no ΔTESTS (its count is unknown, not zero).
import { isTestPath } from '../symbols/analyze';
import { TESTS_ADDED_WEIGHT, TOKEN_KINDS } from './catalogue';
import type { ChangeCtx, TokenizeContext } from './tokenize-context';

export function emitTests(ctx: TokenizeContext, c: ChangeCtx): void {
  const path = c.change.new?.path ?? c.change.old!.path;
  if (!isTestPath(path) && !(c.change.old && isTestPath(c.change.old.path))) return;
  if (c.newA && !c.newA.ok) return;
  const before = c.oldA?.testCases ?? 0;
  const after = c.newA?.testCases ?? 0;
  const k = after - before;
  if (k === 0) return;
  ctx.emit('ΔTESTS', c.file, { line: 1, endLine: 1 }, {
    magnitude: Math.abs(k), before, after, weight: k < 0 ? TOKEN_KINDS['ΔTESTS'].weight : TESTS_ADDED_WEIGHT, meta: { sign: k > 0 ? '+' : '-' },
  });
}
