// `glx audit restore <zip> [--into D] [--apply]` (spec §3.12, playbook 10). The archive is
// untrusted input: it is read entry by entry with yauzl (names undecoded, so every check is
// ours and its message names the entry) and refused as a whole — before anything is written —
// when an entry has an absolute path, a `..` component, a backslash or NUL, is a symlink or
// another non-regular file, repeats a name, is not a `.glx/` artifact, is larger than the
// limit, or compresses suspiciously well (a compression bomb); yauzl checks the declared sizes
// against the bytes inflated. Every file's sha256 must match GLX_AUDIT_META.json and the
// meta must list exactly the archive's files. Only then is anything extracted, each file
// re-hashed as it is written (atomically) and confined to the target (no write through a
// symlink leading out of it). `--apply` first copies the current `.glx/` to
// `.glx.before_restore_<ts>/`; nothing is overwritten without that copy.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as yauzl from 'yauzl';
import { InputError } from '../errors';
import { AUDIT_META, AUDIT_META_SCHEMA, backupStamp, type AuditMeta } from './backup';

export interface RestoreLimits {
  /** Largest uncompressed entry (bytes). */
  maxEntryBytes: number;
  /** Largest total uncompressed size (bytes). */
  maxTotalBytes: number;
  /** Largest uncompressed/compressed ratio for entries above `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
  maxEntries: number;
}

export const DEFAULT_LIMITS: RestoreLimits = {
  maxEntryBytes: 512 * 1024 * 1024,
  maxTotalBytes: 2 * 1024 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
  maxEntries: 100_000,
};

/** An archive refused for safety or integrity: bad input (exit 2) naming the archive and the entry. */
export class UnsafeArchiveError extends InputError {}

interface Entry {
  name: string;
  entry: yauzl.Entry;
}

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, autoClose: false }, (err, z) => {
      if (err || !z) reject(new UnsafeArchiveError(`${file}: not a readable zip archive (${err?.message ?? 'unknown error'})`, { input: file }));
      else resolve(z);
    });
  });
}

/** Why an entry name is unacceptable, or undefined. */
export function badName(name: string): string | undefined {
  if (name === '') return 'empty name';
  if (/[\0\\]/.test(name)) return 'backslash or NUL in the name';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'absolute path';
  const parts = name.replace(/\/$/, '').split('/');
  if (parts.some((p) => p === '..')) return 'path climbs out with ..';
  if (parts.some((p) => p === '' || p === '.')) return 'empty or . path component';
  if (name !== AUDIT_META && !name.startsWith('.glx/')) return 'not a .glx/ artifact';
  return undefined;
}

async function listEntries(file: string, z: yauzl.ZipFile, limits: RestoreLimits): Promise<Entry[]> {
  const out: Entry[] = [];
  const seen = new Set<string>();
  let total = 0;
  const refuse = (name: string, why: string) => new UnsafeArchiveError(`${file}: entry ${JSON.stringify(name)}: ${why}; archive refused, nothing written`, { input: file });
  await new Promise<void>((resolve, reject) => {
    z.on('error', (e: Error) => reject(new UnsafeArchiveError(`${file}: ${e.message}; archive refused, nothing written`, { input: file })));
    z.on('end', () => resolve());
    z.on('entry', (entry: yauzl.Entry) => {
      const raw = entry.fileName as unknown as Buffer;
      const utf8 = (entry.generalPurposeBitFlag & 0x800) !== 0;
      const name = utf8 || raw.every((b) => b < 0x80) ? raw.toString('utf8') : raw.toString('latin1');
      const why = badName(name);
      if (why) return reject(refuse(name, why));
      const kind = (entry.externalFileAttributes >>> 16) & 0o170000;
      if (kind === 0o120000) return reject(refuse(name, 'a symbolic link'));
      if (kind !== 0 && kind !== 0o100000 && kind !== 0o040000) return reject(refuse(name, 'not a regular file'));
      const key = name.replace(/\/$/, '');
      if (seen.has(key) || seen.has(key.toLowerCase())) return reject(refuse(name, 'duplicate name'));
      seen.add(key);
      seen.add(key.toLowerCase());
      if (out.length >= limits.maxEntries) return reject(refuse(name, `more than ${limits.maxEntries} entries`));
      if (!name.endsWith('/')) {
        if (entry.uncompressedSize > limits.maxEntryBytes) return reject(refuse(name, `${entry.uncompressedSize} bytes uncompressed, over the ${limits.maxEntryBytes}-byte limit`));
        total += entry.uncompressedSize;
        if (total > limits.maxTotalBytes) return reject(refuse(name, `archive over the ${limits.maxTotalBytes}-byte total limit`));
        const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
        if (entry.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio) return reject(refuse(name, `compression ratio ${Math.round(ratio)}:1 (a compression bomb?)`));
        out.push({ name, entry });
      }
      z.readEntry();
    });
    z.readEntry();
  });
  return out;
}

