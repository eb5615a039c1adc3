// `glx mosaic` — spec §3.9, §5 (seed: python -m mosaic.hybrid_ast_mosaic … from-git-dump).
// Lays base ∪ head on the gilbert grid, computes the layers and I3, and writes
// mosaic_map.json (glx.mosaic.map.v1), mosaic_<layer>.png and mosaic_delta.png into --out.
// The playbook-3 command line works as written; the seed's `--mosaic hybrid`, `--repo-root`
// and `from-git-dump` are accepted so the old line keeps working too.
import * as path from 'node:path';
import { layerPngName, missingArtifacts, renderMosaic } from '../app/mosaic-artifacts';
import { DEFAULT_PARAMS, LAYER_NAMES, type MosaicParams } from '../mosaic/layers';
import { MAX_GRID_SIDE } from '../mosaic/layout';
import type { PhiMode } from '../mosaic/phi';
import { helpText, parseArgs, UsageError, type FlagSpec, REV_FLAGS } from './args';
import { openContext } from './context';
import { presetFlagDefaults, usePreset } from '../app/presets';
import { PRESET_FLAG } from './cmd-presets';
import { printPluginNotes } from './plugin-lines';
import { interruptSignal, progressLine } from './progress';

export const mosaicFlags: FlagSpec = {
  rows: { type: 'number', value: 'N', desc: `grid rows (default 64, 1..${MAX_GRID_SIDE})` },
  cols: { type: 'number', value: 'N', desc: `grid columns (default 64, 1..${MAX_GRID_SIDE})` },
  'edge-thr': { type: 'number', value: 'X', desc: 'binarizes the visual edge layer, in [0,1] (default 0.12)' },
  'kappa-ab': { type: 'number', value: 'K', desc: 'heat = K·tokens + (1−K)·delta, in [0,1] (default 0.6)' },
  phi: { type: 'string', value: 'MODE', desc: 'Φ intensity: basic | balanced | policy (default balanced)' },
  'policy-file': { type: 'string', value: 'FILE', desc: 'Φ weights for --phi policy (default analysis/policy.json)' },
  ...REV_FLAGS,
  delta: { type: 'number', value: 'D', desc: 'Ψ-smoothing of heat, in [0,1] (default 0.2)' },
  out: { type: 'string', value: 'DIR', desc: 'output directory (default .glx/mosaic)' },
  'strict-artifacts': { type: 'boolean', desc: 'exit 1 if any expected artifact is missing or empty' },
  json: { type: 'boolean', desc: 'print the I3 result and artifact paths as JSON' },
  ...PRESET_FLAG,
  repo: { type: 'string', value: 'DIR', desc: 'repository to analyse (default: the one containing the cwd)' },
  'repo-root': { type: 'string', value: 'DIR', desc: 'same as --repo (seed compatibility)' },
  mosaic: { type: 'string', value: 'hybrid', desc: 'seed compatibility; only "hybrid" (the one mosaic there is)' },
  help: { type: 'boolean', short: 'h', desc: 'show this help' },
};

export const mosaicHelp = helpText(
  'glx mosaic [--rows N --cols N] [--edge-thr X] [--kappa-ab K] [--phi basic|balanced|policy [--policy-file F]]\n' +
    '                  [--base B] [--head H | --range A..B] [--delta D] [--out DIR] [--strict-artifacts]',
  'Deterministic heat-map of the repository on a gilbert-curve grid (spec §3.9) with gate I3\n' +
    '(Φ–Δ commutation). Writes mosaic_map.json (glx.mosaic.map.v1), mosaic_<layer>.png and\n' +
    `mosaic_delta.png into --out. Layers: ${LAYER_NAMES.join(', ')}.`,
  mosaicFlags,
);

function unit(flags: Record<string, unknown>, name: string, dflt: number): number {
  const v = flags[name];
  if (v === undefined) return dflt;
  if (typeof v !== 'number' || v < 0 || v > 1) throw new UsageError(`mosaic: --${name} ${String(v)}: must be a number in [0,1]`);
  return v;
}

function side(flags: Record<string, unknown>, name: string): number {
  const v = flags[name];
  if (v === undefined) return 64;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > MAX_GRID_SIDE) throw new UsageError(`mosaic: --${name} ${String(v)}: must be an integer in 1..${MAX_GRID_SIDE}`);
  return v;
}

export { layerPngName };

