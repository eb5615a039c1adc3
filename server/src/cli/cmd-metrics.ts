// `glx metrics compare A.png B.png --out .glx/compare.json` — spec §5, playbook 7 (seed:
// python -m glitchlab.analysis.metrics --compare). SSIM and PSNR computed by the engine
// (gates/image-metrics.ts); writes glx.compare.v1 atomically.
import * as path from 'node:path';
import { comparePngs } from '../gates/image-metrics';
import { writeJsonAtomic } from '../util/atomic-write';
import { helpText, parseArgs, UsageError, type FlagSpec } from './args';

const flags: FlagSpec = {
  out: { type: 'string', value: 'FILE', desc: 'where to write the result (default .glx/compare.json under the cwd)' },
  json: { type: 'boolean', desc: 'print the result on stdout' },
  help: { type: 'boolean', short: 'h', desc: 'show this help' },
};

export const metricsHelp = helpText('glx metrics compare A.png B.png [--out FILE] [--json]', 'SSIM (11×11 Gaussian, luma) and PSNR (RGB) of two PNG images of the same size.', flags);

export async function cmdMetrics(argv: readonly string[]): Promise<number> {
  const { flags: f, positionals } = parseArgs(argv, flags, 'metrics');
  if (f.help) {
    process.stdout.write(metricsHelp);
    return 0;
  }
  const [sub, a, b, ...extra] = positionals;
  if (sub !== 'compare') throw new UsageError(`metrics: ${sub === undefined ? 'missing subcommand' : `unknown subcommand ${JSON.stringify(sub)}`} (compare)`);
  if (!a || !b || extra.length) throw new UsageError('metrics compare: expected exactly two PNG files: A.png B.png');
  // An unusable image is an ImageInputError: bad input (exit 2), or not-found (66) when missing.
  const r = await comparePngs(path.resolve(a), path.resolve(b), [a, b]);
  const out = path.resolve(String(f.out ?? path.join('.glx', 'compare.json')));
  writeJsonAtomic(out, r);
  if (f.json) process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
  else process.stdout.write(`SSIM ${r.ssim.toFixed(4)} · PSNR ${r.psnr_db === null ? '∞ (identical)' : `${r.psnr_db.toFixed(2)} dB`} · ${r.width}×${r.height}\nwritten: ${path.relative(process.cwd(), out) || out}\n`);
  return 0;
}
