// Plugin manifests (spec §3.13, issue 16): what a plugin declares before it may run — its name,
// version, the namespaced token kinds it may emit (category + default weight) and the file
// globs it wants. Validated here once, in the host, from what the sandbox reports: a manifest
// that does not validate keeps the plugin from running (and quarantines it, plugin-host.ts).
import picomatch from 'picomatch';
import { CATEGORY_ORDER, isPluginTokenKind, type Category, type PluginTokenKind } from '../delta/catalogue';
import type { PluginManifest } from './plugin-api';

export const PLUGIN_NAME_RE = /^[a-z][a-z0-9-]{0,39}$/;
const SEMVER_RE = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
/** A default weight outside this range would let one plugin token dominate every ΔZ (spec §3.6 weights are 0–0.5). */
export const PLUGIN_WEIGHT_RANGE = { min: -1, max: 2 } as const;
const MAX_KINDS = 64;
const MAX_GLOBS = 64;

/** The manifest as the host uses it (kinds typed as namespaced plugin kinds). */
export interface ValidManifest {
  name: string;
  version: string;
  description?: string;
  tokens: Record<PluginTokenKind, { category: Category; weight: number; description?: string }>;
  files: string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The manifest, or every problem found (each names the field). */
export function validateManifest(raw: unknown): { manifest?: ValidManifest; problems: string[] } {
  const problems: string[] = [];
  if (!isRecord(raw)) return { problems: ['manifest: must be an object ({name, version, tokens, files})'] };
  const m = raw as Partial<Record<keyof PluginManifest, unknown>>;
  if (typeof m.name !== 'string' || !PLUGIN_NAME_RE.test(m.name)) problems.push(`manifest.name: must match ${PLUGIN_NAME_RE} (got ${JSON.stringify(m.name)})`);
  if (typeof m.version !== 'string' || !SEMVER_RE.test(m.version)) problems.push(`manifest.version: must be a semantic version like 1.0.0 (got ${JSON.stringify(m.version)})`);
  if (m.description !== undefined && typeof m.description !== 'string') problems.push('manifest.description: must be a string');
  const tokens: ValidManifest['tokens'] = {};
  if (!isRecord(m.tokens) || Object.keys(m.tokens).length === 0) problems.push('manifest.tokens: must map at least one namespaced kind (acme.ROUTE_ADDED) to {category, weight}');
  else {
    const kinds = Object.keys(m.tokens);
    if (kinds.length > MAX_KINDS) problems.push(`manifest.tokens: at most ${MAX_KINDS} kinds (got ${kinds.length})`);
    for (const kind of kinds.slice(0, MAX_KINDS)) {
      const spec = m.tokens[kind];
      if (!isPluginTokenKind(kind)) {
        problems.push(`manifest.tokens: ${JSON.stringify(kind)} is not a namespaced kind (namespace.KIND, e.g. acme.ROUTE_ADDED)`);
        continue;
      }
      if (!isRecord(spec)) {
        problems.push(`manifest.tokens.${kind}: must be {category, weight}`);
        continue;
      }
      const category = spec.category;
      if (typeof category !== 'string' || !(CATEGORY_ORDER as readonly string[]).includes(category)) {
        problems.push(`manifest.tokens.${kind}.category: one of ${CATEGORY_ORDER.join(', ')} (got ${JSON.stringify(category)})`);
        continue;
      }
      const w = spec.weight;
      if (typeof w !== 'number' || !Number.isFinite(w) || w < PLUGIN_WEIGHT_RANGE.min || w > PLUGIN_WEIGHT_RANGE.max) {
        problems.push(`manifest.tokens.${kind}.weight: a number between ${PLUGIN_WEIGHT_RANGE.min} and ${PLUGIN_WEIGHT_RANGE.max} (got ${JSON.stringify(w)})`);
        continue;
      }
      if (spec.description !== undefined && typeof spec.description !== 'string') problems.push(`manifest.tokens.${kind}.description: must be a string`);
      tokens[kind] = { category: category as Category, weight: w, ...(typeof spec.description === 'string' ? { description: spec.description } : {}) };
    }
  }
  const files: string[] = [];
  if (!Array.isArray(m.files) || m.files.length === 0 || m.files.length > MAX_GLOBS) problems.push(`manifest.files: a list of 1–${MAX_GLOBS} globs of repo-relative paths`);
  else
    for (const g of m.files) {
      if (typeof g !== 'string' || !g || g.startsWith('/') || g.split('/').includes('..')) {
        problems.push(`manifest.files: ${JSON.stringify(g)} is not a repo-relative glob`);
        continue;
      }
      try {
        picomatch.makeRe(g);
        files.push(g);
      } catch {
        problems.push(`manifest.files: invalid glob ${JSON.stringify(g)}`);
      }
    }
  if (problems.length) return { problems };
  return {
    manifest: { name: m.name as string, version: m.version as string, ...(typeof m.description === 'string' ? { description: m.description } : {}), tokens, files },
    problems,
  };
}

/** Kinds declared by two plugins of one set: the second one's are a problem (a kind has one owner). */
export function kindConflicts(manifests: readonly ValidManifest[]): { plugin: string; kind: string; owner: string }[] {
  const owner = new Map<string, string>();
  const out: { plugin: string; kind: string; owner: string }[] = [];
  for (const m of manifests)
    for (const k of Object.keys(m.tokens)) {
      const o = owner.get(k);
      if (o && o !== m.name) out.push({ plugin: m.name, kind: k, owner: o });
      else owner.set(k, m.name);
    }
  return out;
}
