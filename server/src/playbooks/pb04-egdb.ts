// Playbook 4 — rebuild EGDB, views, EGQL sanity (spec §3.10, §7; seed playbook 4): rebuild the
// SQLite store from `.glx/` artifacts (the old file kept as egdb.db.before-rebuild-<ts>), apply
// the views and write `.glx/grammar/views.sql`, then the sanity queries — the seed's and the
// playbooks' Appendix A SQL, verbatim. Rollback: the pre-migration copy (the run's snapshot of
// egdb.db; the before-rebuild file the rebuild made is removed again). PostgreSQL stores are
// not rebuilt by the playbook (no file to copy back): `glx egdb rebuild` + the server's backups.
import { CommandIds } from '../protocol/commands';
import { initEgdb, rebuildEgdb } from '../app/egdb-maintenance';
import { EGDB_URL_ENV, isPostgresUrl, openEgdb } from '../egdb/open';
import { rebuildBatches } from '../egdb/journal';
import { SCHEMA_VERSION } from '../egdb/schema';
import { VIEW_NAMES } from '../egdb/views';
import { InputError } from '../errors';
import type { Playbook, StepContext } from './types';

/** The seed's sanity query and the playbooks' Appendix A, verbatim (spec §3.10: they must run as written). */
export const SANITY_QUERIES: readonly { label: string; sql: string }[] = [
  { label: 'invariants events', sql: "SELECT count(*) FROM events WHERE topic LIKE 'invariants.%';" },
  { label: 'hottest files (Appendix A)', sql: "SELECT file, SUM(delta_z) AS dz\nFROM vw_commit_deltas\nWHERE commit_ts > strftime('%s','now','-7 days')\nGROUP BY file ORDER BY dz DESC LIMIT 20;" },
  { label: 'I3 violations ↔ MODIFY_SIG (Appendix A)', sql: "SELECT COUNT(*) FROM vw_invariants_violations v\nJOIN vw_delta_tokens t ON v.commit_sha=t.commit_sha\nWHERE v.kind='I3' AND t.kind='MODIFY_SIG';" },
];

function sqliteOnly(ctx: StepContext): void {
  if (isPostgresUrl(process.env[EGDB_URL_ENV])) throw new InputError(`${EGDB_URL_ENV} points to PostgreSQL: playbook 4 rebuilds the SQLite store only (its rollback is a file copy); use glx egdb init / rebuild with your server's backups`);
  void ctx;
}

const store = (ctx: StepContext) => openEgdb({ glxDir: ctx.ws.glxDir, repoRoot: ctx.ws.repo.root, onCorrupt: (to, reason) => ctx.warn(`egdb: ${reason}; moved aside to ${to}`) });

