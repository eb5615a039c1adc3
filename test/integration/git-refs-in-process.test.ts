// git/refs.ts (issue 14, fifth pass: HEAD, the default-branch refs and the repository's layout
// read in process instead of five git processes per `glx delta`). Property: after any sequence
// of what happens to a repository's refs — commits, branches with slashes, a detached HEAD,
// `git pack-refs` (then a loose ref newer than its packed copy), a remote-tracking branch and its
// symbolic origin/HEAD, a deleted branch — a GitRepo reading files answers exactly as one asking
// git (GLX_GIT_REFS=git): toplevel, git dirs, HEAD, current branch, default branch, the default
// range; also from a subdirectory and from a linked worktree. The layouts it does not read
// (ceiling directories, core.worktree, inside .git) are left to git.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { GitRepo } from '../../server/src/git';
import { discoverRepo } from '../../server/src/git/refs';
import { TempRepo } from '../helpers/temp-repo';

type Op = 'commit' | 'branch' | 'checkout-branch' | 'checkout-main' | 'detach' | 'pack' | 'origin' | 'origin-head' | 'delete-branch';
const OPS: Op[] = ['commit', 'branch', 'checkout-branch', 'checkout-main', 'detach', 'pack', 'origin', 'origin-head', 'delete-branch'];

let n = 0;
function apply(r: TempRepo, op: Op): void {
  const q = (...a: string[]) => {
    try {
      r.git(...a);
    } catch {
      /* an op that does not apply in this state (no commit yet, branch missing) changes nothing */
    }
  };
  switch (op) {
    case 'commit':
      r.commit({ [`f${n++}.ts`]: `export const x = ${n};\n` }, `c${n}`);
      break;
    case 'branch':
      q('branch', '-f', 'feature/a-b');
      break;
    case 'checkout-branch':
      q('checkout', '-q', 'feature/a-b');
      break;
    case 'checkout-main':
      q('checkout', '-q', 'main');
      break;
    case 'detach':
      q('checkout', '-q', '--detach');
      break;
    case 'pack':
      q('pack-refs', '--all');
      break;
    case 'origin':
      q('update-ref', 'refs/remotes/origin/main', 'HEAD');
      break;
    case 'origin-head':
      q('symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/main');
      break;
    case 'delete-branch':
      q('branch', '-D', 'feature/a-b');
      break;
  }
}

async function openAsGit(dir: string): Promise<GitRepo> {
  const before = process.env.GLX_GIT_REFS;
  process.env.GLX_GIT_REFS = 'git';
  try {
    return await GitRepo.open(dir);
  } finally {
    if (before === undefined) delete process.env.GLX_GIT_REFS;
    else process.env.GLX_GIT_REFS = before;
  }
}

async function answers(repo: GitRepo) {
  const range = await repo.resolveRange({}).then(
    (r) => JSON.stringify(r),
    (e: Error) => `error: ${e.message}`,
  );
  return {
    root: repo.root,
    gitDir: repo.gitDir(),
    // git prints the common dir relative ('../.git'), which GitRepo resolved against the path as
    // given (through a symlink); read from files it is the real path: the same directory.
    commonDir: fs.realpathSync(repo.gitCommonDir()),
    head: await repo.headSha(),
    branch: await repo.currentBranch(),
    defaultBranch: await repo.defaultBranch(),
    range,
  };
}

async function assertSame(dir: string, what: string): Promise<void> {
  const [files, git] = [await GitRepo.open(dir), await openAsGit(dir)];
  try {
    assert.deepEqual(await answers(files), await answers(git), what);
  } finally {
    await files.close();
    await git.close();
  }
}

test('refs read in process ≡ git, after any sequence of ref changes (property)', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.constantFrom(...OPS), { minLength: 1, maxLength: 7 }), async (ops) => {
      const r = new TempRepo('glx-refs-');
      try {
        await assertSame(r.dir, 'unborn');
        for (const [i, op] of ops.entries()) {
          apply(r, op);
          await assertSame(r.dir, `after ${ops.slice(0, i + 1).join(', ')}`);
        }
        fs.mkdirSync(path.join(r.dir, 'sub', 'dir'), { recursive: true });
        await assertSame(path.join(r.dir, 'sub', 'dir'), `from a subdirectory, after ${ops.join(', ')}`);
      } finally {
        r.cleanup();
      }
    }),
    { numRuns: 12 },
  );
});

test('a linked worktree: its own HEAD and git dir, the shared refs; a loose ref newer than packed-refs wins', async () => {
  const r = new TempRepo('glx-refs-wt-');
  const wt = `${r.dir}-wt`;
  try {
    r.commit({ 'a.ts': 'export const a = 1;\n' }, 'one');
    r.git('pack-refs', '--all');
    r.commit({ 'a.ts': 'export const a = 2;\n' }, 'two'); // loose main, older main in packed-refs
    await assertSame(r.dir, 'loose over packed');
    r.git('worktree', 'add', '-q', '-b', 'side', wt);
    fs.writeFileSync(path.join(wt, 'b.ts'), 'export const b = 1;\n');
    r.git('-C', wt, 'add', 'b.ts');
    r.git('-C', wt, 'commit', '-q', '-m', 'side');
    await assertSame(wt, 'linked worktree');
    const layout = discoverRepo(wt)!;
    assert.ok(layout, 'a linked worktree is a plain layout');
    assert.equal(layout.commonDir, fs.realpathSync(path.join(r.dir, '.git')));
    assert.match(layout.gitDir, /\.git[/\\]worktrees[/\\]/);
  } finally {
    r.git('worktree', 'remove', '--force', wt);
    r.cleanup();
  }
});

test('through a symlinked path: the toplevel and git dir are the real paths, as git reports them', async () => {
  const r = new TempRepo('glx-refs-link-');
  const link = `${r.dir}-link`;
  try {
    r.commit({ 'src/a.ts': 'export const a = 1;\n' }, 'one');
    fs.symlinkSync(r.dir, link);
    await assertSame(path.join(link, 'src'), 'symlinked subdirectory');
    assert.equal(discoverRepo(path.join(link, 'src'))?.top, fs.realpathSync(r.dir));
  } finally {
    fs.rmSync(link, { force: true });
    r.cleanup();
  }
});

test('layouts left to git: ceiling directories, core.worktree, inside .git', () => {
  const r = new TempRepo('glx-refs-fallback-');
  try {
    r.commit({ 'a.ts': 'export const a = 1;\n' }, 'one');
    assert.ok(discoverRepo(r.dir));
    assert.equal(discoverRepo(r.dir, { GIT_CEILING_DIRECTORIES: path.dirname(r.dir) }), undefined);
    assert.equal(discoverRepo(path.join(r.dir, '.git', 'refs')), undefined);
    r.git('config', 'core.worktree', r.dir);
    assert.equal(discoverRepo(r.dir), undefined);
  } finally {
    r.cleanup();
  }
});
