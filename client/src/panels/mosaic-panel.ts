// "GlitchLab: Open Mosaic" (spec §3.9, §6): hosts the Mosaic webview (webview-ui/mosaic),
// feeds it the server's glitchlab/mosaic view and its live glitchlab/mosaicUpdate pushes, sends
// the cells of the symbol under the editor cursor, and opens files the user clicks. Every
// webview message is validated (protocol parseMosaicWebviewMessage) and an open request must
// resolve inside the repository root AND a workspace folder (symlinks resolved), else refused.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  CommandIds, MosaicCellRequest, MosaicCursorRequest, MosaicFindRequest, MosaicRequest, MosaicUpdateNotification, parseMosaicWebviewMessage,
  type MosaicGridParams, type MosaicToWebview, type MosaicView,
} from '../../../server/src/protocol';
import type { Ctx } from '../ctx';
import { PanelSlot, reloadUntilReady, resolveInside, webviewHtml } from './webview-base';

export { resolveInside } from './webview-base';

export const VIEW_TYPE = 'glitchlab.mosaic';

/** The running language client (Ctx swaps it on restart, so read it each time). */
function clientOf(ctx: Ctx): LanguageClient | undefined {
  return ctx.runningClient;
}

export function registerMosaicPanel(ctx: Ctx): vscode.Disposable {
  return vscode.commands.registerCommand(CommandIds.openMosaic, () => MosaicPanel.show(ctx));
}

export class MosaicPanel {
  private static slot?: PanelSlot<MosaicPanel>;
  private readonly disposables: vscode.Disposable[] = [];
  private clientSubs: vscode.Disposable[] = [];
  private subscribedTo?: LanguageClient;
  private view?: MosaicView;
  private cursorTimer?: NodeJS.Timeout;
  private ready = false;

  private static slotFor(ctx: Ctx): PanelSlot<MosaicPanel> {
    return (MosaicPanel.slot ??= new PanelSlot(VIEW_TYPE, 'GlitchLab Mosaic', (p) => new MosaicPanel(ctx, p)));
  }

  static show(ctx: Ctx): void {
    MosaicPanel.slotFor(ctx).show(ctx.extension.extensionUri);
  }

  /** A panel VS Code restores after a reload (webview-base.ts registerPanelSerializer): take it over. */
  static revive(ctx: Ctx, panel: vscode.WebviewPanel): void {
    MosaicPanel.slotFor(ctx).revive(ctx.extension.extensionUri, panel);
  }

  private constructor(private readonly ctx: Ctx, readonly panel: vscode.WebviewPanel) {
    panel.webview.html = this.html();
    this.disposables.push(
      reloadUntilReady(panel, () => this.ready, () => this.html(), (l) => ctx.output.warn(l), { giveUp: () => MosaicPanel.slot?.renew(this, ctx.extension.extensionUri) ?? false }),
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((raw: unknown) => void this.onMessage(raw)),
      vscode.window.onDidChangeTextEditorSelection((e) => this.scheduleCursor(e.textEditor)),
      vscode.window.onDidChangeActiveTextEditor((e) => e && this.scheduleCursor(e)),
      // A server restart swaps the client: re-subscribe on the next status.
      ctx.onStatus(() => {
        if (clientOf(ctx) !== this.subscribedTo) void this.refresh();
      }),
    );
  }

  private post(m: MosaicToWebview): void {
    void this.panel.webview.postMessage(m);
  }

  private async onMessage(raw: unknown): Promise<void> {
    const m = parseMosaicWebviewMessage(raw);
    if (!m) {
      this.ctx.output.warn(`mosaic panel: ignored a malformed message ${JSON.stringify(raw)?.slice(0, 200)}`);
      return;
    }
    const client = clientOf(this.ctx);
    if (m.type === 'ready') {
      this.ready = true;
      await this.refresh();
    } else if (m.type === 'params') await this.refresh(m.params);
    else if (m.type === 'cell') {
      const cell = client ? await client.sendRequest(MosaicCellRequest.type, { cell: m.id }).catch(() => null) : null;
      this.post({ type: 'cell', id: m.id, cell });
    } else if (m.type === 'find') {
      const none = { cell: null, cells: [], label: '' };
      const r = client ? await client.sendRequest(MosaicFindRequest.type, { query: m.query }).catch(() => none) : none;
      this.post({ type: 'found', query: m.query, id: r.cell, cells: r.cells, label: r.label });
    } else if (m.type === 'openCell') {
      const cell = client ? await client.sendRequest(MosaicCellRequest.type, { cell: m.id }).catch(() => null) : null;
      // On the findings layer a cell holding findings opens its riskiest finding (mosaic/findings.ts).
      const finding = m.layer === 'findings' ? cell?.findings?.first : undefined;
      const f = cell?.files.find((x) => x.head) ?? cell?.files[0];
      if (finding) await this.open(finding.file, finding.line);
      else if (f) await this.open(f.path, f.head?.[0] ?? 1);
    } else if (m.type === 'open') await this.open(m.file, m.line);
  }

