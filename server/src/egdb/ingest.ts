// Turning what the engine produced into EGDB rows and events (spec §3.10). Pure: builds an
// IngestBatch from a delta report (and gate results when the gates ran); the stores apply a
// batch in one transaction, replacing every per-commit fact row of `sha` first, so
// re-analysing a commit replaces its rows and events are deduplicated by idempotency key.
import type { DeltaReport } from '../engine/report';
import { contribution, dzOf } from '../delta/energy';
import type { DeltaToken } from '../delta/token';
import { idempotencyKey, makeEvent, ulid, type EgdbEvent } from './events';
import { redactDeep } from '../redact';

/** Pseudo commit key for an analysis of the working tree (not a commit: kept out of the views). */
export const WORKTREE_SHA = 'WORKTREE';

export interface CommitRow {
  sha: string;
  parent_sha: string | null;
  ts: number;
  author: string | null;
  subject: string | null;
  branch: string | null;
}

export interface TokenRow {
  seq: number;
  file: string;
  module: string;
  token: string;
  category: string;
  symbol: string | null;
  line: number;
  weight: number;
  contrib: number;
  meta: string;
}

export interface InvariantRow {
  gate: string;
  module: string;
  score: number | null;
  threshold: number | null;
  action: string;
  details: string | null;
  created_utc: string;
}

export interface RunRow {
  id: string;
  kind: string;
  sha: string | null;
  base_sha: string | null;
  source: string;
  status: string;
  started_utc: string;
  finished_utc: string;
  ts: number;
}

export interface IngestBatch {
  /** The commit whose fact rows this batch replaces. */
  sha: string;
  commit?: CommitRow;
  /** Present when the batch carries a Δ analysis: replaces tokens/energy/fingerprint/edges of sha. */
  delta?: {
    tokens: TokenRow[];
    fileEnergy: { module: string; file: string; raw: number; delta_z: number }[];
    fingerprint: { histogram: string; bigrams: string; hash: string; score_deltaZ: number; decision: string | null };
    importEdges: { src: string; dst: string }[];
  };
  /** Present when the gates ran: replaces the invariants_results rows of sha. */
  invariants?: InvariantRow[];
  runs: RunRow[];
  events: EgdbEvent[];
  /** Threshold rows to upsert (spec §3.8 "every threshold change is an EGDB row"; spec-thresholds.ts). */
  specThresholds?: SpecThresholdRow[];
  /** Drift detections to record (one row per module, detection time and detector). */
  specDrift?: SpecDriftRow[];
  /** Step rows of the batch's runs (playbook runs, spec §7): upserted by (run_id, idx). */
  steps?: StepRow[];
  /** SAST bridge (§3.11, egdb/sast-batch.ts): replaces the sast_findings rows of sha and their fix-queue rows. */
  sast?: { findings: SastFindingRow[]; queue: SastQueueRow[] };
}

export interface StepRow {
  run_id: string;
  idx: number;
  name: string;
  status: string;
  started_utc: string | null;
  finished_utc: string | null;
  details: string | null;
}

export interface SastFindingRow {
  id: string;
  tool: string;
  rule_id: string;
  cwe: string | null;
  severity: string;
  confidence: string;
  category: string;
  message: string;
  file: string;
  line: number;
  delta_bind: string;
  fingerprint: string;
  risk_score: number;
  queue: string;
  created_utc: string;
}

export interface SastQueueRow {
  finding_id: string;
  queue: string;
  risk_score: number;
  fix_hint: string | null;
  created_utc: string;
}

export interface SpecThresholdRow {
  module: string;
  alpha: number;
  beta: number;
  zeta: number;
  frozen: number;
  updated_utc: string;
}

export interface SpecDriftRow {
  module: string;
  ts: number;
  detector: string;
  value: number | null;
  details: string | null;
}

export interface IngestStats {
  sha: string;
  tokens: number;
  events: number;
  eventsSkipped: number;
}

export function tokenRows(tokens: readonly DeltaToken[]): TokenRow[] {
  return tokens.map((t, seq) => ({
    seq,
    file: t.file,
    module: t.module,
    token: t.kind,
    category: t.category,
    symbol: t.symbol ?? null,
    line: t.range.line,
    weight: t.weight,
    contrib: contribution(t),
    meta: JSON.stringify(t.meta),
  }));
}

