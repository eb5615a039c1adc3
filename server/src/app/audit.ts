// Use cases of the audit backup and restore (spec §3.12, playbook 10): `glx audit backup` and
// `glx audit restore`, and the playbook steps, call these. Each records its event in EGDB
// (`audit.backup.created@v1`, `audit.restore.finished@v1`; a failure there is one warning).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BACKUP_DIR, backupStamp, writeBackup, type BackupResult } from '../audit/backup';
import { copyBeforeRestore, extractArchive, verifyArchive, type RestoreLimits, type VerifiedArchive } from '../audit/restore';
import { idempotencyKey, makeEvent, type Topic } from '../egdb/events';
import { openEgdb } from '../egdb/open';
import { egdbDisabled } from '../egdb/record-analysis';
import { InputError } from '../errors';
import { toolVersion } from '../util/tool-version';
import type { Workspace } from './workspace';

const rel = (root: string, abs: string) => path.relative(root, abs).split(path.sep).join('/') || '.';

async function recordAuditEvent(ws: Workspace, topic: Topic, payload: Record<string, unknown>, artifacts: string[], warn: (l: string) => void): Promise<void> {
  if (egdbDisabled()) return;
  const store = openEgdb({ glxDir: ws.glxDir, repoRoot: ws.repo.root });
  try {
    const sha = (await ws.repo.headSha()) ?? null;
    const branch = (await ws.repo.currentBranch()) ?? null;
    const ev = makeEvent(topic, payload, { key: idempotencyKey(topic, JSON.stringify(payload)), source: 'cli:audit', sha, branch, artifacts });
    await store.ingest([{ sha: 'AUDIT', runs: [], events: [ev] }]);
  } catch (e) {
    warn(`egdb: ${store.location}: ${topic} not recorded (${(e as Error).message.split('\n')[0]})`);
  } finally {
    await store.close();
  }
}

/** `backup/` holds generated archives: ignored by git like `.glx/` (written once, never touched after). */
function ensureBackupDir(root: string): string {
  const dir = path.join(root, BACKUP_DIR);
  fs.mkdirSync(dir, { recursive: true });
  const gi = path.join(dir, '.gitignore');
  if (!fs.existsSync(gi)) fs.writeFileSync(gi, '# Written by GlitchLab: audit archives (glx audit backup) are not tracked.\n*\n', { flag: 'wx' });
  return dir;
}

export async function auditBackup(ws: Workspace, opts: { now?: Date; out?: string; warn?: (l: string) => void } = {}): Promise<BackupResult & { rel: string }> {
  const root = ws.repo.root;
  const now = opts.now ?? new Date();
  const out = opts.out ?? path.join(ensureBackupDir(root), `AUDIT_${backupStamp(now)}.zip`);
  if (!opts.out && fs.existsSync(out)) throw new InputError(`${rel(root, out)}: already exists (one backup per second); try again`, { kind: 'busy' });
  const r = await writeBackup(root, out, { now, head: (await ws.repo.headSha()) ?? null, branch: (await ws.repo.currentBranch()) ?? null, toolVersion: toolVersion(), warn: opts.warn });
  await recordAuditEvent(ws, 'audit.backup.created@v1', { zip: rel(root, out), files: r.meta.files.length, bytes: r.bytes, created_utc: r.meta.created_utc }, [rel(root, out)], opts.warn ?? (() => undefined));
  return { ...r, rel: rel(root, out) };
}

/** The newest `backup/AUDIT_*.zip`, or undefined. */
export function latestBackup(root: string): string | undefined {
  const dir = path.join(root, BACKUP_DIR);
  let names: string[] = [];
  try {
    names = fs.readdirSync(dir).filter((n) => /^AUDIT_\d{8}-\d{6}\.zip$/.test(n)).sort();
  } catch {
    return undefined;
  }
  return names.length ? path.join(dir, names[names.length - 1]) : undefined;
}

export interface RestoreResult {
  archive: VerifiedArchive;
  /** Where the files went (repository-relative). */
  target: string;
  written: string[];
  /** With apply: the copy of `.glx/` taken first. */
  before?: string;
}

export async function auditRestore(ws: Workspace, zip: string, opts: { into?: string; apply?: boolean; now?: Date; limits?: RestoreLimits; warn?: (l: string) => void } = {}): Promise<RestoreResult> {
  const root = ws.repo.root;
  const now = opts.now ?? new Date();
  if (opts.apply && opts.into !== undefined) throw new InputError('audit restore: --into and --apply: choose one (--apply restores into .glx/)');
  // Every check first: nothing is written for a refused archive.
  const archive = await verifyArchive(zip, opts.limits);
  let target: string;
  let before: string | undefined;
  if (opts.apply) {
    before = copyBeforeRestore(root, now);
    target = root;
  } else {
    target = path.resolve(root, opts.into ?? '.glx_restore');
    const back = path.relative(root, target);
    if (back.startsWith('..') || path.isAbsolute(back) || back === '') throw new InputError(`--into ${opts.into}: must be a directory inside the repository`, { input: opts.into });
    if (fs.existsSync(target) && fs.readdirSync(target).length) throw new InputError(`--into ${rel(root, target)}: not empty; restore into a new directory (nothing is overwritten)`, { input: opts.into });
  }
  const written = await extractArchive(zip, target, { skipMeta: !!opts.apply, limits: opts.limits, verified: archive });
  await recordAuditEvent(ws, 'audit.restore.finished@v1', { zip: path.basename(zip), target: rel(root, target), files: written.length, applied: !!opts.apply, before: before ? rel(root, before) : null, at: now.toISOString() }, [], opts.warn ?? (() => undefined));
  return { archive, target: rel(root, target), written, ...(before ? { before: rel(root, before) } : {}) };
}
