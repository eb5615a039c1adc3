// The Delta Inspector (spec §6): every semantic token of the change, grouped by file, filterable
// by kind, module and text, sortable by share of ΔZ; a selected token shows what changed in
// plain words, before/after, its share of its module's ΔZ with the arithmetic, and the gate
// lines it feeds — all worded by the server (glitchlab/inspector), so the count and numbers equal
// the lenses', Problems' and the status bar's. Buttons jump to the code, open VS Code's diff of
// the base against the working copy (scheme `glitchlab-base`, served by glitchlab/baseText) and
// show the quick fixes (the deprecated adapter of an I2 FAIL). Live: refreshed on every status.
// Webview messages are validated (protocol parseInspectorWebviewMessage); paths stay inside the
// workspace (webview-base.ts resolveInside).
import * as vscode from 'vscode';
import {
  BaseTextRequest, InspectorRequest, parseInspectorWebviewMessage,
  type InspectorToWebview, type InspectorView, type OpenDeltaInspectorArgs,
} from '../../../server/src/protocol';
import type { Ctx } from '../ctx';
import { PanelSlot, reloadUntilReady, resolveInside, webviewHtml, withTimeout } from './webview-base';

export const VIEW_TYPE = 'glitchlab.deltaInspector';
export const BASE_SCHEME = 'glitchlab-base';

