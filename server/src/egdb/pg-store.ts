// The team EGDB on PostgreSQL (spec §3.10): the same logical schema, migrations and views as
// the SQLite file, through `pg`. Writers serialize on a transaction-scoped advisory lock (so a
// language server and CI writing at once lose nothing and migrations never race). A `schema`
// query parameter in the URL (`postgres://…/db?schema=glx`) selects a PostgreSQL schema (created
// if missing); it is stripped before the URL reaches `pg`.
import { Client, types as pgTypes } from 'pg';
import { applyBatch, applyViews, migrate, type SqlExec } from './apply';
import type { IngestBatch, IngestStats } from './ingest';
import { SCHEMA_VERSION } from './schema';
import type { InitResult, QueryResult, Store } from './store';

/** Advisory lock key shared by every GlitchLab writer of one database. */
const WRITER_LOCK = 0x67_6c_78_01; // "glx" + 1

/** `?` placeholders → `$1…$n` (our own statements have no `?` inside string literals). */
export function toDollar(sql: string, offset = 0): string {
  let n = offset;
  return sql.replace(/\?/g, () => `$${++n}`);
}

// BIGINT (count(*), unix seconds) and NUMERIC (AVG/SUM) come back as numbers, as in SQLite.
const NUMERIC_OIDS = new Set([20, 1700]);
const typeParser = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    NUMERIC_OIDS.has(oid) ? (v: string) => Number(v) : (pgTypes.getTypeParser as (o: number, f?: string) => unknown)(oid, format)) as never,
};

function splitUrl(url: string): { connectionString: string; schema?: string } {
  const u = new URL(url);
  const schema = u.searchParams.get('schema') ?? undefined;
  u.searchParams.delete('schema');
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/i.test(schema)) throw new Error(`${redact(url)}: schema ${JSON.stringify(schema)} is not a plain identifier`);
  return { connectionString: u.toString(), schema };
}

export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

function pgExec(c: Client): SqlExec {
  return {
    dialect: 'postgres',
    async run(sql, params) {
      const r = await c.query(toDollar(sql), (params ?? []) as unknown[]);
      return r.rowCount ?? 0;
    },
    async runMany(sql, rows) {
      if (!rows.length) return 0;
      const m = /^([\s\S]*?VALUES\s*)(\([^)]*\))([\s\S]*)$/i.exec(sql);
      if (!m) throw new Error(`runMany: not a single-row INSERT: ${sql.slice(0, 60)}`);
      const [, head, row, tail] = m;
      const width = (row.match(/\?/g) ?? []).length;
      const chunk = Math.max(1, Math.floor(30000 / width));
      let n = 0;
      for (let i = 0; i < rows.length; i += chunk) {
        const part = rows.slice(i, i + chunk);
        let k = 0;
        const values = part.map(() => row.replace(/\?/g, () => `$${++k}`)).join(', ');
        const r = await c.query(`${head}${values}${tail}`, part.flat() as unknown[]);
        n += r.rowCount ?? 0;
      }
      return n;
    },
    async all(sql, params) {
      const r = await c.query({ text: toDollar(sql), values: (params ?? []) as unknown[], rowMode: 'array' });
      return r.rows as unknown[][];
    },
  };
}

export class PgStore implements Store {
  readonly dialect = 'postgres' as const;
  private client?: Client;
  private readonly connectionString: string;
  readonly schema?: string;

  constructor(readonly url: string) {
    const s = splitUrl(url);
    this.connectionString = s.connectionString;
    this.schema = s.schema;
  }

  get location(): string {
    return redact(this.url);
  }

  private async conn(): Promise<Client> {
    if (this.client) return this.client;
    const c = new Client({ connectionString: this.connectionString, types: typeParser, connectionTimeoutMillis: 10_000 });
    try {
      await c.connect();
    } catch (e) {
      throw new Error(`${this.location}: cannot connect (${(e as Error).message})`);
    }
    if (this.schema) {
      await c.query(`CREATE SCHEMA IF NOT EXISTS "${this.schema}"`).catch(() => undefined);
      await c.query(`SET search_path TO "${this.schema}"`);
    }
    this.client = c;
    return c;
  }

  private async write<T>(fn: (x: SqlExec) => Promise<T>): Promise<T> {
    const c = await this.conn();
    await c.query('BEGIN');
    try {
      await c.query('SELECT pg_advisory_xact_lock($1)', [WRITER_LOCK]);
      const x = pgExec(c);
      await migrate(x);
      const out = await fn(x);
      await c.query('COMMIT');
      return out;
    } catch (e) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw e;
    }
  }

  async init(): Promise<InitResult> {
    const from = await this.schemaVersion();
    await this.write((x) => applyViews(x));
    return { from, to: SCHEMA_VERSION };
  }

  async ingest(batches: readonly IngestBatch[]): Promise<IngestStats[]> {
    const versionBefore = await this.schemaVersion();
    return this.write(async (x) => {
      if (versionBefore < SCHEMA_VERSION) await applyViews(x);
      const out: IngestStats[] = [];
      for (const b of batches) out.push(await applyBatch(x, b));
      return out;
    });
  }

  /** SQL in the PostgreSQL dialect (`$1…` placeholders). */
  async query(sql: string, params: readonly unknown[] = []): Promise<QueryResult> {
    const c = await this.conn();
    const r = await c.query({ text: sql, values: params as unknown[], rowMode: 'array' });
    return { columns: (r.fields ?? []).map((f) => f.name), rows: (r.rows ?? []) as unknown[][] };
  }

  async schemaVersion(): Promise<number> {
    const c = await this.conn();
    const t = await c.query(`SELECT to_regclass('egdb_schema_version') AS t`);
    if (!t.rows[0]?.t) return 0;
    const r = await c.query('SELECT MAX(version) AS v FROM egdb_schema_version');
    return Number(r.rows[0]?.v ?? 0) || 0;
  }

  /** Drops the store's PostgreSQL schema (tests). */
  async dropSchema(): Promise<void> {
    if (!this.schema) throw new Error('dropSchema: no schema in the URL');
    const c = await this.conn();
    await c.query(`DROP SCHEMA IF EXISTS "${this.schema}" CASCADE`);
  }

  async close(): Promise<void> {
    const c = this.client;
    this.client = undefined;
    await c?.end().catch(() => undefined);
  }
}
