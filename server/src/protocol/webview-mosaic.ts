// Messages between the Mosaic panel's host and its webview (spec §6, issue 9: protocol by concern).
// Who talks to whom: the extension (client/src/panels/mosaic-panel.ts) posts MosaicToWebview to
// the webview (webview-ui/mosaic/main.ts), which posts MosaicFromWebview back. The webview is
// untrusted (it renders repository data): the extension validates every message it receives with
// parseMosaicWebviewMessage before acting on it. The webview bundle imports this file for types only.
import type { MosaicCell } from '../mosaic/map';
import type { MosaicCursorResult, MosaicGridParams, MosaicView } from './lsp';

/** Extension → Mosaic webview. */
export type MosaicToWebview =
  | { type: 'view'; view: MosaicView }
  | { type: 'cursor'; cursor: MosaicCursorResult }
  | { type: 'status'; message: string }
  /** Ψ of a cell the webview asked for (null: empty cell). */
  | { type: 'cell'; id: string; cell: MosaicCell | null }
  /** Answer to a find: the cell to focus (null when nothing matches), every matching cell, what matched in words. */
  | { type: 'found'; query: string; id: string | null; cells: string[]; label: string };

/** Mosaic webview → extension. */
export type MosaicFromWebview =
  | { type: 'ready' }
  /** Open a repo-relative file at a 1-based line (validated to stay inside the workspace). */
  | { type: 'open'; file: string; line: number }
  /** Ask for the mosaic again with other grid parameters. */
  | { type: 'params'; params: MosaicGridParams }
  /** Ψ of a cell (tooltip, keyboard focus). */
  | { type: 'cell'; id: string }
  /**
   * Open the first file of a cell at the first line the cell holds (click / Enter); with
   * `layer: 'findings'` and a cell holding SAST findings, the riskiest finding's location.
   */
  | { type: 'openCell'; id: string; layer?: 'findings' }
  /** Highlight every cell of the symbols or files matching `query`, focus the first. */
  | { type: 'find'; query: string };

const MAX_GRID = 1024;

/** A repo-relative POSIX path from a webview: no absolute paths, drive letters, backslashes, NULs or `.`/`..`/empty segments. */
export function isRepoRelativePath(file: string): boolean {
  if (file.length === 0 || file.length > 4096 || file.includes('\0')) return false;
  return !(file.startsWith('/') || /^[a-zA-Z]:/.test(file) || file.includes('\\') || file.split('/').some((s) => s === '..' || s === '.' || s === ''));
}

/** Validates a message from the Mosaic webview; undefined for anything malformed. */
export function parseMosaicWebviewMessage(raw: unknown): MosaicFromWebview | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const m = raw as Record<string, unknown>;
  if (m.type === 'ready') return { type: 'ready' };
  if (m.type === 'open') {
    const file = m.file;
    const line = m.line;
    if (typeof file !== 'string' || !isRepoRelativePath(file)) return undefined;
    if (typeof line !== 'number' || !Number.isInteger(line) || line < 1 || line > 10_000_000) return undefined;
    return { type: 'open', file, line };
  }
  if (m.type === 'cell' || m.type === 'openCell') {
    if (typeof m.id !== 'string' || !/^MOZ::\d{1,4}x\d{1,4}@r\d{1,4}c\d{1,4}$/.test(m.id)) return undefined;
    if (m.type === 'openCell' && m.layer !== undefined) return m.layer === 'findings' ? { type: 'openCell', id: m.id, layer: 'findings' } : undefined;
    return { type: m.type, id: m.id };
  }
  if (m.type === 'find') {
    return typeof m.query === 'string' && m.query.trim().length > 0 && m.query.length <= 512 ? { type: 'find', query: m.query.trim() } : undefined;
  }
  if (m.type === 'params' && m.params && typeof m.params === 'object') {
    const p = m.params as Record<string, unknown>;
    const out: MosaicGridParams = {};
    const int = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= MAX_GRID;
    const unit = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1;
    if (p.rows !== undefined) { if (!int(p.rows)) return undefined; out.rows = p.rows as number; }
    if (p.cols !== undefined) { if (!int(p.cols)) return undefined; out.cols = p.cols as number; }
    if (p.phi !== undefined) { if (p.phi !== 'basic' && p.phi !== 'balanced' && p.phi !== 'policy') return undefined; out.phi = p.phi; }
    for (const k of ['kappa', 'delta', 'edgeThr'] as const) {
      if (p[k] !== undefined) { if (!unit(p[k])) return undefined; out[k] = p[k] as number; }
    }
    return { type: 'params', params: out };
  }
  return undefined;
}
