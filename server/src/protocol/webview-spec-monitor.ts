// Messages between the Spec Monitor's host and its webview (spec §6, §3.8; issue "The Delta
// Inspector and the Spec Monitor"). Who talks to whom: the extension
// (client/src/panels/spec-monitor-panel.ts) posts SpecMonitorToWebview to the webview
// (webview-ui/spec-monitor/main.ts), which posts SpecMonitorFromWebview back; every message from
// the webview is validated with parseSpecMonitorWebviewMessage. Freeze asks for its inputs in
// VS Code (input boxes), never from the webview.
import type { SpecMonitorView } from './lsp';

/** Extension → Spec Monitor webview. */
export type SpecMonitorToWebview =
  | { type: 'view'; view: SpecMonitorView; trusted: boolean }
  | { type: 'status'; message: string };

/** Spec Monitor webview → extension. */
export type SpecMonitorFromWebview =
  | { type: 'ready' }
  | { type: 'freeze' }
  | { type: 'unfreeze' }
  | { type: 'recalibrate' };

export function parseSpecMonitorWebviewMessage(raw: unknown): SpecMonitorFromWebview | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const t = (raw as Record<string, unknown>).type;
  return t === 'ready' || t === 'freeze' || t === 'unfreeze' || t === 'recalibrate' ? { type: t } : undefined;
}
