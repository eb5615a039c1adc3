// The ingest journal `.glx/logs/egdb-ingest.jsonl` (schema `egdb.ingest.v1`, one line per
// analysis) and the rebuild of EGDB from `.glx/` artifacts (spec §3.10: a corrupt database is
// rebuilt, never silently lost). Rebuild replays: every journal line, then the latest
// `delta_report.json` and every `invariants_<SHA>.json`; ingest is idempotent, so overlaps are
// harmless.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { redactDeep } from '../redact';
import { InputError } from '../errors';
import { deltaBatch, gatesBatch, type CommitRow, type DeltaIngestInput, type GateResultsInput, type IngestBatch } from './ingest';

export const JOURNAL_SCHEMA = 'egdb.ingest.v1';

export function journalPath(glxDir: string): string {
  return path.join(glxDir, 'logs', 'egdb-ingest.jsonl');
}

export interface JournalLine {
  schema: typeof JOURNAL_SCHEMA;
  at: string;
  source: string;
  branch: string | null;
  commit: CommitRow | null;
  artifacts: string[];
  report: DeltaIngestInput['report'];
  gates?: GateResultsInput;
}

/** The journal line of one analysis (redacted: §3.11, the journal is a log; secrets never reach it). */
export function toJournalLine(input: DeltaIngestInput): JournalLine {
  const r = input.report;
  const line: JournalLine = {
    schema: JOURNAL_SCHEMA,
    at: (input.now ?? new Date()).toISOString(),
    source: input.source,
    branch: input.branch ?? null,
    commit: input.commit ?? null,
    artifacts: input.artifacts ?? [],
    report: {
      sha: r.sha, base: r.base, tokens: r.tokens, fingerprint: r.fingerprint,
      features: r.features, energy: r.energy, decision: r.decision, scores: r.scores, generated_utc: r.generated_utc,
    },
    gates: input.gates,
  };
  return redactDeep(line);
}

/** The ingest input a journal line stands for (what a rebuild and the pending fold ingest). */
export function fromJournalLine(l: JournalLine): DeltaIngestInput {
  if (l.schema !== JOURNAL_SCHEMA) throw new Error(`schema ${String(l.schema)}`);
  return { report: l.report, commit: l.commit ?? undefined, branch: l.branch, source: l.source, artifacts: l.artifacts, gates: l.gates, now: new Date(l.at) };
}

/** Appends one line to the journal (one write of one line: O_APPEND keeps lines whole). */
export function appendJournalLine(glxDir: string, line: JournalLine): void {
  fs.mkdirSync(path.dirname(journalPath(glxDir)), { recursive: true });
  fs.appendFileSync(journalPath(glxDir), `${JSON.stringify(line)}\n`);
}

/** Appends one analysis to the journal. */
export function appendJournal(glxDir: string, input: DeltaIngestInput): void {
  appendJournalLine(glxDir, toJournalLine(input));
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Batches that rebuild EGDB from `.glx/`; unreadable lines/files are reported, not fatal. */
export async function rebuildBatches(
  glxDir: string,
  opts: { commitInfo?: (sha: string) => Promise<CommitRow | undefined>; problems?: string[] } = {},
): Promise<IngestBatch[]> {
  const out: IngestBatch[] = [];
  // Analyses already replayed from the journal: delta_report.json is usually the last of them
  // and must not be ingested a second time (issue 11 item 5).
  const journaled = new Set<string>();
  const j = journalPath(glxDir);
  if (fs.existsSync(j)) {
    const lines = fs.readFileSync(j, 'utf8').split('\n');
    lines.forEach((text, i) => {
      if (!text.trim()) return;
      try {
        const l = JSON.parse(text) as JournalLine;
        out.push(deltaBatch(fromJournalLine(l)));
        journaled.add(analysisKey(l.report));
      } catch (e) {
        opts.problems?.push(`${j}:${i + 1}: skipped (${(e as Error).message})`);
      }
    });
  }
  const reportFile = path.join(glxDir, 'delta_report.json');
  const report = readJson(reportFile) as (DeltaIngestInput['report'] & { schema?: string }) | undefined;
  // Always replayed last: it is the newest analysis and may carry the gates' scores (glx invariants).
  if (report && report.schema === 'delta.report.v1') {
    const commit = report.sha ? await opts.commitInfo?.(report.sha) : undefined;
    // Validated before anything is touched (issue 11 item 5): the right schema with wrong field
    // types is bad input, raised while the store is still as it was.
    const batch = validated(reportFile, 'delta.report.v1', () => deltaBatch({ report, commit, source: 'rebuild', artifacts: ['.glx/delta_report.json'], now: report.generated_utc ? new Date(report.generated_utc) : undefined }));
    if (!journaled.has(analysisKey(report)) || report.scores) out.push(batch);
  }
  // `glx invariants --commit SHA` writes invariants_<SHA>.json (glx.invariants.v1: `gates`).
  let names: string[] = [];
  try {
    names = fs.readdirSync(glxDir);
  } catch {
    names = [];
  }
  for (const name of names.sort()) {
    const m = /^invariants_([0-9a-f]{7,40})\.json$/i.exec(name);
    if (!m) continue;
    const doc = readJson(path.join(glxDir, name)) as Record<string, unknown> | undefined;
    if (!doc) {
      opts.problems?.push(`${path.join(glxDir, name)}: not valid JSON, skipped`);
      continue;
    }
    const sha = typeof doc.sha === 'string' ? doc.sha : m[1];
    const gates = (doc.results ?? doc.gates ?? doc.scores ?? doc) as GateResultsInput;
    out.push(validated(path.join(glxDir, name), 'glx.invariants.v1', () => gatesBatch(sha, gates, 'rebuild', { decision: typeof doc.decision === 'string' ? doc.decision : null, artifacts: [`.glx/${name}`] })));
  }
  return out;
}

/** Identity of one analysis in the journal and in delta_report.json (whose `sha` names HEAD even
 * for a working-tree analysis that the journal records as WORKTREE: not part of the key). */
function analysisKey(r: DeltaIngestInput['report']): string {
  return JSON.stringify([r?.base?.sha ?? null, r?.fingerprint ?? null, r?.generated_utc ?? null]);
}

function validated(file: string, schema: string, build: () => IngestBatch): IngestBatch {
  let b: IngestBatch;
  try {
    b = build();
    // The batch must survive serialisation (what the store writes): no NaN/undefined keys.
    JSON.stringify(b);
  } catch (e) {
    throw new InputError(`${file}: not a valid ${schema} artifact (${(e as Error).message}); EGDB was not changed — fix or move the file, then rebuild`, { input: file, cause: e });
  }
  const d = b.delta;
  const bad = d && (!Array.isArray(d.tokens) || d.tokens.some((t) => typeof t.token !== 'string' || typeof t.file !== 'string' && t.file !== null));
  if (bad) throw new InputError(`${file}: not a valid ${schema} artifact (tokens of the wrong type); EGDB was not changed — fix or move the file, then rebuild`, { input: file });
  return b;
}
