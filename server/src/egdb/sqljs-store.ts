// The default EGDB: `.glx/egdb.db`, an ordinary SQLite 3 file written through sql.js (spec
// §3.10). sql.js holds the database in memory, so every write is: take the writer lock
// (lock.ts) → re-read the file → migrate if needed → apply → export → temp + rename → release.
// Readers open the file as it is (the rename makes it always complete). A file that is not a
// readable SQLite database is moved aside to `egdb.db.corrupt-<ts>` and rebuilt through the
// `rebuild` callback (from `.glx/` artifacts), never silently lost.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { initSqlJs, type Database, type SqlJsStatic, type SqlValue } from './sqljs-types';
import { writeFileAtomic } from '../util/atomic-write';
import { applyBatch, applyViews, currentVersion, migrate, type SqlExec } from './apply';
import type { IngestBatch, IngestStats } from './ingest';
import { withFileLock, type LockOptions } from './lock';
import { SCHEMA_VERSION } from './schema';
import { EgdbCorruptError, type InitResult, type QueryResult, type Store } from './store';

/**
 * Facts a rebuild cannot derive from `.glx/` artifacts, carried from the old store: whole
 * tables, and events by topic prefix (spec §3.8/§3.10: thresholds, drift, freeze and spec events).
 */
const CARRIED_TABLES = ['spec_thresholds', 'spec_drift'] as const;
const CARRIED_EVENT_TOPICS = ['spec.', 'playbook.', 'audit.'] as const;

