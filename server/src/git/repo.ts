// The git adapter the engine, the LSP server and the CLI use: one GitRepo per working tree.
// Owns base/head resolution (spec §1), changed-file listing with renames (spec §3.2), file
// listings, history walks and content reads (blobs through one BlobReader, working-tree files
// through root-confined reads). It never writes to the repository: no index locks, no
// refs, no objects (GIT_OPTIONAL_LOCKS=0; the intent-to-add trick uses a temporary index).
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BlobReader } from './cat-file';
import { GitError, reasonFromStderr } from './errors';
import { IGNORED_DIRS } from './file-filter';
import { worktreeDiffSource } from './worktree-diff-source';
import { sharedBlobReader } from './shared-readers';
import { ChangedFile, CommitChanges, CommitInfo, LOG_FORMAT, isRegularFileMode, parseLog, parseRawDiff } from './raw-diff';
import { runGit, type GitResult, type RunGitOptions } from './run';
import { normalizeRepoPath, readInsideRoot } from './worktree-path';
import { discoverRepo, RefReader, refsReadable } from './refs';

export type { ChangedFile, CommitChanges, CommitInfo } from './raw-diff';

/** The well-known id of git's empty tree: the base of a root commit or of a repo with no commits. */
export const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

export type BaseSource = 'explicit' | 'merge-base' | 'HEAD' | 'empty-tree';

export interface RevSpec {
  /** The revision as given or derived (`main`, `abc123^1`); for display and messages. */
  rev: string;
  /** Full commit id, or EMPTY_TREE. */
  sha: string;
}

export interface ResolvedBase extends RevSpec {
  source: BaseSource;
  /** For source 'merge-base': the default-branch ref the merge-base was taken with. */
  branch?: string;
}

export interface ResolvedRange {
  base: RevSpec;
  head: RevSpec | 'worktree';
}

export interface RangeOptions {
  base?: string;
  head?: string;
  range?: string;
}

export interface LogOptions {
  firstParent?: boolean;
  maxCount?: number;
  /** Anything `git log --since` accepts (`2025-01-01`, `90.days.ago`). */
  since?: string;
}

/**
 * Default-branch candidates in order (spec §1: `origin/HEAD`, else `main`, else `master`).
 * `origin/main`/`origin/master` are a documented extension for CI checkouts, which fetch
 * remote branches without creating local ones or `origin/HEAD`.
 */
export const DEFAULT_BRANCH_REFS: readonly { ref: string; name: string }[] = [
  { ref: 'refs/remotes/origin/HEAD', name: 'origin/HEAD' },
  { ref: 'refs/heads/main', name: 'main' },
  { ref: 'refs/heads/master', name: 'master' },
  { ref: 'refs/remotes/origin/main', name: 'origin/main' },
  { ref: 'refs/remotes/origin/master', name: 'origin/master' },
];

/** Built-in ignored directories (spec §2) as ls-files excludes: git does not even descend into them. */
const BUILTIN_EXCLUDES = IGNORED_DIRS.filter((d) => d !== '.git').map((d) => `--exclude=${d}/`);

export class GitRepo {
  private readonly blobs: BlobReader;
  /** The reader is a long-lived process's, shared by every GitRepo of this root (shared-readers.ts): close() leaves it. */
  private readonly sharedBlobs: boolean;
  /**
   * Issue 11 item 1 (shallow clones, the default checkout of many CI systems): when false, a
   * commit whose parent is missing because the clone is shallow is an error (not-found) instead
   * of being compared with the empty tree (which inflates ΔZ); `--allow-shallow` sets it.
   */
  allowShallow = false;
  /** Warnings about what was analysed differently (a shallow boundary compared with the empty tree). */
  readonly warnings: string[] = [];
  private shallowSet?: Promise<Set<string>>;
  /** HEAD and the default-branch refs read from files (refs.ts); undefined: git answers. */
  private readonly refs?: RefReader;
  /** One-shot diffs started early (prefetchDiff), taken by the next diff() of the same sides. */
  private readonly prefetched = new Map<string, Promise<ChangedFile[]>>();

