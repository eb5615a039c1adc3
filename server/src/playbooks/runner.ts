// The playbook runner (spec §7, issue 13). Around a playbook's steps it owns:
//  - preconditions (clean tree, full history, trusted workspace, commits), checked before
//    anything and reported as one line each;
//  - the plan (every step's plan(), shown by --dry-run and confirmed before anything writes);
//  - per step: a byte-exact snapshot of the paths it declares and of the git refs it may move,
//    apply(), verify(); on a failure (or a cancellation) the step itself and every step applied
//    before it are rolled back in reverse, and the report says what was undone;
//  - the run log `.glx/logs/playbook-<id>-<ts>.jsonl` (appended as it goes), the markdown report
//    beside it, EGDB `runs`/`steps` rows and the `playbook.step.finished@v1` /
//    `playbook.finished@v1` events;
//  - resuming: a re-run with the same inputs after an interrupted run continues it (steps
//    already verified are reported as done, not redone); with other inputs it says what the
//    interrupted run left applied and how to undo it;
//  - undo of a finished run (`glx playbook undo`), refused when the files or refs it wrote
//    have changed since.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Workspace } from '../app/workspace';
import { GlxError, InputError, userMessage } from '../errors';
import { ulid } from '../egdb/events';
import { GitWriter } from '../git/writer';
import { writeFileAtomic } from '../util/atomic-write';
import { ensureGlxDir } from '../util/glx-dir';
import { inputsKey } from './inputs';
import { recordRun } from './record';
import { reportMarkdown } from './report-md';
import {
  acquireRunLock, appendRecord, finishedOf, isInterrupted, isUndone, listRunLogs, logFileFor, readRunLog, stamp, stepStates, LOG_DIR,
  type RunLog, type SettledRecord, type StepRecord,
} from './run-log';
import { changedSince, manifestOf, restoreSnapshot, takeSnapshot } from './snapshot';
import type { Applied, Inputs, Playbook, Precondition, ProgressEvent, RunReport, Step, StepContext, StepReport } from './types';

export interface RunOptions {
  dryRun?: boolean;
  /** Whether the workspace is trusted (the CLI is; the editor passes workspace trust). */
  trusted: boolean;
  signal?: AbortSignal;
  onProgress?: (e: ProgressEvent) => void;
  /** Called with the plan before anything writes; false → nothing is done (status `planned`). */
  confirm?: (plan: RunReport) => Promise<boolean>;
  warn?: (line: string) => void;
  /** `cli:playbook`, `lsp:playbook`… (EGDB source). */
  source?: string;
  now?: () => Date;
}

/** Raised inside the runner when the signal fires; turned into status `cancelled`. */
class Cancelled extends Error {}

const rel = (root: string, abs: string) => path.relative(root, abs).split(path.sep).join('/');

/** Preconditions that fail, one line each (empty: all hold). */
export async function checkPreconditions(ws: Workspace, git: GitWriter, pb: Playbook, opts: { trusted: boolean; dryRun: boolean }): Promise<string[]> {
  const out: string[] = [];
  const need = new Set<Precondition>(pb.requires);
  if (pb.writes !== 'none') need.add('trusted');
  if (need.has('trusted') && !opts.trusted && !opts.dryRun) {
    out.push(`the workspace is not trusted: playbook ${pb.number} writes ${pb.writes === 'git' ? 'to git and .glx/' : 'to .glx/'} (a dry run is allowed)`);
  }
  if (need.has('has-commits') && !(await ws.repo.hasCommits())) out.push('the repository has no commits yet');
  if (need.has('not-shallow') && (await git.isShallow())) out.push('the repository is a shallow clone (run git fetch --unshallow first)');
  if (need.has('clean-tree')) {
    const dirty = await git.statusLines();
    if (dirty.length) out.push(`the working tree is not clean (${dirty.length} change${dirty.length === 1 ? '' : 's'}: ${dirty.slice(0, 3).map((l) => l.slice(3)).join(', ')}${dirty.length > 3 ? ', …' : ''}); commit or stash first`);
  }
  return out;
}

function contextFor(ws: Workspace, git: GitWriter, inputs: Inputs, runId: string, signal: AbortSignal, warn: (l: string) => void, now: () => Date): StepContext {
  return { ws, git, inputs, runId, previous: {}, memo: {}, signal, warn, now };
}

function baseReport(pb: Playbook, inputs: Inputs, runId: string, dryRun: boolean, started: Date, head: string | null): RunReport {
  return {
    schema: 'glx.playbook.run.v1', run_id: runId, playbook: pb.id, number: pb.number, title: pb.title, dry_run: dryRun, inputs,
    status: 'planned', message: '', steps: pb.steps.map((s, idx) => ({ idx, id: s.id, title: s.title, status: 'planned', plan: [] })),
    started_utc: started.toISOString(), finished_utc: started.toISOString(), head, undoable: false,
  };
}

