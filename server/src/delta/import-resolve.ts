// Resolves an import specifier of a workspace file to another workspace file, for ΔFAN_IN /
// ΔFAN_OUT (spec §3.3). Only workspace-local imports resolve: relative TS/JS specifiers and
// Python relative or package-absolute module paths. Bare npm/pip packages return undefined.
import * as path from 'node:path';

const JS_EXT = ['', '.ts', '.tsx', '.d.ts', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts'];
const JS_INDEX = ['/index.ts', '/index.tsx', '/index.js', '/index.jsx', '/index.mjs'];

export function resolveImport(fromPath: string, spec: string, exists: (p: string) => boolean): string | undefined {
  for (const c of candidatesOf(fromPath, spec)) if (exists(c)) return c;
  return undefined;
}

/**
 * The files an import may name, in the order they are tried — a pure function of the importing
 * path and the specifier, memoised (issue 14: a keystroke in webpack's lib/Compilation.js
 * resolved its ~90 relative requires two or three times over, path arithmetic each time).
 */
const candidateMemo = new Map<string, readonly string[]>();
const CANDIDATE_MEMO_MAX = 20_000;
const NONE: readonly string[] = [];

function candidatesOf(fromPath: string, spec: string): readonly string[] {
  const key = `${fromPath}\0${spec}`;
  let out = candidateMemo.get(key);
  if (out === undefined) {
    out = fromPath.endsWith('.py') || fromPath.endsWith('.pyi') ? pythonCandidates(fromPath, spec) : jsCandidates(fromPath, spec);
    if (candidateMemo.size >= CANDIDATE_MEMO_MAX) candidateMemo.clear();
    candidateMemo.set(key, out);
  }
  return out;
}

function jsCandidates(fromPath: string, spec: string): readonly string[] {
  if (!spec.startsWith('.')) return NONE;
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(fromPath), spec));
  if (base.startsWith('..')) return NONE;
  // TS sources import './x.js' meaning './x.ts'.
  const stripped = base.replace(/\.(js|jsx|mjs|cjs)$/, '');
  const out: string[] = [];
  for (const stem of stripped === base ? [base] : [base, stripped]) {
    for (const ext of JS_EXT) out.push(stem + ext);
    for (const idx of JS_INDEX) out.push(stem + idx);
  }
  return out;
}

function pythonCandidates(fromPath: string, spec: string): readonly string[] {
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
  const out: string[] = [];
  for (const root of roots) {
    const stem = [root, rel].filter(Boolean).join('/');
    if (!stem) {
      out.push(root ? `${root}/__init__.py` : '__init__.py');
      continue;
    }
    out.push(`${stem}.py`, `${stem}.pyi`, `${stem}/__init__.py`);
  }
  return out;
}
