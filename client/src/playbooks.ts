// The playbooks in the palette (spec §6, §7; issue 13): one command per playbook (category
// GlitchLab; playbook 8 is *HUD Triage*, which opens the panels). Each: inputs (quick picks for
// choices, input boxes with validation for required values) → the dry-run plan from the server
// → a confirmation showing that plan → the run under `window.withProgress` with Cancel → a
// notification with *Open report* and, when the run can be rolled back, *Undo*. In an untrusted
// workspace a playbook that writes shows its plan and why it will not run.
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CommandIds, PlaybookDescribeRequest, PlaybookProgressNotification, PlaybookRunRequest, PlaybookUndoRequest,
  type PlaybookDescription, type PlaybookRunReport,
} from '../../server/src/protocol';
import type { Ctx } from './ctx';

type InputValue = string | number | boolean;

/** The palette commands this file owns, by the playbook id the server knows. */
export const PLAYBOOK_COMMANDS: readonly [string, string][] = [
  [CommandIds.playbookFreeze, 'freeze'],
  [CommandIds.playbookRollback, 'rollback'],
  [CommandIds.playbookReindex, 'reindex'],
  [CommandIds.playbookEgdb, 'egdb'],
  [CommandIds.playbookSecretLeak, 'secret-leak'],
  [CommandIds.playbookUnstuckCi, 'unstuck-ci'],
  [CommandIds.playbookPerf, 'perf'],
  [CommandIds.playbookRelease, 'release'],
  [CommandIds.playbookRecovery, 'recovery'],
  [CommandIds.playbookPresets, 'presets'],
  [CommandIds.playbookSpike, 'spike'],
];

/**
 * The plan as text. The output channel gets all of it; the modal confirmation (which must fit
 * on the screen with its buttons) the first `perStep` lines of each step.
 */
export function planText(r: PlaybookRunReport, perStep = Infinity): string {
  const lines: string[] = [];
  for (const s of r.steps) {
    lines.push(`${s.idx + 1}. ${s.title}`);
    const shown = s.plan.slice(0, perStep);
    for (const p of shown) lines.push(`    ${p.length > 160 ? `${p.slice(0, 157)}…` : p}`);
    if (s.plan.length > shown.length) lines.push(`    … ${s.plan.length - shown.length} more (GlitchLab output)`);
  }
  return lines.join('\n');
}

async function askInputs(d: PlaybookDescription): Promise<Record<string, InputValue> | undefined> {
  const out: Record<string, InputValue> = {};
  const title = `GlitchLab: Playbook ${d.number} — ${d.title}`;
  for (const i of d.inputs) {
    if (i.type === 'enum' && i.choices) {
      const items = i.choices.map((c) => ({ label: c, description: c === i.default ? 'default' : undefined }));
      const picked = await vscode.window.showQuickPick(items, { title, placeHolder: `${i.name}: ${i.desc}` });
      if (!picked) return undefined;
      out[i.name] = picked.label;
    } else if (i.required || i.ask) {
      const v = await vscode.window.showInputBox({
        title, prompt: `${i.name}: ${i.desc}${i.required ? '' : ' (empty: the default)'}`, ignoreFocusOut: true,
        validateInput: (x) => (!x.trim() ? (i.required ? `${i.name} is required` : undefined) : i.type === 'number' && !Number.isFinite(Number(x)) ? `${i.name}: a number` : /^\s*-/.test(x) ? 'cannot start with "-"' : undefined),
      });
      if (v === undefined) return undefined;
      if (v.trim()) out[i.name] = i.type === 'number' ? Number(v) : v.trim();
    }
  }
  return out;
}

async function openReport(ctx: Ctx, rel: string | undefined): Promise<void> {
  const root = ctx.folder?.uri.fsPath;
  if (!rel || !root) return;
  await vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.file(path.join(root, rel)));
}