/** `glitchlab-base:/<repo-relative path>`: a file's text at the base, for VS Code's diff editor. */
export function registerBaseContent(ctx: Ctx): vscode.Disposable {
  return vscode.workspace.registerTextDocumentContentProvider(BASE_SCHEME, {
    async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
      const client = ctx.runningClient;
      if (!client) return '';
      const r = await client.sendRequest(BaseTextRequest.type, { path: uri.path.replace(/^\//, '') }).catch(() => ({ text: null }));
      return r.text ?? '';
    },
  });
}

export class InspectorPanel {
  private static slot?: PanelSlot<InspectorPanel>;
  private readonly disposables: vscode.Disposable[] = [];
  private view?: InspectorView;
  private pending?: OpenDeltaInspectorArgs;
  private ready = false;
  private refreshing = false;
  private again = false;

  private static slotFor(ctx: Ctx): PanelSlot<InspectorPanel> {
    return (InspectorPanel.slot ??= new PanelSlot(VIEW_TYPE, 'GlitchLab Delta Inspector', (p) => new InspectorPanel(ctx, p)));
  }

  static show(ctx: Ctx, args?: OpenDeltaInspectorArgs, column: vscode.ViewColumn = vscode.ViewColumn.Beside): void {
    InspectorPanel.slotFor(ctx).show(ctx.extension.extensionUri, column).focus(args);
  }

  /** A panel VS Code restores after a reload (webview-base.ts registerPanelSerializer): take it over. */
  static revive(ctx: Ctx, panel: vscode.WebviewPanel): void {
    InspectorPanel.slotFor(ctx).revive(ctx.extension.extensionUri, panel);
  }

  private constructor(private readonly ctx: Ctx, readonly panel: vscode.WebviewPanel) {
    panel.webview.html = this.html();
    this.disposables.push(
      reloadUntilReady(panel, () => this.ready, () => this.html(), (l) => ctx.output.warn(l), { giveUp: () => InspectorPanel.slot?.renew(this, ctx.extension.extensionUri, (next) => next.focus(this.pending)) ?? false }),
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((raw: unknown) => void this.onMessage(raw)),
      // Every re-analysis (and a server restart) sends a status: follow the edits live.
      ctx.onStatus(() => void this.refresh()),
    );
  }

  private post(m: InspectorToWebview): void {
    void this.panel.webview.postMessage(m);
  }

  private focus(args: OpenDeltaInspectorArgs | undefined): void {
    if (!this.ready) {
      this.pending = args;
      return;
    }
    this.post({ type: 'focus', ...(args?.file ? { file: args.file } : {}), ...(args?.symbol ? { symbol: args.symbol } : {}) });
  }

  private async onMessage(raw: unknown): Promise<void> {
    const m = parseInspectorWebviewMessage(raw);
    if (!m) {
      this.ctx.output.warn(`delta inspector: ignored a malformed message ${JSON.stringify(raw)?.slice(0, 200)}`);
      return;
    }
    if (m.type === 'ready') {
      this.ready = true;
      this.view = undefined; // a (re)loaded webview has nothing: send the view again
      await this.refresh();
      this.focus(this.pending);
      this.pending = undefined;
      return;
    }
    const target = this.resolve(m.file);
    if (!target) return;
    const pos = new vscode.Position(m.line - 1, 0);
    const column = this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
    if (m.type === 'diff') {
      const base = vscode.Uri.from({ scheme: BASE_SCHEME, path: `/${m.file}` });
      await vscode.commands.executeCommand('vscode.diff', base, target, `${m.file} (base ${this.view?.base.rev.slice(0, 12) ?? ''} ↔ working copy)`, { viewColumn: column, selection: new vscode.Range(pos, pos) });
      return;
    }
    await vscode.window.showTextDocument(target, { viewColumn: column, selection: new vscode.Range(pos, pos), preserveFocus: false });
    if (m.type === 'fix') await vscode.commands.executeCommand('editor.action.quickFix');
  }

  private resolve(file: string): vscode.Uri | undefined {
    if (!this.view) return undefined;
    const r = resolveInside(this.view.rootUri, file);
    if ('refused' in r) {
      this.ctx.output.warn(`delta inspector: refused to open ${file}: ${r.refused}`);
      void vscode.window.showWarningMessage(`GlitchLab: refused to open ${file}: ${r.refused}`);
      return undefined;
    }
    return r.uri;
  }

  /** One request at a time; a status arriving meanwhile asks for one more (the newest wins). */
  private async refresh(): Promise<void> {
    if (!this.ready) return;
    if (this.refreshing) {
      this.again = true;
      return;
    }
    this.refreshing = true;
    try {
      do {
        this.again = false;
        const client = this.ctx.runningClient;
        if (!client) {
          this.post({ type: 'status', message: 'the GlitchLab language server is not running' });
          return;
        }
        try {
          const v = await withTimeout(client.sendRequest(InspectorRequest.type, {}));
          if (!this.view || v.generation !== this.view.generation || JSON.stringify(v) !== JSON.stringify(this.view)) {
            this.view = v;
            this.post({ type: 'view', view: v });
          }
        } catch (e) {
          this.post({ type: 'status', message: (e as Error).message });
        }
      } while (this.again);
    } finally {
      this.refreshing = false;
    }
  }

  private html(): string {
    return webviewHtml(this.panel.webview, this.ctx.extension.extensionUri, {
      title: 'GlitchLab Delta Inspector', bundle: 'inspector',
      css: `
  #summary { margin: 0 0 6px; }
  .bar { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; margin-bottom: 6px; }
  .main { display: grid; grid-template-columns: minmax(240px, 1fr) minmax(260px, 1.2fr); gap: 10px; align-items: start; }
  #list { max-height: 75vh; overflow: auto; border: 1px solid var(--vscode-panel-border, transparent); }
  .file { font-weight: bold; padding: 4px 6px; background: var(--vscode-sideBarSectionHeader-background); position: sticky; top: 0; }
  .row { display: flex; gap: 6px; padding: 2px 6px; cursor: pointer; }
  .row .kind { font-family: var(--vscode-editor-font-family); min-width: 9em; }
  .row .share { margin-left: auto; opacity: .85; font-variant-numeric: tabular-nums; white-space: nowrap; }
  @media (max-width: 720px) { .main { grid-template-columns: 1fr; } #list { max-height: 40vh; } }
  code { font-family: var(--vscode-editor-font-family); background: var(--vscode-textCodeBlock-background); padding: 0 2px; }
  .row[aria-selected="true"] { color: var(--vscode-list-activeSelectionForeground); background: var(--vscode-list-activeSelectionBackground); }
  .row:hover { background: var(--vscode-list-hoverBackground); }
  #detail h3 { margin: 0 0 6px; font-size: 1.05em; }
  #detail .plain { margin: 0 0 8px; }
  #detail pre { white-space: pre-wrap; background: var(--vscode-textCodeBlock-background); padding: 4px 6px; margin: 2px 0; }
  #detail .sides { display: grid; grid-template-columns: 1fr 1fr; gap: 6px; }
  #detail .muted, .muted { opacity: .75; }
  #detail .actions { display: flex; gap: 6px; margin-top: 8px; flex-wrap: wrap; }
  .gate { margin: 2px 0; }
  .tabs { display: flex; gap: 2px; margin: 0 0 6px; border-bottom: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, transparent)); }
  .tabs button { background: none; border: none; border-bottom: 2px solid transparent; color: var(--vscode-foreground); padding: 3px 8px; cursor: pointer; }
  .tabs button[aria-selected="true"] { border-bottom-color: var(--vscode-focusBorder); font-weight: bold; }
  #f-headline { margin: 0 0 6px; font-weight: bold; }
  #f-list { max-height: 75vh; overflow: auto; border: 1px solid var(--vscode-panel-border, transparent); }
  .finding { padding: 3px 6px; cursor: pointer; border-bottom: 1px solid var(--vscode-panel-border, transparent); }
  .finding:hover { background: var(--vscode-list-hoverBackground); }
  .finding .top { display: flex; gap: 8px; align-items: baseline; flex-wrap: wrap; }
  .finding .sev { font-weight: bold; min-width: 5.5em; }
  .finding .sev.CRITICAL, .finding .sev.HIGH { color: var(--vscode-editorError-foreground); }
  .finding .sev.MEDIUM { color: var(--vscode-editorWarning-foreground); }
  .finding .rule { font-family: var(--vscode-editor-font-family); }
  .finding .where { margin-left: auto; opacity: .85; }
  .finding .msg { opacity: .8; font-size: .95em; }
  .finding.fixed { opacity: .65; }
`,
      body: `
<p id="summary" aria-live="polite">loading…</p>
<div class="tabs" role="tablist" aria-label="Inspector views">
  <button id="tab-tokens" role="tab" aria-selected="true" aria-controls="pane-tokens">Δ tokens</button>
  <button id="tab-findings" role="tab" aria-selected="false" aria-controls="pane-findings">SAST findings</button>
</div>
<section id="pane-findings" role="tabpanel" aria-labelledby="tab-findings" hidden>
  <p id="f-headline" aria-live="polite"></p>
  <div class="bar">
    <label for="queue">Queue</label><select id="queue"><option value="">all</option><option value="block">block</option><option value="review">review</option><option value="fixable">fixable</option><option value="triage">triage</option></select>
    <span id="f-count" class="muted"></span>
  </div>
  <div id="f-list" role="listbox" tabindex="0" aria-label="SAST findings: click or Enter jumps to the finding"></div>
</section>
<section id="pane-tokens" role="tabpanel" aria-labelledby="tab-tokens">
<div class="bar">
  <label for="kind">Kind</label><select id="kind"><option value="">all</option></select>
  <label for="category">Category</label><select id="category"><option value="">all</option></select>
  <label for="module">Module</label><select id="module"><option value="">all</option></select>
  <input id="search" type="search" placeholder="Filter by file, symbol or words" aria-label="Filter by file, symbol or words">
  <label for="sort">Sort</label><select id="sort"><option value="file">by file and line</option><option value="module">by module</option><option value="share">by share of ΔZ</option></select>
  <span id="count" class="muted"></span>
</div>
<div class="main">
  <div id="list" role="listbox" tabindex="0" aria-label="Δ tokens: arrow keys move, Enter jumps to the code"></div>
  <div id="detail" aria-live="polite"><p class="muted">Select a token to see what changed and why it matters.</p></div>
</div>
</section>
`,
    });
  }

  private dispose(): void {
    InspectorPanel.slot?.release(this);
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