  private constructor(
    /** Absolute toplevel of the working tree, as git reports it. */
    readonly root: string,
    private readonly realRoot: string,
    private readonly absGitDir: string,
    private readonly absCommonDir: string,
  ) {
    const shared = sharedBlobReader(root);
    this.sharedBlobs = shared !== undefined;
    this.blobs = shared ?? new BlobReader(root);
    const layout = { gitDir: absGitDir, commonDir: absCommonDir };
    if (process.env.GLX_GIT_REFS !== 'git' && refsReadable(layout)) this.refs = new RefReader(layout);
  }

  /** Opens the repository containing `dir` (any directory inside the working tree). */
  static async open(dir: string): Promise<GitRepo> {
    const abs = path.resolve(dir);
    let st: fs.Stats;
    try {
      st = await fs.promises.stat(abs);
    } catch {
      throw new GitError(`${dir}: no such directory`, { kind: 'not-found', input: dir });
    }
    if (!st.isDirectory()) throw new GitError(`${dir}: not a directory`);
    // The plain layouts are read in process (refs.ts; issue 14: one process less per run);
    // GLX_GIT_REFS=git asks git for everything (the equivalence tests compare both).
    const found = process.env.GLX_GIT_REFS === 'git' ? undefined : discoverRepo(abs);
    if (found) return new GitRepo(found.top, found.top, found.gitDir, found.commonDir);
    const r = await runGit(abs, ['rev-parse', '--show-toplevel', '--absolute-git-dir', '--git-common-dir'], {
      okExitCodes: [0, 128],
    });
    if (r.exitCode !== 0) {
      throw new GitError(`${dir}: ${reasonFromStderr(r.stderr, r.exitCode)}`, { args: ['rev-parse', '--show-toplevel'], exitCode: r.exitCode, stderr: r.stderr });
    }
    const [top, gitDir, commonDir] = r.stdout.split('\n');
    if (!top) throw new GitError(`${dir}: not inside a git work tree`);
    const realRoot = await fs.promises.realpath(top);
    return new GitRepo(top, realRoot, gitDir, path.resolve(abs, commonDir || gitDir));
  }

  /** Absolute path of this working tree's git dir (`.git`, or `.git/worktrees/<name>`), for watchers. */
  gitDir(): string {
    return this.absGitDir;
  }

  /** Absolute path of the shared git dir (refs, objects); equals gitDir() outside linked worktrees. */
  gitCommonDir(): string {
    return this.absCommonDir;
  }

  /** Ends the long-lived cat-file child. */
  async close(): Promise<void> {
    if (!this.sharedBlobs) await this.blobs.close();
  }

  // ---------------------------------------------------------------- revisions

  /** Full sha of `rev`, which must name a commit; GitError `<label>: unknown revision` otherwise. */
  async revParse(rev: string, label?: string): Promise<string> {
    const sha = await this.tryRevParse(rev);
    if (sha === undefined) throw new GitError(unknownRevisionMessage(rev, label), { args: ['rev-parse', '--verify', rev] });
    return sha;
  }