function readEntry(file: string, z: yauzl.ZipFile, e: Entry, limits: RestoreLimits): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    z.openReadStream(e.entry, (err, stream) => {
      if (err || !stream) return reject(new UnsafeArchiveError(`${file}: entry ${JSON.stringify(e.name)}: ${err?.message ?? 'unreadable'}; archive refused`, { input: file }));
      const chunks: Buffer[] = [];
      let n = 0;
      stream.on('data', (c: Buffer) => {
        n += c.length;
        // yauzl also checks the declared size; this bounds memory whatever the header says.
        if (n > limits.maxEntryBytes) {
          stream.destroy();
          reject(new UnsafeArchiveError(`${file}: entry ${JSON.stringify(e.name)}: inflates past the ${limits.maxEntryBytes}-byte limit; archive refused`, { input: file }));
        } else chunks.push(c);
      });
      stream.on('error', (x: Error) => reject(new UnsafeArchiveError(`${file}: entry ${JSON.stringify(e.name)}: ${x.message}; archive refused`, { input: file })));
      stream.on('end', () => resolve(Buffer.concat(chunks, n)));
    });
  });
}

const sha = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');

export interface VerifiedArchive {
  meta: AuditMeta;
  files: { name: string; size: number; sha256: string }[];
}

/** Every check of the archive; throws UnsafeArchiveError (nothing written) or returns what it holds. */
export async function verifyArchive(file: string, limits: RestoreLimits = DEFAULT_LIMITS): Promise<VerifiedArchive> {
  if (!fs.existsSync(file)) throw new InputError(`${file}: no such file`, { kind: 'not-found', input: file });
  const z = await openZip(file);
  try {
    const entries = await listEntries(file, z, limits);
    const metaEntry = entries.find((e) => e.name === AUDIT_META);
    if (!metaEntry) throw new UnsafeArchiveError(`${file}: no ${AUDIT_META}: not a GlitchLab audit backup; archive refused`, { input: file });
    let meta: AuditMeta;
    try {
      meta = JSON.parse((await readEntry(file, z, metaEntry, limits)).toString('utf8')) as AuditMeta;
    } catch (e) {
      if (e instanceof UnsafeArchiveError) throw e;
      throw new UnsafeArchiveError(`${file}: ${AUDIT_META} is not valid JSON; archive refused`, { input: file });
    }
    if (meta?.schema !== AUDIT_META_SCHEMA || !Array.isArray(meta.files)) throw new UnsafeArchiveError(`${file}: ${AUDIT_META}: expected schema ${AUDIT_META_SCHEMA} with a files list; archive refused`, { input: file });
    const want = new Map(meta.files.map((f) => [f.path, f] as const));
    const files: VerifiedArchive['files'] = [];
    for (const e of entries) {
      if (e.name === AUDIT_META) continue;
      const m = want.get(e.name);
      if (!m) throw new UnsafeArchiveError(`${file}: entry ${JSON.stringify(e.name)}: not listed in ${AUDIT_META}; archive refused`, { input: file });
      const data = await readEntry(file, z, e, limits);
      const h = sha(data);
      if (h !== m.sha256 || data.length !== m.size) {
        throw new UnsafeArchiveError(`${file}: entry ${JSON.stringify(e.name)}: sha256 ${h.slice(0, 12)}… does not match ${AUDIT_META} (${String(m.sha256).slice(0, 12)}…): tampered or corrupt; archive refused, nothing written`, { input: file });
      }
      files.push({ name: e.name, size: data.length, sha256: h });
      want.delete(e.name);
    }
    if (want.size) throw new UnsafeArchiveError(`${file}: ${[...want.keys()][0]}: listed in ${AUDIT_META} but missing from the archive; archive refused`, { input: file });
    return { meta, files };
  } finally {
    z.close();
  }
}

