// PNG rendering of the mosaic layers (spec §3.9: `mosaic_<layer>.png`, and `mosaic_delta.png`
// with Φ and Δ_MOZ overlaid so agreement is visible), with @napi-rs/canvas (DEPENDENCIES.md:
// Skia prebuilt, no system libraries; loaded from node_modules, never bundled). The pixels are
// written straight into one ImageData (a 256×256 grid is 65,536 cells: no per-cell fillRect),
// then a legend strip is drawn under the grid. Colours are fixed (the PNG is theme-independent).

/** Height in pixels of the legend strip under the grid. */
export const LEGEND_HEIGHT = 56;
export const BACKGROUND: Rgb = [32, 33, 36];
export type Rgb = [number, number, number];

/** Overlay colours of mosaic_delta.png. */
export const OVERLAY = {
  both: [46, 204, 113] as Rgb,
  phiOnly: [52, 152, 219] as Rgb,
  deltaOnly: [231, 76, 60] as Rgb,
};

/** Viridis-like stops: perceptually ordered, readable on light and dark pages. */
const STOPS: Rgb[] = [[68, 1, 84], [59, 82, 139], [33, 145, 140], [94, 201, 98], [253, 231, 37]];

/** Pixels per cell side: the grid is drawn at most ~1024 px wide, at least 1 px per cell. */
export function cellPixels(rows: number, cols: number): number {
  return Math.max(1, Math.min(16, Math.floor(1024 / Math.max(rows, cols))));
}

export function imageSize(rows: number, cols: number): { width: number; height: number } {
  const px = cellPixels(rows, cols);
  return { width: Math.max(cols * px, 320), height: rows * px + LEGEND_HEIGHT };
}

/** Colour of a layer value in [0,1]; exactly 0 (no signal) is the background. */
export function colourOf(v: number): Rgb {
  if (!(v > 0)) return BACKGROUND;
  const x = Math.min(1, v) * (STOPS.length - 1);
  const i = Math.min(STOPS.length - 2, Math.floor(x));
  const t = x - i;
  const a = STOPS[i];
  const b = STOPS[i + 1];
  return [Math.round(a[0] + (b[0] - a[0]) * t), Math.round(a[1] + (b[1] - a[1]) * t), Math.round(a[2] + (b[2] - a[2]) * t)];
}

// The canvas addon is required lazily so that importing this module costs nothing until a PNG
// is actually rendered (the language server never renders).
type CanvasModule = typeof import('@napi-rs/canvas');
let canvasModule: CanvasModule | undefined;
function canvasLib(): CanvasModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  canvasModule ??= require('@napi-rs/canvas') as CanvasModule;
  return canvasModule;
}

/** Paints the grid and legend, then encodes the PNG off the main thread (Skia, libuv pool). */
function paint(rows: number, cols: number, colour: (cell: number) => Rgb, legend: (ctx: import('@napi-rs/canvas').SKRSContext2D, y: number, width: number) => void): Promise<Buffer> {
  const { createCanvas } = canvasLib();
  const px = cellPixels(rows, cols);
  const { width, height } = imageSize(rows, cols);
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = rgb(BACKGROUND);
  ctx.fillRect(0, 0, width, height);
  const img = ctx.createImageData(cols * px, rows * px);
  const data = img.data;
  const stride = cols * px * 4;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const [R, G, B] = colour(r * cols + c);
      for (let y = 0; y < px; y++) {
        let o = (r * px + y) * stride + c * px * 4;
        for (let x = 0; x < px; x++, o += 4) {
          data[o] = R;
          data[o + 1] = G;
          data[o + 2] = B;
          data[o + 3] = 255;
        }
      }
    }
  }
  ctx.putImageData(img, 0, 0);
  legend(ctx, rows * px, width);
  return canvas.encode('png');
}

const rgb = (c: Rgb) => `rgb(${c[0]},${c[1]},${c[2]})`;

/** `mosaic_<layer>.png`: the values through the colour ramp (binarized at `threshold` if given). */
export function renderLayerPng(values: Float32Array, rows: number, cols: number, title: string, threshold?: number): Promise<Buffer> {
  return paint(
    rows, cols,
    (i) => (threshold === undefined ? colourOf(values[i]) : values[i] >= threshold && values[i] > 0 ? colourOf(1) : BACKGROUND),
    (ctx, y, width) => {
      const barW = Math.min(256, width - 150);
      for (let x = 0; x < barW; x++) {
        ctx.fillStyle = rgb(colourOf(x / (barW - 1)));
        ctx.fillRect(10 + x, y + 10, 1, 14);
      }
      ctx.fillStyle = '#e8e8e8';
      ctx.font = '12px "DejaVu Sans", sans-serif';
      ctx.fillText('0', 10, y + 40);
      ctx.fillText('1', 10 + barW - 8, y + 40);
      ctx.fillText(threshold === undefined ? title : `${title} ≥ ${threshold}`, 20 + barW, y + 22);
    },
  );
}

/** `mosaic_delta.png`: Φ(Δ_AST) and Δ_MOZ overlaid — green both, blue Φ only, red Δ only. */
export function renderOverlayPng(phi: Float32Array, delta: Float32Array, rows: number, cols: number, caption: string): Promise<Buffer> {
  return paint(
    rows, cols,
    (i) => (phi[i] > 0 ? (delta[i] > 0 ? OVERLAY.both : OVERLAY.phiOnly) : delta[i] > 0 ? OVERLAY.deltaOnly : BACKGROUND),
    (ctx, y) => {
      ctx.font = '12px "DejaVu Sans", sans-serif';
      const items: [Rgb, string][] = [[OVERLAY.both, 'Φ and Δ'], [OVERLAY.phiOnly, 'Φ only'], [OVERLAY.deltaOnly, 'Δ only (unexplained)']];
      let x = 10;
      for (const [c, label] of items) {
        ctx.fillStyle = rgb(c);
        ctx.fillRect(x, y + 10, 14, 14);
        ctx.fillStyle = '#e8e8e8';
        ctx.fillText(label, x + 20, y + 22);
        x += 30 + ctx.measureText(label).width;
      }
      ctx.fillText(caption, 10, y + 44);
    },
  );
}
