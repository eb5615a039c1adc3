// `glx invariants --ci` — spec §3.7, §5 (seed: python -m glitchlab.core.invariants --ci):
// argv → analyseChange → evaluateChange (app/) → .glx/delta_report.json (`scores`, `decision`)
// and .glx/invariants[_<SHA>].json, and the decision's lines on stdout.
// Exit 0 ACCEPT/REVIEW, 1 BLOCK/HARD_BLOCK (or REVIEW with --fail-on review), 2 bad input,
// 66 a --freeze file not found (errors: ../errors.ts, docs/errors.md).
import * as path from 'node:path';
import { analyseChange } from '../app/analyse-change';
import { calibrateFirstRun } from '../app/calibrate-thresholds';
import { evaluateChange } from '../app/evaluate-change';
import { recordAnalysis } from '../egdb/record-analysis';
import { parseOverride, type Override } from '../gates/aggregate';
import { rank } from '../gates/decision';
import { EMPTY_TREE } from '../git';
import { redactSecrets } from '../redact';
import { writeJsonAtomic } from '../util/atomic-write';
import { helpText, parseArgs, UsageError, type FlagSpec, REV_FLAGS, REPO_FLAGS } from './args';
import { printPluginNotes } from './plugin-lines';
import { presetFlagDefaults, usePreset } from '../app/presets';
import { PRESET_FLAG } from './cmd-presets';
import { openContext } from './context';
import { interruptSignal, progressLine } from './progress';

export const invariantsFlags: FlagSpec = {
  ci: { type: 'boolean', desc: 'CI mode: no prompts; the exit code is the gate (0 ACCEPT/REVIEW, 1 BLOCK/HARD_BLOCK)' },
  ...REV_FLAGS,
  commit: { type: 'string', value: 'SHA', desc: 'evaluate one commit (SHA^..SHA) and write .glx/invariants_<SHA>.json' },
  report: { type: 'string', value: 'FILE', desc: 'where to write the invariants report (default with --commit: .glx/invariants_<SHA>.json)' },
  freeze: { type: 'string', value: 'FILE', desc: 'take α/β/ζ from this spec_state file (static thresholds), not .glx/spec_state.json' },
  'no-calibrate': { type: 'boolean', desc: 'first run: judge with the default thresholds instead of calibrating from the branch history first' },
  override: { type: 'string', repeat: true, value: 'I<n>:<ticket>', desc: 'lower gate I<n> one level (never to ACCEPT); needs --reason; recorded in the report' },
  reason: { type: 'string', value: 'TEXT', desc: 'why the override is justified' },
  'fail-on': { type: 'string', value: 'review|block', desc: 'lowest decision that exits 1 (default block)' },
  out: { type: 'string', value: 'FILE', desc: 'Δ report with scores and decision (default .glx/delta_report.json)' },
  json: { type: 'boolean', desc: 'print the invariants report on stdout' },
  ...PRESET_FLAG,
  ...REPO_FLAGS,
};

export const invariantsHelp = helpText(
  'glx invariants --ci [--base REV | --range A..B | --commit SHA] [--report F] [--freeze FILE | --no-calibrate] [--override I<n>:<ticket> --reason R] [--fail-on review]',
  'Evaluate the gates I1 (energy), I2 (API contracts), I3 (Φ–Δ commutation) and I4 (observable\nstability) and the decision ACCEPT / REVIEW / BLOCK / HARD_BLOCK (spec §3.7).\nExit 0 ACCEPT or REVIEW, 1 BLOCK or HARD_BLOCK, 2 usage or bad input.',
  invariantsFlags,
);

export type { InvariantsReport } from '../app/evaluate-change';
export { scoresOf } from '../app/evaluate-change';

