// Per-file commit counts over the calibration window (spec §3.8: the configured
// `calibration.window` — N commits or D days, whichever is smaller, at least 20 commits; days
// counted from the base commit's time: calibration/window.ts), read once from the base's
// history. The one source of both hot spots (spec §3.6) and the mosaic's churn layer (§3.9), for
// the CLI and the editor alike (the editor once used a hard-coded 90-day window of its own).
import type { Policy } from '../config/policy';
import { hotspotsFromCounts } from './hotspots';
import { EMPTY_TREE, type GitRepo } from '../git';
import { windowLength } from '../calibration/window';

export interface HistoryWindow {
  /** Commits inside the window. */
  commits: number;
  /** Commits touching each path (new path of renames) within the window. */
  churn: Map<string, number>;
  /** Top 10% of `churn` (spec §3.6), empty with fewer than 10 commits. */
  hotspots: Set<string>;
}

export const emptyWindow = (): HistoryWindow => ({ commits: 0, churn: new Map(), hotspots: new Set() });

/** One `git log --raw` over the window ending at `baseSha`; an unreadable history is an empty window. */
export async function historyWindow(repo: GitRepo, baseSha: string, policy: Policy): Promise<HistoryWindow> {
  if (baseSha === EMPTY_TREE || baseSha.length !== 40) return emptyWindow();
  const cal = policy.config.calibration;
  const listed = await repo.logWithChanges(baseSha, { maxCount: cal.windowCommits }).catch(() => []);
  const history = listed.slice(0, windowLength(listed.map((c) => c.commit.ts), { commits: cal.windowCommits, days: cal.windowDays }));
  const churn = new Map<string, number>();
  for (const c of history) for (const f of c.files) {
    const p = f.newPath ?? f.oldPath;
    if (p) churn.set(p, (churn.get(p) ?? 0) + 1);
  }
  return { commits: history.length, churn, hotspots: hotspotsFromCounts(churn, history.length) };
}
