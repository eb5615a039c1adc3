// EGDB schema (spec §3.10): the logical tables, one DDL text per dialect, a version table
// `egdb_schema_version` and forward-only migrations. A database at version k is brought to
// SCHEMA_VERSION by applying migrations k+1…N in order, each in the same transaction as its
// version row. Never edit a released migration: add a new one.
export type Dialect = 'sqlite' | 'postgres';

/** Column types that differ between the dialects; the DDL below uses these placeholders. */
function typed(sql: string, d: Dialect): string {
  return sql
    .replace(/\{REAL\}/g, d === 'postgres' ? 'DOUBLE PRECISION' : 'REAL')
    .replace(/\{INT\}/g, d === 'postgres' ? 'BIGINT' : 'INTEGER');
}

export interface Migration {
  version: number;
  description: string;
  statements: (d: Dialect) => string[];
}

const V1 = [
  `CREATE TABLE IF NOT EXISTS events (
    id TEXT PRIMARY KEY, topic TEXT NOT NULL, ts_utc TEXT NOT NULL, ts {INT} NOT NULL, source TEXT,
    correlation_id TEXT, causation_id TEXT, repo_sha TEXT, repo_branch TEXT, payload_json TEXT,
    artifacts_json TEXT, idempotency_key TEXT NOT NULL UNIQUE)`,
  `CREATE TABLE IF NOT EXISTS artifacts (
    sha TEXT NOT NULL, path TEXT NOT NULL, schema TEXT, sha256 TEXT, size {INT}, created_utc TEXT,
    PRIMARY KEY (sha, path))`,
  `CREATE TABLE IF NOT EXISTS runs (
    id TEXT PRIMARY KEY, kind TEXT NOT NULL, sha TEXT, base_sha TEXT, source TEXT, status TEXT,
    started_utc TEXT, finished_utc TEXT, ts {INT})`,
  `CREATE TABLE IF NOT EXISTS steps (
    run_id TEXT NOT NULL, idx {INT} NOT NULL, name TEXT, status TEXT, started_utc TEXT,
    finished_utc TEXT, details TEXT, PRIMARY KEY (run_id, idx))`,
  `CREATE TABLE IF NOT EXISTS commits (
    sha TEXT PRIMARY KEY, parent_sha TEXT, ts {INT}, author TEXT, subject TEXT, branch TEXT)`,
  `CREATE TABLE IF NOT EXISTS delta_tokens (
    sha TEXT NOT NULL, seq {INT} NOT NULL, file TEXT, module TEXT, token TEXT, category TEXT,
    symbol TEXT, line {INT}, weight {REAL}, meta TEXT, PRIMARY KEY (sha, seq))`,
  `CREATE TABLE IF NOT EXISTS delta_fingerprints (
    sha TEXT PRIMARY KEY, histogram TEXT, bigrams TEXT, hash TEXT, score_deltaZ {REAL}, decision TEXT)`,
  `CREATE TABLE IF NOT EXISTS invariants_results (
    sha TEXT NOT NULL, gate TEXT NOT NULL, module TEXT NOT NULL, score {REAL}, threshold {REAL},
    action TEXT, details TEXT, created_utc TEXT, PRIMARY KEY (sha, gate, module))`,
];