/** Runs (or, with dryRun, plans) a playbook. Never throws for a step failure: the report says it. */
export async function runPlaybook(ws: Workspace, pb: Playbook, inputs: Inputs, opts: RunOptions): Promise<RunReport> {
  const now = opts.now ?? (() => new Date());
  const warn = opts.warn ?? (() => undefined);
  const signal = opts.signal ?? new AbortController().signal;
  // A read-only playbook in an untrusted workspace runs as its plan (the whole diagnosis) and
  // records nothing: an untrusted workspace is never written to (docs/client.md).
  const dryRun = !!opts.dryRun || (!opts.trusted && pb.writes === 'none');
  const root = ws.repo.root;
  const git = new GitWriter(root);
  const started = now();
  const head = (await ws.repo.headSha()) ?? null;
  const report = baseReport(pb, inputs, ulid(started.getTime()), dryRun, started, head);
  const finish = (status: RunReport['status'], message: string): RunReport => {
    report.status = status;
    report.message = message;
    report.finished_utc = now().toISOString();
    return report;
  };

  if (pb.unavailable) {
    for (const s of report.steps) {
      s.status = 'unavailable';
      s.plan = [pb.unavailable];
    }
    return finish('unavailable', `playbook ${pb.number} (${pb.title}) is not available yet: ${pb.unavailable}`);
  }
  const failed = await checkPreconditions(ws, git, pb, { trusted: opts.trusted, dryRun });
  if (failed.length) return finish('precondition', `playbook ${pb.number} cannot run: ${failed.join('; ')}`);

  // `.glx/` and its .gitignore first: the run's files must never show up as untracked changes.
  if (!dryRun) ensureGlxDir(ws.glxDir);
  const release = dryRun ? () => undefined : acquireRunLock(root);
  try {
    // An interrupted run of the same playbook: resume it (same inputs) or say what it left.
    const interrupted = listRunLogs(root, pb.id).find(isInterrupted);
    if (interrupted && inputsKey(interrupted.run.inputs) !== inputsKey(inputs)) {
      const done = [...stepStates(interrupted).values()].filter((s) => s.status === 'applied' || s.status === 'verified').map((s) => s.id);
      const msg = `an interrupted run ${interrupted.run.run_id} of playbook ${pb.id} (inputs ${JSON.stringify(interrupted.run.inputs)}) left ${done.length ? `steps applied: ${done.join(', ')}` : 'no step applied'}; ` +
        `run it again with the same inputs to resume it, or undo it with glx playbook undo ${interrupted.run.run_id}`;
      if (!dryRun) throw new InputError(msg);
      warn(msg);
    }
    const resume = interrupted && inputsKey(interrupted.run.inputs) === inputsKey(inputs) ? interrupted : undefined;
    if (resume) report.run_id = resume.run.run_id;
    const ctx = contextFor(ws, git, inputs, report.run_id, signal, warn, now);

    // Plan every step (read-only).
    const plans = [];
    for (const [i, step] of pb.steps.entries()) {
      opts.onProgress?.({ phase: 'plan', step: i, total: pb.steps.length, title: step.title });
      try {
        const p = await step.plan(ctx);
        plans.push(p);
        report.steps[i].plan = p.lines;
        if (p.skip) report.steps[i].plan = [...p.lines, `nothing to do: ${p.skip}`];
      } catch (e) {
        report.steps[i].status = 'failed';
        report.steps[i].error = userMessage(e);
        if (e instanceof GlxError && e.kind !== 'internal') return finish('precondition', `playbook ${pb.number}: step ${step.id} cannot run: ${userMessage(e)}`);
        throw e;
      }
    }
    if (dryRun) return finish('planned', `dry run of playbook ${pb.number} (${pb.title}): ${pb.steps.length} steps planned, nothing written`);
    if (opts.confirm && !(await opts.confirm({ ...report, message: 'plan', steps: report.steps.map((s) => ({ ...s })) }))) {
      return finish('planned', 'not confirmed: nothing was done');
    }

    const logFile = resume ? resume.file : logFileFor(root, pb.id, started);
    report.log = rel(root, logFile);
    const undoRoot = `${report.log.replace(/\.jsonl$/, '')}.undo`;
    if (!resume) {
      appendRecord(logFile, { t: 'run', run_id: report.run_id, playbook: pb.id, inputs, pid: process.pid, host: os.hostname(), started_utc: report.started_utc, head, branch: (await ws.repo.currentBranch()) ?? null });
    } else {
      appendRecord(logFile, { ...resume.run, pid: process.pid, started_utc: report.started_utc, resumed: true });
    }
    const prior = resume ? stepStates(resume) : new Map<number, StepRecord>();
    if (resume) report.resumed_from = { run_id: resume.run.run_id, done: [...prior.values()].filter((s) => s.status === 'verified' || s.status === 'skipped').map((s) => s.id) };

    const applied: { idx: number; step: Step; rec: StepRecord }[] = [];
    const rollbackAll = async (): Promise<boolean> => {
      let ok = true;
      for (const a of [...applied].reverse()) {
        opts.onProgress?.({ phase: 'rollback', step: a.idx, total: pb.steps.length, title: a.step.title });
        const sr = report.steps[a.idx];
        try {
          sr.undone = await rollbackStep(ctx, root, git, a.step, a.rec);
          sr.status = 'rolled_back';
          appendRecord(logFile, { t: 'step', idx: a.idx, id: a.step.id, status: 'rolled_back', undone: sr.undone, finished_utc: now().toISOString() });
        } catch (e) {
          ok = false;
          sr.status = 'rollback_failed';
          sr.error = `${sr.error ? `${sr.error}; ` : ''}rollback failed: ${userMessage(e)}`;
          appendRecord(logFile, { t: 'step', idx: a.idx, id: a.step.id, status: 'rollback_failed', error: sr.error, finished_utc: now().toISOString() });
        }
      }
      return ok;
    };

    let failure: { status: 'failed' | 'cancelled'; message: string } | undefined;
    for (const [i, step] of pb.steps.entries()) {
      const sr = report.steps[i];
      const before = prior.get(i);
      if (before && (before.status === 'verified' || before.status === 'skipped' || before.status === 'already_done')) {
        // Done by the interrupted run: reported, not redone.
        sr.status = 'already_done';
        sr.summary = before.applied?.summary ?? 'done by the interrupted run';
        sr.artifacts = before.applied?.artifacts;
        if (before.applied) ctx.previous[step.id] = before.applied;
        if (before.applied && before.status === 'verified') applied.push({ idx: i, step, rec: before });
        continue;
      }
      if (before && (before.status === 'applied' || before.status === 'planned' || before.status === 'failed') && (before.snapshot || before.refs)) {
        // Started (or applied) but never verified by the interrupted run: undo it and apply again.
        await rollbackStep(ctx, root, git, step, before);
      }
      try {
        if (signal.aborted) throw new Cancelled('cancelled');
        if (plans[i].skip) {
          sr.status = 'skipped';
          sr.summary = plans[i].skip;
          appendRecord(logFile, { t: 'step', idx: i, id: step.id, status: 'skipped', finished_utc: now().toISOString() });
          continue;
        }
        sr.started_utc = now().toISOString();
        const patterns = step.touches?.(ctx) ?? [];
        const snapshot = patterns.length ? takeSnapshot(root, patterns, `${undoRoot}/${i}`) : undefined;
        const refs = step.git ? await git.refState() : undefined;
        const rec: StepRecord = { t: 'step', idx: i, id: step.id, status: 'applied', snapshot, refs, started_utc: sr.started_utc, finished_utc: sr.started_utc };
        // Recorded before apply: a crash inside apply leaves the snapshot needed to undo it.
        appendRecord(logFile, { ...rec, status: 'planned' });
        applied.push({ idx: i, step, rec });
        opts.onProgress?.({ phase: 'apply', step: i, total: pb.steps.length, title: step.title });
        const result: Applied = await step.apply(ctx);
        rec.applied = result;
        rec.after = patterns.length ? manifestOf(root, patterns) : undefined;
        rec.head_after = (await git.refState()).head ?? null;
        rec.finished_utc = now().toISOString();
        appendRecord(logFile, rec);
        sr.status = 'applied';
        sr.summary = result.summary;
        sr.artifacts = result.artifacts;
        ctx.previous[step.id] = result;
        if (step.verify) {
          opts.onProgress?.({ phase: 'verify', step: i, total: pb.steps.length, title: step.title });
          await step.verify(ctx, result);
        }
        sr.status = 'verified';
        sr.finished_utc = now().toISOString();
        appendRecord(logFile, { t: 'step', idx: i, id: step.id, status: 'verified', finished_utc: sr.finished_utc });
      } catch (e) {
        const cancelled = e instanceof Cancelled || signal.aborted;
        sr.status = 'failed';
        sr.error = cancelled ? 'cancelled' : userMessage(e);
        sr.finished_utc = now().toISOString();
        appendRecord(logFile, { t: 'step', idx: i, id: step.id, status: 'failed', error: sr.error, finished_utc: sr.finished_utc });
        failure = { status: cancelled ? 'cancelled' : 'failed', message: cancelled ? `cancelled at step ${step.id}` : `step ${step.id} failed: ${sr.error}` };
        break;
      }
    }

    let status: RunReport['status'] = 'ok';
    let message = `playbook ${pb.number} (${pb.title}) done: ${report.steps.filter((s) => s.status === 'verified').length} step(s) applied`;
    if (failure) {
      const ok = await rollbackAll();
      const undone = report.steps.filter((s) => s.status === 'rolled_back').map((s) => s.id);
      status = ok ? failure.status : 'rollback_failed';
      message = `${failure.message}; ${ok ? (undone.length ? `rolled back: ${undone.reverse().join(', ')}` : 'nothing had been applied') : 'ROLLBACK INCOMPLETE: see the report and undo the rest by hand'}`;
    }
    if (resume?.run && report.resumed_from) message += ` (resumed run ${resume.run.run_id}; already done: ${report.resumed_from.done.join(', ') || 'nothing'})`;
    finish(status, message);
    report.undoable = status === 'ok' && applied.some((a) => a.rec.snapshot || a.rec.refs || a.step.undo);
    appendRecord(logFile, { t: 'finished', status, message, finished_utc: report.finished_utc });
    await writeReportAndRecord(ws, report, opts, warn);
    if (report.undoable) {
      // After the run's own EGDB rows: an undo refuses if anything changes these files later.
      const patterns = [...new Set(applied.flatMap((a) => a.rec.snapshot?.patterns ?? []))];
      appendRecord(logFile, { t: 'settled', patterns, files: manifestOf(root, patterns) });
    }
    opts.onProgress?.({ phase: 'done', total: pb.steps.length, title: message });
    return report;
  } finally {
    release();
  }
}

