// Integration tests of the git adapter (server/src/git/) against real temporary repositories.
import { test, describe, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TempRepo } from '../helpers/temp-repo';
import { BlobReader } from '../../server/src/git/cat-file';
import { GitError, PathEscapeError } from '../../server/src/git/errors';
import { runGit } from '../../server/src/git/run';
import { EMPTY_TREE, GitRepo, type ChangedFile } from '../../server/src/git/repo';
import {
  MAX_ANALYZED_BYTES,
  decodeText,
  isBinary,
  isIgnoredPath,
  isTooLarge,
} from '../../server/src/git/file-filter';

const cleanups: (() => void | Promise<void>)[] = [];
after(async () => {
  for (const c of cleanups.reverse()) await c();
});

function tempRepo(): TempRepo {
  const r = new TempRepo('glx-git-test-');
  cleanups.push(() => r.cleanup());
  return r;
}

async function openRepo(r: TempRepo): Promise<GitRepo> {
  const repo = await GitRepo.open(r.dir);
  cleanups.push(() => repo.close());
  return repo;
}

function lines(n: number, prefix = 'line'): string {
  return Array.from({ length: n }, (_, i) => `${prefix} ${i}\n`).join('');
}

function byPath(files: ChangedFile[]): Map<string, ChangedFile> {
  return new Map(files.map((f) => [(f.newPath ?? f.oldPath)!, f]));
}

async function rejectsWith(p: Promise<unknown>, cls: Function, re: RegExp): Promise<void> {
  await assert.rejects(p, (e: Error) => {
    assert.ok(e instanceof cls, `expected ${cls.name}, got ${e?.constructor?.name}: ${e?.message}`);
    assert.match(e.message, re);
    assert.ok(!e.message.includes('\n'), `one-line message: ${JSON.stringify(e.message)}`);
    return true;
  });
}

// ------------------------------------------------------------------ open

describe('GitRepo.open', () => {
  test('finds the toplevel from a subdirectory; gitDir is absolute', async () => {
    const r = tempRepo();
    r.commit({ 'src/deep/a.ts': 'a\n' });
    const repo = await GitRepo.open(path.join(r.dir, 'src', 'deep'));
    cleanups.push(() => repo.close());
    assert.equal(repo.root, fs.realpathSync(r.dir));
    assert.equal(repo.gitDir(), path.join(fs.realpathSync(r.dir), '.git'));
    assert.equal(repo.gitCommonDir(), path.join(fs.realpathSync(r.dir), '.git'));
  });

  test('a directory outside any repository is a one-line GitError', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glx-norepo-'));
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    await rejectsWith(GitRepo.open(dir), GitError, new RegExp(`^${escapeRe(dir)}: not a git repository$`));
    await rejectsWith(GitRepo.open(path.join(dir, 'nope')), GitError, /nope: no such directory$/);
  });
});

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// ------------------------------------------------------------------ base resolution

