// The resident warm process (issue 14, sixth pass; docs/warm-starts.md "The daemon"): one per
// workspace root, listening on a 0600 unix socket in the user's private directory
// (daemon/paths.ts). It has loaded the CLI once and keeps every in-process cache warm (parsers,
// chunk and analysis caches, the warm stores' parsed entries, git refs); each request runs the
// verb exactly as its own process would (daemon/capture.ts), one at a time from a queue.
//
// Lifecycle: a lock file (`O_EXCL`, holding the pid and root) makes two starts race safely — the
// loser finds a live owner and says so; a lock or socket left by a dead daemon is removed.
// The daemon exits when told (`glx daemon stop`, SIGTERM/SIGINT), after `idleMs` without a
// request, when its root disappears, when the CLI bundle on disk changes, when a launcher of
// another bundle or node version asks (it cannot serve it; the launcher runs in-process), and
// after an error escaping a verb (its state can no longer be trusted). Logs: `.glx/logs/daemon.log`,
// every line through the redaction step (server/src/redact/).
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { redactSecrets } from '../redact';
import { pidAlive } from '../util/pid-alive';
import { cacheEntryMemoSize } from '../util/cache-entry';
import { withRequestContext } from './capture';
import { findWorkspaceRoot, privateDirProblem, type DaemonFiles } from './paths';
import { encodeFrame, envKey, frameReader, PROTOCOL, type Frame, type Request, type RunRequest, type StatusInfo } from './wire';

export interface DaemonOptions {
  /** The workspace root (realpath of the git top level). */
  root: string;
  files: DaemonFiles;
  /** The CLI bundle this process loaded, and its sha256 (a launcher with another one is refused). */
  bundleFile: string;
  bundleHash: string;
  /** Runs one CLI invocation in this process; resolves with its exit code, never rejects. */
  runVerb: (argv: readonly string[]) => Promise<number>;
  idleMs: number;
  /** Called before each request's verb runs (the watcher's bookkeeping, daemon/watch.ts). */
  beforeRun?: () => Promise<void> | void;
  /** What the watcher covers, for `glx daemon status`. */
  watchState?: () => string;
  /** Called after each answer is sent, in the request's context (the caches' deferred writes, util/after-answer.ts). */
  afterAnswer?: () => void;
  /** Called once when the daemon stops (the watcher closes its handles). */
  onStop?: () => void;
  /** How often the root and the bundle are checked (ms). */
  checkMs?: number;
}

export class DaemonBusyError extends Error {}

interface Job {
  req: RunRequest;
  sock: net.Socket;
}

/** Appends redacted lines to `.glx/logs/daemon.log` (rotated once past 1 MB); never throws. */
export function daemonLogger(root: string): (line: string) => void {
  const dir = path.join(root, '.glx', 'logs');
  const file = path.join(dir, 'daemon.log');
  try {
    fs.mkdirSync(dir, { recursive: true });
    const st = fs.statSync(file, { throwIfNoEntry: false });
    if (st && st.size > 1024 * 1024) fs.renameSync(file, `${file}.1`);
  } catch {
    /* logging is best effort */
  }
  return (line) => {
    try {
      fs.appendFileSync(file, `${new Date().toISOString()} [${process.pid}] ${redactSecrets(line)}\n`, { mode: 0o600 });
    } catch {
      /* a read-only .glx/ costs the log only */
    }
  };
}

/** Takes the lock of `files` for this process, removing one a dead process left; throws DaemonBusyError when a live daemon holds it. */
export function takeLock(files: DaemonFiles, root: string): void {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(files.lock, 'wx', 0o600);
      fs.writeSync(fd, `${process.pid}\n${root}\n`);
      fs.closeSync(fd);
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const owner = readLock(files.lock);
    if (owner && owner.pid !== process.pid && pidAlive(owner.pid)) throw new DaemonBusyError(`a daemon for ${root} is already running (pid ${owner.pid})`);
    // A dead owner's lock (or a torn one): remove it and race again; O_EXCL decides the winner.
    try {
      fs.unlinkSync(files.lock);
    } catch {
      /* another starter removed it first */
    }
  }
  throw new DaemonBusyError(`could not take ${files.lock}`);
}

export function readLock(file: string): { pid: number; root: string } | undefined {
  try {
    const [pid, root] = fs.readFileSync(file, 'utf8').split('\n');
    const n = Number(pid);
    return Number.isInteger(n) && n > 0 ? { pid: n, root: root ?? '' } : undefined;
  } catch {
    return undefined;
  }
}

/** Whether something answers on `socket` (a live daemon) — a stale socket file refuses the connection. */
export function socketAnswers(socket: string, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.createConnection(socket);
    const done = (ok: boolean) => {
      clearTimeout(t);
      s.destroy();
      resolve(ok);
    };
    const t = setTimeout(() => done(false), timeoutMs);
    s.on('connect', () => done(true));
    s.on('error', () => done(false));
  });
}

function memoDescription(): string {
  const m = cacheEntryMemoSize();
  return m ? `${m.entries} entries, ~${Math.round(m.bytes / 1048576)} MB` : 'off';
}

