// Typed access to the `glitchlab.*` settings (contributed in package.json). The shape the
// server reads is the shared `GlitchlabSettings` of the protocol module; this file only knows
// how to read it from VS Code and which changes need a server restart.
import * as vscode from 'vscode';
import { resolveSettings, SETTINGS_SECTION as SECTION, type GlitchlabInitializationOptions, type GlitchlabSettings } from '../../server/src/protocol';

export { SECTION };

/**
 * Settings the running server cannot apply live, so a change restarts it.
 * `codeLens.enabled`: the server reads it on every codeLens request, but nothing tells VS Code
 * to ask again (no `workspace/codeLens/refresh` from the server), so lenses would only
 * appear/disappear after the next edit. A restart makes the change visible at once.
 */
const RESTART_ON: readonly string[] = [`${SECTION}.codeLens.enabled`, `${SECTION}.preset`];

export class Config {
  /** The settings as the server understands them (wrong types fall back to the defaults). */
  get settings(): GlitchlabSettings {
    const cfg = vscode.workspace.getConfiguration(SECTION);
    return resolveSettings({
      base: cfg.get<string | null>('base', null),
      diagnostics: {
        tokens: cfg.get<boolean>('diagnostics.tokens'),
        level: cfg.get<string>('diagnostics.level'),
      },
      debounceMs: cfg.get<number>('debounceMs'),
      codeLens: { enabled: cfg.get<boolean>('codeLens.enabled') },
      preset: cfg.get<string | null>('preset', null),
    });
  }

  /** `glitchlab.base` as typed (empty = default base, spec §1). */
  get base(): string | null {
    return this.settings.base;
  }

  get initializationOptions(): GlitchlabInitializationOptions {
    return { settings: this.settings };
  }

  /** True when the change touches a setting the server cannot apply live (see RESTART_ON). */
  requiresRestart(e: vscode.ConfigurationChangeEvent): boolean {
    return RESTART_ON.some((key) => e.affectsConfiguration(key));
  }
}
