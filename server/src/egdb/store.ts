// One Store interface over both EGDB backends (spec §3.10): the SQLite file written through
// sql.js (default) and PostgreSQL (team store). Batches are applied by the same SQL in both
// dialects (apply.ts); only placeholders, types and locking differ.
import { GlxError, type GlxErrorOptions } from '../errors';
import type { IngestBatch, IngestStats } from './ingest';
import type { Dialect } from './schema';

export interface QueryResult {
  columns: string[];
  rows: unknown[][];
}

export interface InitResult {
  /** Schema version before init (0 = new database). */
  from: number;
  to: number;
}

export interface Store {
  readonly dialect: Dialect;
  /** The file path or the URL without its password, for messages. */
  readonly location: string;
  /** Creates or migrates the schema (forward only) and (re)applies the views. */
  init(): Promise<InitResult>;
  /** Applies batches in one transaction each; re-ingesting a commit replaces its rows. */
  ingest(batches: readonly IngestBatch[]): Promise<IngestStats[]>;
  /** Runs one SQL statement with positional parameters (`?` in both dialects). */
  query(sql: string, params?: readonly unknown[]): Promise<QueryResult>;
  schemaVersion(): Promise<number>;
  close(): Promise<void>;
}

/** The database file/server exists but is not a usable EGDB (corrupt, not a database): bad input. */
export class EgdbCorruptError extends GlxError {
  constructor(message: string, opts: GlxErrorOptions = {}) {
    super(message, opts, 'bad-input');
  }
}