describe('resolveBase (spec §1)', () => {
  test('explicit revision; unknown revision names the flag', async () => {
    const r = tempRepo();
    const c1 = r.commit({ 'a.txt': '1\n' });
    r.commit({ 'a.txt': '2\n' });
    const repo = await openRepo(r);
    assert.deepEqual(await repo.resolveBase('HEAD~1'), { rev: 'HEAD~1', sha: c1, source: 'explicit' });
    await rejectsWith(repo.resolveBase('nosuchref'), GitError, /^--base nosuchref: unknown revision$/);
    assert.equal((await repo.resolveBase(EMPTY_TREE)).sha, EMPTY_TREE);
  });

  test('feature branch forked from main → merge-base; on main itself → HEAD', async () => {
    const r = tempRepo();
    r.commit({ 'a.txt': '1\n' });
    const fork = r.commit({ 'a.txt': '2\n' });
    r.git('checkout', '-q', '-b', 'feature');
    r.commit({ 'b.txt': 'b\n' });
    r.commit({ 'b.txt': 'bb\n' });
    r.git('checkout', '-q', 'main');
    const mainTip = r.commit({ 'a.txt': '3\n' });
    r.git('checkout', '-q', 'feature');
    const repo = await openRepo(r);
    assert.deepEqual(await repo.resolveBase(), { rev: fork, sha: fork, source: 'merge-base', branch: 'main' });
    // detached HEAD on the feature branch: same answer
    r.git('checkout', '-q', '--detach', 'feature');
    assert.equal((await repo.resolveBase()).sha, fork);
    assert.equal(await repo.currentBranch(), undefined);
    r.git('checkout', '-q', 'main');
    assert.deepEqual(await repo.resolveBase(), { rev: mainTip, sha: mainTip, source: 'merge-base', branch: 'main' });
    assert.equal(await repo.currentBranch(), 'main');
    // an explicit head takes its own merge-base with the default branch
    assert.deepEqual((await repo.resolveRange({ head: 'feature' })).base, { rev: fork, sha: fork });
  });

  test('default branch master when there is no main', async () => {
    const r = tempRepo();
    const fork = r.commit({ 'a.txt': '1\n' });
    r.git('branch', '-m', 'main', 'master');
    r.git('checkout', '-q', '-b', 'topic');
    r.commit({ 'b.txt': 'b\n' });
    r.git('checkout', '-q', 'master');
    r.commit({ 'a.txt': '2\n' });
    r.git('checkout', '-q', 'topic');
    const repo = await openRepo(r);
    assert.deepEqual(await repo.resolveBase(), { rev: fork, sha: fork, source: 'merge-base', branch: 'master' });
  });

  test('no default branch at all → HEAD', async () => {
    const r = tempRepo();
    r.git('checkout', '-q', '-b', 'develop');
    const head = r.commit({ 'a.txt': '1\n' });
    const repo = await openRepo(r);
    assert.deepEqual(await repo.resolveBase(), { rev: 'HEAD', sha: head, source: 'HEAD' });
  });

  test('origin/HEAD (from a bare remote) wins over a local main', async () => {
    const r = tempRepo();
    r.commit({ 'a.txt': '1\n' });
    r.git('checkout', '-q', '-b', 'trunk');
    const trunkFork = r.commit({ 't.txt': 't\n' });
    r.git('checkout', '-q', '-b', 'feature');
    r.commit({ 'f.txt': 'f\n' });
    r.git('checkout', '-q', 'main');
    r.commit({ 'a.txt': '2\n' });
    const bare = fs.mkdtempSync(path.join(os.tmpdir(), 'glx-bare-'));
    cleanups.push(() => fs.rmSync(bare, { recursive: true, force: true }));
    r.git('clone', '-q', '--bare', r.dir, bare);
    r.git('--git-dir', bare, 'symbolic-ref', 'HEAD', 'refs/heads/trunk');
    r.git('remote', 'add', 'origin', bare);
    r.git('fetch', '-q', 'origin');
    r.git('remote', 'set-head', 'origin', '--auto');
    r.git('checkout', '-q', 'feature');
    const repo = await openRepo(r);
    assert.deepEqual(await repo.resolveBase(), { rev: trunkFork, sha: trunkFork, source: 'merge-base', branch: 'origin/HEAD' });
  });

  test('no commits → the empty tree', async () => {
    const r = tempRepo();
    r.write('a.txt', 'hello\n');
    const repo = await openRepo(r);
    assert.equal(await repo.hasCommits(), false);
    assert.equal(await repo.headSha(), undefined);
    assert.equal(await repo.currentBranch(), 'main');
    assert.deepEqual(await repo.resolveBase(), { rev: EMPTY_TREE, sha: EMPTY_TREE, source: 'empty-tree' });
    const range = await repo.resolveRange({});
    assert.equal(range.head, 'worktree');
    const files = await repo.diff(range.base.sha, 'worktree');
    assert.deepEqual(files, [{ status: 'A', newPath: 'a.txt', newMode: '100644', newFromWorktree: true }]);
    assert.deepEqual(await repo.log('HEAD'), []);
    assert.deepEqual(await repo.listFiles('worktree'), ['a.txt']);
  });
});

// ------------------------------------------------------------------ ranges

