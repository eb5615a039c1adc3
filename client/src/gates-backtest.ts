// "GlitchLab: Backtest Gates on History" (issue 17): runs the bundled `glx gates backtest
// --markdown` (the same engine and use case as the CLI, app/backtest.ts) on the workspace folder
// and shows the result in a markdown preview — until the Spec Monitor panel exists, where it
// belongs. Read-only: the backtest only reads git objects, writes nothing.
import { execFile } from 'node:child_process';
import * as vscode from 'vscode';
import { CommandIds } from '../../server/src/protocol';
import type { Ctx } from './ctx';

const DEFAULT_COMMITS = 100;

export function registerGatesBacktest(ctx: Ctx): vscode.Disposable {
  return vscode.commands.registerCommand(CommandIds.gatesBacktest, async (commits?: unknown) => {
    const folder = ctx.folder;
    if (!folder || folder.uri.scheme !== 'file') {
      void vscode.window.showErrorMessage('GlitchLab: open a folder inside a git repository to backtest the gates');
      return;
    }
    const n = typeof commits === 'number' && Number.isInteger(commits) && commits > 0 ? commits : DEFAULT_COMMITS;
    const glx = ctx.extension.asAbsolutePath('dist/glx.js');
    try {
      const md = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, cancellable: true, title: `GlitchLab: judging the last ${n} commits as CI would have…` },
        (_progress, token) => run(glx, ['gates', 'backtest', '--markdown', '--commits', String(n), '--repo', folder.uri.fsPath, ...(vscode.workspace.isTrusted ? [] : ['--no-plugins'])], folder.uri.fsPath, token),
      );
      if (md === undefined) return; // cancelled
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: md });
      await vscode.commands.executeCommand('markdown.showPreview', doc.uri);
    } catch (e) {
      void vscode.window.showErrorMessage(`GlitchLab: ${(e as Error).message}`);
    }
  });
}

/** Runs glx; Cancel stops it (SIGINT: it ends at the next commit) and resolves undefined. */
function run(glx: string, args: string[], cwd: string, token: vscode.CancellationToken): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [glx, ...args], { cwd, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', GLX_EGDB: 'off' }, maxBuffer: 32 << 20 }, (err, stdout, stderr) => {
      if (token.isCancellationRequested) resolve(undefined);
      else if (err) reject(new Error(stderr.trim().split('\n').pop() || err.message));
      else resolve(stdout);
    });
    token.onCancellationRequested(() => child.kill('SIGINT'));
  });
}
