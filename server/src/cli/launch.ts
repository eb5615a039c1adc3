// The `glx` launcher, bundled as dist/glx.js (bin/glx requires it; `node dist/glx.js …` runs it).
// Issue 14 "Warm starts": a run is a new process, so what it costs before any work is node's
// start plus compiling the CLI. This file is small and loads nothing of the engine:
// - `--version` and `--help` are answered here, without the CLI bundle (near `node -e 0`);
// - every verb loads dist/glx-cli.js (cli/glx.ts, without the language server, which `glx lsp`
//   loads from dist/glx-lsp.js) through V8's code cache (cli/code-cache.ts), kept per verb
//   under the user's cache directory and written after the first run of that verb.
// docs/warm-starts.md "Startup".
import * as path from 'node:path';
import { MAIN_HELP, VERSION } from './banner';
import type { loadWithCodeCache as LoadWithCodeCache } from './code-cache';
import { servedByDaemon, viaDaemon } from '../daemon/client';

/** The CLI bundle beside this launcher (esbuild.mjs builds both). */
export const CLI_BUNDLE = 'glx-cli.js';

/** `glx --help | head -c 10`: the reader went away; end quietly, as cli/glx.ts does for verbs. */
function quietOnEpipe(e: NodeJS.ErrnoException): void {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
}

/** One code cache per verb: each holds the functions its verb ran. */
function cacheTag(verb: string): string {
  return /^[a-z][a-z-]{0,20}$/.test(verb) ? verb : 'other';
}

/**
 * Runs `glx <argv>` and sets the exit code (never throws: errors are the CLI's one line). The
 * verbs a workspace's daemon serves (`glx delta`) go to it first, without loading the CLI here;
 * any failure to use it runs the verb in-process (daemon/client.ts, docs/warm-starts.md "The daemon").
 */
export function run(argv: readonly string[]): Promise<void> {
  if (!servedByDaemon(argv)) return runHere(argv);
  process.stdout.on('error', quietOnEpipe);
  return viaDaemon(argv, path.join(__dirname, CLI_BUNDLE)).then((code) => {
    if (code === undefined) {
      process.stdout.off('error', quietOnEpipe); // the CLI installs its own
      return runHere(argv);
    }
    process.exitCode = code;
  });
}

function runHere(argv: readonly string[]): Promise<void> {
  const [verb] = argv;
  if (verb === undefined || verb === '--help' || verb === '-h' || verb === '--version' || verb === '-V') {
    process.stdout.on('error', quietOnEpipe);
    process.stdout.write(verb === '--version' || verb === '-V' ? `${VERSION}\n` : MAIN_HELP);
    // `glx` alone is a usage error that shows the help (exit 2), as cli/glx.ts main() does.
    process.exitCode = verb === undefined ? 2 : 0;
    return Promise.resolve();
  }
  // Loaded here, not at the top: the daemon's path (above) needs none of it (node:vm, node:crypto…).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { defaultCodeCacheDir, loadWithCodeCache } = require('./code-cache') as typeof import('./code-cache');
  let cli: ReturnType<typeof LoadWithCodeCache>;
  try {
    cli = loadWithCodeCache(path.join(__dirname, CLI_BUNDLE), cacheTag(verb), defaultCodeCacheDir());
  } catch (e) {
    // A missing or broken CLI bundle (a partial install): one line, exit 70 (internal), as the CLI's errors.
    const err = e as NodeJS.ErrnoException;
    process.stderr.write(`glx: ${path.join(__dirname, CLI_BUNDLE)}: cannot load the CLI (${err.code ?? err.message}); rebuild or reinstall glx\n`);
    process.exitCode = 70;
    return Promise.resolve();
  }
  if (process.env.GLX_CACHE_DEBUG === '1') process.stderr.write(`glx: code cache ${cli.outcome}${cli.cacheFile ? ` (${cli.cacheFile})` : ''}\n`);
  const runCli = cli.exports.run as (argv: readonly string[]) => Promise<void>;
  // After the verb: its functions are compiled by now, so the cache V8 writes covers its path.
  return runCli(argv).then(() => {
    cli.saveCache();
  });
}

if (require.main === module) void run(process.argv.slice(2));
