// Integration merges (issue 17, docs/gates.md "Integration merges"): a first-parent merge that
// brings a long-lived branch into this one — `Merge stable into main` — rather than one change.
// Its first-parent diff is the sum of many commits that were each merged, and judged, on their
// own branch; judging it as one change blocks it for its size alone (click 1a994adb, 8a1b1a33:
// I1 BLOCK at ΔZ 1.00). What tells the two apart is the shape of the graph, not the message:
// the branch it brings is itself made of merges. Walking the merged branch's own first-parent
// line (from the merge's second parent down to where it forked), at least two commits and at
// least half of them are merges of a third branch into it (merges whose second parent is also
// among the commits brought, i.e. not already on this branch). A feature branch is commits with
// at most a sync merge or two (`Merge branch 'main' into feature` does not even count: main's
// commits are already here); a squash or rebase history has no merges at all. Or, when a pull
// request carries the sync (`Merge stable into main (#3563)`: the stable line sits behind the
// PR's own merge), the merge brings at least four merges of third branches in all. Measured on
// click's last 190 first-parent commits (2c8cd3ac): eight stable syncs and no feature pull request
// (a contributor's branch that merged its own remote copy or stable once or twice is not one).
import type { CommitInfo, GitRepo } from '../git';

/** A branch whose first-parent line holds at least this many merges, and at least half merges. */
const MIN_MERGES = 2;

/** …or the merge brings at least this many merges of third branches, wherever they sit. */
const MANY_MERGES = 4;

/** Integration merge sha → how many commits it brings. */
export type IntegrationMerges = ReadonlyMap<string, number>;

/**
 * Pure: `firstParent` newest first (the branch's first-parent chain), `graph` every commit of
 * the range with its parents. Commits outside the graph count as already on the branch.
 */
export function findIntegrationMerges(firstParent: readonly CommitInfo[], graph: ReadonlyMap<string, readonly string[]>): Map<string, number> {
  const out = new Map<string, number>();
  /** Commits reachable from the branch so far (within the graph). */
  const onBranch = new Set<string>();
  for (let i = firstParent.length - 1; i >= 0; i--) {
    const c = firstParent[i];
    onBranch.add(c.sha);
    const parents = graph.get(c.sha) ?? c.parents;
    if (parents.length < 2) continue;
    // The commits this merge brings: from its other parents, stopping at the branch.
    const brought = new Set<string>();
    const stack = parents.slice(1).filter((p) => graph.has(p) && !onBranch.has(p));
    while (stack.length) {
      const s = stack.pop()!;
      if (brought.has(s) || onBranch.has(s) || !graph.has(s)) continue;
      brought.add(s);
      for (const p of graph.get(s)!) stack.push(p);
    }
    // The merged branch's own first-parent line: a long-lived branch is made of merges (the
    // changes reviewed into it); a feature branch of commits, with at most a sync merge or two.
    let chain = 0;
    let merged = 0;
    for (let s = parents[1]; brought.has(s); s = graph.get(s)![0]) {
      chain++;
      const ps = graph.get(s)!;
      if (ps.length >= 2 && ps.slice(1).some((p) => brought.has(p))) merged++;
    }
    let mergesBrought = 0;
    for (const s of brought) {
      const ps = graph.get(s)!;
      if (ps.length >= 2 && ps.slice(1).some((p) => brought.has(p))) mergesBrought++;
    }
    const integrates = (merged >= MIN_MERGES && 2 * merged >= chain) || mergesBrought >= MANY_MERGES;
    if (integrates) out.set(c.sha, brought.size);
    for (const s of brought) onBranch.add(s);
  }
  return out;
}

/** The integration merges among `firstParent` (newest first), from one `git rev-list --parents`. */
export async function integrationMerges(repo: GitRepo, firstParent: readonly CommitInfo[]): Promise<IntegrationMerges> {
  if (!firstParent.some((c) => c.parents.length >= 2)) return new Map();
  const tip = firstParent[0].sha;
  const oldest = firstParent[firstParent.length - 1];
  const graph = await repo.parentsGraph(tip, oldest.parents.slice(0, 1));
  return findIntegrationMerges(firstParent, graph);
}
