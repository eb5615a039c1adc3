// Runs the real engine on a real temporary git repo: commit `before`, apply `after` (to the
// working tree, or as a second commit), and compute the Δ exactly as `glx delta` does.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Policy } from '../../server/src/config/policy';
import { computeDelta, type DeltaResult } from '../../server/src/engine/delta-engine';
import { gitChangeSet } from '../../server/src/engine/git-change-set';
import { GitRepo } from '../../server/src/git';
import { initParsers } from '../../server/src/parsing/languages';
import type { DeltaToken } from '../../server/src/delta/token';
import { TempRepo } from './temp-repo';

export interface DeltaRun {
  result: DeltaResult;
  tokens: DeltaToken[];
  repo: TempRepo;
  /** Tokens of one kind. */
  of(kind: string): DeltaToken[];
  /** `KIND symbol` strings, for compact assertions. */
  summary(): string[];
}

export async function runDelta(
  before: Record<string, string | Buffer>,
  after: Record<string, string | Buffer | null>,
  opts: { commitAfter?: boolean; policy?: Policy; renames?: [string, string][] } = {},
): Promise<DeltaRun> {
  await initParsers();
  const repo = new TempRepo();
  try {
    const base = repo.commit(before, 'base');
    for (const [from, to] of opts.renames ?? []) {
      fs.mkdirSync(path.dirname(path.join(repo.dir, to)), { recursive: true });
      repo.git('mv', from, to);
    }
    for (const [rel, content] of Object.entries(after)) {
      if (content === null) repo.remove(rel);
      else repo.write(rel, content);
    }
    let head: string | 'worktree' = 'worktree';
    if (opts.commitAfter || opts.renames) {
      repo.git('add', '-A');
      repo.git('commit', '-q', '--allow-empty', '-m', 'head');
      head = repo.git('rev-parse', 'HEAD');
    }
    const git = await GitRepo.open(repo.dir);
    try {
      const policy = opts.policy ?? new Policy();
      const cs = await gitChangeSet(git, base, head, policy);
      const result = computeDelta(cs, policy);
      return {
        result,
        tokens: result.tokens,
        repo,
        of: (kind) => result.tokens.filter((t) => t.kind === kind),
        summary: () => result.tokens.filter((t) => t.kind !== 'ΔCOMMENTS').map((t) => `${t.kind} ${t.symbol ?? t.file}`),
      };
    } finally {
      await git.close();
    }
  } finally {
    repo.cleanup();
  }
}
