// `glx` — the command-line face of the engine (spec §5). Thin: parses arguments, calls the
// engine, writes artifacts. Exit codes: 0 success, 1 a gate says BLOCK; errors by their kind
// (../errors.ts, docs/errors.md): 2 bad input, 66 not found, 70 internal, 75 busy — always
// with ONE line on stderr naming the input and the reason (the stack only with GLX_DEBUG=1).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { debugEnabled, debugStack, exitCodeOf, userMessage } from '../errors';
import { UsageError } from './args';
import { astHelp, cmdAst } from './cmd-ast';
import { cmdDelta, deltaHelp } from './cmd-delta';
import { cmdEgdb, egdbHelp } from './cmd-egdb';
import { cmdEgql, egqlHelp } from './cmd-egql';
import { cmdLsp, lspHelp } from './cmd-lsp';
import { cmdMosaic, mosaicHelp } from './cmd-mosaic';
import { calibrateHelp, cmdCalibrate } from './cmd-calibrate';
import { cmdGates, gatesHelp } from './cmd-gates';
import { cmdInvariants, invariantsHelp } from './cmd-invariants';
import { cmdMetrics, metricsHelp } from './cmd-metrics';
import { checklistHelp, cmdChecklist, cmdReport, reportHelp } from './cmd-report';
import { cmdPlugins, pluginsHelp } from './cmd-plugins';
import { cmdPresets, presetsHelp } from './cmd-presets';
// playbooks and audit (issue 13)
import { cmdPlaybook, playbookHelp } from './cmd-playbook';
import { auditHelp, cmdAudit } from './cmd-audit';
import { cmdSast, sastHelp } from './cmd-sast';

/** The package version, found by walking up from the bundle or the compiled sources. */
const VERSION: string = (() => {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'glitchlab') return pkg.version ?? '0.0.0';
    } catch {
      /* keep looking */
    }
    dir = path.dirname(dir);
  }
  return '0.0.0';
})();

const MAIN_HELP = `glx ${VERSION} — GlitchLab: Δ-first change intelligence for git repositories

usage: glx <verb> [options]        (glx <verb> --help for each verb)

verbs:
  delta        Δ tokens, fingerprint and ΔZ between a base and a head (.glx/delta_report.json)
  ast index    symbols of every TS/JS/Python file of a revision (.glx/ast_index.json)
  ast delta    structural Δ between two revisions (.glx/ast_delta.json)
  lsp          language server for editors (glx lsp --stdio)
  egdb         event-and-fact store: init | query 'SQL' | rebuild | export (.glx/egdb.db)
  egql         run an EGQL query on EGDB (glx egql 'SELECT tokens FROM branch(main) LAST 7d')
  invariants   gates I1–I4 and the decision (--ci: exit 1 on BLOCK); scores into .glx/delta_report.json
  gates        gates backtest [--commits N]: the decisions CI would have taken on the last N commits
  calibrate    thresholds α/β/ζ from history: update | freeze --commits N --reason R | unfreeze
  report       the playbooks' PR/incident messages: --format pr-comment|markdown|json
  checklist    the playbooks' checklists: before-merge | after-incident
  metrics      metrics compare A.png B.png: SSIM and PSNR (.glx/compare.json)
  mosaic       gilbert-curve heat-map of the repository + gate I3; PNGs and mosaic_map.json (.glx/mosaic/)
  plugins      token-detector plugins: validate | run --sandbox NAME | release NAME | list (.glx/quarantine.json)
  presets      analysis presets presets/*.yaml: index (.glx/presets_index.json) | show NAME; --preset NAME on delta, invariants, mosaic
  playbook     the twelve playbooks: list | show <id> | run <id> [--dry-run] [--yes] | undo [<run>]
  audit        backup (.glx/ → backup/AUDIT_<ts>.zip) | restore <zip> [--into D | --apply]
  sast         SAST bridge: scan [--inputs F…] [--full] | triage; .glx/security/queue.json + merged.sarif

global options:
  --version    print the version
  --help       this help

exit codes: 0 ok · 1 a gate says BLOCK · 2 bad input · 66 not found · 75 busy (retry) ·
70 internal error; errors are one line on stderr, GLX_DEBUG=1 adds the stack (docs/errors.md)
`;

const VERBS: Record<string, { run: (argv: readonly string[]) => Promise<number>; help: string }> = {
  delta: { run: cmdDelta, help: deltaHelp },
  ast: { run: cmdAst, help: astHelp },
  lsp: { run: cmdLsp, help: lspHelp },
  invariants: { run: cmdInvariants, help: invariantsHelp },
  calibrate: { run: cmdCalibrate, help: calibrateHelp },
  gates: { run: cmdGates, help: gatesHelp },
  report: { run: cmdReport, help: reportHelp },
  checklist: { run: cmdChecklist, help: checklistHelp },
  metrics: { run: cmdMetrics, help: metricsHelp },
  egdb: { run: cmdEgdb, help: egdbHelp },
  egql: { run: cmdEgql, help: egqlHelp },
  mosaic: { run: cmdMosaic, help: mosaicHelp },
  plugins: { run: cmdPlugins, help: pluginsHelp },
  presets: { run: cmdPresets, help: presetsHelp },
  // issue 13
  playbook: { run: cmdPlaybook, help: playbookHelp },
  audit: { run: cmdAudit, help: auditHelp },
  sast: { run: cmdSast, help: sastHelp },
};

export async function main(argv: readonly string[]): Promise<number> {
  const [verb, ...rest] = argv;
  if (!verb || verb === '--help' || verb === '-h' || verb === 'help') {
    const topic = verb === 'help' ? rest[0] : undefined;
    process.stdout.write(topic && VERBS[topic] ? VERBS[topic].help : MAIN_HELP);
    return verb ? 0 : 2;
  }
  if (verb === '--version' || verb === '-V') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const v = VERBS[verb];
  if (!v) throw new UsageError(`unknown verb ${JSON.stringify(verb)} (see glx --help)`);
  return v.run(rest);
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

/** Run the CLI and set the process exit code; never throws. */
export function run(argv: readonly string[]): Promise<void> {
  // An error escaping the verb's promise (a callback, a stray rejection) gets the same one line.
  // `glx lsp` installs its own handlers: the server must keep running (lsp/error-reporting.ts).
  if (argv[0] !== 'lsp') {
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
