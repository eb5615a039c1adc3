// The Spec Monitor's data (spec §6, §3.8; issue "The Delta Inspector and the Spec Monitor"): per
// module the thresholds α/β/ζ with the live ΔZ on the same scale, I1's decision and line, the
// ΔZ history of the calibration window and the drift alarm (from `.glx/spec_state.json`, which
// `glx calibrate` keeps and EGDB mirrors), the freeze state and I4's inputs — and its buttons,
// which run the same calibrate use cases as `glx calibrate` (app/calibrate-thresholds.ts), only
// in trusted workspaces. No connection: server.ts answers with what these return.
import { freezeThresholds, unfreezeThresholds, updateThresholds } from '../app/calibrate-thresholds';
import type { Workspace } from '../app/workspace';
import { thresholdsOf, type SpecState } from '../calibration/spec-state';
import type { HostSnapshot } from '../engine/workspace-host';
import { InputError } from '../errors';
import { i1ModuleLine } from '../gates/gate-lines';
import type { CalibrateParams, SpecMonitorModule, SpecMonitorView } from '../protocol';
import type { GateView } from './gate-features';

export function specMonitorView(snap: HostSnapshot, gates: GateView | undefined, spec: { state?: SpecState; source: 'file' | 'memory' | 'defaults' }, writable: boolean): SpecMonitorView {
  const state = spec.state;
  const live = new Map(snap.result.explain.change.modules.map((m) => [m.module, m]));
  const names = new Set([...live.keys(), ...Object.keys(state?.modules ?? {}).filter((m) => m !== '*' && !m.startsWith('__'))]);
  const modules: SpecMonitorModule[] = [...names].sort().map((m) => {
    const t = thresholdsOf(state, m);
    const i1 = gates?.I1.modules.find((x) => x.module === m);
    const ms = state?.modules[m] ?? (state?.by_module ? undefined : state?.modules['*']); // not by module: one learned set
    return {
      module: m, dz: live.get(m)?.dz ?? 0, alpha: t.alpha, beta: t.beta, zeta: t.zeta, basis: t.basis,
      decision: i1?.decision ?? 'ACCEPT', line: i1 ? i1ModuleLine(i1) : `module ${m}: no change`,
      samples: (ms?.samples ?? []).map((x) => ({ sha: x.sha, ts: x.ts, dz: x.dz })).sort((a, b) => a.ts - b.ts),
      drift: { state: ms?.drift.state ?? 'stable', since: ms?.drift.since ?? null },
    };
  });
  const f = state?.frozen;
  return {
    generation: snap.generation,
    decision: gates?.explain ?? [],
    modules,
    source: spec.source === 'file' ? '.glx/spec_state.json' : spec.source === 'memory' ? 'the history, calibrated in memory on first start (Recalibrate or glx calibrate update keeps it)' : 'defaults (not calibrated yet)',
    frozen: f ? { at: f.at, commits: f.commits, remaining: f.remaining, reason: f.reason, by: f.by } : null,
    i4: (gates?.I4.checks ?? []).map((c) => ({ config: c.config, file: c.file, decision: c.decision, reason: c.reason })),
    writable,
  };
}

/** The buttons: `glx calibrate update|freeze|unfreeze` as use cases; refused unless the workspace is trusted. */
export async function runCalibrate(ws: Workspace | undefined, writable: boolean, p: CalibrateParams, warn: (line: string) => void, signal?: AbortSignal): Promise<{ message: string }> {
  if (!ws) throw new InputError('GlitchLab has no repository open');
  if (!writable) throw new InputError('this workspace is not trusted: calibration writes .glx/spec_state.json, so it is disabled here');
  if (p?.action === 'update') {
    const cal = ws.policy.config.calibration;
    const r = await updateThresholds(ws, { window: { commits: cal.windowCommits, days: cal.windowDays }, byModule: true, warn, signal });
    return { message: `calibrated ${r.branch}: ${r.windowCommits} commits in the window (${r.analysed} analysed, ${r.reused} reused)` };
  }
  if (p?.action === 'freeze') {
    if (!Number.isInteger(p.commits) || p.commits < 1 || p.commits > 100_000) throw new InputError('freeze: the number of commits must be a positive integer');
    const reason = typeof p.reason === 'string' ? p.reason.trim() : '';
    if (!reason) throw new InputError('freeze: a reason is required (it is recorded with the freeze)');
    await freezeThresholds(ws, { commits: p.commits, reason, warn });
    return { message: `thresholds frozen for ${p.commits} commits (${reason})` };
  }
  if (p?.action === 'unfreeze') {
    const r = await unfreezeThresholds(ws, { warn });
    return { message: r.before.frozen ? 'thresholds unfrozen' : 'thresholds were not frozen' };
  }
  throw new InputError(`calibrate: unknown action ${JSON.stringify((p as { action?: unknown })?.action)}`);
}