export const egdbPlaybook: Playbook = {
  id: 'egdb',
  number: 4,
  command: CommandIds.playbookEgdb,
  title: 'Rebuild EGDB, views and EGQL sanity',
  when: 'a schema migration, a damaged database, or views to verify',
  inputs: [],
  requires: [],
  writes: 'glx',
  rollback: 'the pre-migration copy of .glx/egdb.db (byte for byte)',
  steps: [
    {
      id: 'rebuild',
      title: 'Rebuild .glx/egdb.db from the .glx/ artifacts',
      writes: '.glx/egdb.db (previous file kept as egdb.db.before-rebuild-<ts>)',
      rollback: 'the previous egdb.db; the before-rebuild copy removed',
      touches: () => ['.glx/egdb.db', '.glx/egdb.db.before-rebuild-*'],
      async plan(ctx) {
        sqliteOnly(ctx);
        const problems: string[] = [];
        const batches = await rebuildBatches(ctx.ws.glxDir, { problems });
        return { lines: [`rebuild at schema v${SCHEMA_VERSION} from ${batches.length} artifact record(s) (ingest journal, delta_report.json, invariants_<SHA>.json); thresholds, drift, spec and playbook history carried over`, ...problems.map((p) => `will skip: ${p}`)] };
      },
      async apply(ctx) {
        const s = store(ctx);
        try {
          const r = await rebuildEgdb(s, ctx.ws.glxDir, { root: ctx.ws.repo.root });
          for (const p of r.problems) ctx.warn(`egdb rebuild: ${p}`);
          const tokens = r.stats.reduce((a, x) => a + x.tokens, 0);
          return { summary: `${r.batches} record(s), ${tokens} tokens, ${r.carried} row(s) carried over`, artifacts: ['.glx/egdb.db'], data: { tokens, backup: r.backup ?? null } };
        } finally {
          await s.close();
        }
      },
    },
    {
      id: 'views',
      title: 'Apply the views and write .glx/grammar/views.sql',
      writes: '.glx/grammar/views.sql, views.postgres.sql, .glx/egdb.db',
      rollback: 'the previous files',
      touches: () => ['.glx/grammar', '.glx/egdb.db'],
      async plan() {
        return { lines: [`apply ${VIEW_NAMES.length} views (${VIEW_NAMES.join(', ')}); write .glx/grammar/views.sql (sqlite3 .glx/egdb.db < .glx/grammar/views.sql is safe to repeat)`] };
      },
      async apply(ctx) {
        const s = store(ctx);
        try {
          const r = await initEgdb(s, ctx.ws.glxDir);
          return { summary: `schema v${r.to}; views applied`, artifacts: ['.glx/grammar/views.sql', '.glx/grammar/views.postgres.sql'] };
        } finally {
          await s.close();
        }
      },
    },
    {
      id: 'sanity',
      title: 'Sanity queries (seed + Appendix A, verbatim)',
      writes: 'nothing',
      rollback: 'nothing to undo',
      async plan() {
        return { lines: [`schema version = ${SCHEMA_VERSION}`, ...VIEW_NAMES.map((v) => `SELECT COUNT(*) FROM ${v}`), ...SANITY_QUERIES.map((q) => q.label)] };
      },
      async apply(ctx) {
        const s = store(ctx);
        try {
          const rows: string[] = [];
          const version = await s.schemaVersion();
          rows.push(`schema version ${version}`);
          for (const v of VIEW_NAMES) rows.push(`${v}: ${String((await s.query(`SELECT COUNT(*) FROM ${v}`)).rows[0][0])} row(s)`);
          for (const q of SANITY_QUERIES) {
            const r = await s.query(q.sql);
            rows.push(`${q.label}: ${r.rows.length === 1 && r.rows[0].length === 1 ? String(r.rows[0][0]) : `${r.rows.length} row(s)`}`);
          }
          const tokens = Number((await s.query('SELECT COUNT(*) FROM delta_tokens')).rows[0][0]);
          ctx.memo.sanity = { version, tokens };
          return { summary: rows.slice(0, 2).join('; '), report: `### EGDB sanity\n\n${rows.map((l) => `- ${l}`).join('\n')}\n\n\`\`\`sql\n${SANITY_QUERIES.map((q) => q.sql).join('\n\n')}\n\`\`\``, data: { version, tokens } };
        } finally {
          await s.close();
        }
      },
      async verify(ctx, applied) {
        const d = applied.data as { version: number; tokens: number };
        if (d.version !== SCHEMA_VERSION) throw new InputError(`.glx/egdb.db: schema v${d.version} after the rebuild, expected v${SCHEMA_VERSION}`);
        const built = (ctx.previous.rebuild?.data as { tokens?: number } | undefined)?.tokens;
        // Re-ingesting a commit replaces its rows, so the table holds at most what was ingested.
        if (built !== undefined && (d.tokens > built || (built > 0 && d.tokens === 0))) throw new InputError(`.glx/egdb.db: ${d.tokens} token rows, but the rebuild ingested ${built}`);
      },
    },
  ],
};
