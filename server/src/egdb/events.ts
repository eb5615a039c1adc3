// EGDB events (spec §3.10): ULID ids (time-ordered, 26 Crockford base32 chars), topics
// `name@v1`, and idempotency keys so that replaying the same fact never adds a second event.
import { createHash, randomBytes } from 'node:crypto';

export const TOPICS = [
  'delta.tokens',
  'delta.fingerprint',
  'delta.mosaic',
  'invariants.evaluated',
  'invariants.violation',
  'spec.thresholds.update',
  'spec.freeze.start',
  'spec.freeze.end',
  'SAST.FindingsReady',
  'SAST.Prioritized',
  'playbook.step.finished',
  'playbook.finished',
  'audit.backup.created',
  'audit.restore.finished',
] as const;
export type TopicName = (typeof TOPICS)[number];
export type Topic = `${TopicName}@v1`;

export interface EgdbEvent {
  id: string;
  topic: Topic;
  ts_utc: string;
  /** Unix seconds. */
  ts: number;
  source: string;
  correlation_id: string | null;
  causation_id: string | null;
  repo_sha: string | null;
  repo_branch: string | null;
  payload_json: string;
  artifacts_json: string;
  idempotency_key: string;
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
let lastMs = -1;
let lastRand: number[] = [];

/** A ULID; monotonic within one process (same millisecond → random part + 1). */
export function ulid(now = Date.now()): string {
  let rand: number[];
  if (now === lastMs) {
    rand = lastRand.slice();
    for (let i = rand.length - 1; i >= 0; i--) {
      if (rand[i] < 31) {
        rand[i]++;
        break;
      }
      rand[i] = 0;
    }
  } else {
    const bytes = randomBytes(16);
    rand = Array.from({ length: 16 }, (_, i) => bytes[i] & 31);
  }
  lastMs = now;
  lastRand = rand;
  let time = '';
  let t = now;
  for (let i = 0; i < 10; i++) {
    time = CROCKFORD[t % 32] + time;
    t = Math.floor(t / 32);
  }
  return time + rand.map((r) => CROCKFORD[r]).join('');
}

/** Deterministic key: the same topic about the same subject with the same content → same key. */
export function idempotencyKey(topic: Topic, ...parts: (string | number | null | undefined)[]): string {
  const h = createHash('sha256').update(topic);
  for (const p of parts) h.update('\u0000').update(String(p ?? ''));
  return `${topic}:${h.digest('hex').slice(0, 40)}`;
}

export function makeEvent(
  topic: Topic,
  payload: unknown,
  opts: {
    key: string;
    source: string;
    sha?: string | null;
    branch?: string | null;
    correlationId?: string | null;
    causationId?: string | null;
    artifacts?: string[];
    now?: Date;
  },
): EgdbEvent {
  const now = opts.now ?? new Date();
  return {
    id: ulid(now.getTime()),
    topic,
    ts_utc: now.toISOString(),
    ts: Math.floor(now.getTime() / 1000),
    source: opts.source,
    correlation_id: opts.correlationId ?? null,
    causation_id: opts.causationId ?? null,
    repo_sha: opts.sha ?? null,
    repo_branch: opts.branch ?? null,
    payload_json: JSON.stringify(payload),
    artifacts_json: JSON.stringify(opts.artifacts ?? []),
    idempotency_key: opts.key,
  };
}