async function showResult(ctx: Ctx, r: PlaybookRunReport): Promise<void> {
  ctx.output.info(`playbook ${r.number} ${r.playbook}: ${r.status}: ${r.message}${r.report ? ` (report ${r.report})` : ''}`);
  const actions = [...(r.report ? ['Open report'] : []), ...(r.undoable ? ['Undo'] : [])];
  const text = `GlitchLab: ${r.message}`;
  const pick = r.status === 'ok' || r.status === 'undone' || r.status === 'planned'
    ? await vscode.window.showInformationMessage(text, ...actions)
    : await vscode.window.showErrorMessage(text, ...actions);
  if (pick === 'Open report') await openReport(ctx, r.report);
  else if (pick === 'Undo') await vscode.commands.executeCommand(CommandIds.playbookUndo, r.run_id);
}

export async function runPlaybookCommand(ctx: Ctx, id: string): Promise<void> {
  const client = ctx.runningClient;
  if (!client) {
    void vscode.window.showErrorMessage('GlitchLab: the language server is not running (GlitchLab: Restart Language Server)');
    return;
  }
  try {
    const d = await client.sendRequest(PlaybookDescribeRequest.type, { id });
    if (!d.available) {
      void vscode.window.showWarningMessage(`GlitchLab: Playbook ${d.number} — ${d.title} is not available yet: ${d.unavailable}`);
      return;
    }
    const inputs = await askInputs(d);
    if (!inputs) return;
    const title = `GlitchLab: Playbook ${d.number} — ${d.title}`;
    const plan = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `${title}: planning…`, cancellable: true }, (_p, token) =>
      client.sendRequest(PlaybookRunRequest.type, { id, inputs, dryRun: true }, token),
    );
    ctx.output.info(`playbook ${d.number} ${d.id} plan:\n${planText(plan)}`);
    const text = planText(plan, 3);
    if (plan.status !== 'planned') {
      void vscode.window.showErrorMessage(`GlitchLab: ${plan.message}`);
      return;
    }
    if (d.writes !== 'none' && !vscode.workspace.isTrusted) {
      await vscode.window.showWarningMessage(`${title}: not run — this workspace is not trusted and the playbook writes ${d.writes === 'git' ? 'to git and .glx/' : 'to .glx/'}. The plan:`, { modal: true, detail: text });
      return;
    }
    const go = await vscode.window.showInformationMessage(`${title}: run these ${plan.steps.filter((s) => !s.plan.some((l) => l.startsWith('nothing to do'))).length} step(s)?`, { modal: true, detail: text }, 'Run');
    if (go !== 'Run') return;
    const token = `${id}-${Date.now()}`;
    const r = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, cancel) => {
      let last = 0;
      const sub = client.onNotification(PlaybookProgressNotification.type, (e) => {
        if (e.token !== token || e.step === undefined) return;
        const pct = Math.round((100 * (e.step + (e.phase === 'verify' ? 0.5 : 0))) / Math.max(1, e.total));
        progress.report({ message: `${e.phase} ${e.step + 1}/${e.total}: ${e.title}`, increment: Math.max(0, pct - last) });
        last = Math.max(last, pct);
      });
      try {
        return await client.sendRequest(PlaybookRunRequest.type, { id, inputs, dryRun: false, token }, cancel);
      } finally {
        sub.dispose();
      }
    });
    await showResult(ctx, r);
  } catch (e) {
    void vscode.window.showErrorMessage(`GlitchLab: ${(e as Error).message}`);
  }
}

async function undo(ctx: Ctx, runId?: unknown): Promise<void> {
  const client = ctx.runningClient;
  if (!client) return;
  try {
    const r = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'GlitchLab: undoing the playbook run…' }, () =>
      client.sendRequest(PlaybookUndoRequest.type, { runId: typeof runId === 'string' ? runId : undefined }),
    );
    await showResult(ctx, r);
  } catch (e) {
    void vscode.window.showErrorMessage(`GlitchLab: ${(e as Error).message}`);
  }
}

export function registerPlaybooks(ctx: Ctx): vscode.Disposable[] {
  return [
    ...PLAYBOOK_COMMANDS.map(([command, id]) => vscode.commands.registerCommand(command, () => runPlaybookCommand(ctx, id))),
    vscode.commands.registerCommand(CommandIds.playbookUndo, (runId?: unknown) => undo(ctx, runId)),
  ];
}