const V2 = [
  // Per-token contribution to ΔZ_raw (spec §3.6), and the per-file energy the views read.
  `ALTER TABLE delta_tokens ADD COLUMN contrib {REAL}`,
  `CREATE TABLE IF NOT EXISTS delta_file_energy (
    sha TEXT NOT NULL, module TEXT NOT NULL, file TEXT NOT NULL, raw {REAL}, delta_z {REAL},
    PRIMARY KEY (sha, module, file))`,
  `CREATE TABLE IF NOT EXISTS spec_thresholds (
    module TEXT PRIMARY KEY, alpha {REAL}, beta {REAL}, zeta {REAL}, frozen {INT}, updated_utc TEXT)`,
  `CREATE TABLE IF NOT EXISTS spec_drift (
    module TEXT NOT NULL, ts {INT} NOT NULL, detector TEXT NOT NULL, value {REAL}, details TEXT,
    PRIMARY KEY (module, ts, detector))`,
  `CREATE TABLE IF NOT EXISTS mosaic_deltas (
    sha TEXT NOT NULL, cell {INT} NOT NULL, row_idx {INT}, col_idx {INT}, delta {REAL}, details TEXT,
    PRIMARY KEY (sha, cell))`,
  `CREATE TABLE IF NOT EXISTS sast_findings (
    id TEXT PRIMARY KEY, sha TEXT, tool TEXT, rule_id TEXT, cwe TEXT, severity TEXT, confidence TEXT,
    category TEXT, message TEXT, file TEXT, line {INT}, delta_bind TEXT, fingerprint TEXT,
    risk_score {REAL}, queue TEXT, created_utc TEXT)`,
  `CREATE TABLE IF NOT EXISTS sast_fix_queue (
    finding_id TEXT PRIMARY KEY, queue TEXT, risk_score {REAL}, fix_hint TEXT, created_utc TEXT)`,
  `CREATE TABLE IF NOT EXISTS files (
    sha TEXT NOT NULL, path TEXT NOT NULL, module TEXT, language TEXT, loc {INT}, PRIMARY KEY (sha, path))`,
  `CREATE TABLE IF NOT EXISTS ast_nodes (
    sha TEXT NOT NULL, uid TEXT NOT NULL, file TEXT, kind TEXT, qualname TEXT, line {INT}, end_line {INT},
    PRIMARY KEY (sha, uid))`,
  `CREATE TABLE IF NOT EXISTS phi_links (
    sha TEXT NOT NULL, uid TEXT NOT NULL, cell {INT} NOT NULL, weight {REAL}, PRIMARY KEY (sha, uid, cell))`,
  // Import edges seen by an analysis (from ΔIMPORT tokens): what EGQL `graph` walks.
  `CREATE TABLE IF NOT EXISTS import_edges (
    sha TEXT NOT NULL, src TEXT NOT NULL, dst TEXT NOT NULL, PRIMARY KEY (sha, src, dst))`,
  `CREATE INDEX IF NOT EXISTS ix_events_topic_ts ON events (topic, ts)`,
  `CREATE INDEX IF NOT EXISTS ix_events_sha ON events (repo_sha)`,
  `CREATE INDEX IF NOT EXISTS ix_events_branch ON events (repo_branch)`,
  `CREATE INDEX IF NOT EXISTS ix_tokens_token ON delta_tokens (token)`,
  `CREATE INDEX IF NOT EXISTS ix_commits_branch ON commits (branch)`,
  `CREATE INDEX IF NOT EXISTS ix_invariants_gate ON invariants_results (gate)`,
];

const V3 = [
  // The distinct event topics (a handful): EGQL's `topic~'…'` matches here first and then reads
  // only the matching topics through ix_events_topic_ts, instead of LIKE over every event.
  `CREATE TABLE IF NOT EXISTS event_topics (topic TEXT PRIMARY KEY)`,
  `INSERT INTO event_topics (topic) SELECT DISTINCT topic FROM events`,
  `CREATE INDEX IF NOT EXISTS ix_events_ts_topic ON events (ts, topic)`,
];

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, description: 'events, runs, commits, delta tokens/fingerprints, invariants results', statements: (d) => V1.map((s) => typed(s, d)) },
  { version: 2, description: 'token contributions, per-file energy, spec/mosaic/SAST/AST/Φ tables, import edges, indexes', statements: (d) => V2.map((s) => typed(s, d)) },
  { version: 3, description: 'event_topics (fast topic matching), events (ts, topic) index', statements: (d) => V3.map((s) => typed(s, d)) },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

export const VERSION_TABLE_DDL = `CREATE TABLE IF NOT EXISTS egdb_schema_version (version INTEGER PRIMARY KEY, description TEXT, applied_utc TEXT NOT NULL)`;

/** Migrations still to apply to a database at `current`. */
export function pendingMigrations(current: number, upTo = SCHEMA_VERSION): Migration[] {
  return MIGRATIONS.filter((m) => m.version > current && m.version <= upTo);
}

/** The fact tables a commit's re-analysis replaces (spec §3.10: ingest is idempotent). */
export const PER_SHA_TABLES = ['delta_tokens', 'delta_file_energy', 'delta_fingerprints', 'import_edges'] as const;