/** `abs` stays inside `rootReal` even through existing symlinked directories. */
function confined(rootReal: string, abs: string, name: string): void {
  let dir = path.dirname(abs);
  while (!fs.existsSync(dir)) dir = path.dirname(dir);
  const real = fs.realpathSync(dir);
  const back = path.relative(rootReal, real);
  if (back.startsWith('..') || path.isAbsolute(back)) throw new UnsafeArchiveError(`${name}: would be written outside ${rootReal} (through a symbolic link); refused`, { input: name });
  if (fs.existsSync(abs) && fs.lstatSync(abs).isSymbolicLink()) throw new UnsafeArchiveError(`${name}: the target is a symbolic link; refused`, { input: name });
}

/**
 * Extracts a verified archive into `target` (entries `.glx/x` → `target/.glx/x`, the meta
 * beside them unless `skipMeta`), hashing each file again as it is written.
 */
export async function extractArchive(file: string, target: string, opts: { skipMeta: boolean; limits?: RestoreLimits; verified?: VerifiedArchive }): Promise<string[]> {
  const limits = opts.limits ?? DEFAULT_LIMITS;
  // Verified already by the caller, or now; every entry is hashed again as it is written below.
  const verified = opts.verified ?? (await verifyArchive(file, limits));
  const want = new Map(verified.files.map((f) => [f.name, f.sha256] as const));
  fs.mkdirSync(target, { recursive: true });
  const rootReal = fs.realpathSync(target);
  const z = await openZip(file);
  const written: string[] = [];
  try {
    const entries = await listEntries(file, z, limits);
    for (const e of entries) {
      if (opts.skipMeta && e.name === AUDIT_META) continue;
      const rel = e.name;
      const abs = path.resolve(rootReal, rel);
      const back = path.relative(rootReal, abs);
      if (back.startsWith('..') || path.isAbsolute(back)) throw new UnsafeArchiveError(`${e.name}: resolves outside ${target}; refused`, { input: file });
      confined(rootReal, abs, e.name);
      const data = await readEntry(file, z, e, limits);
      if (e.name !== AUDIT_META && sha(data) !== want.get(e.name)) throw new UnsafeArchiveError(`${file}: ${e.name} changed while restoring; stopped`, { input: file });
      fs.mkdirSync(path.dirname(abs), { recursive: true });
      const tmp = `${abs}.${process.pid}.restore.tmp`;
      fs.writeFileSync(tmp, data);
      fs.renameSync(tmp, abs);
      written.push(rel);
    }
  } finally {
    z.close();
  }
  return written;
}

/** Copies `.glx/` to `.glx.before_restore_<ts>/` (a new directory; never overwritten). */
export function copyBeforeRestore(root: string, now: Date): string {
  let dest = path.join(root, `.glx.before_restore_${backupStamp(now)}`);
  for (let i = 1; fs.existsSync(dest); i++) dest = path.join(root, `.glx.before_restore_${backupStamp(now)}-${i}`);
  const src = path.join(root, '.glx');
  if (fs.existsSync(src)) fs.cpSync(src, dest, { recursive: true, verbatimSymlinks: true, errorOnExist: true, force: false });
  else fs.mkdirSync(dest);
  // Untracked noise otherwise: the copy ignores itself like .glx/ does.
  if (!fs.existsSync(path.join(dest, '.gitignore'))) fs.writeFileSync(path.join(dest, '.gitignore'), '*\n');
  return dest;
}
