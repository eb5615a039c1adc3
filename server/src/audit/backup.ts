// `glx audit backup` (spec §3.12): every file under `.glx/` into `backup/AUDIT_<YYYYMMDD-HHMMSS>.zip`
// with `GLX_AUDIT_META.json` (glx.audit.meta.v1: created time, head, branch, tool version and
// {path, size, sha256} per file). Deterministic: entries sorted by name, one fixed DOS time
// (1980-01-01 00:00, no extended-timestamp field), fixed modes, deflate at a fixed level — the
// same `.glx/` and the same metadata give the same bytes. Written with yazl (a maintained zip
// writer, not a hand-made format) to a temp file renamed into place. Lock and temp files of
// live writers are left out; a symlink under `.glx/` is skipped with a warning (never followed).
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as yazl from 'yazl';
import { InputError } from '../errors';

export const AUDIT_META = 'GLX_AUDIT_META.json';
export const AUDIT_META_SCHEMA = 'glx.audit.meta.v1';
export const BACKUP_DIR = 'backup';

export interface AuditFile {
  path: string;
  size: number;
  sha256: string;
}

export interface AuditMeta {
  schema: typeof AUDIT_META_SCHEMA;
  created_utc: string;
  head: string | null;
  branch: string | null;
  tool_version: string;
  files: AuditFile[];
}

/** Local-time components on purpose: the DOS time yazl writes is the same in every time zone. */
const FIXED_MTIME = () => new Date(1980, 0, 1, 0, 0, 0);
const ENTRY = () => ({ mtime: FIXED_MTIME(), mode: 0o100644, forceDosTimestamp: true, compress: true, compressionLevel: 6 });

/** Files that belong to a live writer, not to the state: locks and atomic-write temp files. */
const SKIP = (name: string) => /\.lock$/.test(name) || /^\..+\.\d+\.\d+\.tmp$/.test(name) || /\.restore\.tmp$/.test(name);

export const sha256 = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');

/** `YYYYMMDD-HHMMSS` in UTC. */
export const backupStamp = (d: Date) => d.toISOString().slice(0, 19).replace(/-/g, '').replace(/:/g, '').replace('T', '-');

/** Repository-relative paths of the files under `.glx/` that go into a backup, sorted. */
export function listGlxFiles(root: string, warn: (line: string) => void = () => undefined): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    const abs = path.join(root, rel);
    const st = fs.lstatSync(abs, { throwIfNoEntry: false });
    if (!st) return;
    if (st.isSymbolicLink()) {
      warn(`audit backup: ${rel}: a symbolic link, skipped (never followed)`);
      return;
    }
    if (st.isDirectory()) {
      for (const n of fs.readdirSync(abs).sort()) walk(`${rel}/${n}`);
      return;
    }
    if (st.isFile() && !SKIP(path.basename(rel))) out.push(rel);
  };
  walk('.glx');
  return out.sort();
}

export interface BackupResult {
  zip: string;
  meta: AuditMeta;
  bytes: number;
}

/** Builds the zip in memory-light fashion (one file at a time) and writes it atomically to `out`. */
export async function writeBackup(root: string, out: string, info: { now: Date; head: string | null; branch: string | null; toolVersion: string; warn?: (l: string) => void }): Promise<BackupResult> {
  if (!fs.existsSync(path.join(root, '.glx'))) throw new InputError(`${path.join(root, '.glx')}: no .glx/ directory to back up`, { kind: 'not-found' });
  const names = listGlxFiles(root, info.warn);
  const zip = new yazl.ZipFile();
  const files: AuditFile[] = [];
  const entries: { name: string; data: Buffer }[] = [];
  for (const rel of names) {
    const data = fs.readFileSync(path.join(root, rel));
    files.push({ path: rel, size: data.length, sha256: sha256(data) });
    entries.push({ name: rel, data });
  }
  const meta: AuditMeta = { schema: AUDIT_META_SCHEMA, created_utc: info.now.toISOString(), head: info.head, branch: info.branch, tool_version: info.toolVersion, files };
  entries.push({ name: AUDIT_META, data: Buffer.from(`${JSON.stringify(meta, null, 2)}\n`) });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) zip.addBuffer(e.data, e.name, ENTRY());
  zip.end();
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const tmp = path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await new Promise<void>((resolve, reject) => {
      const ws = fs.createWriteStream(tmp);
      zip.outputStream.on('error', reject);
      ws.on('error', reject);
      ws.on('close', () => resolve());
      zip.outputStream.pipe(ws);
    });
    fs.renameSync(tmp, out);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  return { zip: out, meta, bytes: fs.statSync(out).size };
}