function bundleStamp(file: string): string {
  const st = fs.statSync(file, { throwIfNoEntry: false });
  return st ? `${st.ino}:${st.size}:${st.mtimeMs}` : 'missing';
}

/** Serves until stopped; resolves with the reason it stopped. Throws DaemonBusyError when another daemon owns the root. */
export async function serveDaemon(opts: DaemonOptions): Promise<string> {
  const { root, files } = opts;
  const dirWhy = privateDirProblem(files.dir, true);
  if (dirWhy) throw new Error(`${files.dir}: not a private directory for sockets (${dirWhy})`);
  takeLock(files, root);
  const log = daemonLogger(root);
  const myEnvKey = envKey(process.env);
  const stamp = bundleStamp(opts.bundleFile);
  const started = new Date();
  let served = 0;
  const queue: Job[] = [];
  let running = false;
  let stopping: string | undefined;
  let resolveStopped: (why: string) => void = () => undefined;
  const stopped = new Promise<string>((r) => (resolveStopped = r));

  if (fs.existsSync(files.socket)) {
    if (await socketAnswers(files.socket)) {
      fs.rmSync(files.lock, { force: true });
      throw new DaemonBusyError(`a daemon for ${root} already answers on ${files.socket}`);
    }
    fs.rmSync(files.socket, { force: true }); // stale: its daemon died without removing it
  }
  const server = net.createServer({ allowHalfOpen: false });
  const oldUmask = process.umask(0o177); // the socket is created 0600
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(files.socket, () => resolve());
    });
  } finally {
    process.umask(oldUmask);
  }
  fs.chmodSync(files.socket, 0o600);
  const socketIno = fs.statSync(files.socket).ino;
  log(`started for ${root} on ${files.socket} (node ${process.version}, bundle ${opts.bundleHash.slice(0, 12)}, idle exit ${Math.round(opts.idleMs / 60000)} min)`);

  let idleTimer: NodeJS.Timeout | undefined;
  const armIdle = () => {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = setTimeout(() => stop(`idle for ${Math.round(opts.idleMs / 1000)} s`), opts.idleMs);
  };
  armIdle();
  const check = setInterval(() => {
    if (!fs.existsSync(root) || findWorkspaceRoot(root) !== root) stop('the workspace root is gone');
    else if (bundleStamp(opts.bundleFile) !== stamp) stop('the CLI bundle on disk changed');
    else if (!fs.existsSync(files.socket) || fs.statSync(files.socket).ino !== socketIno) stop('the socket was removed');
  }, opts.checkMs ?? 5000);
  check.unref();

  const send = (sock: net.Socket, f: Frame) => {
    if (!sock.destroyed && sock.writable) sock.write(encodeFrame(f));
  };

  function stop(why: string): void {
    if (stopping) return;
    stopping = why;
    log(`stopping: ${why}`);
    server.close();
    if (idleTimer) clearTimeout(idleTimer);
    clearInterval(check);
    // Queued requests that have not started are told to run in-process.
    for (const j of queue.splice(0)) {
      send(j.sock, { t: 'refuse', reason: `the daemon is stopping (${why})` });
      j.sock.end();
    }
    if (!running) finishStop();
  }

  function finishStop(): void {
    try {
      if (fs.statSync(files.socket, { throwIfNoEntry: false })?.ino === socketIno) fs.rmSync(files.socket, { force: true });
    } catch {
      /* already gone */
    }
    if (readLock(files.lock)?.pid === process.pid) fs.rmSync(files.lock, { force: true });
    opts.onStop?.();
    resolveStopped(stopping ?? 'stopped');
  }

  function refuse(sock: net.Socket, reason: string, exitToo?: string): void {
    log(`refused a request: ${reason}`);
    send(sock, { t: 'refuse', reason });
    sock.end();
    if (exitToo) stop(exitToo);
  }

  function accept(sock: net.Socket, req: RunRequest): void {
    if (req.v !== PROTOCOL) return refuse(sock, `protocol ${req.v}, the daemon speaks ${PROTOCOL}`, 'a launcher of another version asked');
    if (req.bundle !== opts.bundleHash) return refuse(sock, 'another CLI bundle (the daemon is older or newer)', 'a launcher of another CLI bundle asked');
    if (req.node !== process.version) return refuse(sock, `node ${req.node}, the daemon runs ${process.version}`, 'a launcher of another node version asked');
    if (req.envKey !== myEnvKey) return refuse(sock, 'the environment differs from the daemon\'s (PATH, HOME, locale, TZ…)');
    if (!Array.isArray(req.argv) || !req.argv.every((a) => typeof a === 'string') || typeof req.cwd !== 'string') return refuse(sock, 'a malformed request');
    // Only its own root: the nearest working tree above the request's directory must be it.
    if (findWorkspaceRoot(req.cwd) !== root) return refuse(sock, `${req.cwd} is not in ${root}`);
    send(sock, { t: 'hello' });
    queue.push({ req, sock });
    void pump();
  }

  async function pump(): Promise<void> {
    if (running) return;
    running = true;
    try {
      while (queue.length > 0 && !stopping) {
        const job = queue.shift()!;
        if (job.sock.destroyed) continue; // the client gave up before its turn
        await runJob(job);
        served++;
        armIdle();
      }
    } finally {
      running = false;
      if (stopping) finishStop();
    }
  }

  async function runJob({ req, sock }: Job): Promise<void> {
    const t0 = process.hrtime.bigint();
    let gone = false;
    sock.on('close', () => (gone = true));
    // What can still fail before the verb starts is a refusal (the launcher runs in-process), not an error.
    try {
      if (opts.beforeRun) await opts.beforeRun();
      if (!fs.statSync(req.cwd, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`${req.cwd}: no such directory`);
    } catch (e) {
      return refuse(sock, `not ready: ${(e as Error).message}`);
    }
    send(sock, { t: 'start' });
    // A client that went away does not stop the verb (its artifacts are still written whole).
    const out = (b: Buffer) => {
      if (!gone) send(sock, { t: 'out', d: b.toString('base64') });
    };
    const err = (b: Buffer) => {
      if (!gone) send(sock, { t: 'err', d: b.toString('base64') });
    };
    let code = 70;
    // The request's time is the answer's (the work left for after it is not the client's wait).
    let ms: number | undefined;
    const answer = (c: number) => {
      ms = Number(process.hrtime.bigint() - t0) / 1e6;
      send(sock, { t: 'exit', code: c });
      sock.end();
    };
    try {
      code = await withRequestContext({ cwd: req.cwd, env: req.env, umask: req.umask, tty: req.tty, out, err }, async () => {
        const c = await opts.runVerb(req.argv);
        answer(c);
        // The work the verb left for after its answer (util/after-answer.ts), in its context (cwd,
        // umask) — once the loop has turned, so that the answer's frames are on their way first.
        if (opts.afterAnswer) {
          await new Promise<void>((resolve) => setImmediate(resolve));
          opts.afterAnswer();
        }
        return c;
      });
    } catch (e) {
      // runVerb never rejects; this is the daemon's own failure (a chdir into a vanished directory).
      err(Buffer.from(`glx: the daemon could not run the request (${(e as Error).message})\n`));
      log(`request failed: ${(e as Error).stack ?? String(e)}`);
    }
    if (ms === undefined) answer(code);
    log(`glx ${req.argv.join(' ')} (cwd ${path.relative(root, req.cwd) || '.'}) → exit ${code} in ${ms!.toFixed(1)} ms${gone ? ' (the client went away)' : ''}`);
  }

  server.on('connection', (sock) => {
    sock.on('error', () => undefined); // a client that went away; its job (if any) runs on
    let got = false;
    // A connection that never says what it wants does not stay open.
    sock.setTimeout(10_000, () => {
      if (!got) sock.destroy();
    });
    const read = frameReader<Request>(
      (req) => {
        if (got) return;
        got = true;
        if (stopping) return refuse(sock, `the daemon is stopping (${stopping})`);
        if (req.t === 'status') {
          const info: StatusInfo = {
            pid: process.pid,
            root,
            node: process.version,
            bundle: opts.bundleHash.slice(0, 12),
            startedUtc: started.toISOString(),
            served,
            queued: queue.length,
            idleExitMin: Math.round(opts.idleMs / 60000),
            rssMb: Math.round(process.memoryUsage().rss / 1048576),
            heapMb: Math.round(process.memoryUsage().heapUsed / 1048576),
            memo: memoDescription(),
            watch: opts.watchState?.() ?? 'off',
          };
          send(sock, { t: 'status', info });
          sock.end();
        } else if (req.t === 'stop') {
          send(sock, { t: 'bye' });
          sock.end();
          stop('glx daemon stop');
        } else if (req.t === 'run') accept(sock, req);
        else refuse(sock, 'an unknown request');
      },
      (why) => refuse(sock, why),
    );
    sock.on('data', read);
  });

  const onSignal = (sig: string) => stop(sig);
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  process.on('SIGHUP', onSignal);
  const why = await stopped;
  process.off('SIGTERM', onSignal);
  process.off('SIGINT', onSignal);
  process.off('SIGHUP', onSignal);
  log(`stopped (${why}; ${served} request(s) served)`);
  return why;
}

/** Asks the daemon of `files` something (status or stop); undefined when none answers. */
export function askDaemon(files: DaemonFiles, req: { t: 'status' | 'stop' }, timeoutMs = 3000): Promise<Frame | undefined> {
  return new Promise((resolve) => {
    const s = net.createConnection(files.socket);
    let answer: Frame | undefined;
    const done = () => {
      clearTimeout(t);
      s.destroy();
      resolve(answer);
    };
    const t = setTimeout(done, timeoutMs);
    s.on('connect', () => s.write(encodeFrame({ ...req, v: PROTOCOL } as Request)));
    s.on('error', done);
    s.on('close', done);
    s.on(
      'data',
      frameReader<Frame>(
        (f) => {
          answer ??= f;
        },
        done,
      ),
    );
  });
}
