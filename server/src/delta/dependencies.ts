// ΔDEPENDENCY (spec §3.3): entries of package.json (dependencies, devDependencies,
// peerDependencies, optionalDependencies), pyproject.toml ([project] dependencies,
// optional-dependencies, [tool.poetry.*dependencies]) and requirements*.txt, each with the
// 1-based line where it is declared so tokens land on it.

export interface DependencyEntry {
  section: string;
  name: string;
  version: string;
  line: number;
}

export function isDependencyManifest(p: string): boolean {
  const base = p.slice(p.lastIndexOf('/') + 1);
  return base === 'package.json' || base === 'pyproject.toml' || /^requirements.*\.txt$/.test(base);
}

export function parseDependencies(p: string, text: string): DependencyEntry[] | undefined {
  const base = p.slice(p.lastIndexOf('/') + 1);
  if (base === 'package.json') return parsePackageJson(text);
  if (base === 'pyproject.toml') return parsePyproject(text);
  if (/^requirements.*\.txt$/.test(base)) return parseRequirements(text);
  return undefined;
}

const NPM_SECTIONS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];

function parsePackageJson(text: string): DependencyEntry[] | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined; // an unparseable manifest gets MODIFY_FILE only
  }
  if (!json || typeof json !== 'object') return [];
  const lines = text.split('\n');
  const out: DependencyEntry[] = [];
  for (const section of NPM_SECTIONS) {
    const deps = (json as Record<string, unknown>)[section];
    if (!deps || typeof deps !== 'object') continue;
    const sectionLine = lines.findIndex((l) => l.includes(`"${section}"`));
    for (const [name, version] of Object.entries(deps as Record<string, unknown>)) {
      const needle = `"${name}"`;
      let line = -1;
      for (let i = Math.max(sectionLine, 0); i < lines.length; i++) {
        if (lines[i].includes(needle)) {
          line = i;
          break;
        }
      }
      out.push({ section, name, version: String(version), line: line + 1 || 1 });
    }
  }
  return out;
}

const REQ_LINE = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*(.*)$/;

function parseRequirements(text: string): DependencyEntry[] {
  const out: DependencyEntry[] = [];
  text.split('\n').forEach((raw, i) => {
    const l = raw.replace(/#.*$/, '').trim();
    if (!l || l.startsWith('-')) return;
    const m = REQ_LINE.exec(l);
    if (m) out.push({ section: 'requirements', name: m[1].toLowerCase(), version: m[3].replace(/\s+/g, ''), line: i + 1 });
  });
  return out;
}

function parsePyproject(text: string): DependencyEntry[] {
  const out: DependencyEntry[] = [];
  const lines = text.split('\n');
  let table = '';
  let inArray: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i].replace(/(^|\s)#.*$/, '').trim();
    if (!l) continue;
    const t = /^\[+([^\]]+)\]+$/.exec(l);
    if (t) {
      table = t[1].trim();
      inArray = undefined;
      continue;
    }
    if (inArray) {
      for (const m of l.matchAll(/["']([^"']+)["']/g)) pushPep508(out, inArray, m[1], i + 1);
      if (l.includes(']')) inArray = undefined;
      continue;
    }
    const kv = /^([A-Za-z0-9_.-]+|"[^"]+")\s*=\s*(.*)$/.exec(l);
    if (!kv) continue;
    const key = kv[1].replace(/"/g, '');
    const value = kv[2];
    const isProjectArray = (table === 'project' && key === 'dependencies') || table === 'project.optional-dependencies';
    if (isProjectArray && value.startsWith('[')) {
      const section = table === 'project' ? 'project.dependencies' : `${table}.${key}`;
      for (const m of value.matchAll(/["']([^"']+)["']/g)) pushPep508(out, section, m[1], i + 1);
      if (!value.includes(']')) inArray = section;
      continue;
    }
    if (/^tool\.poetry(\.group\.[^.]+)?\.(dev-)?dependencies$/.test(table)) {
      if (key.toLowerCase() === 'python') continue;
      out.push({ section: table, name: key.toLowerCase(), version: value.replace(/\s+/g, ''), line: i + 1 });
    }
  }
  return out;
}

function pushPep508(out: DependencyEntry[], section: string, spec: string, line: number): void {
  const m = REQ_LINE.exec(spec);
  if (m) out.push({ section, name: m[1].toLowerCase(), version: m[3].replace(/\s+/g, ''), line });
}

