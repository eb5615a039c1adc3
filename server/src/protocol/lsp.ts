// Custom LSP messages of GlitchLab (spec §2, issue 9: protocol by concern).
// Who talks to whom: the language server (server/src/lsp/) and the language client
// (client/src/) exchange these requests and notifications over LSP; tests drive the server with
// the same types. Each message is a namespace with its method string and a typed
// RequestType/NotificationType (the vscode-eslint shape), with one sentence on who sends it and why.
// Imports: `vscode-languageserver-protocol` (message types; the client package re-exports it) and
// engine types as `import type` only — erased at run time, so the client bundle gets no engine code.
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { Features } from '../delta/features';
import type { EnergyReport } from '../delta/energy';
import type { DeltaExplain } from '../engine/delta-engine';
import type { ChangeExplanation, ExplainPart } from '../explain/explanation';
import type { DeltaToken } from '../delta/token';
import type { MosaicCell, MosaicMap } from '../mosaic/map';
import type { MosaicRegions } from '../mosaic/regions';

// The engine's types that travel in these messages, re-exported so the client and the webviews
// name them through the protocol instead of re-declaring their shapes.
export type { ChangeExplanation, DeltaExplain, DeltaToken, EnergyReport, ExplainPart, Features, MosaicCell };

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
  /** Restrict `tokens` (and `lines`) to this symbol's (a code lens's target). */
  symbol?: string;
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
  tokens: DeltaToken[];
  /** Hash of the change's fingerprint (spec §3.5). */
  fingerprint: string;
  /** ΔZ_raw and ΔZ overall and per module (spec §3.6). */
  energy: EnergyReport;
  /** The explanation (spec §3.6): whole change and modules with shares that add up, and their sentences. */
  explain: DeltaExplain;
  /** Features z(Δ) (spec §3.6). */
  features: Features;
  skipped: { path: string; reason: string }[];
  parse_errors: { path: string; line: number; col: number; message: string }[];
  /**
   * The same words the editor shows for the scope asked for (explain/): the scope's line (whole
   * change, this file, or the symbol's share of its module's ΔZ), then each semantic token as its
   * diagnostic reads. What the Delta Inspector prints.
   */
  lines: string[];
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
export type MosaicViewMap = Omit<MosaicMap, 'cells' | 'files' | 'artifacts'> & {
  fileCount: number;
  /** Which file owns each cell (boundaries, region labels, the file name on hover: mosaic/regions.ts). */
  regions: MosaicRegions;
};

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
  export const type = new RequestType<{ cell: string }, MosaicCell | null, void>(method);
}

/** What a find in the Mosaic matched: every cell (highlighted), the first one (focused) and what matched in words. */
export interface MosaicFindResult {
  /** The cell to focus (first match in path order); null when nothing matches. */
  cell: string | null;
  /** Every matching cell id. */
  cells: string[];
  /** `symbol applyDiscount in src/pricing.ts`, `3 files matching "util"`; empty when nothing matches. */
  label: string;
}

