/**
 * The Spec Monitor in a real VS Code (code-server 4.99.4 = VS Code 1.99.3) on the demo
 * repository: opened from the palette it shows the decision's lines, each module with its
 * thresholds and live ΔZ (gauge) and its I1 line; Recalibrate learns the history (spec_state.json
 * appears, the chart is drawn), Freeze… asks for commits and a reason in VS Code's input boxes
 * and writes the freeze into .glx/spec_state.json, which the panel then shows. Screenshots:
 * test-results/e2e/spec-monitor-e2e/.
 *
 * Needs `bash scripts/e2e/install-code-server.sh` and `npm run build` (npm run test:e2e does both).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCommand, statusBarItem, waitForText, webviewWith, withDemoSession } from './harness';

// A little history on main so the calibration window has commits to learn from.
const addHistory = (workspace: string): void => {
  const git = (...a: string[]) => execFileSync('git', a, { cwd: workspace, stdio: 'pipe', env: { ...process.env, GIT_AUTHOR_NAME: 'e2e', GIT_AUTHOR_EMAIL: 'e2e@x', GIT_COMMITTER_NAME: 'e2e', GIT_COMMITTER_EMAIL: 'e2e@x' } });
  git('stash', '-u');
  for (let i = 0; i < 4; i++) {
    fs.appendFileSync(path.join(workspace, 'src', 'log.ts'), `\nexport function helper${i}(x: number): number {\n  return x + ${i};\n}\n`);
    git('commit', '-qam', `helper ${i}`);
  }
  git('stash', 'pop');
};

test('Spec Monitor in real VS Code: modules with thresholds and ΔZ, recalibrate, freeze from the panel', { timeout: 300_000 }, async () => {
  const opts = { needs: ['dist/webview/spec-monitor.js', 'dist/webview/uPlot.min.css'], settings: { 'glitchlab.debounceMs': 50 }, prepare: addHistory };
  await withDemoSession('spec-monitor-e2e', opts, async (vs, workspace) => {
    const state = path.join(workspace, '.glx', 'spec_state.json');
    const { page } = vs;
    await statusBarItem(page, /ΔZ \d\.\d\d/).waitFor({ state: 'visible', timeout: 90_000 });
    await runCommand(page, 'GlitchLab: Open Spec Monitor');
    const frame = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    await waitForText(frame.locator('#decision'), /decision (ACCEPT|REVIEW|BLOCK|HARD_BLOCK) .*whole change ΔZ \d\.\d\d/, 60_000);
    await waitForText(frame.locator('.module .name'), /module src/);
    await waitForText(frame.locator('.module .name'), /module tools/);
    await waitForText(frame.locator('.module .muted'), /I1 \w+: module src: ΔZ \d\.\d\d/);
    assert.equal(await frame.locator('[role="meter"]').count() >= 2, true);
    // Before any .glx/spec_state.json: the defaults, or the first start's in-memory calibration once it is done.
    await waitForText(frame.locator('#source'), /defaults|calibrated in memory on first start/);
    await vs.screenshot('spec-monitor-open');

    await frame.locator('#recalibrate').click();
    await waitForText(page.locator('.notifications-toasts, .notification-toast'), /GlitchLab: calibrated/, 60_000);
    await waitForText(frame.locator('#source'), /spec_state\.json/, 30_000);
    assert.ok(fs.existsSync(state), 'recalibrate wrote .glx/spec_state.json');
    await vs.screenshot('spec-monitor-recalibrated');

    await frame.locator('#freeze').click();
    const input = page.locator('.quick-input-widget input.input');
    await input.waitFor({ state: 'visible' });
    await input.fill('5');
    await page.keyboard.press('Enter');
    await waitForText(page.locator('.quick-input-widget'), /Why\?/);
    await input.fill('release freeze from the panel');
    await page.keyboard.press('Enter');
    await waitForText(frame.locator('#frozen'), /Frozen since .*release freeze from the panel — 5 of 5 commits left/, 30_000);
    const frozen = JSON.parse(fs.readFileSync(state, 'utf8')).frozen;
    assert.equal(frozen.reason, 'release freeze from the panel');
    assert.equal(frozen.commits, 5);
    await vs.screenshot('spec-monitor-frozen');

    // Playbook 8, HUD triage: the Inspector and the Spec Monitor side by side.
    await runCommand(page, 'GlitchLab: HUD Triage (playbook 8)');
    await waitForText(page.locator('.tabs-container .tab'), /GlitchLab Delta Inspector/, 30_000);
    await waitForText(page.locator('.tabs-container .tab'), /GlitchLab Spec Monitor/, 30_000);
    await vs.screenshot('hud-triage');

    // A window reload brings both panels back (webview serializers), showing live data again.
    await runCommand(page, 'Developer: Reload Window');
    await statusBarItem(page, /ΔZ \d\.\d\d/).waitFor({ state: 'visible', timeout: 90_000 });
    await waitForText(page.locator('.tabs-container .tab'), /GlitchLab Spec Monitor/, 60_000);
    await page.locator('.tabs-container .tab', { hasText: 'GlitchLab Spec Monitor' }).click();
    const revived = await webviewWith(page, '#recalibrate');
    await waitForText(revived.locator('#frozen'), /Frozen since .*release freeze from the panel/, 60_000);
    await vs.screenshot('after-reload');
  });
});
