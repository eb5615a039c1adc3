/**
 * The Mosaic panel in a real VS Code (code-server 4.99.4 = VS Code 1.99.3) on the demo
 * repository: "GlitchLab: Open Mosaic" draws the grid in a webview, "find" focuses the cell of
 * a known function (restock in src/inventory.ts), a real mouse click on that cell opens the
 * file at the cell's first line, the symbol under the cursor is reported back to the panel,
 * and I3 is shown. Screenshots: test-results/e2e/mosaic-e2e/.
 *
 * Needs `bash scripts/e2e/install-code-server.sh` and `npm run build` (npm run test:e2e does both).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { launchVSCode, leftoverProcesses, repoRoot, runCommand, statusBarItem, waitForText, type VSCodeSession } from './harness';

const ROOT = repoRoot();

test('Mosaic panel in real VS Code: grid, find, click a function cell → editor at that line', { timeout: 300_000 }, async () => {
  for (const f of ['dist/client/extension.js', 'dist/server.js', 'dist/webview/mosaic.js']) {
    assert.ok(fs.existsSync(path.join(ROOT, f)), `${f} is missing: run npm run build first`);
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'glitchlab-mosaic-e2e-'));
  const workspace = path.join(tmp, 'demo-repo');
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'demo', 'make-demo-repo.mjs'), workspace], { stdio: 'pipe' });
  const runDir = path.join(tmp, 'mosaic-e2e');
  const inventory = fs.readFileSync(path.join(workspace, 'src', 'inventory.ts'), 'utf8').split('\n');
  const restockStart = inventory.findIndex((l) => l.startsWith('export function restock(')) + 1;
  let restockEnd = restockStart;
  while (restockEnd < inventory.length && inventory[restockEnd - 1] !== '}') restockEnd++;
  assert.ok(restockStart > 0);

  let vs: VSCodeSession | undefined;
  try {
    vs = await launchVSCode({ extensionDir: ROOT, workspace, runDir, readyEntry: 'src', settings: { 'glitchlab.debounceMs': 50 } });
    const { page } = vs;
    await statusBarItem(page, /ΔZ \d\.\d\d/).waitFor({ state: 'visible', timeout: 90_000 });

    await runCommand(page, 'GlitchLab: Open Mosaic');
    const frame = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    await waitForText(frame.locator('#info'), /64×64 · \d+ files/, 60_000);
    await waitForText(frame.locator('#i3 .i3-head'), /I3 (PASS|REVIEW|FAIL) — the tokens explain \d+ % of the changed cells; \d+ cells? disagrees?/);
    await waitForText(frame.locator('#i3 .i3-sub'), /E \d\.\d{3} · τ /);
    await waitForText(frame.locator('#legend'), /heat: .* · empty cells: nothing measured/);
    await vs.screenshot('mosaic-open');

    // Find restock's cell, then click it with the mouse.
    await frame.locator('#find').fill('restock');
    await frame.locator('#find').press('Enter');
    const canvas = frame.locator('canvas#grid');
    await waitForText(frame.locator('#found'), /^\d+ cells?: symbol restock in src\/inventory\.ts$/);
    assert.ok(Number(await canvas.getAttribute('data-found')) >= 1, 'every cell of restock highlighted');
    assert.ok(((await canvas.getAttribute('data-labels')) ?? '').split('|').some((l) => /\.(ts|py|md)$/.test(l)), 'the largest regions are labelled with their file names');
    await waitForText(frame.locator('#live'), /src\/inventory\.ts:\d+–\d+ · .*restock/);
    const live = await frame.locator('#live').innerText();
    const firstLine = Number(/src\/inventory\.ts:(\d+)–/.exec(live)![1]);
    assert.ok(firstLine >= restockStart - 1 && firstLine <= restockEnd, `cell starts inside restock (${restockStart}–${restockEnd}): ${live}`);
    const x = Number(await canvas.getAttribute('data-focus-x'));
    const y = Number(await canvas.getAttribute('data-focus-y'));
    await vs.screenshot('mosaic-found-restock');
    await canvas.click({ position: { x, y } });

    // The editor shows src/inventory.ts with the cursor on the cell's first line.
    await waitForText(page.locator('.tabs-container .tab.active'), /inventory\.ts/, 30_000);
    await waitForText(page.locator('[id="status.editor.selection"]'), new RegExp(`Ln ${firstLine}, Col 1\\b`), 30_000);
    await vs.screenshot('editor-at-restock');

    // The symbol under the cursor comes back to the panel as highlighted cells.
    if (firstLine >= restockStart) await waitForText(frame.locator('#cursor'), /restock \(\d+ cells?\)/, 30_000);

    // Live: typing in the editor pushes a new view from the server (a newer generation).
    const gen = await frame.locator('body').getAttribute('data-generation');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('// live edit');
    await frame.locator(`body:not([data-generation="${gen}"])`).waitFor({ state: 'attached', timeout: 30_000 });
    // One number for one thing: the find shown is asked again on each new view, so once the edits
    // settle its count of restock's cells is the cursor's count for the same symbol.
    let counts = '';
    for (let t0 = Date.now(); Date.now() - t0 < 30_000; await new Promise((r) => setTimeout(r, 250))) {
      const found = /^(\d+) cells?: symbol restock/.exec((await frame.locator('#found').textContent()) ?? '')?.[1];
      const cursor = /restock \((\d+) cells?\)/.exec((await frame.locator('#cursor').textContent()) ?? '')?.[1];
      counts = `found ${found} · cursor ${cursor}`;
      if (found !== undefined && found === cursor) break;
    }
    assert.match(counts, /^found (\d+) · cursor \1$/, 'the find and the cursor count the same cells of restock after the edit');
    await vs.screenshot('mosaic-live-update');

    // Keyboard: arrows move the focused cell (announced in the live region); the layer selector
    // switches to the Φ/Δ overlay of I3.
    const before = await frame.locator('#live').innerText();
    await canvas.focus();
    await canvas.press('ArrowRight');
    await canvas.press('ArrowDown');
    await waitForText(frame.locator('#live'), /^MOZ::64x64@r\d\dc\d\d: /);
    assert.notEqual(await frame.locator('#live').innerText(), before);
    await frame.locator('#layer').selectOption('i3');
    await waitForText(frame.locator('#legend'), /changed lines no token explains/);
    await vs.screenshot('mosaic-i3-overlay');
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
