// The one typed protocol of GlitchLab (spec §2): every custom LSP request/notification the
// client, the server and (later) the webviews exchange, the shared settings shape, and the
// token docs links. Client, server and webviews import THIS file; no message name is spelled
// anywhere else. It imports only `vscode-languageserver-protocol` (message types), which the
// client package re-exports too — never `vscode`, never `vscode-languageserver/node`.
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
// Type-only (erased at run time): the mosaic map's shape is declared once, next to its builder.
import type { MosaicMap } from '../mosaic/map';
import type { DeltaExplain } from '../engine/delta-engine';

// ------------------------------------------------------------------ shared shapes

export type IndexState = 'indexing' | 'ready' | 'error';

/** The base a change is measured against (spec §1), as resolved by the server. */
export interface BaseRef {
  /** The revision as given or derived (`main`, a merge-base sha, `HEAD`). */
  rev: string;
  /** Full commit id, or git's empty-tree id for a repository without commits. */
  sha: string;
  /** How it was chosen: the `glitchlab.base` setting / selectBase, the default-branch merge-base, HEAD, or the empty tree. */
  source: 'explicit' | 'merge-base' | 'HEAD' | 'empty-tree';
}

export interface StatusParams {
  state: IndexState;
  /** Workspace ΔZ of the whole change (spec §3.6), in [0, 1]. */
  dz: number;
  /** ΔZ per module (spec §1 "module"). */
  modules: Record<string, number>;
  /** Semantic Δ tokens in the whole change (every token but ΔCOMMENTS, see `commentOnly`). */
  tokens: number;
  /** Number of changed files (working tree + editor buffers against the base). */
  files: number;
  base: BaseRef | null;
  /** HEAD commit of the working tree, null before the first commit. */
  headSha: string | null;
  /** Human-readable detail: the error when state is 'error', a summary otherwise. */
  message: string;
  /** The gates' decision for the workspace change (spec §3.7), the same CI would take; absent until evaluated. */
  decision?: GateDecision;
  /** α/β/ζ of the module whose ΔZ decides I1 (spec §3.8), and where they come from. */
  thresholds?: GateThresholds;
  /** Each gate's status behind `decision` (I1 decision word, I2–I4 PASS/REVIEW/FAIL/N/A), as `glx invariants` reports them. */
  gates?: { I1: string; I2: string; I3: string; I4: string };
  /** The decision's lines, word for word what `glx invariants` prints (spec §3.6): the decision, each I1 module, I2 ports, I3, I4. */
  explain?: string[];
  /** `whole change: ΔZ 0.65 · 15 semantic tokens · 2 comment-only in 4 files — …` (explain/sentences.ts). */
  summary?: string;
  /** Comment-only spans (ΔCOMMENTS), not counted in `tokens`. */
  commentOnly?: number;
}

/** Decision words of spec §3.7. */
export type GateDecision = 'ACCEPT' | 'REVIEW' | 'BLOCK' | 'HARD_BLOCK';

export interface GateThresholds {
  module: string;
  alpha: number;
  beta: number;
  zeta: number;
  /** `quantile` (calibrated) or `default` (fewer than 20 samples / no spec_state.json). */
  basis: string;
  frozen: boolean;
}

// ------------------------------------------------------------------ server → client

/** Sent by the server to the client whenever indexing starts or the workspace Δ changes, so the status bar can show state, ΔZ and the base. */
export namespace StatusNotification {
  export const method: 'glitchlab/status' = 'glitchlab/status';
  export const type = new NotificationType<StatusParams>(method);
}

/** Sent by the server to the client after every re-analysis while a Mosaic panel is subscribed (glitchlab/mosaic with subscribe), so the panel follows the edits live (spec §6). */
export namespace MosaicUpdateNotification {
  export const method: 'glitchlab/mosaicUpdate' = 'glitchlab/mosaicUpdate';
  export const type = new NotificationType<MosaicView>(method);
}

// ------------------------------------------------------------------ client → server

export interface DeltaReportParams {
  /** Restrict `tokens` to these repo-relative paths (all files when absent). */
  files?: string[];
}