describe('resolveRange', () => {
  test('A..B, A...B, single revision, root commit, merge commit, invalid input', async () => {
    const r = tempRepo();
    const root = r.commit({ 'a.txt': '1\n' }, 'root');
    const c2 = r.commit({ 'a.txt': '2\n' }, 'c2');
    r.git('checkout', '-q', '-b', 'feature');
    const f1 = r.commit({ 'f.txt': 'f\n' }, 'f1');
    r.git('checkout', '-q', 'main');
    const c3 = r.commit({ 'a.txt': '3\n' }, 'c3');
    r.git('merge', '-q', '--no-ff', '-m', 'merge feature', 'feature');
    const merge = r.git('rev-parse', 'HEAD');
    const repo = await openRepo(r);

    assert.deepEqual(await repo.resolveRange({ range: `${root}..${c3}` }), {
      base: { rev: root, sha: root },
      head: { rev: c3, sha: c3 },
    });
    assert.deepEqual(await repo.resolveRange({ range: 'main~1..' }), {
      base: { rev: 'main~1', sha: c3 },
      head: { rev: 'HEAD', sha: merge },
    });
    assert.deepEqual(await repo.resolveRange({ range: 'main~1...feature' }), {
      base: { rev: c2, sha: c2 },
      head: { rev: 'feature', sha: f1 },
    });
    assert.deepEqual(await repo.resolveRange({ range: c2 }), { base: { rev: `${c2}^1`, sha: root }, head: { rev: c2, sha: c2 } });
    assert.deepEqual(await repo.resolveRange({ range: root }), { base: { rev: EMPTY_TREE, sha: EMPTY_TREE }, head: { rev: root, sha: root } });
    assert.deepEqual(await repo.resolveRange({ range: 'HEAD' }), { base: { rev: 'HEAD^1', sha: c3 }, head: { rev: 'HEAD', sha: merge } });
    // the root commit's changes are against the empty tree
    assert.deepEqual(
      (await repo.diff(EMPTY_TREE, root)).map((f) => [f.status, f.newPath]),
      [['A', 'a.txt']],
    );
    // a merge compared with its first parent shows what the merge brought in
    assert.deepEqual((await repo.diff(c3, merge)).map((f) => [f.status, f.newPath]), [['A', 'f.txt']]);

    assert.deepEqual(await repo.resolveRange({}), { base: { rev: merge, sha: merge }, head: 'worktree' });
    assert.deepEqual(await repo.resolveRange({ base: 'HEAD~1' }), { base: { rev: 'HEAD~1', sha: c3 }, head: 'worktree' });
    // feature is merged into main, so its merge-base with main is feature itself → first parent
    assert.deepEqual(await repo.resolveRange({ head: 'feature' }), { base: { rev: 'feature^1', sha: c2 }, head: { rev: 'feature', sha: f1 } });
    assert.deepEqual(await repo.resolveRange({ head: 'main', base: root }), { base: { rev: root, sha: root }, head: { rev: 'main', sha: merge } });
    // head on the default branch: the merge-base would be head itself → its first parent
    assert.deepEqual(await repo.resolveRange({ head: 'main' }), { base: { rev: 'main^1', sha: c3 }, head: { rev: 'main', sha: merge } });

    await rejectsWith(repo.resolveRange({ range: 'nosuch..HEAD' }), GitError, /^--range nosuch\.\.HEAD: unknown revision 'nosuch'$/);
    await rejectsWith(repo.resolveRange({ range: 'HEAD..nope' }), GitError, /^--range HEAD\.\.nope: unknown revision 'nope'$/);
    await rejectsWith(repo.resolveRange({ range: 'zzz' }), GitError, /^--range zzz: unknown revision$/);
    await rejectsWith(repo.resolveRange({ head: 'zzz' }), GitError, /^--head zzz: unknown revision$/);
    await rejectsWith(repo.resolveRange({ base: '--output=/tmp/x' }), GitError, /^--base --output=\/tmp\/x: unknown revision$/);
    await rejectsWith(repo.resolveRange({ range: 'a..b', head: 'x' }), GitError, /cannot be combined/);
    // a blob is not a commit
    const blob = r.git('rev-parse', 'HEAD:a.txt');
    await rejectsWith(repo.resolveRange({ range: blob }), GitError, /unknown revision/);
  });
});

// ------------------------------------------------------------------ diff

