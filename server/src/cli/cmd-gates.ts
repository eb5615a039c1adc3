// `glx gates backtest [--commits N] [--json] [--markdown]` — issue 17, spec §3.8 ("What the gates
// must achieve on real code"): judge each of the last N first-parent commits as CI would have
// (thresholds calibrated only on the commits before it) and print the decision distribution and
// every BLOCK/HARD_BLOCK with its gate, tokens and one sentence. argv → app/backtest.ts → print.
import { backtestGates, backtestMarkdown, backtestText } from '../app/backtest';
import { helpText, parseArgs, UsageError, type FlagSpec, REPO_FLAGS } from './args';
import { openContext } from './context';
import { interruptSignal, progressLine } from './progress';

const flags: FlagSpec = {
  commits: { type: 'number', value: 'N', desc: 'how many first-parent commits to judge (default 100)' },
  rev: { type: 'string', value: 'REV', desc: 'whose first-parent history (default HEAD)' },
  json: { type: 'boolean', desc: 'print glx.backtest.v1 JSON on stdout' },
  markdown: { type: 'boolean', desc: 'print the result as markdown (what the palette command shows)' },
  'no-plugins': { type: 'boolean', desc: "do not run the repository's plugins on each commit (the editor passes it in an untrusted workspace)" },
  ...REPO_FLAGS,
};

export const gatesHelp = helpText(
  'glx gates backtest [--commits N] [--rev REV] [--json | --markdown] [--no-plugins]',
  'Backtest the gates on the branch\'s own history: each of the last N first-parent commits judged\nas CI would have (thresholds calibrated only on the commits before it, defaults while fewer\nthan 20 samples); prints the decision distribution and every BLOCK/HARD_BLOCK with its gate,\nresponsible tokens and one sentence why. The plugins of the repository (not in quarantine) run on\neach commit, as CI runs them. Progress on stderr when it is a TTY.',
  flags,
);

export async function cmdGates(argv: readonly string[]): Promise<number> {
  const { flags: f, positionals } = parseArgs(argv, flags, 'gates');
  if (f.help || positionals.length === 0) {
    process.stdout.write(gatesHelp);
    return f.help ? 0 : 2;
  }
  const [sub, ...extra] = positionals;
  if (sub !== 'backtest') throw new UsageError(`gates: unknown subcommand ${JSON.stringify(sub)} (backtest)`);
  if (extra.length) throw new UsageError(`gates backtest: unexpected argument ${JSON.stringify(extra[0])}`);
  const commits = (f.commits as number | undefined) ?? 100;
  if (!Number.isInteger(commits) || commits < 1) throw new UsageError(`gates backtest: --commits ${commits}: expected a positive whole number`);
  if (f.json && f.markdown) throw new UsageError('gates backtest: --json and --markdown exclude each other');
  const ctx = await openContext(f.repo as string | undefined);
  try {
    const progress = progressLine('backtest: commits judged', { json: !!f.json });
    const interrupt = interruptSignal();
    const r = await backtestGates(ctx, {
      commits, rev: f.rev as string | undefined,
      onProgress: (d, t) => progress.update(d, t), signal: interrupt.signal,
      warn: (l) => process.stderr.write(`glx: ${l}\n`), ...(f['no-plugins'] ? { plugins: false as const } : {}),
    }).finally(() => (progress.end(), interrupt.dispose()));
    process.stdout.write(f.json ? `${JSON.stringify(r, null, 2)}\n` : f.markdown ? backtestMarkdown(r) : backtestText(r));
    return 0;
  } finally {
    await ctx.repo.close();
  }
}
