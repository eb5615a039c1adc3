/**
 * The three panels in a light, a dark and a high-contrast theme (the other e2e tests run the light
 * default): HUD triage opens the Delta Inspector and the Spec Monitor, then the Mosaic; each
 * webview takes its colours from the theme (its body background is the editor's) and its text
 * stays readable (foreground ≠ background). Screenshots: test-results/e2e/panels-<theme>/.
 *
 * Needs `bash scripts/e2e/install-code-server.sh` and `npm run build` (npm run test:e2e does both).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FrameLocator } from 'playwright-core';
import { runCommand, statusBarItem, waitForText, webviewWith, withDemoSession } from './harness';

/** The webview's body colours, as computed in the theme. */
async function colours(frame: FrameLocator): Promise<{ bg: string; fg: string }> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- runs in the webview (DOM), compiled without the DOM lib
  return frame.locator('body').evaluate((b: any) => {
    const cs = b.ownerDocument.defaultView.getComputedStyle(b);
    return { bg: String(cs.backgroundColor), fg: String(cs.color) };
  });
}

for (const [theme, slug, dark] of [['Default Light Modern', 'light', false], ['Default Dark Modern', 'dark', true], ['Default High Contrast', 'high-contrast', true]] as const) {
  test(`panels in the ${theme} theme: Inspector, Spec Monitor, Mosaic follow the theme`, { timeout: 300_000 }, async () => {
    await withDemoSession(`panels-${slug}`, { needs: ['dist/webview/inspector.js', 'dist/webview/spec-monitor.js'], settings: { 'workbench.colorTheme': theme, 'glitchlab.debounceMs': 50 } }, async (vs) => {
      const { page } = vs;
      await statusBarItem(page, /ΔZ \d\.\d\d/).waitFor({ state: 'visible', timeout: 90_000 });
      await runCommand(page, 'View: Close All Editors');
      await runCommand(page, 'GlitchLab: HUD Triage (playbook 8)');
      const reopen = async () => {
        await runCommand(page, 'View: Close All Editors');
        await runCommand(page, 'GlitchLab: HUD Triage (playbook 8)');
      };
      let inspector = await webviewWith(page, '#kind', 60_000, reopen);
      let reopened = false;
      const monitor = await webviewWith(page, '#recalibrate', 60_000, async () => {
        reopened = true;
        await reopen();
      });
      // Both panels were opened again: the Inspector's frame is a new one.
      if (reopened) inspector = await webviewWith(page, '#kind');
      await waitForText(inspector.locator('#summary'), /^whole change: ΔZ/, 60_000);
      await waitForText(monitor.locator('#decision'), /decision \w+/, 60_000);
      for (const f of [inspector, monitor]) {
        const c = await colours(f);
        assert.notEqual(c.bg, c.fg, 'text readable');
        const lum = (rgb: string) => rgb.match(/\d+/g)!.slice(0, 3).map(Number).reduce((s, v) => s + v, 0) / 3;
        assert.equal(lum(c.bg) < 100, dark, `${theme}: background ${c.bg}`);
      }
      // Code in the plain-words explanation keeps contrast (VS Code's default code colours vanished in high contrast).
      await inspector.locator('.row', { hasText: 'applyDiscount' }).first().click();
      const code = inspector.locator('#detail .plain code').first();
      await code.waitFor({ state: 'visible', timeout: 30_000 });
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- runs in the webview (DOM)
      const cc = await code.evaluate((c: any) => ({ fg: String(c.ownerDocument.defaultView.getComputedStyle(c).color), body: String(c.ownerDocument.defaultView.getComputedStyle(c.ownerDocument.body).backgroundColor) }));
      const lum = (rgb: string) => rgb.match(/\d+/g)!.slice(0, 3).map(Number).reduce((s, v) => s + v, 0) / 3;
      assert.ok(Math.abs(lum(cc.fg) - lum(cc.body)) > 100, `code text ${cc.fg} on ${cc.body}`);
      await vs.screenshot(`hud-triage-${slug}`);
      await runCommand(page, 'GlitchLab: Open Mosaic');
      const mosaic = await webviewWith(page, 'canvas#grid');
      await waitForText(mosaic.locator('#legend'), /heat: /, 60_000);
      await vs.screenshot(`mosaic-${slug}`);
    });
  });
}
