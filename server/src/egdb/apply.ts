// Applying an IngestBatch and the migrations with dialect-neutral SQL: the SQLite and the
// PostgreSQL store both call these with a small executor (`?` placeholders; the pg executor
// renumbers them to `$n`). `ON CONFLICT` works in both (SQLite ≥ 3.24, PostgreSQL ≥ 9.5).
import type { IngestBatch, IngestStats } from './ingest';
import { PER_SHA_TABLES, VERSION_TABLE_DDL, pendingMigrations, type Dialect } from './schema';
import { viewStatements } from './views';

export interface SqlExec {
  readonly dialect: Dialect;
  /** Executes one statement; returns the number of rows changed. */
  run(sql: string, params?: readonly unknown[]): Promise<number>;
  /** Executes `sql` (one INSERT with one `(?, …)` row) for every row; returns rows changed. */
  runMany(sql: string, rows: readonly (readonly unknown[])[]): Promise<number>;
  all(sql: string, params?: readonly unknown[]): Promise<unknown[][]>;
}

export async function currentVersion(x: SqlExec): Promise<number> {
  await x.run(VERSION_TABLE_DDL);
  const rows = await x.all('SELECT MAX(version) FROM egdb_schema_version');
  return Number(rows[0]?.[0] ?? 0) || 0;
}

/** Forward migrations from the current version up to `upTo`; caller holds the transaction. */
export async function migrate(x: SqlExec, upTo?: number): Promise<{ from: number; to: number }> {
  const from = await currentVersion(x);
  let to = from;
  for (const m of pendingMigrations(from, upTo)) {
    for (const s of m.statements(x.dialect)) await x.run(s);
    await x.run('INSERT INTO egdb_schema_version (version, description, applied_utc) VALUES (?, ?, ?)', [m.version, m.description, new Date().toISOString()]);
    to = m.version;
  }
  return { from, to };
}

export async function applyViews(x: SqlExec): Promise<void> {
  for (const s of viewStatements(x.dialect)) await x.run(s);
}

