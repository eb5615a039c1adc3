// `glx invariants --ci` — spec §3.7, §5 (seed: python -m glitchlab.core.invariants --ci).
// Computes the Δ, evaluates I1–I4, aggregates the decision and writes it into
// .glx/delta_report.json (`scores`, `decision`) and, for --commit, .glx/invariants_<SHA>.json.
// Exit 0 ACCEPT/REVIEW, 1 BLOCK/HARD_BLOCK (or REVIEW with --fail-on review), 2 bad input,
// 66 a --freeze file not found (errors: ../errors.ts, docs/errors.md).
import * as path from 'node:path';
import { readSpecState, type SpecState } from '../calibration/spec-state';
import { computeDelta } from '../engine/delta-engine';
import { gitChangeSet } from '../engine/git-change-set';
import { hotspots } from '../engine/hotspots';
import { buildReport, type RevInfo } from '../engine/report';
import { parseOverride, type Override } from '../gates/aggregate';
import { rank } from '../gates/decision';
import { evaluateGates, type GatesOutcome } from '../gates/evaluate';
import { layoutFiles, sastCriticalCount } from '../gates/repo-inputs';
import { recordAnalysis } from '../egdb/record-analysis';
import { i4BaseFromEgdb, measurementsOf } from '../egdb/i4-measurements';
import { writeJsonAtomic } from '../util/atomic-write';
import { helpText, parseArgs, UsageError, type FlagSpec, REV_FLAGS, REPO_FLAGS } from './args';
import { revInfo } from './cmd-delta';
import { InputError, openContext } from './context';

export const invariantsFlags: FlagSpec = {
  ci: { type: 'boolean', desc: 'CI mode: no prompts; the exit code is the gate (0 ACCEPT/REVIEW, 1 BLOCK/HARD_BLOCK)' },
  ...REV_FLAGS,
  commit: { type: 'string', value: 'SHA', desc: 'evaluate one commit (SHA^..SHA) and write .glx/invariants_<SHA>.json' },
  report: { type: 'string', value: 'FILE', desc: 'where to write the invariants report (default with --commit: .glx/invariants_<SHA>.json)' },
  freeze: { type: 'string', value: 'FILE', desc: 'take α/β/ζ from this spec_state file (static thresholds), not .glx/spec_state.json' },
  override: { type: 'string', repeat: true, value: 'I<n>:<ticket>', desc: 'lower gate I<n> one level (never to ACCEPT); needs --reason; recorded in the report' },
  reason: { type: 'string', value: 'TEXT', desc: 'why the override is justified' },
  'fail-on': { type: 'string', value: 'review|block', desc: 'lowest decision that exits 1 (default block)' },
  out: { type: 'string', value: 'FILE', desc: 'Δ report with scores and decision (default .glx/delta_report.json)' },
  json: { type: 'boolean', desc: 'print the invariants report on stdout' },
  ...REPO_FLAGS,
};

export const invariantsHelp = helpText(
  'glx invariants --ci [--base REV | --range A..B | --commit SHA] [--report F] [--freeze FILE] [--override I<n>:<ticket> --reason R] [--fail-on review]',
  'Evaluate the gates I1 (energy), I2 (API contracts), I3 (Φ–Δ commutation) and I4 (observable\nstability) and the decision ACCEPT / REVIEW / BLOCK / HARD_BLOCK (spec §3.7).\nExit 0 ACCEPT or REVIEW, 1 BLOCK or HARD_BLOCK, 2 usage or bad input.',
  invariantsFlags,
);

export interface InvariantsReport {
  schema: 'glx.invariants.v1';
  sha: string | null;
  base: RevInfo;
  head: RevInfo;
  generated_utc: string;
  decision: GatesOutcome['decision'];
  decided_by: GatesOutcome['aggregate']['decidedBy'];
  dz: number;
  thresholds_source: string;
  frozen: boolean;
  gates: { I1: GatesOutcome['I1']; I2: GatesOutcome['I2']; I3: GatesOutcome['I3']; I4: GatesOutcome['I4'] };
  overrides: GatesOutcome['aggregate']['overrides'];
  sast: GatesOutcome['aggregate']['sast'];
  explain: string[];
}

