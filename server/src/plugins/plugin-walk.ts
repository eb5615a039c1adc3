// Plugins on a history walk (issue 16: calibration, the backtest and `glx delta --per-commit`
// see the tokens CI judges with). A BatchTokenSource (engine/history.ts) over the plugin host's
// runMany: each plugin is asked about a whole batch of commits in one round trip while the walk
// reads and parses the next batch on its own thread (the pipeline is in walkHistory). The
// answers equal one run() per commit (runMany's contract), so a commit sampled by calibration
// carries the tokens `glx delta --range <sha>` gives it.
//
// What happened to each plugin is collected once per walk (not once per batch): a plugin
// quarantined in the middle of the walk contributes nothing from then on — the batch it failed
// in included (runMany: "a plugin failing on any of them contributes to none") — and the caller
// says so once.
import type { Policy } from '../config/policy';
import type { BatchTokenSource } from '../engine/history';
import type { PluginHost, PluginNote } from './plugin-host';

/** Commits per round trip: measured in bench/plugins-bench.ts (docs/plugins.md "Overhead"). */
export const WALK_BATCH = 16;

export interface PluginWalk extends BatchTokenSource {
  /** Per plugin, its most telling note of the walk (quarantined-now > in-quarantine > not-run > ran). */
  notes(): PluginNote[];
  /** Discovery problems (a package not installed …), once. */
  problems(): { source: string; message: string }[];
}

const RANK: Record<PluginNote['status'], number> = { ran: 0, 'not-run': 1, 'in-quarantine': 2, 'quarantined-now': 3 };

export function pluginWalk(host: PluginHost, policy: Policy, batch = WALK_BATCH): PluginWalk {
  const notes = new Map<string, PluginNote>();
  const problems = new Map<string, { source: string; message: string }>();
  let batches = 0;
  return {
    batch,
    async sourcesFor(css) {
      // Discovery once per walk: the first batch reads the plugins and the quarantine, the others reuse it.
      const runs = await host.runMany(css, policy, { reuseDiscovery: batches++ > 0 });
      for (const r of runs) {
        for (const n of r.notes) {
          const had = notes.get(n.plugin);
          if (!had || RANK[n.status] > RANK[had.status]) notes.set(n.plugin, { ...n });
          else if (had.status === 'ran' && n.status === 'ran') had.tokens = (had.tokens ?? 0) + (n.tokens ?? 0);
        }
        for (const p of r.problems) problems.set(`${p.source}\n${p.message}`, p);
      }
      return runs.map((r) => r.sources);
    },
    notes: () => [...notes.values()],
    problems: () => [...problems.values()],
  };
}
