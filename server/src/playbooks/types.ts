// The playbook contract (spec §7, issue 13): a playbook is DATA (id, inputs, preconditions,
// what it writes, its rollback in words) plus CODE (steps). Each step can say what it will do
// (`plan`, shown by --dry-run and in the editor's confirmation), do it (`apply`), check it
// (`verify`) and undo it (`rollback`). The runner (runner.ts) owns everything around the steps:
// preconditions, snapshots of the files a step declares it touches, git ref snapshots, the log,
// EGDB rows and events, cancellation and the reverse rollback of applied steps.
import type { Workspace } from '../app/workspace';
import type { GitWriter } from '../git/writer';

export type InputValue = string | number | boolean;
export type Inputs = Record<string, InputValue>;

export interface PlaybookInput {
  name: string;
  type: 'string' | 'number' | 'boolean' | 'enum';
  desc: string;
  required?: boolean;
  default?: InputValue;
  choices?: readonly string[];
  /** A reason when the value is unusable (checked before anything runs). */
  validate?: (v: InputValue, all: Inputs) => string | undefined;
  /** The editor asks for it even though it is optional (an empty answer keeps the default). */
  ask?: boolean;
}

/**
 * Conditions checked before a run (nothing is done when one fails):
 * clean-tree — no staged, unstaged or untracked changes (`.glx/` is ignored);
 * not-shallow — a full history (reverts and release checks need the parents);
 * trusted — the workspace is trusted (every playbook that writes, docs/playbooks.md);
 * has-commits — HEAD exists.
 */
export type Precondition = 'clean-tree' | 'not-shallow' | 'trusted' | 'has-commits';

/** What a step will do, in lines a user reads before confirming. `skip`: nothing to do, and why. */
export interface StepPlan {
  lines: string[];
  skip?: string;
}

/** JSON-serialisable record of an applied step (kept in the run log so a later process can roll it back). */
export interface Applied {
  summary: string;
  /** Repository-relative paths of what the step produced. */
  artifacts?: string[];
  /** Markdown for the run report (advice, tables…). */
  report?: string;
  /** Step-specific data for its verify/rollback and for later steps (JSON only). */
  data?: Record<string, unknown>;
}

export interface StepContext {
  ws: Workspace;
  git: GitWriter;
  inputs: Inputs;
  runId: string;
  /** Results of the steps applied before this one in the same run (by step id). */
  previous: Record<string, Applied>;
  /** Values computed by plan() that apply() reuses (same process only; plan is re-run on resume). */
  memo: Record<string, unknown>;
  signal: AbortSignal;
  warn: (line: string) => void;
  now: () => Date;
}

export interface Step {
  id: string;
  title: string;
  /** What it writes, in words ("`.glx/spec_state.json`", "a commit", "nothing"). */
  writes: string;
  /** How the runner undoes it, in words (`glx playbook show`). */
  rollback: string;
  /**
   * Repository-relative paths (files or directories; a trailing `*` matches names starting with
   * the prefix) the runner snapshots before apply and restores byte for byte on rollback.
   */
  touches?: (ctx: StepContext) => string[];
  /** The step moves git refs: the runner records them and restores them on rollback. */
  git?: boolean;
  plan(ctx: StepContext): Promise<StepPlan>;
  apply(ctx: StepContext): Promise<Applied>;
  /** Throws when the step's effect is not what it should be (the run then fails and rolls back). */
  verify?(ctx: StepContext, applied: Applied): Promise<void>;
  /** Runs after the file and ref snapshots are restored (e.g. record the restored state in EGDB); returns what it did. */
  undo?(ctx: StepContext, applied: Applied): Promise<string[]>;
}

export interface Playbook {
  /** Short id typed in the CLI (`freeze`); the number works too (`1`). */
  id: string;
  number: number;
  title: string;
  /** When to use it (spec §7 / the seed's "Kiedy"). */
  when: string;
  inputs: readonly PlaybookInput[];
  requires: readonly Precondition[];
  /** 'none': read-only (runs in untrusted workspaces); 'glx': writes `.glx/`; 'git': also commits/tags/branches. */
  writes: 'none' | 'glx' | 'git';
  steps: readonly Step[];
  /** The rollback the playbook offers, in words (spec §7 table). */
  rollback: string;
  /** Set when a part it needs is not built yet: the run stops before anything with this reason. */
  unavailable?: string;
  /** The palette command running it (protocol/commands.ts; playbook 8 is the HUD Triage command). */
  command: string;
}

export type StepStatus = 'planned' | 'skipped' | 'applied' | 'verified' | 'failed' | 'rolled_back' | 'rollback_failed' | 'already_done' | 'unavailable';
export type RunStatus = 'planned' | 'ok' | 'failed' | 'cancelled' | 'precondition' | 'unavailable' | 'rollback_failed' | 'undone';

export interface StepReport {
  idx: number;
  id: string;
  title: string;
  status: StepStatus;
  plan: string[];
  summary?: string;
  artifacts?: string[];
  error?: string;
  /** What the rollback did, when it ran. */
  undone?: string[];
  started_utc?: string;
  finished_utc?: string;
}

export interface RunReport {
  schema: 'glx.playbook.run.v1';
  run_id: string;
  playbook: string;
  number: number;
  title: string;
  dry_run: boolean;
  inputs: Inputs;
  status: RunStatus;
  /** One line: what happened. */
  message: string;
  steps: StepReport[];
  /** Repository-relative path of the jsonl log (absent for dry runs). */
  log?: string;
  /** Repository-relative path of the markdown report. */
  report?: string;
  /** When this run continued an interrupted one: what that run had already done. */
  resumed_from?: { run_id: string; done: string[] };
  started_utc: string;
  finished_utc: string;
  head: string | null;
  /** True when `glx playbook undo <run>` can still roll this run back. */
  undoable: boolean;
}

export interface ProgressEvent {
  phase: 'plan' | 'apply' | 'verify' | 'rollback' | 'done';
  step?: number;
  total: number;
  title: string;
}

/** The editor command running a playbook (spec §6: each playbook in the palette). */
export const commandIdOf = (pb: Pick<Playbook, 'command'>): string => pb.command;