export async function cmdInvariants(argv: readonly string[]): Promise<number> {
  const { flags, positionals } = parseArgs(argv, invariantsFlags, 'invariants');
  if (flags.help) {
    process.stdout.write(invariantsHelp);
    return 0;
  }
  if (positionals.length) throw new UsageError(`invariants: unexpected argument ${JSON.stringify(positionals[0])}`);
  let failOn = (flags['fail-on'] as string | undefined) ?? 'block';
  if (failOn !== 'review' && failOn !== 'block') throw new UsageError(`invariants: --fail-on ${failOn}: must be review or block`);
  const overrideSpecs = (flags.override as string[] | undefined) ?? [];
  const reason = flags.reason as string | undefined;
  if (overrideSpecs.length && !reason?.trim()) throw new UsageError('invariants: --override needs --reason "…" (it is recorded with the decision)');
  if (reason !== undefined && !overrideSpecs.length) throw new UsageError('invariants: --reason is only meaningful with --override');
  const overrides: Override[] = overrideSpecs.map((s) => {
    const o = parseOverride(s, reason!.trim());
    if (!o) throw new UsageError(`invariants: --override ${s}: expected I<n>:<ticket>, e.g. I2:JIRA-123`);
    return o;
  });
  const commit = flags.commit as string | undefined;
  if (commit !== undefined && (flags.range !== undefined || flags.base !== undefined || flags.head !== undefined)) throw new UsageError('invariants: --commit cannot be combined with --base, --head or --range');

  const ctx = await openContext(flags.repo as string | undefined);
  ctx.repo.allowShallow = flags['allow-shallow'] === true; // issue 11 item 1
  try {
    // A preset's gate options are defaults: --fail-on / --no-calibrate given here win.
    if (flags.preset !== undefined) {
      const d = presetFlagDefaults(usePreset(ctx, String(flags.preset)));
      if (flags['fail-on'] === undefined && typeof d['fail-on'] === 'string') failOn = d['fail-on'];
      if (d['no-calibrate'] === true) flags['no-calibrate'] = true;
    }
    if (commit !== undefined) await ctx.repo.revParse(commit, `--commit ${commit}`);
    const analysis = await analyseChange(ctx, commit !== undefined ? { range: commit } : { base: flags.base as string | undefined, head: flags.head as string | undefined, range: flags.range as string | undefined }, { by: 'cli:invariants' });
    printPluginNotes(analysis);
    // First run (spec §3.8): no spec_state.json yet → calibrate from the history before the
    // change's base first (progress on stderr), unless --no-calibrate or --freeze.
    if (flags.freeze === undefined && !flags['no-calibrate'] && analysis.base.sha && analysis.base.sha !== EMPTY_TREE) {
      const progress = progressLine('first run, calibrating thresholds: commits', { json: !!flags.json });
      const interrupt = interruptSignal();
      const first = await calibrateFirstRun(ctx, {
        rev: analysis.base.sha,
        onProgress: (d, t) => progress.update(d, t), signal: interrupt.signal,
        warn: (l) => process.stderr.write(`glx: ${l}\n`),
      }).finally(() => (progress.end(), interrupt.dispose()));
      if (first) {
        const n = first.state.modules['*']?.n ?? 0;
        process.stderr.write(`glx: first run: calibrated from ${first.windowCommits} commit(s) of the history before ${analysis.base.sha.slice(0, 10)} (${n} sample(s)${n < 20 ? ', fewer than 20: default thresholds' : ''}); --no-calibrate keeps the defaults\n`);
      }
    }
    for (const w of ctx.repo.warnings) process.stderr.write(`glx: warning: ${w}\n`);
    const { outcome, report, invariants: inv } = await evaluateChange(ctx, analysis, { freeze: flags.freeze as string | undefined, overrides });
    const headInfo = analysis.head;
    const out = flags.out ? path.resolve(String(flags.out)) : path.join(ctx.glxDir, 'delta_report.json');
    writeJsonAtomic(out, report);
    const invOut = flags.report !== undefined ? path.resolve(String(flags.report)) : commit !== undefined ? path.join(ctx.glxDir, `invariants_${headInfo.sha}.json`) : path.join(ctx.glxDir, 'invariants.json');
    writeJsonAtomic(invOut, inv);
    // spec §3.10: every CLI analysis lands in EGDB (invariants_results, invariants.* events).
    await recordAnalysis(ctx.repo, ctx.glxDir, report, {
      source: 'cli:invariants', gates: report.scores,
      artifacts: [path.relative(ctx.repo.root, out), path.relative(ctx.repo.root, invOut)],
      warn: (l) => process.stderr.write(`glx: ${l}\n`),
    });
    if (flags.json) process.stdout.write(`${JSON.stringify(inv, null, 2)}\n`);
    else {
      process.stdout.write(`${outcome.explain.map((l, i) => (i ? `  ${l}\n` : `${l}\n`)).join('')}`);
      // SAST bridge (§3.11): the blocking findings on the change (redacted; glx sast triage for all).
      const blocking = inv.sast_blocking ?? [];
      if (blocking.length) process.stdout.write(redactSecrets(`  SAST: ${blocking.length} blocking finding(s) on the change\n${blocking.slice(0, 10).map((b) => `    ${b.severity} ${b.file}:${b.line} ${b.rule} — ${b.message}\n`).join('')}${blocking.length > 10 ? `    … ${blocking.length - 10} more (glx sast scan; glx sast triage)\n` : ''}`));
      process.stdout.write(`report: ${path.relative(process.cwd(), invOut) || invOut}\n`);
    }
    const threshold = failOn === 'review' ? rank('REVIEW') : rank('BLOCK');
    return rank(outcome.decision) >= threshold ? 1 : 0;
  } finally {
    await ctx.repo.close();
  }
}
