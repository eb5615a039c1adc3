// Visual stability metrics for I4 and `glx metrics compare` (spec §3.7 I4, §5): SSIM and PSNR
// of two PNGs, computed by the engine. PNGs are decoded with @napi-rs/canvas (loadImage +
// getImageData; loaded lazily: it is a native module kept external to the bundles).
// SSIM: Wang et al. 2004 on luma (BT.601), 11×11 Gaussian window σ = 1.5, K1 = 0.01,
// K2 = 0.03, L = 255, mean over the valid windows (whole image when smaller than the window).
// PSNR: over the R, G, B channels, 10·log10(255² / MSE); identical images → Infinity.
import * as fs from 'node:fs';
import { GlxError, type GlxErrorOptions } from '../errors';

export interface RGBAImage {
  width: number;
  height: number;
  /** RGBA, 8 bits per channel, row-major. */
  data: Uint8ClampedArray | Uint8Array;
}

/** An image the user named is unusable (bad input) or missing (`kind: 'not-found'`). */
export class ImageInputError extends GlxError {
  constructor(message: string, opts: GlxErrorOptions = {}) {
    super(message, opts, 'bad-input');
  }
}

type CanvasModule = { loadImage(src: Buffer): Promise<{ width: number; height: number }>; createCanvas(w: number, h: number): { getContext(k: '2d'): { drawImage(i: unknown, x: number, y: number): void; getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } } };

let canvasMod: CanvasModule | undefined;
function canvas(): CanvasModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  canvasMod ??= require('@napi-rs/canvas') as CanvasModule;
  return canvasMod;
}

export async function decodePng(file: string, label = file): Promise<RGBAImage> {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ImageInputError(`${label}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : 'cannot be read'}`, {
      kind: code === 'ENOENT' ? 'not-found' : 'bad-input',
      input: label,
      cause: e,
    });
  }
  if (buf.length < 8 || buf.readUInt32BE(0) !== 0x89504e47) throw new ImageInputError(`${label}: not a PNG file`);
  const c = canvas();
  let img: { width: number; height: number };
  try {
    img = await c.loadImage(buf);
  } catch (e) {
    throw new ImageInputError(`${label}: cannot decode PNG (${(e as Error).message.split('\n')[0]})`);
  }
  const cv = c.createCanvas(img.width, img.height);
  const ctx = cv.getContext('2d');
  ctx.drawImage(img, 0, 0);
  return { width: img.width, height: img.height, data: ctx.getImageData(0, 0, img.width, img.height).data };
}

function luma(img: RGBAImage): Float64Array {
  const n = img.width * img.height;
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a = img.data[i * 4 + 3] / 255;
    // Transparent pixels over black, so transparency changes count.
    y[i] = a * (0.299 * img.data[i * 4] + 0.587 * img.data[i * 4 + 1] + 0.114 * img.data[i * 4 + 2]);
  }
  return y;
}

function gaussianKernel(size: number, sigma: number): Float64Array {
  const k = new Float64Array(size);
  const c = (size - 1) / 2;
  let sum = 0;
  for (let i = 0; i < size; i++) sum += k[i] = Math.exp(-((i - c) ** 2) / (2 * sigma * sigma));
  for (let i = 0; i < size; i++) k[i] /= sum;
  return k;
}

/** Separable 'valid' filtering: output (w−s+1)×(h−s+1). */
function filterValid(src: Float64Array, w: number, h: number, k: Float64Array): Float64Array {
  const s = k.length;
  const ow = w - s + 1;
  const oh = h - s + 1;
  const tmp = new Float64Array(ow * h);
  for (let y = 0; y < h; y++) for (let x = 0; x < ow; x++) {
    let acc = 0;
    for (let i = 0; i < s; i++) acc += src[y * w + x + i] * k[i];
    tmp[y * ow + x] = acc;
  }
  const out = new Float64Array(ow * oh);
  for (let y = 0; y < oh; y++) for (let x = 0; x < ow; x++) {
    let acc = 0;
    for (let i = 0; i < s; i++) acc += tmp[(y + i) * ow + x] * k[i];
    out[y * ow + x] = acc;
  }
  return out;
}

function sameSize(a: RGBAImage, b: RGBAImage): void {
  if (a.width !== b.width || a.height !== b.height) throw new ImageInputError(`images differ in size (${a.width}×${a.height} vs ${b.width}×${b.height})`);
}

export function ssim(a: RGBAImage, b: RGBAImage): number {
  sameSize(a, b);
  const x = luma(a);
  const y = luma(b);
  const w = a.width;
  const h = a.height;
  const size = Math.min(11, w, h);
  const k = gaussianKernel(size, size === 11 ? 1.5 : Math.max(0.5, size / 7));
  const C1 = (0.01 * 255) ** 2;
  const C2 = (0.03 * 255) ** 2;
  const xx = new Float64Array(x.length);
  const yy = new Float64Array(x.length);
  const xy = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) {
    xx[i] = x[i] * x[i];
    yy[i] = y[i] * y[i];
    xy[i] = x[i] * y[i];
  }
  const mx = filterValid(x, w, h, k);
  const my = filterValid(y, w, h, k);
  const sxx = filterValid(xx, w, h, k);
  const syy = filterValid(yy, w, h, k);
  const sxy = filterValid(xy, w, h, k);
  let sum = 0;
  for (let i = 0; i < mx.length; i++) {
    const vx = sxx[i] - mx[i] * mx[i];
    const vy = syy[i] - my[i] * my[i];
    const cxy = sxy[i] - mx[i] * my[i];
    sum += ((2 * mx[i] * my[i] + C1) * (2 * cxy + C2)) / ((mx[i] * mx[i] + my[i] * my[i] + C1) * (vx + vy + C2));
  }
  return mx.length ? sum / mx.length : 1;
}

export function psnr(a: RGBAImage, b: RGBAImage): number {
  sameSize(a, b);
  let se = 0;
  const n = a.width * a.height;
  for (let i = 0; i < n; i++) for (let c = 0; c < 3; c++) se += (a.data[i * 4 + c] - b.data[i * 4 + c]) ** 2;
  const mse = se / (n * 3);
  return mse === 0 ? Infinity : 10 * Math.log10((255 * 255) / mse);
}

export interface CompareResult {
  schema: 'glx.compare.v1';
  a: string;
  b: string;
  width: number;
  height: number;
  ssim: number;
  /** dB; null when the images are identical (infinite PSNR). */
  psnr_db: number | null;
  identical: boolean;
}

export async function comparePngs(fileA: string, fileB: string, labels: [string, string] = [fileA, fileB]): Promise<CompareResult> {
  const [a, b] = await Promise.all([decodePng(fileA, labels[0]), decodePng(fileB, labels[1])]);
  try {
    sameSize(a, b);
  } catch (e) {
    throw new ImageInputError(`${labels[0]}, ${labels[1]}: ${(e as Error).message}`);
  }
  const p = psnr(a, b);
  return {
    schema: 'glx.compare.v1', a: labels[0], b: labels[1], width: a.width, height: a.height,
    ssim: Math.round(ssim(a, b) * 1e6) / 1e6, psnr_db: Number.isFinite(p) ? Math.round(p * 1000) / 1000 : null, identical: !Number.isFinite(p),
  };
}
