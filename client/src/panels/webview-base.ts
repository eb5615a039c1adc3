// What every GlitchLab webview panel shares (spec §6 "Webviews"): the HTML shell with a strict
// CSP and per-load nonces (no remote resources, scripts only from dist/webview/), theme-aware
// styling from VS Code's CSS variables, and the workspace check for paths a webview asks to open.
// A panel is a small file here plus its own folder under webview-ui/.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

/** Base styles every panel starts from: VS Code's theme variables, focus rings, inputs. */
const BASE_CSS = `
  body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font: var(--vscode-font-size) var(--vscode-font-family); padding: 8px; }
  select, input { color: var(--vscode-input-foreground); background: var(--vscode-input-background); border: 1px solid var(--vscode-input-border, transparent); padding: 2px 4px; }
  button { color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: none; padding: 3px 8px; cursor: pointer; }
  button.secondary { color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground); }
  button:disabled { opacity: .5; cursor: default; }
  select:focus, input:focus, canvas:focus, button:focus, [tabindex]:focus { outline: 1px solid var(--vscode-focusBorder); outline-offset: 1px; }
  .sr { position: absolute; left: -10000px; width: 1px; height: 1px; overflow: hidden; }
  /* VS Code's default code colours (textPreformat) vanish on some high-contrast themes: code
     keeps the text colour, on the code-block background, with an outline where themes have one. */
  code { color: var(--vscode-foreground); background: var(--vscode-textCodeBlock-background, transparent); font-family: var(--vscode-editor-font-family, monospace); padding: 0 3px; border-radius: 3px; outline: 1px solid var(--vscode-contrastBorder, transparent); }
`;

/** The HTML of a panel: CSP with a fresh nonce, the base styles + the panel's, its body and its bundle (dist/webview/<bundle>.js). */
export function webviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, opts: { title: string; bundle: string; css: string; body: string; stylesheets?: string[] }): string {
  const nonce = crypto.randomBytes(16).toString('base64');
  const script = bundleUri(webview, extensionUri, opts.bundle);
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${webview.cspSource} data:; style-src 'nonce-${nonce}' ${webview.cspSource}; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${opts.title}</title>
${(opts.stylesheets ?? []).map((f) => `<link rel="stylesheet" href="${webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', f))}">`).join('\n')}
<style nonce="${nonce}">${BASE_CSS}${opts.css}</style></head>
<body>
${opts.body}
<script nonce="${nonce}" src="${script}"></script>
</body></html>`;
}

/** Webview options of a panel: scripts on, resources only from dist/webview/. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return { enableScripts: true, retainContextWhenHidden: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview')] };
}

/** Resolves a repo-relative path from a webview to a file URI, or a reason to refuse (outside the repository, the workspace, or through a link). */
export function resolveInside(rootUri: string, rel: string): { uri: vscode.Uri } | { refused: string } {
  const root = vscode.Uri.parse(rootUri);
  if (root.scheme !== 'file') return { refused: 'the repository is not on disk' };
  const target = vscode.Uri.joinPath(root, ...rel.split('/'));
  const inside = (base: string, p: string) => {
    const r = path.relative(base, p);
    return r !== '' && !r.startsWith('..') && !path.isAbsolute(r);
  };
  if (!inside(root.fsPath, target.fsPath)) return { refused: `${rel} is outside the repository` };
  if (!vscode.workspace.getWorkspaceFolder(target)) return { refused: `${rel} is outside the workspace` };
  try {
    if (!inside(fs.realpathSync(root.fsPath), fs.realpathSync(target.fsPath))) return { refused: `${rel} resolves outside the repository` };
  } catch {
    return { refused: `${rel} does not exist` };
  }
  return { uri: target };
}

/** Restores a panel of `viewType` after a window reload (its webview state — filters, layer — comes back through getState). */
export function registerPanelSerializer(viewType: string, revive: (panel: vscode.WebviewPanel) => void): vscode.Disposable {
  return vscode.window.registerWebviewPanelSerializer(viewType, {
    async deserializeWebviewPanel(panel: vscode.WebviewPanel): Promise<void> {
      revive(panel);
    },
  });
}

/** A panel's request to the server with a time limit, so one lost answer never wedges the panel (it asks again on its next "ready" or status). */
export function withTimeout<T>(p: Promise<T>, ms = 15_000, what = 'the language server'): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${Math.round(ms / 1000)} s; retrying`)), ms);
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