  /** Full sha of the commit `rev` names, or undefined when there is none. */
  async tryRevParse(rev: string): Promise<string | undefined> {
    if (rev === '' || /[\0\n]/.test(rev)) return undefined;
    const r = await this.git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], { okExitCodes: [0, 1, 128] });
    const sha = r.stdout.trim();
    return r.exitCode === 0 && /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined;
  }

  async hasCommits(): Promise<boolean> {
    return (await this.tryRevParse('HEAD')) !== undefined;
  }

  async headSha(): Promise<string | undefined> {
    const inProcess = this.refs?.resolve('HEAD');
    if (inProcess !== undefined) return inProcess ?? undefined;
    return this.tryRevParse('HEAD');
  }

  /** Short name of the checked-out branch (also when unborn); undefined when HEAD is detached. */
  async currentBranch(): Promise<string | undefined> {
    const target = this.refs?.headTarget();
    if (target === null) return undefined;
    if (target?.startsWith('refs/heads/') && target.length > 11) return target.slice(11);
    const r = await this.git(['symbolic-ref', '--quiet', '--short', 'HEAD'], { okExitCodes: [0, 1] });
    const name = r.stdout.trim();
    return r.exitCode === 0 && name ? name : undefined;
  }

  /** The merge-base of two commits, or undefined for unrelated histories. */
  async mergeBase(a: string, b: string): Promise<string | undefined> {
    // A commit is its own merge-base (HEAD at the default branch's tip: the usual case).
    if (a === b && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(a)) return a;
    const r = await this.git(['merge-base', '--end-of-options', a, b], { okExitCodes: [0, 1] });
    const sha = r.stdout.trim();
    return r.exitCode === 0 && sha ? sha : undefined;
  }

  /** The first existing default-branch ref (DEFAULT_BRANCH_REFS order) and its commit. */
  async defaultBranch(): Promise<{ name: string; sha: string } | undefined> {
    if (this.refs) {
      // As for-each-ref: the first candidate that resolves (symbolic refs followed); a ref the
      // reader cannot tell about sends the whole question to git.
      let known = true;
      for (const c of DEFAULT_BRANCH_REFS) {
        const sha = this.refs.resolve(c.ref);
        if (sha === undefined) known = false;
        else if (sha !== null && known) return { name: c.name, sha };
      }
      if (known) return undefined;
    }
    const r = await this.git(['for-each-ref', '--format=%(refname)%00%(objectname)', ...DEFAULT_BRANCH_REFS.map((c) => c.ref)]);
    const found = new Map<string, string>();
    for (const line of r.stdout.split('\n')) {
      const [ref, sha] = line.split('\0');
      if (ref && sha) found.set(ref, sha);
    }
    for (const c of DEFAULT_BRANCH_REFS) {
      const sha = found.get(c.ref);
      if (sha) return { name: c.name, sha };
    }
    return undefined;
  }

  /**
   * The base of a change (spec §1): the explicit revision when given; otherwise the
   * merge-base of HEAD with the default branch (HEAD itself when HEAD is that branch's tip);
   * otherwise HEAD; with no commits at all, the empty tree.
   */
  async resolveBase(explicit?: string, opts: { flag?: string } = {}): Promise<ResolvedBase> {
    if (explicit !== undefined) {
      const sha = await this.resolveBaseRev(explicit, `${opts.flag ?? '--base'} ${explicit}`);
      return { rev: explicit, sha, source: 'explicit' };
    }
    const [head, branch] = await Promise.all([this.headSha(), this.defaultBranch()]);
    if (head === undefined) return { rev: EMPTY_TREE, sha: EMPTY_TREE, source: 'empty-tree' };
    if (branch) {
      const mb = await this.mergeBase(head, branch.sha);
      if (mb) return { rev: mb, sha: mb, source: 'merge-base', branch: branch.name };
    }
    return { rev: 'HEAD', sha: head, source: 'HEAD' };
  }

  /**
   * Base and head from CLI-style options:
   * - `range: 'A..B'` (either side empty means HEAD); `'A...B'` is merge-base(A,B)..B;
   * - `range: 'X'` (no dots) is `X^1..X`: a merge against its first parent, a root commit
   *   against the empty tree;
   * - `head` without `base`: base = merge-base with the default branch when that differs
   *   from head, else head's first parent (else the empty tree);
   * - neither head nor range: the working tree against resolveBase(base).
   * Invalid input rejects with a GitError naming the flag and its value.
   */
  async resolveRange(opts: RangeOptions): Promise<ResolvedRange> {
    if (opts.range !== undefined) {
      const range = opts.range.trim();
      const label = `--range ${opts.range}`;
      if (opts.base !== undefined || opts.head !== undefined) throw new GitError(`${label}: cannot be combined with --base or --head`);
      if (range === '' || range === '..' || range === '...') throw new GitError(`${label}: empty range`);
      const sym = range.indexOf('...');
      const dots = range.indexOf('..');
      if (sym >= 0) {
        const a = range.slice(0, sym) || 'HEAD';
        const b = range.slice(sym + 3) || 'HEAD';
        const [aSha, bSha] = await Promise.all([this.revParse(a, label), this.revParse(b, label)]);
        const mb = await this.mergeBase(aSha, bSha);
        if (!mb) throw new GitError(`${label}: ${a} and ${b} have no common ancestor`);
        return { base: { rev: mb, sha: mb }, head: { rev: b, sha: bSha } };
      }
      if (dots >= 0) {
        const a = range.slice(0, dots) || 'HEAD';
        const b = range.slice(dots + 2) || 'HEAD';
        const [aSha, bSha] = await Promise.all([this.resolveBaseRev(a, label), this.revParse(b, label)]);
        return { base: { rev: a, sha: aSha }, head: { rev: b, sha: bSha } };
      }
      const sha = await this.revParse(range, label);
      return { base: await this.firstParentOrEmpty(range, sha), head: { rev: range, sha } };
    }
    if (opts.head !== undefined) {
      const headSha = await this.revParse(opts.head, `--head ${opts.head}`);
      const head = { rev: opts.head, sha: headSha };
      if (opts.base !== undefined) {
        const sha = await this.resolveBaseRev(opts.base, `--base ${opts.base}`);
        return { base: { rev: opts.base, sha }, head };
      }
      const branch = await this.defaultBranch();
      const mb = branch ? await this.mergeBase(headSha, branch.sha) : undefined;
      if (mb && mb !== headSha) return { base: { rev: mb, sha: mb }, head };
      return { base: await this.firstParentOrEmpty(opts.head, headSha), head };
    }
    const base = await this.resolveBase(opts.base);
    return { base: { rev: base.rev, sha: base.sha }, head: 'worktree' };
  }

  /** A base may also be the empty tree, spelled out. */
  private async resolveBaseRev(rev: string, label: string): Promise<string> {
    if (rev === EMPTY_TREE) return EMPTY_TREE;
    return this.revParse(rev, label);
  }

  private async firstParentOrEmpty(rev: string, sha: string): Promise<RevSpec> {
    const parent = await this.tryRevParse(`${sha}^1`);
    if (parent) return { rev: `${rev}^1`, sha: parent };
    if (await this.isShallowBoundary(sha)) {
      const what = `${rev}: the parent of ${sha.slice(0, 12)} is missing (shallow clone)`;
      if (!this.allowShallow) {
        throw new GitError(`${what}; fetch more history (git fetch --deepen=1, or fetch-depth: 0 in CI) or pass --allow-shallow to compare with the empty tree`, { kind: 'not-found', input: rev });
      }
      this.warnings.push(`${what}: --allow-shallow compares it with the empty tree`);
    }
    return { rev: EMPTY_TREE, sha: EMPTY_TREE };
  }

  /** Commits whose parents a shallow clone does not have (`.git/shallow`); empty when not shallow. */
  shallowCommits(): Promise<Set<string>> {
    this.shallowSet ??= fs.promises.readFile(path.join(this.absCommonDir, 'shallow'), 'utf8').then(
      (text) => new Set(text.split('\n').map((l) => l.trim()).filter((l) => /^[0-9a-f]{40,64}$/.test(l))),
      () => new Set<string>(),
    );
    return this.shallowSet;
  }

  /** True when `sha` is a shallow boundary: git shows it without parents, but it has some. */
  async isShallowBoundary(sha: string): Promise<boolean> {
    return (await this.shallowCommits()).has(sha);
  }

  // ---------------------------------------------------------------- changes

  /**
   * Files changed from `baseSha` (a commit or EMPTY_TREE) to `head` (a revision, or the
   * working tree: staged + unstaged changes of tracked files plus untracked, non-ignored
   * files). Renames are detected with -M (spec §3.2), also for files renamed in the working
   * tree without `git mv`. Symlinks and submodules are skipped.
   */
  async diff(baseSha: string, head: string | 'worktree'): Promise<ChangedFile[]> {
    const key = `${baseSha}\0${head}`;
    const early = this.prefetched.get(key);
    if (early) {
      this.prefetched.delete(key);
      return early;
    }
    return this.diffNow(baseSha, head);
  }

  /**
   * Starts diff(baseSha, head) now; the next diff() of the same sides gets this run's answer
   * (once). `glx delta` starts it as soon as the base is known, so git stats the working tree
   * while node loads the policy and the parsers (issue 14 "Warm starts").
   */
  prefetchDiff(baseSha: string, head: string | 'worktree'): void {
    const key = `${baseSha}\0${head}`;
    if (this.prefetched.has(key)) return;
    const p = this.diffNow(baseSha, head);
    p.catch(() => undefined); // the taker sees the rejection; never an unhandled one
    this.prefetched.set(key, p);
  }

  /** Starts the blob reader's `git cat-file` now, so that its start overlaps other work. */
  startBlobReader(): void {
    this.blobs.start();
  }

  private async diffNow(baseSha: string, head: string | 'worktree'): Promise<ChangedFile[]> {
    if (head !== 'worktree') {
      const r = await this.git(['diff-tree', '-r', '-z', '-M', '--raw', '--no-abbrev', '--no-commit-id', '--end-of-options', baseSha, head], {
        describe: `diff ${baseSha}..${head}`,
      });
      return parseRawDiff(r.stdout);
    }
    // A daemon's watcher may know that only some paths changed since it last asked (worktree-diff-source.ts).
    const source = worktreeDiffSource();
    if (source) return source.diff(this.realRoot, baseSha, { full: () => this.worktreeScan(baseSha), paths: (p) => this.worktreeScanPaths(baseSha, p) });
    const { tracked, untracked } = await this.worktreeScan(baseSha);
    return [...tracked, ...untracked];
  }

  /** The working tree against `baseSha`, whole: tracked changes, then the untracked regular files. */
  private async worktreeScan(baseSha: string): Promise<{ tracked: ChangedFile[]; untracked: ChangedFile[] }> {
    const [tracked, untracked] = await Promise.all([this.worktreeRawDiff(baseSha), this.untrackedFiles()]);
    let files = tracked;
    let covered = new Set<string>();
    if (untracked.length > 0 && files.some((f) => f.status === 'D')) {
      // A file moved without `git mv` is a deletion plus an untracked file; git pairs them
      // as a rename only when the new path is in an index. Use a throwaway copy of it.
      const withIta = await this.worktreeRawDiffWithIntentToAdd(baseSha, untracked).catch(() => undefined);
      if (withIta) {
        files = withIta;
        covered = new Set(withIta.map((f) => f.newPath).filter((p): p is string => p !== undefined));
      }
    }
    const extra = await this.regularUntracked(untracked.filter((p) => !covered.has(p)));
    return { tracked: files, untracked: extra.map(({ path: p, mode }) => ({ status: 'A', newPath: p, newMode: mode, newFromWorktree: true })) };
  }

  /**
   * worktreeScan limited to literal repo-relative paths (files or directories): the daemon's
   * re-examination of what its watcher saw change (daemon/watch.ts). Renames are not paired
   * across the limit — the caller does a whole scan when the answer has a D or an R.
   */
  private async worktreeScanPaths(baseSha: string, paths: readonly string[]): Promise<{ tracked: ChangedFile[]; untracked: ChangedFile[] }> {
    const env = { GIT_LITERAL_PATHSPECS: '1' };
    const [tracked, others] = await Promise.all([
      this.git(['diff', '--raw', '-z', '-M', '--no-abbrev', '--no-ext-diff', '--no-textconv', '--ignore-submodules=all', '--end-of-options', baseSha, '--', ...paths], { describe: `diff ${baseSha}..worktree`, env }),
      this.git(['ls-files', '-z', '--others', '--exclude-standard', ...BUILTIN_EXCLUDES, '--', ...paths], { env }),
    ]);
    const extra = await this.regularUntracked(splitNul(others.stdout).filter((p) => !p.endsWith('/')));
    return { tracked: parseRawDiff(tracked.stdout, { worktree: true }), untracked: extra.map(({ path: p, mode }) => ({ status: 'A', newPath: p, newMode: mode, newFromWorktree: true })) };
  }

  private async worktreeRawDiff(baseSha: string, env?: NodeJS.ProcessEnv, diskOnly?: ReadonlySet<string>): Promise<ChangedFile[]> {
    const r = await this.git(
      ['diff', '--raw', '-z', '-M', '--no-abbrev', '--no-ext-diff', '--no-textconv', '--ignore-submodules=all', '--end-of-options', baseSha, '--'],
      { describe: `diff ${baseSha}..worktree`, env },
    );
    return parseRawDiff(r.stdout, { worktree: true, diskOnly });
  }

  private async worktreeRawDiffWithIntentToAdd(baseSha: string, untracked: string[]): Promise<ChangedFile[]> {
    const tmp = path.join(os.tmpdir(), `glx-index-${process.pid}-${crypto.randomBytes(6).toString('hex')}`);
    try {
      try {
        await fs.promises.copyFile(path.join(this.absGitDir, 'index'), tmp);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      }
      const env = { GIT_INDEX_FILE: tmp, GIT_LITERAL_PATHSPECS: '1' };
      await this.git(['add', '--intent-to-add', '--pathspec-from-file=-', '--pathspec-file-nul'], {
        env,
        input: untracked.join('\0') + '\0',
      });
      return await this.worktreeRawDiff(baseSha, env, new Set(untracked));
    } finally {
      await fs.promises.rm(tmp, { force: true });
      await fs.promises.rm(tmp + '.lock', { force: true });
    }
  }

  /** Untracked, non-ignored files (`.gitignore`d and spec §2 built-in dirs excluded). */
  private async untrackedFiles(): Promise<string[]> {
    const r = await this.git(['ls-files', '-z', '--others', '--exclude-standard', ...BUILTIN_EXCLUDES]);
    // Nested repositories are listed as `dir/`: not files of this repo.
    return splitNul(r.stdout).filter((p) => !p.endsWith('/'));
  }

  /** Keeps untracked paths that are regular files (no symlinks), with their git mode. */
  private async regularUntracked(paths: string[]): Promise<{ path: string; mode: string }[]> {
    const stats = await Promise.all(
      paths.map((p) => fs.promises.lstat(path.join(this.root, p)).catch(() => undefined)),
    );
    const out: { path: string; mode: string }[] = [];
    paths.forEach((p, i) => {
      const st = stats[i];
      if (st?.isFile()) out.push({ path: p, mode: st.mode & 0o111 ? '100755' : '100644' });
    });
    return out;
  }

  /** Base-side content of a changed file (undefined for additions or a missing object). */
  async readOld(file: ChangedFile): Promise<Buffer | undefined> {
    return file.oldOid ? this.blobs.read(file.oldOid) : undefined;
  }

  /** Head-side content: the blob, or the file on disk (confined to the root) for worktree changes. */
  async readNew(file: ChangedFile): Promise<Buffer | undefined> {
    if (file.newOid) return this.blobs.read(file.newOid);
    if (file.newFromWorktree && file.newPath !== undefined) return this.readWorktreeFile(file.newPath);
    return undefined;
  }

  /** A working-tree file by repo-relative path; PathEscapeError for paths leaving the root. */
  readWorktreeFile(rel: string): Promise<Buffer | undefined> {
    return readInsideRoot(this.realRoot, rel);
  }

  /** A blob by `<rev>:<path>` or object id (undefined when missing). */
  readBlob(name: string): Promise<Buffer | undefined> {
    return this.blobs.read(name);
  }

  readBlobs(names: readonly string[]): Promise<(Buffer | undefined)[]> {
    return this.blobs.readMany(names);
  }

  // ---------------------------------------------------------------- listings

  /**
   * Regular files (no symlinks or submodules) of a revision's tree, or of the working tree
   * (tracked files still on disk plus untracked, non-ignored ones). Sorted, repo-relative.
   */
  async listFiles(rev: string | 'worktree'): Promise<string[]> {
    if (rev === 'worktree') {
      const [cached, untracked, deleted] = await Promise.all([
        this.git(['ls-files', '-z', '--stage']),
        this.untrackedFiles(),
        this.git(['ls-files', '-z', '--deleted']),
      ]);
      const gone = new Set(splitNul(deleted.stdout));
      const files = new Set<string>();
      for (const rec of splitNul(cached.stdout)) {
        // `<mode> <oid> <stage>\t<path>`
        const tab = rec.indexOf('\t');
        const p = rec.slice(tab + 1);
        if (isRegularFileMode(rec.slice(0, 6)) && !gone.has(p)) files.add(p);
      }
      for (const { path: p } of await this.regularUntracked(untracked)) files.add(p);
      return [...files].sort();
    }
    if (rev === EMPTY_TREE) return [];
    const r = await this.git(['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', rev], { describe: rev });
    const files: string[] = [];
    for (const rec of splitNul(r.stdout)) {
      // `<mode> <type> <oid>\t<path>`
      const tab = rec.indexOf('\t');
      if (isRegularFileMode(rec.slice(0, 6))) files.push(rec.slice(tab + 1));
    }
    return files.sort();
  }

  /**
   * For each path (repo-relative), whether git ignores it (`.gitignore`, info/exclude,
   * core.excludesFile). Tracked files are never ignored. One `git check-ignore` process.
   */
  async isIgnored(paths: readonly string[]): Promise<boolean[]> {
    if (paths.length === 0) return [];
    const norm = paths.map((p) => normalizeRepoPath(p));
    const r = await this.git(['check-ignore', '-z', '--stdin', '--verbose', '--non-matching'], {
      input: norm.join('\0') + '\0',
      okExitCodes: [0, 1],
    });
    // Records of four fields: source, line, pattern, path; source is empty for non-matching.
    const t = r.stdout.split('\0');
    const ignored = new Map<string, boolean>();
    for (let i = 0; i + 3 < t.length; i += 4) {
      const [source, , pattern, p] = [t[i], t[i + 1], t[i + 2], t[i + 3]];
      ignored.set(p, source !== '' && !pattern.startsWith('!'));
    }
    return norm.map((p) => ignored.get(p) ?? false);
  }

  // ---------------------------------------------------------------- history

  /** Commits of `range` (anything `git log` accepts: `A..B`, `HEAD`), newest first. */
  async log(range: string, opts: LogOptions = {}): Promise<CommitInfo[]> {
    const out = await this.runLog(range, opts, []);
    return parseLog(out).map((c) => c.commit);
  }

  /**
   * The fast path for history walks: ONE `git log --first-parent` process yielding each
   * commit with its changed files against its first parent (root commits against the empty
   * tree), renames detected, symlinks/submodules skipped. Newest first.
   */
  async logWithChanges(range: string, opts: Omit<LogOptions, 'firstParent'> = {}): Promise<CommitChanges[]> {
    const out = await this.runLog(range, { ...opts, firstParent: true }, [
      '--raw', '-M', '--no-abbrev', '--root', '--diff-merges=first-parent', '--no-ext-diff', '--no-textconv',
    ]);
    return parseLog(out);
  }

  /** Full messages of the commits of `range` (`A..B`, a sha), newest first, at most `maxCount`. */
  async messages(range: string, maxCount: number, opts: { firstParent?: boolean } = {}): Promise<{ sha: string; message: string }[]> {
    if (range.trim() === '' || /[\0\n]/.test(range) || range.trim().startsWith('-')) throw new GitError(`${JSON.stringify(range)}: not a revision range`);
    const args = ['log', '--format=%x1e%H%x1f%B', `--max-count=${Math.max(0, Math.floor(maxCount))}`];
    if (opts.firstParent) args.push('--first-parent');
    args.push('--end-of-options', ...range.trim().split(/\s+/), '--');
    const r = await this.git(args);
    return r.stdout.split('\x1e').filter((x) => x.includes('\x1f')).map((rec) => {
      const i = rec.indexOf('\x1f');
      return { sha: rec.slice(0, i).trim(), message: rec.slice(i + 1) };
    });
  }

  /**
   * The commit graph of `git rev-list --parents <tip> ^<exclude>…`: every commit reachable from
   * `tip` and from none of `exclude`, with its parents (first parent first). One process; used
   * to recognise integration merges (engine/integration-merges.ts).
   */
  async parentsGraph(tip: string, exclude: readonly string[] = []): Promise<Map<string, string[]>> {
    for (const r of [tip, ...exclude]) if (!/^[0-9a-f]{4,64}$/i.test(r)) throw new GitError(`${JSON.stringify(r)}: not a commit id`);
    const r = await this.git(['rev-list', '--parents', tip, ...exclude.map((x) => `^${x}`), '--']);
    const graph = new Map<string, string[]>();
    for (const line of r.stdout.split('\n')) {
      if (!line) continue;
      const [sha, ...parents] = line.split(' ');
      graph.set(sha, parents);
    }
    return graph;
  }

  private async runLog(range: string, opts: LogOptions, extra: string[]): Promise<string> {
    if (range.trim() === '' || /[\0\n]/.test(range)) throw new GitError(`${JSON.stringify(range)}: not a revision range`);
    const args = ['log', '-z', `--format=${LOG_FORMAT}`, ...extra];
    if (opts.firstParent) args.push('--first-parent');
    if (opts.maxCount !== undefined) args.push(`--max-count=${Math.max(0, Math.floor(opts.maxCount))}`);
    if (opts.since !== undefined) args.push(`--since=${opts.since}`);
    args.push('--end-of-options', ...range.trim().split(/\s+/), '--');
    const r = await this.git(args, { okExitCodes: [0, 128] });
    if (r.exitCode !== 0) {
      // An unborn HEAD has no history rather than an error.
      if (!(await this.hasCommits()) && /(^|\.\.)HEAD$|^HEAD(\.\.|$)/.test(range.trim())) return '';
      throw new GitError(`${range}: ${reasonFromStderr(r.stderr, r.exitCode)}`, { args, exitCode: r.exitCode, stderr: r.stderr });
    }
    return r.stdout;
  }

  // ---------------------------------------------------------------- plumbing

  private git(args: string[], opts?: RunGitOptions): Promise<GitResult<string>> {
    return runGit(this.root, args, opts);
  }
}

function splitNul(out: string): string[] {
  return out.split('\0').filter((s) => s !== '');
}

function unknownRevisionMessage(rev: string, label?: string): string {
  if (label === undefined || label.endsWith(` ${rev}`)) return `${label ?? rev}: unknown revision`;
  return `${label}: unknown revision '${rev}'`;
}
