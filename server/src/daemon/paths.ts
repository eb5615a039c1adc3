// Where a workspace's daemon lives (issue 14, sixth pass: `glx delta` through a resident warm
// process; docs/warm-starts.md "The daemon"). Shared by the launcher's client side (cli/launch.ts,
// which must stay tiny: node built-ins only here) and the daemon itself.
//
// - The workspace root is the realpath of the git top level, found cheaply by walking up for
//   `.git` (a directory, or the `gitdir:` file of a linked worktree or submodule) — no git process.
// - One daemon per root. Its socket, lock and pid live in a directory private to the user:
//   `$XDG_RUNTIME_DIR/glitchlab/` (a tmpfs the login session owns), else
//   `os.tmpdir()/glitchlab-<uid>/`; 0700, owned by the user, not a symlink (checked with lstat
//   on every use, client and daemon: a directory another user prepared is never trusted).
// - Unix socket paths are limited to 107 bytes, so files are named by a hash of the root.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The longest unix socket path Linux accepts (sun_path is 108 bytes with its NUL). */
const MAX_SOCKET_PATH = 107;

/** The git top level above `dir` (realpath), or undefined outside a working tree. */
export function findWorkspaceRoot(dir: string): string | undefined {
  let cur: string;
  try {
    cur = fs.realpathSync(dir);
  } catch {
    return undefined;
  }
  for (;;) {
    const st = fs.lstatSync(path.join(cur, '.git'), { throwIfNoEntry: false });
    if (st && (st.isDirectory() || st.isFile())) return cur;
    const up = path.dirname(cur);
    if (up === cur) return undefined;
    cur = up;
  }
}

export interface DaemonFiles {
  /** The private directory holding every daemon's files of this user. */
  dir: string;
  /** The unix socket the daemon of `root` listens on. */
  socket: string;
  /** The lock + pid file (`<pid>\n<root>\n`): two `glx daemon start`s race on its O_EXCL creation. */
  lock: string;
}

function uid(): number {
  return typeof process.getuid === 'function' ? process.getuid() : 0;
}

/** The private directory: `$XDG_RUNTIME_DIR/glitchlab` when that is usable, else `<tmp>/glitchlab-<uid>`. */
export function daemonDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.GLX_DAEMON_DIR) return env.GLX_DAEMON_DIR; // tests; still checked like any other
  const xdg = env.XDG_RUNTIME_DIR;
  // The socket name adds 1 + 16 + 5 bytes.
  if (xdg && path.isAbsolute(xdg) && xdg.length + 11 + 22 <= MAX_SOCKET_PATH) return path.join(xdg, 'glitchlab');
  return path.join(os.tmpdir(), `glitchlab-${uid()}`);
}

/**
 * A short name for a path: two FNV-1a 32-bit hashes (64 bits, hex). Not cryptographic and need
 * not be — it only spreads roots over file names (the daemon serves its own root only and
 * refuses any other) — and it spares the launcher loading node:crypto (~7 ms) on every run.
 */
export function shortHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193 + 2) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/** The files of the daemon serving `root` (a realpath). */
export function daemonFiles(root: string, env: NodeJS.ProcessEnv = process.env): DaemonFiles {
  const dir = daemonDir(env);
  const name = shortHash(root);
  return { dir, socket: path.join(dir, `${name}.sock`), lock: path.join(dir, `${name}.lock`) };
}

/**
 * Why `dir` is not a safe place for sockets (undefined: it is): it must be a real directory (not a
 * symlink), owned by this user, with no permission for group or others. `create`: make it 0700
 * when missing (the daemon side; the client never creates it).
 */
export function privateDirProblem(dir: string, create: boolean): string | undefined {
  let st = fs.lstatSync(dir, { throwIfNoEntry: false });
  if (!st && create) {
    try {
      fs.mkdirSync(path.dirname(dir), { recursive: true });
      fs.mkdirSync(dir, { mode: 0o700 });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') return `cannot create it (${(e as NodeJS.ErrnoException).code ?? String(e)})`;
    }
    st = fs.lstatSync(dir, { throwIfNoEntry: false });
  }
  if (!st) return 'it does not exist';
  if (st.isSymbolicLink()) return 'it is a symbolic link';
  if (!st.isDirectory()) return 'it is not a directory';
  if (st.uid !== uid()) return `it belongs to uid ${st.uid}, not ${uid()}`;
  if ((st.mode & 0o077) !== 0) return `its mode is ${(st.mode & 0o777).toString(8)}, not 700`;
  return undefined;
}
