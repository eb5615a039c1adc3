// What clicking the GlitchLab status bar item offers (spec §6: "click opens the Spec Monitor";
// until that panel exists, issue 15 bug 4: a quick pick of what the item means, the decision's
// lines and what to do next). Pure: the rows are built from the server's `glitchlab/status`
// here (no `vscode` import, unit-tested in test/unit/status-actions.test.ts) and shown by
// commands.ts. The lines are the server's, word for word (explain/, gates/gate-lines.ts).
import { CommandIds, type CommandId, type StatusParams } from '../../server/src/protocol';

export type StatusRow =
  | { kind: 'separator'; label: string }
  /** Text to read; picking it shows the output channel (where the full log is). */
  | { kind: 'info'; label: string; detail?: string }
  | { kind: 'action'; label: string; detail?: string; command: CommandId };

export function statusRows(st: StatusParams | undefined, running: boolean): StatusRow[] {
  const rows: StatusRow[] = [{ kind: 'separator', label: 'what the status item shows' }];
  if (!st) {
    rows.push({ kind: 'info', label: '$(sync~spin) starting', detail: 'The language server has not reported yet: GlitchLab is starting or indexing the change.' });
  } else if (st.state === 'error') {
    rows.push({ kind: 'info', label: `$(error) ${st.message || 'the language server reported an error'}` });
  } else if (st.state === 'indexing') {
    rows.push({ kind: 'info', label: '$(sync~spin) indexing', detail: 'The change against the base is being measured; the ΔZ and the decision follow.' });
  } else {
    rows.push({
      kind: 'info',
      label: `Δ whole change ΔZ ${st.dz.toFixed(2)}${st.decision ? ` · ${st.decision}` : ''}`,
      detail: `ΔZ: the change energy of everything changed since the base (0 none … 1 huge)${st.decision ? '; the decision: what the gates I1–I4 say — the same CI takes with glx invariants --ci' : ''}.`,
    });
    if (st.summary) rows.push({ kind: 'info', label: st.summary });
    if (st.base) rows.push({ kind: 'info', label: `$(git-compare) base ${named(st.base)}`, detail: baseWhy(st.base.source) });
  }
  const lines = st?.state === 'ready' ? st.explain ?? [] : [];
  if (lines.length) {
    rows.push({ kind: 'separator', label: 'why (the lines glx invariants prints)' });
    for (const l of lines) rows.push({ kind: 'info', label: l });
  }
  rows.push({ kind: 'separator', label: 'next steps' });
  if (!running) rows.push({ kind: 'action', label: '$(debug-restart) Restart Language Server', command: CommandIds.restartServer });
  rows.push(
    { kind: 'action', label: '$(pulse) Open Spec Monitor', detail: 'each module\'s ΔZ against its thresholds, the history, freeze / recalibrate', command: CommandIds.openSpecMonitor },
    { kind: 'action', label: '$(list-tree) Open Delta Inspector', detail: 'every Δ token of the change in plain words, by file', command: CommandIds.openDeltaInspector },
    { kind: 'action', label: '$(layout) HUD Triage (playbook 8)', detail: 'the Inspector and the Spec Monitor side by side', command: CommandIds.hudTriage },
    { kind: 'action', label: '$(git-compare) Select Base…', detail: 'measure against another branch, tag or commit', command: CommandIds.selectBase },
    { kind: 'action', label: '$(symbol-array) Open Mosaic', detail: 'the repository as a map, the change and gate I3 on it', command: CommandIds.openMosaic },
    { kind: 'action', label: '$(output) Show Output', detail: 'the GlitchLab log', command: CommandIds.showOutput },
  );
  return rows;
}

function named(b: NonNullable<StatusParams['base']>): string {
  const sha = b.sha.slice(0, 12);
  return b.rev !== b.sha && !b.sha.startsWith(b.rev) ? `${b.rev} (${sha})` : sha;
}

function baseWhy(s: NonNullable<StatusParams['base']>['source']): string {
  switch (s) {
    case 'explicit':
      return 'picked with Select Base… or the glitchlab.base setting';
    case 'merge-base':
      return 'the merge-base of HEAD with the default branch';
    case 'HEAD':
      return 'HEAD: no default branch to branch off from, so the uncommitted change is measured';
    case 'empty-tree':
      return 'no commits yet: everything is new';
  }
}
