/**
 * Proves the e2e harness (test/e2e/harness.ts) with a throwaway extension built in a temp
 * folder: on activation it shows a status bar item and publishes a diagnostic through
 * `vscode.languages.createDiagnosticCollection`; a command changes the status text.
 *
 * Needs `bash scripts/e2e/install-code-server.sh` first. See docs/e2e.md.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  launchVSCode,
  leftoverProcesses,
  openFile,
  openProblems,
  runCommand,
  statusBarItem,
  statusBarText,
  waitForText,
  type VSCodeSession,
} from './harness';

const EXTENSION_JS = `'use strict';
const vscode = require('vscode');
exports.activate = function activate(context) {
  const item = vscode.window.createStatusBarItem('glitchlabSmoke.status', vscode.StatusBarAlignment.Left, 1000);
  item.text = '$(beaker) Smoke ready';
  item.tooltip = 'GlitchLab e2e smoke extension';
  item.show();
  const diagnostics = vscode.languages.createDiagnosticCollection('glitchlab-smoke');
  const folder = vscode.workspace.workspaceFolders[0].uri;
  const diagnostic = new vscode.Diagnostic(
    new vscode.Range(1, 0, 1, 4),
    'smoke: TODO left in sample',
    vscode.DiagnosticSeverity.Warning,
  );
  diagnostic.source = 'glitchlab-smoke';
  diagnostics.set(vscode.Uri.joinPath(folder, 'sample.txt'), [diagnostic]);
  context.subscriptions.push(
    item,
    diagnostics,
    vscode.commands.registerCommand('glitchlabSmoke.hello', () => {
      item.text = '$(check) Smoke clicked';
    }),
  );
};
exports.deactivate = function deactivate() {};
`;

function buildThrowawayExtension(root: string): string {
  const dir = path.join(root, 'ext');
  fs.mkdirSync(dir, { recursive: true });
  const manifest = {
    name: 'smoke',
    displayName: 'GlitchLab e2e smoke',
    publisher: 'glitchlab-e2e',
    version: '0.0.1',
    engines: { vscode: '^1.82.0' },
    main: './extension.js',
    activationEvents: ['onStartupFinished'],
    contributes: {
      commands: [{ command: 'glitchlabSmoke.hello', title: 'GlitchLab Smoke: Say Hello' }],
    },
  };
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  fs.writeFileSync(path.join(dir, 'extension.js'), EXTENSION_JS);
  return dir;
}

function makeWorkspace(root: string): string {
  const ws = path.join(root, 'workspace');
  fs.mkdirSync(ws, { recursive: true });
  fs.writeFileSync(path.join(ws, 'sample.txt'), 'first line\nTODO fix the smoke\nlast line\n');
  fs.writeFileSync(path.join(ws, 'README.md'), '# smoke workspace\n');
  return ws;
}

test('e2e harness: throwaway extension shows a status item and a diagnostic in real VS Code', { timeout: 180_000 }, async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'glitchlab-e2e-'));
  const extensionDir = buildThrowawayExtension(tmp);
  const workspace = makeWorkspace(tmp);
  const runDir = path.join(tmp, 'smoke-harness');

  let vs: VSCodeSession | undefined;
  try {
    vs = await launchVSCode({ extensionDir, workspace, runDir, readyEntry: 'sample.txt' });
    const { page } = vs;
    await vs.screenshot('workbench-ready');

    // Status bar item from the extension's activation.
    const item = statusBarItem(page, /Smoke ready/);
    await item.waitFor({ state: 'visible', timeout: 60_000 });
    assert.ok((await statusBarText(page)).some((t) => t.includes('Smoke ready')));
    await vs.screenshot('status-bar');

    // The diagnostic in the Problems panel: a file row and the marker row.
    const rows = await openProblems(page, { atLeast: 2, timeout: 60_000 });
    assert.ok(rows.some((r) => r.includes('sample.txt')), `Problems rows: ${JSON.stringify(rows)}`);
    const marker = await waitForText(page.locator('.markers-panel .monaco-list-row'), /smoke: TODO left in sample/);
    assert.match(marker, /glitchlab-smoke/);
    await vs.screenshot('problems');

    // Opening the file shows the squiggle (Quick Open needs ripgrep).
    await openFile(page, 'sample.txt');
    await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ state: 'visible' });
    await vs.screenshot('editor-squiggle');

    // A contributed command through the command palette.
    await runCommand(page, 'GlitchLab Smoke: Say Hello');
    await waitForText(page.locator('.part.statusbar .statusbar-item'), /Smoke clicked/);
    await vs.screenshot('command-ran');
  } catch (e) {
    await vs?.screenshot('failure').catch(() => undefined);
    process.stderr.write(`[e2e] kept ${tmp} for debugging (code-server log: ${runDir}/code-server.log)\n`);
    throw e;
  } finally {
    await vs?.close();
  }

  // Teardown left nothing of this run alive (code-server, extension host, Chromium).
  assert.deepEqual(leftoverProcesses(runDir), []);
  fs.rmSync(tmp, { recursive: true, force: true });
});
