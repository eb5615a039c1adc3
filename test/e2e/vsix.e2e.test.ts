/**
 * Issue 15 (desktop VS Code): the extension as PACKAGED, not the repository folder. The .vsix
 * is built with vsce (the same .vscodeignore as `npm run package`), unpacked, and its
 * `extension/` folder is what code-server loads: the status bar shows ΔZ, the walkthrough opens
 * with its images, and the Mosaic panel renders (its webview bundle was once missing from the
 * package). Screenshots: test-results/e2e/vsix-e2e/.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { launchVSCode, leftoverProcesses, repoRoot, runCommand, statusBarItem, waitForText, type VSCodeSession } from './harness';

const ROOT = repoRoot();

test('the packaged .vsix activates: status ΔZ, walkthrough images, Mosaic panel', { timeout: 300_000 }, async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'glitchlab-vsix-e2e-'));
  const vsix = path.join(tmp, 'glitchlab.vsix');
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--out', vsix], { cwd: ROOT, stdio: 'pipe' });
  const size = fs.statSync(vsix).size;
  process.stderr.write(`[e2e] ${path.basename(vsix)}: ${(size / 1024 / 1024).toFixed(2)} MB\n`);
  assert.ok(size < 3 * 1024 * 1024, `${size} bytes`);
  execFileSync('unzip', ['-q', vsix, '-d', path.join(tmp, 'unpacked')]);
  const extensionDir = path.join(tmp, 'unpacked', 'extension');
  assert.ok(!fs.existsSync(path.join(extensionDir, 'node_modules')) && !fs.existsSync(path.join(extensionDir, 'server')));
  const workspace = path.join(tmp, 'demo-repo');
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'demo', 'make-demo-repo.mjs'), workspace], { stdio: 'pipe' });
  const runDir = path.join(tmp, 'vsix-e2e');
  let vs: VSCodeSession | undefined;
  try {
    vs = await launchVSCode({ extensionDir, workspace, runDir, readyEntry: 'src', settings: { 'glitchlab.debounceMs': 50 } });
    const { page } = vs;
    await statusBarItem(page, /ΔZ \d\.\d\d/).waitFor({ state: 'visible', timeout: 90_000 });
    const walk = page.locator('.gettingStartedContainer');
    await waitForText(walk, /Get started with GlitchLab/, 30_000);
    await walk.locator('.getting-started-media img, img').first().waitFor({ state: 'visible', timeout: 15_000 }); // the step's image, from the package
    await vs.screenshot('vsix-walkthrough');
    await runCommand(page, 'GlitchLab: Open Mosaic');
    const frame = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    await waitForText(frame.locator('#info'), /64×64 · \d+ files/, 60_000);
    await vs.screenshot('vsix-mosaic');
  } catch (e) {
    await vs?.screenshot('failure').catch(() => undefined);
    process.stderr.write(`[e2e] kept ${tmp} for debugging (code-server log: ${runDir}/code-server.log)\n`);
    throw e;
  } finally {
    await vs?.close();
  }
  assert.deepEqual(leftoverProcesses(runDir), []);
  fs.rmSync(tmp, { recursive: true, force: true });
});
