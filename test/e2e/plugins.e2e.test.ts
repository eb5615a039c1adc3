/**
 * A plugin live in a real VS Code (code-server 4.99.4 = VS Code 1.99.3), issue 16: the demo
 * repository plus an Express app (src/server.ts) and two presets, in a trusted workspace with the
 * example plugin `http-routes` installed in .glx/plugins/. The user types a new Express route in
 * the editor → the plugin's `http.ROUTE_ADDED` token appears as built-in tokens do: a Problems
 * row (`Δ http.ROUTE_ADDED POST /orders · +x of module src's ΔZ`), a hover on the line, and in
 * the Delta Inspector with plain words (what the manifest says the kind means, which plugin said
 * so), its namespaced kind and its share of its module's ΔZ. Then the preset status bar item:
 * "no preset" → quick pick (No preset + the presets with their descriptions) → "strict" → the
 * workspace setting is written, the server restarts with it and ΔZ rises (the preset weighs the
 * route token more). Screenshots: test-results/e2e/plugins-e2e/.
 *
 * Needs `bash scripts/e2e/install-code-server.sh`, `npm run build` and `npm run build:e2e`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { openFile, openProblems, repoRoot, runCommand, statusBarItem, waitForText, webviewWith, withDemoSession, type Page } from './harness';

const SERVER_TS = `import express from 'express';

const app = express();

app.get('/health', (req, res) => res.send('ok'));

export default app;
`;
const NEW_ROUTE = "app.post('/orders', (req, res) => res.sendStatus(201));";

function prepare(workspace: string): void {
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=demo', '-c', 'user.email=demo@example.com', ...args], { cwd: workspace, stdio: 'pipe' });
  fs.writeFileSync(path.join(workspace, 'src', 'server.ts'), SERVER_TS);
  fs.mkdirSync(path.join(workspace, 'presets'));
  fs.writeFileSync(path.join(workspace, 'presets', 'strict.yaml'), 'description: New HTTP routes weigh more\nweights:\n  http.ROUTE_ADDED: 2\n');
  fs.writeFileSync(path.join(workspace, 'presets', 'docs-only.yaml'), 'description: Ignore everything but the docs\nignore: ["src/**", "tools/**"]\n');
  git('add', 'src/server.ts', 'presets');
  git('commit', '-q', '-m', 'an express app and two presets');
  // The example plugin, installed as a team would (.glx/ is ignored in the demo: a local install).
  const plugins = path.join(workspace, '.glx', 'plugins');
  fs.mkdirSync(plugins, { recursive: true });
  fs.copyFileSync(path.join(repoRoot(), 'examples', 'plugins', 'http-routes', 'http-routes.mjs'), path.join(plugins, 'http-routes.mjs'));
}

async function problemRow(page: Page, filter: string, re: RegExp, timeout = 30_000): Promise<string> {
  // In short rounds, opening Problems again each time: a server restart (the preset pick) can
  // bring another view to the panel or leave the filter stale.
  const deadline = Date.now() + timeout;
  for (;;) {
    await openProblems(page, { timeout: Math.max(5_000, deadline - Date.now()) });
    const box = page.locator('.part.panel').getByPlaceholder(/^Filter \(e\.g\./);
    // Typed again every round: after the server restarts, the view kept the filter but showed
    // "0 of 17" for rows that match it until the filter changed.
    await box.fill('');
    await box.fill(filter);
    try {
      return await waitForText(page.locator('.markers-panel .monaco-list-row'), re, 5_000);
    } catch (e) {
      if (Date.now() > deadline) throw e;
    }
  }
}

const dzOf = (s: string) => Number(/ΔZ (\d+\.\d\d)/.exec(s)![1]);

test('a plugin live in real VS Code: a typed Express route → http.ROUTE_ADDED in Problems, hover and the Delta Inspector; the preset quick pick', { timeout: 300_000 }, async () => {
  const settings = {
    'glitchlab.debounceMs': 50,
    // Type the route exactly as written: no auto-closed brackets or quotes, no suggestions on Enter.
    'editor.autoClosingBrackets': 'never',
    'editor.autoClosingQuotes': 'never',
    'editor.autoIndent': 'none',
    'editor.quickSuggestions': { other: false, comments: false, strings: false },
    'editor.suggestOnTriggerCharacters': false,
    'editor.acceptSuggestionOnEnter': 'off',
    'editor.parameterHints.enabled': false,
  };
  await withDemoSession('plugins-e2e', { needs: ['dist/webview/inspector.js'], settings, prepare }, async (vs, workspace) => {
    const { page } = vs;
    const status = statusBarItem(page, /ΔZ \d\.\d\d/);
    await status.waitFor({ state: 'visible', timeout: 90_000 });
    await statusBarItem(page, /no preset/).waitFor({ state: 'visible', timeout: 30_000 });
    const dzBefore = dzOf(await status.innerText());

    // 1. Type a new route after the existing one.
    await openFile(page, 'src/server.ts');
    await page.locator('.monaco-editor .view-line', { hasText: "app.get('/health'" }).first().click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type(NEW_ROUTE);
    await page.locator('.monaco-editor .view-line').filter({ hasText: /app\.post\('\/orders',\s\(req,\sres\)\s=>\sres\.sendStatus\(201\)\);/ }).first().waitFor({ state: 'visible' });
    await vs.screenshot('typed-route');

    // 2. The plugin's token as a diagnostic: kind, what it names, its share of its module's ΔZ.
    const row = await problemRow(page, 'ROUTE_ADDED', /Δ http\.ROUTE_ADDED POST \/orders · \+\d\.\d\d of module src's ΔZ/, 60_000);
    assert.match(row, /glitchlab\s*http\.ROUTE_ADDED/);
    await vs.screenshot('problems-route-added');
    await problemRow(page, '', /Δ/);
    const dzLive = dzOf(await statusBarItem(page, new RegExp(`ΔZ (?!${dzBefore.toFixed(2).replace('.', '\\.')})\\d\\.\\d\\d`)).innerText());
    assert.ok(dzLive > dzBefore, `ΔZ rose with the route: ${dzBefore} → ${dzLive}`);

    // 3. Hover on the new line: the token with its ΔZ share, as for a built-in token. (The
    // first-start walkthrough may have opened over the editor meanwhile: back to server.ts's tab.)
    await page.locator('.tabs-container .tab', { hasText: 'server.ts' }).first().click();
    await page.locator('.tabs-container .tab.active', { hasText: 'server.ts' }).waitFor({ state: 'visible' });
    await page.locator('.monaco-editor .view-line', { hasText: "app.post('/orders'" }).first().hover({ position: { x: 40, y: 8 } });
    // The hover shows the diagnostics part first; the language server's part (the token with its
    // ΔZ share) arrives after it: wait for that one.
    const hover = await waitForText(page.locator('.monaco-hover'), /[+-]\d\.\d\d ΔZ/, 30_000);
    assert.match(hover, /http\.ROUTE_ADDED/);
    assert.match(hover, /POST \/orders/);
    await vs.screenshot('hover-route-added');
    await page.keyboard.press('Escape');

    // 4. The Delta Inspector: plain words, the namespaced kind, the share with its scope.
    await runCommand(page, 'GlitchLab: Open Delta Inspector');
    const frame = await webviewWith(page, '#summary');
    await waitForText(frame.locator('#summary'), /^whole change: ΔZ \d\.\d\d · \d+ semantic tokens/, 60_000);
    await frame.locator('#kind').selectOption('http.ROUTE_ADDED');
    await frame.locator('.row', { hasText: 'POST /orders' }).first().click();
    await waitForText(frame.locator('#detail h3'), /^http\.ROUTE_ADDED · POST \/orders$/);
    const plain = await waitForText(frame.locator('#detail .plain'), /POST \/orders/);
    assert.equal(plain.trim(), 'POST /orders: an HTTP route (method + path) the service did not answer before (plugin http-routes).');
    await waitForText(frame.locator('#detail'), /\+\d\.\d\d of module src's ΔZ \d\.\d\d/);
    await vs.screenshot('inspector-route-added');

    // 5. The preset quick pick from the status bar item: pick "strict".
    await statusBarItem(page, /no preset/).click();
    const rows = page.locator('.quick-input-list .monaco-list-row');
    await waitForText(rows, /No preset/);
    await waitForText(rows, /strict[\s\S]*New HTTP routes weigh more/);
    await waitForText(rows, /docs-only[\s\S]*Ignore everything but the docs/);
    await vs.screenshot('preset-quick-pick');
    await rows.filter({ hasText: /strict/ }).first().click();
    await statusBarItem(page, /preset: strict/).waitFor({ state: 'visible', timeout: 30_000 });
    const written = JSON.parse(fs.readFileSync(path.join(workspace, '.vscode', 'settings.json'), 'utf8')) as Record<string, unknown>;
    assert.equal(written['glitchlab.preset'], 'strict', 'the pick is the workspace setting');
    // The server restarted with the preset. Its first status comes before the sandbox's answer
    // (the plugin runs once the client has said the workspace is trusted, then the server
    // republishes): wait for the route token, then for the ΔZ it raises — http.ROUTE_ADDED
    // weighs 2 instead of 0.1 (run 3 read the interim ΔZ 0.53 here).
    await problemRow(page, 'ROUTE_ADDED', /Δ http\.ROUTE_ADDED POST \/orders · \+\d\.\d\d of module src's ΔZ/, 90_000);
    const deadline = Date.now() + 60_000;
    let dzStrict = dzOf(await status.innerText());
    while (!(dzStrict > dzLive) && Date.now() < deadline) {
      // The next ΔZ the status bar shows (each republish), within short rounds until the deadline.
      await statusBarItem(page, new RegExp(`ΔZ (?!${dzStrict.toFixed(2).replace('.', '\\.')})\\d\\.\\d\\d`)).waitFor({ state: 'visible', timeout: 5_000 }).catch(() => undefined);
      dzStrict = dzOf(await status.innerText());
    }
    assert.ok(dzStrict > dzLive, `ΔZ with the strict preset ${dzStrict} > ${dzLive}`);
    await vs.screenshot('preset-strict-applied');
  });
});
