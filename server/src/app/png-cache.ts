// Rendered mosaic PNGs kept across runs (issue 14 "Warm starts"): painting and encoding the ten
// 64×64 layers took ~0.7 s of a warm `glx mosaic` on webpack, though a one-line change alters
// one or two layers. A PNG is a pure function of its layer values, the grid, the title or
// caption and the renderer, so it is stored under `.glx/cache/png/` keyed by exactly those
// (engine/warm-store.ts: content-addressed, a bad entry is a miss and the PNG is painted again).
import { createHash } from 'node:crypto';
import { WarmStore } from '../engine/warm-store';

let rendererVersion: string | undefined;
/** The native renderer's version: an upgraded @napi-rs/canvas may encode differently. */
function renderer(): string {
  if (rendererVersion === undefined) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      rendererVersion = String((require('@napi-rs/canvas/package.json') as { version?: string }).version ?? '?');
    } catch {
      rendererVersion = '?';
    }
  }
  return rendererVersion;
}

const isPng = (v: unknown): v is { png: string } => !!v && typeof (v as { png?: unknown }).png === 'string';

export type PngRender = (key: { kind: string; values: readonly Float32Array[]; args: readonly unknown[] }, paint: () => Promise<Buffer>) => Promise<Buffer>;

/** A memo of PNG renders under `<glxDir>/cache/png/`, or a pass-through when the cache is off. */
export function pngCache(glxDir: string, enabled = true): PngRender {
  const store = enabled ? WarmStore.forGlxDir(glxDir, 'png') : undefined;
  if (!store) return (_k, paint) => paint();
  return async ({ kind, values, args }, paint) => {
    const h = createHash('sha256').update(`${kind}\0${renderer()}\0${JSON.stringify(args)}`);
    for (const v of values) h.update(`\0${v.length}\0`).update(Buffer.from(v.buffer, v.byteOffset, v.byteLength));
    const key = h.digest('hex');
    const hit = store.get(key, isPng);
    if (hit) return Buffer.from(hit.png, 'base64');
    const png = await paint();
    store.put(key, { png: png.toString('base64') });
    return png;
  };
}
