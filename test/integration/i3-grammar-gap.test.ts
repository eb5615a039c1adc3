// I3 and a file the bundled grammar cannot read (issue 17, zod: 12 of its 14 blocked commits).
// tree-sitter-typescript 0.23 does not parse TS 4.7 variance annotations (`interface
// $ZodCheck<in T>`), so zod's checks.ts "does not parse" on both sides of every commit and its
// hunks were held against the tokens. A file whose base does not parse either was not broken by
// the change: it is left out of I3 (mosaic/phi.ts). Real commit a1904fc2 (first 140 lines of
// the file, test/fixtures/issue17/zod-a1904fc2), judged through a real git repository.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { TempRepo } from '../helpers/temp-repo';

const GLX = path.resolve(__dirname, '..', '..', '..', 'bin', 'glx');
const FIX = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'issue17', 'zod-a1904fc2');
const FILE = 'packages/zod/src/v4/core/checks.ts';
const repos: TempRepo[] = [];
after(() => repos.forEach((r) => r.cleanup()));

function judge(dir: string): { decision: string; lines: string[] } {
  const r = spawnSync(process.execPath, [GLX, 'gates', 'backtest', '--commits', '1', '--json'], { cwd: dir, encoding: 'utf8', timeout: 120_000, env: { ...process.env, GLX_EGDB: 'off' } });
  assert.equal(r.status, 0, r.stderr);
  const c = JSON.parse(r.stdout).commits[0];
  return { decision: c.decision, lines: c.findings.map((f: { line: string }) => f.line) };
}

function repoWith(before: string, afterText: string): TempRepo {
  const r = new TempRepo('glx-i3-grammar-');
  repos.push(r);
  const filler: Record<string, string> = {};
  for (let i = 1; i <= 12; i++) filler[`src/f${i}.ts`] = `export function f${i}(x: number): number {\n  return x + ${i};\n}\n`;
  r.commit({ ...filler, [FILE]: before }, 'base');
  r.commit({ [FILE]: afterText }, 'fix(v4): report date origin for numeric min/max bounds');
  return r;
}

test('zod a1904fc2: a file neither side of which the grammar reads is not an I3 FAIL', () => {
  const before = fs.readFileSync(path.join(FIX, 'before', `${FILE}.txt`), 'utf8');
  const afterText = fs.readFileSync(path.join(FIX, 'after', `${FILE}.txt`), 'utf8');
  assert.match(before, /interface \$ZodCheck<in T = never>/);
  const r = judge(repoWith(before, afterText).dir);
  assert.ok(!r.lines.some((l) => l.startsWith('I3 FAIL')), r.lines.join('\n'));
  // Without the rule this commit was BLOCKed: `I3 FAIL: E 1.000 — …checks.ts does not parse (line 28:31:
  // syntax error near `T`); 4 changed lines not explained`. A file broken by the change (its base
  // parsed) is still a FAIL: test/unit/mosaic-i3.test.ts "a file broken mid-edit".
});

// mongoose 49cdab0136 removes the merge-conflict markers an earlier commit (65994f121f) left in
// test/model.discriminator.test.js: the change repairs the file, its base's tokens come from error
// recovery, and I3 blocked the repair ("24 changed lines not explained"). Same shape, small.
test('a change that repairs a file whose base does not parse is not an I3 FAIL; breaking one is', () => {
  const clean = [
    "const assert = require('assert');",
    '',
    "describe('discriminator', function() {",
    "  it('keeps the key', function() {",
    '    assert.equal(1, 1);',
    '  });',
    '',
    "  it('casts', function() {",
    '    assert.ok(true);',
    '  });',
    '});',
    '',
  ].join('\n');
  const conflicted = clean.replace("  it('casts'", "<<<<<<< HEAD\n  it('old', function() {\n    assert.ok(false);\n  });\n=======\n>>>>>>> 8.x\n  it('casts'");
  const r = new TempRepo('glx-i3-repair-');
  repos.push(r);
  const filler: Record<string, string> = {};
  for (let i = 1; i <= 12; i++) filler[`lib/f${i}.js`] = `function f${i}(x) {\n  return x + ${i};\n}\nmodule.exports = f${i};\n`;
  r.commit({ ...filler, 'test/model.discriminator.test.js': clean }, 'base');
  r.commit({ 'test/model.discriminator.test.js': conflicted }, 'Merge branch 8.x');
  const broke = judge(r.dir);
  assert.ok(broke.lines.some((l) => l.startsWith('I3 FAIL')), `the breaking commit: ${broke.lines.join('\n')}`);
  r.commit({ 'test/model.discriminator.test.js': clean }, 'fix tests');
  const repaired = judge(r.dir);
  assert.ok(!repaired.lines.some((l) => l.startsWith('I3 FAIL')), `the repair: ${repaired.lines.join('\n')}`);
});

// TanStack/query fb6c3fabda "fix(react): switch to export type *": the change itself introduces
// TS 5.0's `export type * from`, which the bundled grammar cannot read, so the head "does not
// parse" although its base did; I3 failed the commit (E 1.000). The real file, before and after
// (test/fixtures/session16). A head whose every parse error sits on such a line is the grammar's
// gap (parsing/grammar-gaps.ts); a real syntax error next to it still counts.
test('TanStack query fb6c3fabda: valid TypeScript the grammar cannot read (`export type *`) is not an I3 FAIL; a real syntax error still is', () => {
  const dir = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'session16');
  const before = fs.readFileSync(path.join(dir, 'query-fb6c3fabda-index.before.ts.txt'), 'utf8');
  const afterText = fs.readFileSync(path.join(dir, 'query-fb6c3fabda-index.after.ts.txt'), 'utf8');
  assert.match(afterText, /^export type \* from '\.\/types'$/m);
  const r = judge(repoWith(before, afterText).dir);
  assert.ok(!r.lines.some((l) => l.startsWith('I3 FAIL')), r.lines.join('\n'));
  const broken = judge(repoWith(before, afterText.replace("export { useQuery } from './useQuery'", "export { useQuery from './useQuery'")).dir);
  assert.ok(broken.lines.some((l) => l.startsWith('I3 FAIL')), `a real error next to the gap: ${broken.lines.join('\n')}`);
});
