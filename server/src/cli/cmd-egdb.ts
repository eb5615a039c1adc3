// `glx egdb init|query|rebuild|export` — spec §3.10, §5 (seed: analysis.grammar.egdb_store
// --init --db F) and playbook 4 (rebuild EGDB, views, sanity check). The store is the SQLite
// file `.glx/egdb.db` unless `--db` or GLX_EGDB_URL names a `postgres://` URL.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { initEgdb, rebuildEgdb } from '../app/egdb-maintenance';
import { openEgdb, isPostgresUrl, EGDB_URL_ENV } from '../egdb/open';
import { formatTable, resultJson } from '../egdb/result-format';
import { SCHEMA_VERSION } from '../egdb/schema';
import type { Store } from '../egdb/store';
import { runGit } from '../git';
import { GlxError } from '../errors';
import { writeFileAtomic } from '../util/atomic-write';
import { helpText, parseArgs, UsageError, type FlagSpec } from './args';
import { glxFirstUse, InputError } from './context';

const common: FlagSpec = {
  db: { type: 'string', value: 'FILE|URL', desc: `SQLite file or postgres:// URL (default: $${EGDB_URL_ENV}, else .glx/egdb.db)` },
  repo: { type: 'string', value: 'DIR', desc: 'repository whose .glx/ is used (default: the one containing the cwd)' },
  help: { type: 'boolean', short: 'h', desc: 'show this help' },
};
const queryFlags: FlagSpec = {
  ...common,
  json: { type: 'boolean', desc: 'print {schema:"egdb.query.v1", columns, rows}' },
  table: { type: 'boolean', desc: 'print an aligned table (default)' },
};
const exportFlags: FlagSpec = {
  ...common,
  format: { type: 'string', value: 'jsonl', desc: 'export format (jsonl: one {schema,table,row} per line)' },
  out: { type: 'string', value: 'FILE', desc: 'write to FILE (atomically) instead of stdout' },
};

export const egdbHelp = [
  helpText('glx egdb init [--db FILE|URL]', 'Create or migrate the EGDB schema (forward only), apply the views and write\n.glx/grammar/views.sql (+ views.postgres.sql). Safe to run twice.', common),
  helpText("glx egdb query 'SQL' [--json|--table]", 'Run one SQL statement on the store (SQLite or PostgreSQL dialect).', queryFlags),
  helpText('glx egdb rebuild', 'Rebuild the store from .glx/ artifacts (ingest journal, delta_report.json,\ninvariants_<SHA>.json); the SQLite file is first copied to egdb.db.before-rebuild-<ts>.', common),
  helpText('glx egdb export --format jsonl [--out FILE]', 'Export every table, one JSON line per row.', exportFlags),
].join('\n');

/** The repository root (or the cwd when not in a git repository) and its .glx/ directory. */
export async function glxLocation(repoFlag: string | undefined): Promise<{ root: string; glxDir: string; inRepo: boolean }> {
  const dir = path.resolve(repoFlag ?? process.cwd());
  if (!fs.existsSync(dir)) throw new InputError(`${dir}: no such directory`);
  const r = await runGit(dir, ['rev-parse', '--show-toplevel'], { okExitCodes: [0, 128] }).catch(() => undefined);
  const root = r && r.exitCode === 0 ? r.stdout.trim() : dir;
  const inRepo = !!(r && r.exitCode === 0);
  if (inRepo) glxFirstUse(path.join(root, '.glx'));
  return { root, glxDir: path.join(root, '.glx'), inRepo };
}

