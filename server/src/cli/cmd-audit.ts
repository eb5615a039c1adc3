// `glx audit backup` / `glx audit restore <zip> [--into D] [--apply]` — spec §3.12, §5 (playbook
// 10). argv → app/audit.ts → print. A refused archive is bad input (exit 2) naming the entry
// and the reason; a missing archive is not-found (66).
import * as path from 'node:path';
import { auditBackup, auditRestore } from '../app/audit';
import { helpText, parseArgs, UsageError, type FlagSpec, REPO_FLAGS } from './args';
import { openContext } from './context';

const backupFlags: FlagSpec = { json: { type: 'boolean', desc: 'print the archive path and its meta as JSON' }, ...REPO_FLAGS };
const restoreFlags: FlagSpec = {
  into: { type: 'string', value: 'DIR', desc: 'extract into DIR inside the repository (default .glx_restore; must be new or empty)' },
  apply: { type: 'boolean', desc: 'restore into .glx/ (first copies the current .glx/ to .glx.before_restore_<ts>/)' },
  json: { type: 'boolean', desc: 'print the result as JSON' },
  ...REPO_FLAGS,
};

export const auditHelp =
  helpText('glx audit backup', 'Every file under .glx/ into backup/AUDIT_<YYYYMMDD-HHMMSS>.zip with GLX_AUDIT_META.json\n(sha256 per file); deterministic: sorted entries, fixed times.', backupFlags) +
  '\n' +
  helpText('glx audit restore <zip> [--into DIR | --apply]', 'Verify (paths, links, duplicates, sizes, compression ratio, every sha256) and extract.\nA refused archive writes nothing.', restoreFlags);

export async function cmdAudit(argv: readonly string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (!sub || sub === '--help' || sub === '-h') {
    process.stdout.write(auditHelp);
    return sub ? 0 : 2;
  }
  if (sub !== 'backup' && sub !== 'restore') throw new UsageError(`audit: unknown subcommand ${JSON.stringify(sub)} (backup | restore)`);
  const { flags, positionals } = parseArgs(rest, sub === 'backup' ? backupFlags : restoreFlags, `audit ${sub}`);
  if (flags.help) {
    process.stdout.write(auditHelp);
    return 0;
  }
  const warn = (l: string) => process.stderr.write(`glx: ${l}\n`);
  if (sub === 'backup') {
    if (positionals.length) throw new UsageError(`audit backup: unexpected argument ${JSON.stringify(positionals[0])}`);
    const ws = await openContext(flags.repo as string | undefined);
    try {
      const r = await auditBackup(ws, { warn });
      if (flags.json) process.stdout.write(`${JSON.stringify({ zip: r.rel, bytes: r.bytes, meta: r.meta }, null, 2)}\n`);
      else process.stdout.write(`backup: ${r.rel} (${r.meta.files.length} files, ${r.bytes} bytes)\n`);
      return 0;
    } finally {
      await ws.repo.close();
    }
  }
  if (positionals.length !== 1) throw new UsageError('audit restore: expected one archive: glx audit restore <zip>');
  const ws = await openContext(flags.repo as string | undefined);
  try {
    const r = await auditRestore(ws, path.resolve(positionals[0]), { into: flags.into as string | undefined, apply: flags.apply === true, warn });
    if (flags.json) process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
    else process.stdout.write(`verified ${r.archive.files.length} files (sha256 ok) from ${positionals[0]}; ${r.written.length} written into ${r.target}${r.before ? `; previous .glx/ kept as ${r.before}` : ''}\n`);
    return 0;
  } finally {
    await ws.repo.close();
  }
}
