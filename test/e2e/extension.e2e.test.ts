/**
 * The REAL GlitchLab extension (the built dist/client/extension.js and dist/server.js) in a
 * real VS Code (code-server 4.99.4 = VS Code 1.99.3), on the demo repository of
 * scripts/demo/make-demo-repo.mjs (a committed `main` plus an uncommitted change). Checks, in
 * the UI: Δ token diagnostics in the Problems panel, code lenses above the changed function,
 * ΔZ in the status bar, and a new MODIFY_SIG after typing a parameter into another exported
 * function. Screenshots of every step: test-results/e2e/extension-e2e/.
 *
 * Needs `bash scripts/e2e/install-code-server.sh` and `npm run build` (npm run test:e2e does both).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  launchVSCode,
  leftoverProcesses,
  openFile,
  openProblems,
  repoRoot,
  runCommand,
  statusBarItem,
  waitForText,
  type Page,
  type VSCodeSession,
} from './harness';

const ROOT = repoRoot();

/** Settings that keep typing deterministic: no suggest widget can accept a completion on a commit character. */
const SETTINGS = {
  'editor.quickSuggestions': { other: false, comments: false, strings: false },
  'editor.suggestOnTriggerCharacters': false,
  'editor.acceptSuggestionOnCommitCharacter': false,
  'editor.parameterHints.enabled': false,
  'editor.hover.enabled': false,
  'glitchlab.debounceMs': 50,
};

function makeDemo(dir: string): void {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'demo', 'make-demo-repo.mjs'), dir], { stdio: 'pipe' });
}

/**
 * Types `filter` into the Problems panel's filter box and waits for a marker row matching `re`
 * (the list is virtualized: a row scrolled out of view is not in the DOM, a filtered one is).
 */
