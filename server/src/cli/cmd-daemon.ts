// `glx daemon start | stop | status | run` — the resident warm process of a workspace (issue 14,
// sixth pass; docs/warm-starts.md "The daemon"). `start` runs `glx daemon run` detached and waits
// until it answers; `run` serves in the foreground (tests, service managers); the launcher
// (cli/launch.ts → daemon/client.ts) sends `glx delta` to it and falls back to in-process.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GlxError, InputError } from '../errors';
import { bundleHash } from '../daemon/client';
import { daemonFiles, findWorkspaceRoot, privateDirProblem } from '../daemon/paths';
import { askDaemon, DaemonBusyError, daemonLogger, readLock, serveDaemon } from '../daemon/server';
import { WorktreeWatch } from '../daemon/watch';
import { memoizeCacheEntries } from '../util/cache-entry';
import { shareBlobReaders } from '../git';
import { keepTreesAcrossRuns } from '../engine/version-trees';
import { deferAfterAnswer, runAfterAnswer } from '../util/after-answer';
import { rememberAcrossRequests } from '../util/recent-memo';
import { helpText, parseArgs, UsageError, type FlagSpec } from './args';

export const daemonFlags: FlagSpec = {
  idle: { type: 'number', value: 'MIN', desc: 'exit after MIN minutes without a request (default 30, or GLX_DAEMON_IDLE_MIN; 0 = never)' },
  'no-watch': { type: 'boolean', desc: 'do not watch the working tree (every request scans it, as in-process)' },
  json: { type: 'boolean', desc: 'status: print {schema:"glx.daemon.status.v1", …}' },
  repo: { type: 'string', value: 'DIR', desc: 'workspace (default: the one containing the cwd)' },
  help: { type: 'boolean', short: 'h', desc: 'show this help' },
};

export const daemonHelp = helpText(
  'glx daemon start|stop|status|run [--idle MIN] [--no-watch] [--json]',
  'A resident process per workspace that keeps the CLI and its caches warm: `glx delta` is sent\n' +
    'to it (byte-identical output; any failure runs in-process). GLX_DAEMON=0 or CI=… disables\n' +
    'its use; GLX_DAEMON_DEBUG=1 says which path ran. `run` serves in the foreground.',
  daemonFlags,
);

const STATUS_SCHEMA = 'glx.daemon.status.v1';

export interface DaemonVerbDeps {
  /** Runs one CLI invocation in this process (cli/glx.ts runCaptured). */
  runVerb: (argv: readonly string[]) => Promise<number>;
}

function idleMs(flag: unknown): number {
  const raw = flag ?? (process.env.GLX_DAEMON_IDLE_MIN !== undefined ? Number(process.env.GLX_DAEMON_IDLE_MIN) : 30);
  const min = Number(raw);
  if (!Number.isFinite(min) || min < 0) throw new UsageError(`daemon: --idle ${String(raw)}: not a number of minutes ≥ 0`);
  // 0 = never; setTimeout's limit is ~24.8 days.
  return min === 0 ? 2 ** 31 - 1 : Math.min(min * 60_000, 2 ** 31 - 1);
}

function rootOf(dir: string | undefined): string {
  const abs = path.resolve(dir ?? process.cwd());
  const root = findWorkspaceRoot(abs);
  if (!root) throw new InputError(`${abs}: not inside a git working tree`, { input: dir ?? abs });
  return root;
}

export async function cmdDaemon(argv: readonly string[], deps?: DaemonVerbDeps): Promise<number> {
  const { flags, positionals } = parseArgs(argv, daemonFlags, 'daemon');
  const sub = positionals[0];
  if (flags.help || !sub) {
    process.stdout.write(daemonHelp);
    return flags.help ? 0 : 2;
  }
  if (positionals.length > 1) throw new UsageError(`daemon ${sub}: unexpected ${JSON.stringify(positionals[1])}`);
  const root = rootOf(flags.repo as string | undefined);
  const files = daemonFiles(root);
  switch (sub) {
    case 'status':
      return status(root, files, flags.json === true);
    case 'stop':
      return stopDaemon(root, files);
    case 'start':
      return start(root, files, argv);
    case 'run':
      if (!deps) throw new GlxError('daemon run: no verb runner (internal)', { kind: 'internal' });
      return runForeground(root, files, idleMs(flags.idle), flags['no-watch'] !== true, deps);
    default:
      throw new UsageError(`daemon: unknown sub-command ${JSON.stringify(sub)} (start, stop, status, run)`);
  }
}

async function status(root: string, files: ReturnType<typeof daemonFiles>, json: boolean): Promise<number> {
  const a = await askDaemon(files, { t: 'status' });
  const info = a?.t === 'status' ? a.info : undefined;
  if (json) {
    process.stdout.write(`${JSON.stringify({ schema: STATUS_SCHEMA, root, socket: files.socket, running: info !== undefined, ...(info ? { daemon: info } : {}) }, null, 2)}\n`);
    return 0;
  }
  if (!info) {
    process.stdout.write(`no daemon for ${root}\n`);
    return 0;
  }
  process.stdout.write(
    `daemon for ${info.root}: pid ${info.pid}, node ${info.node}, bundle ${info.bundle}, since ${info.startedUtc}\n` +
      `  ${info.served} request(s) served, ${info.queued} queued, RSS ${info.rssMb} MB (heap ${info.heapMb} MB; cache memo ${info.memo}), idle exit after ${info.idleExitMin} min\n` +
      `  watch: ${info.watch}\n  socket: ${files.socket}\n`,
  );
  return 0;
}

