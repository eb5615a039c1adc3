// The rows of "GlitchLab: Select Base…" read with read-only git commands (no `vscode` import, so
// `test/unit/select-base-lists.test.ts` runs it on a real repository). Fields are separated by a
// TAB: `for-each-ref` writes it as `%09`, but `git log --format` needs `%x09` — `%09` is printed
// literally there (issue 15, bug 1: rows read `dca371c%09demo-shop: …%091 year ago`).
import { execFile } from 'node:child_process';

export interface RefRow {
  name: string;
  sha: string;
  subject: string;
}

export interface CommitRow {
  sha: string;
  subject: string;
  /** Relative committer date ("2 days ago"). */
  when: string;
}

export const REFS_ARGS = ['for-each-ref', '--sort=-committerdate', '--count=30', '--format=%(refname:short)%09%(objectname:short)%09%(subject)', 'refs/heads', 'refs/remotes', 'refs/tags'];
export const LOG_ARGS = ['log', '-n', '20', '--format=%h%x09%s%x09%cr'];

/** Runs a read-only git command; an error (no git, no repository) yields ''. */
export function readGit(cwd: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve) => {
    // No optional locks, no fsmonitor hook: listing refs must not write or run repository-configured programs.
    execFile('git', ['-c', 'core.fsmonitor=false', ...args], { cwd, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' }, timeout: 10_000, maxBuffer: 4 << 20 }, (err, stdout) =>
      resolve(err ? '' : stdout),
    );
  });
}

const lines = (s: string) => s.split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l.trim().length > 0);

export function parseRefs(out: string): RefRow[] {
  return lines(out)
    .map((l) => l.split('\t'))
    .filter(([name]) => name && !name.endsWith('/HEAD'))
    .map(([name, sha = '', subject = '']) => ({ name, sha, subject }));
}

export function parseLog(out: string): CommitRow[] {
  return lines(out)
    .map((l) => l.split('\t'))
    // A subject may itself hold a TAB: the sha is the first field, the date the last.
    .map((f) => ({ sha: f[0], subject: f.slice(1, -1).join('\t'), when: f.length > 1 ? f[f.length - 1] : '' }));
}

/** Branches/tags (most recent first) and the 20 most recent commits of the repository at `cwd`. */
export async function baseCandidates(cwd: string): Promise<{ refs: RefRow[]; commits: CommitRow[] }> {
  const [refs, log] = await Promise.all([readGit(cwd, REFS_ARGS), readGit(cwd, LOG_ARGS)]);
  return { refs: parseRefs(refs), commits: parseLog(log) };
}
