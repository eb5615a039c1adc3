// Named analysis presets, `presets/<name>.yaml` (spec §3.13, §7 playbook 11; issue 16): a team's
// analysis profile — mosaic parameters, token weight overrides, extra ignore globs and gate
// options — chosen with `--preset NAME` on the analysing verbs or the `glitchlab.preset`
// setting. Validated by a JSON schema (ajv) over the YAML document (the `yaml` package), each
// problem reported at its line and column (spec §3.13: "never silently ignored").
//
// A preset applies ON TOP of spec/invariants.yaml: its weights override the file's global
// weights (module and path overrides of the file still win where they match: they are more
// specific), its ignore globs are added, its gate options set I3's τ and the CLI's --fail-on
// default; its mosaic parameters are the defaults of `glx mosaic` (flags still win).
import type Ajv from 'ajv';
import type { ErrorObject } from 'ajv';
import { isMap, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { PLUGIN_KIND_RE, TOKEN_KINDS } from '../delta/catalogue';
import type { ConfigProblem, InvariantsConfig, WeightMap } from './invariants-config';

export const PRESETS_DIR = 'presets';
export const PRESET_NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export interface Preset {
  name: string;
  description?: string;
  mosaic?: { rows?: number; cols?: number; edge_thr?: number; kappa_ab?: number; delta?: number; phi?: 'basic' | 'balanced' | 'policy'; policy_file?: string };
  weights?: Record<string, number>;
  ignore?: string[];
  gates?: { fail_on?: 'review' | 'block'; i3_tau?: number; no_calibrate?: boolean };
}

const unit = { type: 'number', minimum: 0, maximum: 1 } as const;
const side = { type: 'integer', minimum: 1, maximum: 1024 } as const;

/** The preset.v1 schema (docs/presets.md). */
export const PRESET_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    schema: { const: 'preset.v1' },
    description: { type: 'string', maxLength: 500 },
    mosaic: {
      type: 'object',
      additionalProperties: false,
      properties: { rows: side, cols: side, edge_thr: unit, kappa_ab: unit, delta: unit, phi: { enum: ['basic', 'balanced', 'policy'] }, policy_file: { type: 'string', minLength: 1 } },
    },
    weights: {
      type: 'object',
      propertyNames: { anyOf: [{ enum: Object.keys(TOKEN_KINDS) }, { pattern: PLUGIN_KIND_RE.source }] },
      additionalProperties: { type: 'number', minimum: -10, maximum: 10 },
    },
    ignore: { type: 'array', items: { type: 'string', minLength: 1 } },
    gates: {
      type: 'object',
      additionalProperties: false,
      properties: { fail_on: { enum: ['review', 'block'] }, i3_tau: unit, no_calibrate: { type: 'boolean' } },
    },
  },
} as const;

let validator: ReturnType<Ajv['compile']> | undefined;
function validate(): ReturnType<Ajv['compile']> {
  // ajv is required on first use (issue 14: runs without a preset never evaluate it).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  validator ??= new (require('ajv') as { default: typeof Ajv }).default({ allErrors: true, strict: true }).compile(PRESET_SCHEMA);
  return validator;
}

/** Path segments of an ajv instancePath (`/mosaic/rows` → ['mosaic', 'rows']). */
const segments = (p: string) => (p ? p.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).map((s) => (/^\d+$/.test(s) ? Number(s) : s)) : []);

function message(e: ErrorObject): { at: (string | number)[]; key: boolean; text: string } {
  const at = segments(e.instancePath);
  const where = at.length ? at.join('.') : 'preset';
  switch (e.keyword) {
    case 'additionalProperties':
      return { at: [...at, (e.params as { additionalProperty: string }).additionalProperty], key: true, text: `${where}: unknown key ${JSON.stringify((e.params as { additionalProperty: string }).additionalProperty)}` };
    case 'propertyNames': {
      const name = (e.params as { propertyName: string }).propertyName;
      return { at: [...at, name], key: true, text: `${where}: unknown token kind ${JSON.stringify(name)} (a built-in kind like MODIFY_SIG, or a plugin's namespace.KIND)` };
    }
    case 'enum':
      return { at, key: false, text: `${where}: must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}` };
    case 'const':
      return { at, key: false, text: `${where}: must be ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}` };
    default:
      return { at, key: false, text: `${where}: ${e.message ?? e.keyword}` };
  }
}

/** The preset of `text` (file `file`, named `name`), or its problems with line and column. */
export function parsePreset(text: string, file: string, name: string): { preset?: Preset; problems: ConfigProblem[] } {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  const problems: ConfigProblem[] = [];
  const at = (offset: number, msg: string) => {
    const pos = lc.linePos(offset);
    problems.push({ file, line: pos.line, col: pos.col, message: msg });
  };
  for (const err of doc.errors) at(err.pos[0], err.message.split('\n')[0]);
  if (problems.length) return { problems };
  const data: unknown = doc.toJS() ?? {};
  const v = validate();
  if (!v(data)) {
    const seen = new Set<string>();
    for (const e of v.errors ?? []) {
      // anyOf under propertyNames repeats one problem three times; keep the meaningful one.
      if (e.keyword === 'anyOf' || e.schemaPath.includes('/propertyNames/')) continue;
      const m = message(e);
      let node: YamlNode | null | undefined;
      if (m.key) {
        const parent = m.at.length > 1 ? doc.getIn(m.at.slice(0, -1), true) : doc.contents;
        if (isMap(parent)) node = parent.items.find((it) => (it.key as { value?: unknown } | null)?.value === m.at[m.at.length - 1])?.key as YamlNode | undefined;
      } else node = (m.at.length ? doc.getIn(m.at, true) : doc.contents) as YamlNode | undefined;
      const key = `${m.text}@${node?.range?.[0] ?? 0}`;
      if (seen.has(key)) continue;
      seen.add(key);
      at(node?.range?.[0] ?? 0, m.text);
    }
    problems.sort((a, b) => a.line - b.line || a.col - b.col);
    return { problems };
  }
  // Globs are strings by schema; their syntax is picomatch's, checked where they compile (Policy).
  const p = data as Omit<Preset, 'name'> & { schema?: string };
  const { schema: _schema, ...rest } = p;
  void _schema;
  return { preset: { name, ...rest }, problems };
}

/** spec/invariants.yaml's configuration with the preset on top (see the header). */
export function applyPreset(config: InvariantsConfig, preset: Preset): InvariantsConfig {
  return {
    ...config,
    weights: { ...config.weights, ...(preset.weights as WeightMap | undefined) },
    ignore: [...config.ignore, ...(preset.ignore ?? [])],
    i3: { tau: preset.gates?.i3_tau ?? config.i3.tau },
  };
}
