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

/**
 * The plugins' batch source for one walk (undefined when there are none to run) and `close()`,
 * which says what happened to them (once) and stops a throwaway host. Call close() in a finally.
 */
export function openWalkPlugins(ws: Workspace, opts: WalkPluginOptions): { batchSources?: BatchTokenSource; close(): void } {
  if (opts.plugins === false) return { close: () => undefined };
  const host = opts.plugins ?? pluginHostFor(ws, opts.by ?? 'cli:walk');
  const own = !opts.plugins;
  const found = host.list();
  if (!found.plugins.length && !found.problems.length) {
    if (own) host.dispose();
    return { close: () => undefined };
  }
  const pw = pluginWalk(host, ws.policy);
  return {
    batchSources: pw,
    close() {
      for (const n of pw.notes()) {
        const line = pluginNoteLine(n);
        if (line) opts.warn?.(line);
      }
      for (const p of pw.problems()) opts.warn?.(`${p.source}: ${p.message}`);
      if (own) host.dispose();
    },
  };
}

/** Runs `walk` with the plugins' batch source (undefined when there are none to run). */
export async function withWalkPlugins<T>(ws: Workspace, opts: WalkPluginOptions, walk: (sources: BatchTokenSource | undefined) => Promise<T>): Promise<T> {
  const w = openWalkPlugins(ws, opts);
  try {
    return await walk(w.batchSources);
  } finally {
    w.close();
  }
}
