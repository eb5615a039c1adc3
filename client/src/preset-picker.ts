// The analysis preset in the status bar (issue 16: "a setting plus a status-bar quick pick"): an
// item showing the preset `glitchlab.preset` names (or "no preset"); its click opens a quick pick
// of the repository's presets as `glx presets index` lists them (name, description; an invalid
// one with its first problem) and "No preset". The pick is written to the WORKSPACE setting
// (a preset is a property of the repository being analysed, not of the user); the setting
// change restarts the language server (config.ts RESTART_ON), which re-analyses with it.
import * as vscode from 'vscode';
import { CommandIds, PresetsRequest, SETTINGS_SECTION, type PresetsList } from '../../server/src/protocol';
import type { Ctx } from './ctx';

export class PresetStatus implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly subs: vscode.Disposable[] = [];

  constructor(private readonly ctx: Ctx) {
    // Just right of the ΔZ item (priority 50): the preset is what that ΔZ was computed with.
    this.item = vscode.window.createStatusBarItem('glitchlab.preset', vscode.StatusBarAlignment.Left, 49);
    this.item.name = 'GlitchLab Preset';
    this.item.command = CommandIds.selectPreset;
    this.subs.push(vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(`${SETTINGS_SECTION}.preset`) && this.render()));
    this.render();
    this.item.show();
  }

  render(problem?: string): void {
    const name = this.ctx.config.settings.preset;
    this.item.text = name ? `$(settings) preset: ${name}` : '$(settings) no preset';
    this.item.accessibilityInformation = { label: name ? `GlitchLab analysis preset ${name}; click to change` : 'GlitchLab: no analysis preset; click to pick one' };
    this.item.tooltip = problem
      ? `GlitchLab: glitchlab.preset "${name}" is not applied — ${problem}. Click to pick another.`
      : name
        ? `GlitchLab analyses with presets/${name}.yaml (glitchlab.preset). Click to pick another or none.`
        : 'GlitchLab analyses without a preset. Click to pick one of presets/*.yaml.';
    this.item.backgroundColor = problem ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
  }

  dispose(): void {
    this.item.dispose();
    this.subs.forEach((d) => d.dispose());
  }
}

interface PresetItem extends vscode.QuickPickItem {
  /** null = no preset. */
  preset?: string | null;
  invalid?: string;
}

/** Items of the quick pick: "No preset", then each preset (the active one marked). Exported for tests. */
export function presetItems(list: PresetsList, current: string | null): PresetItem[] {
  const items: PresetItem[] = [
    { label: `${current === null ? '$(check)' : '$(circle-large-outline)'} No preset`, description: 'spec/invariants.yaml as it is', preset: null },
  ];
  if (list.presets.length) items.push({ label: 'presets/*.yaml', kind: vscode.QuickPickItemKind.Separator });
  for (const p of list.presets) {
    items.push({
      label: `${p.name === current ? '$(check)' : p.valid ? '$(circle-large-outline)' : '$(warning)'} ${p.name}`,
      description: p.valid ? p.description ?? p.file : `invalid — ${p.file}`,
      ...(p.valid ? {} : { detail: p.problem }),
      preset: p.name,
      ...(p.valid ? {} : { invalid: p.problem ?? 'invalid' }),
    });
  }
  return items;
}

/** Sets the workspace's glitchlab.preset (null clears it); the server restarts with it. */
async function setPreset(name: string | null): Promise<void> {
  await vscode.workspace.getConfiguration(SETTINGS_SECTION).update('preset', name ?? undefined, vscode.ConfigurationTarget.Workspace);
}

export function selectPreset(ctx: Ctx, status: PresetStatus): (arg?: unknown) => Promise<void> {
  return async (arg?: unknown) => {
    // Scripted use: executeCommand(CommandIds.selectPreset, 'strict' | '' | null).
    if (typeof arg === 'string' || arg === null) {
      await setPreset(arg ? arg : null);
      return;
    }
    const client = ctx.runningClient;
    if (!client) {
      void vscode.window.showErrorMessage('GlitchLab: the language server is not running (GlitchLab: Restart Language Server)');
      return;
    }
    let list: PresetsList;
    try {
      list = await client.sendRequest(PresetsRequest.type, {});
    } catch (e) {
      void vscode.window.showErrorMessage(`GlitchLab: presets: ${(e as Error).message}`);
      return;
    }
    status.render(list.activeProblem);
    const current = ctx.config.settings.preset;
    const picked = await vscode.window.showQuickPick(presetItems(list, current), {
      title: 'GlitchLab: Analysis Preset',
      placeHolder: list.presets.length ? 'The preset the change is analysed with (weights, ignore globs, gates, mosaic)' : 'No presets/*.yaml in this repository (docs/presets.md)',
      matchOnDescription: true,
    });
    if (!picked || picked.preset === undefined) return;
    if (picked.invalid) {
      void vscode.window.showErrorMessage(`GlitchLab: preset ${picked.preset} is invalid: ${picked.invalid}`);
      return;
    }
    if (picked.preset === current) return;
    await setPreset(picked.preset);
  };
}

export function registerPresetPicker(ctx: Ctx): vscode.Disposable[] {
  const status = new PresetStatus(ctx);
  return [status, vscode.commands.registerCommand(CommandIds.selectPreset, selectPreset(ctx, status))];
}
