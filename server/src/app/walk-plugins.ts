// Plugins on the history walks of calibration, the backtest and `glx delta --per-commit`
// (issue 16): thresholds must be learned from the tokens CI judges with, so every commit a walk
// analyses gets the tokens of the repository's plugins — the same ones `glx delta --range <sha>`
// gives it (plugins/plugin-walk.ts: batched, pipelined; engine/history.ts `batchSources`).
// Quarantined plugins are not run (the host skips them); the editor passes `plugins: false` in an
// untrusted workspace (spec §6: nothing runs plugins there). A repository without plugins walks
// exactly as before (no host, no batching).
import type { BatchTokenSource } from '../engine/history';
import type { PluginHost } from '../plugins/plugin-host';
import { pluginWalk } from '../plugins/plugin-walk';
import { pluginHostFor, pluginNoteLine } from './plugins';
import type { Workspace } from './workspace';

export interface WalkPluginOptions {
  /** Off (`false`: untrusted workspace), a host the caller keeps alive, or a throwaway one (default). */
  plugins?: PluginHost | false;
  /** Recorded with a quarantine (`cli:calibrate`, `lsp:backtest`). */
  by?: string;
  /** Where the walk says what happened to a plugin (quarantined, not run) — once per walk. */
  warn?: (line: string) => void;
}

/** Runs `walk` with the plugins' batch source (undefined when there are none to run). */
export async function withWalkPlugins<T>(ws: Workspace, opts: WalkPluginOptions, walk: (sources: BatchTokenSource | undefined) => Promise<T>): Promise<T> {
  if (opts.plugins === false) return walk(undefined);
  const host = opts.plugins ?? pluginHostFor(ws, opts.by ?? 'cli:walk');
  try {
    const found = host.list();
    if (!found.plugins.length && !found.problems.length) return await walk(undefined);
    const pw = pluginWalk(host, ws.policy);
    try {
      return await walk(pw);
    } finally {
      for (const n of pw.notes()) {
        const line = pluginNoteLine(n);
        if (line) opts.warn?.(line);
      }
      for (const p of pw.problems()) opts.warn?.(`${p.source}: ${p.message}`);
    }
  } finally {
    if (!opts.plugins) host.dispose();
  }
}