export function parseMosaicParams(flags: Record<string, unknown>): MosaicParams {
  const phi = (flags.phi ?? DEFAULT_PARAMS.phi) as string;
  if (!['basic', 'balanced', 'policy'].includes(phi)) throw new UsageError(`mosaic: --phi ${phi}: expected basic, balanced or policy`);
  return {
    rows: side(flags, 'rows'),
    cols: side(flags, 'cols'),
    edgeThr: unit(flags, 'edge-thr', DEFAULT_PARAMS.edgeThr),
    kappa: unit(flags, 'kappa-ab', DEFAULT_PARAMS.kappa),
    phi: phi as PhiMode,
    delta: unit(flags, 'delta', DEFAULT_PARAMS.delta),
  };
}

export async function cmdMosaic(argv: readonly string[]): Promise<number> {
  const { flags, positionals } = parseArgs(argv, mosaicFlags, 'mosaic');
  if (flags.help) {
    process.stdout.write(mosaicHelp);
    return 0;
  }
  for (const p of positionals) if (p !== 'from-git-dump') throw new UsageError(`mosaic: unexpected argument ${JSON.stringify(p)}`);
  if (flags.mosaic !== undefined && flags.mosaic !== 'hybrid') throw new UsageError(`mosaic: --mosaic ${String(flags.mosaic)}: only "hybrid" is supported`);
  if (flags.repo && flags['repo-root']) throw new UsageError('mosaic: give --repo or --repo-root, not both');
  let params = parseMosaicParams(flags);
  if (params.phi !== 'policy' && flags['policy-file'] !== undefined) {
    throw new UsageError(`mosaic: --policy-file needs --phi policy (got --phi ${params.phi})`);
  }
  const ctx = await openContext((flags.repo ?? flags['repo-root']) as string | undefined);
  ctx.repo.allowShallow = flags['allow-shallow'] === true; // issue 11 item 1
  try {
    // A preset's mosaic parameters are defaults: flags given here win (issue 16).
    if (flags.preset !== undefined) {
      Object.assign(flags, { ...presetFlagDefaults(usePreset(ctx, String(flags.preset))), ...flags });
      params = parseMosaicParams(flags);
      if (params.phi !== 'policy' && flags['policy-file'] !== undefined) throw new UsageError(`mosaic: preset ${String(flags.preset)}: policy_file needs phi: policy (got ${params.phi})`);
    }
    const { rows, cols } = params;
    const progress = progressLine('mosaic: reading the base, files', { json: !!flags.json });
    const interrupt = interruptSignal();
    const r = await renderMosaic(ctx, { base: flags.base as string | undefined, head: flags.head as string | undefined, range: flags.range as string | undefined }, params, {
      outDir: flags.out ? String(flags.out) : undefined,
      policyFile: params.phi === 'policy' ? String(flags['policy-file'] ?? 'analysis/policy.json') : undefined,
      by: 'cli:mosaic', onProgress: (d, t) => progress.update(d, t), signal: interrupt.signal,
    }).finally(() => (progress.end(), interrupt.dispose()));
    printPluginNotes(r.analysis);
    const { outDir, artifacts, i3 } = r;
    if (flags['strict-artifacts']) {
      const missing = missingArtifacts(outDir, artifacts);
      if (missing.length) {
        process.stderr.write(`glx: mosaic: missing artifacts in ${outDir}: ${missing.join(', ')}\n`);
        return 1;
      }
    }
    const rel = path.relative(process.cwd(), outDir) || '.';
    if (flags.json) process.stdout.write(`${JSON.stringify({ out: outDir, artifacts, i3 }, null, 2)}\n`);
    else {
      process.stdout.write(
        `mosaic ${rows}x${cols} · ${r.files} files · ${r.tokens} tokens · I3 ${i3.status} E=${i3.E.toFixed(3)} τ=${i3.tau}` +
          ` (Φ ${i3.cells.phi} cells, Δ ${i3.cells.delta}, ∩ ${i3.cells.intersection})\n` +
          i3.files.map((f) => `  ${f.path}: ${f.reason}${f.lines?.length ? ` (lines ${f.lines.slice(0, 10).join(', ')}${f.lines.length > 10 ? ', …' : ''})` : ''}\n`).join('') +
          `wrote ${artifacts.length} artifacts to ${rel}\n`,
      );
    }
    return 0;
  } finally {
    await ctx.repo.close();
  }
}
