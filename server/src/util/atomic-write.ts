// Atomic file writes (temp file in the same directory + rename): a reader never sees a half
// written artifact and a crash never leaves one behind (brief: "every write is atomic").
//
// Output targets (issue 11 item 6): the atomic replace is only for regular files (or a new
// file). A symlink is followed and its target replaced (the link stays a link); a FIFO, a
// character device or a socket is written to as it is (`--out /dev/stdout`, a named pipe); a
// directory — or a parent that is not a directory, such as `.glx` existing as a file — is bad
// input named by the path the user gave. Temp files orphaned by a killed run (their process
// is gone, or they are older than an hour) are removed by the next write into the directory.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputError } from '../errors';
import { redactDeep } from '../redact';
import { pidAlive } from './pid-alive';

const TMP_RE = /^\.(.+)\.(\d+)\.(\d+)\.tmp$/;
const ORPHAN_AGE_MS = 3600_000;

function ensureDir(dir: string, shown: string): void {
  const st = fs.statSync(dir, { throwIfNoEntry: false });
  if (st && !st.isDirectory()) throw new InputError(`${shown}: ${dir} is not a directory`, { input: shown });
  if (!st) {
    // A missing parent: each existing ancestor must be a directory (`.glx` as a file).
    let up = path.dirname(dir);
    while (up !== path.dirname(up) && !fs.existsSync(up)) up = path.dirname(up);
    const ust = fs.statSync(up, { throwIfNoEntry: false });
    if (ust && !ust.isDirectory()) throw new InputError(`${shown}: ${up} is not a directory`, { input: shown });
    fs.mkdirSync(dir, { recursive: true });
  }
}

function alive(pid: number): boolean {
  return pid === process.pid || pidAlive(pid);
}

/** Removes `.<name>.<pid>.<ms>.tmp` files left in `dir` by runs that are gone. */
export function cleanOrphanTemps(dir: string, now = Date.now()): number {
  let n = 0;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    const m = TMP_RE.exec(name);
    if (!m) continue;
    const pid = Number(m[2]);
    const ms = Number(m[3]);
    if (alive(pid) && now - ms < ORPHAN_AGE_MS) continue;
    try {
      fs.rmSync(path.join(dir, name), { force: true });
      n++;
    } catch {
      /* another process cleaned it */
    }
  }
  return n;
}

function lstatOf(p: string, shown: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(p, { throwIfNoEntry: false });
  } catch (e) {
    // ENOTDIR: some parent is a file (`.glx` existing as a file).
    if ((e as NodeJS.ErrnoException).code === 'ENOTDIR') ensureDir(path.dirname(p), shown);
    throw e;
  }
}

export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  let target = file;
  let lst = lstatOf(target, file);
  if (lst?.isSymbolicLink()) {
    // Write through the link: replace what it points to, keep the link.
    const dest = path.resolve(path.dirname(target), fs.readlinkSync(target));
    target = fs.existsSync(dest) ? fs.realpathSync(dest) : dest;
    lst = lstatOf(target, file);
  }
  if (lst?.isDirectory()) throw new InputError(`${file}: is a directory, expected a file`, { input: file });
  if (lst && !lst.isFile()) {
    // FIFO, device, socket: a plain write, never a replace.
    fs.writeFileSync(target, data);
    return;
  }
  const dir = path.dirname(target);
  ensureDir(dir, file);
  cleanOrphanTemps(dir);
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, target);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

export function writeJsonAtomic(file: string, value: unknown, opts: { unlessSame?: boolean } = {}): void {
  // Every JSON artifact passes the one redaction step (spec §3.11: no secret in any artifact).
  const text = `${JSON.stringify(redactDeep(value), null, 2)}\n`;
  if (opts.unlessSame && holds(file, text)) return;
  writeFileAtomic(file, text);
}

/**
 * Whether `file` is a regular file holding exactly `text` (writeJsonAtomic's `unlessSame`): an
 * artifact written again with the same bytes is left alone. Replacing a file is the costly part of
 * an atomic write here (the old inode's release: ~0.7 ms a file on this VM, where `glx delta`
 * through the daemon spends ~12 ms in all), and a reader or watcher of an unchanged artifact
 * gains nothing from a new inode. A symlink, a pipe or anything unreadable is written as before.
 */
function holds(file: string, text: string): boolean {
  try {
    const st = fs.lstatSync(file, { throwIfNoEntry: false });
    if (!st?.isFile() || st.size !== Buffer.byteLength(text)) return false;
    return fs.readFileSync(file, 'utf8') === text;
  } catch {
    return false;
  }
}

