// A deterministic 96×96 test image (a gradient with a bright box) for the visual-stability
// gate (I4: SSIM/PSNR); `noise` adds seeded pixel noise, so SSIM drops predictably.
import { createCanvas } from '@napi-rs/canvas';

export function testPng(noise: number, seed = 1): Buffer {
  const c = createCanvas(96, 96);
  const ctx = c.getContext('2d');
  const img = ctx.createImageData(96, 96);
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) >>> 0) / 4294967296) - 0.5;
  for (let y = 0; y < 96; y++) for (let x = 0; x < 96; x++) {
    const i = (y * 96 + x) * 4;
    const v = (x * 2 + y) % 256;
    const box = x > 30 && x < 60 && y > 20 && y < 70 ? 80 : 0;
    for (let ch = 0; ch < 3; ch++) img.data[i + ch] = Math.max(0, Math.min(255, v + box + (noise ? rnd() * noise : 0)));
    img.data[i + 3] = 255;
  }
  ctx.putImageData(img, 0, 0);
  return c.toBuffer('image/png');
}
