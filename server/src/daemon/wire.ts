// The launcher ↔ daemon protocol (docs/warm-starts.md "The daemon"): newline-delimited JSON
// frames over the daemon's unix socket. Node built-ins only (the launcher loads this).
//
// client → daemon, one frame: `run` (argv, cwd, the relevant environment, identity), `status`
// or `stop`. daemon → client: `hello` (accepted, queued) or `refuse` (the client runs
// in-process), then `start` when its turn comes, `out`/`err` chunks (base64: bytes are bytes),
// and `exit` with the code. A client that goes away before `start` is dropped from the queue.
export const PROTOCOL = 1;

export interface RunRequest {
  t: 'run';
  v: number;
  /** sha256 of the CLI bundle (dist/glx-cli.js) the launcher would load. */
  bundle: string;
  /** process.version of the launcher. */
  node: string;
  argv: string[];
  cwd: string;
  /** The forwarded variables (forwardedEnv): GLX_*, NO_COLOR, FORCE_COLOR. */
  env: Record<string, string>;
  /** envKey() of the launcher's environment: what git and the CLI read but are not forwarded. */
  envKey: string;
  umask: number;
  tty: { stdout: boolean; stderr: boolean; columns?: number };
}

export type Request = RunRequest | { t: 'status'; v: number } | { t: 'stop'; v: number };

export interface StatusInfo {
  pid: number;
  root: string;
  node: string;
  bundle: string;
  startedUtc: string;
  served: number;
  queued: number;
  idleExitMin: number;
  rssMb: number;
  /** V8's heap in use (MB) and the memo of decoded cache entries (util/cache-entry.ts). */
  heapMb: number;
  memo: string;
  /** The working-tree watcher (daemon/watch.ts): what it covers, or why it is off. */
  watch: string;
}

export type Frame =
  | { t: 'hello' }
  | { t: 'refuse'; reason: string }
  | { t: 'start' }
  | { t: 'out'; d: string }
  | { t: 'err'; d: string }
  | { t: 'exit'; code: number }
  | { t: 'status'; info: StatusInfo }
  | { t: 'bye' };

/** Variables the request carries to the daemon (read by the CLI at call time). */
export function forwardedEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && isForwarded(k)) out[k] = v;
  return out;
}

export function isForwarded(name: string): boolean {
  return name.startsWith('GLX_') || name === 'NO_COLOR' || name === 'FORCE_COLOR';
}

/**
 * What must be the same in the launcher's and the daemon's environments for the answers to be
 * the same, but is not forwarded (git and node read it at process start or in their children):
 * which git runs, its configuration and its user, the locale and the time zone. A difference
 * is a refusal (the launcher runs in-process), not a reason to serve a different answer.
 */
const IDENTITY_VARS: readonly string[] = ['PATH', 'HOME', 'USER', 'XDG_CONFIG_HOME', 'XDG_CACHE_HOME', 'LANG', 'LC_ALL', 'LC_CTYPE', 'TZ', 'NODE_OPTIONS', 'TMPDIR'];

export function envKey(env: NodeJS.ProcessEnv): string {
  // The values themselves (compared by the daemon; they stay on the user's private socket).
  const parts: string[] = [];
  for (const k of IDENTITY_VARS) parts.push(`${k}=${env[k] ?? '\u0000'}`);
  // Every GIT_* variable too (GIT_DIR, GIT_INDEX_FILE, GIT_CONFIG_*… change what git answers).
  for (const k of Object.keys(env).filter((n) => n.startsWith('GIT_')).sort()) parts.push(`${k}=${env[k]}`);
  return parts.join('\n');
}

/** Splits a byte stream into JSON frames (one per line); a malformed frame ends the stream via onBad. */
export function frameReader<T>(onFrame: (f: T) => void, onBad: (why: string) => void, maxLine = 64 * 1024 * 1024): (chunk: Buffer) => void {
  let pending: Buffer[] = [];
  let size = 0;
  let dead = false;
  return (chunk) => {
    if (dead) return;
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(10, start);
      if (nl < 0) break;
      const line = Buffer.concat([...pending, chunk.subarray(start, nl)]).toString('utf8');
      pending = [];
      size = 0;
      start = nl + 1;
      let frame: T;
      try {
        frame = JSON.parse(line) as T;
      } catch {
        dead = true;
        onBad('a malformed frame');
        return;
      }
      onFrame(frame);
    }
    if (start < chunk.length) {
      pending.push(chunk.subarray(start));
      size += chunk.length - start;
      if (size > maxLine) {
        dead = true;
        onBad('a frame too long');
      }
    }
  };
}

export function encodeFrame(f: Frame | Request): string {
  return `${JSON.stringify(f)}\n`;
}
