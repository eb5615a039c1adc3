// Use case of `glx mosaic` (spec §3.9, playbook 3): analyse the change, lay base ∪ head on the
// gilbert grid, compute the layers and I3, and write mosaic_map.json + the PNGs into `outDir`.
// The CLI verb and playbook 3 call this.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { gatherMosaicSource } from '../mosaic/git-mosaic-source';
import { LAYER_NAMES, type MosaicParams } from '../mosaic/layers';
import { buildMosaicMap, computeMosaic, type MosaicInput } from '../mosaic/map';
import { parsePhiPolicy, phiWeightOf } from '../mosaic/phi-policy';
import { renderLayerPng, renderOverlayPng } from '../mosaic/render-png';
import type { I3Result } from '../mosaic/i3';
import { InputError } from '../errors';
import { writeFileAtomic, writeJsonAtomic } from '../util/atomic-write';
import { analyseChange, type ChangeAnalysis, type RevisionSpec } from './analyse-change';
import type { Workspace } from './workspace';
import { WarmStore } from '../engine/warm-store';
import { pngCache } from './png-cache';

/**
 * PNG of a layer. `mosaic_delta.png` is the Φ/Δ_MOZ overlay (spec §3.9), so the Δ_MOZ layer
 * alone is `mosaic_delta_moz.png`.
 */
export function layerPngName(layer: string): string {
  return layer === 'delta' ? 'mosaic_delta_moz.png' : `mosaic_${layer}.png`;
}

export interface MosaicRun {
  /** The analysis the mosaic was drawn from (plugin notes and problems for the caller to print). */
  analysis: ChangeAnalysis;
  outDir: string;
  artifacts: string[];
  i3: I3Result;
  files: number;
  tokens: number;
}

/**
 * The Φ policy file for `--phi policy`, validated before any git work (bad input fails fast).
 * A relative path is looked up from the cwd, then from the repository root (spec §3.13).
 */
export function loadPhiPolicy(ws: Workspace, given: string) {
  const abs = [path.resolve(given), path.resolve(ws.repo.root, given)].find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
  if (!abs) throw new InputError(`${given}: policy file not found (needed by --phi policy)`, { kind: 'not-found', input: given });
  // Invalid content is a PolicyFileError: bad input (exit 2) by itself.
  return phiWeightOf(parsePhiPolicy(fs.readFileSync(abs, 'utf8'), given));
}

export interface RenderMosaicOptions {
  outDir?: string;
  policyFile?: string;
  /** Who runs it (recorded with a plugin quarantine: `cli:mosaic`, `playbook:reindex`). */
  by?: string;
  /** Base files read of the total (a progress line); cancellation between batches of 64 files. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** Use the warm-start caches under .glx/cache/ (default true; playbook dry runs write nothing). */
  cache?: boolean;
}

export async function renderMosaic(ws: Workspace, revs: RevisionSpec, params: MosaicParams, opts: RenderMosaicOptions = {}): Promise<MosaicRun> {
  let policyFile: string | null = null;
  let phiPolicy;
  if (params.phi === 'policy') {
    policyFile = opts.policyFile ?? 'analysis/policy.json';
    phiPolicy = loadPhiPolicy(ws, policyFile);
  }
  const a = await analyseChange(ws, revs, { by: opts.by ?? 'cli:mosaic', cache: opts.cache });
  const { range, cs, result } = a;
  // Warm start (issue 14): the base's per-file facts from .glx/cache/mosaic/ (engine/base-facts.ts).
  const store = opts.cache === false ? undefined : WarmStore.forGlxDir(ws.glxDir, 'mosaic');
  const source = await gatherMosaicSource(ws.repo, range.base.sha, cs, ws.policy, { window: a.window, onProgress: opts.onProgress, signal: opts.signal, store });
  const input: MosaicInput = {
    // The SAST findings of the analysis (its bridge ran before computeDelta): the `findings` layer.
    files: source.files, changeSet: cs, tokens: result.tokens, facts: { ...source.facts, findings: a.sast.findings }, params,
    policy: phiPolicy, policyFile, tau: ws.policy.config.i3.tau,
  };
  const mosaic = computeMosaic(input);
  const outDir = path.resolve(opts.outDir ?? path.join(ws.glxDir, 'mosaic'));
  fs.mkdirSync(outDir, { recursive: true });
  const { rows, cols } = params;
  const i3 = mosaic.i3;
  // The PNGs encode in parallel off the main thread.
  // Unchanged layers come from .glx/cache/png/ (png-cache.ts: keyed by the values themselves).
  const png = pngCache(ws.glxDir, opts.cache !== false);
  const rendered = await Promise.all([
    ...LAYER_NAMES.map(async (name) => {
      const thr = name === 'edge' ? params.edgeThr : undefined;
      return [layerPngName(name), await png({ kind: 'layer', values: [mosaic.layers[name]], args: [rows, cols, name, thr ?? null] }, () => renderLayerPng(mosaic.layers[name], rows, cols, name, thr))] as const;
    }),
    (async () => {
      const caption = `I3 ${i3.status} · E ${i3.E.toFixed(3)} · τ ${i3.tau}`;
      return ['mosaic_delta.png', await png({ kind: 'overlay', values: [mosaic.layers.tokens, mosaic.layers.delta], args: [rows, cols, caption] }, () => renderOverlayPng(mosaic.layers.tokens, mosaic.layers.delta, rows, cols, caption))] as const;
    })(),
  ]);
  const final = new Map<string, Buffer>(rendered);
  const artifacts = [...final.keys(), 'mosaic_map.json'].sort();
  for (const [n, b] of final) writeFileAtomic(path.join(outDir, n), b);
  const map = buildMosaicMap(mosaic, input, { base: a.base, head: a.head }, artifacts);
  writeJsonAtomic(path.join(outDir, 'mosaic_map.json'), map);
  return { analysis: a, outDir, artifacts, i3, files: source.files.length, tokens: result.tokens.length };
}

/** Expected artifacts that are missing or empty in `outDir` (`--strict-artifacts`). */
export function missingArtifacts(outDir: string, artifacts: readonly string[]): string[] {
  return artifacts.filter((a) => {
    const st = fs.statSync(path.join(outDir, a), { throwIfNoEntry: false });
    return !st || !st.isFile() || st.size === 0;
  });
}