async function stopDaemon(root: string, files: ReturnType<typeof daemonFiles>): Promise<number> {
  const a = await askDaemon(files, { t: 'stop' });
  if (a?.t !== 'bye') {
    const owner = readLock(files.lock);
    if (owner && fs.existsSync(`/proc/${owner.pid}`)) throw new GlxError(`the daemon for ${root} (pid ${owner.pid}) does not answer on ${files.socket}; try again, or kill ${owner.pid}`, { kind: 'busy' });
    process.stdout.write(`no daemon for ${root}\n`);
    return 0;
  }
  // Wait until it has let go of its socket (it finishes the request it is serving first).
  for (let i = 0; i < 300 && fs.existsSync(files.socket); i++) await new Promise((r) => setTimeout(r, 50));
  process.stdout.write(`daemon for ${root} stopped\n`);
  return 0;
}

async function start(root: string, files: ReturnType<typeof daemonFiles>, argv: readonly string[]): Promise<number> {
  const running = await askDaemon(files, { t: 'status' });
  if (running?.t === 'status') {
    process.stdout.write(`daemon for ${root} already running (pid ${running.info.pid})\n`);
    return 0;
  }
  const dirWhy = privateDirProblem(files.dir, true);
  if (dirWhy) throw new InputError(`${files.dir}: not a private directory for the daemon's socket (${dirWhy})`, { input: files.dir });
  const launcher = path.join(__dirname, 'glx.js');
  if (!fs.existsSync(launcher)) throw new GlxError(`${launcher}: the daemon runs from the built CLI (npm run build)`, { kind: 'internal' });
  const rest = argv.filter((a) => a !== 'start');
  const child = spawn(process.execPath, [launcher, 'daemon', 'run', ...rest], { cwd: root, detached: true, stdio: 'ignore', env: process.env });
  let exited: number | null | undefined;
  child.on('exit', (code) => (exited = code));
  child.unref();
  for (let i = 0; i < 300; i++) {
    await new Promise((r) => setTimeout(r, 50));
    const a = await askDaemon(files, { t: 'status' }, 1000);
    if (a?.t === 'status') {
      process.stdout.write(`daemon for ${root} running (pid ${a.info.pid}, socket ${files.socket})\n`);
      return 0;
    }
    // Another start won the race: its daemon answers on the next round.
    if (exited !== undefined && !fs.existsSync(files.lock)) break;
  }
  throw new GlxError(`the daemon for ${root} did not start (see .glx/logs/daemon.log)`, { kind: 'internal' });
}

async function runForeground(root: string, files: ReturnType<typeof daemonFiles>, idle: number, watch: boolean, deps: DaemonVerbDeps): Promise<number> {
  const bundleFile = path.join(__dirname, 'glx-cli.js');
  if (!fs.existsSync(bundleFile)) throw new GlxError(`${bundleFile}: the daemon runs from the built CLI (npm run build)`, { kind: 'internal' });
  const log = daemonLogger(root);
  // An error escaping a verb leaves state the next request cannot trust: log it and end. The
  // launcher that was waiting saw no output yet and runs in-process (the same error, its own line).
  const fatal = (e: unknown) => {
    log(`fatal: ${(e as Error)?.stack ?? String(e)}`);
    try {
      fs.rmSync(files.socket, { force: true });
      if (readLock(files.lock)?.pid === process.pid) fs.rmSync(files.lock, { force: true });
    } finally {
      process.exit(70);
    }
  };
  process.on('uncaughtException', fatal);
  process.on('unhandledRejection', fatal);
  // Decoded .glx/cache/ entries stay in memory (content-addressed: util/cache-entry.ts); GLX_DAEMON_MEMO_MB, default 64.
  memoizeCacheEntries(Number(process.env.GLX_DAEMON_MEMO_MB ?? 64) * 1024 * 1024);
  shareBlobReaders(true); // one cat-file for the daemon's life (git/shared-readers.ts)
  keepTreesAcrossRuns(true); // a file changed again is parsed from its last tree (engine/version-trees.ts)
  rememberAcrossRequests(true); // the same inputs found again by content (util/recent-memo.ts)
  deferAfterAnswer(true); // cache entries for other processes are written after each answer (util/after-answer.ts)
  const watcher = watch ? new WorktreeWatch(root, (l) => log(l)) : undefined;
  try {
    await serveDaemon({
      root,
      files,
      bundleFile,
      bundleHash: bundleHash(bundleFile),
      runVerb: deps.runVerb,
      idleMs: idle,
      beforeRun: watcher ? () => watcher.beforeRequest() : undefined,
      watchState: () => watcher?.describe() ?? 'off (--no-watch)',
      afterAnswer: runAfterAnswer,
      onStop: () => {
        watcher?.close();
        runAfterAnswer();
      },
    });
  } catch (e) {
    if (e instanceof DaemonBusyError) {
      process.stderr.write(`glx: ${e.message}\n`);
      return 75;
    }
    throw e;
  }
  return 0;
}
