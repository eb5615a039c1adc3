// Entry of the GlitchLab VS Code extension (bundled to dist/client/extension.js): creates the
// context (language client, output, status bar), registers the commands, starts the server.
import type * as vscode from 'vscode';
import { CommandIds } from '../../server/src/protocol';
import { registerCommands } from './commands';
import { Ctx } from './ctx';
import { registerEgql } from './egql-results';
import { registerGatesBacktest } from './gates-backtest';
import { registerMosaicPanel } from './panels/mosaic-panel';

let ctx: Ctx | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  ctx = new Ctx(context, CommandIds.showOutput);
  context.subscriptions.push(ctx, ...registerCommands(ctx));
  context.subscriptions.push(registerMosaicPanel(ctx));
  context.subscriptions.push(registerEgql(ctx));
  context.subscriptions.push(registerGatesBacktest(ctx));
  await ctx.start();
}

export async function deactivate(): Promise<void> {
  await ctx?.stop();
  ctx = undefined;
}
