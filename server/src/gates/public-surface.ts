// A JS/TS package's public API as its users see it: what the package's entry points export
// (package.json `exports`/`main`/`module`/`types`), followed through re-exports. Spec §3.7
// counts "exported top-level symbols of non-test TS/JS files"; on got and ky that made 9 of the
// backtest's I2 FAILs internal helpers no user can import (`source/core/utils/*.ts`,
// `InternalOptions`, protected members of a class the package never exports). Decision
// (docs/gates.md "Whose API"): when the repository root is a package whose entry points resolve
// to source files, I2 narrows the TS/JS public API to the names reachable from them;
// otherwise (no package.json, no resolvable entry, `public_api.entry_points: false`) it stays
// file-level as before and says so. Python keeps its own rule (leading `_`, `__all__`).
//
// Pure over a reader of the base revision's files: the caller (app/, lsp/) reads the blobs.
import * as path from 'node:path';
import picomatch from 'picomatch';
import { NON_API_DIRS } from '../config/policy';
import { languageOf } from '../parsing/languages';
import { heritageText } from './inherited-members';
import type { ChangeSet } from '../delta/change-set';
import type { FileAnalysis } from '../symbols/types';

export interface PublicSurface {
  /** The entry files the surface was read from (repo-relative). */
  entries: string[];
  /** file → the names it exports to the package's users; `'*'` = every name it exports. */
  names: Map<string, Set<string> | '*'>;
  /**
   * The package directories whose surfaces this holds (`''` = the repository root). A file under
   * none of them is judged file by file: in a monorepo only the packages a change touches are
   * read (docs/gates.md "Whose API"). Absent = the root package (every file is covered).
   */
  packages?: string[];
  /**
   * Packages whose package.json lists `files`: what `npm publish` ships. A TS/JS file of such a
   * package that no entry matches is never installed, so no user can import it (chalk
   * 655653bb0c moved `lib/util.js`, which its `files` did not list: an I2 FAIL on a file nobody
   * could require). Matched loosely (`publishes`): a pattern that could reach the file keeps it.
   */
  published?: { dir: string; isPublished: (rel: string) => boolean }[];
  /**
   * Python package `__init__.py` texts at the base (path → text), read for the Python ports a move
   * would fail: the package may still export the moved name (python-kept-names.ts
   * `keptByPackageInit`). Only those the change did not touch (its own texts are in the change).
   */
  pythonInits?: ReadonlyMap<string, string>;
  /**
   * Top-level Python modules the distribution does not ship (python-root-modules.ts: scripts
   * beside the package, which no packaging file names): no user can import them.
   */
  pythonUnshipped?: ReadonlySet<string>;
}

export interface SurfaceReader {
  /** A file's text at the base revision, undefined when it does not exist. */
  read(file: string): Promise<string | undefined>;
  /** The file's analysis (symbols, imports, export aliases). */
  analyse(file: string, text: string): FileAnalysis;
  /** Every file at the base revision, repo-relative (for `files`, `publishes`); absent = not read. */
  files?(): Promise<readonly string[]>;
}

/** Files followed at most (a barrel of barrels stays far below this). */
const MAX_FILES = 400;
const SOURCE_EXT = ['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs', '.jsx', '.d.ts'];
const SOURCE_DIRS = ['src', 'source', 'lib'];

/**
 * Is the top-level name `name` of `file` part of the package's API? Files of a read package
 * outside its surface are not; a file of no read package is (the file-level rule decides).
 */
export function inSurface(s: PublicSurface, file: string, name: string): boolean {
  for (const p of s.published ?? []) {
    if (p.dir && !file.startsWith(`${p.dir}/`)) continue;
    if (!p.isPublished(p.dir ? file.slice(p.dir.length + 1) : file)) return false;
  }
  const n = s.names.get(file);
  if (n === '*' || (n !== undefined && n.has(name))) return true;
  return !!s.packages && !s.packages.some((dir) => dir === '' || file.startsWith(`${dir}/`));
}

/**
 * The directory of the nearest package.json above `file` (`''` = the repository root), or
 * undefined when there is none: npm resolves a deep import against that package.
 */
