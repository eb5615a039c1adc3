/**
 * The Delta Inspector in a real VS Code (code-server 4.99.4 = VS Code 1.99.3) on the demo
 * repository: the file lens of src/pricing.ts opens it narrowed to that file; its count equals
 * the lens's; filtering to MODIFY_SIG and selecting applyDiscount's token shows the plain-words
 * explanation ("gained an optional parameter `cap`: callers keep working"), before/after and its
 * share of the module's ΔZ; "Go to code" puts the cursor on the function and "Open diff" opens
 * VS Code's diff of the base against the working copy. Screenshots: test-results/e2e/inspector-e2e/.
 *
 * Needs `bash scripts/e2e/install-code-server.sh` and `npm run build` (npm run test:e2e does both).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { openFile, statusBarItem, waitForText, withDemoSession } from './harness';

test('Delta Inspector in real VS Code: from the file lens, filter, explanation in plain words, go to code, diff', { timeout: 300_000 }, async () => {
  await withDemoSession('inspector-e2e', { needs: ['dist/webview/inspector.js'], settings: { 'glitchlab.debounceMs': 50 } }, async (vs, workspace) => {
    const pricing = fs.readFileSync(path.join(workspace, 'src', 'pricing.ts'), 'utf8').split('\n');
    const applyLine = pricing.findIndex((l) => l.startsWith('export function applyDiscount(')) + 1;
    assert.ok(applyLine > 0);
    const { page } = vs;
    await statusBarItem(page, /ΔZ \d\.\d\d/).waitFor({ state: 'visible', timeout: 90_000 });
    await openFile(page, 'src/pricing.ts');
    const lenses = page.locator('.monaco-editor .codelens-decoration');
    const fileLens = await waitForText(lenses, /this file: \+\d\.\d\d of module src's ΔZ \d\.\d\d · \d+ semantic tokens/, 60_000);
    const lensCount = Number(/· (\d+) semantic tokens?/.exec(fileLens)![1]);
    await lenses.locator('a', { hasText: /^this file:/ }).first().click();

    const frame = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    await waitForText(frame.locator('#summary'), /^whole change: ΔZ \d\.\d\d · \d+ semantic tokens/, 60_000);
    // Narrowed to the file: the count of what is shown equals the file lens's.
    const shown = await waitForText(frame.locator('#count'), /\d+ of \d+ semantic tokens.* · the number on each row: its share of its module's ΔZ$/);
    assert.equal(Number(/^(\d+) of/.exec(shown)![1]), lensCount, `${shown} vs lens ${fileLens}`);
    await vs.screenshot('inspector-from-lens');

    await frame.locator('#kind').selectOption('MODIFY_SIG');
    await frame.locator('.row', { hasText: 'applyDiscount' }).first().click();
    const plain = await waitForText(frame.locator('#detail .plain'), /applyDiscount/);
    assert.match(plain, /applyDiscount gained an optional parameter cap: callers keep working\./);
    await waitForText(frame.locator('#detail'), /of module src's ΔZ \d\.\d\d · public API/);
    await waitForText(frame.locator('#detail pre').last(), /cap = Infinity/);
    await vs.screenshot('inspector-modify-sig');

    // Grouped by module: the header's ΔZ is the module ΔZ the detail line names (one number, two places).
    const detailDz = /of module src's ΔZ (\d\.\d\d)/.exec(await frame.locator('#detail').innerText())![1];
    await frame.locator('#kind').selectOption('');
    await frame.locator('#search').fill('');
    await frame.locator('#sort').selectOption('module');
    const header = await waitForText(frame.locator('#list .file'), /^module src · \d+ tokens? · ΔZ \d\.\d\d$/);
    assert.equal(/ΔZ (\d\.\d\d)$/.exec(header)![1], detailDz, `${header} vs detail ΔZ ${detailDz}`);
    await vs.screenshot('inspector-by-module');

    await frame.locator('#detail button', { hasText: 'Go to code' }).click();
    await waitForText(page.locator('[id="status.editor.selection"]'), new RegExp(`Ln ${applyLine}, Col 1\\b`), 30_000);
    await frame.locator('#detail button', { hasText: 'Open diff' }).click();
    await waitForText(page.locator('.tabs-container .tab.active'), /pricing\.ts \(base [0-9a-f]+ ↔ working copy\)/, 30_000);
    // Both sides render (Monaco draws spaces as U+00A0, hence \s): the base without `cap`, the working copy with it.
    await waitForText(page.locator('.monaco-diff-editor .editor.original .view-line'), /export\sfunction\sapplyDiscount\(total:\snumber,\srate:\snumber\)/, 30_000);
    await waitForText(page.locator('.monaco-diff-editor .editor.modified .view-line'), /cap\s=\sInfinity/, 30_000);
    await vs.screenshot('inspector-diff');
  });
});
