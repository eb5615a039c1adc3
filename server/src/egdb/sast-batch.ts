// What a SAST scan puts into EGDB (spec §3.10, §3.11): `sast_findings` rows (one per NF),
// `sast_fix_queue` rows (the queued, unsuppressed ones with their fix hint), a run, and the
// events `SAST.FindingsReady@v1` (what was found, by tool and severity) and
// `SAST.Prioritized@v1` (the queues), caused by the first. Messages are redacted again here
// (the one redaction step): EGDB never holds a secret value.
import { redactDeep } from '../redact';
import type { NormalizedFinding } from '../sast/types';
import { idempotencyKey, makeEvent, ulid } from './events';
import { WORKTREE_SHA, type IngestBatch } from './ingest';

export interface SastIngestInput {
  findings: readonly NormalizedFinding[];
  sha: string | null;
  branch?: string | null;
  source: string;
  artifacts?: string[];
  now?: Date;
}

const countBy = <T>(xs: readonly T[], key: (x: T) => string) => {
  const out: Record<string, number> = {};
  for (const x of xs) out[key(x)] = (out[key(x)] ?? 0) + 1;
  return out;
};

export function sastBatch(input: SastIngestInput): IngestBatch {
  const findings = redactDeep([...input.findings]);
  const now = input.now ?? new Date();
  const iso = now.toISOString();
  const sha = input.sha ?? WORKTREE_SHA;
  const runId = ulid(now.getTime());
  const common = { source: input.source, sha, branch: input.branch ?? null, correlationId: runId, artifacts: input.artifacts, now };
  const digest = findings.map((f) => `${f.id}:${f.queue}:${f.risk_score}:${f.suppression ? 's' : ''}`).join('|');
  const ready = makeEvent('SAST.FindingsReady@v1', {
    sha, count: findings.length, by_tool: countBy(findings, (f) => f.tool), by_severity: countBy(findings, (f) => f.severity),
    on_changed_lines: findings.filter((f) => f.delta_bind !== 'unchanged').length,
  }, { ...common, key: idempotencyKey('SAST.FindingsReady@v1', sha, digest) });
  const active = findings.filter((f) => !f.suppression);
  const prioritized = makeEvent('SAST.Prioritized@v1', {
    sha, queues: countBy(active, (f) => f.queue), suppressed: findings.length - active.length,
    block: active.filter((f) => f.queue === 'block').slice(0, 20).map((f) => ({ id: f.id, rule: f.rule_id, file: f.location.file, line: f.location.line, severity: f.severity, risk: f.risk_score })),
  }, { ...common, causationId: ready.id, key: idempotencyKey('SAST.Prioritized@v1', sha, digest) });
  return {
    sha,
    sast: {
      findings: findings.map((f) => ({
        id: f.id, tool: f.tool, rule_id: f.rule_id, cwe: f.cwe, severity: f.severity, confidence: f.confidence, category: f.category,
        message: f.message, file: f.location.file, line: f.location.line, delta_bind: f.delta_bind, fingerprint: f.fingerprint,
        risk_score: f.risk_score, queue: f.queue, created_utc: iso,
      })),
      queue: active.map((f) => ({ finding_id: f.id, queue: f.queue, risk_score: f.risk_score, fix_hint: f.fix_hint, created_utc: iso })),
    },
    runs: [{ id: runId, kind: 'sast', sha, base_sha: null, source: input.source, status: 'ok', started_utc: iso, finished_utc: iso, ts: Math.floor(now.getTime() / 1000) }],
    events: [ready, prioritized],
  };
}
