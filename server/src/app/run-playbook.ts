// Use cases of the playbooks (spec §7, issue 13): list, describe, run (or plan) and undo. The CLI
// (`glx playbook`) and the language server (the palette commands) call these; the runner and
// the twelve playbooks live in ../playbooks/.
import { resolveInputs } from '../playbooks/inputs';
import { PLAYBOOKS, playbookById } from '../playbooks/registry';
import { runPlaybook, undoRun, type RunOptions } from '../playbooks/runner';
import { commandIdOf, type InputValue, type Playbook, type PlaybookInput, type RunReport } from '../playbooks/types';
import type { Workspace } from './workspace';

export interface PlaybookSummary {
  id: string;
  number: number;
  title: string;
  when: string;
  writes: Playbook['writes'];
  available: boolean;
  unavailable?: string;
  command: string;
  cli: string;
}

export interface PlaybookDescription extends PlaybookSummary {
  inputs: Omit<PlaybookInput, 'validate'>[];
  requires: string[];
  rollback: string;
  steps: { id: string; title: string; writes: string; rollback: string }[];
}

const cliLine = (pb: Playbook) => `glx playbook run ${pb.id}${pb.inputs.filter((i) => i.required).map((i) => ` --${i.name} ${i.type === 'number' ? 'N' : i.name.toUpperCase()}`).join('')}`;

export function summaryOf(pb: Playbook): PlaybookSummary {
  return {
    id: pb.id, number: pb.number, title: pb.title, when: pb.when, writes: pb.writes, available: !pb.unavailable,
    ...(pb.unavailable ? { unavailable: pb.unavailable } : {}), command: commandIdOf(pb), cli: cliLine(pb),
  };
}

export function listPlaybooks(): PlaybookSummary[] {
  return PLAYBOOKS.map(summaryOf);
}

export function describePlaybook(idOrNumber: string): PlaybookDescription {
  const pb = playbookById(idOrNumber);
  return {
    ...summaryOf(pb),
    inputs: pb.inputs.map(({ validate: _v, ...rest }) => rest),
    requires: [...new Set([...pb.requires, ...(pb.writes !== 'none' ? ['trusted'] : [])])],
    rollback: pb.rollback,
    steps: pb.steps.map((s) => ({ id: s.id, title: s.title, writes: s.writes, rollback: s.rollback })),
  };
}

/** Plans (dryRun) or runs playbook `idOrNumber` with raw inputs (validated here: bad input throws). */
export async function runPlaybookCase(ws: Workspace, idOrNumber: string, rawInputs: Record<string, InputValue | undefined>, opts: RunOptions): Promise<RunReport> {
  const pb = playbookById(idOrNumber);
  const inputs = resolveInputs(pb, rawInputs);
  return runPlaybook(ws, pb, inputs, opts);
}

/** Rolls back a finished run (`runId` undefined: the latest one that can be undone). */
export function undoPlaybookRun(ws: Workspace, runId: string | undefined, opts: { trusted: boolean; warn?: (l: string) => void; source?: string }): Promise<RunReport> {
  return undoRun(ws, PLAYBOOKS, runId, opts);
}

/**
 * Exit codes of `glx playbook run|undo` (docs/playbooks.md): 0 done (or planned), 3 a
 * precondition does not hold (nothing done), 4 a step failed and the applied steps were rolled
 * back, 5 cancelled or not confirmed (rolled back), 6 the playbook is not available yet,
 * 7 a rollback did not complete (manual action: see the report). Errors keep theirs (2, 66, 75, 70).
 */
export const PLAYBOOK_EXIT: Record<RunReport['status'], number> = {
  ok: 0, planned: 0, undone: 0, precondition: 3, failed: 4, cancelled: 5, unavailable: 6, rollback_failed: 7,
};
