// The one place GlitchLab WRITES to a git repository (playbooks 2 and 9, spec §7): revert,
// commit, annotated tag, branch, and the resets/deletions their rollbacks need. GitRepo
// (repo.ts) stays read-only; every write here is explicit, local (nothing is ever pushed) and
// returns or throws a GitError naming what failed. Callers (server/src/playbooks/) check the
// preconditions first (clean tree, not shallow, trusted workspace).
import { GitError } from './errors';
import { runGit, type GitResult } from './run';

export interface RefState {
  head: string | undefined;
  /** Checked-out branch (short name), undefined when detached. */
  branch: string | undefined;
  branches: Record<string, string>;
  tags: Record<string, string>;
}

export class GitWriter {
  constructor(readonly root: string) {}

  private git(args: readonly string[], ok: readonly number[] = [0]): Promise<GitResult<string>> {
    return runGit(this.root, args, { okExitCodes: ok });
  }

  /** `git status --porcelain` lines (untracked included, ignored files not). */
  async statusLines(): Promise<string[]> {
    const r = await this.git(['status', '--porcelain=v1', '--untracked-files=all']);
    return r.stdout.split('\n').filter((l) => l.trim() !== '');
  }

  async isShallow(): Promise<boolean> {
    const r = await this.git(['rev-parse', '--is-shallow-repository']);
    return r.stdout.trim() === 'true';
  }

  async refState(): Promise<RefState> {
    const head = await this.git(['rev-parse', '--verify', '--quiet', 'HEAD'], [0, 1, 128]);
    const br = await this.git(['symbolic-ref', '--quiet', '--short', 'HEAD'], [0, 1, 128]);
    const refs = await this.git(['for-each-ref', '--format=%(refname)%00%(objectname)', 'refs/heads', 'refs/tags']);
    const branches: Record<string, string> = {};
    const tags: Record<string, string> = {};
    for (const line of refs.stdout.split('\n')) {
      const [ref, sha] = line.split('\0');
      if (!ref || !sha) continue;
      if (ref.startsWith('refs/heads/')) branches[ref.slice('refs/heads/'.length)] = sha;
      else if (ref.startsWith('refs/tags/')) tags[ref.slice('refs/tags/'.length)] = sha;
    }
    return {
      head: head.exitCode === 0 ? head.stdout.trim() : undefined,
      branch: br.exitCode === 0 ? br.stdout.trim() || undefined : undefined,
      branches,
      tags,
    };
  }

  /** Parent shas of `sha` (two or more for a merge). */
  async parents(sha: string): Promise<string[]> {
    const r = await this.git(['rev-list', '--parents', '-n', '1', sha]);
    return r.stdout.trim().split(/\s+/).slice(1);
  }

  /** Remote-tracking branches containing `sha` (non-empty: the commit was pushed somewhere). */
  async remoteBranchesContaining(sha: string): Promise<string[]> {
    const r = await this.git(['branch', '-r', '--contains', sha], [0, 129]);
    return r.stdout.split('\n').map((l) => l.trim()).filter(Boolean);
  }

  /**
   * `git revert --no-edit [-m 1] sha`. A conflict aborts the revert (`git revert --abort`: the
   * tree and index are as before) and throws a GitError listing the conflicting files.
   */
  async revert(sha: string, opts: { mainline?: number } = {}): Promise<string> {
    const args = ['revert', '--no-edit', ...(opts.mainline ? ['-m', String(opts.mainline)] : []), sha];
    const r = await this.git(args, [0, 1]);
    if (r.exitCode !== 0) {
      const conflicts = (await this.git(['diff', '--name-only', '--diff-filter=U'], [0, 1])).stdout.split('\n').filter(Boolean);
      await this.git(['revert', '--abort'], [0, 1, 128]);
      throw new GitError(
        `git revert ${sha.slice(0, 10)}: ${conflicts.length ? `conflicts in ${conflicts.join(', ')}` : r.stderr.trim().split('\n')[0] || 'failed'}; revert aborted, tree restored`,
        { args, exitCode: r.exitCode, stderr: r.stderr, kind: 'bad-input' },
      );
    }
    return (await this.git(['rev-parse', 'HEAD'])).stdout.trim();
  }

  /** Stages exactly `paths` and commits them with `message`; returns the new HEAD. */
  async commitPaths(paths: readonly string[], message: string): Promise<string> {
    await this.git(['add', '--', ...paths]);
    await this.git(['commit', '-q', '-m', message, '--', ...paths]);
    return (await this.git(['rev-parse', 'HEAD'])).stdout.trim();
  }

  async createAnnotatedTag(name: string, message: string, target = 'HEAD'): Promise<void> {
    await this.git(['tag', '-a', name, '-m', message, target]);
  }

  async deleteTag(name: string): Promise<void> {
    await this.git(['tag', '-d', name]);
  }

  /** `git checkout -b name [start]`. */
  async createBranch(name: string, start = 'HEAD'): Promise<void> {
    await this.git(['checkout', '-q', '-b', name, start]);
  }

  async checkout(branchOrSha: string): Promise<void> {
    await this.git(['checkout', '-q', branchOrSha]);
  }

  async deleteBranch(name: string): Promise<void> {
    await this.git(['branch', '-q', '-D', name]);
  }

  /** `git reset --keep sha`: moves the branch back; refuses (throws) rather than lose local changes. */
  async resetKeep(sha: string): Promise<void> {
    await this.git(['reset', '-q', '--keep', sha]);
  }

  async checkRefFormat(ref: string): Promise<boolean> {
    const r = await this.git(['check-ref-format', ref], [0, 1, 128]);
    return r.exitCode === 0;
  }

  /**
   * Brings the refs back to `before`: the checked-out branch, its tip (`reset --keep`), and
   * deletes branches and tags that did not exist then. Returns what was done, in words.
   */
  async restoreRefs(before: RefState): Promise<string[]> {
    const now = await this.refState();
    const done: string[] = [];
    if (before.branch && now.branch !== before.branch) {
      await this.checkout(before.branch);
      done.push(`checked out ${before.branch} again`);
    }
    const cur = await this.refState();
    if (before.head && cur.head && cur.head !== before.head) {
      const pushed = await this.remoteBranchesContaining(cur.head);
      if (pushed.length) {
        // Already on a remote: history is not rewritten, the commits are reverted instead.
        await this.git(['revert', '--no-edit', `${before.head}..${cur.head}`]);
        done.push(`reverted ${before.head.slice(0, 10)}..${cur.head.slice(0, 10)} (already on ${pushed[0]}: not reset)`);
      } else {
        await this.resetKeep(before.head);
        done.push(`reset ${before.branch ?? 'HEAD'} to ${before.head.slice(0, 10)} (was ${cur.head.slice(0, 10)})`);
      }
    }
    for (const t of Object.keys(now.tags)) {
      if (!(t in before.tags)) {
        await this.deleteTag(t);
        done.push(`deleted tag ${t}`);
      }
    }
    for (const b of Object.keys(now.branches)) {
      if (!(b in before.branches) && b !== before.branch) {
        await this.deleteBranch(b);
        done.push(`deleted branch ${b}`);
      }
    }
    return done;
  }
}
