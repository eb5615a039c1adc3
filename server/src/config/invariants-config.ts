// Reads `spec/invariants.yaml` (invariants.v1, spec §3.13): modules, weights per module and per
// path, ignore globs, public API narrowing, I3 τ, calibration. Invalid content is reported as
// problems with file, line and reason (spec §3.13: "never silently ignored"); the caller keeps
// working on defaults for the invalid parts (editor) or exits 2 (CLI).
import picomatch from 'picomatch';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type YAMLMap } from 'yaml';
import { isPluginTokenKind, isTokenKind, TOKEN_KINDS, type AnyTokenKind } from '../delta/catalogue';

export const CONFIG_PATH = 'spec/invariants.yaml';

export interface ConfigProblem {
  file: string;
  line: number;
  col: number;
  message: string;
}

/** Built-in kinds, and plugins' namespaced kinds (`acme.ROUTE_ADDED`: docs/plugins.md, issue 16). */
export type WeightMap = Partial<Record<AnyTokenKind, number>>;

export interface InvariantsConfig {
  /** Module name → globs, in file order (first match wins). */
  modules: { name: string; globs: string[] }[];
  /** Global weight overrides by token kind. */
  weights: WeightMap;
  /** Per-module weight overrides. */
  moduleWeights: Record<string, WeightMap>;
  /** Per-path weight overrides; later entries win. */
  pathWeights: { glob: string; weights: WeightMap }[];
  /** DEFAULT_IGNORE, then the `ignore:` globs; `!glob` re-includes what an earlier glob ignored. */
  ignore: string[];
  publicApi: { paths: string[]; allowOptionalParams: boolean; entryPoints: boolean; declaredBreaking: boolean };
  i3: { tau: number };
  calibration: { windowCommits: number; windowDays: number; lambda: number; autoFreeze: boolean };
  /** Raw `i4:` section, validated by the gates (issue: I4). */
  i4?: unknown;
  /** Generated and minified code, analysed at file level (engine/generated.ts, issue 14). */
  generated: GeneratedConfig;
  /** Packages whose ES module is a token-detector plugin (issue 16, docs/plugins.md), besides `.glx/plugins/*.mjs`. */
  plugins: string[];
}

export interface GeneratedConfig {
  /** Detect at all (default true). */
  detect: boolean;
  /** Extra globs of generated files (added to the built-in ones). */
  paths: string[];
  /** Globs never treated as generated (win over every other rule). */
  not: string[];
  /** A line longer than this marks minified code (characters). */
  maxLineLength: number;
  /** A `.d.ts` larger than this (KiB) is analysed at file level. */
  maxDeclarationKb: number;
}

/**
 * Paths that are never the user's change unless `ignore:` says so (issue 15, bug 5; spec §3.13
 * "ignore globs"): GlitchLab's own artifacts and restore copies (§3.12, §4), editor settings,
 * and EGQL scratch queries. A scratch `.egql` or `.vscode/settings.json` otherwise counted as
 * ADD_FILE, raised ΔZ and added a mosaic file. A user's `ignore:` list comes on top; an entry
 * `!glob` takes a path back (`ignore: ["!.vscode/**"]` to measure editor settings again).
 * Documented in docs/configuration.md ("Ignored by default").
 */
export const DEFAULT_IGNORE: readonly string[] = [
  '.glx/**',
  '.glx_restore/**',
  '.glx.before_restore_*/**',
  '.vscode/**',
  '.idea/**',
  '**/*.egql',
];

export function defaultConfig(): InvariantsConfig {
  return {
    modules: [],
    weights: {},
    moduleWeights: {},
    pathWeights: [],
    ignore: [...DEFAULT_IGNORE],
    publicApi: { paths: [], allowOptionalParams: true, entryPoints: true, declaredBreaking: true },
    i3: { tau: 0.15 },
    calibration: { windowCommits: 90, windowDays: 90, lambda: 0.15, autoFreeze: false },
    generated: { detect: true, paths: [], not: [], maxLineLength: 2000, maxDeclarationKb: 256 },
    plugins: [],
  };
}

export interface LoadedConfig {
  config: InvariantsConfig;
  problems: ConfigProblem[];
}

const KNOWN_KEYS = new Set([
  'schema', 'version', 'modules', 'weights', 'module_weights', 'path_weights', 'ignore',
  'public_api', 'i3', 'i4', 'calibration', 'thresholds', 'penalties', 'generated', 'plugins',
]);

/** Parse the YAML text of spec/invariants.yaml. `file` names it in problems. */
/**
 * Size limits of spec/invariants.yaml (docs/configuration.md "Limits"; issue 11 item 7: a 10 MB
 * `ignore:` list ran Node out of memory). Checked before the work they bound, each reported at
 * the position of the first entry past the limit.
 */
export const CONFIG_LIMITS = {
  maxBytes: 1024 * 1024,
  /** Entries of `ignore:` (and of any other glob list). */
  maxGlobs: 2_000,
  /** Entries of `path_weights:` (each is matched against every token's path). */
  maxPathWeights: 500,
  /** Characters of one glob. */
  maxGlobLength: 1_000,
} as const;

