// Playbooks between the language server and the client (spec §6, §7; issue 13): the list, one
// playbook's description, a run (or its dry-run plan; cancellable through the request's
// cancellation), the undo of a finished run, and progress notifications while a run goes.
// The server answers with what app/run-playbook.ts returns; engine types come in as types only.
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { PlaybookDescription, PlaybookSummary } from '../app/run-playbook';
import type { InputValue, ProgressEvent, RunReport } from '../playbooks/types';

export type { PlaybookDescription, PlaybookSummary, RunReport as PlaybookRunReport, ProgressEvent as PlaybookProgress };

export namespace PlaybookListRequest {
  export const method: 'glitchlab/playbook/list' = 'glitchlab/playbook/list';
  export const type = new RequestType<void, PlaybookSummary[], void>(method);
}

export namespace PlaybookDescribeRequest {
  export const method: 'glitchlab/playbook/describe' = 'glitchlab/playbook/describe';
  export const type = new RequestType<{ id: string }, PlaybookDescription, void>(method);
}

export interface PlaybookRunParams {
  id: string;
  inputs: Record<string, InputValue>;
  /** Plan only: nothing is written (the confirmation shows this plan). */
  dryRun: boolean;
  /** Echoed in the progress notifications. */
  token?: string;
}

/** Runs (or plans) a playbook with the workspace's trust; refused writes come back as status `precondition`. */
export namespace PlaybookRunRequest {
  export const method: 'glitchlab/playbook/run' = 'glitchlab/playbook/run';
  export const type = new RequestType<PlaybookRunParams, RunReport, void>(method);
}

/** Undoes a finished run (the notification's *Undo*): refused when what it wrote changed since. */
export namespace PlaybookUndoRequest {
  export const method: 'glitchlab/playbook/undo' = 'glitchlab/playbook/undo';
  export const type = new RequestType<{ runId?: string }, RunReport, void>(method);
}

export namespace PlaybookProgressNotification {
  export const method: 'glitchlab/playbook/progress' = 'glitchlab/playbook/progress';
  export const type = new NotificationType<ProgressEvent & { token?: string }>(method);
}
