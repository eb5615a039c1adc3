// Messages between the Delta Inspector's host and its webview (spec §6; issue "The Delta
// Inspector and the Spec Monitor"). Who talks to whom: the extension
// (client/src/panels/inspector-panel.ts) posts InspectorToWebview to the webview
// (webview-ui/inspector/main.ts), which posts InspectorFromWebview back. The webview renders
// repository data and is untrusted: the extension validates every message with
// parseInspectorWebviewMessage before acting on it. The webview imports this file for types only.
import type { InspectorView } from './lsp';
import { isRepoRelativePath } from './webview-mosaic';

/** Extension → Inspector webview. */
export type InspectorToWebview =
  | { type: 'view'; view: InspectorView }
  /** Narrow the list to a file and/or symbol (a lens was clicked). */
  | { type: 'focus'; file?: string; symbol?: string }
  | { type: 'status'; message: string };

/** Inspector webview → extension. */
export type InspectorFromWebview =
  | { type: 'ready' }
  /** Jump to a repo-relative file at a 1-based line. */
  | { type: 'open'; file: string; line: number }
  /** Open VS Code's diff editor: the file at the base against the working copy. */
  | { type: 'diff'; file: string; line: number }
  /** Open the file at the line and show its quick fixes (e.g. the deprecated adapter). */
  | { type: 'fix'; file: string; line: number };

/** Validates a message from the Inspector webview; undefined for anything malformed. */
export function parseInspectorWebviewMessage(raw: unknown): InspectorFromWebview | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const m = raw as Record<string, unknown>;
  if (m.type === 'ready') return { type: 'ready' };
  if (m.type === 'open' || m.type === 'diff' || m.type === 'fix') {
    const { file, line } = m;
    if (typeof file !== 'string' || !isRepoRelativePath(file)) return undefined;
    if (typeof line !== 'number' || !Number.isInteger(line) || line < 1 || line > 10_000_000) return undefined;
    return { type: m.type, file, line };
  }
  return undefined;
}