async function writeReportAndRecord(ws: Workspace, report: RunReport, opts: RunOptions, warn: (l: string) => void): Promise<void> {
  if (!report.log) return;
  const mdRel = report.log.replace(/\.jsonl$/, '.md');
  report.report = mdRel;
  const extra = extraSections(ws.repo.root, report);
  writeFileAtomic(path.join(ws.repo.root, mdRel), reportMarkdown(report, extra));
  await recordRun(ws.glxDir, report, { source: opts.source ?? 'cli:playbook', branch: (await ws.repo.currentBranch()) ?? null, repoRoot: ws.repo.root, warn });
}

/** The steps' own report sections, read back from the log (they are not kept in the RunReport). */
function extraSections(root: string, report: RunReport): string[] {
  if (!report.log) return [];
  const log = readRunLog(root, path.join(root, report.log));
  const out: string[] = [];
  for (const r of log.records) if (r.t === 'step' && r.applied?.report) out.push(r.applied.report);
  return out;
}

/** Whether a touches pattern (`dir`, `file`, `dir/prefix*`) covers a repository-relative path. */
function covers(pattern: string, p: string): boolean {
  if (pattern.endsWith('*')) return p.startsWith(pattern.slice(0, -1));
  return p === pattern || p.startsWith(`${pattern}/`);
}

