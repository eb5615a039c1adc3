// EGQL in VS Code (spec §3.10, §6): the "▶ Run" code lens command shows a query's result as a
// table in a webview (no scripts: strict CSP, theme colours), and the EGDB configuration
// (`glitchlab.egdb.url`, workspace trust) is sent to the server, which publishes each new HEAD
// into EGDB only in a trusted workspace.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CommandIds, EgdbConfigureNotification, EgqlRunRequest, type EgqlRunLensArgs, type EgqlRunResult } from '../../server/src/protocol';
import { SECTION } from './config';
import type { Ctx } from './ctx';

function clientOf(ctx: Ctx): LanguageClient | undefined {
  // eslint-disable-next-line dot-notation
  const c = ctx['client'] as LanguageClient | undefined;
  return c && c.isRunning() ? c : undefined;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const cell = (v: unknown) => (v === null || v === undefined ? '<span class="null">NULL</span>' : esc(typeof v === 'object' ? JSON.stringify(v) : String(v)));

/** The result page: a table, or the error with its line:column. Exported for tests. */
export function resultHtml(query: string, r: EgqlRunResult, nonce: string): string {
  const body = r.ok
    ? `<p class="meta">${r.rows.length}${r.truncated ? '+' : ''} row${r.rows.length === 1 ? '' : 's'} · ${esc(r.dialect)} ${esc(r.store)} · ${Math.round(r.millis)} ms${r.truncated ? ' · truncated' : ''}</p>
<table><thead><tr>${r.columns.map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr></thead>
<tbody>${r.rows.map((row) => `<tr>${row.map((v) => `<td>${cell(v)}</td>`).join('')}</tr>`).join('\n')}</tbody></table>`
    : `<p class="error" role="alert">${r.line ? `${r.line}:${r.col}: ` : ''}${esc(r.error)}</p>`;
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}';">
<style nonce="${nonce}">
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); background: var(--vscode-editor-background); }
pre { font-family: var(--vscode-editor-font-family); background: var(--vscode-textCodeBlock-background); padding: 6px; white-space: pre-wrap; }
table { border-collapse: collapse; font-family: var(--vscode-editor-font-family); font-size: var(--vscode-editor-font-size); }
th, td { border: 1px solid var(--vscode-panel-border); padding: 2px 6px; text-align: left; vertical-align: top; }
th { background: var(--vscode-editorWidget-background); position: sticky; top: 0; }
.meta { color: var(--vscode-descriptionForeground); }
.error { color: var(--vscode-errorForeground); }
.null { color: var(--vscode-descriptionForeground); font-style: italic; }
</style></head><body><pre>${esc(query)}</pre>${body}</body></html>`;
}

/** The query under the cursor of an .egql editor (blank lines or `;` separate queries). */
function queryAtCursor(editor: vscode.TextEditor): string | undefined {
  if (!editor.selection.isEmpty) return editor.document.getText(editor.selection);
  const text = editor.document.getText();
  const at = editor.document.offsetAt(editor.selection.active);
  const parts = text.split(/;|\n[ \t]*\r?\n/);
  let pos = 0;
  for (const p of parts) {
    if (at <= pos + p.length + 1 && p.trim()) return p.trim();
    pos += p.length + 1;
  }
  return text.trim() || undefined;
}

let panel: vscode.WebviewPanel | undefined;

const EXAMPLE = 'SELECT tokens FROM sha(HEAD) LIMIT 20';

/**
 * The query to run when the command comes from the palette with no `.egql` editor focused
 * (issue 15, bug 3): type one, or pick an `.egql` file of the workspace (and a query in it).
 */
async function askForQuery(): Promise<string | undefined> {
  type Row = vscode.QuickPickItem & { uri?: vscode.Uri };
  const files = await vscode.workspace.findFiles('**/*.egql', '**/node_modules/**', 50).then(undefined, () => [] as vscode.Uri[]);
  const rows: Row[] = [{ label: '$(edit) Type a query…', detail: `e.g. ${EXAMPLE}` }];
  if (files.length) rows.push({ label: '.egql files', kind: vscode.QuickPickItemKind.Separator });
  for (const uri of files.sort((a, b) => a.fsPath.localeCompare(b.fsPath))) rows.push({ label: `$(file) ${vscode.workspace.asRelativePath(uri)}`, uri });
  const picked = await vscode.window.showQuickPick(rows, { title: 'GlitchLab: Run EGQL Query', placeHolder: 'Type a query, or pick an .egql file' });
  if (!picked) return undefined;
  if (!picked.uri) {
    const typed = await vscode.window.showInputBox({ title: 'GlitchLab: Run EGQL Query', prompt: 'EGQL: SELECT events|tokens|invariants|graph FROM sha(REV)|branch(NAME) …', value: EXAMPLE, valueSelection: [0, EXAMPLE.length] });
    return typed?.trim() || undefined;
  }
  const doc = await vscode.workspace.openTextDocument(picked.uri);
  await vscode.window.showTextDocument(doc, { preview: true });
  const queries = splitQueryText(doc.getText());
  if (queries.length <= 1) return queries[0];
  const q = await vscode.window.showQuickPick(queries.map((label) => ({ label: label.replace(/\s+/g, ' ') , query: label })), { title: 'GlitchLab: Run EGQL Query', placeHolder: 'Which query?' });
  return q?.query;
}

/** The queries of an .egql text (blank lines or `;` separate them; `--` comment-only parts skipped). */
function splitQueryText(text: string): string[] {
  return text.split(/;|\n[ \t]*\r?\n/).map((p) => p.trim()).filter((p) => p.split('\n').some((l) => l.trim() && !l.trim().startsWith('--')));
}

async function run(ctx: Ctx, args?: EgqlRunLensArgs): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const query = args?.query ?? (editor?.document.languageId === 'egql' ? queryAtCursor(editor) : await askForQuery());
  if (!query) return;
  const client = clientOf(ctx);
  if (!client) {
    void vscode.window.showWarningMessage('GlitchLab: the language server is not running.');
    return;
  }
  const r = await client.sendRequest(EgqlRunRequest.type, { query, maxRows: 1000 });
  if (!panel) {
    panel = vscode.window.createWebviewPanel('glitchlab.egqlResults', 'EGQL results', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: false, localResourceRoots: [] });
    panel.onDidDispose(() => (panel = undefined));
  }
  panel.title = `EGQL: ${query.replace(/\s+/g, ' ').slice(0, 40)}`;
  panel.webview.html = resultHtml(query, r, randomBytes(16).toString('base64'));
  panel.reveal(undefined, true);
}

function configure(ctx: Ctx): void {
  const client = clientOf(ctx);
  if (!client) return;
  const url = vscode.workspace.getConfiguration(SECTION).get<string>('egdb.url', '').trim();
  void client.sendNotification(EgdbConfigureNotification.type, { url: url || null, ingest: vscode.workspace.isTrusted });
}

export function registerEgql(ctx: Ctx): vscode.Disposable {
  let configuredFor: LanguageClient | undefined;
  return vscode.Disposable.from(
    vscode.commands.registerCommand(CommandIds.egqlRun, (args?: EgqlRunLensArgs) =>
      run(ctx, args).catch((e: Error) => vscode.window.showErrorMessage(`GlitchLab: EGQL: ${e.message}`)),
    ),
    // The first status of each (re)started server: tell it where EGDB is and whether it may write.
    ctx.onStatus(() => {
      const c = clientOf(ctx);
      if (c && c !== configuredFor) {
        configuredFor = c;
        configure(ctx);
      }
    }),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(`${SECTION}.egdb`) && configure(ctx)),
    vscode.workspace.onDidGrantWorkspaceTrust(() => configure(ctx)),
  );
}