/** `scores` of delta.report.v1: per gate its status, level and the numbers behind it. */
export function scoresOf(g: GatesOutcome) {
  return {
    I1: { status: g.I1.status, decision: g.I1.decision, modules: Object.fromEntries(g.I1.modules.map((m) => [m.module, { dz: m.dz, alpha: m.alpha, beta: m.beta, zeta: m.zeta, basis: m.basis, decision: m.decision, explain: m.explain }])) },
    I2: { status: g.I2.status, ...g.I2.summary, ports: g.I2.ports.map((p) => ({ port: p.port, verdict: p.verdict, reasons: p.reasons })) },
    I3: { status: g.I3.status, E: g.I3.E, tau: g.I3.tau },
    I4: {
      status: g.I4.status, decision: g.I4.decision, checks: g.I4.checks.map((c) => ({ kind: c.kind, file: c.file, decision: c.decision, reason: c.reason })),
      // Stored in EGDB (invariants_results.details): the base values of later evaluations (egdb/i4-measurements.ts).
      ...(measurementsOf(g.I4) ? { details: { measurements: measurementsOf(g.I4) } } : {}),
    },
  };
}

export async function cmdInvariants(argv: readonly string[]): Promise<number> {
  const { flags, positionals } = parseArgs(argv, invariantsFlags, 'invariants');
  if (flags.help) {
    process.stdout.write(invariantsHelp);
    return 0;
  }
  if (positionals.length) throw new UsageError(`invariants: unexpected argument ${JSON.stringify(positionals[0])}`);
  const failOn = (flags['fail-on'] as string | undefined) ?? 'block';
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
  try {
    let state: SpecState | undefined;
    let source = 'defaults';
    // A malformed file is a SpecStateError (bad input); a missing --freeze file is not-found.
    if (flags.freeze !== undefined) {
      const f = path.resolve(String(flags.freeze));
      state = readSpecState(f, String(flags.freeze));
      if (!state) throw new InputError(`--freeze ${flags.freeze}: no such file`, { kind: 'not-found' });
      source = String(flags.freeze);
    } else {
      state = readSpecState(path.join(ctx.glxDir, 'spec_state.json'), '.glx/spec_state.json');
      if (state) source = '.glx/spec_state.json';
    }
    if (commit !== undefined) await ctx.repo.revParse(commit, `--commit ${commit}`);
    const range = await ctx.repo.resolveRange(commit !== undefined ? { range: commit } : { base: flags.base as string | undefined, head: flags.head as string | undefined, range: flags.range as string | undefined });
    const head = range.head === 'worktree' ? 'worktree' : range.head.sha;
    const cs = await gitChangeSet(ctx.repo, range.base.sha, head, ctx.policy);
    const cal = ctx.policy.config.calibration;
    const hot = range.base.sha.length === 40 && (await ctx.repo.hasCommits())
      ? await hotspots(ctx.repo, range.base.sha, { commits: cal.windowCommits, days: cal.windowDays }).catch(() => new Set<string>())
      : new Set<string>();
    const result = computeDelta(cs, ctx.policy, { hotspots: hot });
    const files = await layoutFiles(ctx.repo, range.base.sha, head, cs, ctx.policy);
    // I4 base values: EGDB's measurements of the base commit when present, else the baseline file.
    // (Only looked up when an `i4:` section is configured: opening the store costs a wasm load.)
    // An invalid `i4:` section is an I4ConfigError: bad input (exit 2) by itself.
    const i4Base = ctx.policy.config.i4 ? await i4BaseFromEgdb(ctx.glxDir, range.base.sha) : undefined;
    const outcome: GatesOutcome = await evaluateGates({ result, cs, policy: ctx.policy, state, layoutFiles: files, root: ctx.repo.root, overrides, sastCritical: sastCriticalCount(ctx.glxDir), i4Base });
    const base: RevInfo = { rev: range.base.rev, sha: range.base.sha };
    const headInfo = revInfo(range.head, range.head === 'worktree' ? await ctx.repo.headSha() : undefined);
    const report = { ...buildReport(result, base, headInfo), scores: scoresOf(outcome), decision: outcome.decision };
    const inv: InvariantsReport = {
      schema: 'glx.invariants.v1', sha: headInfo.sha, base, head: headInfo, generated_utc: new Date().toISOString(),
      decision: outcome.decision, decided_by: outcome.aggregate.decidedBy, dz: result.energy.overall.dz,
      thresholds_source: source, frozen: !!state?.frozen,
      gates: { I1: outcome.I1, I2: outcome.I2, I3: outcome.I3, I4: outcome.I4 },
      overrides: outcome.aggregate.overrides, sast: outcome.aggregate.sast, explain: outcome.explain,
    };
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
    else process.stdout.write(`${outcome.explain.map((l, i) => (i ? `  ${l}\n` : `${l}\n`)).join('')}report: ${path.relative(process.cwd(), invOut) || invOut}\n`);
    const threshold = failOn === 'review' ? rank('REVIEW') : rank('BLOCK');
    return rank(outcome.decision) >= threshold ? 1 : 0;
  } finally {
    await ctx.repo.close();
  }
}
