// The history walk in worker threads (engine/history-parallel.ts) gives exactly what the
// single-threaded walk gives: the same commits in the same order (newest first), each with a
// deepEqual DeltaResult (tokens in order, ΔZ per module, fingerprint) and changed-file count —
// on random histories of real git repositories (TS, Python, JS; modifications, additions,
// deletions, renames, syntax errors, a binary file), with 2 and 3 threads, with commits
// skipped, in many small windows, and through `glx delta --range A..B --per-commit` (GLX_WALK_THREADS=1 vs 2).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { before, test } from 'node:test';
import fc from 'fast-check';
import { Policy } from '../../server/src/config/policy';
import { walkHistoryResults, type CommitResult } from '../../server/src/engine/history-parallel';
import { GitRepo } from '../../server/src/git';
import { initParsers } from '../../server/src/parsing/languages';
import { TempRepo } from '../helpers/temp-repo';

before(async () => {
  await initParsers();
});

const GLX = path.resolve(__dirname, '..', '..', '..', 'bin', 'glx');

/** Versions each file can take; `null` deletes it. Some versions do not parse. */
const VERSIONS: Record<string, (string | null)[]> = {
  'src/math.ts': [
    'export function add(a: number, b: number): number {\n  return a + b;\n}\n',
    'export function add(a: number, b: number, c = 0): number {\n  return a + b + c;\n}\n\nexport function mul(a: number, b: number): number {\n  return a * b;\n}\n',
    'export class Calc {\n  total = 0;\n  add(n: number) {\n    this.total += n;\n    return this;\n  }\n  mul(n: number) {\n    this.total *= n;\n    return this;\n  }\n}\n',
    'export function add(a: number, b: number {\n  return a + b;\n',
    null,
  ],
  'src/use.ts': [
    "import { add } from './math';\nexport const three = add(1, 2);\n",
    "import { add, mul } from './math';\nexport const six = mul(add(1, 2), 2);\nexport function twice(n: number) {\n  return mul(n, 2);\n}\n",
    null,
  ],
  'lib/util.py': [
    'def norm(s):\n    return s.strip().lower()\n',
    'def normalize(s):\n    return s.strip().lower()\n\n\ndef words(s):\n    return [w for w in normalize(s).split() if w]\n',
    'class Words:\n    def __init__(self, s):\n        self.s = s\n\n    def split(self):\n        return self.s.split()\n',
    'def broken(:\n    pass\n',
    null,
  ],
  'web/app.js': [
    "const path = require('path');\nfunction start(opts) {\n  return opts.port;\n}\nmodule.exports = { start };\n",
    "const path = require('path');\nclass Server {\n  listen(port) {\n    return port;\n  }\n}\nfunction start(opts) {\n  return new Server().listen(opts.port);\n}\nmodule.exports = { start, Server };\n",
    null,
  ],
  'assets/logo.bin': [null],
  'README.md': ['# demo\n', '# demo\n\nUsage: see docs.\n', null],
};
const FILES = Object.keys(VERSIONS);

/** One commit: for some files a version index (modulo its list), or a rename of src/use.ts. */
const commitSpec = fc.record({
  changes: fc.array(fc.tuple(fc.constantFrom(...FILES), fc.nat(10)), { minLength: 1, maxLength: 4 }),
  rename: fc.boolean(),
  binary: fc.boolean(),
});

interface CommitSpec {
  changes: [string, number][];
  rename: boolean;
  binary: boolean;
}

function buildRepo(specs: CommitSpec[]): TempRepo {
  const repo = new TempRepo('glx-parallel-walk-');
  repo.commit({ 'src/math.ts': VERSIONS['src/math.ts'][0], 'src/use.ts': VERSIONS['src/use.ts'][0], 'lib/util.py': VERSIONS['lib/util.py'][0], 'web/app.js': VERSIONS['web/app.js'][0], 'README.md': '# demo\n' }, 'root');
  let i = 0;
  for (const s of specs) {
    const files: Record<string, string | Buffer | null> = {};
    for (const [f, k] of s.changes) {
      const list = VERSIONS[f];
      files[f] = list[k % list.length];
    }
    if (s.binary) files['assets/logo.bin'] = Buffer.from([0, 1, 2, 3, 0, 255, i & 255]);
    if (s.rename && repo.git('ls-files', 'src/use.ts') !== '') {
      repo.git('mv', 'src/use.ts', `src/use${i}.ts`);
      delete files['src/use.ts'];
    }
    repo.commit(files, `commit ${i++}`);
  }
  return repo;
}

async function walk(dir: string, threads: number, skip?: Set<string>, windowPerThread?: number): Promise<CommitResult[]> {
  const git = await GitRepo.open(dir);
  try {
    const out: CommitResult[] = [];
    for await (const r of walkHistoryResults(git, 'HEAD', new Policy(), { threads, skip, minParallel: 1, windowPerThread })) out.push(r);
    return out;
  } finally {
    await git.close();
  }
}

test('random histories: the walk in 2 and 3 threads equals the single-threaded walk, commit for commit', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(commitSpec, { minLength: 6, maxLength: 16 }), fc.array(fc.nat(30), { maxLength: 4 }), async (specs, skipAt) => {
      const repo = buildRepo(specs);
      try {
        const serial = await walk(repo.dir, 1);
        assert.equal(serial.length, specs.length + 1);
        assert.ok(serial.some((r) => r.result.tokens.length > 0), 'the history has tokens');
        for (const threads of [2, 3]) assert.deepEqual(await walk(repo.dir, threads), serial, `${threads} threads`);
        // Windows of a few commits per thread (the bound on results waiting to be read): many windows, each with its own regions.
        assert.deepEqual(await walk(repo.dir, 2, undefined, 2), serial, '2 threads, windows of 4 commits');
        // Skipped commits (calibration is incremental) are left out, the others unchanged.
        const skip = new Set(skipAt.map((k) => serial[k % serial.length].commit.sha));
        assert.deepEqual(await walk(repo.dir, 2, skip), serial.filter((r) => !skip.has(r.commit.sha)));
      } finally {
        repo.cleanup();
      }
    }),
    { numRuns: 6 },
  );
});

test('glx delta --range A..B --per-commit: the same JSON lines with GLX_WALK_THREADS=1 and 2', () => {
  const specs = Array.from({ length: 15 }, (_, i) => ({ changes: [[FILES[i % 4], i] as [string, number], [FILES[(i + 1) % 4], i + 1] as [string, number]], rename: i === 7, binary: i === 3 }));
  const repo = buildRepo(specs);
  try {
    const run = (threads: string) => spawnSync(process.execPath, [GLX, 'delta', '--range', 'HEAD~15..HEAD', '--per-commit', '--tokens'], { cwd: repo.dir, encoding: 'utf8', timeout: 120_000, env: { ...process.env, GLX_WALK_THREADS: threads } });
    const one = run('1');
    const two = run('2');
    assert.equal(one.status, 0, one.stderr);
    assert.equal(two.status, 0, two.stderr);
    const lines = one.stdout.trim().split('\n');
    assert.equal(lines.length, 15);
    assert.ok(lines.some((l) => JSON.parse(l).summary.tokens > 0));
    assert.equal(two.stdout, one.stdout);
  } finally {
    repo.cleanup();
  }
});