describe('diff', () => {
  test('commit to commit: A, D, M, R (git mv + edit), move to another directory', async () => {
    const r = tempRepo();
    const base = r.commit({
      'keep.txt': lines(10),
      'gone.txt': 'bye\n',
      'old-name.ts': lines(40, 'fn'),
      'src/moved.ts': lines(30, 'mv'),
    });
    r.git('mv', 'old-name.ts', 'new-name.ts');
    fs.mkdirSync(path.join(r.dir, 'lib'));
    r.git('mv', 'src/moved.ts', 'lib/moved.ts');
    r.write('new-name.ts', lines(40, 'fn') + 'one more line\n');
    const head = r.commit({ 'keep.txt': lines(11), 'gone.txt': null, 'added.txt': 'hi\n' });
    const repo = await openRepo(r);
    const files = await repo.diff(base, head);
    const m = byPath(files);
    assert.equal(files.length, 5);
    assert.deepEqual(m.get('added.txt'), {
      status: 'A', newPath: 'added.txt', newMode: '100644', newOid: r.git('rev-parse', `${head}:added.txt`),
    });
    assert.deepEqual(m.get('gone.txt'), {
      status: 'D', oldPath: 'gone.txt', oldMode: '100644', oldOid: r.git('rev-parse', `${base}:gone.txt`),
    });
    assert.equal(m.get('keep.txt')!.status, 'M');
    assert.equal(m.get('keep.txt')!.oldPath, 'keep.txt');
    const ren = m.get('new-name.ts')!;
    assert.equal(ren.status, 'R');
    assert.equal(ren.oldPath, 'old-name.ts');
    assert.ok(ren.similarity! >= 90 && ren.similarity! < 100, `similarity ${ren.similarity}`);
    const mv = m.get('lib/moved.ts')!;
    assert.deepEqual([mv.status, mv.oldPath, mv.similarity], ['R', 'src/moved.ts', 100]);
    assert.equal((await repo.readOld(ren))!.toString(), lines(40, 'fn'));
    assert.equal((await repo.readNew(ren))!.toString(), lines(40, 'fn') + 'one more line\n');
    assert.equal(await repo.readNew(m.get('gone.txt')!), undefined);
    assert.equal(await repo.readOld(m.get('added.txt')!), undefined);
  });

  test('working tree: staged, unstaged, untracked, ignored, deleted, moved without git mv', async () => {
    const r = tempRepo();
    const base = r.commit({
      '.gitignore': '*.log\nsecret/\n',
      'staged.txt': 'a\n',
      'unstaged.txt': 'b\n',
      'both.txt': 'c\n',
      'deleted.txt': 'd\n',
      'renamed-on-disk.ts': lines(30, 'r'),
      'dist/bundle.js': 'tracked build output\n',
    });
    r.write('staged.txt', 'a2\n');
    r.git('add', 'staged.txt');
    r.write('unstaged.txt', 'b2\n');
    r.write('both.txt', 'c2\n');
    r.git('add', 'both.txt');
    r.write('both.txt', 'c3\n');
    r.remove('deleted.txt');
    r.write('new-staged.txt', 'ns\n');
    r.git('add', 'new-staged.txt');
    r.write('untracked.txt', 'u\n');
    r.write('debug.log', 'ignored\n');
    r.write('secret/key.txt', 'ignored\n');
    r.write('node_modules/pkg/index.js', 'built-in ignored\n');
    r.write('sub/__pycache__/x.pyc', 'built-in ignored\n');
    fs.renameSync(path.join(r.dir, 'renamed-on-disk.ts'), path.join(r.dir, 'renamed-now.ts'));
    fs.appendFileSync(path.join(r.dir, 'renamed-now.ts'), 'tail\n');
    const repo = await openRepo(r);
    const head = await repo.headSha();
    const files = await repo.diff(head!, 'worktree');
    const m = byPath(files);
    assert.deepEqual([...m.keys()].sort(), [
      'both.txt', 'deleted.txt', 'new-staged.txt', 'renamed-now.ts', 'staged.txt', 'unstaged.txt', 'untracked.txt',
    ]);
    for (const p of ['both.txt', 'staged.txt', 'unstaged.txt']) assert.equal(m.get(p)!.status, 'M', p);
    assert.equal(m.get('deleted.txt')!.status, 'D');
    assert.equal(m.get('new-staged.txt')!.status, 'A');
    assert.deepEqual(m.get('untracked.txt'), { status: 'A', newPath: 'untracked.txt', newMode: '100644', newFromWorktree: true });
    const ren = m.get('renamed-now.ts')!;
    assert.equal(ren.status, 'R');
    assert.equal(ren.oldPath, 'renamed-on-disk.ts');
    assert.equal(ren.newFromWorktree, true);
    assert.equal(ren.newOid, undefined);
    assert.equal((await repo.readNew(ren))!.toString(), lines(30, 'r') + 'tail\n');
    assert.equal((await repo.readOld(ren))!.toString(), lines(30, 'r'));
    // content of each side
    const read = async (p: string) => [(await repo.readOld(m.get(p)!))?.toString(), (await repo.readNew(m.get(p)!))?.toString()];
    assert.deepEqual(await read('staged.txt'), ['a\n', 'a2\n']);
    assert.deepEqual(await read('unstaged.txt'), ['b\n', 'b2\n']);
    assert.deepEqual(await read('both.txt'), ['c\n', 'c3\n']);
    assert.deepEqual(await read('deleted.txt'), ['d\n', undefined]);
    assert.deepEqual(await read('new-staged.txt'), [undefined, 'ns\n']);
    assert.deepEqual(await read('untracked.txt'), [undefined, 'u\n']);
    assert.equal(m.get('unstaged.txt')!.newFromWorktree, true);
    // the real index was not touched (no intent-to-add entries leaked, no lock left behind)
    assert.equal(r.git('status', '--porcelain', '--', 'renamed-now.ts'), '?? renamed-now.ts');
    assert.ok(!fs.existsSync(path.join(r.dir, '.git', 'index.lock')));
    // base unchanged: diff against the base commit by sha gives the same set
    assert.equal((await repo.diff(base, 'worktree')).length, files.length);
  });

  test('paths with spaces, unicode and quotes; symlinks are skipped', async () => {
    const r = tempRepo();
    const odd = ['dir with space/naïve "q" file.ts', '日本語/ファイル.txt', "it's\ttab.md", 'back\\slash.txt'];
    const base = r.commit(Object.fromEntries(odd.map((p) => [p, `${p}\n`])));
    fs.symlinkSync('日本語/ファイル.txt', path.join(r.dir, 'link.txt'));
    const files: Record<string, string> = {};
    for (const p of odd) files[p] = `${p} changed\n`;
    files['新しい file.txt'] = 'new\n';
    const head = r.commit(files);
    const repo = await openRepo(r);
    const d = await repo.diff(base, head);
    assert.deepEqual(d.map((f) => f.newPath).sort(), [...odd, '新しい file.txt'].sort());
    for (const f of d) {
      if (f.status === 'M') assert.equal((await repo.readNew(f))!.toString(), `${f.newPath} changed\n`);
    }
    r.write(odd[0], 'worktree edit\n');
    r.write('ünträcked "x".txt', 'u\n');
    const w = byPath(await repo.diff(head, 'worktree'));
    assert.deepEqual([...w.keys()].sort(), [odd[0], 'ünträcked "x".txt'].sort());
    assert.equal((await repo.readNew(w.get(odd[0])!))!.toString(), 'worktree edit\n');
    assert.equal((await repo.readNew(w.get('ünträcked "x".txt')!))!.toString(), 'u\n');
    const listed = await repo.listFiles(head);
    assert.ok(!listed.includes('link.txt'));
    assert.deepEqual(listed, [...odd, '新しい file.txt'].sort());
  });

  test('a regular file that becomes a symlink is a deletion', async () => {
    const r = tempRepo();
    const base = r.commit({ 'a.txt': 'a\n', 'target.txt': 't\n' });
    r.remove('a.txt');
    fs.symlinkSync('target.txt', path.join(r.dir, 'a.txt'));
    const head = r.commit({});
    const repo = await openRepo(r);
    const d = await repo.diff(base, head);
    assert.deepEqual(d.map((f) => [f.status, f.oldPath, f.newPath]), [['D', 'a.txt', undefined]]);
  });
});

