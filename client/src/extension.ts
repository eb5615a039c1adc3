// Entry of the GlitchLab VS Code extension (bundled to dist/client/extension.js): creates the
// context (language client, output, status bar), registers the commands, starts the server.
import type * as vscode from 'vscode';
import { CommandIds } from '../../server/src/protocol';
import { registerCommands } from './commands';
import { Ctx } from './ctx';
import { registerEgql } from './egql-results';
import { InspectorPanel, registerBaseContent, VIEW_TYPE as INSPECTOR } from './panels/inspector-panel';
import { MosaicPanel, registerMosaicPanel, VIEW_TYPE as MOSAIC } from './panels/mosaic-panel';
import { registerSpecMonitor, SpecMonitorPanel, VIEW_TYPE as SPEC_MONITOR } from './panels/spec-monitor-panel';
import { registerPanelSerializer } from './panels/webview-base';

let ctx: Ctx | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const c = new Ctx(context, CommandIds.showOutput);
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
  await ctx.start();
}

export async function deactivate(): Promise<void> {
  await ctx?.stop();
  ctx = undefined;
}