/** The live `delta.report.v1`-like object (spec §4) for the working tree and editor buffers. */
export interface DeltaReportResult {
  schema: 'delta.report.v1';
  sha: string | null;
  base: { rev: string; sha: string | null };
  head: { rev: string; sha: string | null };
  generated_utc: string;
  modules: string[];
  /** delta.tokens.v1 records (spec §3.3). */
  tokens: unknown[];
  fingerprint: string;
  energy: { overall: { raw: number; dz: number }; modules: Record<string, { raw: number; dz: number }> };
  explain: DeltaExplain;
  features: unknown;
  skipped: { path: string; reason: string }[];
  parse_errors: { path: string; line: number; col: number; message: string }[];
}

/** Sent by the client (Delta Inspector, commands) to the server to fetch the current Δ report without writing `.glx/`. */
export namespace DeltaReportRequest {
  export const method: 'glitchlab/deltaReport' = 'glitchlab/deltaReport';
  export const type = new RequestType<DeltaReportParams, DeltaReportResult, void>(method);
}

export interface SelectBaseParams {
  /** A revision (`main`, `v1.2`, a sha), or null for the default base (spec §1). */
  base: string | null;
}

/** Sent by the client to the server when the user picks a base ("GlitchLab: Select Base"); answers with the status after re-indexing (state 'error' with the reason for an unknown revision). */
export namespace SelectBaseRequest {
  export const method: 'glitchlab/selectBase' = 'glitchlab/selectBase';
  export const type = new RequestType<SelectBaseParams, StatusParams, void>(method);
}

/** Sent by the client to the server to drop every cache and re-index the change set ("GlitchLab: Reindex"); answers with the new status. */
export namespace ReindexRequest {
  export const method: 'glitchlab/reindex' = 'glitchlab/reindex';
  export const type = new RequestType<void, StatusParams, void>(method);
}

/** Mosaic grid parameters (spec §3.9); absent fields take the defaults (64×64, balanced, κ 0.6, δ 0.2, edge 0.12). */
export interface MosaicGridParams {
  rows?: number;
  cols?: number;
  phi?: 'basic' | 'balanced' | 'policy';
  kappa?: number;
  delta?: number;
  edgeThr?: number;
}

export interface MosaicRequestParams extends MosaicGridParams {
  /** true: push MosaicUpdateNotification after every re-analysis; false: stop pushing. */
  subscribe?: boolean;
}

/**
 * The `glx.mosaic.map.v1` map as the panel gets it: grid, params, layers, legend and I3, without
 * the per-cell Ψ and the file list (large; fetched per cell with MosaicCellRequest), so a live
 * update after a keystroke stays small.
 */
export type MosaicViewMap = Omit<MosaicMap, 'cells' | 'files' | 'artifacts'> & { fileCount: number };

/** The mosaic of the working tree and editor buffers, plus what the panel needs to open files. */
export interface MosaicView {
  /** file:// URI of the repository root; map paths are relative to it. */
  rootUri: string;
  /** The server snapshot generation the view was computed from (monotonic). */
  generation: number;
  /** Milliseconds the server spent computing the view. */
  millis: number;
  map: MosaicViewMap;
}

/** Sent by the client (Mosaic panel) to the server to get the current mosaic and (un)subscribe from live updates. */
export namespace MosaicRequest {
  export const method: 'glitchlab/mosaic' = 'glitchlab/mosaic';
  export const type = new RequestType<MosaicRequestParams, MosaicView, void>(method);
}

/** Sent by the client (Mosaic panel: hover, keyboard focus, click) to the server for Ψ of one cell of the last view: its files, line ranges and symbols; null for an empty or unknown cell. */
export namespace MosaicCellRequest {
  export const method: 'glitchlab/mosaicCell' = 'glitchlab/mosaicCell';
  export const type = new RequestType<{ cell: string }, MosaicMap['cells'][number] | null, void>(method);
}

/** Sent by the client (Mosaic panel's find box) to the server: the first cell of a symbol (qualified name or last segment) or else of a file path matching `query`. */
export namespace MosaicFindRequest {
  export const method: 'glitchlab/mosaicFind' = 'glitchlab/mosaicFind';
  export const type = new RequestType<{ query: string }, { cell: string | null }, void>(method);
}

export interface MosaicCursorParams {
  /** file:// URI of the document with the cursor. */
  uri: string;
  /** 0-based line of the cursor (LSP position). */
  line: number;
}