async function rollbackStep(ctx: StepContext, root: string, git: GitWriter, step: Step, rec: StepRecord): Promise<string[]> {
  const done: string[] = [];
  if (rec.refs) done.push(...(await git.restoreRefs(rec.refs)));
  if (rec.snapshot) done.push(...restoreSnapshot(root, rec.snapshot));
  // After the files are back: e.g. the EGDB facts of the restored state (EGDB is history: an
  // undo appends what it did, it never deletes rows).
  if (step.undo && rec.applied) done.push(...(await step.undo(ctx, rec.applied)));
  return done.length ? done : ['nothing to undo'];
}

/** The logs of finished runs (newest first), for `glx playbook undo` and the editor's Undo. */
export function findRun(root: string, runId: string | undefined, playbook?: string): RunLog {
  const logs = listRunLogs(root, playbook);
  const log = runId ? logs.find((l) => l.run.run_id === runId || path.basename(l.file).startsWith(runId)) : logs.find((l) => finishedOf(l)?.status === 'ok' && !isUndone(l));
  if (!log) throw new InputError(runId ? `playbook run ${runId}: not found under ${LOG_DIR}/` : `no finished playbook run to undo under ${LOG_DIR}/`, { kind: 'not-found', input: runId });
  return log;
}

/**
 * Rolls back a finished run (the editor's *Undo*, `glx playbook undo`): every applied step in
 * reverse. Refused — nothing touched — when a file the run wrote or a ref it moved has changed
 * since (an undo would silently lose that work).
 */
