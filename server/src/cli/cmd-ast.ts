// `glx ast index` and `glx ast delta` — spec §5 (seed: analysis.ast_index / ast_delta, playbook 3).
// The index lists every symbol of every supported file of one revision (or the working tree);
// the delta lists the structural (ast + types) tokens between two revisions.
import * as path from 'node:path';
import { buildAstDelta, buildAstIndex } from '../app/ast-artifacts';
import { helpText, parseArgs, UsageError, type FlagSpec, REPO_FLAGS } from './args';
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
    const tty = process.stderr.isTTY;
    const r = await buildAstIndex(ctx, {
      rev: (flags.rev ?? flags.to) as string | undefined,
      out: flags.out ? path.resolve(String(flags.out)) : undefined,
      onProgress: tty ? (d, t) => process.stderr.write(`\rindexing ${d}/${t}`) : undefined,
    });
    if (tty) process.stderr.write('\n');
    process.stdout.write(`indexed ${r.files} files, ${r.symbols} symbols → ${path.relative(process.cwd(), r.out) || r.out}\n`);
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
    const r = await buildAstDelta(ctx, { from: String(flags.from), to: flags.to as string | undefined, out: flags.out ? path.resolve(String(flags.out)) : undefined });
    process.stdout.write(`${r.tokens} structural tokens → ${path.relative(process.cwd(), r.out) || r.out}\n`);
    return 0;
  } finally {
    await ctx.repo.close();
  }
}