  private async open(file: string, line: number): Promise<void> {
    {
      if (!this.view) return;
      const r = resolveInside(this.view.rootUri, file);
      if ('refused' in r) {
        this.ctx.output.warn(`mosaic panel: refused to open ${file}: ${r.refused}`);
        void vscode.window.showWarningMessage(`GlitchLab: refused to open ${file}: ${r.refused}`);
        return;
      }
      const pos = new vscode.Position(line - 1, 0);
      // Keep the panel in view: open in the other column than the one the panel sits in.
      const column = this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
      await vscode.window.showTextDocument(r.uri, { viewColumn: column, selection: new vscode.Range(pos, pos), preserveFocus: false });
    }
  }

  private async refresh(params: MosaicGridParams = {}): Promise<void> {
    const client = clientOf(this.ctx);
    if (!client) {
      this.post({ type: 'status', message: 'the GlitchLab language server is not running' });
      return;
    }
    if (client !== this.subscribedTo) {
      for (const d of this.clientSubs.splice(0)) d.dispose();
      this.subscribedTo = client;
      this.clientSubs.push(client.onNotification(MosaicUpdateNotification.type, (v) => this.onView(v)));
    }
    try {
      this.onView(await client.sendRequest(MosaicRequest.type, { ...params, subscribe: true }));
    } catch (e) {
      this.post({ type: 'status', message: `mosaic: ${(e as Error).message}` });
    }
  }

  private onView(v: MosaicView): void {
    if (this.view && v.generation < this.view.generation && v.map.grid.rows === this.view.map.grid.rows && v.map.grid.cols === this.view.map.grid.cols) return;
    this.view = v;
    this.post({ type: 'view', view: v });
    const ed = vscode.window.activeTextEditor;
    if (ed) this.scheduleCursor(ed);
  }

  private scheduleCursor(editor: vscode.TextEditor): void {
    if (editor.document.uri.scheme !== 'file') return;
    if (this.cursorTimer) clearTimeout(this.cursorTimer);
    this.cursorTimer = setTimeout(() => {
      const client = clientOf(this.ctx);
      if (!client) return;
      client
        .sendRequest(MosaicCursorRequest.type, { uri: editor.document.uri.toString(), line: editor.selection.active.line })
        .then((cursor) => this.post({ type: 'cursor', cursor }), () => undefined);
    }, 60);
  }

  private html(): string {
    const layers = ['heat', 'delta', 'tokens', 'cc', 'churn', 'fan_in', 'findings', 'edge', 'roi'];
    return webviewHtml(this.panel.webview, this.ctx.extension.extensionUri, {
      title: 'GlitchLab Mosaic', bundle: 'mosaic',
      css: `
  .bar { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; margin-bottom: 6px; }
  .wrap { position: relative; }
  canvas { display: block; image-rendering: pixelated; cursor: pointer; }
  #tooltip { position: absolute; z-index: 2; max-width: 420px; pointer-events: none; padding: 4px 6px; color: var(--vscode-editorHoverWidget-foreground); background: var(--vscode-editorHoverWidget-background); border: 1px solid var(--vscode-editorHoverWidget-border); white-space: pre-wrap; }
  #tooltip .id { font-weight: bold; } #tooltip .sec { color: var(--vscode-editorError-foreground); } #tooltip .vals { opacity: .8; margin-top: 2px; }
  #info, #cursor { opacity: .8; }
  #found { font-weight: bold; }
  .i3-head { font-weight: bold; margin: 6px 0 2px; } .pass { color: var(--vscode-testing-iconPassed, #73c991); } .review { color: var(--vscode-editorWarning-foreground); } .fail { color: var(--vscode-editorError-foreground); } .na { opacity: .7; }
  .i3-file { margin-left: 8px; }
  .i3-sub { opacity: .7; font-size: .9em; }
  #legend { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; margin: 0 0 6px; font-size: .9em; }
  #legend .ramp { display: inline-block; width: 160px; height: 10px; }
  #legend .swatch { display: inline-flex; gap: 4px; align-items: center; }
  #legend .sq { display: inline-block; width: 10px; height: 10px; }
  #legend .what { opacity: .8; }
  .i3-cells button { margin: 2px; color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground); border: none; padding: 1px 4px; cursor: pointer; }
`,
      body: `
<div class="bar">
  <label for="layer">Layer</label>
  <select id="layer">${layers.map((l) => `<option value="${l}">${l}</option>`).join('')}<option value="i3">Φ / Δ (I3)</option></select>
  <input id="find" type="search" placeholder="Find symbol or file (Enter)" aria-label="Find symbol or file">
  <span id="found" aria-live="polite"></span>
  <span id="cursor" aria-label="symbol under the cursor"></span>
  <span id="info">loading…</span>
</div>
<div id="legend" aria-label="legend of the layer shown"></div>
<div class="wrap">
  <canvas id="grid" tabindex="0" role="img" aria-label="Mosaic grid: arrow keys move between cells, Enter opens the cell's file"></canvas>
  <div id="tooltip" hidden></div>
</div>
<div id="i3" aria-label="I3 gate"></div>
<div id="live" class="sr" aria-live="polite"></div>
`,
    });
  }

  private dispose(): void {
    MosaicPanel.slot?.release(this);
    if (this.cursorTimer) clearTimeout(this.cursorTimer);
    const client = clientOf(this.ctx);
    if (client) void client.sendRequest(MosaicRequest.type, { subscribe: false }).catch(() => undefined);
    for (const d of [...this.clientSubs.splice(0), ...this.disposables.splice(0)]) d.dispose();
  }
}