export interface MosaicCursorResult {
  /** Cell ids (`MOZ::…`) holding the innermost symbol around the cursor (empty when none). */
  cells: string[];
  symbol: string | null;
  /** Repo-relative path of the document, null when outside the repository. */
  file: string | null;
}

/** Sent by the client to the server when the editor cursor moves while the Mosaic panel is open: which cells Φ gives the symbol under the cursor. */
export namespace MosaicCursorRequest {
  export const method: 'glitchlab/mosaicCursor' = 'glitchlab/mosaicCursor';
  export const type = new RequestType<MosaicCursorParams, MosaicCursorResult, void>(method);
}

// EGDB / EGQL (spec §3.10) -------------------------------------------

export interface EgqlRunParams {
  /** The EGQL query text. */
  query: string;
  /** At most this many rows are returned (default 500). */
  maxRows?: number;
}

export type EgqlRunResult =
  | { ok: true; columns: string[]; rows: unknown[][]; truncated: boolean; sql: string; dialect: 'sqlite' | 'postgres'; store: string; millis: number }
  | { ok: false; error: string; line?: number; col?: number };

/** Sent by the client (the "▶ Run" code lens of a .egql document) to the server: runs an EGQL query on the workspace's EGDB. */
export namespace EgqlRunRequest {
  export const method: 'glitchlab/egqlRun' = 'glitchlab/egqlRun';
  export const type = new RequestType<EgqlRunParams, EgqlRunResult, void>(method);
}

export interface EgdbConfigureParams {
  /** `glitchlab.egdb.url` (`postgres://…`), or null for `.glx/egdb.db` (or $GLX_EGDB_URL). */
  url: string | null;
  /** Publish each new HEAD into EGDB. The client sends true only in a trusted workspace (it writes .glx/egdb.db). */
  ingest: boolean;
}

/** Sent by the client to the server at start and when the EGDB setting or workspace trust changes: where EGDB is and whether the server may write it. */
export namespace EgdbConfigureNotification {
  export const method: 'glitchlab/egdbConfigure' = 'glitchlab/egdbConfigure';
  export const type = new NotificationType<EgdbConfigureParams>(method);
}

// ------------------------------------------------------------------ commands

/** Client-side commands the server refers to (code lenses). The client registers them. */
export namespace Commands {
  /** Opens the Delta Inspector focused on `{ file, line?, symbol? }` (spec §6 code lenses). */
  export const openDeltaInspector = 'glitchlab.openDeltaInspector';
}

/** Client-side command of the "▶ Run" code lens above each query of a .egql document; args: [EgqlRunLensArgs]. */
export namespace EgqlCommands {
  export const run = 'glitchlab.egql.run';
}

export interface EgqlRunLensArgs {
  /** file:// URI of the .egql document. */
  uri: string;
  /** The query text the lens stands above. */
  query: string;
  /** 0-based line of the query's first line. */
  line: number;
}

export interface OpenDeltaInspectorArgs {
  /** Repo-relative POSIX path. */
  file: string;
  line?: number;
  symbol?: string;
}

// ------------------------------------------------------------------ settings

export type DiagnosticLevel = 'information' | 'hint';

/** The `glitchlab.*` settings the server reads (the client contributes them in package.json). */
export interface GlitchlabSettings {
  /** `glitchlab.base`: base revision; null/empty = default (merge-base with the default branch). */
  base: string | null;
  diagnostics: {
    /** `glitchlab.diagnostics.tokens`: one diagnostic per Δ token. */
    tokens: boolean;
    /** `glitchlab.diagnostics.level`: severity of token diagnostics. */
    level: DiagnosticLevel;
  };
  /** `glitchlab.debounceMs`: delay between the last keystroke and re-analysis (0 = next tick). */
  debounceMs: number;
  codeLens: {
    /** `glitchlab.codeLens.enabled`. */
    enabled: boolean;
  };
}

export const DEFAULT_SETTINGS: GlitchlabSettings = {
  base: null,
  diagnostics: { tokens: true, level: 'information' },
  debounceMs: 150,
  codeLens: { enabled: true },
};

export type PartialSettings = {
  base?: string | null;
  diagnostics?: Partial<GlitchlabSettings['diagnostics']>;
  debounceMs?: number;
  codeLens?: Partial<GlitchlabSettings['codeLens']>;
};

/** `initializationOptions` the client may send; `settings` saves a configuration round-trip. */
export interface GlitchlabInitializationOptions {
  settings?: PartialSettings;
}

