// A playbook run in EGDB (spec §3.10, §7): one `runs` row (kind `playbook:<id>`), one `steps` row
// per step and the events `playbook.step.finished@v1` (one per step that did something) and
// `playbook.finished@v1`. Written once when the run ends (sql.js rewrites the whole file per
// write) and again, upserted, when a run is resumed or undone. A failure is one warning: the
// run log under .glx/logs/ stays the record.
import { idempotencyKey, makeEvent, type EgdbEvent } from '../egdb/events';
import type { IngestBatch, StepRow } from '../egdb/ingest';
import { openEgdb } from '../egdb/open';
import { egdbDisabled } from '../egdb/record-analysis';
import type { RunReport } from './types';

export function runBatch(r: RunReport, opts: { source: string; branch: string | null; now?: Date }): IngestBatch {
  const now = opts.now ?? new Date();
  const kind = `playbook:${r.playbook}`;
  const common = { source: opts.source, sha: r.head, branch: opts.branch, correlationId: r.run_id, now };
  const steps: StepRow[] = r.steps.map((s) => ({
    run_id: r.run_id, idx: s.idx, name: s.id, status: s.status, started_utc: s.started_utc ?? null, finished_utc: s.finished_utc ?? null,
    details: JSON.stringify({ title: s.title, summary: s.summary ?? null, artifacts: s.artifacts ?? [], error: s.error ?? null, undone: s.undone ?? [] }),
  }));
  const events: EgdbEvent[] = [];
  for (const s of r.steps) {
    if (s.status === 'planned') continue;
    events.push(makeEvent('playbook.step.finished@v1', { run_id: r.run_id, playbook: r.playbook, step: s.id, idx: s.idx, status: s.status, summary: s.summary ?? null, error: s.error ?? null }, {
      ...common, key: idempotencyKey('playbook.step.finished@v1', r.run_id, s.idx, s.status), artifacts: s.artifacts ?? [],
    }));
  }
  events.push(makeEvent('playbook.finished@v1', { run_id: r.run_id, playbook: r.playbook, number: r.number, status: r.status, message: r.message, inputs: r.inputs }, {
    ...common, key: idempotencyKey('playbook.finished@v1', r.run_id, r.status), artifacts: [r.log, r.report].filter((x): x is string => !!x),
  }));
  return {
    sha: `RUN:${r.run_id}`,
    runs: [{ id: r.run_id, kind, sha: r.head, base_sha: null, source: opts.source, status: r.status, started_utc: r.started_utc, finished_utc: r.finished_utc, ts: Math.floor(Date.parse(r.started_utc) / 1000) }],
    steps,
    events,
  };
}

export async function recordRun(glxDir: string, r: RunReport, opts: { source: string; branch: string | null; repoRoot: string; warn: (line: string) => void }): Promise<boolean> {
  if (egdbDisabled()) return false;
  const store = openEgdb({ glxDir, repoRoot: opts.repoRoot, onCorrupt: (to, reason) => opts.warn(`egdb: ${reason}; moved aside to ${to} and rebuilt from .glx/ artifacts`) });
  try {
    await store.ingest([runBatch(r, opts)]);
    return true;
  } catch (e) {
    opts.warn(`egdb: ${store.location}: playbook run not recorded (${(e as Error).message.split('\n')[0]})`);
    return false;
  } finally {
    await store.close();
  }
}
