// What depends only on the base commit, kept across runs (issue 14 "Warm starts"): the base
// tree's file list (import resolution of the change set) and the hot-spot window read from its
// history (`git log --raw` over the calibration window). A commit never changes, so the sha —
// with the window's settings for the history — is a complete key (warm-store.ts: a bad entry
// is a miss, the engine identity is part of every key). The working tree's side is never
// cached: `git ls-files` reads the index and is cheap, and it changes under our feet.
import type { Policy } from '../config/policy';
import { EMPTY_TREE, type GitRepo } from '../git';
import { hotspotsFromCounts } from './hotspots';
import { historyWindow, type HistoryWindow } from './history-window';
import { isStringArray, WarmStore } from './warm-store';

const isFullSha = (sha: string) => /^[0-9a-f]{40}$/.test(sha);

/** The base commit's regular files (as `repo.listFiles(sha)`), from `.glx/cache/base/` when there. */
export async function baseFileList(repo: Pick<GitRepo, 'listFiles'>, sha: string, store: WarmStore | undefined): Promise<string[]> {
  if (!store || sha === EMPTY_TREE || !isFullSha(sha)) return repo.listFiles(sha);
  const key = `ls-tree\0${sha}`;
  const hit = store.get(key, isStringArray);
  if (hit) return hit;
  const files = await repo.listFiles(sha);
  store.put(key, files);
  return files;
}

/** Stored as two parallel arrays (churn in the Map's order): cheap to check and to read back. */
interface StoredWindow {
  commits: number;
  paths: string[];
  counts: number[];
}

// The payload's bytes are checked by its sha256 (warm-store.ts); this guards the shape only.
const isStoredWindow = (v: unknown): v is StoredWindow => {
  const w = v as StoredWindow;
  return !!w && typeof w.commits === 'number' && Array.isArray(w.paths) && Array.isArray(w.counts) && w.paths.length === w.counts.length
    && (w.paths.length === 0 || (typeof w.paths[0] === 'string' && typeof w.counts[0] === 'number'));
};

/**
 * The window made from a stored entry, per entry object: a long-lived process gets the same
 * decoded entry on every read (util/cache-entry.ts memo), and rebuilding the churn map and
 * ranking 10,000 paths for the hot spots cost the daemon ~1.5 ms per `glx delta` on webpack.
 * Windows are read-only for every user.
 */
const windowsOf = new WeakMap<StoredWindow, HistoryWindow>();

/** historyWindow (history-window.ts) through `.glx/cache/base/`: keyed by the base sha and the window's settings. */
export async function cachedHistoryWindow(repo: GitRepo, baseSha: string, policy: Policy, store: WarmStore | undefined): Promise<HistoryWindow> {
  if (!store || !isFullSha(baseSha)) return historyWindow(repo, baseSha, policy);
  const cal = policy.config.calibration;
  const key = `window\0${baseSha}\0${cal.windowCommits}\0${cal.windowDays}`;
  const hit = store.get(key, isStoredWindow);
  if (hit) {
    const known = windowsOf.get(hit);
    if (known) return known;
    const churn = new Map<string, number>();
    for (let i = 0; i < hit.paths.length; i++) churn.set(hit.paths[i], hit.counts[i]);
    const w = { commits: hit.commits, churn, hotspots: hotspotsFromCounts(churn, hit.commits) };
    windowsOf.set(hit, w);
    return w;
  }
  const w = await historyWindow(repo, baseSha, policy);
  // An unreadable history gives an empty window (history-window.ts): not worth keeping — the
  // next run tries git again.
  if (w.commits > 0) store.put(key, { commits: w.commits, paths: [...w.churn.keys()], counts: [...w.churn.values()] } satisfies StoredWindow);
  return w;
}
