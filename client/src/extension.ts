// Entry of the GlitchLab VS Code extension (bundled to dist/client/extension.js): creates the
// context (language client, output, status bar), registers the commands, starts the server,
// and opens the Getting Started walkthrough on the first start (issue 15).
import * as vscode from 'vscode';
import { CommandIds } from '../../server/src/protocol';
import { registerCommands } from './commands';
import { Ctx } from './ctx';
import { registerEgql } from './egql-results';
import { InspectorPanel, registerBaseContent, VIEW_TYPE as INSPECTOR } from './panels/inspector-panel';
import { MosaicPanel, registerMosaicPanel, VIEW_TYPE as MOSAIC } from './panels/mosaic-panel';
import { registerSpecMonitor, SpecMonitorPanel, VIEW_TYPE as SPEC_MONITOR } from './panels/spec-monitor-panel';
import { registerPanelSerializer } from './panels/webview-base';
import { registerGatesBacktest } from './gates-backtest';
import { registerPlaybooks } from './playbooks'; // issue 13
import { registerPresetPicker } from './preset-picker'; // issue 16

let ctx: Ctx | undefined;

/** The walkthrough of package.json `contributes.walkthroughs` (its `id`). */
export const WALKTHROUGH_ID = 'gettingStarted';
const WALKTHROUGH_SHOWN_KEY = 'glitchlab.walkthroughShown';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const c = new Ctx(context, CommandIds.statusActions);
  ctx = c;
  context.subscriptions.push(ctx, ...registerCommands(ctx));
  context.subscriptions.push(registerMosaicPanel(ctx), registerBaseContent(ctx), registerSpecMonitor(ctx));
  // Panels open before a window reload come back (onWebviewPanel activation events).
  context.subscriptions.push(
    registerPanelSerializer(INSPECTOR, (p) => InspectorPanel.revive(c, p)),
    registerPanelSerializer(SPEC_MONITOR, (p) => SpecMonitorPanel.revive(c, p)),
    registerPanelSerializer(MOSAIC, (p) => MosaicPanel.revive(c, p)),
  );
  context.subscriptions.push(registerEgql(ctx));
  void openWalkthroughOnce(context);
  context.subscriptions.push(registerGatesBacktest(c));
  context.subscriptions.push(...registerPlaybooks(c));
  context.subscriptions.push(...registerPresetPicker(c));
  await ctx.start();
}

/**
 * First start after install: open "Get started with GlitchLab" beside nothing else, once per
 * user (globalState). VS Code's own `workbench.welcomePage.walkthroughs.openOnInstall` setting
 * turns this off too, and it only opens walkthroughs for marketplace installs, not for a
 * .vsix or a symlinked extension folder, so the extension does it itself.
 */
async function openWalkthroughOnce(context: vscode.ExtensionContext): Promise<void> {
  if (context.globalState.get<boolean>(WALKTHROUGH_SHOWN_KEY)) return;
  if (vscode.workspace.getConfiguration('workbench').get<boolean>('welcomePage.walkthroughs.openOnInstall') === false) return;
  await context.globalState.update(WALKTHROUGH_SHOWN_KEY, true);
  await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${context.extension.id}#${WALKTHROUGH_ID}`, false).then(undefined, () => undefined);
}

export async function deactivate(): Promise<void> {
  await ctx?.stop();
  ctx = undefined;
}
