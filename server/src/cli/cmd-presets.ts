// `glx presets index | show NAME | list` — spec §5 (seed: gui.preset_manager --index), §7
// playbook 11. argv → app/presets.ts → print. `--preset NAME` on the analysing verbs is
// PRESET_FLAG below (applied by each verb right after opening the workspace).
import * as path from 'node:path';
import { indexPresets, showPreset } from '../app/presets';
import { UsageError } from '../errors';
import { helpText, parseArgs, REPO_FLAGS, type FlagSpec } from './args';
import { openContext } from './context';

/** `--preset NAME`, taken by `glx delta`, `glx invariants`, `glx mosaic`. */
export const PRESET_FLAG: FlagSpec = {
  preset: { type: 'string', value: 'NAME', desc: 'analysis preset presets/NAME.yaml: weights, ignore globs, gate options, mosaic defaults (docs/presets.md)' },
};

const flagsSpec: FlagSpec = { json: { type: 'boolean', desc: 'machine output on stdout' }, ...REPO_FLAGS };

export const presetsHelp = helpText(
  'glx presets index | show NAME',
  'Named analysis presets, presets/*.yaml (docs/presets.md):\n' +
    '  index  validate every preset (each problem with file:line:col) and write .glx/presets_index.json;\n' +
    '         exit 2 when any preset is invalid (the index lists it with its problems)\n' +
    '  show   the effective configuration of an analysis with --preset NAME',
  flagsSpec,
);

export async function cmdPresets(argv: readonly string[]): Promise<number> {
  const { flags, positionals } = parseArgs(argv, flagsSpec, 'presets');
  if (flags.help) {
    process.stdout.write(presetsHelp);
    return 0;
  }
  const [sub, name, ...extra] = positionals;
  if (sub !== 'index' && sub !== 'show') throw new UsageError(`presets: expected index or show${sub ? `, got ${JSON.stringify(sub)}` : ''} (see glx presets --help)`);
  if (sub === 'show' && !name) throw new UsageError('presets show: name the preset (glx presets show NAME)');
  if (extra.length || (sub === 'index' && name)) throw new UsageError(`presets ${sub}: unexpected argument ${JSON.stringify(extra[0] ?? name)}`);
  const ws = await openContext(flags.repo as string | undefined);
  try {
    if (sub === 'show') {
      const eff = showPreset(ws, name);
      if (flags.json) process.stdout.write(`${JSON.stringify(eff, null, 2)}\n`);
      else {
        const w = Object.entries(eff.weights).map(([k, v]) => `${k} ${v}`).join(', ') || '(catalogue defaults)';
        const m = eff.mosaic;
        process.stdout.write(
          `preset ${name}${eff.description ? ` — ${eff.description}` : ''}\n` +
            `  weights   ${w}\n` +
            `  ignore    ${eff.ignore.join(', ')}\n` +
            `  gates     fail-on ${eff.gates.fail_on}, I3 τ ${eff.gates.i3_tau}${eff.gates.no_calibrate ? ', no first-run calibration' : ''}\n` +
            `  mosaic    ${m.rows}×${m.cols}, edge-thr ${m.edge_thr}, kappa-ab ${m.kappa_ab}, phi ${m.phi}, delta ${m.delta}${'policy_file' in m ? `, policy-file ${m.policy_file}` : ''}\n` +
            (Object.keys(eff.module_weights).length || eff.path_weights.length ? '  (module_weights and path_weights of spec/invariants.yaml still apply where they match)\n' : ''),
        );
      }
      return 0;
    }
    const { index, file } = indexPresets(ws);
    const bad = index.presets.filter((p) => !p.valid);
    if (flags.json) process.stdout.write(`${JSON.stringify(index, null, 2)}\n`);
    else {
      process.stdout.write(
        index.presets.map((p) => (p.valid ? `ok       ${p.name}${p.description ? ` — ${p.description}` : ''}\n` : `INVALID  ${p.name}\n`)).join('') ||
          'no presets (presets/*.yaml)\n',
      );
      process.stdout.write(`index: ${path.relative(process.cwd(), file) || file}\n`);
    }
    for (const p of bad) for (const pr of p.problems) process.stderr.write(`glx: ${pr.file}:${pr.line}:${pr.col}: ${pr.message}\n`);
    return bad.length ? 2 : 0;
  } finally {
    await ws.repo.close();
  }
}
