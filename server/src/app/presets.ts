// Use cases of analysis presets (spec §3.13, §5 `glx presets index`, §7 playbook 11; issue 16):
// find and validate `presets/*.yaml`, index them into `.glx/presets_index.json`, load one for an
// analysing verb (`--preset NAME`, the editor's `glitchlab.preset`) and show its effective
// configuration. The format and its validation live in config/preset.ts.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ConfigProblem } from '../config/invariants-config';
import { Policy } from '../config/policy';
import { applyPreset, parsePreset, PRESET_NAME_RE, PRESETS_DIR, type Preset } from '../config/preset';
import { InputError } from '../errors';
import { DEFAULT_PARAMS } from '../mosaic/layers';
import { sha256Hex } from '../util/hash';
import { writeJsonAtomic } from '../util/atomic-write';
import type { Workspace } from './workspace';

export const PRESETS_INDEX = 'presets_index.json';

export interface PresetIndexEntry {
  name: string;
  /** Repo-relative path. */
  file: string;
  sha256: string;
  valid: boolean;
  description?: string;
  problems: ConfigProblem[];
  /** What the preset sets (only for valid presets). */
  sets?: { mosaic: string[]; weights: string[]; ignore: number; gates: string[] };
}

export interface PresetsIndex {
  schema: 'glx.presets.index.v1';
  generated_utc: string;
  presets: PresetIndexEntry[];
}

/** `presets/*.yaml|yml` of the working tree, sorted by name. */
export function presetFiles(root: string): { name: string; file: string }[] {
  let names: string[];
  try {
    names = fs.readdirSync(path.join(root, PRESETS_DIR));
  } catch {
    return [];
  }
  return names
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()
    .map((n) => ({ name: n.replace(/\.ya?ml$/, ''), file: `${PRESETS_DIR}/${n}` }));
}

function readPreset(root: string, name: string, file: string): { preset?: Preset; problems: ConfigProblem[]; sha256: string } {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  const problems: ConfigProblem[] = [];
  if (!PRESET_NAME_RE.test(name)) problems.push({ file, line: 1, col: 1, message: `preset name ${JSON.stringify(name)} must match ${PRESET_NAME_RE}` });
  const r = parsePreset(text, file, name);
  return { preset: problems.length ? undefined : r.preset, problems: [...problems, ...r.problems], sha256: sha256Hex(text) };
}

/** `glx presets index` (playbook 11 step): every preset validated, the index written atomically. */
export function indexPresets(ws: Pick<Workspace, 'glxDir'> & { repo: { root: string } }): { index: PresetsIndex; file: string } {
  const index: PresetsIndex = { schema: 'glx.presets.index.v1', generated_utc: new Date().toISOString(), presets: presetIndexEntries(ws.repo.root) };
  const file = path.join(ws.glxDir, PRESETS_INDEX);
  writeJsonAtomic(file, index);
  return { index, file };
}

/** The entries of `glx presets index`, read and validated, nothing written (the editor's quick pick, untrusted workspaces too). */
export function presetIndexEntries(root: string): PresetIndexEntry[] {
  return presetFiles(root).map(({ name, file }) => {
    const r = readPreset(root, name, file);
    const p = r.preset;
    return {
      name,
      file,
      sha256: r.sha256,
      valid: !!p,
      ...(p?.description ? { description: p.description } : {}),
      problems: r.problems,
      ...(p ? { sets: { mosaic: Object.keys(p.mosaic ?? {}), weights: Object.keys(p.weights ?? {}), ignore: p.ignore?.length ?? 0, gates: Object.keys(p.gates ?? {}) } } : {}),
    };
  });
}

/** The named preset, validated; unknown name → not-found, invalid → bad input at its first problem's line. */
export function loadPreset(root: string, name: string): Preset {
  const found = presetFiles(root).find((p) => p.name === name);
  if (!found) {
    const have = presetFiles(root).map((p) => p.name);
    throw new InputError(`preset ${JSON.stringify(name)} not found in ${PRESETS_DIR}/ (${have.length ? `presets: ${have.join(', ')}` : 'no presets'})`, { kind: 'not-found', input: name });
  }
  const r = readPreset(root, name, found.file);
  if (!r.preset) {
    const p = r.problems[0];
    throw new InputError(`${p.file}:${p.line}:${p.col}: ${p.message}${r.problems.length > 1 ? ` (+${r.problems.length - 1} more)` : ''}`, { input: found.file });
  }
  return r.preset;
}

/** CLI flag defaults a preset gives (flags given on the command line win). */
export function presetFlagDefaults(p: Preset): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  const m = p.mosaic ?? {};
  if (m.rows !== undefined) out.rows = m.rows;
  if (m.cols !== undefined) out.cols = m.cols;
  if (m.edge_thr !== undefined) out['edge-thr'] = m.edge_thr;
  if (m.kappa_ab !== undefined) out['kappa-ab'] = m.kappa_ab;
  if (m.delta !== undefined) out.delta = m.delta;
  if (m.phi !== undefined) out.phi = m.phi;
  if (m.policy_file !== undefined) out['policy-file'] = m.policy_file;
  if (p.gates?.fail_on !== undefined) out['fail-on'] = p.gates.fail_on;
  if (p.gates?.no_calibrate) out['no-calibrate'] = true;
  return out;
}

/**
 * Applies preset `name` to the workspace: its policy becomes spec/invariants.yaml + the preset.
 * Returns the preset (for its flag defaults).
 */
export function usePreset(ws: Workspace, name: string): Preset {
  const preset = loadPreset(ws.repo.root, name);
  ws.policy = new Policy(applyPreset(ws.policy.config, preset));
  return preset;
}

/** `glx presets show NAME`: the effective configuration an analysis with this preset uses. */
export function showPreset(ws: Workspace, name: string) {
  const preset = loadPreset(ws.repo.root, name);
  const config = applyPreset(ws.policy.config, preset);
  const m = preset.mosaic ?? {};
  return {
    schema: 'glx.preset.effective.v1' as const,
    preset: name,
    ...(preset.description ? { description: preset.description } : {}),
    weights: config.weights,
    module_weights: config.moduleWeights,
    path_weights: config.pathWeights,
    ignore: config.ignore,
    i3: config.i3,
    mosaic: {
      rows: m.rows ?? DEFAULT_PARAMS.rows,
      cols: m.cols ?? DEFAULT_PARAMS.cols,
      edge_thr: m.edge_thr ?? DEFAULT_PARAMS.edgeThr,
      kappa_ab: m.kappa_ab ?? DEFAULT_PARAMS.kappa,
      phi: m.phi ?? DEFAULT_PARAMS.phi,
      delta: m.delta ?? DEFAULT_PARAMS.delta,
      ...(m.policy_file ? { policy_file: m.policy_file } : {}),
    },
    gates: { fail_on: preset.gates?.fail_on ?? 'block', no_calibrate: preset.gates?.no_calibrate ?? false, i3_tau: config.i3.tau },
    plugins: config.plugins,
  };
}
