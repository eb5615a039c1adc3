// `glx delta` — spec §5 (seed: python -m glitchlab.delta.features): argv → analyseChange (app/)
// → the three Δ artifacts in .glx/ and the explanation's sentences (whole change, each module).
import * as path from 'node:path';
import { analyseChange } from '../app/analyse-change';
import { perCommitDeltas } from '../app/per-commit-delta';
import { recordAnalysis } from '../egdb/record-analysis';
import { fingerprintArtifact, tokensArtifact } from '../engine/report';
import { writeJsonAtomic } from '../util/atomic-write';
import { helpText, parseArgs, type FlagSpec, REV_FLAGS, REPO_FLAGS, UsageError } from './args';
import { openWorkspace } from '../app/workspace';
import { prefetchChange } from '../app/prefetch-change';
import { openContext } from './context';
import { printPluginNotes } from './plugin-lines';
import { usePreset } from '../app/presets';
import { PRESET_FLAG } from './cmd-presets';

export const deltaFlags: FlagSpec = {
  ...REV_FLAGS,
  out: { type: 'string', value: 'FILE', desc: 'where to write the report (default .glx/delta_report.json)' },
  json: { type: 'boolean', desc: 'print the report (delta.report.v1) on stdout' },
  'per-commit': { type: 'boolean', desc: 'with --range: one delta.commit.v1 JSON line per first-parent commit, newest first, as the walk goes (writes nothing)' },
  tokens: { type: 'boolean', desc: 'with --per-commit: include each commit\'s tokens in its line' },
  ...PRESET_FLAG,
  ...REPO_FLAGS,
};

export const deltaHelp = helpText(
  'glx delta [--base REV] [--head REV | --range A..B] [--preset NAME] [--out FILE] [--json]\n       glx delta --range A..B --per-commit [--tokens]',
  'Compute Δ tokens, fingerprint and energy ΔZ between a base and a head; writes\n.glx/delta.tokens.v1.json, .glx/delta.fingerprint.v1.json and the report.',
  deltaFlags,
);

export async function cmdDelta(argv: readonly string[]): Promise<number> {
  const { flags } = parseArgs(argv, deltaFlags, 'delta');
  if (flags.help) {
    process.stdout.write(deltaHelp);
    return 0;
  }
  if (flags['per-commit'] || flags.tokens) return perCommit(flags);
  const revs = flags as { base?: string; head?: string; range?: string };
  // git stats the working tree while the policy and the parsers load (app/prefetch-change.ts).
  const ctx = await openContext(flags.repo as string | undefined, { early: (repo) => prefetchChange(repo, revs) });
  ctx.repo.allowShallow = flags['allow-shallow'] === true; // issue 11 item 1
  try {
    if (flags.preset !== undefined) usePreset(ctx, String(flags.preset));
    const analysis = await analyseChange(ctx, revs, { by: 'cli:delta' });
    const { result, base, head, report } = analysis;
    for (const w of ctx.repo.warnings) process.stderr.write(`glx: warning: ${w}\n`);
    printPluginNotes(analysis);
    const out = flags.out ? path.resolve(String(flags.out)) : path.join(ctx.glxDir, 'delta_report.json');
    // The same change analysed again (the daemon's warm `glx delta`) gives the same two artifacts:
    // not replaced then (the report is: its generated_utc differs).
    writeJsonAtomic(path.join(ctx.glxDir, 'delta.tokens.v1.json'), tokensArtifact(result, base, head), { unlessSame: true });
    writeJsonAtomic(path.join(ctx.glxDir, 'delta.fingerprint.v1.json'), fingerprintArtifact(result, base, head), { unlessSame: true });
    writeJsonAtomic(out, report);
    // spec §3.10: every CLI analysis is published into EGDB (.glx/egdb.db or GLX_EGDB_URL) —
    // into the default store through .glx/egdb-pending/, folded by the next reader or writer
    // (egdb/pending.ts, issue 14: the store's open/export is off this verb's critical path).
    await recordAnalysis(ctx.repo, ctx.glxDir, report, { defer: true, source: 'cli:delta', artifacts: ['.glx/delta.tokens.v1.json', '.glx/delta.fingerprint.v1.json', path.relative(ctx.repo.root, out)], warn: (l) => process.stderr.write(`glx: ${l}\n`) });
    if (flags.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else {
      process.stdout.write(
        `Δ ${base.rev}..${head.rev} · fingerprint ${result.fingerprint.hash.slice(0, 22)}…\n` +
          result.explain.sentences.map((s) => `  ${s}\n`).join('') +
          result.parseErrors.map((e) => `  parse error ${e.path}:${e.line}:${e.col}: ${e.message}\n`).join('') +
          result.generated.map((g) => `  generated (file level): ${g.path} — ${g.reason}\n`).join('') +
          `report: ${path.relative(process.cwd(), out) || out}\n`,
      );
    }
    return 0;
  } finally {
    await ctx.repo.close();
  }
}

/** `--per-commit`: JSON Lines on stdout, one delta.commit.v1 per commit (docs/per-commit-delta.md). */
async function perCommit(flags: Record<string, unknown>): Promise<number> {
  if (!flags['per-commit']) throw new UsageError('delta: --tokens needs --per-commit');
  if (flags.range === undefined) throw new UsageError('delta: --per-commit needs --range A..B (or one commit X)');
  for (const f of ['base', 'head', 'out', 'json'] as const) {
    if (flags[f] !== undefined) throw new UsageError(`delta: --per-commit cannot be combined with --${f}`);
  }
  // A query: no .glx/ is created or written (openWorkspace, not openContext). The grammars are
  // loaded by the walk when a commit is not in the result cache (engine/history-parallel.ts).
  const ctx = await openWorkspace(flags.repo as string | undefined, { parsers: false });
  ctx.repo.allowShallow = flags['allow-shallow'] === true;
  try {
    for await (const record of perCommitDeltas(ctx, String(flags.range), { tokens: flags.tokens === true })) {
      // Bounded memory on a slow reader: wait for the pipe to drain before the next commit.
      if (!process.stdout.write(`${JSON.stringify(record)}\n`)) await new Promise((r) => process.stdout.once('drain', r));
    }
    for (const w of ctx.repo.warnings) process.stderr.write(`glx: warning: ${w}\n`);
    return 0;
  } finally {
    await ctx.repo.close();
  }
}
