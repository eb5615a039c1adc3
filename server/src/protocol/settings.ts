// The `glitchlab.*` settings as the server understands them (issue 9: protocol by concern).
// Who talks to whom: the client reads them from VS Code (client/src/config.ts) and sends them as
// initializationOptions and on `workspace/didChangeConfiguration`; the server resolves whatever
// arrives with resolveSettings. package.json `contributes.configuration` declares them for
// VS Code (titles, descriptions, enums); the defaults below must match it.
// No imports: plain data and one pure function.

/** The configuration section of every GlitchLab setting (`glitchlab.*`). */
export const SETTINGS_SECTION = 'glitchlab';

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
  /** `glitchlab.preset`: analysis preset `presets/NAME.yaml` (issue 16); null = none. Applied at server start (a change restarts it). */
  preset: string | null;
}

export const DEFAULT_SETTINGS: GlitchlabSettings = {
  base: null,
  diagnostics: { tokens: true, level: 'information' },
  debounceMs: 150,
  codeLens: { enabled: true },
  preset: null,
};

export type PartialSettings = {
  base?: string | null;
  diagnostics?: Partial<GlitchlabSettings['diagnostics']>;
  debounceMs?: number;
  codeLens?: Partial<GlitchlabSettings['codeLens']>;
  preset?: string | null;
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
    preset: r.preset === null || (typeof r.preset === 'string' && r.preset.trim() === '') ? null : typeof r.preset === 'string' ? r.preset.trim() : base.preset,
  };
}
