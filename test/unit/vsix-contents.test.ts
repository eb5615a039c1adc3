// Issue 15 (desktop VS Code): the .vsix holds the bundles, the wasm and the walkthrough images,
// nothing else — and everything the extension loads at run time. The Mosaic webview bundle
// (dist/webview/mosaic.js) was missing from the package: the panel worked in the e2e (a
// symlinked folder) but not from an installed .vsix. `vsce ls` lists what `npm run package`
// would pack, by .vscodeignore.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';

const ROOT = path.resolve(__dirname, '../../..');

test('the .vsix file list: client, server and webview bundles, wasm, walkthrough images, manifest, README, LICENSE', () => {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'webview', 'mosaic.js'))) return; // needs npm run build (npm test builds first)
  const files = execFileSync(process.execPath, [path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' })
    .split('\n').map((l) => l.trim()).filter(Boolean).sort();
  const expected = [
    'LICENSE', 'README.md', 'package.json',
    'dist/client/extension.js', 'dist/server.js', 'dist/webview/inspector.js', 'dist/webview/mosaic.js', 'dist/webview/spec-monitor.js', 'dist/webview/uPlot.min.css',
    ...fs.readdirSync(path.join(ROOT, 'dist', 'wasm')).filter((f) => f.endsWith('.wasm')).map((f) => `dist/wasm/${f}`),
    ...fs.readdirSync(path.join(ROOT, 'media', 'walkthrough')).map((f) => `media/walkthrough/${f}`),
  ].sort();
  assert.deepEqual(files, expected);
  // Every file the client loads from its extension folder is in the package.
  const src = ['client/src/ctx.ts', 'client/src/panels/mosaic-panel.ts'].map((f) => fs.readFileSync(path.join(ROOT, f), 'utf8')).join('\n');
  for (const m of src.matchAll(/joinPath\([^)]*?'dist', '([\w-]+)', '([\w.-]+)'\)/g)) assert.ok(files.includes(`dist/${m[1]}/${m[2]}`), `dist/${m[1]}/${m[2]}`);
  assert.ok(files.includes('dist/webview/mosaic.js'));
});
