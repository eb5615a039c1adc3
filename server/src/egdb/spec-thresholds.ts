// Threshold changes, drift and freezes into EGDB (spec §3.8: "Every threshold change is an EGDB
// row and a `spec.thresholds.update@v1` event"; §3.10 topics `spec.freeze.start@v1`,
// `spec.freeze.end@v1`). `specBatch` is pure: it compares the spec_state before and after a
// `glx calibrate` step and returns the rows and events; `recordSpecChange` ingests it (one
// transaction) unless GLX_EGDB=off. Idempotent: spec_thresholds is upserted only when a value
// differs, spec_drift has a (module, ts, detector) key, and each event's idempotency key names
// the transition (module, from → to, head), so re-running without changes adds nothing.
import type { SpecState } from '../calibration/spec-state';
import { idempotencyKey, makeEvent, type EgdbEvent } from './events';
import type { IngestBatch, SpecDriftRow, SpecThresholdRow } from './ingest';
import { openEgdb } from './open';
import { egdbDisabled } from './record-analysis';

/** Pseudo sha of spec batches (they carry no per-commit fact rows). */
export const SPEC_SHA = 'SPEC';

export interface SpecBatchInput {
  before: SpecState | undefined;
  after: SpecState;
  /** `cli:calibrate:update`, `cli:calibrate:freeze`… */
  source: string;
  branch?: string | null;
  now?: Date;
}

const same = (a: { alpha: number; beta: number; zeta: number } | undefined, b: { alpha: number; beta: number; zeta: number }) =>
  !!a && a.alpha === b.alpha && a.beta === b.beta && a.zeta === b.zeta;

/** Rows and events for the change `before → after` of the thresholds state. */
export function specBatch(input: SpecBatchInput): IngestBatch {
  const { before, after } = input;
  const now = input.now ?? new Date();
  const iso = now.toISOString();
  const head = after.head ?? null;
  const common = { source: input.source, sha: head, branch: input.branch ?? null, artifacts: ['.glx/spec_state.json'], now };
  const events: EgdbEvent[] = [];
  const thresholds: SpecThresholdRow[] = [];
  const drift: SpecDriftRow[] = [];
  const frozen = after.frozen ? 1 : 0;
  const wasFrozen = before?.frozen ? 1 : 0;

  if (after.frozen && (!before?.frozen || before.frozen.at !== after.frozen.at)) {
    const f = after.frozen;
    events.push(makeEvent('spec.freeze.start@v1', { at: f.at, commits: f.commits, reason: f.reason, by: f.by, head: f.head, snapshot: `.glx/${f.snapshot}` }, {
      ...common, key: idempotencyKey('spec.freeze.start@v1', f.at, f.head, f.commits, f.reason),
    }));
  }
  if (before?.frozen && (!after.frozen || after.frozen.at !== before.frozen.at)) {
    const f = before.frozen;
    events.push(makeEvent('spec.freeze.end@v1', { started: f.at, ended: iso, reason: f.reason, by: f.by, remaining: f.remaining, head }, {
      ...common, key: idempotencyKey('spec.freeze.end@v1', f.at, f.head, f.reason),
    }));
  }

  for (const [module, m] of Object.entries(after.modules)) {
    const prev = before?.modules[module];
    // Every module is a row (upserted; unchanged values leave it untouched), an event only on change.
    thresholds.push({ module, alpha: m.alpha, beta: m.beta, zeta: m.zeta, frozen, updated_utc: iso });
    if (!same(prev, m) || frozen !== wasFrozen) {
      const from = prev ? { alpha: prev.alpha, beta: prev.beta, zeta: prev.zeta } : null;
      const to = { alpha: m.alpha, beta: m.beta, zeta: m.zeta };
      events.push(makeEvent('spec.thresholds.update@v1', { module, from, to, basis: m.basis, n: m.n, frozen: !!frozen, head }, {
        ...common,
        key: idempotencyKey('spec.thresholds.update@v1', module, JSON.stringify(from), JSON.stringify(to), frozen, head),
      }));
    }
    if (m.drift.state === 'drift') {
      const at = m.samples.find((s) => s.sha === m.drift.since);
      drift.push({
        module,
        ts: at?.ts ?? Math.floor(now.getTime() / 1000),
        detector: m.drift.detector,
        value: at?.dz ?? null,
        details: JSON.stringify({ since: m.drift.since, direction: m.drift.direction ?? null, ewma: m.ewma, sigma: m.sigma }),
      });
    }
  }
  return { sha: SPEC_SHA, runs: [], events, specThresholds: thresholds, specDrift: drift };
}

/** Ingests specBatch into the store (`.glx/egdb.db` or GLX_EGDB_URL); a failure is one warning. */
export async function recordSpecChange(
  glxDir: string,
  input: SpecBatchInput,
  opts: { db?: string; repoRoot?: string; warn?: (line: string) => void } = {},
): Promise<{ events: number; eventsSkipped: number } | undefined> {
  if (egdbDisabled()) return undefined;
  const store = openEgdb({
    glxDir, db: opts.db, repoRoot: opts.repoRoot,
    onCorrupt: (to, reason) => opts.warn?.(`egdb: ${reason}; moved aside to ${to} and rebuilt from .glx/ artifacts`),
  });
  try {
    const [stats] = await store.ingest([specBatch(input)]);
    return { events: stats.events, eventsSkipped: stats.eventsSkipped };
  } catch (e) {
    opts.warn?.(`egdb: ${store.location}: not updated (${(e as Error).message.split('\n')[0]})`);
    return undefined;
  } finally {
    await store.close();
  }
}