// ------------------------------------------------------------------ listings and ignore

describe('listFiles and isIgnored', () => {
  test('tree vs working tree listing', async () => {
    const r = tempRepo();
    const c = r.commit({ '.gitignore': 'tmp/\n', 'a.txt': 'a\n', 'src/b.ts': 'b\n', 'gone.txt': 'g\n' });
    r.remove('gone.txt');
    r.write('new.txt', 'n\n');
    r.write('tmp/x.txt', 'ignored\n');
    r.write('coverage/lcov.info', 'built-in ignored\n');
    const repo = await openRepo(r);
    assert.deepEqual(await repo.listFiles(c), ['.gitignore', 'a.txt', 'gone.txt', 'src/b.ts']);
    assert.deepEqual(await repo.listFiles('HEAD'), ['.gitignore', 'a.txt', 'gone.txt', 'src/b.ts']);
    assert.deepEqual(await repo.listFiles('worktree'), ['.gitignore', 'a.txt', 'new.txt', 'src/b.ts']);
    assert.deepEqual(await repo.listFiles(EMPTY_TREE), []);
    await rejectsWith(repo.listFiles('nosuch'), GitError, /^nosuch: /);
  });

  test('isIgnored answers per path in one batch, negations included', async () => {
    const r = tempRepo();
    r.commit({ '.gitignore': '*.log\n!keep.log\nbuild-cache/\n', 'tracked.log': 'forced\n' });
    r.git('add', '-f', 'tracked.log');
    const repo = await openRepo(r);
    assert.deepEqual(
      await repo.isIgnored(['x.log', 'keep.log', 'src/a.ts', 'build-cache/z.js', 'dir with space/y.log', 'tracked.log']),
      [true, false, false, true, true, false],
    );
    assert.deepEqual(await repo.isIgnored([]), []);
    await rejectsWith(repo.isIgnored(['../outside.log']), PathEscapeError, /escapes the repository root/);
  });
});

