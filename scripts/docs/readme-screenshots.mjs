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
  ['test-results/e2e/inspector-e2e/02-inspector-modify-sig.png', 870, 40, 530, 500, 'docs/images/delta-inspector.png'],
  ['test-results/e2e/spec-monitor-e2e/03-spec-monitor-frozen.png', 345, 40, 1055, 700, 'docs/images/spec-monitor.png'],
  ['test-results/e2e/mosaic-e2e/05-mosaic-i3-overlay.png', 345, 40, 530, 640, 'docs/images/mosaic.png'],
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
