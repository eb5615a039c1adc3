// engine/git-change-set.ts worktreeFilesFrom (issue 14 "Warm starts"): the working tree's file
// list derived from the base's list and the base → working-tree diff must equal what
// `GitRepo.listFiles('worktree')` reads with three scans of the tree, in every state a working
// tree can be in: edits, deletions on disk and in the index, `git rm --cached`, untracked and
// ignored files, staged additions, `git mv` and plain `mv`, symlinks, regular ↔ symlink type
// changes, mode changes, nested untracked directories, built-in excluded directories. Each
// scenario is applied on top of the previous ones (cumulative states), and also alone.
// The same states check the `.gitattributes` files read from that list (issue 14, fifth pass:
// no `git grep` process): whenever git's grep over the tracked ones finds a mention, the
// in-process read does too, and they agree unless an untracked .gitattributes (which git
// check-attr honours, the grep does not see) mentions one — then only the in-process read says
// yes, which costs one `git check-attr`, never a wrong answer.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { attributesFilesOf, worktreeFilesFrom } from '../../server/src/engine/git-change-set';
import { attributesMentioned } from '../../server/src/engine/generated';
import { GitRepo } from '../../server/src/git';
import { TempRepo } from '../helpers/temp-repo';

type Step = [name: string, apply: (r: TempRepo) => void];

const STEPS: Step[] = [
  ['edit', (r) => r.write('src/a.ts', 'export const a = 2;\n')],
  ['delete on disk', (r) => r.remove('src/b.ts')],
  ['git rm', (r) => r.git('rm', '-q', 'src/c.ts')],
  ['git rm --cached (file stays, untracked)', (r) => r.git('rm', '-q', '--cached', 'docs/readme.md')],
  ['untracked file', (r) => r.write('src/new.ts', 'export const n = 1;\n')],
  ['ignored untracked file', (r) => r.write('build.log', 'log\n')],
  ['staged addition', (r) => {
    r.write('src/staged.ts', 'export const s = 1;\n');
    r.git('add', 'src/staged.ts');
  }],
  ['staged addition then deleted on disk', (r) => {
    r.write('src/ghost.ts', 'export const g = 1;\n');
    r.git('add', 'src/ghost.ts');
    r.remove('src/ghost.ts');
  }],
  ['git mv', (r) => r.git('mv', 'lib/x.py', 'lib/y.py')],
  ['plain mv', (r) => fs.renameSync(path.join(r.dir, 'lib/z.py'), path.join(r.dir, 'lib/zz.py'))],
  ['symlink added', (r) => fs.symlinkSync('a.ts', path.join(r.dir, 'src/link.ts'))],
  ['regular → symlink', (r) => {
    r.remove('src/d.ts');
    fs.symlinkSync('a.ts', path.join(r.dir, 'src/d.ts'));
  }],
  ['symlink → regular', (r) => {
    r.remove('src/old-link.ts');
    r.write('src/old-link.ts', 'export const o = 1;\n');
  }],
  ['mode change', (r) => fs.chmodSync(path.join(r.dir, 'tools/run.sh'), 0o755)],
  ['nested untracked directory', (r) => r.write('pkg/deep/er/file.ts', 'export {};\n')],
  ['built-in excluded directory', (r) => r.write('node_modules/dep/index.js', 'module.exports = 1;\n')],
  ['deleted directory', (r) => r.remove('old')],
  ['.gitattributes untracked, mentioning -diff', (r) => r.write('pkg/.gitattributes', '*.ts -diff\n')],
  ['.gitattributes tracked, mentioning linguist-generated', (r) => {
    r.write('gen/.gitattributes', '*.js linguist-generated\n');
    r.git('add', 'gen/.gitattributes');
  }],
];

/** Steps whose diff touches a symlink: worktreeFilesFrom declines, the caller lists the tree. */
const TYPE_CHANGES = new Set(['regular → symlink', 'symlink → regular']);

function baseRepo(): { repo: TempRepo; base: string } {
  const repo = new TempRepo('glx-wtlist-');
  repo.write('.gitignore', '*.log\n');
  repo.write('src/a.ts', 'export const a = 1;\n');
  repo.write('src/b.ts', 'export const b = 1;\n');
  repo.write('src/c.ts', 'export const c = 1;\n');
  repo.write('src/d.ts', 'export const d = 1;\n');
  repo.write('docs/readme.md', '# r\n');
  repo.write('lib/x.py', 'x = 1\n');
  repo.write('lib/z.py', 'z = 1\n');
  repo.write('tools/run.sh', 'echo hi\n');
  repo.write('old/one.ts', 'export {};\n');
  repo.write('old/two.ts', 'export {};\n');
  repo.write('.gitattributes', '*.sh text eol=lf\n'); // read, mentions nothing
  fs.mkdirSync(path.join(repo.dir, 'src'), { recursive: true });
  fs.symlinkSync('a.ts', path.join(repo.dir, 'src/old-link.ts'));
  const base = repo.commit({}, 'base');
  return { repo, base };
}

/** stdout of a git command that may exit 1 (grep without a match): '' then. */
function gitOut(repo: TempRepo, ...args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: repo.dir, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

async function check(repo: TempRepo, base: string, what: string, derivable = true): Promise<void> {
  const git = await GitRepo.open(repo.dir);
  try {
    const [baseFiles, changes, listed] = await Promise.all([git.listFiles(base), git.diff(base, 'worktree'), git.listFiles('worktree')]);
    const derived = worktreeFilesFrom(baseFiles, changes);
    if (!derivable) {
      assert.equal(derived, undefined, `${what}: a type change is left to the listing`);
      return;
    }
    assert.ok(derived, `${what}: derivable`);
    assert.deepEqual([...derived].sort(), [...listed].sort(), what);
    const grep = gitOut(repo, 'grep', '-l', '-I', '-E', '-e', 'linguist-generated|(^|[[:space:]])-diff|binary', '--', ':(glob)**/.gitattributes') !== '';
    const untrackedMention = gitOut(repo, 'ls-files', '--others', '--exclude-standard', '--', ':(glob)**/.gitattributes') !== '';
    const inProcess = attributesMentioned(repo.dir, attributesFilesOf(derived));
    if (grep) assert.ok(inProcess, `${what}: git grep finds a mention, the in-process read must too`);
    if (!untrackedMention) assert.equal(inProcess, grep, `${what}: .gitattributes mention`);
  } finally {
    await git.close();
  }
}

test('derived working-tree list ≡ listFiles(worktree), cumulative states', async () => {
  const { repo, base } = baseRepo();
  try {
    await check(repo, base, 'clean');
    let typeChanged = false;
    for (const [name, apply] of STEPS) {
      apply(repo);
      typeChanged ||= TYPE_CHANGES.has(name);
      await check(repo, base, `after ${name}`, !typeChanged);
    }
  } finally {
    repo.cleanup();
  }
});

test('derived working-tree list ≡ listFiles(worktree), each state alone', async () => {
  for (const [name, apply] of STEPS) {
    const { repo, base } = baseRepo();
    try {
      apply(repo);
      await check(repo, base, name, !TYPE_CHANGES.has(name));
    } finally {
      repo.cleanup();
    }
  }
});
