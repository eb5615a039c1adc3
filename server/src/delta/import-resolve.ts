// Resolves an import specifier of a workspace file to another workspace file, for ΔFAN_IN /
// ΔFAN_OUT (spec §3.3). Only workspace-local imports resolve: relative TS/JS specifiers and
// Python relative or package-absolute module paths. Bare npm/pip packages return undefined.
import * as path from 'node:path';

const JS_EXT = ['', '.ts', '.tsx', '.d.ts', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts'];
const JS_INDEX = ['/index.ts', '/index.tsx', '/index.js', '/index.jsx', '/index.mjs'];

export function resolveImport(fromPath: string, spec: string, exists: (p: string) => boolean): string | undefined {
  if (fromPath.endsWith('.py') || fromPath.endsWith('.pyi')) return resolvePython(fromPath, spec, exists);
  if (!spec.startsWith('.')) return undefined;
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(fromPath), spec));
  if (base.startsWith('..')) return undefined;
  // TS sources import './x.js' meaning './x.ts'.
  const stripped = base.replace(/\.(js|jsx|mjs|cjs)$/, '');
  for (const stem of stripped === base ? [base] : [base, stripped]) {
    for (const ext of JS_EXT) if (exists(stem + ext)) return stem + ext;
    for (const idx of JS_INDEX) if (exists(stem + idx)) return stem + idx;
  }
  return undefined;
}

function resolvePython(fromPath: string, spec: string, exists: (p: string) => boolean): string | undefined {
  let dir: string;
  let rest: string;
  const m = /^(\.+)(.*)$/.exec(spec);
  if (m) {
    dir = path.posix.dirname(fromPath);
    for (let i = 1; i < m[1].length; i++) dir = path.posix.dirname(dir);
    rest = m[2];
  } else {
    dir = '';
    rest = spec;
  }
  const rel = rest ? rest.split('.').join('/') : '';
  const roots = m ? [dir] : ['', 'src'];
  for (const root of roots) {
    const stem = [root, rel].filter(Boolean).join('/');
    if (!stem) {
      const init = root ? `${root}/__init__.py` : '__init__.py';
      if (exists(init)) return init;
      continue;
    }
    for (const cand of [`${stem}.py`, `${stem}.pyi`, `${stem}/__init__.py`]) if (exists(cand)) return cand;
  }
  return undefined;
}
