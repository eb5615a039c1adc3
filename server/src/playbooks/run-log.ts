// The run log of a playbook (spec §7: "logged to .glx/logs/"): `.glx/logs/playbook-<id>-<ts>.jsonl`,
// one JSON record per line, appended as the run goes, so that a run killed half-way leaves a
// truthful record of what it applied (with the snapshots needed to undo it). A re-run reads it
// to resume or to report what was already done; `glx playbook undo` reads it to roll back a
// finished run. Every record passes the one redaction step (spec §3.11).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { GlxError, InputError } from '../errors';
import { redactDeep } from '../redact';
import type { RefState } from '../git/writer';
import type { FileSnapshot, SnapFile } from './snapshot';
import type { Applied, Inputs, RunStatus, StepStatus } from './types';
import { pidAlive } from '../util/pid-alive';

export const LOG_DIR = '.glx/logs';

export interface RunRecord {
  t: 'run';
  run_id: string;
  playbook: string;
  inputs: Inputs;
  pid: number;
  host: string;
  started_utc: string;
  head: string | null;
  branch: string | null;
  resumed?: boolean;
}

export interface StepRecord {
  t: 'step';
  idx: number;
  id: string;
  status: StepStatus;
  applied?: Applied;
  snapshot?: FileSnapshot;
  refs?: RefState;
  /** Files under the snapshot's patterns right after the step (to detect later edits before an undo). */
  after?: SnapFile[];
  head_after?: string | null;
  error?: string;
  undone?: string[];
  started_utc?: string;
  finished_utc: string;
}

export interface FinishedRecord {
  t: 'finished';
  status: RunStatus;
  message: string;
  finished_utc: string;
}

export interface UndoneRecord {
  t: 'undone';
  undone: string[];
  finished_utc: string;
}

/** The files under every applied step's paths once the run is fully recorded (its EGDB rows included): what undo expects to find. */
export interface SettledRecord {
  t: 'settled';
  patterns: string[];
  files: SnapFile[];
}

export type LogRecord = RunRecord | StepRecord | FinishedRecord | UndoneRecord | SettledRecord;

export interface RunLog {
  file: string;
  /** Repository-relative path. */
  rel: string;
  run: RunRecord;
  records: LogRecord[];
}

/** `20260101T120000123Z`: sortable, file-name safe. */
export function stamp(d: Date): string {
  return d.toISOString().replace(/[-:.]/g, '');
}

export function logFileFor(root: string, playbook: string, started: Date): string {
  return path.join(root, LOG_DIR, `playbook-${playbook}-${stamp(started)}.jsonl`);
}

export function appendRecord(file: string, rec: LogRecord): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.appendFileSync(file, `${JSON.stringify(redactDeep(rec))}\n`);
}

/** Reads a log; a torn last line (a crash mid-write) is ignored, any other bad line is bad input. */
export function readRunLog(root: string, file: string): RunLog {
  const text = fs.readFileSync(file, 'utf8');
  const lines = text.split('\n');
  const records: LogRecord[] = [];
  lines.forEach((l, i) => {
    if (!l.trim()) return;
    try {
      records.push(JSON.parse(l) as LogRecord);
    } catch {
      if (i < lines.length - 1 && lines.slice(i + 1).some((x) => x.trim())) throw new InputError(`${file}:${i + 1}: not a JSON record`, { input: file });
    }
  });
  const run = records[0];
  if (!run || run.t !== 'run') throw new InputError(`${file}: not a playbook run log (no run record)`, { input: file });
  return { file, rel: path.relative(root, file).split(path.sep).join('/'), run, records };
}

/** Logs of one playbook (or all), newest first. */
export function listRunLogs(root: string, playbook?: string): RunLog[] {
  const dir = path.join(root, LOG_DIR);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const re = /^playbook-(.+)-(\d{8}T\d{9}Z)\.jsonl$/;
  const out: RunLog[] = [];
  for (const n of names.sort().reverse()) {
    const m = re.exec(n);
    if (!m || (playbook && m[1] !== playbook)) continue;
    try {
      out.push(readRunLog(root, path.join(dir, n)));
    } catch {
      /* a foreign or broken file is not a run */
    }
  }
  return out;
}

export function finishedOf(log: RunLog): FinishedRecord | undefined {
  return [...log.records].reverse().find((r): r is FinishedRecord => r.t === 'finished');
}

export const isUndone = (log: RunLog) => log.records.some((r) => r.t === 'undone');

/** The last status each step reached in the log. */
export function stepStates(log: RunLog): Map<number, StepRecord> {
  const m = new Map<number, StepRecord>();
  for (const r of log.records) {
    if (r.t !== 'step') continue;
    const prev = m.get(r.idx);
    // Keep the applied record's data (snapshot, refs) under the later status.
    m.set(r.idx, prev ? { ...prev, ...r, applied: r.applied ?? prev.applied, snapshot: r.snapshot ?? prev.snapshot, refs: r.refs ?? prev.refs, after: r.after ?? prev.after } : r);
  }
  return m;
}


/** A run that has no `finished` record and whose process is gone: interrupted. */
export function isInterrupted(log: RunLog): boolean {
  if (finishedOf(log) || isUndone(log)) return false;
  return !(log.run.host === os.hostname() && log.run.pid !== process.pid && pidAlive(log.run.pid));
}

/** Another playbook run is in progress: busy (exit 75). */
export class PlaybookBusyError extends GlxError {
  constructor(message: string) {
    super(message, {}, 'busy');
  }
}

/**
 * One playbook run at a time per repository: `.glx/logs/playbook.lock` (O_EXCL). A lock whose
 * process is gone is taken over. Returns the release function.
 */
export function acquireRunLock(root: string): () => void {
  const file = path.join(root, LOG_DIR, 'playbook.lock');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx');
      fs.writeSync(fd, JSON.stringify({ pid: process.pid, host: os.hostname(), created: Date.now() }));
      fs.closeSync(fd);
      return () => fs.rmSync(file, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      let info: { pid?: number; host?: string } = {};
      try {
        info = JSON.parse(fs.readFileSync(file, 'utf8')) as typeof info;
      } catch {
        /* half-written: treat as stale */
      }
      if (info.host === os.hostname() && info.pid && pidAlive(info.pid)) {
        throw new PlaybookBusyError(`${LOG_DIR}/playbook.lock: another playbook run is in progress (pid ${info.pid}); try again when it has finished`);
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new PlaybookBusyError(`${LOG_DIR}/playbook.lock: could not take the playbook lock; try again`);
}