async function problemRow(page: Page, filter: string, re: RegExp, timeout = 30_000): Promise<string> {
  await openProblems(page, { timeout });
  const box = page.locator('.part.panel').getByPlaceholder(/^Filter \(e\.g\./);
  await box.fill(filter);
  return waitForText(page.locator('.markers-panel .monaco-list-row'), re, timeout);
}

/**
 * Waits for an Output-view line matching `re`. VS Code 1.99 copies the Problems filter into the
 * Output view's filter (debounced, so it can arrive after we cleared it): keep it empty while
 * waiting, checking the DOM in short rounds until the deadline.
 */
async function outputLine(page: Page, re: RegExp, timeout = 30_000): Promise<string> {
  const filter = page.locator('.part.panel').getByPlaceholder(/^Filter/);
  const deadline = Date.now() + timeout;
  for (;;) {
    if ((await filter.inputValue().catch(() => '')) !== '') await filter.fill('');
    try {
      return await waitForText(page.locator('.part.panel .monaco-editor .view-line'), re, 2_000);
    } catch (e) {
      if (Date.now() > deadline) throw e;
    }
  }
}

/** Moves the cursor with Go to Line (Ctrl+G, `:line:col`) and waits for the status bar to confirm it. */
async function goTo(page: Page, line: number, col: number): Promise<void> {
  const input = page.locator('.quick-input-widget input.input');
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+G');
  await input.waitFor({ state: 'visible' });
  await input.fill(`:${line}:${col}`);
  await page.locator('.quick-input-list .monaco-list-row, .quick-input-message').filter({ hasText: new RegExp(`${line}`) }).first().waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  await waitForText(page.locator('[id="status.editor.selection"]'), new RegExp(`Ln ${line}, Col ${col}\\b`));
}

test('GlitchLab in real VS Code: Δ diagnostics, code lenses, status ΔZ and a live MODIFY_SIG', { timeout: 300_000 }, async () => {
  for (const f of ['dist/client/extension.js', 'dist/server.js', 'dist/wasm/tree-sitter.wasm']) {
    assert.ok(fs.existsSync(path.join(ROOT, f)), `${f} is missing: run npm run build first`);
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'glitchlab-ext-e2e-'));
  const workspace = path.join(tmp, 'demo-repo');
  makeDemo(workspace);
  const runDir = path.join(tmp, 'extension-e2e');

  let vs: VSCodeSession | undefined;
  try {
    vs = await launchVSCode({ extensionDir: ROOT, workspace, runDir, readyEntry: 'src', settings: SETTINGS });
    const { page } = vs;
    await vs.screenshot('workbench-ready');

    // 1. Status bar: the extension activated (workspaceContains:.git), the server indexed, ΔZ is shown.
    const status = statusBarItem(page, /ΔZ \d\.\d\d/);
    await status.waitFor({ state: 'visible', timeout: 90_000 });
    const dzBefore = Number(/ΔZ (\d\.\d\d)/.exec(await status.innerText())![1]);
    assert.ok(dzBefore > 0 && dzBefore < 1, `status ΔZ ${dzBefore}`);
    // Its tooltip: the whole change's sentence, the decision's lines (the same `glx invariants`
    // prints: each module's ΔZ with its scope, the I2 break) and the base (the demo's default base
    // is the merge-base with main).
    await status.hover();
    const tip = await waitForText(page.locator('.workbench-hover, .monaco-hover'), /GlitchLab — whole change/, 10_000);
    assert.match(tip, new RegExp(`whole change: ΔZ ${dzBefore.toFixed(2).replace('.', '\\.')} · \\d+ semantic tokens`));
    assert.match(tip, /I1 \w+: module src: ΔZ 0\.\d\d/);
    assert.match(tip, /I1 \w+: module tools: ΔZ 0\.\d\d/);
    assert.match(tip, /I2 FAIL: public method Cart\.computeTotal \(src\/pricing\.ts\)/);
    assert.match(tip, /Base: [0-9a-f]{12} — merge-base with the default branch/);
    await vs.screenshot('status-bar-dz');
    await page.mouse.move(700, 300);

    // 2. Problems panel: the token diagnostics of the demo change (source glitchlab, code = kind).
    await openProblems(page, { atLeast: 3, timeout: 60_000 });
    await vs.screenshot('problems-tokens');
    const sig = await problemRow(page, 'applyDiscount', /Δ MODIFY_SIG applyDiscount\(total: number, rate: number\)/);
    assert.match(sig, /public API/);
    assert.match(sig, /glitchlab\s*MODIFY_SIG/);
    await vs.screenshot('problems-modify-sig');
    await problemRow(page, 'RENAME_FN', /Δ RENAME_FN Cart\.computeTotal → Cart\.subtotal/);
    await problemRow(page, 'ΔIMPORT', /ΔIMPORT \+\.\/log/);
    await problemRow(page, 'summarize', /Δ MODIFY_BODY summarize/); // the Python side
    await problemRow(page, '', /Δ MODIFY_SIG applyDiscount/); // clear the filter

    // 3. Code lenses in src/pricing.ts: file total at the top, the token above applyDiscount.
    await openFile(page, 'src/pricing.ts');
    const lenses = page.locator('.monaco-editor .codelens-decoration');
    await waitForText(lenses, /Δ MODIFY_SIG.*of module src's ΔZ · public API/, 60_000);
    await waitForText(lenses, /this file: \+\d\.\d\d of module src's ΔZ \d\.\d\d · \d+ semantic tokens/);
    await waitForText(lenses, /module src: (ACCEPT|REVIEW|BLOCK|HARD_BLOCK) · ΔZ \d\.\d\d/);
    const sigLens = lenses.filter({ hasText: /Δ MODIFY_SIG/ }).first();
    const sigLine = page.locator('.monaco-editor .view-line').filter({ hasText: 'export function applyDiscount(' }).first();
    const [lensBox, lineBox] = [await sigLens.boundingBox(), await sigLine.boundingBox()];
    assert.ok(lensBox && lineBox && lensBox.y < lineBox.y && lineBox.y - lensBox.y < 2 * lineBox.height + 4, 'MODIFY_SIG lens sits right above applyDiscount');
    await vs.screenshot('code-lens-pricing');

    // 4. Type a new parameter into restock() of src/inventory.ts (unchanged so far).
    await openFile(page, 'src/inventory.ts');
    const text = fs.readFileSync(path.join(workspace, 'src', 'inventory.ts'), 'utf8').split('\n');
    const lineIdx = text.findIndex((l) => l.startsWith('export function restock('));
    assert.ok(lineIdx >= 0);
    await goTo(page, lineIdx + 1, text[lineIdx].indexOf('): void') + 1);
    await page.keyboard.type(', warehouse?: string');
    await page
      .locator('.monaco-editor .view-line')
      .filter({ hasText: 'export function restock(sku: string, qty: number, warehouse?: string): void {' })
      .first()
      .waitFor({ state: 'visible' });
    await vs.screenshot('typed-parameter');

    // The new MODIFY_SIG shows up: code lens above restock, a Problems row, a higher ΔZ.
    await waitForText(lenses, /Δ MODIFY_SIG.*of module src's ΔZ · public API/, 30_000);
    // Waits for the row of the typed text as it stands: the server publishes versions as they
    // come, so a row read as soon as one appears can be an earlier keystroke's ("warehouse?: stri").
    const live = await problemRow(page, 'restock', /Δ MODIFY_SIG restock\(sku: string, qty: number\).*warehouse\?: string\)/);
    assert.match(live, /warehouse\?: string\)/);
    await problemRow(page, '', /Δ MODIFY_SIG/); // clear the filter (VS Code 1.99 shares it with the Output view)
    await statusBarItem(page, new RegExp(`ΔZ (?!${dzBefore.toFixed(2).replace('.', '\\.')})\\d\\.\\d\\d`)).waitFor({ state: 'visible' });
    const dzAfter = Number(/ΔZ (\d\.\d\d)/.exec(await statusBarItem(page, /ΔZ \d\.\d\d/).innerText())![1]);
    assert.ok(dzAfter > dzBefore, `ΔZ rose: ${dzBefore} → ${dzAfter}`);
    await vs.screenshot('live-modify-sig');

    // 5. Contributed commands through the palette: Reindex answers with the new status (logged
    // to the GlitchLab output channel, which Show Output reveals); the live buffer keeps its token.
    await runCommand(page, 'GlitchLab: Reindex');
    await runCommand(page, 'GlitchLab: Show Output');
    // Monaco renders spaces as U+00A0: match them with \s.
    await outputLine(page, new RegExp(`status:\\s+ready,\\s+ΔZ\\s+${dzAfter.toFixed(2).replace('.', '\\.')}`));
    await vs.screenshot('reindex-output');
    await problemRow(page, 'restock', /Δ MODIFY_SIG restock/);
    await vs.screenshot('after-reindex');

    // 6. Restart Language Server: a new server gets the open (unsaved) buffer again and
    // republishes its MODIFY_SIG; the status returns to the same ΔZ.
    await runCommand(page, 'GlitchLab: Restart Language Server');
    await runCommand(page, 'GlitchLab: Show Output');
    await outputLine(page, /restarting\s+the\s+GlitchLab\s+language\s+server/);
    await statusBarItem(page, new RegExp(`ΔZ ${dzAfter.toFixed(2).replace('.', '\\.')}`)).waitFor({ state: 'visible', timeout: 60_000 });
    await problemRow(page, 'restock', /Δ MODIFY_SIG restock/);
    await vs.screenshot('after-restart');
  } catch (e) {
    await vs?.screenshot('failure').catch(() => undefined);
    process.stderr.write(`[e2e] kept ${tmp} for debugging (code-server log: ${runDir}/code-server.log, VS Code logs: ${runDir}/ud/logs)\n`);
    throw e;
  } finally {
    await vs?.close();
  }

  assert.deepEqual(leftoverProcesses(runDir), []);
  fs.rmSync(tmp, { recursive: true, force: true });
});
