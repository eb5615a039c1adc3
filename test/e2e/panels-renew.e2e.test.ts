/**
 * A panel whose webview never loads is opened again in a new panel (client/src/panels/
 * webview-base.ts PanelSlot.renew), in a real VS Code (code-server 4.99.4). code-server can leave
 * a webview's frame blank through every reload of its HTML (docs/e2e.md "The blank panel"); the
 * harness stands in for that with GLX_E2E_BREAK_FIRST_WEBVIEW=1, which points the first panel of
 * each kind at a bundle that does not exist, through all its reloads. The Spec Monitor must then
 * come up by itself — reloaded three times, 8 s apart, then closed and opened anew in its column
 * — with nobody touching it, and the extension's log must say so. Screenshots:
 * test-results/e2e/panels-renew-e2e/.
 *
 * Needs `bash scripts/e2e/install-code-server.sh` and `npm run build` (npm run test:e2e does both).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCommand, statusBarItem, waitForText, withDemoSession } from './harness';

test('a panel whose webview never loads opens again by itself in a new panel', { timeout: 300_000 }, async () => {
  const opts = { needs: ['dist/webview/spec-monitor.js'], settings: { 'glitchlab.debounceMs': 50 }, env: { GLX_E2E_BREAK_FIRST_WEBVIEW: '1' } };
  await withDemoSession('panels-renew-e2e', opts, async (vs) => {
    const { page } = vs;
    await statusBarItem(page, /ΔZ \d\.\d\d/).waitFor({ state: 'visible', timeout: 90_000 });
    await runCommand(page, 'GlitchLab: Open Spec Monitor');
    await waitForText(page.locator('.tabs-container .tab'), /GlitchLab Spec Monitor/, 30_000);
    const frame = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    // Blank first: the broken panel's script does not exist, so nothing renders in it.
    await new Promise((r) => setTimeout(r, 5_000));
    const blank = (await frame.locator('#decision').textContent({ timeout: 5_000 }).catch(() => '')) ?? '';
    assert.doesNotMatch(blank, /decision (ACCEPT|REVIEW|BLOCK|HARD_BLOCK)/, 'the broken panel must not render data (else this test proves nothing)');
    await vs.screenshot('blank-panel');
    // Three reloads 8 s apart, then the new panel: about 32 s, and the new panel's first load.
    await waitForText(frame.locator('#decision'), /decision (ACCEPT|REVIEW|BLOCK|HARD_BLOCK)/, 120_000);
    assert.equal(await page.locator('.tabs-container .tab', { hasText: 'GlitchLab Spec Monitor' }).count(), 1, 'one Spec Monitor tab: the blank one was closed');
    await vs.screenshot('renewed-panel');
    // The extension says what it did, in its output channel (Monaco renders spaces as U+00A0: \s).
    await runCommand(page, 'GlitchLab: Show Output');
    await waitForText(page.locator('.part.panel .monaco-editor .view-line'), /Spec\s+Monitor:\s+opened\s+again\s+in\s+a\s+new\s+panel/, 30_000);
    await vs.screenshot('output-log');
  });
});
