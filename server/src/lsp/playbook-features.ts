// The playbooks in the editor (spec §6, §7; issue 13): the language server answers the palette
// commands' requests with the same use cases as `glx playbook` (app/run-playbook.ts) — list,
// describe, run or plan, undo — and reports a run's progress as notifications. A run is
// cancelled through its request's cancellation (the client's progress Cancel button). Trust is
// the client's: an untrusted workspace gets plans only (the runner refuses writes with the reason).
import type { CancellationToken, Connection } from 'vscode-languageserver/node';
import { describePlaybook, listPlaybooks, runPlaybookCase, undoPlaybookRun } from '../app/run-playbook';
import type { Workspace } from '../app/workspace';
import { InputError } from '../errors';
import { PlaybookDescribeRequest, PlaybookListRequest, PlaybookProgressNotification, PlaybookRunRequest, PlaybookUndoRequest } from '../protocol';
import type { ErrorReporter } from './error-reporting';

export interface PlaybookHost {
  workspace(): Workspace | undefined;
  /** The client reported a trusted workspace. */
  trusted(): boolean;
  /** After a run that may have written: refresh the gates and the status. */
  afterRun(): void;
}

export class PlaybookFeatures {
  constructor(
    private readonly conn: Connection,
    private readonly errors: ErrorReporter,
    private readonly host: PlaybookHost,
  ) {}

  private ws(): Workspace {
    const ws = this.host.workspace();
    if (!ws) throw new InputError('GlitchLab has no repository open');
    return ws;
  }

  listen(): void {
    this.errors.onRequest(PlaybookListRequest.type, () => listPlaybooks());
    this.errors.onRequest(PlaybookDescribeRequest.type, (p) => describePlaybook(String(p?.id ?? '')));
    this.conn.onRequest(PlaybookRunRequest.type, (params, token: CancellationToken) =>
      this.errors.request(PlaybookRunRequest.method, async (p: typeof params) => {
        if (!p || typeof p.id !== 'string' || typeof p.inputs !== 'object' || p.inputs === null) throw new InputError('playbook run: expected {id, inputs, dryRun}');
        const ac = new AbortController();
        const sub = token.onCancellationRequested(() => ac.abort());
        try {
          const r = await runPlaybookCase(this.ws(), p.id, p.inputs, {
            dryRun: p.dryRun === true, trusted: this.host.trusted(), signal: ac.signal, source: 'lsp:playbook',
            warn: (l) => this.conn.console.warn(`glitchlab: playbook: ${l}`),
            onProgress: (e) => void this.conn.sendNotification(PlaybookProgressNotification.type, { ...e, token: p.token }),
          });
          if (!r.dry_run) this.host.afterRun();
          return r;
        } finally {
          sub.dispose();
        }
      })(params),
    );
    this.errors.onRequest(PlaybookUndoRequest.type, async (p) => {
      const r = await undoPlaybookRun(this.ws(), typeof p?.runId === 'string' ? p.runId : undefined, { trusted: this.host.trusted(), source: 'lsp:playbook', warn: (l) => this.conn.console.warn(`glitchlab: playbook: ${l}`) });
      this.host.afterRun();
      return r;
    });
  }
}
