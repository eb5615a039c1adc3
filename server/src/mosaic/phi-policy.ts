// `analysis/policy.json` — the Φ weights of `--phi policy` (spec §3.9, §3.13). Format (our
// decision, docs/mosaic.md):
//   { "schema": "glx.mosaic.policy.v1",          (optional)
//     "phi": { "default": 1.0,                    weight of paths no glob matches
//              "paths": { "<glob>": 0.5, … },     per-path weights, the last matching glob wins
//              "kinds": { "MODIFY_BODY": 0.3 } } } per-kind factors (default 1)
// The `phi` wrapper may be omitted. Every weight is a number in [0,1]. Invalid content is an
// error naming the file and the key (the CLI exits 2), never silently ignored.
import picomatch from 'picomatch';
import { GlxError, type GlxErrorOptions } from '../errors';
import { isTokenKind } from '../delta/catalogue';
import type { DeltaToken } from '../delta/token';
import type { PhiWeight } from './phi';

/** analysis/policy.json (or --policy-file) is invalid: bad input. */
export class PolicyFileError extends GlxError {
  constructor(message: string, opts: GlxErrorOptions = {}) {
    super(message, opts, 'bad-input');
  }
}

export interface PhiPolicy {
  default: number;
  paths: { glob: string; weight: number }[];
  kinds: Record<string, number>;
}

export function parsePhiPolicy(text: string, file: string): PhiPolicy {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new PolicyFileError(`${file}: invalid JSON: ${(e as Error).message}`);
  }
  if (!isObject(raw)) throw new PolicyFileError(`${file}: top level must be a JSON object`);
  if (raw.schema !== undefined && raw.schema !== 'glx.mosaic.policy.v1') throw new PolicyFileError(`${file}: schema ${JSON.stringify(raw.schema)}: expected "glx.mosaic.policy.v1"`);
  const phi = raw.phi === undefined ? raw : raw.phi;
  if (!isObject(phi)) throw new PolicyFileError(`${file}: "phi" must be an object`);
  const weight = (v: unknown, key: string): number => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 1) throw new PolicyFileError(`${file}: ${key}: weight must be a number in [0,1], got ${JSON.stringify(v)}`);
    return v;
  };
  const out: PhiPolicy = { default: phi.default === undefined ? 1 : weight(phi.default, 'phi.default'), paths: [], kinds: {} };
  if (phi.paths !== undefined) {
    if (!isObject(phi.paths)) throw new PolicyFileError(`${file}: phi.paths must be an object of glob → weight`);
    for (const [glob, v] of Object.entries(phi.paths)) out.paths.push({ glob, weight: weight(v, `phi.paths[${JSON.stringify(glob)}]`) });
  }
  if (phi.kinds !== undefined) {
    if (!isObject(phi.kinds)) throw new PolicyFileError(`${file}: phi.kinds must be an object of token kind → weight`);
    for (const [k, v] of Object.entries(phi.kinds)) {
      if (!isTokenKind(k)) throw new PolicyFileError(`${file}: phi.kinds: unknown token kind ${JSON.stringify(k)}`);
      out.kinds[k] = weight(v, `phi.kinds.${k}`);
    }
  }
  return out;
}

/** The per-token intensity function of a policy: path weight × kind factor. */
export function phiWeightOf(p: PhiPolicy): PhiWeight {
  const matchers = p.paths.map((x) => ({ match: picomatch(x.glob, { dot: true }), weight: x.weight }));
  const cache = new Map<string, number>();
  return (t: DeltaToken) => {
    let w = cache.get(t.file);
    if (w === undefined) {
      w = p.default;
      for (const m of matchers) if (m.match(t.file)) w = m.weight;
      cache.set(t.file, w);
    }
    return w * (p.kinds[t.kind] ?? 1);
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
