// `glx` — the command-line face of the engine (spec §5). Thin: parses arguments, calls the
// engine, writes artifacts. Exit codes: 0 success, 1 a gate says BLOCK; errors by their kind
// (../errors.ts, docs/errors.md): 2 bad input, 66 not found, 70 internal, 75 busy — always
// with ONE line on stderr naming the input and the reason (the stack only with GLX_DEBUG=1).
import { debugEnabled, debugStack, exitCodeOf, userMessage } from '../errors';
import { UsageError } from './args';
import { MAIN_HELP, VERSION } from './banner';
// Verbs are loaded on use (issue 14 "Warm starts"): each verb's module graph — tree-sitter,
// sql.js, pg, ajv, the SAST bridge, the playbooks — is evaluated only when that verb runs, so
// `glx --version` / `--help` evaluate none of it (esbuild turns each `require()` of a module into a
// deferred initialisation inside the one bundle; docs/warm-starts.md).
type VerbModule = Record<string, unknown>;
type LazyVerb = { load: () => VerbModule; run: string; help: string };
const lazy = (load: () => VerbModule, run: string, help: string): LazyVerb => ({ load, run, help });

/* eslint-disable @typescript-eslint/no-require-imports -- deferred evaluation is the point */
const VERBS: Record<string, LazyVerb> = {
  delta: lazy(() => require('./cmd-delta'), 'cmdDelta', 'deltaHelp'),
  ast: lazy(() => require('./cmd-ast'), 'cmdAst', 'astHelp'),
  lsp: lazy(() => require('./cmd-lsp'), 'cmdLsp', 'lspHelp'),
  invariants: lazy(() => require('./cmd-invariants'), 'cmdInvariants', 'invariantsHelp'),
  calibrate: lazy(() => require('./cmd-calibrate'), 'cmdCalibrate', 'calibrateHelp'),
  gates: lazy(() => require('./cmd-gates'), 'cmdGates', 'gatesHelp'),
  report: lazy(() => require('./cmd-report'), 'cmdReport', 'reportHelp'),
  checklist: lazy(() => require('./cmd-report'), 'cmdChecklist', 'checklistHelp'),
  metrics: lazy(() => require('./cmd-metrics'), 'cmdMetrics', 'metricsHelp'),
  egdb: lazy(() => require('./cmd-egdb'), 'cmdEgdb', 'egdbHelp'),
  egql: lazy(() => require('./cmd-egql'), 'cmdEgql', 'egqlHelp'),
  mosaic: lazy(() => require('./cmd-mosaic'), 'cmdMosaic', 'mosaicHelp'),
  plugins: lazy(() => require('./cmd-plugins'), 'cmdPlugins', 'pluginsHelp'),
  presets: lazy(() => require('./cmd-presets'), 'cmdPresets', 'presetsHelp'),
  // issue 13
  playbook: lazy(() => require('./cmd-playbook'), 'cmdPlaybook', 'playbookHelp'),
  audit: lazy(() => require('./cmd-audit'), 'cmdAudit', 'auditHelp'),
  sast: lazy(() => require('./cmd-sast'), 'cmdSast', 'sastHelp'),
  // issue 14, sixth pass: the resident warm process (cmd-daemon.ts gets runCaptured below)
  daemon: lazy(() => require('./cmd-daemon'), 'cmdDaemon', 'daemonHelp'),
};
/* eslint-enable @typescript-eslint/no-require-imports */

/** The verb's help text (loads its module). */
export async function verbHelp(verb: string): Promise<string | undefined> {
  const v = VERBS[verb];
  return v ? (v.load()[v.help] as string) : undefined;
}

export async function main(argv: readonly string[]): Promise<number> {
  const [verb, ...rest] = argv;
  if (!verb || verb === '--help' || verb === '-h' || verb === 'help') {
    const topic = verb === 'help' ? rest[0] : undefined;
    process.stdout.write((topic && (await verbHelp(topic))) || MAIN_HELP);
    return verb ? 0 : 2;
  }
  if (verb === '--version' || verb === '-V') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const v = VERBS[verb];
  if (!v) throw new UsageError(`unknown verb ${JSON.stringify(verb)} (see glx --help)`);
  const run = v.load()[v.run] as (argv: readonly string[], deps?: { runVerb: typeof runCaptured }) => Promise<number>;
  // `glx daemon run` serves other invocations of this CLI in its process (issue 14, sixth pass).
  return verb === 'daemon' ? run(rest, { runVerb: runCaptured }) : run(rest);
}

/** The exit code and the one line for any thrown value (the error model of ../errors.ts). */
export function exitCodeFor(e: unknown): { code: number; message: string } {
  return { code: exitCodeOf(e), message: userMessage(e) };
}

/** Writes `glx: <one line>` (+ the stack with GLX_DEBUG=1) and sets the exit code of its kind. */
export function reportError(e: unknown): void {
  const { code, message } = exitCodeFor(e);
  process.stderr.write(`glx: ${message}\n`);
  if (debugEnabled()) process.stderr.write(`${debugStack(e)}\n`);
  process.exitCode = code;
}

/**
 * One invocation inside a resident daemon (daemon/server.ts): what run() does — the verb, and for
 * an error its one line (+ the stack with GLX_DEBUG=1) and its kind's exit code — but returned,
 * not set on the process, and without process-wide handlers (the daemon has its own).
 */
export function runCaptured(argv: readonly string[]): Promise<number> {
  return main(argv).then(
    (code) => code,
    (e) => {
      const { code, message } = exitCodeFor(e);
      process.stderr.write(`glx: ${message}\n`);
      if (debugEnabled()) process.stderr.write(`${debugStack(e)}\n`);
      return code;
    },
  );
}

/** Run the CLI and set the process exit code; never throws. */
export function run(argv: readonly string[]): Promise<void> {
  // An error escaping the verb's promise (a callback, a stray rejection) gets the same one line.
  // `glx lsp` installs its own handlers: the server must keep running (lsp/error-reporting.ts).
  // `glx daemon run` installs its own (daemon: log, then end; cli/cmd-daemon.ts).
  if (argv[0] !== 'lsp' && !(argv[0] === 'daemon' && argv[1] === 'run')) {
    // `glx delta --json | head -c 100`: the reader went away. Not an error of glx: end quietly
    // with the exit code the work had (issue 11 item 6), as `cat | head` does.
    const quietOnEpipe = (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      reportError(e);
      process.exit();
    };
    process.stdout.on('error', quietOnEpipe);
    process.stderr.on('error', quietOnEpipe);
    process.on('uncaughtException', (e) => {
      reportError(e);
      process.exit();
    });
    process.on('unhandledRejection', (e) => {
      reportError(e);
      process.exit();
    });
  }
  return main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => reportError(e),
  );
}

if (require.main === module) void run(process.argv.slice(2));