export async function applyBatch(x: SqlExec, b: IngestBatch): Promise<IngestStats> {
  if (b.commit) {
    const c = b.commit;
    await x.run(
      `INSERT INTO commits (sha, parent_sha, ts, author, subject, branch) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (sha) DO UPDATE SET parent_sha = excluded.parent_sha, ts = excluded.ts, author = excluded.author,
         subject = excluded.subject, branch = COALESCE(excluded.branch, commits.branch)`,
      [c.sha, c.parent_sha, c.ts, c.author, c.subject, c.branch],
    );
  }
  if (b.delta) {
    for (const t of PER_SHA_TABLES) await x.run(`DELETE FROM ${t} WHERE sha = ?`, [b.sha]);
    const d = b.delta;
    await x.runMany(
      'INSERT INTO delta_tokens (sha, seq, file, module, token, category, symbol, line, weight, contrib, meta) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      d.tokens.map((t) => [b.sha, t.seq, t.file, t.module, t.token, t.category, t.symbol, t.line, t.weight, t.contrib, t.meta]),
    );
    await x.runMany(
      'INSERT INTO delta_file_energy (sha, module, file, raw, delta_z) VALUES (?, ?, ?, ?, ?)',
      d.fileEnergy.map((e) => [b.sha, e.module, e.file, e.raw, e.delta_z]),
    );
    await x.run('INSERT INTO delta_fingerprints (sha, histogram, bigrams, hash, score_deltaZ, decision) VALUES (?, ?, ?, ?, ?, ?)', [
      b.sha, d.fingerprint.histogram, d.fingerprint.bigrams, d.fingerprint.hash, d.fingerprint.score_deltaZ, d.fingerprint.decision,
    ]);
    await x.runMany('INSERT INTO import_edges (sha, src, dst) VALUES (?, ?, ?)', d.importEdges.map((e) => [b.sha, e.src, e.dst]));
  }
  if (b.invariants) {
    await x.run('DELETE FROM invariants_results WHERE sha = ?', [b.sha]);
    await x.runMany(
      'INSERT INTO invariants_results (sha, gate, module, score, threshold, action, details, created_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      b.invariants.map((r) => [b.sha, r.gate, r.module, r.score, r.threshold, r.action, r.details, r.created_utc]),
    );
  }
  if (b.specThresholds?.length) {
    // Upsert that changes nothing when the values are the same (re-running adds nothing).
    await x.runMany(
      `INSERT INTO spec_thresholds (module, alpha, beta, zeta, frozen, updated_utc) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (module) DO UPDATE SET alpha = excluded.alpha, beta = excluded.beta, zeta = excluded.zeta, frozen = excluded.frozen, updated_utc = excluded.updated_utc
       WHERE spec_thresholds.alpha <> excluded.alpha OR spec_thresholds.beta <> excluded.beta OR spec_thresholds.zeta <> excluded.zeta OR spec_thresholds.frozen <> excluded.frozen`,
      b.specThresholds.map((r) => [r.module, r.alpha, r.beta, r.zeta, r.frozen, r.updated_utc]),
    );
  }
  if (b.specDrift?.length) {
    await x.runMany(
      'INSERT INTO spec_drift (module, ts, detector, value, details) VALUES (?, ?, ?, ?, ?) ON CONFLICT (module, ts, detector) DO NOTHING',
      b.specDrift.map((r) => [r.module, r.ts, r.detector, r.value, r.details]),
    );
  }
  if (b.sast) {
    // A new scan of sha replaces its findings; an id seen under another sha moves to this one
    // (ids are stable across commits: the latest scan owns the row).
    await x.run('DELETE FROM sast_fix_queue WHERE finding_id IN (SELECT id FROM sast_findings WHERE sha = ?)', [b.sha]);
    await x.run('DELETE FROM sast_findings WHERE sha = ?', [b.sha]);
    await x.runMany(
      `INSERT INTO sast_findings (id, sha, tool, rule_id, cwe, severity, confidence, category, message, file, line, delta_bind, fingerprint, risk_score, queue, created_utc)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET sha = excluded.sha, tool = excluded.tool, rule_id = excluded.rule_id, cwe = excluded.cwe, severity = excluded.severity,
         confidence = excluded.confidence, category = excluded.category, message = excluded.message, file = excluded.file, line = excluded.line,
         delta_bind = excluded.delta_bind, fingerprint = excluded.fingerprint, risk_score = excluded.risk_score, queue = excluded.queue, created_utc = excluded.created_utc`,
      b.sast.findings.map((r) => [r.id, b.sha, r.tool, r.rule_id, r.cwe, r.severity, r.confidence, r.category, r.message, r.file, r.line, r.delta_bind, r.fingerprint, r.risk_score, r.queue, r.created_utc]),
    );
    await x.runMany(
      `INSERT INTO sast_fix_queue (finding_id, queue, risk_score, fix_hint, created_utc) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (finding_id) DO UPDATE SET queue = excluded.queue, risk_score = excluded.risk_score, fix_hint = excluded.fix_hint, created_utc = excluded.created_utc`,
      b.sast.queue.map((r) => [r.finding_id, r.queue, r.risk_score, r.fix_hint, r.created_utc]),
    );
  }
  await x.runMany(
    `INSERT INTO runs (id, kind, sha, base_sha, source, status, started_utc, finished_utc, ts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET status = excluded.status, finished_utc = excluded.finished_utc`,
    b.runs.map((r) => [r.id, r.kind, r.sha, r.base_sha, r.source, r.status, r.started_utc, r.finished_utc, r.ts]),
  );
  if (b.steps?.length) {
    // A resumed or undone playbook run re-records its steps with their new status.
    await x.runMany(
      `INSERT INTO steps (run_id, idx, name, status, started_utc, finished_utc, details) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (run_id, idx) DO UPDATE SET name = excluded.name, status = excluded.status, started_utc = excluded.started_utc,
         finished_utc = excluded.finished_utc, details = excluded.details`,
      b.steps.map((r) => [r.run_id, r.idx, r.name, r.status, r.started_utc, r.finished_utc, r.details]),
    );
  }
  await x.runMany('INSERT INTO event_topics (topic) VALUES (?) ON CONFLICT (topic) DO NOTHING', [...new Set(b.events.map((e) => e.topic))].map((t) => [t]));
  const inserted = await x.runMany(
    `INSERT INTO events (id, topic, ts_utc, ts, source, correlation_id, causation_id, repo_sha, repo_branch, payload_json, artifacts_json, idempotency_key)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING`,
    b.events.map((e) => [e.id, e.topic, e.ts_utc, e.ts, e.source, e.correlation_id, e.causation_id, e.repo_sha, e.repo_branch, e.payload_json, e.artifacts_json, e.idempotency_key]),
  );
  return { sha: b.sha, tokens: b.delta?.tokens.length ?? 0, events: inserted, eventsSkipped: b.events.length - inserted };
}
