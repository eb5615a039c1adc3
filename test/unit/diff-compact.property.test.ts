// Where an ambiguous insertion or deletion lands (util/diff-compact.ts): the same place as git's
// own `git diff --no-index -U0 --indent-heuristic` (git's default), checked against the real git
// on random texts made of the lines that make blocks slide — decorators, blank lines, braces,
// indented bodies, tabs — each with one block inserted or deleted. Plus the real case that showed
// the difference: httpx 90538a3b46 (a decorated test inserted above another decorated test).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import fc from 'fast-check';
import { diffLines, splitLines, type Hunk } from '../../server/src/util/line-diff';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glx-diff-compact-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

/** git's -U0 hunks of a → b. */
function gitHunks(a: string, b: string): Hunk[] {
  fs.writeFileSync(path.join(dir, 'a'), a);
  fs.writeFileSync(path.join(dir, 'b'), b);
  const r = spawnSync('git', ['-c', 'core.quotepath=false', 'diff', '--no-index', '--no-color', '--indent-heuristic', '--diff-algorithm=myers', '-U0', 'a', 'b'], { cwd: dir, encoding: 'utf8' });
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  const out: Hunk[] = [];
  for (const m of r.stdout.matchAll(/^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/gm)) {
    out.push({ oldStart: +m[1], oldLines: m[2] === undefined ? 1 : +m[2], newStart: +m[3], newLines: m[4] === undefined ? 1 : +m[4] });
  }
  return out;
}

const LINES = ['', '', '', '@pytest.mark.anyio', 'def test_a():', '    assert x', '    return 1', '}', '  }', 'function f() {', '  return 1;', '\treturn 2;', '/**', ' * doc', ' */', '        deep', 'x = 1'];
const text = (lines: string[]) => (lines.length ? `${lines.join('\n')}\n` : '');
const arbLines = (min: number, max: number) => fc.array(fc.constantFrom(...LINES), { minLength: min, maxLength: max });

/** One pure block, the same size on both: the only ambiguity left is where it goes. */
const single = (h: Hunk[]) => h.length === 1 && (h[0].oldLines === 0 || h[0].newLines === 0);

test('one block inserted or deleted lands where git puts it (random texts, real git)', () => {
  let compared = 0;
  let runs = 0;
  fc.assert(
    fc.property(arbLines(0, 30), arbLines(1, 8), fc.nat(), fc.boolean(), (base, block, at, insert) => {
      runs++;
      const i = at % (base.length + 1);
      const withBlock = [...base.slice(0, i), ...block, ...base.slice(i)];
      const [a, b] = insert ? [base, withBlock] : [withBlock, base];
      const ours = diffLines(splitLines(text(a)), splitLines(text(b)));
      const git = gitHunks(text(a), text(b));
      // Myers may find another minimal script than one contiguous block (two smaller blocks):
      // then there is nothing to slide-compare. Counted, so the test cannot pass vacuously.
      if (!single(ours) || !single(git) || ours[0].oldLines + ours[0].newLines !== git[0].oldLines + git[0].newLines) return;
      compared++;
      assert.deepEqual(ours, git, `a=${JSON.stringify(a)} b=${JSON.stringify(b)}`);
    }),
    { numRuns: 300, seed: 90538 },
  );
  assert.ok(compared >= runs * 0.6, `${compared} of ${runs} compared`);
});

test('httpx 90538a3b46: a decorated test inserted above a decorated test takes its own decorator, not the next one', () => {
  const before = [
    '    assert response.json() == {"raw_path": "/user@example.org"}',
    '',
    '',
    '@pytest.mark.anyio',
    'async def test_asgi_upload():',
    '    async with httpx.AsyncClient(app=echo_body) as client:',
  ];
  const added = [
    '@pytest.mark.anyio',
    'async def test_asgi_raw_path_should_not_include_querystring_portion():',
    '    """',
    '    See https://github.com/encode/httpx/issues/2810',
    '    """',
    '    async with httpx.AsyncClient(app=echo_raw_path) as client:',
    '        url = httpx.URL("http://www.example.org/path?query")',
    '        response = await client.get(url)',
    '',
    '    assert response.status_code == 200',
    '    assert response.json() == {"raw_path": "/path"}',
    '',
    '',
  ];
  const after = [...before.slice(0, 3), ...added, ...before.slice(3)];
  const expected = [{ oldStart: 3, oldLines: 0, newStart: 4, newLines: 13 }];
  assert.deepEqual(diffLines(before, after), expected);
  assert.deepEqual(gitHunks(text(before), text(after)), expected);
});
