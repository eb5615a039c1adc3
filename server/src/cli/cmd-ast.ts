// `glx ast index` and `glx ast delta` — spec §5 (seed: analysis.ast_index / ast_delta, playbook 3).
// The index lists every symbol of every supported file of one revision (or the working tree);
// the delta lists the structural (ast + types) tokens between two revisions.
import * as path from 'node:path';
import { isIgnoredPath } from '../git';
import { makeVersion } from '../engine/file-version';
import { languageOf } from '../parsing/languages';
import { writeJsonAtomic } from '../util/atomic-write';
import { helpText, parseArgs, UsageError, type FlagSpec, REPO_FLAGS } from './args';
import { analyseChange } from '../app/analyse-change';
import { openContext } from './context';

const indexFlags: FlagSpec = {
  rev: { type: 'string', value: 'REV', desc: 'revision to index (default: the working tree)' },
  from: { type: 'string', value: 'REV', desc: 'accepted for the playbook command line; the index is of --to' },
  to: { type: 'string', value: 'REV', desc: 'revision to index (same as --rev)' },
  out: { type: 'string', value: 'FILE', desc: 'output file (default .glx/ast_index.json)' },
  ...REPO_FLAGS,
};
const deltaFlags: FlagSpec = {
  from: { type: 'string', value: 'REV', desc: 'base revision (required)' },
  to: { type: 'string', value: 'REV', desc: 'head revision (default: the working tree)' },
  out: { type: 'string', value: 'FILE', desc: 'output file (default .glx/ast_delta.json)' },
  ...REPO_FLAGS,
};

export const astHelp =
  helpText('glx ast index [--rev REV] [--out FILE]', 'Index the symbols of every TS/JS/Python file of a revision.', indexFlags) +
  '\n' +
  helpText('glx ast delta --from B [--to H] [--out FILE]', 'Structural Δ (ast and types tokens) between two revisions.', deltaFlags);

export async function cmdAst(argv: readonly string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (!sub || sub === '--help' || sub === '-h') {
    process.stdout.write(astHelp);
    return sub ? 0 : 2;
  }
  if (sub === 'index') return astIndex(rest);
  if (sub === 'delta') return astDelta(rest);
  throw new UsageError(`ast: unknown subcommand ${JSON.stringify(sub)} (index | delta)`);
}

async function astIndex(argv: readonly string[]): Promise<number> {
  const { flags } = parseArgs(argv, indexFlags, 'ast index');
  if (flags.help) {
    process.stdout.write(astHelp);
    return 0;
  }
  const ctx = await openContext(flags.repo as string | undefined);
  try {
    const revFlag = (flags.rev ?? flags.to) as string | undefined;
    const rev = revFlag ? await ctx.repo.revParse(revFlag, `--rev ${revFlag}`) : 'worktree';
    const all = (await ctx.repo.listFiles(rev)).filter((p) => languageOf(p) && !isIgnoredPath(p) && !ctx.policy.isIgnored(p)).sort();
    const tty = process.stderr.isTTY;
    const files: Record<string, unknown>[] = [];
    for (let i = 0; i < all.length; i += 64) {
      const batch = all.slice(i, i + 64);
      const bufs = rev === 'worktree' ? await Promise.all(batch.map((p) => ctx.repo.readWorktreeFile(p))) : await ctx.repo.readBlobs(batch.map((p) => `${rev}:${p}`));
      batch.forEach((p, j) => {
        const v = makeVersion(p, bufs[j]);
        if (!v.analysis) {
          files.push({ path: p, skipped: v.skipped ?? 'unreadable' });
          return;
        }
        const a = v.analysis;
        files.push({
          path: p, lang: a.lang, ok: a.ok, module: ctx.policy.moduleOf(p), lines: a.lineCount,
          parse_errors: a.parseErrors,
          symbols: a.symbols.map((s) => ({
            uid: s.uid, kind: s.kind, qualname: s.qualname, range: s.range, signature: s.signature.text,
            exported: s.exported, public: s.public && ctx.policy.mayBePublic(p), has_doc: s.hasDoc, deprecated: s.deprecated, metrics: s.metrics,
          })),
          types: a.types.map((t) => ({ uid: t.uid, kind: t.kind, qualname: t.qualname, range: t.range, exported: t.exported, members: t.members.length })),
          imports: a.imports,
          test_cases: a.testCases,
        });
      });
      if (tty) process.stderr.write(`\rindexing ${Math.min(i + 64, all.length)}/${all.length}`);
    }
    if (tty) process.stderr.write('\n');
    const out = flags.out ? path.resolve(String(flags.out)) : path.join(ctx.glxDir, 'ast_index.json');
    const headSha = rev === 'worktree' ? await ctx.repo.headSha() : rev;
    writeJsonAtomic(out, { schema: 'ast.index.v1', rev: rev === 'worktree' ? 'WORKTREE' : rev, sha: headSha ?? null, generated_utc: new Date().toISOString(), files });
    const symbols = files.reduce((n, f) => n + ((f as { symbols?: unknown[] }).symbols?.length ?? 0), 0);
    process.stdout.write(`indexed ${files.length} files, ${symbols} symbols → ${path.relative(process.cwd(), out) || out}\n`);
    return 0;
  } finally {
    await ctx.repo.close();
  }
}

async function astDelta(argv: readonly string[]): Promise<number> {
  const { flags } = parseArgs(argv, deltaFlags, 'ast delta');
  if (flags.help) {
    process.stdout.write(astHelp);
    return 0;
  }
  if (!flags.from) throw new UsageError('ast delta: --from REV is required');
  const ctx = await openContext(flags.repo as string | undefined);
  try {
    const { result, base, head } = await analyseChange(ctx, { base: String(flags.from), head: flags.to as string | undefined });
    const tokens = result.tokens.filter((t) => t.category === 'ast' || t.category === 'types');
    const out = flags.out ? path.resolve(String(flags.out)) : path.join(ctx.glxDir, 'ast_delta.json');
    writeJsonAtomic(out, { schema: 'ast.delta.v1', from: base, to: head, generated_utc: new Date().toISOString(), tokens, parse_errors: result.parseErrors });
    process.stdout.write(`${tokens.length} structural tokens → ${path.relative(process.cwd(), out) || out}\n`);
    return 0;
  } finally {
    await ctx.repo.close();
  }
}
