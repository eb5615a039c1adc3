#!/usr/bin/env node
// Makes the README's small screenshots of the three panels from the e2e screenshots
// (npm run test:e2e writes them to test-results/e2e/): crops the panel's part of the window and
// scales it down, with @napi-rs/canvas (already a dependency). Usage: node scripts/docs/readme-screenshots.mjs
import { createCanvas, loadImage } from '@napi-rs/canvas';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const shots = [
  // [e2e screenshot, crop x, y, w, h (in the 1400×900 window), output]
  // The light-theme panels test (test/e2e/panels-themes.e2e.test.ts): HUD triage puts the
  // Inspector left and the Spec Monitor right; the Mosaic opens on the right.
  ['test-results/e2e/panels-light/01-hud-triage-light.png', 348, 40, 530, 780, 'docs/images/delta-inspector.png'],
  // The Spec Monitor after a freeze, with a history chart (test/e2e/spec-monitor.e2e.test.ts).
  ['test-results/e2e/spec-monitor-e2e/03-spec-monitor-frozen.png', 878, 40, 522, 780, 'docs/images/spec-monitor.png'],
  ['test-results/e2e/panels-light/02-mosaic-light.png', 878, 40, 522, 640, 'docs/images/mosaic.png'],
];
for (const [src, x, y, w, h, out] of shots) {
  const file = path.join(ROOT, src);
  if (!fs.existsSync(file)) {
    console.error(`missing ${src}: run npm run test:e2e first`);
    process.exitCode = 1;
    continue;
  }
  const img = await loadImage(fs.readFileSync(file));
  const scale = Math.min(1, 640 / w);
  const c = createCanvas(Math.round(w * scale), Math.round(h * scale));
  c.getContext('2d').drawImage(img, x, y, w, h, 0, 0, c.width, c.height);
  fs.writeFileSync(path.join(ROOT, out), c.toBuffer('image/png'));
  console.log(`${out}: ${c.width}×${c.height}, ${Math.round(fs.statSync(path.join(ROOT, out)).size / 1024)} KB`);
}
