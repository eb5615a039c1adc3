// Playbook 10 — disaster recovery from `backup/AUDIT_*.zip` (spec §3.12, §7; seed playbook 10):
// list the snapshots, verify the archive (every check of `glx audit restore`: paths, links,
// sizes, bombs, every sha256 against GLX_AUDIT_META.json) without writing, then restore it into
// `.glx/` — the current `.glx/` copied to `.glx.before_restore_<ts>/` first. Rollback of the
// run: the files of `.glx/` as they were (the run's snapshot; the same bytes as the
// pre-restore copy, which the rollback removes again).
import { CommandIds } from '../protocol/commands';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { auditRestore, latestBackup } from '../app/audit';
import { verifyArchive, type VerifiedArchive } from '../audit/restore';
import { BACKUP_DIR } from '../audit/backup';
import { InputError } from '../errors';
import { str } from './inputs';
import type { Playbook, StepContext } from './types';

function zipOf(ctx: StepContext): string {
  const given = str(ctx.inputs, 'zip');
  const root = ctx.ws.repo.root;
  const z = given ? path.resolve(root, given) : latestBackup(root);
  if (!z) throw new InputError(`no ${BACKUP_DIR}/AUDIT_*.zip to restore from (glx audit backup writes one); give --zip`, { kind: 'not-found' });
  return z;
}

async function verified(ctx: StepContext): Promise<VerifiedArchive> {
  const hit = ctx.memo.archive as VerifiedArchive | undefined;
  if (hit) return hit;
  const v = await verifyArchive(zipOf(ctx));
  ctx.memo.archive = v;
  return v;
}

export const recoveryPlaybook: Playbook = {
  id: 'recovery',
  number: 10,
  command: CommandIds.playbookRecovery,
  title: 'Disaster recovery from an audit backup',
  when: '.glx/ artifacts are damaged, or a past state must be reproduced',
  inputs: [{ name: 'zip', type: 'string', desc: `the archive (default: the newest ${BACKUP_DIR}/AUDIT_*.zip)` }],
  requires: [],
  writes: 'glx',
  rollback: 'the .glx/ files as before the restore (the pre-restore copy)',
  steps: [
    {
      id: 'verify',
      title: 'Verify the archive (paths, links, sizes, every sha256)',
      writes: 'nothing',
      rollback: 'nothing to undo',
      async plan(ctx) {
        const root = ctx.ws.repo.root;
        const dir = path.join(root, BACKUP_DIR);
        const all = fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => /^AUDIT_.*\.zip$/.test(n)).sort().slice(-5) : [];
        const v = await verified(ctx);
        return { lines: [`snapshots: ${all.join(', ') || 'none'}`, `${path.relative(root, zipOf(ctx))}: ${v.files.length} files, created ${v.meta.created_utc} at ${v.meta.head?.slice(0, 10) ?? '—'} (${v.meta.branch ?? 'detached'}), all sha256 verified`] };
      },
      async apply(ctx) {
        const v = await verified(ctx);
        return { summary: `${v.files.length} files verified` };
      },
    },
    {
      id: 'restore',
      title: 'Restore into .glx/ (current .glx/ copied to .glx.before_restore_<ts>/ first)',
      writes: '.glx/* (the archive\'s files), .glx.before_restore_<ts>/',
      rollback: 'the previous .glx/ files; the pre-restore copy removed',
      touches: (ctx) => [...((ctx.memo.archive as VerifiedArchive | undefined)?.files.map((f) => f.name) ?? ['.glx']), '.glx.before_restore_*'],
      async plan(ctx) {
        const v = await verified(ctx);
        const changed = v.files.filter((f) => {
          const abs = path.join(ctx.ws.repo.root, f.name);
          return !fs.existsSync(abs) || fs.statSync(abs).size !== f.size;
        });
        return { lines: [`copy .glx/ → .glx.before_restore_<ts>/`, `write ${v.files.length} files into .glx/ (${changed.length} missing or of another size now); files not in the archive stay`] };
      },
      async apply(ctx) {
        const r = await auditRestore(ctx.ws, zipOf(ctx), { apply: true, now: ctx.now(), warn: ctx.warn });
        return { summary: `${r.written.length} files restored; previous .glx/ kept as ${r.before}`, artifacts: [r.before!], data: { before: r.before } };
      },
      async verify(ctx) {
        const v = await verified(ctx);
        const { createHash } = await import('node:crypto');
        for (const f of v.files) {
          const abs = path.join(ctx.ws.repo.root, f.name);
          if (!fs.existsSync(abs) || createHash('sha256').update(fs.readFileSync(abs)).digest('hex') !== f.sha256) throw new InputError(`${f.name}: not the archived bytes after the restore`);
        }
      },
    },
  ],
};