export async function openStoreFor(flags: Record<string, unknown>): Promise<{ store: Store; glxDir: string; root: string; inRepo: boolean }> {
  const loc = await glxLocation(flags.repo as string | undefined);
  const db = flags.db as string | undefined;
  // Outside a repository the default store would be a new `.glx/` in whatever directory the
  // shell is in (issue 11 item 8): refuse, unless a store is named or one is already there.
  if (!loc.inRepo && db === undefined && !fs.existsSync(path.join(loc.glxDir, 'egdb.db'))) {
    throw new InputError(`${loc.root}: not inside a git repository, and no EGDB store here; run glx in a repository, or give --repo DIR or --db FILE|postgres://…`, { kind: 'not-found', input: loc.root });
  }
  if (db !== undefined && !isPostgresUrl(db) && /^[a-z][a-z0-9+.-]*:\/\//i.test(db)) throw new UsageError(`--db ${db}: not a file path or a postgres:// URL`);
  const store = openEgdb({
    glxDir: loc.glxDir,
    db: db === undefined ? undefined : isPostgresUrl(db) ? db : path.resolve(db),
    repoRoot: loc.inRepo ? loc.root : undefined,
    onCorrupt: (to, reason) => process.stderr.write(`glx: egdb: ${reason}; moved aside to ${to} and rebuilt from .glx/ artifacts\n`),
    warn: (line) => process.stderr.write(`glx: ${line}\n`),
  });
  return { store, ...loc };
}

/**
 * SQL errors are bad input: one line naming the statement's problem, exit 2. Errors that
 * already carry their kind (a writer lock held elsewhere: busy) pass through unchanged.
 */
export async function runQuery(store: Store, sql: string, params: readonly unknown[] = [], what = 'query') {
  try {
    return await store.query(sql, params);
  } catch (e) {
    if (e instanceof GlxError) throw e;
    const msg = (e as Error).message;
    if (/cannot connect/.test(msg)) throw new InputError(msg, { cause: e });
    throw new InputError(`${what}: ${msg.split('\n')[0]}`, { cause: e });
  }
}

export async function cmdEgdb(argv: readonly string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (!sub || sub === '--help' || sub === '-h') {
    process.stdout.write(egdbHelp);
    return sub ? 0 : 2;
  }
  switch (sub) {
    case 'init':
      return egdbInit(rest);
    case 'query':
      return egdbQuery(rest);
    case 'rebuild':
      return egdbRebuild(rest);
    case 'export':
      return egdbExport(rest);
    default:
      throw new UsageError(`egdb: unknown subcommand ${JSON.stringify(sub)} (init | query | rebuild | export)`);
  }
}

function withStore<T>(s: Store, fn: () => Promise<T>): Promise<T> {
  return fn().finally(() => s.close());
}

async function egdbInit(argv: readonly string[]): Promise<number> {
  const { flags, positionals } = parseArgs(argv, common, 'egdb init');
  if (flags.help) return process.stdout.write(egdbHelp), 0;
  if (positionals.length) throw new UsageError(`egdb init: unexpected argument ${JSON.stringify(positionals[0])}`);
  const { store, glxDir, inRepo } = await openStoreFor(flags);
  return withStore(store, async () => {
    // Outside a repository (--db given) nothing is written beside the store (issue 11 item 8).
    const r = await initEgdb(store, glxDir, { writeViews: inRepo || fs.existsSync(glxDir) });
    const viewsFile = r.viewsFile;
    const change = r.from === 0 ? `created at schema v${r.to}` : r.from < r.to ? `migrated v${r.from} → v${r.to}` : `schema v${r.to} (up to date)`;
    const where = viewsFile ? `; ${path.relative(process.cwd(), viewsFile) || viewsFile}` : '';
    process.stdout.write(`egdb ${store.dialect} ${store.location}: ${change}; views applied${where}\n`);
    return 0;
  });
}

async function egdbQuery(argv: readonly string[]): Promise<number> {
  const { flags, positionals } = parseArgs(argv, queryFlags, 'egdb query');
  if (flags.help) return process.stdout.write(egdbHelp), 0;
  if (positionals.length !== 1) throw new UsageError(`egdb query: expected one SQL argument, got ${positionals.length}`);
  const { store } = await openStoreFor(flags);
  return withStore(store, async () => {
    const r = await runQuery(store, positionals[0]);
    process.stdout.write(flags.json ? `${JSON.stringify(resultJson(r))}\n` : formatTable(r));
    return 0;
  });
}

async function egdbRebuild(argv: readonly string[]): Promise<number> {
  const { flags, positionals } = parseArgs(argv, common, 'egdb rebuild');
  if (flags.help) return process.stdout.write(egdbHelp), 0;
  if (positionals.length) throw new UsageError(`egdb rebuild: unexpected argument ${JSON.stringify(positionals[0])}`);
  const { store, glxDir, root, inRepo } = await openStoreFor(flags);
  return withStore(store, async () => {
    const { batches: n, stats, backup, carried, problems } = await rebuildEgdb(store, glxDir, inRepo ? { root } : undefined);
    const batches = { length: n };
    for (const p of problems) process.stderr.write(`glx: egdb rebuild: ${p}\n`);
    const tokens = stats.reduce((a, s) => a + s.tokens, 0);
    process.stdout.write(
      `egdb ${store.dialect} ${store.location}: rebuilt at schema v${SCHEMA_VERSION} from ${batches.length} artifact record${batches.length === 1 ? '' : 's'} (${tokens} tokens)` +
        (carried ? `, ${carried} threshold/drift/spec row${carried === 1 ? '' : 's'} carried over` : '') +
        (backup ? `; previous file kept as ${path.basename(backup)}` : '') + '\n',
    );
    return 0;
  });
}

export const EXPORT_TABLES = [
  'egdb_schema_version', 'commits', 'runs', 'steps', 'events', 'artifacts', 'delta_fingerprints', 'delta_tokens', 'delta_file_energy',
  'import_edges', 'invariants_results', 'spec_thresholds', 'spec_drift', 'mosaic_deltas', 'sast_findings', 'sast_fix_queue', 'files', 'ast_nodes', 'phi_links',
] as const;

/** Stable row order per table for exports that diff cleanly. */
const ORDER: Record<string, string> = { egdb_schema_version: 'version', events: 'id', delta_tokens: 'sha, seq', runs: 'id' };

async function egdbExport(argv: readonly string[]): Promise<number> {
  const { flags, positionals } = parseArgs(argv, exportFlags, 'egdb export');
  if (flags.help) return process.stdout.write(egdbHelp), 0;
  if (positionals.length) throw new UsageError(`egdb export: unexpected argument ${JSON.stringify(positionals[0])}`);
  const format = (flags.format as string | undefined) ?? 'jsonl';
  if (format !== 'jsonl') throw new UsageError(`egdb export: --format ${format}: unsupported (jsonl)`);
  const { store } = await openStoreFor(flags);
  return withStore(store, async () => {
    if ((await store.schemaVersion()) === 0) throw new InputError(`${store.location}: no EGDB schema (run glx egdb init)`, { kind: 'not-found' });
    const lines: string[] = [];
    for (const table of EXPORT_TABLES) {
      const r = await runQuery(store, `SELECT * FROM ${table} ORDER BY ${ORDER[table] ?? '1'}`);
      for (const row of r.rows) lines.push(JSON.stringify({ schema: 'egdb.export.v1', table, row: Object.fromEntries(r.columns.map((c, i) => [c, row[i]])) }));
    }
    const text = lines.length ? `${lines.join('\n')}\n` : '';
    if (flags.out) writeFileAtomic(path.resolve(String(flags.out)), text);
    else process.stdout.write(text);
    return 0;
  });
}