/** Per-(module, file) energy: the file's share of ΔZ_raw and its ΔZ (spec §3.6). */
export function fileEnergy(tokens: readonly DeltaToken[]) {
  const by = new Map<string, { module: string; file: string; raw: number }>();
  for (const t of tokens) {
    const k = `${t.module}\u0000${t.file}`;
    const e = by.get(k) ?? { module: t.module, file: t.file, raw: 0 };
    e.raw += contribution(t);
    by.set(k, e);
  }
  return [...by.values()].map((e) => ({ ...e, delta_z: dzOf(e.raw) }));
}

function importEdges(tokens: readonly DeltaToken[]) {
  const seen = new Set<string>();
  const out: { src: string; dst: string }[] = [];
  for (const t of tokens) {
    if (t.kind !== 'ΔIMPORT' || t.meta.sign === '-' || typeof t.meta.spec !== 'string') continue;
    const dst = typeof t.meta.resolved === 'string' ? t.meta.resolved : t.meta.spec;
    const k = `${t.file}\u0000${dst}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ src: t.file, dst });
  }
  return out;
}

/** Gate results as the gates report them: `scores{I1..I4}` of the report or an invariants file. */
export type GateResultsInput =
  | { gate?: string; kind?: string; module?: string; score?: number; threshold?: number; action?: string; decision?: string; details?: unknown }[]
  | Record<string, unknown>;

/**
 * Normalizes gate results into invariants_results rows. Accepts an array of
 * `{gate|kind, module, score, threshold, action|decision, details}` or a map
 * `{I1: {...} | [{...}], …}` (per gate, per module under `modules`), so the gates' artifact can
 * evolve without breaking ingest.
 */
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * An I1 module row's threshold is the one its decision crossed (issue 15, bug 8: a BLOCK row
 * showed α as "threshold" when β decided): BLOCK → β, HARD_BLOCK → ζ, otherwise α.
 */
function i1Threshold(r: Record<string, unknown>, action: string): number | null {
  if (action === 'BLOCK') return num(r.beta) ?? num(r.alpha);
  if (action === 'HARD_BLOCK') return num(r.zeta) ?? num(r.beta) ?? num(r.alpha);
  return num(r.alpha);
}

export function invariantRows(input: GateResultsInput | undefined, createdUtc: string): InvariantRow[] {
  if (!input) return [];
  const rows: InvariantRow[] = [];
  const push = (gate: string, r: Record<string, unknown>) => {
    const action = String(r.action ?? r.status ?? r.decision ?? '').trim();
    if (!action) return;
    rows.push({
      gate,
      module: String(r.module ?? '(all)'),
      score: num(r.score) ?? num(r.dz) ?? num(r.E),
      threshold: num(r.threshold) ?? num(r.tau) ?? i1Threshold(r, action),
      action,
      details: r.details === undefined ? null : JSON.stringify(r.details),
      created_utc: createdUtc,
    });
  };
  if (Array.isArray(input)) {
    for (const r of input) push(String(r.gate ?? r.kind ?? '?'), r as Record<string, unknown>);
  } else {
    for (const [gate, v] of Object.entries(input)) {
      if (!/^I\d$/.test(gate) || !v || typeof v !== 'object') continue;
      const list = Array.isArray(v) ? v : (v as { modules?: unknown }).modules;
      if (Array.isArray(list)) for (const r of list) push(gate, r as Record<string, unknown>);
      else if (list && typeof list === 'object') for (const [m, r] of Object.entries(list)) push(gate, { module: m, ...(r as object) });
      else push(gate, v as Record<string, unknown>);
    }
  }
  // One row per (gate, module): the last one wins.
  const by = new Map(rows.map((r) => [`${r.gate}\u0000${r.module}`, r]));
  return [...by.values()];
}

/** Gate actions that are not violations (I1 ACCEPT, I2–I4 PASS, N/A when a gate did not apply). */
export const isOk = (action: string) => ['pass', 'accept', 'ok', 'n/a'].includes(action.toLowerCase());

export interface DeltaIngestInput {
  report: Pick<DeltaReport, 'sha' | 'base' | 'tokens' | 'fingerprint' | 'features' | 'energy'> & Partial<Pick<DeltaReport, 'decision' | 'scores' | 'generated_utc'>>;
  commit?: CommitRow;
  branch?: string | null;
  /** Who ingests: `cli:delta`, `lsp:head`, `rebuild`… */
  source: string;
  artifacts?: string[];
  /** Gate results when the gates ran (else the report's `scores`). */
  gates?: GateResultsInput;
  now?: Date;
}

/** Everything one Δ analysis puts into EGDB: facts for its commit and its events. */
export function deltaBatch(input: DeltaIngestInput): IngestBatch {
  // §3.11: EGDB rows and events never hold a secret value (signatures, evidence).
  const report = redactDeep(input.report);
  const now = input.now ?? new Date();
  const sha = report.sha ?? WORKTREE_SHA;
  const branch = input.branch ?? input.commit?.branch ?? null;
  const tokens = report.tokens;
  const runId = ulid(now.getTime());
  const common = { source: input.source, sha, branch, correlationId: runId, artifacts: input.artifacts, now };
  const fpEvent = makeEvent(
    'delta.fingerprint@v1',
    { sha, base: report.base.sha, fingerprint: report.fingerprint, deltaZ: report.energy.overall.dz, decision: report.decision ?? null },
    { ...common, key: idempotencyKey('delta.fingerprint@v1', sha, report.base.sha, report.fingerprint, report.energy.overall.raw) },
  );
  const events: EgdbEvent[] = [
    makeEvent(
      'delta.tokens@v1',
      { sha, base: report.base.sha, count: tokens.length, histogram: report.features.histogram.kind, files_touched: report.features.files_touched },
      { ...common, key: idempotencyKey('delta.tokens@v1', sha, report.base.sha, report.fingerprint, tokens.length, report.energy.overall.raw), causationId: null },
    ),
    fpEvent,
  ];
  const created = report.generated_utc ?? now.toISOString();
  const gates = redactDeep(input.gates) ?? (report.scores as GateResultsInput | undefined);
  const invariants = gates ? invariantRows(gates, created) : undefined;
  if (invariants?.length) {
    const digest = invariants.map((r) => `${r.gate}/${r.module}/${r.action}/${r.score}`).join('|');
    events.push(
      makeEvent('invariants.evaluated@v1', { sha, decision: report.decision ?? null, results: invariants.map(({ details: _d, ...r }) => r) }, {
        ...common,
        causationId: fpEvent.id,
        key: idempotencyKey('invariants.evaluated@v1', sha, report.fingerprint, digest),
      }),
    );
    for (const r of invariants.filter((x) => !isOk(x.action))) {
      events.push(
        makeEvent('invariants.violation@v1', { sha, gate: r.gate, module: r.module, score: r.score, threshold: r.threshold, action: r.action }, {
          ...common,
          causationId: fpEvent.id,
          key: idempotencyKey('invariants.violation@v1', sha, report.fingerprint, r.gate, r.module, r.action, r.score),
        }),
      );
    }
  }
  const iso = now.toISOString();
  return {
    sha,
    commit: input.commit,
    delta: {
      tokens: tokenRows(tokens),
      fileEnergy: fileEnergy(tokens),
      fingerprint: {
        histogram: JSON.stringify(report.features.histogram),
        bigrams: JSON.stringify(report.features.bigrams),
        hash: report.fingerprint,
        score_deltaZ: report.energy.overall.dz,
        decision: report.decision ?? null,
      },
      importEdges: importEdges(tokens),
    },
    invariants: invariants?.length ? invariants : undefined,
    runs: [{ id: runId, kind: 'delta', sha, base_sha: report.base.sha, source: input.source, status: 'ok', started_utc: iso, finished_utc: iso, ts: Math.floor(now.getTime() / 1000) }],
    events,
  };
}

/** A batch carrying only gate results for a commit (an `invariants_<SHA>.json` artifact). */
export function gatesBatch(sha: string, gates: GateResultsInput, source: string, opts: { decision?: string | null; now?: Date; artifacts?: string[] } = {}): IngestBatch {
  const now = opts.now ?? new Date();
  const invariants = invariantRows(redactDeep(gates), now.toISOString()); // §3.11
  const digest = invariants.map((r) => `${r.gate}/${r.module}/${r.action}/${r.score}`).join('|');
  const common = { source, sha, artifacts: opts.artifacts, now };
  const evaluated = makeEvent('invariants.evaluated@v1', { sha, decision: opts.decision ?? null, results: invariants.map(({ details: _d, ...r }) => r) }, {
    ...common,
    key: idempotencyKey('invariants.evaluated@v1', sha, 'gates', digest),
  });
  const events = [evaluated];
  for (const r of invariants.filter((x) => !isOk(x.action))) {
    events.push(
      makeEvent('invariants.violation@v1', { sha, gate: r.gate, module: r.module, score: r.score, threshold: r.threshold, action: r.action }, {
        ...common,
        causationId: evaluated.id,
        key: idempotencyKey('invariants.violation@v1', sha, 'gates', r.gate, r.module, r.action, r.score),
      }),
    );
  }
  return { sha, invariants, runs: [], events };
}