/**
 * One panel of a kind at a time (spec §6): `show` creates it or reveals the open one, `revive`
 * takes over the panel VS Code restores after a reload (registerPanelSerializer), `release` is
 * called by the panel when it is disposed. The three panels keep their singleton here instead of
 * each repeating it.
 */
export class PanelSlot<P extends { readonly panel: vscode.WebviewPanel }> {
  current?: P;
  private renewedAt = -Infinity;

  constructor(private readonly viewType: string, private readonly title: string, private readonly make: (panel: vscode.WebviewPanel) => P) {}

  /** The open panel revealed (in `column`, or where it is for Beside), else a new one there. */
  show(extensionUri: vscode.Uri, column: vscode.ViewColumn = vscode.ViewColumn.Beside): P {
    if (this.current) {
      this.current.panel.reveal(column === vscode.ViewColumn.Beside ? undefined : column, false);
      return this.current;
    }
    const panel = vscode.window.createWebviewPanel(this.viewType, this.title, { viewColumn: column, preserveFocus: false }, webviewOptions(extensionUri));
    if (process.env.GLX_E2E_BREAK_FIRST_WEBVIEW === '1' && !brokenOnce.has(this.viewType)) {
      // The e2e harness's stand-in for a frame that never loads (test/e2e/panels-renew): this
      // kind's first panel points at a bundle that does not exist, through every reload.
      brokenOnce.add(this.viewType);
      brokenWebviews.add(panel.webview);
    }
    return (this.current = this.make(panel));
  }

  /**
   * The panel `p`, whose webview never said "ready" through its reloads, closed and opened again
   * in its column: a new panel gets a new frame, where code-server can leave a webview's frame
   * blank through every reload of its HTML (docs/e2e.md "The blank panel"). At most once a
   * minute per kind, so a webview that cannot load at all is not reopened forever. `after` runs
   * on the new panel (the request the old one was waiting to show).
   */
  renew(p: P, extensionUri: vscode.Uri, after?: (next: P) => void): boolean {
    if (this.current !== p || Date.now() - this.renewedAt < RENEW_AT_MOST_EVERY_MS) return false;
    this.renewedAt = Date.now();
    const column = p.panel.viewColumn ?? vscode.ViewColumn.Active;
    this.current = undefined;
    p.panel.dispose();
    const next = this.show(extensionUri, column);
    after?.(next);
    return true;
  }

  revive(extensionUri: vscode.Uri, panel: vscode.WebviewPanel): void {
    this.current?.panel.dispose();
    panel.webview.options = webviewOptions(extensionUri);
    this.current = this.make(panel);
  }

  release(p: P): void {
    if (this.current === p) this.current = undefined;
  }
}

const RENEW_AT_MOST_EVERY_MS = 60_000;
const brokenOnce = new Set<string>();
const brokenWebviews = new WeakSet<vscode.Webview>();

/** The script a panel's HTML loads: its bundle, or one that does not exist for the e2e harness's broken panel (PanelSlot.show). */
function bundleUri(webview: vscode.Webview, extensionUri: vscode.Uri, bundle: string): vscode.Uri {
  return webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', brokenWebviews.has(webview) ? 'missing-for-e2e.js' : `${bundle}.js`));
}

/**
 * Reloads a webview whose script never said "ready": in code-server a fresh window's first
 * webview can fail to load its bundle while the webview service worker starts (seen in CI as a
 * panel stuck at "loading…"). Setting the HTML again (a new nonce) loads it anew; after
 * `tries` reloads the failure is logged and `giveUp` runs — the panels reopen themselves in a
 * new panel (PanelSlot.renew).
 */
export function reloadUntilReady(panel: vscode.WebviewPanel, isReady: () => boolean, html: () => string, log: (line: string) => void, opts: { afterMs?: number; tries?: number; giveUp?: () => boolean } = {}): vscode.Disposable {
  const afterMs = opts.afterMs ?? 8_000;
  let left = opts.tries ?? 3;
  let timer: NodeJS.Timeout | undefined;
  const check = () => {
    if (isReady()) return;
    if (left-- <= 0) {
      const title = panel.title; // a disposed panel's title throws: read it before giveUp closes it
      log(`${title}: the webview did not load (no "ready" after ${opts.tries ?? 3} reloads)`);
      if (opts.giveUp?.()) log(`${title}: opened again in a new panel`);
      return;
    }
    log(`${panel.title}: the webview has not said "ready" after ${Math.round(afterMs / 1000)} s; reloading it`);
    panel.webview.html = html();
    timer = setTimeout(check, afterMs);
  };
  timer = setTimeout(check, afterMs);
  return { dispose: () => clearTimeout(timer) };
}
