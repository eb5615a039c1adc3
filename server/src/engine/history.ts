// Walks first-parent history commit by commit (spec §3.8 calibration, benchmarks, `--range`
// over many commits): ONE `git log --raw` process lists every commit's changes, blobs come
// through the long-lived cat-file, and each commit's file list (for import resolution) is
// derived from its child's by undoing the child's changes — no per-commit git process.
import type { Policy } from '../config/policy';
import type { ChangeSet } from '../delta/change-set';
import type { ChangedFile, CommitChanges, CommitInfo, GitRepo } from '../git';
import { ChunkCache } from '../symbols/analyze';
import type { TokenSource } from '../delta/token-source';
import { computeDelta, type DeltaOptions, type DeltaResult } from './delta-engine';
import type { AnalysisStore } from './analysis-store';
import { finishChanges, readChanges, VersionCache } from './git-change-set';
import { VersionTrees } from './version-trees';
import { lendTreesFrom } from '../sast/tree-cache';
import { FileTimeline } from './history-files';

export interface CommitDelta {
  commit: CommitInfo;
  result: DeltaResult;
  /** The commit's change set (`C^..C`): I2 and I3 of the backtest read it. */
  cs: ChangeSet;
}

export interface WalkOptions {
  maxCount?: number;
  since?: string;
  /** Skip these commits (already sampled: calibration is incremental). */
  skip?: ReadonlySet<string>;
  /** Hot spots as they stood before each commit (the backtest judges each commit as CI did). */
  hotspotsFor?: (sha: string) => ReadonlySet<string> | undefined;
  /** Warm-start cache of analyses (.glx/cache/, analysis-store.ts). */
  store?: AnalysisStore;
  /**
   * Extra computeDelta options per commit (token sources such as the SAST scanners, their
   * sastCritical): `glx delta --range A..B --per-commit` gives each commit the tokens
   * `glx delta --range <sha>` gives it.
   */
  deltaOptionsFor?: (cs: ChangeSet) => Pick<DeltaOptions, 'sources' | 'sastCritical'>;
  /** Budgets (estimated bytes) of the walk's chunk and version caches; the defaults are the CLI's. */
  caches?: { chunkBytes?: number; versionBytes?: number; treeChars?: number };
  /**
   * Tokens computed asynchronously in another process (sandboxed plugins, issue 16:
   * plugins/plugin-walk.ts), asked for a batch of commits at a time. The walk is pipelined: batch
   * k is sent, then batch k+1 is read and parsed on this thread while the other process answers
   * batch k; commits are still yielded in order, each with exactly the tokens a run of its own
   * would get (the sources are merged with deltaOptionsFor's).
   */
  batchSources?: BatchTokenSource;
}

/** Token sources for many change sets at once (one round trip per batch). */
export interface BatchTokenSource {
  /** Commits per request (≥ 1). */
  readonly batch: number;
  /** The sources of each change set, in order. Never rejects for a source's misbehaviour (that source contributes none and says so itself). */
  sourcesFor(css: readonly ChangeSet[]): Promise<readonly (readonly TokenSource[])[]>;
}

/** The parent's file list = this commit's with its changes undone (no `git ls-tree` per commit). */
export function parentFileSet(headFiles: ReadonlySet<string>, changed: readonly ChangedFile[]): Set<string> {
  const parent = new Set(headFiles);
  for (const f of changed) {
    if (f.newPath && f.status !== 'D') parent.delete(f.newPath);
    if (f.oldPath && f.status !== 'A' && f.status !== 'C') parent.add(f.oldPath);
  }
  return parent;
}

/**
 * For each path, the indices of the entries of `history` (skipped commits excepted) whose
 * changes name it: `next(p, i)` = the first such index after `i`, Infinity when none.
 */
export function futureUses(history: readonly CommitChanges[], skip?: ReadonlySet<string>): { next(path: string, after: number): number } {
  const at = new Map<string, number[]>();
  history.forEach((h, i) => {
    if (skip?.has(h.commit.sha)) return;
    for (const f of h.files) {
      for (const p of [f.oldPath, f.newPath]) {
        if (!p) continue;
        const l = at.get(p);
        if (!l) at.set(p, [i]);
        else if (l[l.length - 1] !== i) l.push(i);
      }
    }
  });
  return {
    next(path: string, after: number): number {
      const l = at.get(path);
      if (!l) return Infinity;
      // First index > after (binary search: a path can be touched by every commit).
      let lo = 0;
      let hi = l.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (l[mid] <= after) lo = mid + 1;
        else hi = mid;
      }
      return lo < l.length ? l[lo] : Infinity;
    },
  };
}

/** The caches one walk keeps between commits (a worker thread keeps one across its chunks). */
export interface WalkState {
  cache: ChunkCache;
  versions: VersionCache;
  /** Each path's last parsed tree: its next (older) version is parsed incrementally from it. */
  trees: VersionTrees;
  /** After walkEntries: the files of the parent of its last entry (where a following chunk starts). */
  files?: Set<string>;
}

export function newWalkState(caches?: WalkOptions['caches']): WalkState {
  return { cache: new ChunkCache(caches?.chunkBytes), versions: new VersionCache(undefined, caches?.versionBytes), trees: new VersionTrees(caches?.treeChars) };
}

/** Newest first. `range` is anything `git log` accepts (`main`, `A..B`). */
export async function* walkHistory(repo: GitRepo, range: string, policy: Policy, opts: WalkOptions = {}): AsyncGenerator<CommitDelta> {
  yield* walkListed(repo, policy, opts, await repo.logWithChanges(range, { maxCount: opts.maxCount, since: opts.since }));
}

