/**
 * The SAST bridge in the panels of a real VS Code (code-server 4.99.4 = VS Code 1.99.3), on the
 * demo repository with two findings added to the working-tree change of src/inventory.ts: an
 * `eval` of input in a public function and a GitHub token in a constant (issue 12). The Mosaic's
 * `findings` layer is chosen, its riskiest cell focused; the hover says how many findings of
 * which severity; a real click opens the editor at the finding. The Delta Inspector's "SAST
 * findings" tab says in plain words how many findings block the merge (the same number as the
 * tab label), filters by queue and jumps to a finding on click; no secret value is shown.
 * Screenshots: test-results/e2e/sast-findings-e2e/.
 *
 * Needs `bash scripts/e2e/install-code-server.sh` and `npm run build` (npm run test:e2e does both).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCommand, statusBarItem, waitForText, webviewWith, withDemoSession } from './harness';

// Built at run time so this file does not itself look like a leaked key.
const TOKEN = ['ghp_', 'Zt9qW2eR4tY6uI8oP0aS1dF3gH5jK7lX9cV2'].join('');

test('SAST findings in real VS Code: Mosaic findings layer (hover, click → finding), Inspector findings view (queue filter, click → finding)', { timeout: 300_000 }, async () => {
  let evalLine = 0;
  let tokenLine = 0;
  const prepare = (ws: string) => {
    const file = path.join(ws, 'src', 'inventory.ts');
    const text = fs.readFileSync(file, 'utf8');
    const added = ['', 'export function runScript(code: string): unknown {', '  return eval(code);', '}', `export const deployToken = "${TOKEN}";`, ''];
    const lines = [...text.replace(/\n$/, '').split('\n'), ...added];
    evalLine = lines.indexOf('  return eval(code);') + 1;
    tokenLine = lines.findIndex((l) => l.startsWith('export const deployToken')) + 1;
    fs.writeFileSync(file, lines.join('\n'));
  };
  await withDemoSession('sast-findings-e2e', { needs: ['dist/webview/mosaic.js', 'dist/webview/inspector.js'], settings: { 'glitchlab.debounceMs': 50 }, prepare }, async (vs) => {
    const { page } = vs;
    await statusBarItem(page, /ΔZ \d\.\d\d/).waitFor({ state: 'visible', timeout: 90_000 });

    // --- Mosaic: the findings layer.
    await runCommand(page, 'GlitchLab: Open Mosaic');
    const mosaic = await webviewWith(page, 'canvas#grid');
    await waitForText(mosaic.locator('#info'), /64×64 · \d+ files/, 60_000);
    await mosaic.locator('#layer').selectOption('findings');
    await waitForText(mosaic.locator('#legend'), /findings: SAST findings: the highest risk of the cell's findings over the risk formula's maximum · empty cells: nothing measured\s*\d+ cells? holds? lines with SAST findings/);
    await mosaic.locator('#findings-top').click();
    const canvas = mosaic.locator('canvas#grid');
    // The riskiest cell's Ψ (announced in the live region) names its findings: the token is CRITICAL.
    const live = await waitForText(mosaic.locator('#live'), /\d+ SAST findings? in this cell: .*CRITICAL.* — riskiest glx\.secret\.github-token at src\/inventory\.ts:\d+ \(block queue\)/, 30_000);
    assert.equal(Number(/github-token at src\/inventory\.ts:(\d+)/.exec(live)![1]), tokenLine);
    assert.ok(!live.includes(TOKEN));
    const x = Number(await canvas.getAttribute('data-focus-x'));
    const y = Number(await canvas.getAttribute('data-focus-y'));
    // Hover: the tooltip says the same count and severities, and the layer value with its scope.
    await canvas.hover({ position: { x, y } });
    const tip = await waitForText(mosaic.locator('#tooltip'), /SAST findings? in this cell/, 30_000);
    const liveCount = /(\d+) SAST findings? in this cell: ([^—]+)—/.exec(live)!;
    const tipCount = /(\d+) SAST findings? in this cell: ([^—]+)—/.exec(tip)!;
    assert.deepEqual([tipCount[1], tipCount[2].trim()], [liveCount[1], liveCount[2].trim()], `${tip} vs ${live}`);
    assert.match(tip, /findings risk\/max 0\.\d\d/);
    await vs.screenshot('mosaic-findings-hover');
    // A real click on that cell: the editor at the finding.
    await canvas.click({ position: { x, y } });
    await waitForText(page.locator('.tabs-container .tab.active'), /inventory\.ts/, 30_000);
    await waitForText(page.locator('[id="status.editor.selection"]'), new RegExp(`Ln ${tokenLine}, Col 1\\b`), 30_000);
    await vs.screenshot('mosaic-findings-click-opened');

    // --- Delta Inspector: the findings view.
    await runCommand(page, 'GlitchLab: Open Delta Inspector');
    const insp = await webviewWith(page, '#tab-findings');
    await waitForText(insp.locator('#summary'), /^whole change: ΔZ/, 60_000);
    await insp.locator('#tab-findings').click();
    const headline = await waitForText(insp.locator('#f-headline'), /^\d+ findings? blocks? the merge; \d+ to review, \d+ fixable, \d+ to triage \(\d+ findings? in all\)\.$/, 30_000);
    const tab = await insp.locator('#tab-findings').innerText();
    const all = Number(/\((\d+) findings? in all\)/.exec(headline)![1]);
    assert.equal(Number(/SAST findings \((\d+)\)/.exec(tab)![1]), all, `tab "${tab}" vs headline "${headline}"`);
    const blocking = Number(/^(\d+) findings? blocks?/.exec(headline)![1]);
    assert.ok(blocking >= 2, headline);
    await waitForText(insp.locator('#f-list'), /glx\.js\.eval/);
    await vs.screenshot('inspector-findings-all');
    await insp.locator('#queue').selectOption('block');
    const count = await waitForText(insp.locator('#f-count'), new RegExp(`^${blocking} of ${all} findings in the block queue`));
    assert.equal(await insp.locator('#f-list .finding:not(.fixed)').count(), blocking, count);
    const text = await insp.locator('#f-list').innerText();
    assert.match(text, /«redacted:github-token:[0-9a-f]{8}»/);
    assert.ok(!text.includes(TOKEN), 'no secret value in the findings view');
    assert.ok(!(await insp.locator('body').innerText()).includes(TOKEN));
    await vs.screenshot('inspector-findings-block');
    await insp.locator('#f-list .finding', { hasText: 'glx.js.eval' }).click();
    await waitForText(page.locator('[id="status.editor.selection"]'), new RegExp(`Ln ${evalLine}, Col 1\\b`), 30_000);
    await vs.screenshot('inspector-findings-click-opened');
  });
});
