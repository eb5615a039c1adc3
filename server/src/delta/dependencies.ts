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
