// Where plugins come from (spec §3.13, §7 playbook 11; issue 16): every `.mjs`/`.js` file
// directly in `.glx/plugins/`, and every package named under `plugins:` in
// spec/invariants.yaml, resolved from the repository's own node_modules. A plugin's id is its
// file name without the extension, or its package name (without an npm scope); the manifest's
// `name` must equal it, so quarantine and release can name a plugin before it is loaded.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { sha256Hex } from '../util/hash';

export interface PluginRef {
  /** File stem or unscoped package name: what quarantine.json and the CLI call it. */
  id: string;
  /** Absolute path of the module to import. */
  file: string;
  /** Shown to users: repo-relative file, or `package NAME`. */
  source: string;
  /** sha256 of the module file's bytes (cache keys, quarantine evidence). */
  sha256: string;
}

export interface DiscoveryProblem {
  source: string;
  message: string;
}

export const PLUGINS_DIR = '.glx/plugins';

const inside = (root: string, p: string) => p === root || p.startsWith(root + path.sep);

/** Content hashes by (path, mtime, size): discovery runs on every analysis, plugin files rarely change. */
const hashes = new Map<string, { mtimeMs: number; size: number; sha256: string }>();

function ref(root: string, id: string, file: string, source: string): PluginRef {
  const st = fs.statSync(file);
  let h = hashes.get(file);
  if (!h || h.mtimeMs !== st.mtimeMs || h.size !== st.size) {
    h = { mtimeMs: st.mtimeMs, size: st.size, sha256: sha256Hex(fs.readFileSync(file, 'latin1')) };
    hashes.set(file, h);
  }
  return { id, file, source, sha256: h.sha256 };
}

/** The module a package's package.json points at (exports ".", module, main, index.js). */
function packageEntry(dir: string): string | undefined {
  let pkg: { exports?: unknown; module?: unknown; main?: unknown };
  try {
    pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as typeof pkg;
  } catch {
    return undefined;
  }
  const pick = (e: unknown): string | undefined => {
    if (typeof e === 'string') return e;
    if (e && typeof e === 'object') {
      const o = e as Record<string, unknown>;
      return pick(o['.'] ?? o.import ?? o.default ?? o.node);
    }
    return undefined;
  };
  const rel = pick(pkg.exports) ?? (typeof pkg.module === 'string' ? pkg.module : undefined) ?? (typeof pkg.main === 'string' ? pkg.main : undefined) ?? 'index.js';
  return path.resolve(dir, rel);
}

export function discoverPlugins(root: string, packages: readonly string[] = []): { plugins: PluginRef[]; problems: DiscoveryProblem[] } {
  const realRoot = fs.realpathSync(root);
  const plugins: PluginRef[] = [];
  const problems: DiscoveryProblem[] = [];
  const dir = path.join(realRoot, PLUGINS_DIR);
  let names: string[] = [];
  try {
    names = fs.readdirSync(dir).filter((n) => /\.(mjs|js)$/.test(n)).sort();
  } catch {
    /* no plugins directory: no local plugins */
  }
  for (const n of names) {
    const file = path.join(dir, n);
    const source = `${PLUGINS_DIR}/${n}`;
    try {
      const real = fs.realpathSync(file);
      // A symlink out of the repository would let a plugin's code live where the sandbox cannot read.
      if (!inside(realRoot, real)) {
        problems.push({ source, message: 'points outside the repository' });
        continue;
      }
      if (!fs.statSync(real).isFile()) continue;
      plugins.push(ref(realRoot, n.replace(/\.(mjs|js)$/, ''), real, source));
    } catch (e) {
      problems.push({ source, message: (e as Error).message });
    }
  }
  for (const name of packages) {
    const source = `package ${name}`;
    const pdir = path.join(realRoot, 'node_modules', ...name.split('/'));
    const entry = fs.existsSync(pdir) ? packageEntry(pdir) : undefined;
    if (!entry || !fs.existsSync(entry)) {
      problems.push({ source, message: `not installed in ${path.join('node_modules', name)} (or its package.json names no module)` });
      continue;
    }
    const real = fs.realpathSync(entry);
    if (!inside(realRoot, real)) {
      problems.push({ source, message: 'resolves outside the repository (the sandbox reads only the repository)' });
      continue;
    }
    plugins.push(ref(realRoot, name.replace(/^@[^/]+\//, ''), real, source));
  }
  const seen = new Set<string>();
  return {
    plugins: plugins.filter((p) => {
      if (seen.has(p.id)) {
        problems.push({ source: p.source, message: `a second plugin named ${JSON.stringify(p.id)} (ignored)` });
        return false;
      }
      seen.add(p.id);
      return true;
    }),
    problems,
  };
}
