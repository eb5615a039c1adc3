// Byte-exact file snapshots: the generic rollback of every playbook step that writes files
// (spec §7 "each run … has a rollback"). Before a step runs, the runner copies every file under
// the paths the step declares (`touches`) into the run's undo directory and records their
// sha256; rollback deletes what appeared, restores what changed or vanished and removes the
// directories the step created, so the paths are byte-identical to before. The runs' own record
// (`.glx/logs/playbook-*`: logs, reports, undo copies, the lock) is never snapshotted.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputError } from '../errors';

export interface SnapFile {
  path: string;
  sha256: string;
  size: number;
}

export interface FileSnapshot {
  patterns: string[];
  files: SnapFile[];
  dirs: string[];
  /** Repository-relative directory holding the copies. */
  store: string;
}

const LOGS = '.glx/logs';
/** The runs' own record (logs, reports, undo copies, lock): never part of a snapshot. */
const RUN_RECORD = `${LOGS}/playbook`;

const sha256File = (abs: string) => crypto.createHash('sha256').update(fs.readFileSync(abs)).digest('hex');

function insideRoot(root: string, rel: string): string {
  const abs = path.resolve(root, rel);
  const back = path.relative(root, abs);
  if (path.isAbsolute(rel) || back.startsWith('..') || path.isAbsolute(back)) throw new InputError(`${rel}: path escapes the repository`, { input: rel });
  return abs;
}

const toRel = (root: string, abs: string) => path.relative(root, abs).split(path.sep).join('/');
const isLogs = (rel: string) => rel.startsWith(RUN_RECORD);

/** The existing paths a pattern list names (`dir/prefix*` expanded). */
export function expandPatterns(root: string, patterns: readonly string[]): string[] {
  const out = new Set<string>();
  for (const p of patterns) {
    if (p.endsWith('*')) {
      const dirRel = path.posix.dirname(p);
      const prefix = path.posix.basename(p).slice(0, -1);
      const dir = insideRoot(root, dirRel);
      let names: string[] = [];
      try {
        names = fs.readdirSync(dir);
      } catch {
        names = [];
      }
      for (const n of names) if (n.startsWith(prefix)) out.add(dirRel === '.' ? n : `${dirRel}/${n}`);
    } else {
      insideRoot(root, p);
      if (fs.existsSync(path.join(root, p))) out.add(p);
    }
  }
  return [...out].sort();
}

/** Every regular file and directory under the patterns (logs excluded), sorted. */
export function walkPatterns(root: string, patterns: readonly string[]): { files: string[]; dirs: string[] } {
  const files: string[] = [];
  const dirs: string[] = [];
  const walk = (rel: string) => {
    if (isLogs(rel)) return;
    const abs = insideRoot(root, rel);
    const st = fs.lstatSync(abs, { throwIfNoEntry: false });
    if (!st) return;
    if (st.isDirectory()) {
      dirs.push(rel);
      for (const n of fs.readdirSync(abs).sort()) walk(`${rel}/${n}`);
    } else if (st.isFile()) files.push(rel);
  };
  for (const p of expandPatterns(root, patterns)) walk(p);
  return { files: [...new Set(files)].sort(), dirs: [...new Set(dirs)].sort() };
}

/** Hashes of the files under the patterns now (to tell later whether someone changed them). */
export function manifestOf(root: string, patterns: readonly string[]): SnapFile[] {
  return walkPatterns(root, patterns).files.map((f) => {
    const abs = path.join(root, f);
    return { path: f, sha256: sha256File(abs), size: fs.statSync(abs).size };
  });
}

/** Copies the files under `patterns` into `storeRel` (repository-relative) and returns the snapshot. */
export function takeSnapshot(root: string, patterns: readonly string[], storeRel: string): FileSnapshot {
  const { files, dirs } = walkPatterns(root, patterns);
  const storeAbs = insideRoot(root, storeRel);
  const snapFiles: SnapFile[] = [];
  for (const f of files) {
    const src = path.join(root, f);
    const dst = path.join(storeAbs, f);
    fs.mkdirSync(path.dirname(dst), { recursive: true });
    fs.copyFileSync(src, dst);
    snapFiles.push({ path: f, sha256: sha256File(dst), size: fs.statSync(dst).size });
  }
  return { patterns: [...patterns], files: snapFiles, dirs, store: storeRel };
}

/** Files under the snapshot's patterns that differ from `expected` (changed, added or removed). */
export function changedSince(root: string, patterns: readonly string[], expected: readonly SnapFile[]): string[] {
  const now = new Map(manifestOf(root, patterns).map((f) => [f.path, f.sha256] as const));
  const want = new Map(expected.map((f) => [f.path, f.sha256] as const));
  const out: string[] = [];
  for (const [p, h] of want) if (now.get(p) !== h) out.push(p);
  for (const p of now.keys()) if (!want.has(p)) out.push(p);
  return out.sort();
}

/** Brings the snapshot's paths back to it, byte for byte; returns what was done, in words. */
export function restoreSnapshot(root: string, snap: FileSnapshot): string[] {
  const done: string[] = [];
  const now = walkPatterns(root, snap.patterns);
  const want = new Map(snap.files.map((f) => [f.path, f] as const));
  for (const f of now.files) {
    if (!want.has(f)) {
      fs.rmSync(path.join(root, f), { force: true });
      done.push(`removed ${f}`);
    }
  }
  for (const f of snap.files) {
    const abs = path.join(root, f.path);
    const cur = fs.existsSync(abs) && fs.lstatSync(abs).isFile() ? sha256File(abs) : undefined;
    if (cur === f.sha256) continue;
    const copy = path.join(root, snap.store, f.path);
    if (!fs.existsSync(copy)) throw new InputError(`${snap.store}/${f.path}: the snapshot copy is missing; cannot restore ${f.path}`, { kind: 'not-found' });
    if (sha256File(copy) !== f.sha256) throw new InputError(`${snap.store}/${f.path}: the snapshot copy was modified; refusing to restore ${f.path} from it`);
    if (fs.existsSync(abs) && fs.lstatSync(abs).isDirectory()) fs.rmSync(abs, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    // temp + rename: a reader never sees a half-restored artifact
    const tmp = `${abs}.${process.pid}.restore.tmp`;
    fs.copyFileSync(copy, tmp);
    fs.renameSync(tmp, abs);
    done.push(`${cur === undefined ? 'restored' : 'reverted'} ${f.path}`);
  }
  // Directories the step created: removed when empty (deepest first).
  const keep = new Set(snap.dirs);
  for (const d of walkPatterns(root, snap.patterns).dirs.sort((a, b) => b.length - a.length)) {
    if (keep.has(d)) continue;
    const abs = path.join(root, d);
    try {
      if (fs.readdirSync(abs).length === 0) {
        fs.rmdirSync(abs);
        done.push(`removed ${d}/`);
      }
    } catch {
      /* not empty or gone */
    }
  }
  return done;
}

export { toRel };
