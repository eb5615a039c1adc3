// The launcher's side of the daemon (docs/warm-starts.md "The daemon"): for the verbs the daemon
// serves, `dist/glx.js` sends argv + cwd + the relevant environment to the workspace's daemon and
// streams its stdout/stderr back; the exit code is the daemon's. Anything short of a clean answer
// — no daemon, a stale socket, a refusal (version, environment, another root), a timeout, the
// daemon dying before it wrote anything — returns undefined and the launcher runs the verb
// in-process, silently (GLX_DAEMON_DEBUG=1 says why on stderr). Node built-ins only: this is
// on the launcher's path, before (and instead of) loading the CLI bundle.
import * as fs from 'node:fs';
import type * as Net from 'node:net';
import * as path from 'node:path';
import { daemonFiles, findWorkspaceRoot, privateDirProblem, shortHash } from './paths';
import { encodeFrame, envKey, forwardedEnv, frameReader, PROTOCOL, type Frame, type RunRequest } from './wire';

/** How long the daemon may take to accept (or refuse) a request: it answers at once, even when busy. */
const HELLO_MS = 2000;
/** How long a request may wait in the daemon's queue before the launcher gives up and runs in-process. */
const QUEUE_MS = 30_000;

function debug(msg: string): void {
  if (process.env.GLX_DAEMON_DEBUG === '1') process.stderr.write(`glx: daemon: ${msg}\n`);
}

/**
 * Whether this argv is one the daemon serves: `glx delta` (not `--per-commit`, a long walk that
 * would hold the queue, nor `--repo`, another workspace than the working directory's).
 */
export function servedByDaemon(argv: readonly string[]): boolean {
  if (argv[0] !== 'delta') return false;
  return !argv.some((a) => a === '--per-commit' || a === '--repo' || a.startsWith('--repo=') || a === '--');
}

/** sha256 of the bundle's bytes: the identity the daemon must share (it hashes the file it loaded). */
export function bundleHash(file: string): string {
  // node:crypto is loaded only here (~7 ms): the launcher's usual path reads the noted hash.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createHash } = require('node:crypto') as typeof import('node:crypto');
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/**
 * bundleHash without reading 2.2 MB on every run: the hash is kept in the private directory
 * beside the sockets, under the bundle's stat (inode, size, mtime and ctime in ns — any rewrite
 * changes ctime). A missing, stale or unreadable note is recomputed; the daemon hashes the bytes
 * it loaded itself, so a wrong note can only cause a refusal (in-process), never a wrong answer
 * from a different bundle, and the note is only ever written with a freshly computed hash.
 */
export function bundleHashNoted(file: string, dir: string): string {
  const st = fs.statSync(file, { bigint: true });
  const stamp = `${st.ino}:${st.size}:${st.mtimeNs}:${st.ctimeNs}`;
  const note = path.join(dir, `bundle-${shortHash(file)}.id`);
  try {
    const [s, h] = fs.readFileSync(note, 'utf8').split('\n');
    if (s === stamp && /^[0-9a-f]{64}$/.test(h)) return h;
  } catch {
    /* no note yet */
  }
  const hash = bundleHash(file);
  const tmp = `${note}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, `${stamp}\n${hash}`, { mode: 0o600 });
    fs.renameSync(tmp, note);
  } catch {
    fs.rmSync(tmp, { force: true });
  }
  return hash;
}

/** Runs argv through the daemon; the exit code, or undefined: run in-process. Never throws. */
export function viaDaemon(argv: readonly string[], bundleFile: string): Promise<number | undefined> {
  const env = process.env;
  if (env.GLX_DAEMON === '0') return skip('GLX_DAEMON=0');
  if (env.CI) return skip('CI is set');
  const root = findWorkspaceRoot(process.cwd());
  if (!root) return skip('not inside a git working tree');
  const files = daemonFiles(root);
  const dirWhy = privateDirProblem(files.dir, false);
  if (dirWhy) return skip(`${files.dir}: ${dirWhy}`);
  if (!fs.existsSync(files.socket)) return skip(`no daemon for ${root} (glx daemon start)`);
  let bundle: string;
  try {
    bundle = bundleHashNoted(bundleFile, files.dir);
  } catch (e) {
    return skip(`${bundleFile}: ${(e as Error).message}`);
  }
  const req: RunRequest = {
    t: 'run',
    v: PROTOCOL,
    bundle,
    node: process.version,
    argv: [...argv],
    cwd: process.cwd(),
    env: forwardedEnv(env),
    envKey: envKey(env),
    umask: process.umask(),
    tty: { stdout: process.stdout.isTTY === true, stderr: process.stderr.isTTY === true, columns: process.stdout.columns },
  };
  return exchange(files.socket, req);
}

function skip(why: string): Promise<undefined> {
  debug(`in-process: ${why}`);
  return Promise.resolve(undefined);
}

function exchange(socketPath: string, req: RunRequest): Promise<number | undefined> {
  return new Promise((resolve) => {
    let state: 'connecting' | 'queued' | 'running' | 'done' = 'connecting';
    let wrote = false;
    // node:net is loaded only here (~4 ms of compiling node's own modules): every other verb, and
    // `glx delta` with no daemon socket, never needs it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const net = require('node:net') as typeof Net;
    const sock = net.createConnection(socketPath);
    const finish = (code: number | undefined, why?: string) => {
      if (state === 'done') return;
      state = 'done';
      clearTimeout(timer);
      if (why) debug(code === undefined ? `in-process: ${why}` : why);
      sock.destroy();
      resolve(code);
    };
    let timer = setTimeout(() => finish(undefined, 'no answer from the daemon in time'), HELLO_MS);
    sock.on('connect', () => sock.write(encodeFrame(req)));
    sock.on('error', (e: NodeJS.ErrnoException) => {
      if (state === 'running' && wrote) {
        process.stderr.write(`glx: the daemon went away during the request (${e.code ?? e.message}); run it again\n`);
        finish(70);
      } else finish(undefined, `socket: ${e.code ?? e.message}`);
    });
    sock.on('close', () => {
      if (state === 'running' && wrote) {
        process.stderr.write('glx: the daemon went away during the request; run it again\n');
        finish(70);
      } else finish(undefined, 'the daemon closed the connection');
    });
    const read = frameReader<Frame>(
      (f) => {
        if (state === 'done') return;
        switch (f.t) {
          case 'hello':
            state = 'queued';
            clearTimeout(timer);
            timer = setTimeout(() => finish(undefined, 'the daemon is busy'), QUEUE_MS);
            return;
          case 'refuse':
            return finish(undefined, `refused: ${f.reason}`);
          case 'start':
            state = 'running';
            clearTimeout(timer);
            debug('served by the daemon');
            return;
          case 'out':
          case 'err':
            wrote = true;
            (f.t === 'out' ? process.stdout : process.stderr).write(Buffer.from(f.d, 'base64'));
            return;
          case 'exit':
            return finish(f.code);
          default:
            return finish(undefined, `an unexpected frame ${JSON.stringify((f as { t?: unknown }).t)}`);
        }
      },
      (why) => {
        if (wrote) process.stderr.write(`glx: the daemon sent ${why}; run it again\n`);
        finish(wrote ? 70 : undefined, why);
      },
    );
    sock.on('data', read);
  });
}
