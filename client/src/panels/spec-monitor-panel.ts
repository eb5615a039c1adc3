// The Spec Monitor (spec §6, §3.8): per module the thresholds α/β/ζ with the live ΔZ on the same
// scale, I1's decision and line, the ΔZ history of the calibration window with the threshold
// lines and the drift alarm (chart drawn with uPlot in the webview), the freeze state, I4's
// inputs, and Freeze / Unfreeze / Recalibrate buttons that run `glx calibrate`'s use cases in the
// server (glitchlab/calibrate) — disabled in untrusted workspaces. Refreshed on every status.
import * as vscode from 'vscode';
import {
  CalibrateRequest, CommandIds, parseSpecMonitorWebviewMessage, SpecMonitorRequest,
  type CalibrateParams, type SpecMonitorToWebview,
} from '../../../server/src/protocol';
import type { Ctx } from '../ctx';
import { InspectorPanel } from './inspector-panel';
import { PanelSlot, reloadUntilReady, webviewHtml, withTimeout } from './webview-base';

export const VIEW_TYPE = 'glitchlab.specMonitor';

export function registerSpecMonitor(ctx: Ctx): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(CommandIds.openSpecMonitor, () => SpecMonitorPanel.show(ctx)),
    // Playbook 8, HUD triage (spec §7): what changed (Inspector) next to where it stands (Spec Monitor).
    vscode.commands.registerCommand(CommandIds.hudTriage, () => {
      InspectorPanel.show(ctx, undefined, vscode.ViewColumn.One);
      SpecMonitorPanel.show(ctx, vscode.ViewColumn.Two);
    }),
  );
}

export class SpecMonitorPanel {
  private static slot?: PanelSlot<SpecMonitorPanel>;
  private readonly disposables: vscode.Disposable[] = [];
  private ready = false;
  private last = '';

  private static slotFor(ctx: Ctx): PanelSlot<SpecMonitorPanel> {
    return (SpecMonitorPanel.slot ??= new PanelSlot(VIEW_TYPE, 'GlitchLab Spec Monitor', (p) => new SpecMonitorPanel(ctx, p)));
  }

  static show(ctx: Ctx, column: vscode.ViewColumn = vscode.ViewColumn.Beside): void {
    SpecMonitorPanel.slotFor(ctx).show(ctx.extension.extensionUri, column);
  }

  /** A panel VS Code restores after a reload (webview-base.ts registerPanelSerializer): take it over. */
  static revive(ctx: Ctx, panel: vscode.WebviewPanel): void {
    SpecMonitorPanel.slotFor(ctx).revive(ctx.extension.extensionUri, panel);
  }

