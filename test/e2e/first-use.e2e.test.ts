/**
 * Issue 15, "a new user's first ten minutes", in real VS Code (code-server) on a fresh user
 * profile and the demo repository: the Getting Started walkthrough opens on the first start and
 * its buttons work; Select Base… lists recent commits with the date and the subject in their
 * own columns (no `%09`); the status bar click leads to a quick pick of what it means and the
 * next steps (Open Delta Inspector opens the panel); Run EGQL Query runs from the palette
 * with no editor open (it asks for a query). Screenshots: test-results/e2e/first-use-e2e/.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { launchVSCode, leftoverProcesses, repoRoot, runCommand, statusBarItem, waitForText, type Page, type VSCodeSession } from './harness';

const ROOT = repoRoot();

/** Rows of the open quick pick (a quick pick opened by a command or a click, not by a shortcut). */
const rows = (page: Page) => page.locator('.quick-input-widget .quick-input-list .monaco-list-row');

async function escape(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

test('first ten minutes: walkthrough on first start, Select Base columns, status bar click, Run EGQL Query from the palette', { timeout: 300_000 }, async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'glitchlab-first-e2e-'));
  const workspace = path.join(tmp, 'demo-repo');
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'demo', 'make-demo-repo.mjs'), workspace], { stdio: 'pipe' });
  const runDir = path.join(tmp, 'first-use-e2e');
  let vs: VSCodeSession | undefined;
  try {
    vs = await launchVSCode({ extensionDir: ROOT, workspace, runDir, readyEntry: 'src', settings: { 'glitchlab.debounceMs': 50 } });
    const { page } = vs;

    // 1. The walkthrough opens by itself on the first start.
    const walk = page.locator('.gettingStartedContainer');
    await waitForText(walk, /Get started with GlitchLab/, 90_000);
    for (const title of ['Pick the base', 'See your first tokens', 'Open the Mosaic', 'Run a playbook', 'Add GlitchLab to CI']) {
      await walk.getByText(title, { exact: true }).first().waitFor({ state: 'visible' });
    }
    await statusBarItem(page, /ΔZ \d\.\d\d/).waitFor({ state: 'visible', timeout: 90_000 });
    await vs.screenshot('walkthrough-on-first-start');

    // 2. Its first button runs Select Base…: recent commits show the date and the subject in columns of their own.
    await walk.getByText('Pick the base', { exact: true }).first().click();
    await walk.locator('.monaco-button, a.button-link').filter({ hasText: 'Select Base…' }).first().click();
    await waitForText(rows(page), /Default base/, 30_000);
    const commit = rows(page).filter({ hasText: /ago/ }).first();
    await commit.waitFor({ state: 'visible' });
    const label = await commit.locator('.label-name').first().innerText();
    const description = await commit.locator('.label-description').first().innerText();
    const text = await commit.innerText();
    assert.match(label.trim(), /[0-9a-f]{7,}$/, text);
    assert.match(description.trim(), /ago( \(current\))?$/, text);
    assert.doesNotMatch(text, /%09|%x09/);
    assert.match(text, /demo-shop|shop|initial|cart|price/i, `the subject is shown: ${text}`);
    await vs.screenshot('select-base-columns');
    await escape(page);

    // 3. The status bar click: what the item means, the decision's lines, the next steps.
    await statusBarItem(page, /ΔZ \d\.\d\d/).click();
    await waitForText(rows(page), /Open Delta Inspector/, 15_000);
    await waitForText(rows(page), /Δ whole change ΔZ \d\.\d\d/);
    await waitForText(rows(page), /I2 FAIL: public method Cart\.computeTotal/); // the decision's lines, word for word
    await vs.screenshot('status-bar-click');
    // The list is virtualized: filter it to reach the last actions.
    const filter = page.locator('.quick-input-widget input.input');
    for (const a of ['Open Spec Monitor', 'HUD Triage', 'Select Base…', 'Open Mosaic', 'Show Output']) {
      await filter.fill(a);
      await waitForText(rows(page), new RegExp(a));
    }
    await filter.fill('Open Delta Inspector');
    await rows(page).filter({ hasText: /Open Delta Inspector/ }).first().click();
    // The Delta Inspector panel opens on the whole change.
    const inspector = page.frameLocator('iframe.webview.ready').last().frameLocator('iframe#active-frame');
    await waitForText(inspector.locator('#summary'), /^whole change: ΔZ \d\.\d\d · \d+ semantic tokens/, 30_000);
    await vs.screenshot('status-click-delta-inspector');

    // 4. No editor open; Run EGQL Query from the palette asks for a query and shows the result.
    await runCommand(page, 'View: Close All Editors');
    await page.locator('.part.editor .tabs-container .tab').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
    await page.locator('.part.editor').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+Shift+P');
    const input = page.locator('.quick-input-widget input.input');
    await input.fill('>GlitchLab: Run EGQL Query');
    await page.locator('.quick-input-list .monaco-list-row.focused').filter({ hasText: /GlitchLab: Run EGQL Query/ }).waitFor({ state: 'visible' });
    await page.keyboard.press('Enter');
    await waitForText(rows(page), /Type a query/, 15_000);
    await vs.screenshot('egql-from-palette');
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget .quick-input-message, .quick-input-widget .quick-input-title').filter({ hasText: /EGQL/ }).first().waitFor({ state: 'visible' });
    assert.match(await input.inputValue(), /^SELECT tokens FROM sha\(HEAD\)/);
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab').filter({ hasText: /EGQL: SELECT tokens FROM sha\(HEAD\)/ }).first().waitFor({ state: 'visible', timeout: 30_000 });
    const frame = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    await waitForText(frame.locator('p.meta, p.error'), /rows?|row/, 30_000);
    await vs.screenshot('egql-result');
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