function tableExists(db: Database, table: string): boolean {
  return db.exec(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '${table}'`).length > 0;
}

/** Copies the carried rows of `from` into `to` (same schema after migration); returns the row count. */
function carryOver(from: Database, to: Database): number {
  let n = 0;
  const copy = (table: string, where: string, params: SqlValue[]): void => {
    if (!tableExists(from, table)) return;
    const st = from.prepare(`SELECT * FROM ${table}${where}`);
    try {
      st.bind(params);
      const cols = st.getColumnNames();
      const target = new Set((to.exec(`PRAGMA table_info(${table})`)[0]?.values ?? []).map((r) => String(r[1])));
      const keep = cols.map((c, i) => [c, i] as const).filter(([c]) => target.has(c));
      if (keep.length === 0) return;
      const ins = to.prepare(`INSERT OR IGNORE INTO ${table} (${keep.map(([c]) => c).join(', ')}) VALUES (${keep.map(() => '?').join(', ')})`);
      try {
        while (st.step()) {
          const row = st.get();
          ins.run(keep.map(([, i]) => row[i]));
          n++;
        }
      } finally {
        ins.free();
      }
    } finally {
      st.free();
    }
  };
  for (const t of CARRIED_TABLES) copy(t, '', []);
  for (const p of CARRIED_EVENT_TOPICS) copy('events', ' WHERE topic LIKE ?', [`${p}%`]);
  // Playbook runs (spec §7) are not derivable from .glx/ artifacts either: their runs/steps rows survive a rebuild.
  copy('runs', ' WHERE kind LIKE ?', ['playbook:%']);
  copy('steps', " WHERE run_id IN (SELECT id FROM runs WHERE kind LIKE 'playbook:%')", []);
  if (tableExists(from, 'event_topics') && tableExists(to, 'event_topics')) {
    to.run(`INSERT OR IGNORE INTO event_topics (topic) SELECT DISTINCT topic FROM events`);
  }
  return n;
}

/** sql-wasm.wasm beside the bundle (dist/wasm, copied by esbuild.mjs) or in node_modules/sql.js. */
export function locateSqlWasm(): string {
  const candidates = [path.join(__dirname, 'wasm', 'sql-wasm.wasm'), path.join(__dirname, 'sql-wasm.wasm')];
  let dir = __dirname;
  for (let i = 0; i < 8; i++) {
    candidates.push(path.join(dir, 'node_modules', 'sql.js', 'dist', 'sql-wasm.wasm'));
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  for (const c of candidates) if (fs.existsSync(c)) return c;
  throw new Error('sql-wasm.wasm: not found (looked beside the bundle and in node_modules/sql.js/dist)');
}

let sqlPromise: Promise<SqlJsStatic> | undefined;
export function loadSqlJs(): Promise<SqlJsStatic> {
  if (!sqlPromise) {
    const wasm = locateSqlWasm();
    sqlPromise = initSqlJs({ locateFile: () => wasm });
  }
  return sqlPromise;
}

/** An executor over an open sql.js database (statements prepared once per runMany). */
export function sqljsExec(db: Database): SqlExec {
  const bind = (params?: readonly unknown[]) => (params ?? []).map((v) => (v === undefined ? null : typeof v === 'boolean' ? (v ? 1 : 0) : v)) as SqlValue[];
  return {
    dialect: 'sqlite',
    async run(sql, params) {
      db.run(sql, bind(params));
      return db.getRowsModified();
    },
    async runMany(sql, rows) {
      if (!rows.length) return 0;
      const st = db.prepare(sql);
      let n = 0;
      try {
        for (const r of rows) {
          st.run(bind(r));
          n += db.getRowsModified();
        }
      } finally {
        st.free();
      }
      return n;
    },
    async all(sql, params) {
      const st = db.prepare(sql);
      const out: unknown[][] = [];
      try {
        st.bind(bind(params));
        while (st.step()) out.push(st.get());
      } finally {
        st.free();
      }
      return out;
    },
  };
}

export interface SqliteStoreOptions {
  lock?: LockOptions;
  /** Batches that rebuild the store from `.glx/` artifacts after a corrupt file was moved aside. */
  rebuild?: () => Promise<IngestBatch[]>;
  /** Called with the path a corrupt file was moved to. */
  onCorrupt?: (movedTo: string, reason: string) => void;
}

export class SqliteStore implements Store {
  readonly dialect = 'sqlite' as const;
  constructor(
    readonly file: string,
    private readonly opts: SqliteStoreOptions = {},
  ) {}

  get location(): string {
    return this.file;
  }

  get lockFile(): string {
    return `${this.file}.lock`;
  }

  /** Opens the file as it is now; throws EgdbCorruptError when it is not a readable database. */
  private async open(): Promise<Database> {
    const SQL = await loadSqlJs();
    let buf: Buffer | undefined;
    try {
      buf = fs.readFileSync(this.file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    if (!buf) return new SQL.Database();
    // A 0-byte egdb.db is not an empty store but a truncated one (issue 11 item 4): corrupt.
    if (buf.length === 0) throw new EgdbCorruptError(`${this.file}: not a readable SQLite database (0 bytes)`);
    let db: Database | undefined;
    try {
      db = new SQL.Database(buf);
      // sql.js opens lazily: touch the schema and check the pages to detect a corrupt file now.
      const r = db.exec('PRAGMA quick_check');
      const verdict = String(r[0]?.values[0]?.[0] ?? 'ok');
      if (verdict !== 'ok') throw new Error(verdict);
      return db;
    } catch (e) {
      db?.close();
      throw new EgdbCorruptError(`${this.file}: not a readable SQLite database (${(e as Error).message})`);
    }
  }

  /** Moves a corrupt file aside (egdb.db.corrupt-<ts>); caller holds the lock. */
  private moveAside(reason: string): string {
    const ts = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
    let dest = `${this.file}.corrupt-${ts}`;
    for (let i = 1; fs.existsSync(dest); i++) dest = `${this.file}.corrupt-${ts}-${i}`;
    fs.renameSync(this.file, dest);
    this.opts.onCorrupt?.(dest, reason);
    return dest;
  }

  /** Runs fn on the freshest database under the writer lock and saves the result atomically. */
  private async write<T>(fn: (db: Database, x: SqlExec) => Promise<T>): Promise<T> {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    return withFileLock(
      this.lockFile,
      async () => {
        let db: Database;
        let rebuild: IngestBatch[] = [];
        try {
          db = await this.open();
        } catch (e) {
          if (!(e instanceof EgdbCorruptError)) throw e;
          this.moveAside(e.message);
          db = await this.open();
          rebuild = (await this.opts.rebuild?.()) ?? [];
        }
        try {
          const x = sqljsExec(db);
          // The database is in memory and only saved (export + rename) after COMMIT, so a
          // rollback journal buys nothing: on failure the file on disk is simply not replaced.
          db.run('PRAGMA journal_mode = OFF');
          db.run('BEGIN');
          try {
            const before = await currentVersion(x);
            await migrate(x);
            if (before === 0 || before < SCHEMA_VERSION) await applyViews(x);
            for (const b of rebuild) await applyBatch(x, b);
            const result = await fn(db, x);
            db.run('COMMIT');
            writeFileAtomic(this.file, db.export());
            return result;
          } catch (e) {
            try {
              db.run('ROLLBACK');
            } catch {
              /* already rolled back */
            }
            throw e;
          }
        } finally {
          db.close();
        }
      },
      this.opts.lock,
    );
  }

  /**
   * `glx egdb rebuild` (issue 11 item 5): under the writer lock, copy the current file to a
   * unique backup (never deleted), build the new store in memory from `batches` plus every
   * fact that is not derivable from `.glx/` artifacts (CARRIED: thresholds, drift, spec and
   * freeze events) read from the old store, then swap it in with one atomic rename. The old
   * file stays in place until that rename: a crash at any point leaves the old store or the
   * new one, never neither, and a concurrent reader always sees a complete store.
   */
  async rebuildBeside(batches: readonly IngestBatch[]): Promise<{ backup?: string; carried: number; stats: IngestStats[]; oldCorrupt?: string }> {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    return withFileLock(
      this.lockFile,
      async () => {
        this.dropCache();
        const SQL = await loadSqlJs();
        let backup: string | undefined;
        let old: Database | undefined;
        let oldCorrupt: string | undefined;
        if (fs.existsSync(this.file)) {
          const ts = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
          backup = `${this.file}.before-rebuild-${ts}`;
          for (let i = 1; fs.existsSync(backup); i++) backup = `${this.file}.before-rebuild-${ts}-${i}`;
          fs.copyFileSync(this.file, backup, fs.constants.COPYFILE_EXCL);
          try {
            old = await this.open();
          } catch (e) {
            if (!(e instanceof EgdbCorruptError)) throw e;
            oldCorrupt = e.message; // nothing to carry over; the backup keeps the bytes
          }
        }
        const db = new SQL.Database();
        try {
          const x = sqljsExec(db);
          db.run('PRAGMA journal_mode = OFF');
          db.run('BEGIN');
          await migrate(x);
          await applyViews(x);
          const stats: IngestStats[] = [];
          for (const b of batches) stats.push(await applyBatch(x, b));
          const carried = old ? carryOver(old, db) : 0;
          db.run('COMMIT');
          writeFileAtomic(this.file, db.export());
          return { backup, carried, stats, oldCorrupt };
        } finally {
          db.close();
          old?.close();
        }
      },
      this.opts.lock,
    );
  }

  async init(): Promise<InitResult> {
    const from = await this.schemaVersion();
    await this.write(async (_db, x) => applyViews(x));
    return { from, to: SCHEMA_VERSION };
  }

  async ingest(batches: readonly IngestBatch[]): Promise<IngestStats[]> {
    return this.write(async (_db, x) => {
      const out: IngestStats[] = [];
      for (const b of batches) out.push(await applyBatch(x, b));
      return out;
    });
  }

  async query(sql: string, params: readonly unknown[] = []): Promise<QueryResult> {
    const db = await this.readDb();
    const st = db.prepare(sql);
    try {
      st.bind((params as SqlValue[]).map((v) => (v === undefined ? null : v)));
      const rows: unknown[][] = [];
      while (st.step()) rows.push(st.get());
      return { columns: st.getColumnNames(), rows };
    } finally {
      st.free();
    }
  }

  /**
   * The database for reading, kept open while the file is unchanged (same inode, size, mtime:
   * every write renames a new file in), so repeated queries — the editor's "▶ Run" — do not
   * re-read the file. A corrupt file is recovered first (under the writer lock).
   */
  private async readDb(): Promise<Database> {
    const st = fs.statSync(this.file, { throwIfNoEntry: false });
    const key = st ? `${st.ino}:${st.size}:${st.mtimeMs}` : '';
    if (this.cached && this.cached.key === key) return this.cached.db;
    this.dropCache();
    let db: Database;
    try {
      db = await this.open();
    } catch (e) {
      if (!(e instanceof EgdbCorruptError)) throw e;
      await this.write(async () => undefined);
      db = await this.open();
    }
    const after = fs.statSync(this.file, { throwIfNoEntry: false });
    if (after) this.cached = { key: `${after.ino}:${after.size}:${after.mtimeMs}`, db };
    else this.cached = { key: '', db };
    return db;
  }

  private cached?: { key: string; db: Database };

  private dropCache(): void {
    this.cached?.db.close();
    this.cached = undefined;
  }

  async schemaVersion(): Promise<number> {
    if (!fs.existsSync(this.file)) return 0;
    const db = await this.readDb();
    const r = db.exec("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'egdb_schema_version'");
    if (!r.length) return 0;
    return Number(db.exec('SELECT MAX(version) FROM egdb_schema_version')[0]?.values[0]?.[0] ?? 0) || 0;
  }

  /** Frees the read cache (writes hold nothing between operations). */
  async close(): Promise<void> {
    this.dropCache();
  }
}