// ------------------------------------------------------------------ worktree path safety

describe('working-tree reads stay inside the root', () => {
  test('.. escapes, absolute paths, .git and symlinks pointing outside are rejected', async () => {
    const r = tempRepo();
    r.commit({ 'a.txt': 'a\n', 'sub/b.txt': 'b\n' });
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'glx-outside-'));
    cleanups.push(() => fs.rmSync(outside, { recursive: true, force: true }));
    fs.writeFileSync(path.join(outside, 'secret.txt'), 'secret\n');
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(r.dir, 'evil-link.txt'));
    fs.symlinkSync(outside, path.join(r.dir, 'evil-dir'));
    fs.symlinkSync('sub/b.txt', path.join(r.dir, 'good-link.txt'));
    const repo = await openRepo(r);
    assert.equal((await repo.readWorktreeFile('sub/../a.txt'))!.toString(), 'a\n');
    assert.equal((await repo.readWorktreeFile('good-link.txt'))!.toString(), 'b\n');
    assert.equal(await repo.readWorktreeFile('missing.txt'), undefined);
    assert.equal(await repo.readWorktreeFile('sub'), undefined);
    await rejectsWith(repo.readWorktreeFile('../x'), PathEscapeError, /^\.\.\/x: path escapes the repository root$/);
    await rejectsWith(repo.readWorktreeFile('sub/../../x'), PathEscapeError, /escapes/);
    await rejectsWith(repo.readWorktreeFile('/etc/passwd'), PathEscapeError, /absolute path/);
    await rejectsWith(repo.readWorktreeFile('evil-link.txt'), PathEscapeError, /outside the repository root/);
    await rejectsWith(repo.readWorktreeFile('evil-dir/secret.txt'), PathEscapeError, /outside the repository root/);
    await rejectsWith(repo.readWorktreeFile('.git/config'), PathEscapeError, /inside \.git/);
    const forged: ChangedFile = { status: 'A', newPath: '../../etc/passwd', newFromWorktree: true };
    await rejectsWith(repo.readNew(forged), PathEscapeError, /escapes/);
  });
});

// ------------------------------------------------------------------ BlobReader

describe('BlobReader', () => {
  test('pipelined reads in order: small, 3 MB, missing, by oid and by rev:path', async () => {
    const r = tempRepo();
    const big = Buffer.alloc(3 * 1024 * 1024);
    for (let i = 0; i < big.length; i++) big[i] = (i * 31 + (i >> 10)) & 0xff;
    const files: Record<string, string | Buffer> = { 'big.bin': big, 'empty.txt': '' };
    for (let i = 0; i < 50; i++) files[`f${i}.txt`] = `file ${i}\n` + 'x'.repeat(i * 97) + `\ndeadbeef blob ${i}\n`;
    r.commit(files);
    const reader = new BlobReader(r.dir);
    cleanups.push(() => reader.close());
    const names: string[] = [];
    const expected: (Buffer | undefined)[] = [];
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 50; i++) {
        names.push(`HEAD:f${i}.txt`);
        expected.push(Buffer.from(files[`f${i}.txt`] as string));
        if (i % 17 === 0) {
          names.push('HEAD:big.bin');
          expected.push(big);
          names.push('HEAD:no such file.txt');
          expected.push(undefined);
          names.push('HEAD:empty.txt');
          expected.push(Buffer.alloc(0));
        }
      }
    }
    names.push(r.git('rev-parse', 'HEAD:f3.txt'));
    expected.push(Buffer.from(files['f3.txt'] as string));
    names.push('0123456789012345678901234567890123456789');
    expected.push(undefined);
    const got = await reader.readMany(names);
    assert.equal(got.length, expected.length);
    got.forEach((g, i) => assert.ok(g === expected[i] || (g && expected[i] && g.equals(expected[i]!)), `read #${i} ${names[i]}`));
    // A newline cannot go through the line protocol: it is resolved by argv (issue 11 item 4,
    // names with newlines are legal in git); no such object → undefined, the stream stays in sync.
    assert.equal(await reader.read('a\nb'), undefined);
    assert.ok(await reader.read(names[0]));
    await rejectsWith(reader.read('a\0b'), GitError, /not a valid object name/);
  });

  test('a killed child rejects pending reads, never hangs, and the next read restarts it', async () => {
    const r = tempRepo();
    const big = Buffer.alloc(3 * 1024 * 1024, 'z');
    r.commit({ 'big.bin': big, 'a.txt': 'a\n' });
    const reader = new BlobReader(r.dir);
    cleanups.push(() => reader.close());
    assert.equal((await reader.read('HEAD:a.txt'))!.toString(), 'a\n');
    const firstPid = reader.pid!;
    const pending = Array.from({ length: 20 }, () => reader.read('HEAD:big.bin'));
    process.kill(firstPid, 'SIGKILL');
    const settled = await Promise.allSettled(pending);
    const rejected = settled.filter((s) => s.status === 'rejected');
    assert.ok(rejected.length > 0, 'some reads were pending when the child died');
    for (const s of rejected) {
      assert.ok((s as PromiseRejectedResult).reason instanceof GitError);
      assert.match((s as PromiseRejectedResult).reason.message, /HEAD:big\.bin: git cat-file was killed/);
    }
    for (const s of settled) if (s.status === 'fulfilled') assert.ok(s.value!.equals(big));
    assert.equal((await reader.read('HEAD:a.txt'))!.toString(), 'a\n');
    assert.notEqual(reader.pid, firstPid);
  });

  test('close() lets pending reads finish; later reads reject', async () => {
    const r = tempRepo();
    r.commit({ 'a.txt': 'a\n' });
    const reader = new BlobReader(r.dir);
    const p = reader.readMany(['HEAD:a.txt', 'HEAD:a.txt']);
    await reader.close();
    assert.deepEqual((await p).map((b) => b!.toString()), ['a\n', 'a\n']);
    await rejectsWith(reader.read('HEAD:a.txt'), GitError, /closed/);
  });
});