/**
 * Settings from untrusted input (a client's configuration, initializationOptions) merged over
 * the defaults; wrong types fall back to the default instead of failing.
 */
export function resolveSettings(raw: unknown, base: GlitchlabSettings = DEFAULT_SETTINGS): GlitchlabSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const d = (r.diagnostics && typeof r.diagnostics === 'object' ? r.diagnostics : {}) as Record<string, unknown>;
  const c = (r.codeLens && typeof r.codeLens === 'object' ? r.codeLens : {}) as Record<string, unknown>;
  const baseRev = r.base === null || (typeof r.base === 'string' && r.base.trim() === '') ? null : typeof r.base === 'string' ? r.base.trim() : base.base;
  const debounce = typeof r.debounceMs === 'number' && Number.isFinite(r.debounceMs) && r.debounceMs >= 0 ? Math.min(r.debounceMs, 10_000) : base.debounceMs;
  return {
    base: baseRev,
    diagnostics: {
      tokens: typeof d.tokens === 'boolean' ? d.tokens : base.diagnostics.tokens,
      level: d.level === 'hint' || d.level === 'information' ? d.level : base.diagnostics.level,
    },
    debounceMs: debounce,
    codeLens: { enabled: typeof c.enabled === 'boolean' ? c.enabled : base.codeLens.enabled },
  };
}

// ------------------------------------------------------------------ docs links

export const DOCS_BASE_URL = 'https://glitchlab.dev/docs';

/** The docs page of a token kind or gate, used as a diagnostic's codeDescription. */
export function tokenDocsUrl(kind: string): string {
  return `${DOCS_BASE_URL}/tokens#${encodeURIComponent(kind)}`;
}

// ------------------------------------------------------------------ webview messages (Mosaic panel)
// The webview is untrusted (it renders repository data): the extension validates every message
// it receives with parseMosaicWebviewMessage before acting on it (spec §6).

/** Extension → Mosaic webview. */
export type MosaicToWebview =
  | { type: 'view'; view: MosaicView }
  | { type: 'cursor'; cursor: MosaicCursorResult }
  | { type: 'status'; message: string }
  /** Ψ of a cell the webview asked for (null: empty cell). */
  | { type: 'cell'; id: string; cell: MosaicMap['cells'][number] | null }
  /** Answer to a find: the cell to focus, null when nothing matches. */
  | { type: 'found'; query: string; id: string | null };

/** Mosaic webview → extension. */
export type MosaicFromWebview =
  | { type: 'ready' }
  /** Open a repo-relative file at a 1-based line (validated to stay inside the workspace). */
  | { type: 'open'; file: string; line: number }
  /** Ask for the mosaic again with other grid parameters. */
  | { type: 'params'; params: MosaicGridParams }
  /** Ψ of a cell (tooltip, keyboard focus). */
  | { type: 'cell'; id: string }
  /** Open the first file of a cell at the first line the cell holds (click / Enter). */
  | { type: 'openCell'; id: string }
  /** Focus the cell of a symbol or file. */
  | { type: 'find'; query: string };

const MAX_GRID = 1024;

/** Validates a message from the Mosaic webview; undefined for anything malformed. */
export function parseMosaicWebviewMessage(raw: unknown): MosaicFromWebview | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const m = raw as Record<string, unknown>;
  if (m.type === 'ready') return { type: 'ready' };
  if (m.type === 'open') {
    const file = m.file;
    const line = m.line;
    if (typeof file !== 'string' || file.length === 0 || file.length > 4096 || file.includes('\0')) return undefined;
    if (typeof line !== 'number' || !Number.isInteger(line) || line < 1 || line > 10_000_000) return undefined;
    // Repo-relative POSIX paths only: no absolute paths, drive letters, backslashes or `..` segments.
    if (file.startsWith('/') || /^[a-zA-Z]:/.test(file) || file.includes('\\') || file.split('/').some((s) => s === '..' || s === '.' || s === '')) return undefined;
    return { type: 'open', file, line };
  }
  if (m.type === 'cell' || m.type === 'openCell') {
    return typeof m.id === 'string' && /^MOZ::\d{1,4}x\d{1,4}@r\d{1,4}c\d{1,4}$/.test(m.id) ? { type: m.type, id: m.id } : undefined;
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