/** Sent by the client (Mosaic panel's find box) to the server: every cell of the symbols (qualified name or last segment) or else of the files (path, suffix, substring) matching `query`. */
export namespace MosaicFindRequest {
  export const method: 'glitchlab/mosaicFind' = 'glitchlab/mosaicFind';
  export const type = new RequestType<{ query: string }, MosaicFindResult, void>(method);
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

/** A query's result table; the cells are whatever the SQL returned (truly unknown: shown as text). */
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

// ------------------------------------------------------------------ Delta Inspector

/** One token as the Delta Inspector lists it: the words every other surface uses, precomputed by the server. */
export interface InspectorToken {
  uid: string;
  kind: string;
  category: string;
  file: string;
  /** 1-based line of the token's span in the head (base for deletions). */
  line: number;
  symbol?: string;
  module: string;
  publicApi: boolean;
  /** Share of its module's ΔZ (explain/, spec §3.6), signed. */
  share: number;
  /** `share` to 2 decimals, apportioned so the shown shares of a module add up to its printed ΔZ. */
  shareShown: number;
  /** `+0.30 of module src's ΔZ 0.57`. */
  shareText: string;
  /** What changed and why it matters, in plain words (explain/plain-words.ts). */
  plain: string;
  /** The token's diagnostic message, word for word. */
  message: string;
  /** The arithmetic: `raw 0.16 = weight 0.08 × magnitude 1 × 2 (public API); share = …`. */
  formula: string;
  /** Before/after signatures or values, when the token carries them. */
  before?: string;
  after?: string;
  /** The gate lines (`glx invariants`' words) this token's symbol or module feeds, e.g. the I2 FAIL at this port. */
  gates: string[];
  /** An I2 FAIL with a deprecated-adapter quick fix at this token's line. */
  fixable: boolean;
}

export interface InspectorView {
  generation: number;
  /** `file:` URI of the repository root the token paths are relative to. */
  rootUri: string;
  /** The whole change's sentence (the status tooltip's first line). */
  summary: string;
  /** The decision's lines, when the gates ran. */
  decision: string[];
  base: { rev: string; sha: string };
  /** Semantic tokens (every token but ΔCOMMENTS) — the count the lenses and the status bar show. */
  tokens: InspectorToken[];
  commentOnly: number;
  /** The SAST findings view (issue 12): the change's findings, redacted, with the headline. */
  findings: InspectorFindings;
}

/** One SAST finding as the Delta Inspector's findings view lists it (an NF record, spec §3.11, in words). */
export interface InspectorFinding {
  id: string;
  rule: string;
  severity: 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';
  cwe: string | null;
  file: string;
  line: number;
  queue: 'block' | 'review' | 'fixable' | 'triage';
  /** Why it is in its queue (`risk 2.41 ≥ 1.8, the block threshold`, a deny rule). */
  queueReason: string;
  /** Against the base: new / worse / fixed on changed lines, unchanged elsewhere. */
  state: 'new' | 'worse' | 'fixed' | 'unchanged';
  /** The finding's message: secret values only in their redacted form. */
  message: string;
  fixHint: string | null;
  tool: string;
}

export interface InspectorFindings {
  /** `2 findings block the merge; 1 to review, …` (sast/words.ts, the PR comment's words). */
  headline: string;
  /** Unsuppressed findings per queue (what the headline counts; fixed ones are not counted). */
  counts: { block: number; review: number; fixable: number; triage: number };
  /** Unsuppressed findings, then the fixed ones (state `fixed`), riskiest first. */
  list: InspectorFinding[];
  suppressed: number;
}

/** Sent by the client (Delta Inspector panel) to the server: every semantic token of the change with its words. */
export namespace InspectorRequest {
  export const method: 'glitchlab/inspector' = 'glitchlab/inspector';
  export const type = new RequestType<Record<string, never> | null, InspectorView, void>(method);
}

/** Sent by the client (the Inspector's "Open diff") to the server: a file's text at the base (null when the base lacks it). */
export namespace BaseTextRequest {
  export const method: 'glitchlab/baseText' = 'glitchlab/baseText';
  export const type = new RequestType<{ path: string }, { text: string | null; rev: string }, void>(method);
}

// ------------------------------------------------------------------ Spec Monitor

/** One module in the Spec Monitor: its thresholds, its current ΔZ on the same scale, and its history. */
export interface SpecMonitorModule {
  module: string;
  /** ΔZ of the module in the live change (0 when it has no tokens). */
  dz: number;
  alpha: number;
  beta: number;
  zeta: number;
  /** `quantile` (calibrated) or `default`. */
  basis: string;
  /** I1's decision for the module, and its line (the words `glx invariants` prints). */
  decision: string;
  line: string;
  /** ΔZ per commit over the calibration window (spec §3.8), oldest first. */
  samples: { sha: string; ts: number; dz: number }[];
  /** Page-Hinkley drift alarm. */
  drift: { state: string; since: string | null };
}

export interface SpecMonitorView {
  generation: number;
  /** The decision's lines (status tooltip, `glx invariants`). */
  decision: string[];
  modules: SpecMonitorModule[];
  /** Where the thresholds come from (`.glx/spec_state.json` or defaults). */
  source: string;
  frozen: { at: string; commits: number; remaining: number; reason: string; by?: string } | null;
  /** I4's inputs and what they said. */
  i4: { config: string; file: string; decision: string; reason: string }[];
  /** The server may write `.glx/` (trusted workspace): Freeze / Unfreeze / Recalibrate are enabled. */
  writable: boolean;
}

/** Sent by the client (Spec Monitor panel) to the server: thresholds, current ΔZ, history and freeze state per module. */
export namespace SpecMonitorRequest {
  export const method: 'glitchlab/specMonitor' = 'glitchlab/specMonitor';
  export const type = new RequestType<Record<string, never> | null, SpecMonitorView, void>(method);
}

export type CalibrateParams =
  | { action: 'update' }
  | { action: 'freeze'; commits: number; reason: string }
  | { action: 'unfreeze' };

/** Sent by the client (Spec Monitor buttons, trusted workspaces only) to the server: the same use cases as `glx calibrate update|freeze|unfreeze`; answers with a one-line summary. */
export namespace CalibrateRequest {
  export const method: 'glitchlab/calibrate' = 'glitchlab/calibrate';
  export const type = new RequestType<CalibrateParams, { message: string }, void>(method);
}

// ---------------------------------------------------------------- presets (issue 16)

/** One preset of `presets/*.yaml` as the editor's quick pick shows it (the entries of `glx presets index`). */
export interface PresetPickEntry {
  name: string;
  /** Repo-relative file. */
  file: string;
  description?: string;
  valid: boolean;
  /** The first problem of an invalid preset, `file:line:col: message`. */
  problem?: string;
}

export interface PresetsList {
  presets: PresetPickEntry[];
  /** The preset the running server analyses with (glitchlab.preset when it loaded), or null. */
  active: string | null;
  /** Set when glitchlab.preset names a preset the server could not apply (the analysis runs without it). */
  activeProblem?: string;
}

/** Sent by the client (the preset status bar item's quick pick) to the server: the presets of the repository, validated, nothing written. */
export namespace PresetsRequest {
  export const method: 'glitchlab/presets' = 'glitchlab/presets';
  export const type = new RequestType<Record<string, never> | null, PresetsList, void>(method);
}