// ------------------------------------------------------------------ history

describe('log and logWithChanges', () => {
  test('one git log process equals per-commit diffs (merge, rename, root)', async () => {
    const r = tempRepo();
    const root = r.commit({ 'a.txt': lines(20, 'a'), 'b.txt': 'b\n' }, 'root commit');
    r.git('checkout', '-q', '-b', 'feature');
    r.commit({ 'feat/x.ts': lines(10, 'x') }, 'feature work');
    fs.mkdirSync(path.join(r.dir, 'docs'));
    r.git('mv', 'a.txt', 'docs/a-renamed.txt');
    r.commit({ 'docs/a-renamed.txt': lines(20, 'a') + 'edited\n' }, 'rename on feature');
    r.git('checkout', '-q', 'main');
    r.commit({ 'b.txt': 'b2\n', 'c d.txt': 'spaced\n' }, 'main work');
    r.git('merge', '-q', '--no-ff', '-m', 'Merge branch feature', 'feature');
    r.commit({ 'b.txt': null, 'e.txt': 'e\n' }, 'after merge: delete b');
    r.commit({}, 'empty commit');
    const repo = await openRepo(r);

    const hist = await repo.logWithChanges('HEAD');
    assert.deepEqual(hist.map((h) => h.commit.subject), [
      'empty commit', 'after merge: delete b', 'Merge branch feature', 'main work', 'root commit',
    ]);
    for (const h of hist) {
      const base = h.commit.parents[0] ?? EMPTY_TREE;
      assert.deepEqual(h.files, await repo.diff(base, h.commit.sha), h.commit.subject);
    }
    const merge = hist[2];
    assert.equal(merge.commit.parents.length, 2);
    const mergeFiles = byPath(merge.files);
    assert.deepEqual([...mergeFiles.keys()].sort(), ['docs/a-renamed.txt', 'feat/x.ts']);
    assert.equal(mergeFiles.get('docs/a-renamed.txt')!.status, 'R');
    assert.equal(mergeFiles.get('docs/a-renamed.txt')!.oldPath, 'a.txt');
    assert.deepEqual(hist[4].commit, {
      sha: root, parents: [], ts: Date.parse('2026-01-01T00:00:00Z') / 1000, author: 'GlitchLab Test', subject: 'root commit',
    });
    assert.deepEqual(hist[0].files, []);

    const log = await repo.log('HEAD');
    assert.equal(log.length, 7);
    assert.deepEqual(log.slice(0, 5).map((c) => c.sha), [...hist.slice(0, 3).map((h) => h.commit.sha), ...log.slice(3, 5).map((c) => c.sha)]);
    assert.equal((await repo.log('HEAD', { firstParent: true })).length, 5);
    assert.equal((await repo.log('HEAD', { maxCount: 2 })).length, 2);
    assert.deepEqual((await repo.log(`${root}..HEAD~2`, { firstParent: true })).map((c) => c.subject), ['Merge branch feature', 'main work']);
    assert.equal((await repo.logWithChanges('HEAD', { maxCount: 1 })).length, 1);
    assert.equal((await repo.log('HEAD', { since: '2030-01-01' })).length, 0);
    await rejectsWith(repo.log('nosuch..HEAD'), GitError, /^nosuch\.\.HEAD: unknown revision$/);
  });
});