/**
 * The top-level key (package.json) or table (pyproject.toml) holding each of `lines` (1-based):
 * MODIFY_FILE of a manifest names them (`meta.manifestKeys`), so I1 can tell a change to the
 * maintainers' tooling (`scripts`, `devDependencies`, `[tool.ruff]`) from one to what users
 * install (gates/i1-energy.ts notShipped). Undefined for other files or an unreadable manifest.
 */
export function manifestKeysAt(p: string, text: string, lines: readonly number[]): string[] | undefined {
  const base = p.slice(p.lastIndexOf('/') + 1);
  const src = text.split('\n');
  const keyOf: (string | undefined)[] = new Array(src.length);
  if (base === 'package.json') {
    // Depth-1 keys of the JSON object, line by line (strings scanned so braces in values do not count).
    let depth = 0;
    let key: string | undefined;
    for (let i = 0; i < src.length; i++) {
      const l = src[i];
      if (depth === 1) {
        const m = /^\s*"((?:[^"\\]|\\.)*)"\s*:/.exec(l);
        if (m) key = m[1];
      }
      keyOf[i] = depth >= 1 ? key : undefined;
      let inStr = false;
      for (let j = 0; j < l.length; j++) {
        const ch = l[j];
        if (inStr) {
          if (ch === '\\') j++;
          else if (ch === '"') inStr = false;
        } else if (ch === '"') inStr = true;
        else if (ch === '{' || ch === '[') depth++;
        else if (ch === '}' || ch === ']') depth--;
      }
      if (depth <= 0) depth = Math.max(depth, 0);
    }
  } else if (base === 'pyproject.toml') {
    let table: string | undefined;
    for (let i = 0; i < src.length; i++) {
      const t = /^\s*\[+\s*([^\]]+?)\s*\]+\s*(#.*)?$/.exec(src[i]);
      if (t) table = t[1].replace(/"/g, '');
      keyOf[i] = table;
    }
  } else return undefined;
  const out = new Set<string>();
  for (const l of lines) out.add(keyOf[l - 1] ?? '(top)');
  return [...out].sort();
}

/**
 * Manifest keys that only the maintainers' tooling reads: no user of a published package
 * installs or runs them. package.json: scripts, devDependencies, the package manager pin and
 * tools' inline configuration; pyproject.toml: `[tool.*]` tables other than those that build or
 * describe the package, and dependency groups.
 */
const DEV_PACKAGE_KEYS = new Set(['scripts', 'devDependencies', 'packageManager', 'devEngines', 'prettier', 'eslintConfig', 'eslintIgnore', 'stylelint', 'lint-staged', 'husky', 'simple-git-hooks', 'commitlint', 'jest', 'ava', 'mocha', 'c8', 'nyc', 'size-limit', 'renovate', 'release-it', 'changelog', 'volta', 'pnpm', 'resolutions', 'overrides', 'workspaces', 'tsd', 'xo', 'knip', 'vitest']);
const BUILD_TOOL_TABLE = /^tool\.(?:poetry(?:\.(?:dependencies|scripts|plugins|extras|urls))?|setuptools(?:\..*)?|setuptools_scm|hatch\.(?:build|version|metadata)(?:\..*)?|flit(?:\..*)?|pdm\.build|maturin|scikit-build)$/;
export function isDevManifestKey(p: string, key: string): boolean {
  const base = p.slice(p.lastIndexOf('/') + 1);
  if (base === 'package.json') return DEV_PACKAGE_KEYS.has(key);
  if (base === 'pyproject.toml') return key.startsWith('dependency-groups') || (key.startsWith('tool.') && !BUILD_TOOL_TABLE.test(key));
  return false;
}

/** A dependency section only development installs: npm's devDependencies, Poetry's dev groups, a requirements file named for development. */
export function isDevDependency(p: string, section: string): boolean {
  if (section === 'devDependencies') return true;
  if (/^tool\.poetry\.(?:dev-dependencies|group\.[^.]+\.dependencies)$/.test(section)) return true;
  if (section === 'requirements') return /(?:^|\/)(?:requirements[-_.](?:dev|test|tests|docs|lint|ci|typing)[^/]*|(?:dev|test)[-_]requirements[^/]*)\.txt$|(?:^|\/)requirements\/(?:dev|test|tests|docs|lint|ci|typing)[^/]*\.txt$/.test(p);
  return false;
}
