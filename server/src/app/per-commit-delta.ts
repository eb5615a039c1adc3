// Use case: the Δ of every first-parent commit of a range, one commit at a time (issue 14:
// "per-commit tokens can only be had from a loop of processes"). One history walk
// (engine/history.ts: one `git log --raw`, blobs through the long-lived cat-file, versions and
// chunks shared between neighbouring commits) yields each commit's DeltaResult, shaped here as
// one `delta.commit.v1` record. `glx delta --range A..B --per-commit` prints them as JSON Lines
// while the walk goes on. Decisions (docs/per-commit-delta.md): newest commit first, as
// `git log`; ΔZ as calibration samples commits (spec §3.8: no hot-spot factor); nothing is
// written under .glx/ (a query, not an analysis run of the working copy).
import * as fs from 'node:fs';
import type { DeltaToken } from '../delta/token';
import { AnalysisStore } from '../engine/analysis-store';
import { CommitStore, commitStoreOptions } from '../engine/commit-store';
import { walkHistoryResults } from '../engine/history-parallel';
import { redactDeep, redactSecrets } from '../redact';
import type { Workspace } from './workspace';
import type { ChangeSet } from '../delta/change-set';
import { precomputedSource } from '../delta/token-source';
import { loadSecurityPolicy, sastForChange } from './sast';

/** git's empty tree: a range whose base is it covers every ancestor of the head. */
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

export interface CommitDeltaRecord {
  schema: 'delta.commit.v1';
  sha: string;
  parents: string[];
  author: string;
  /** Committer time, ISO 8601 UTC. */
  time: string;
  subject: string;
  /** Changed files (as git reports them against the first parent). */
  files: number;
  /** Token count and count per kind (after normalisation, spec §3.4). */
  summary: { tokens: number; byKind: Record<string, number> };
  /** ΔZ of the whole commit (spec §3.6) and of each module it touches. */
  dz: number;
  modules: Record<string, number>;
  fingerprint: string;
  /** Files whose head side does not parse, and generated files analysed at file level. */
  parseErrors: number;
  generated: string[];
  /** The tokens themselves (with `--tokens`). */
  tokens?: DeltaToken[];
}

export interface PerCommitOptions {
  /** Include each commit's tokens in its record. */
  tokens?: boolean;
}

/**
 * Records of the first-parent commits of `range` (`A..B`, `A...B` = merge-base(A, B)..B, or one
 * commit `X`), newest first. Revisions are resolved (and bad ones reported) before the walk.
 */
export async function* perCommitDeltas(ws: Workspace, range: string, opts: PerCommitOptions = {}): AsyncGenerator<CommitDeltaRecord> {
  const r = await ws.repo.resolveRange({ range });
  if (r.head === 'worktree') return; // not reachable with a range
  const single = !range.includes('..');
  const walk = single || r.base.sha === EMPTY_TREE ? r.head.sha : `${r.base.sha}..${r.head.sha}`;
  // Analyses are read from / written to the warm-start cache when .glx/ exists (a query creates
  // no .glx/ of its own).
  const store = fs.existsSync(ws.glxDir) ? AnalysisStore.forGlxDir(ws.glxDir) : undefined;
  // The SAST bridge's built-in scanners on each commit's change, as analyseChange runs them (its
  // imported reports describe the working tree, not past commits, so they are left out here).
  const security = loadSecurityPolicy(ws.repo.root);
  const deltaOptionsFor = (cs: ChangeSet) => {
    const sast = sastForChange(cs, ws.policy, { security });
    return { sources: [precomputedSource('sast', sast.tokens)], sastCritical: sast.sastCritical };
  };
  // On every core for long ranges (engine/history-parallel.ts): the workers run the same
  // scanners and read/fill the same analysis cache; records come back in order.
  const worker = { sast: true, ...(store ? { glxDir: ws.glxDir } : {}) };
  // A commit walked once is read back from .glx/cache/commits/ (engine/commit-store.ts, issue 14
  // seventh pass), keyed with the scanners' security policy: a re-run walks only new commits.
  const results = store ? CommitStore.forGlxDir(ws.glxDir, commitStoreOptions({ sast: { security } })) : undefined;
  for await (const { commit, changedFiles, result } of walkHistoryResults(ws.repo, walk, ws.policy, { ...(single ? { maxCount: 1 } : {}), worker, serial: { store, deltaOptionsFor }, ...(results ? { results } : {}) })) {
    const byKind: Record<string, number> = {};
    for (const t of result.tokens) byKind[t.kind] = (byKind[t.kind] ?? 0) + 1;
    const modules: Record<string, number> = {};
    for (const m of result.explain.change.modules) modules[m.module] = m.dz;
    const record: CommitDeltaRecord = {
      schema: 'delta.commit.v1',
      sha: commit.sha,
      parents: commit.parents,
      author: redactSecrets(commit.author),
      time: new Date(commit.ts * 1000).toISOString(),
      subject: redactSecrets(commit.subject),
      files: changedFiles,
      summary: { tokens: result.tokens.length, byKind },
      dz: result.explain.change.dz,
      modules,
      fingerprint: result.fingerprint.hash,
      parseErrors: result.parseErrors.length,
      generated: result.generated.map((g) => g.path),
    };
    if (opts.tokens) record.tokens = result.tokens;
    yield redactDeep(record);
  }
}
