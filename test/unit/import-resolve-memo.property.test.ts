// Import resolution (delta/import-resolve.ts) memoises the candidate files of (importing path,
// specifier); the answer must be the one the unmemoised resolution gives, for any file set.
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { resolveImport } from '../../server/src/delta/import-resolve';

// The resolution before the memo, verbatim.
const JS_EXT = ['', '.ts', '.tsx', '.d.ts', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts'];
const JS_INDEX = ['/index.ts', '/index.tsx', '/index.js', '/index.jsx', '/index.mjs'];

function referenceResolve(fromPath: string, spec: string, exists: (p: string) => boolean): string | undefined {
  if (fromPath.endsWith('.py') || fromPath.endsWith('.pyi')) return refPython(fromPath, spec, exists);
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

function refPython(fromPath: string, spec: string, exists: (p: string) => boolean): string | undefined {
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

const seg = fc.constantFrom('a', 'b', 'lib', 'src', 'index', 'x');
const file = fc.tuple(fc.array(seg, { minLength: 0, maxLength: 3 }), seg, fc.constantFrom('.ts', '.js', '.py', '.pyi', '.d.ts', '.mjs', '/index.ts', '/__init__.py', ''))
  .map(([dirs, name, ext]) => [...dirs, name].join('/') + ext);
const spec = fc.oneof(
  fc.tuple(fc.constantFrom('./', '../', '../../', ''), fc.array(seg, { minLength: 1, maxLength: 3 }), fc.constantFrom('', '.js', '.ts', '.cjs')).map(([p, s, e]) => p + s.join('/') + e),
  fc.tuple(fc.constantFrom('.', '..', ''), fc.array(seg, { minLength: 0, maxLength: 3 })).map(([p, s]) => p + s.join('.')),
);

test('memoised resolution equals the unmemoised one', () => {
  fc.assert(fc.property(fc.uniqueArray(file, { maxLength: 30 }), file, fc.array(spec, { minLength: 1, maxLength: 8 }), (files, from, specs) => {
    const set = new Set(files);
    const exists = (p: string) => set.has(p);
    // Twice: the second call answers from the memo.
    for (let round = 0; round < 2; round++) for (const s of specs) assert.equal(resolveImport(from, s, exists), referenceResolve(from, s, exists), `${from} imports ${s}`);
  }), { numRuns: 1500 });
});
