// The one typed protocol of GlitchLab (spec §2): every custom LSP request/notification the
// client, the server and (later) the webviews exchange, the shared settings shape, and the
// token docs links. Client, server and webviews import THIS file; no message name is spelled
// anywhere else. It imports only `vscode-languageserver-protocol` (message types), which the
// client package re-exports too — never `vscode`, never `vscode-languageserver/node`.
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';

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
  /** Number of Δ tokens in the change. */
  tokens: number;
  /** Number of changed files (working tree + editor buffers against the base). */
  files: number;
  base: BaseRef | null;
  /** HEAD commit of the working tree, null before the first commit. */
  headSha: string | null;
  /** Human-readable detail: the error when state is 'error', a summary otherwise. */
  message: string;
}

// ------------------------------------------------------------------ server → client

/** Sent by the server to the client whenever indexing starts or the workspace Δ changes, so the status bar can show state, ΔZ and the base. */
export namespace StatusNotification {
  export const method: 'glitchlab/status' = 'glitchlab/status';
  export const type = new NotificationType<StatusParams>(method);
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
  explain: { rows: { kind: string; module: string; count: number; weight: number; contribution: number; share: number }[]; sentences: string[] };
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

// ------------------------------------------------------------------ commands

/** Client-side commands the server refers to (code lenses). The client registers them. */
export namespace Commands {
  /** Opens the Delta Inspector focused on `{ file, line?, symbol? }` (spec §6 code lenses). */
  export const openDeltaInspector = 'glitchlab.openDeltaInspector';
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