export async function packageDirOf(file: string, exists: (f: string) => Promise<boolean>): Promise<string | undefined> {
  for (let dir = path.posix.dirname(file); ; dir = path.posix.dirname(dir)) {
    const d = dir === '.' ? '' : dir;
    if (await exists(d ? `${d}/package.json` : 'package.json')) return d;
    if (!d) return undefined;
  }
}

/** One surface for several packages (a monorepo change touching more than one). */
export function mergeSurfaces(parts: { dir: string; surface: PublicSurface }[]): PublicSurface | undefined {
  if (!parts.length) return undefined;
  const names = new Map<string, Set<string> | '*'>();
  for (const { surface } of parts) for (const [f, n] of surface.names) names.set(f, n);
  const published = parts.flatMap((p) => p.surface.published ?? []);
  // A package read only for its `files` list (no entry) keeps the file-level rule for what it ships.
  const packages = parts.filter((p) => p.surface.packages?.length !== 0).map((p) => p.dir);
  return { entries: parts.flatMap((p) => p.surface.entries), names, packages, ...(published.length ? { published } : {}) };
}

/** Entry specifiers named by a package.json (conditions and subpaths of `exports` flattened). */
export function entrySpecs(pkg: unknown): string[] {
  if (!pkg || typeof pkg !== 'object') return [];
  const p = pkg as Record<string, unknown>;
  const out: string[] = [];
  const walk = (v: unknown, key?: string) => {
    if (key === './package.json') return;
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach((x) => walk(x));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(p.exports);
  for (const k of ['main', 'module', 'types', 'typings', 'browser']) if (typeof p[k] === 'string') out.push(p[k] as string);
  return [...new Set(out.filter((s) => !s.includes('*')))];
}

/**
 * What a package.json's `files` ships, as a test on package-relative paths, or undefined when it
 * has no usable list. npm always ships package.json, the readme, the licence and `main`
 * (npm-packlist); `!pattern` entries are ignored — a file they might exclude stays published, so
 * the rule can only clear a finding, never invent one. Each entry matches the path itself,
 * everything under it (a directory), and as a glob both anchored and by base name
 * (gitignore-style patterns without a slash match at any depth).
 *
 * Only a package that ships its sources as they are has a list that speaks about them: when an
 * entry (or `main`, an `exports` target) names nothing in the repository — `dist/`, `lib/` built
 * from `src/` — which source ends up where is the build's business and the rule is off. `tree` =
 * the package's files at the base, package-relative.
 */
export function publishes(pkg: unknown, tree: readonly string[]): ((rel: string) => boolean) | undefined {
  if (!pkg || typeof pkg !== 'object') return undefined;
  const p = pkg as Record<string, unknown>;
  if (!Array.isArray(p.files) || !p.files.length || !p.files.every((f) => typeof f === 'string')) return undefined;
  const entries = (p.files as string[]).filter((f) => !f.startsWith('!')).map((f) => f.replace(/^\.?\/+/, '').replace(/\/+$/, '')).filter(Boolean);
  if (!entries.length) return undefined;
  const tests = entries.map((e) => {
    const glob = picomatch(e, { dot: true });
    const base = e.includes('/') ? undefined : picomatch(e, { dot: true, basename: true });
    return (rel: string) => rel === e || rel.startsWith(`${e}/`) || glob(rel) || !!base?.(rel) || rel.split('/').some((_, i, a) => glob(a.slice(0, i + 1).join('/')));
  });
  if (!tests.every((t) => tree.some(t))) return undefined;
  const inTree = new Set(tree);
  const named = entrySpecs(p).map((x) => path.posix.normalize(x.replace(/^\.\//, '')));
  if (!named.every((x) => inTree.has(x) || [...SOURCE_EXT, '/index.js'].some((e) => inTree.has(x + e)))) return undefined;
  const always = new Set(named);
  return (rel) => always.has(rel) || always.has(rel.replace(/(\/index)?\.[^./]+$/, '')) || tests.some((t) => t(rel));
}

function packageFiles(all: readonly string[], dir: string): string[] {
  return dir ? all.filter((f) => f.startsWith(`${dir}/`)).map((f) => f.slice(dir.length + 1)) : [...all];
}

/**
 * Build output → source: `./dist/source/index.js` → `source/index.ts`. Tries the path itself,
 * then with leading directories dropped one by one (each also under src/, source/, lib/), with
 * every source extension and `/index`.
 */
export async function resolveEntry(spec: string, exists: (f: string) => Promise<boolean>): Promise<string | undefined> {
  const clean = path.posix.normalize(spec.replace(/^\.\//, '')).replace(/\.(d\.[mc]?ts|[mc]?js|jsx|tsx?|[mc]ts)$/, '');
  if (clean.startsWith('..')) return undefined;
  const parts = clean.split('/');
  for (let d = 0; d < parts.length; d++) {
    const rest = parts.slice(d).join('/');
    const stems = d === 0 ? [rest] : [rest, ...SOURCE_DIRS.map((s) => `${s}/${rest}`)];
    for (const stem of stems) {
      const hit = await firstExisting(stem, exists);
      if (hit) return hit;
    }
  }
  return undefined;
}

async function firstExisting(stem: string, exists: (f: string) => Promise<boolean>): Promise<string | undefined> {
  for (const e of SOURCE_EXT) if (await exists(stem + e)) return stem + e;
  for (const e of SOURCE_EXT) if (await exists(`${stem}/index${e}`)) return `${stem}/index${e}`;
  return undefined;
}

/** A relative import/re-export specifier of `from` → the repository file it names. */
function resolveRelative(from: string, spec: string, exists: (f: string) => Promise<boolean>): Promise<string | undefined> {
  if (!spec.startsWith('.')) return Promise.resolve(undefined);
  const joined = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  if (joined.startsWith('..')) return Promise.resolve(undefined);
  return firstExisting(joined.replace(/\.(d\.[mc]?ts|[mc]?js|jsx|tsx?|[mc]ts)$/, ''), exists).then(async (hit) => hit ?? ((await exists(joined)) ? joined : undefined));
}

/**
 * The surface of the package in `dir` (default: the repository root), or undefined when there
 * is none to read (no package.json, no entry resolving to a TS/JS source file). Paths in and out
 * are repo-relative.
 */
export async function readPublicSurface(r: SurfaceReader, dir = ''): Promise<PublicSurface | undefined> {
  const inPkg = (f: string) => (dir ? `${dir}/${f}` : f);
  const manifest = await r.read(inPkg('package.json'));
  if (manifest === undefined) return undefined;
  let pkg: unknown;
  try {
    pkg = JSON.parse(manifest);
  } catch {
    return undefined; // a broken package.json is reported by the dependency tokens, not here
  }
  const known = new Map<string, boolean>();
  const exists = async (f: string) => {
    let e = known.get(f);
    if (e === undefined) known.set(f, (e = (await r.read(f)) !== undefined));
    return e;
  };
  const ships = r.files && Array.isArray((pkg as { files?: unknown })?.files) ? publishes(pkg, packageFiles(await r.files(), dir)) : undefined;
  const published = ships ? { published: [{ dir, isPublished: ships }] } : {};
  const entries: string[] = [];
  for (const spec of entrySpecs(pkg)) {
    const local = await resolveEntry(spec, (f) => exists(inPkg(f)));
    const f = local === undefined ? undefined : inPkg(local);
    if (f && languageOf(f) && languageOf(f) !== 'python' && !entries.includes(f)) entries.push(f);
  }
  if (!entries.length) {
    // A workspace package that is never published (`"private": true`) and names no entry has no
    // users outside the repository: none of its files is API (remeda's `packages/docs` site,
    // 5d7723acf8 and 246771b2a8). The root package keeps the file-level rule: a private root is
    // how most monorepos, and also applications, are laid out.
    // So has a workspace package named as a docs site or examples are (`packages/docs`, remeda's
    // unpublished `@remeda/docs`: NON_API_DIRS).
    const priv = !!pkg && typeof pkg === 'object' && (pkg as { private?: unknown }).private === true;
    if (dir && (priv || NON_API_DIRS.has(path.posix.basename(dir)))) return { entries: [], names: new Map(), packages: [dir] };
    // No entry to follow, but a `files` list: what it does not ship is no API, the rest is judged
    // file by file (no package is "read": `packages` is empty).
    return ships ? { entries: [], names: new Map(), packages: [], ...published } : undefined;
  }

  const names = new Map<string, Set<string> | '*'>();
  const queue: { file: string; want: Set<string> | '*' }[] = entries.map((file) => ({ file, want: '*' as const }));
  /** Adds wanted names to a file; true when something new was added (the file must be read again). */
  const add = (file: string, want: Set<string> | '*'): boolean => {
    const had = names.get(file);
    if (had === '*') return false;
    if (want === '*') {
      names.set(file, '*');
      return true;
    }
    const next = new Set(had ?? []);
    const before = next.size;
    for (const n of want) next.add(n);
    if (had && next.size === before) return false;
    names.set(file, next);
    return true;
  };
  const analyses = new Map<string, FileAnalysis | null>();
  let visited = 0;
  while (queue.length && visited < MAX_FILES) {
    const { file, want } = queue.shift()!;
    if (!add(file, want)) continue;
    visited++;
    let a = analyses.get(file);
    if (a === undefined) {
      const text = await r.read(file);
      const lang = languageOf(file);
      a = text === undefined || !lang || lang === 'python' ? null : r.analyse(file, text);
      analyses.set(file, a);
    }
    if (!a) continue;
    // Types a public name is written in are part of the API even when the entry does not export
    // them by name (`Options = KyOptions & {…}`, `methods?: HttpMethod[]`): changing them changes
    // what users pass and receive. Same-file declarations join this file's names; imported ones
    // are followed to their file.
    const referenced = referencedNames(a, names.get(file)!);
    for (const n of referenced.local) add(file, new Set([n]));
    for (const imp of a.imports) {
      if (!imp.spec.startsWith('.')) continue;
      const picked = imp.names.filter((n) => referenced.foreign.has(n));
      if (!picked.length) continue;
      const target = await resolveRelative(file, imp.spec, exists);
      if (target) queue.push({ file: target, want: new Set(picked) });
    }
    const wanted = names.get(file)!;
    const wants = (n: string) => wanted === '*' ? n !== 'default' || entries.includes(file) : wanted.has(n);
    for (const e of a.exportAliases) {
      if (e.from === undefined) continue;
      const target = await resolveRelative(file, e.from, exists);
      if (!target) continue;
      if (e.name === '*' && e.target === '*') {
        // `export * from`: forwards whatever is wanted here (every name when the file is wholly public).
        queue.push({ file: target, want: wanted === '*' ? '*' : new Set(wanted) });
      } else if (e.target === '*') {
        if (wants(e.name)) queue.push({ file: target, want: '*' }); // `export * as ns from`
      } else if (wants(e.name)) queue.push({ file: target, want: new Set([e.target]) });
    }
    // `import { X } from './x'; export { X }` (or `export { X as Y }`, `export default X`).
    const exportedLocal = new Map<string, string[]>(); // local name → exported names
    for (const e of a.exportAliases) if (e.from === undefined) exportedLocal.set(e.target, [...(exportedLocal.get(e.target) ?? []), e.name]);
    for (const imp of a.imports) {
      if (!imp.spec.startsWith('.')) continue;
      const picked = imp.names.filter((n) => n !== '*' && (exportedLocal.get(n) ?? []).some(wants));
      if (!picked.length) continue;
      const target = await resolveRelative(file, imp.spec, exists);
      if (target) queue.push({ file: target, want: new Set(picked) });
    }
  }
  return { entries, names, packages: [dir], ...published };
}

const IDENT = /[A-Za-z_$][\w$]*/g;

/**
 * Names the wanted declarations of `a` are written in (parameter, return and member types,
 * aliased types), closed over the file: `local` = declared here and not yet wanted, `foreign` =
 * not declared here (an import may bring them).
 */
function referencedNames(a: FileAnalysis, wanted: Set<string> | '*'): { local: Set<string>; foreign: Set<string> } {
  const texts = new Map<string, string[]>();
  const push = (name: string, t: string | undefined) => {
    if (t) texts.set(name, [...(texts.get(name) ?? []), t]);
    else if (!texts.has(name)) texts.set(name, []);
  };
  for (const t of a.types) for (const m of t.members) push(t.name, m.type);
  for (const t of a.types) push(t.name, heritageText(a, t.range.line));
  for (const s of a.symbols) if (s.kind === 'class' && !s.container) push(s.name, heritageText(a, s.range.line));
  for (const s of a.symbols) {
    const top = s.qualname.split('.')[0];
    for (const p of s.signature.params) push(top, p.type);
    push(top, s.signature.returnType);
  }
  const isWanted = (n: string) => (wanted === '*' ? exportedHere(a, n) : wanted.has(n));
  const local = new Set<string>();
  const foreign = new Set<string>();
  const todo = [...texts.keys()].filter(isWanted);
  const seen = new Set(todo);
  while (todo.length) {
    for (const t of texts.get(todo.pop()!) ?? []) {
      for (const id of t.match(IDENT) ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        if (texts.has(id)) {
          if (!isWanted(id)) local.add(id);
          todo.push(id);
        } else foreign.add(id);
      }
    }
  }
  return { local, foreign };
}

function exportedHere(a: FileAnalysis, name: string): boolean {
  return a.types.some((t) => t.name === name && t.public) || a.symbols.some((s) => !s.container && s.name === name && s.public);
}


/**
 * Does the package still export `name`, now declared in `dest` (a head path), to its users? A
 * symbol moved between two files of a package, or a module renamed, breaks no user when the
 * package's entries still reach it (react-hook-form 1ab7d6d174 renamed `formStateSubscribe.tsx`
 * to `formState.tsx` and its `index.ts` re-exports from the new path; ufo f1af9b3a5b moved
 * `createURL` into `url.ts`, which `index.ts` re-exports wholesale). Read from the base surface
 * and the change's head analyses, no I/O:
 * - `dest` was already wholly public, or public for that name, at the base (an unchanged
 *   `export *` chain reaches it); or
 * - a changed file that exported `name` to users at the base now re-exports it from `dest`
 *   (`export { name } from './dest'`, `export * from './dest'`, or an import and `export { name }`).
 * Returns the file through which it is exported, or undefined.
 */
export function packageStillExports(s: PublicSurface, cs: ChangeSet, name: string, dest: string): string | undefined {
  const d = cs.changes.find((c) => c.status !== 'D' && c.new?.path === dest)?.new?.analysis;
  if (!d || !declaresPublic(d, name)) return undefined;
  const at = s.names.get(dest);
  if (at === '*' || at?.has(name)) return dest;
  for (const c of cs.changes) {
    const p = c.new?.path;
    const a = c.new?.analysis;
    if (!p || !a || c.status === 'D') continue;
    const was = s.names.get(c.old?.path ?? p);
    if (!(was === '*' || was?.has(name))) continue;
    for (const e of a.exportAliases) {
      if (e.from !== undefined) {
        if (((e.name === name && e.target === name) || (e.name === '*' && e.target === '*')) && resolvesToPath(p, e.from, dest)) return p;
      } else if (e.name === name && e.target === name && a.imports.some((i) => i.names.includes(name) && resolvesToPath(p, i.spec, dest))) return p;
    }
  }
  return undefined;
}

/** Does the file declare `name` at top level as an exported symbol or type? */
export const declaresPublic = (a: FileAnalysis, name: string): boolean =>
  a.symbols.some((x) => !x.container && x.name === name && x.public) || a.types.some((t) => t.name === name && t.public && !t.qualname.includes('.'));

/** Does the relative specifier `spec`, written in `fromFile`, name `target` (extension or `/index` left out)? */
export function resolvesToPath(fromFile: string, spec: string, target: string): boolean {
  if (!spec.startsWith('.')) return false;
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), spec));
  const t = target.replace(/\.(d\.ts|[cm]?tsx?|[cm]?jsx?|py)$/, '');
  return t === base || t === `${base}/index` || t === base.replace(/\.([cm]?js|jsx)$/, '');
}
