// `glx delta` — spec §5 (seed: python -m glitchlab.delta.features). Computes the Δ between a
// base and a head (working tree by default) and writes the three Δ artifacts into .glx/.
import * as path from 'node:path';
import { recordAnalysis } from '../egdb/record-analysis';
import { computeDelta } from '../engine/delta-engine';
import { gitChangeSet } from '../engine/git-change-set';
import { hotspots } from '../engine/hotspots';
import { buildReport, fingerprintArtifact, tokensArtifact, type RevInfo } from '../engine/report';
import type { ResolvedRange } from '../git';
import { writeJsonAtomic } from '../util/atomic-write';
import { helpText, parseArgs, type FlagSpec, REV_FLAGS, REPO_FLAGS } from './args';
import { openContext, type CliContext } from './context';

export const deltaFlags: FlagSpec = {
  ...REV_FLAGS,
  out: { type: 'string', value: 'FILE', desc: 'where to write the report (default .glx/delta_report.json)' },
  json: { type: 'boolean', desc: 'print the report (delta.report.v1) on stdout' },
  ...REPO_FLAGS,
};

export const deltaHelp = helpText(
  'glx delta [--base REV] [--head REV | --range A..B] [--out FILE] [--json]',
  'Compute Δ tokens, fingerprint and energy ΔZ between a base and a head; writes\n.glx/delta.tokens.v1.json, .glx/delta.fingerprint.v1.json and the report.',
  deltaFlags,
);

export function revInfo(r: ResolvedRange['head'], headSha: string | undefined): RevInfo {
  return r === 'worktree' ? { rev: 'WORKTREE', sha: headSha ?? null } : { rev: r.rev, sha: r.sha };
}

export async function runDeltaAnalysis(ctx: CliContext, flags: { base?: string; head?: string; range?: string }) {
  const range = await ctx.repo.resolveRange({ base: flags.base, head: flags.head, range: flags.range });
  const head = range.head === 'worktree' ? 'worktree' : range.head.sha;
  const cs = await gitChangeSet(ctx.repo, range.base.sha, head, ctx.policy);
  const cal = ctx.policy.config.calibration;
  const hot = range.base.sha.length === 40 && (await ctx.repo.hasCommits())
    ? await hotspots(ctx.repo, range.base.sha, { commits: cal.windowCommits, days: cal.windowDays }).catch(() => new Set<string>())
    : new Set<string>();
  const result = computeDelta(cs, ctx.policy, { hotspots: hot });
  const base: RevInfo = { rev: range.base.rev, sha: range.base.sha };
  const headInfo = revInfo(range.head, range.head === 'worktree' ? await ctx.repo.headSha() : undefined);
  return { result, base, head: headInfo, report: buildReport(result, base, headInfo) };
}

export async function cmdDelta(argv: readonly string[]): Promise<number> {
  const { flags } = parseArgs(argv, deltaFlags, 'delta');
  if (flags.help) {
    process.stdout.write(deltaHelp);
    return 0;
  }
  const ctx = await openContext(flags.repo as string | undefined);
  try {
    const { result, base, head, report } = await runDeltaAnalysis(ctx, flags as { base?: string; head?: string; range?: string });
    const out = flags.out ? path.resolve(String(flags.out)) : path.join(ctx.glxDir, 'delta_report.json');
    writeJsonAtomic(path.join(ctx.glxDir, 'delta.tokens.v1.json'), tokensArtifact(result, base, head));
    writeJsonAtomic(path.join(ctx.glxDir, 'delta.fingerprint.v1.json'), fingerprintArtifact(result, base, head));
    writeJsonAtomic(out, report);
    // spec §3.10: every CLI analysis is published into EGDB (.glx/egdb.db or GLX_EGDB_URL).
    await recordAnalysis(ctx.repo, ctx.glxDir, report, { source: 'cli:delta', artifacts: ['.glx/delta.tokens.v1.json', '.glx/delta.fingerprint.v1.json', path.relative(ctx.repo.root, out)], warn: (l) => process.stderr.write(`glx: ${l}\n`) });
    if (flags.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else {
      process.stdout.write(
        `Δ ${base.rev}..${head.rev}: ${result.tokens.length} tokens in ${result.features.files_touched} files · ΔZ ${result.energy.overall.dz.toFixed(3)} · ${result.fingerprint.hash.slice(0, 22)}…\n` +
          result.explain.sentences.map((s) => `  ${s}\n`).join('') +
          result.parseErrors.map((e) => `  parse error ${e.path}:${e.line}:${e.col}: ${e.message}\n`).join('') +
          `report: ${path.relative(process.cwd(), out) || out}\n`,
      );
    }
    return 0;
  } finally {
    await ctx.repo.close();
  }
}