export async function undoRun(ws: Workspace, pbs: readonly Playbook[], runId: string | undefined, opts: { trusted: boolean; warn?: (l: string) => void; source?: string; now?: () => Date }): Promise<RunReport> {
  const root = ws.repo.root;
  const now = opts.now ?? (() => new Date());
  const log = findRun(root, runId);
  const pb = pbs.find((p) => p.id === log.run.playbook);
  if (!pb) throw new InputError(`${log.rel}: unknown playbook ${log.run.playbook}`);
  if (!opts.trusted) throw new InputError(`undo of run ${log.run.run_id}: the workspace is not trusted`);
  const fin = finishedOf(log);
  if (isUndone(log)) throw new InputError(`playbook run ${log.run.run_id}: already undone`);
  if (!fin) throw new InputError(`playbook run ${log.run.run_id}: was interrupted; run playbook ${pb.id} again with the same inputs to resume it first`);
  if (fin.status !== 'ok') throw new InputError(`playbook run ${log.run.run_id}: ended ${fin.status}; its applied steps were already rolled back`);
  const git = new GitWriter(root);
  const states = [...stepStates(log).values()].filter((s) => s.status === 'verified' && s.applied).sort((a, b) => a.idx - b.idx);
  // Refuse before touching anything when something changed since the run.
  // What the run left: per path, the state after the LAST step that touched it.
  const expected = new Map<string, string>();
  const patterns = new Set<string>();
  for (const s of states) {
    if (!s.snapshot || !s.after) continue;
    for (const p of s.snapshot.patterns) patterns.add(p);
    for (const k of [...expected.keys()]) if (s.snapshot.patterns.some((p) => covers(p, k))) expected.delete(k);
    for (const f of s.after) expected.set(f.path, f.sha256);
  }
  const settled = [...log.records].reverse().find((r): r is SettledRecord => r.t === 'settled');
  const changed = settled
    ? changedSince(root, settled.patterns, settled.files)
    : changedSince(root, [...patterns], [...expected].map(([p, h]) => ({ path: p, sha256: h, size: 0 })));
  const lastGit = [...states].reverse().find((s) => s.refs);
  if (lastGit) {
    const headNow = (await git.refState()).head ?? null;
    if (lastGit.head_after !== undefined && headNow !== lastGit.head_after) changed.push(`HEAD (now ${headNow?.slice(0, 10)}, the run left ${lastGit.head_after?.slice(0, 10)})`);
  }
  if (changed.length) throw new InputError(`undo of run ${log.run.run_id}: changed since the run: ${[...new Set(changed)].slice(0, 5).join(', ')}${changed.length > 5 ? ', …' : ''}; nothing was undone`);
  ensureGlxDir(ws.glxDir);
  const release = acquireRunLock(root);
  try {
    const ctx = contextFor(ws, git, log.run.inputs, log.run.run_id, new AbortController().signal, opts.warn ?? (() => undefined), now);
    const report = baseReport(pb, log.run.inputs, log.run.run_id, false, new Date(log.run.started_utc), log.run.head);
    report.log = log.rel;
    const all: string[] = [];
    for (const s of [...states].reverse()) {
      const step = pb.steps[s.idx];
      const sr = report.steps[s.idx];
      sr.summary = s.applied?.summary;
      sr.undone = await rollbackStep(ctx, root, git, step, s);
      sr.status = 'rolled_back';
      all.push(...sr.undone.map((l) => `${step.id}: ${l}`));
    }
    for (const sr of report.steps) if (sr.status === 'planned') sr.status = 'skipped';
    appendRecord(log.file, { t: 'undone', undone: all, finished_utc: now().toISOString() });
    report.status = 'undone';
    report.message = `run ${log.run.run_id} of playbook ${pb.number} undone: ${all.filter((l) => !l.endsWith('nothing to undo')).length} change(s) reverted`;
    report.finished_utc = now().toISOString();
    report.report = log.rel.replace(/\.jsonl$/, '.md');
    if (fs.existsSync(path.join(root, report.report))) {
      fs.appendFileSync(path.join(root, report.report), `\n## Undone ${report.finished_utc}\n\n${all.map((l) => `- ${l}`).join('\n')}\n`);
    }
    await recordRun(ws.glxDir, report, { source: opts.source ?? 'cli:playbook', branch: (await ws.repo.currentBranch()) ?? null, repoRoot: root, warn: opts.warn ?? (() => undefined) });
    return report;
  } finally {
    release();
  }
}

export { stamp };
