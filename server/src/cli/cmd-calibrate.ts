// `glx calibrate update|freeze|unfreeze` — spec §3.8, playbook 1 (seed: python -m
// glitchlab.spec.calibrate). update: learn α/β/ζ per module from the base branch's history
// (incremental); freeze: snapshot + stop threshold updates for N commits; unfreeze: resume.
// argv → app/calibrate-thresholds.ts → print.
import { freezeThresholds, unfreezeThresholds, updateThresholds } from '../app/calibrate-thresholds';
import { ALL_MODULES, NO_DAYS_LIMIT } from '../calibration/calibrate';
import { LABELS_SCOPE_FILE, SNAPSHOT_FILE } from '../calibration/freeze';
import type { SpecState } from '../calibration/spec-state';
import { helpText, parseArgs, UsageError, type FlagSpec, REPO_FLAGS } from './args';
import { openContext } from './context';
import { interruptSignal, progressLine } from './progress';

const flags: FlagSpec = {
  window: { type: 'string', value: '90d|N', desc: 'update: history window in days (90d) or commits (N); default: calibration window of spec/invariants.yaml (90 commits / 90 days, the smaller)' },
  'by-module': { type: 'boolean', desc: 'update: thresholds per module (else one set learned from all modules)' },
  branch: { type: 'string', value: 'REV', desc: 'update: whose first-parent history (default: the default branch, else HEAD)' },
  commits: { type: 'number', value: 'N', desc: 'freeze: number of commits to keep the thresholds frozen' },
  reason: { type: 'string', value: 'TEXT', desc: 'freeze: why (recorded in the state)' },
  json: { type: 'boolean', desc: 'print the resulting spec_state on stdout' },
  ...REPO_FLAGS,
};

export const calibrateHelp = helpText(
  'glx calibrate update [--window 90d|N] [--by-module] | freeze --commits N --reason R | unfreeze',
  'Thresholds α/β/ζ per module from the history (q90/q95/q99 of ΔZ, spec §3.8), drift detection\n(Page-Hinkley) and freeze/unfreeze (playbook 1). Writes .glx/spec_state.json; freeze also\nwrites .glx/spec_state.before_freeze.json and .glx/spec_labels_scope.txt.',
  flags,
);

function parseWindow(w: string | undefined, dflt: { commits: number; days: number }): { commits: number; days: number } {
  if (w === undefined) return dflt;
  const d = /^(\d+)d$/.exec(w);
  if (d && Number(d[1]) > 0) return { commits: Math.max(dflt.commits, 100000), days: Number(d[1]) };
  if (/^\d+$/.test(w) && Number(w) > 0) return { commits: Number(w), days: NO_DAYS_LIMIT };
  throw new UsageError(`calibrate: --window ${w}: expected days like 90d or a commit count like 200`);
}

const fmt = (x: number | null) => (x === null ? '—' : x.toFixed(3));

export async function cmdCalibrate(argv: readonly string[]): Promise<number> {
  const { flags: f, positionals } = parseArgs(argv, flags, 'calibrate');
  if (f.help || positionals.length === 0) {
    process.stdout.write(calibrateHelp);
    return f.help ? 0 : 2;
  }
  const [sub, ...extra] = positionals;
  if (extra.length) throw new UsageError(`calibrate: unexpected argument ${JSON.stringify(extra[0])}`);
  if (!['update', 'freeze', 'unfreeze'].includes(sub)) throw new UsageError(`calibrate: unknown subcommand ${JSON.stringify(sub)} (update, freeze, unfreeze)`);
  const only = (allowed: string[]) => {
    for (const k of Object.keys(f)) if (!['json', 'repo', 'help', ...allowed].includes(k)) throw new UsageError(`calibrate ${sub}: --${k} does not apply`);
  };
  const ctx = await openContext(f.repo as string | undefined);
  const warn = (l: string) => process.stderr.write(`glx: ${l}\n`);
  try {
    let state: SpecState;
    if (sub === 'update') {
      only(['window', 'by-module', 'branch']);
      const cal = ctx.policy.config.calibration;
      const progress = progressLine('calibrating: commits', { json: !!f.json });
      const interrupt = interruptSignal();
      const r = await updateThresholds(ctx, {
        window: parseWindow(f.window as string | undefined, { commits: cal.windowCommits, days: cal.windowDays }),
        byModule: !!f['by-module'], branch: f.branch as string | undefined, warn,
        onProgress: (d, t) => progress.update(d, t), signal: interrupt.signal,
      }).finally(() => (progress.end(), interrupt.dispose()));
      state = r.state;
      if (!f.json) {
        process.stdout.write(`calibrated ${r.branch}: ${r.windowCommits} commits in window (${r.analysed} analysed, ${r.reused} reused${r.shallowSkipped ? `, ${r.shallowSkipped} skipped: parent missing in a shallow clone` : ''})${state.frozen ? ` · FROZEN (${state.frozen.remaining} commits left: ${state.frozen.reason})` : ''}\n`);
        for (const [m, s] of Object.entries(state.modules)) {
          if (m === ALL_MODULES && state.by_module) continue;
          process.stdout.write(`  ${m.padEnd(16)} n=${String(s.n).padStart(4)} α ${s.alpha.toFixed(3)} β ${s.beta.toFixed(3)} ζ ${s.zeta.toFixed(3)} (${s.basis}) ewma ${fmt(s.ewma)} σ̂ ${fmt(s.sigma)} drift ${s.drift.state}${s.drift.since ? ` since ${s.drift.since.slice(0, 10)}` : ''}\n`);
        }
      }
    } else if (sub === 'freeze') {
      only(['commits', 'reason']);
      const n = f.commits as number | undefined;
      if (n === undefined || !Number.isInteger(n) || n < 1) throw new UsageError('calibrate freeze: --commits N (a positive integer) is required');
      const reason = (f.reason as string | undefined)?.trim();
      if (!reason) throw new UsageError('calibrate freeze: --reason "…" is required');
      state = await freezeThresholds(ctx, { commits: n, reason, warn });
      if (!f.json) process.stdout.write(`thresholds frozen for ${n} commits (${reason}); snapshot .glx/${SNAPSHOT_FILE}, labels scope .glx/${LABELS_SCOPE_FILE}\n`);
    } else {
      only([]);
      const r = await unfreezeThresholds(ctx, { warn });
      state = r.state;
      if (!f.json) process.stdout.write(r.before.frozen ? `thresholds unfrozen (were frozen since ${r.before.frozen.at}: ${r.before.frozen.reason}); run glx calibrate update to learn from new commits\n` : 'thresholds were not frozen; state recomputed from the recorded samples\n');
    }
    if (f.json) process.stdout.write(`${JSON.stringify(state, null, 2)}\n`);
    return 0;
  } finally {
    await ctx.repo.close();
  }
}