/** walkHistory over a range listed already (`repo.logWithChanges`, newest first). */
export async function* walkListed(repo: GitRepo, policy: Policy, opts: WalkOptions, history: CommitChanges[]): AsyncGenerator<CommitDelta> {
  if (history.length === 0) return;
  const state = newWalkState(opts.caches);
  try {
    yield* walkEntries(repo, policy, opts, history, new Set(await repo.listFiles(history[0].commit.sha)), state);
  } finally {
    state.trees.clear();
  }
}

/**
 * The walk over `history` (contiguous first-parent entries, newest first) whose first entry's
 * head has the files `headFiles`: walkHistory's body, and one chunk of a parallel walk.
 */
export async function* walkEntries(
  repo: GitRepo, policy: Policy, opts: WalkOptions, history: readonly CommitChanges[], headFiles: Set<string>, state: WalkState,
): AsyncGenerator<CommitDelta> {
  const { trees } = state;
  // The scanners deltaOptionsFor runs (`glx delta --per-commit`) parse the commit's texts again
  // unless the walk lends its trees of them (version-trees.ts `lend`).
  const unlend = opts.deltaOptionsFor ? lendTreesFrom((lang, text) => trees.treeOf(lang, text)) : undefined;
  if (unlend) trees.lendForScans();
  try {
    yield* walkCommits(repo, policy, opts, history, headFiles, state);
  } finally {
    unlend?.();
    trees.releaseLent();
  }
}

/** walkEntries' body: the commits one after the other. */
async function* walkCommits(
  repo: GitRepo, policy: Policy, opts: WalkOptions, history: readonly CommitChanges[], headFiles: Set<string>, state: WalkState,
): AsyncGenerator<CommitDelta> {
  const { cache, versions, trees } = state;
  // Each commit's file lists as steps of one timeline (history-files.ts): no Set copied per commit.
  const timeline = new FileTimeline(headFiles);
  const todo = history.filter((h) => !opts.skip?.has(h.commit.sha));
  // Reads of the next commit's blobs run in git's cat-file while this commit is analysed.
  let next = todo.length ? readChanges(repo, todo[0].files, policy, versions) : undefined;
  let t = 0;
  // The kept trees go by when each path is parsed next (version-trees.ts setFuture).
  const future = futureUses(history, opts.skip);
  let now = -1;
  trees.setFuture((p) => future.next(p, now));
  const delta = (commit: CommitInfo, cs: ChangeSet, late?: readonly TokenSource[]): CommitDelta => {
    const more = opts.deltaOptionsFor?.(cs);
    const sources = late?.length ? [...(more?.sources ?? []), ...late] : more?.sources;
    return { commit, cs, result: computeDelta(cs, policy, { hotspots: opts.hotspotsFor?.(commit.sha), ...more, ...(sources ? { sources } : {}) }) };
  };
  const bs = opts.batchSources;
  /** Commits read and parsed, waiting for their batch to be sent. */
  let gathered: { commit: CommitInfo; cs: ChangeSet }[] = [];
  /** The batch sent last: its answers are awaited only after the next batch has been read. */
  let inFlight: { items: { commit: CommitInfo; cs: ChangeSet }[]; answer: Promise<readonly (readonly TokenSource[])[]> } | undefined;
  const send = () => {
    const items = gathered;
    gathered = [];
    const answer = bs!.sourcesFor(items.map((x) => x.cs));
    answer.catch(() => undefined); // awaited below; an abandoned walk (cancelled) must not leave it unhandled
    return { items, answer };
  };
  for (const { commit, files: changed } of history) {
    now++;
    const headStep = timeline.step;
    const parentStep = timeline.back(changed);
    if (opts.skip?.has(commit.sha)) continue;
    const read = next!;
    t++;
    next = t < todo.length ? readChanges(repo, todo[t].files, policy, versions) : undefined;
    trees.releaseLent(); // the previous commit's, scanned by now (see walkEntries)
    const changes = await finishChanges(read, cache, versions, opts.store, trees);
    // Walking newest first, a path this commit added has no older version to parse from its tree.
    for (const c of changes) if ((c.status === 'A' || c.status === 'C') && c.new) trees.forget(c.new.path);
    const cs: ChangeSet = { changes, fileExists: (side, p) => timeline.has(side === 'old' ? parentStep : headStep, p) };
    if (!bs) {
      yield delta(commit, cs);
      continue;
    }
    gathered.push({ commit, cs });
    if (gathered.length < Math.max(1, bs.batch)) continue;
    // Send this batch, then finish the one before it (its answer has had a whole batch's reading time).
    const sent = send();
    if (inFlight) yield* drain(inFlight);
    inFlight = sent;
  }
  state.files = timeline.setAt(timeline.step);
  trees.setFuture(undefined); // a following chunk of a parallel walk sets its own
  if (!bs) return;
  const last = gathered.length ? send() : undefined;
  if (inFlight) yield* drain(inFlight);
  if (last) yield* drain(last);

  function* drainSync(items: { commit: CommitInfo; cs: ChangeSet }[], answers: readonly (readonly TokenSource[])[]): Generator<CommitDelta> {
    for (let i = 0; i < items.length; i++) yield delta(items[i].commit, items[i].cs, answers[i] ?? []);
  }
  async function* drain(b: NonNullable<typeof inFlight>): AsyncGenerator<CommitDelta> {
    yield* drainSync(b.items, await b.answer);
  }
}