export function parseInvariantsConfig(text: string, file = CONFIG_PATH): LoadedConfig {
  const config = defaultConfig();
  const problems: ConfigProblem[] = [];
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > CONFIG_LIMITS.maxBytes) {
    problems.push({ file, line: 1, col: 1, message: `the file is ${(bytes / 1024 / 1024).toFixed(1)} MiB; the limit is ${CONFIG_LIMITS.maxBytes / 1024 / 1024} MiB (docs/configuration.md, Limits)` });
    return { config, problems };
  }
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  const at = (node: YamlNode | null | undefined, message: string) => {
    const offset = node?.range?.[0] ?? 0;
    const pos = lc.linePos(offset);
    problems.push({ file, line: pos.line, col: pos.col, message });
  };
  for (const err of doc.errors) {
    const pos = lc.linePos(err.pos[0]);
    problems.push({ file, line: pos.line, col: pos.col, message: err.message.split('\n')[0] });
  }
  if (doc.errors.length) return { config, problems };
  const root = doc.contents;
  if (root === null || root === undefined) return { config, problems };
  if (!isMap(root)) {
    at(root, 'top level must be a mapping (key: value)');
    return { config, problems };
  }

  const num = (node: unknown, what: string, min: number, max: number): number | undefined => {
    if (isScalar(node) && typeof node.value === 'number' && Number.isFinite(node.value)) {
      if (node.value < min || node.value > max) {
        at(node, `${what} must be between ${min} and ${max}, got ${node.value}`);
        return undefined;
      }
      return node.value;
    }
    at(node as YamlNode, `${what} must be a number`);
    return undefined;
  };
  const strList = (node: unknown, what: string): string[] => {
    if (isScalar(node) && typeof node.value === 'string') return [node.value];
    if (!isSeq(node)) {
      at(node as YamlNode, `${what} must be a list of strings`);
      return [];
    }
    const out: string[] = [];
    for (const item of node.items) {
      if (isScalar(item) && typeof item.value === 'string') out.push(item.value);
      else at(item as YamlNode, `${what} entries must be strings`);
    }
    return out;
  };
  const globList = (node: unknown, what: string): string[] => {
    if (isSeq(node) && node.items.length > CONFIG_LIMITS.maxGlobs) {
      at(node.items[CONFIG_LIMITS.maxGlobs] as YamlNode, `${what}: more than ${CONFIG_LIMITS.maxGlobs.toLocaleString('en-US')} entries (${node.items.length.toLocaleString('en-US')}); combine them into fewer globs`);
      return [];
    }
    return strList(node, what).filter((g) => {
      if (g.length > CONFIG_LIMITS.maxGlobLength) {
        at(node as YamlNode, `${what}: a glob of ${g.length.toLocaleString('en-US')} characters (limit ${CONFIG_LIMITS.maxGlobLength.toLocaleString('en-US')})`);
        return false;
      }
      try {
        picomatch.makeRe(g);
        return true;
      } catch (e) {
        at(node as YamlNode, `${what}: invalid glob ${JSON.stringify(g)}`);
        return false;
      }
    });
  };
  const weights = (node: unknown, what: string): WeightMap => {
    const out: WeightMap = {};
    if (!isMap(node)) {
      at(node as YamlNode, `${what} must be a mapping of token kind to weight`);
      return out;
    }
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      // A namespaced kind belongs to a plugin, which the config cannot see: accepted by shape
      // (a kind no plugin emits simply never weighs anything).
      if (!isTokenKind(key) && !isPluginTokenKind(key)) {
        at(pair.key as YamlNode, `${what}: unknown token kind ${JSON.stringify(key)} (known: ${Object.keys(TOKEN_KINDS).slice(0, 6).join(', ')}, …, or a plugin's namespace.KIND)`);
        continue;
      }
      const w = num(pair.value, `${what}.${key}`, -10, 10);
      if (w !== undefined) out[key] = w;
    }
    return out;
  };
  const bool = (node: unknown, what: string): boolean | undefined => {
    if (isScalar(node) && typeof node.value === 'boolean') return node.value;
    at(node as YamlNode, `${what} must be true or false`);
    return undefined;
  };

  for (const pair of (root as YAMLMap).items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value;
    switch (key) {
      case 'schema':
        if (!isScalar(value) || value.value !== 'invariants.v1') at(value as YamlNode, 'schema must be "invariants.v1"');
        break;
      case 'modules':
        if (!isMap(value)) {
          at(value as YamlNode, 'modules must map module names to globs');
          break;
        }
        for (const m of value.items) {
          const name = isScalar(m.key) ? String(m.key.value) : '';
          if (!name) at(m.key as YamlNode, 'module name must be a string');
          else config.modules.push({ name, globs: globList(m.value, `modules.${name}`) });
        }
        break;
      case 'weights':
        config.weights = weights(value, 'weights');
        break;
      case 'module_weights':
        if (!isMap(value)) {
          at(value as YamlNode, 'module_weights must map module names to weight mappings');
          break;
        }
        for (const m of value.items) {
          const name = isScalar(m.key) ? String(m.key.value) : '';
          config.moduleWeights[name] = weights(m.value, `module_weights.${name}`);
        }
        break;
      case 'path_weights':
        if (!isSeq(value)) {
          at(value as YamlNode, 'path_weights must be a list of {glob, weights}');
          break;
        }
        if (value.items.length > CONFIG_LIMITS.maxPathWeights) {
          at(value.items[CONFIG_LIMITS.maxPathWeights] as YamlNode, `path_weights: more than ${CONFIG_LIMITS.maxPathWeights} entries (${value.items.length.toLocaleString('en-US')}); group paths under fewer globs`);
          break;
        }
        for (const item of value.items) {
          if (!isMap(item)) {
            at(item as YamlNode, 'path_weights entries must be {glob, weights}');
            continue;
          }
          const glob = globList(item.get('glob', true), 'path_weights.glob')[0];
          const w = weights(item.get('weights', true), 'path_weights.weights');
          if (glob) config.pathWeights.push({ glob, weights: w });
        }
        break;
      case 'ignore':
        config.ignore = [...DEFAULT_IGNORE, ...globList(value, 'ignore')];
        break;
      case 'public_api':
        if (!isMap(value)) {
          at(value as YamlNode, 'public_api must be a mapping');
          break;
        }
        if (value.has('paths')) config.publicApi.paths = globList(value.get('paths', true), 'public_api.paths');
        if (value.has('allow_optional_params')) {
          const b = bool(value.get('allow_optional_params', true), 'public_api.allow_optional_params');
          if (b !== undefined) config.publicApi.allowOptionalParams = b;
        }
        if (value.has('entry_points')) {
          const b = bool(value.get('entry_points', true), 'public_api.entry_points');
          if (b !== undefined) config.publicApi.entryPoints = b;
        }
        if (value.has('declared_breaking')) {
          const b = bool(value.get('declared_breaking', true), 'public_api.declared_breaking');
          if (b !== undefined) config.publicApi.declaredBreaking = b;
        }
        break;
      case 'i3':
        if (isMap(value) && value.has('tau')) {
          const t = num(value.get('tau', true), 'i3.tau', 0, 1);
          if (t !== undefined) config.i3.tau = t;
        } else if (!isMap(value)) at(value as YamlNode, 'i3 must be a mapping');
        break;
      case 'i4':
        config.i4 = value && typeof (value as { toJSON?: unknown }).toJSON === 'function' ? (value as YamlNode).toJSON() : undefined;
        break;
      case 'calibration':
        if (!isMap(value)) {
          at(value as YamlNode, 'calibration must be a mapping');
          break;
        }
        for (const c of value.items) {
          const k = isScalar(c.key) ? String(c.key.value) : '';
          if (k === 'window_commits') config.calibration.windowCommits = num(c.value, 'calibration.window_commits', 1, 100000) ?? config.calibration.windowCommits;
          else if (k === 'window_days') config.calibration.windowDays = num(c.value, 'calibration.window_days', 1, 36500) ?? config.calibration.windowDays;
          else if (k === 'lambda') config.calibration.lambda = num(c.value, 'calibration.lambda', 0, 1) ?? config.calibration.lambda;
          else if (k === 'auto_freeze') config.calibration.autoFreeze = bool(c.value, 'calibration.auto_freeze') ?? config.calibration.autoFreeze;
          else at(c.key as YamlNode, `calibration: unknown key ${JSON.stringify(k)}`);
        }
        break;
      case 'generated':
        if (!isMap(value)) {
          at(value as YamlNode, 'generated must be a mapping');
          break;
        }
        for (const c of value.items) {
          const k = isScalar(c.key) ? String(c.key.value) : '';
          const g = config.generated;
          if (k === 'detect') g.detect = bool(c.value, 'generated.detect') ?? g.detect;
          else if (k === 'paths') g.paths = globList(c.value, 'generated.paths');
          else if (k === 'not') g.not = globList(c.value, 'generated.not');
          else if (k === 'max_line_length') g.maxLineLength = num(c.value, 'generated.max_line_length', 80, 10_000_000) ?? g.maxLineLength;
          else if (k === 'max_declaration_kb') g.maxDeclarationKb = num(c.value, 'generated.max_declaration_kb', 1, 2048) ?? g.maxDeclarationKb;
          else at(c.key as YamlNode, `generated: unknown key ${JSON.stringify(k)}`);
        }
        break;
      case 'plugins':
        // npm package names only: the module is resolved from the repository's node_modules.
        config.plugins = strList(value, 'plugins').filter((n) => {
          if (/^(?:@[a-z0-9][a-z0-9._-]*\/)?[a-z0-9][a-z0-9._-]*$/.test(n)) return true;
          at(value as YamlNode, `plugins: ${JSON.stringify(n)} is not an npm package name`);
          return false;
        });
        break;
      default:
        if (!KNOWN_KEYS.has(key)) at(pair.key as YamlNode, `unknown key ${JSON.stringify(key)}`);
    }
  }
  return { config, problems };
}