// ------------------------------------------------------------------ runGit

describe('runGit', () => {
  test('environment: C locale, optional locks off; failures are GitErrors with args and exit code', async () => {
    const r = tempRepo();
    const { stdout } = await runGit(r.dir, ['var', 'GIT_PAGER']);
    assert.equal(stdout.trim(), 'cat');
    const env = (await runGit(r.dir, ['-c', 'alias.env=!env', 'env'])).stdout;
    assert.match(env, /^GIT_OPTIONAL_LOCKS=0$/m);
    assert.match(env, /^LC_ALL=C$/m);
    const buf = await runGit(r.dir, ['hash-object', '--stdin'], { input: Buffer.from('x'), encoding: 'buffer' });
    assert.ok(Buffer.isBuffer(buf.stdout));
    await assert.rejects(runGit(r.dir, ['rev-parse', '--verify', 'nope'], { describe: '--head nope' }), (e: GitError) => {
      assert.ok(e instanceof GitError);
      assert.equal(e.message, '--head nope: unknown revision');
      assert.equal(e.exitCode, 128);
      assert.deepEqual(e.args, ['rev-parse', '--verify', 'nope']);
      assert.match(e.stderrLine, /Needed a single revision/);
      return true;
    });
  });
});

// ------------------------------------------------------------------ file-filter

describe('file-filter', () => {
  test('isIgnoredPath: built-in directories at any depth, directories only', () => {
    for (const p of ['.git/config', '.glx/egdb.db', 'node_modules/x/index.js', 'pkg/node_modules/y.js', 'dist/a.js', 'a/build/b.js', 'out/x', 'coverage/lcov.info', 'src/__pycache__/m.pyc', '.venv/bin/python', 'web/dist/']) {
      assert.equal(isIgnoredPath(p), true, p);
    }
    for (const p of ['src/dist.ts', 'build', 'distribution/a.js', 'src/outlet.ts', 'my.venv/x', 'README.md', 'node_modules_backup/x']) {
      assert.equal(isIgnoredPath(p), false, p);
    }
  });

  test('isBinary / isTooLarge', () => {
    assert.equal(isBinary(Buffer.from('plain text\n')), false);
    assert.equal(isBinary(Buffer.from([0x50, 0x4e, 0x47, 0x00, 1])), true);
    const lateNul = Buffer.alloc(9000, 'a');
    lateNul[8500] = 0;
    assert.equal(isBinary(lateNul), false, 'NUL after the first 8000 bytes does not count (like git)');
    lateNul[7999] = 0;
    assert.equal(isBinary(lateNul), true);
    assert.equal(isBinary(Buffer.alloc(0)), false);
    assert.equal(MAX_ANALYZED_BYTES, 2 * 1024 * 1024);
    assert.equal(isTooLarge(Buffer.alloc(MAX_ANALYZED_BYTES)), false);
    assert.equal(isTooLarge(Buffer.alloc(MAX_ANALYZED_BYTES + 1)), true);
    assert.equal(isTooLarge(MAX_ANALYZED_BYTES + 1), true);
  });

  test('decodeText: UTF-8, BOM stripped, CRLF and CR normalised to LF', () => {
    const lf = 'const a = 1;\nconst ż = "ü";\n\nend\n';
    assert.equal(decodeText(Buffer.from(lf)), lf);
    assert.equal(decodeText(Buffer.from(lf.replace(/\n/g, '\r\n'))), lf);
    assert.equal(decodeText(Buffer.from(lf.replace(/\n/g, '\r'))), lf);
    assert.equal(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lf.replace(/\n/g, '\r\n'))])), lf);
    assert.equal(decodeText(Buffer.from('a\r\r\nb')), 'a\n\nb');
    assert.equal(decodeText(Buffer.from([0x61, 0xff, 0x62])), 'a\ufffdb');
  });
});