  private constructor(private readonly ctx: Ctx, readonly panel: vscode.WebviewPanel) {
    panel.webview.html = this.html();
    this.disposables.push(
      reloadUntilReady(panel, () => this.ready, () => this.html(), (l) => ctx.output.warn(l), { giveUp: () => SpecMonitorPanel.slot?.renew(this, ctx.extension.extensionUri) ?? false }),
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((raw: unknown) => void this.onMessage(raw)),
      ctx.onStatus(() => void this.refresh()),
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.refresh(true)),
    );
  }

  private post(m: SpecMonitorToWebview): void {
    void this.panel.webview.postMessage(m);
  }

  private async onMessage(raw: unknown): Promise<void> {
    const m = parseSpecMonitorWebviewMessage(raw);
    if (!m) {
      this.ctx.output.warn(`spec monitor: ignored a malformed message ${JSON.stringify(raw)?.slice(0, 200)}`);
      return;
    }
    if (m.type === 'ready') {
      this.ready = true;
      await this.refresh(true);
      return;
    }
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showWarningMessage('GlitchLab: calibration writes .glx/spec_state.json; trust this workspace first.');
      return;
    }
    let params: CalibrateParams;
    if (m.type === 'freeze') {
      const commits = await vscode.window.showInputBox({
        title: 'Freeze thresholds', prompt: 'For how many commits should α/β/ζ stay as they are?', value: '20',
        validateInput: (v) => (/^\d+$/.test(v.trim()) && Number(v) >= 1 ? undefined : 'a positive whole number of commits'),
      });
      if (commits === undefined) return;
      const reason = await vscode.window.showInputBox({
        title: 'Freeze thresholds', prompt: 'Why? (recorded with the freeze, e.g. "drift during the release")',
        validateInput: (v) => (v.trim() ? undefined : 'a reason is required'),
      });
      if (reason === undefined) return;
      params = { action: 'freeze', commits: Number(commits.trim()), reason: reason.trim() };
    } else params = { action: m.type === 'unfreeze' ? 'unfreeze' : 'update' };
    const client = this.ctx.runningClient;
    if (!client) return;
    try {
      // Recalibrating walks the history: cancellable (the server stops at the next commit, writes nothing).
      const r = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, cancellable: params.action === 'update', title: `GlitchLab: ${params.action === 'update' ? 'recalibrating' : params.action === 'freeze' ? 'freezing thresholds' : 'unfreezing thresholds'}…` },
        (_progress, token) => client.sendRequest(CalibrateRequest.type, params, token),
      );
      void vscode.window.showInformationMessage(`GlitchLab: ${r.message}`);
    } catch (e) {
      void vscode.window.showErrorMessage(`GlitchLab: ${(e as Error).message}`);
    }
    await this.refresh(true);
  }

  private async refresh(force = false): Promise<void> {
    if (!this.ready) return;
    const client = this.ctx.runningClient;
    if (!client) {
      this.post({ type: 'status', message: 'the GlitchLab language server is not running' });
      return;
    }
    try {
      const view = await withTimeout(client.sendRequest(SpecMonitorRequest.type, {}));
      const key = JSON.stringify(view) + vscode.workspace.isTrusted;
      if (!force && key === this.last) return;
      this.last = key;
      this.post({ type: 'view', view, trusted: vscode.workspace.isTrusted });
    } catch (e) {
      this.post({ type: 'status', message: (e as Error).message });
    }
  }

  private html(): string {
    return webviewHtml(this.panel.webview, this.ctx.extension.extensionUri, {
      title: 'GlitchLab Spec Monitor', bundle: 'spec-monitor', stylesheets: ['uPlot.min.css'],
      css: `
  h2 { font-size: 1.1em; margin: 4px 0; }
  #decision div { margin: 1px 0; }
  .module { border: 1px solid var(--vscode-panel-border, transparent); padding: 6px 8px; margin: 8px 0; }
  .module .head { display: flex; gap: 8px; align-items: baseline; flex-wrap: wrap; }
  .module .name { font-weight: bold; }
  .badge { padding: 0 6px; border-radius: 8px; font-size: .9em; }
  .ACCEPT { background: var(--vscode-testing-iconPassed, #388a34); color: var(--vscode-editor-background); }
  .REVIEW { background: var(--vscode-editorWarning-foreground); color: var(--vscode-editor-background); }
  .BLOCK, .HARD_BLOCK { background: var(--vscode-editorError-foreground); color: var(--vscode-editor-background); }
  .gauge { position: relative; height: 14px; margin: 6px 0 2px; background: linear-gradient(to right, var(--vscode-testing-iconPassed, #388a34) 0 var(--a), var(--vscode-editorWarning-foreground) var(--a) var(--b), var(--vscode-editorError-foreground) var(--b) 100%); opacity: .9; }
  .gauge .mark { position: absolute; top: -3px; width: 3px; height: 20px; background: var(--vscode-foreground); }
  .scale { display: flex; justify-content: space-between; font-size: .85em; opacity: .8; }
  .chart { margin-top: 6px; }
  .muted { opacity: .75; }
  .actions { display: flex; gap: 6px; margin: 8px 0; flex-wrap: wrap; }
  .u-legend { font-size: .85em; } .u-legend th, .u-legend td { color: var(--vscode-foreground); }
`,
      body: `
<h2>Decision</h2>
<div id="decision" aria-live="polite">loading…</div>
<div class="actions">
  <button id="recalibrate">Recalibrate</button>
  <button id="freeze" class="secondary">Freeze…</button>
  <button id="unfreeze" class="secondary">Unfreeze</button>
  <span id="trust" class="muted"></span>
</div>
<p id="frozen"></p>
<p id="source" class="muted"></p>
<div id="modules"></div>
<h2>Observable stability (I4)</h2>
<div id="i4" class="muted"></div>
`,
    });
  }

  private dispose(): void {
    SpecMonitorPanel.slot?.release(this);
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
