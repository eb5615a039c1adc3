// The packages' public surface at a base revision (gates/public-surface.ts), read only when I2
// would otherwise report a non-PASS TS/JS port: most changes touch no public symbol, and the
// surface costs a parse of the entry files and their re-export chain. Each port's file is judged
// by the package it belongs to (its nearest package.json: the root, or a monorepo's workspace
// package). Cached per (repo, base, package).
import { EMPTY_TREE, type GitRepo } from '../git';
import type { Policy } from '../config/policy';
import type { ChangeSet } from '../delta/change-set';
import type { DeltaToken } from '../delta/token';
import { evaluateI2, type I2Result } from '../gates/i2-contracts';
import { mergeSurfaces, packageDirOf, readPublicSurface, type PublicSurface } from '../gates/public-surface';
import { packageInit } from '../gates/python-kept-names';
import { PACKAGING_FILES, unshippedRootModules } from '../gates/python-root-modules';
import { initParsers, languageOf } from '../parsing/languages';
import { analyzeSource } from '../symbols/analyze';

const cache = new Map<string, Promise<PublicSurface | undefined>>();
const CACHE_MAX = 16;

/** The surface at `baseSha`, or undefined (no package to read, or I2 would not use it). */
export async function publicSurfaceFor(repo: GitRepo, baseSha: string, cs: ChangeSet, tokens: readonly DeltaToken[], policy: Policy): Promise<PublicSurface | undefined> {
  if (!policy.config.publicApi.entryPoints || baseSha === EMPTY_TREE || baseSha.length !== 40) return undefined;
  const files = surfaceFiles(evaluateI2(cs, tokens, policy));
  if (!files.length) return undefined;
  return publicSurfaceAt(repo, baseSha, files);
}

/**
 * The TS/JS files of I2's ports that are not PASS — the ones a package surface could narrow — the
 * Python files of moves I2 fails, whose package `__init__.py` may still export the name, and
 * top-level Python files with a port that is not PASS (the distribution may not ship them).
 */
export function surfaceFiles(i2: I2Result): string[] {
  const wanted = (p: I2Result['ports'][number]) => (languageOf(p.file) === 'python'
    ? (p.verdict === 'FAIL' && p.change === 'moved') || (!p.file.includes('/') && p.verdict !== 'PASS')
    : p.verdict !== 'PASS');
  return [...new Set(i2.ports.filter(wanted).map((p) => p.file))].sort();
}

/** The package `__init__.py` of each Python file (`pkg/m.py` → `pkg/__init__.py`), at `sha`. */
async function pythonInitsAt(files: readonly string[], read: (f: string) => Promise<string | undefined>): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const f of files) {
    const init = packageInit(f);
    if (!init || out.has(init)) continue;
    const text = await read(init);
    if (text !== undefined) out.set(init, text);
  }
  return out;
}

/** The surface of the packages holding `files` at `sha` (undefined: none of them has one to read). */
export async function publicSurfaceAt(repo: GitRepo, sha: string, files: readonly string[]): Promise<PublicSurface | undefined> {
  const read = async (f: string) => (await repo.readBlob(`${sha}:${f}`))?.toString('utf8');
  // Files of one directory share their package.json lookups (one blob read per directory level).
  const seen = new Map<string, Promise<boolean>>();
  const exists = (f: string) => {
    let e = seen.get(f);
    if (!e) seen.set(f, (e = read(f).then((t) => t !== undefined)));
    return e;
  };
  const pyFiles = files.filter((f) => languageOf(f) === 'python');
  const pythonInits = pyFiles.length ? await pythonInitsAt(pyFiles, read) : new Map<string, string>();
  const dirs = new Set<string>();
  for (const f of files.filter((x) => languageOf(x) !== 'python')) {
    const d = await packageDirOf(f, exists).catch(() => undefined);
    if (d !== undefined) dirs.add(d);
  }
  let tree: Promise<string[]> | undefined;
  const listTree = () => (tree ??= repo.listFiles(sha));
  const parts: { dir: string; surface: PublicSurface }[] = [];
  for (const dir of [...dirs].sort()) {
    const surface = await packageSurface(repo, sha, dir, read, listTree);
    if (surface) parts.push({ dir, surface });
  }
  const merged = mergeSurfaces(parts);
  const rootModules = pyFiles.filter((f) => !f.includes('/'));
  const pythonUnshipped = rootModules.length ? unshippedRootModules(rootModules, ...(await packagingAt(repo, sha, read, listTree))) : new Set<string>();
  if (!pythonInits.size && !pythonUnshipped.size) return merged;
  return { ...(merged ?? { entries: [], names: new Map(), packages: [] }), ...(pythonInits.size ? { pythonInits } : {}), ...(pythonUnshipped.size ? { pythonUnshipped } : {}) };
}

/** The base tree and its packaging texts (python-root-modules.ts), once per (repo, base): the editor asks per gate refresh. */
const packagingCache = new Map<string, Promise<[readonly string[], string[]]>>();
function packagingAt(repo: GitRepo, sha: string, read: (f: string) => Promise<string | undefined>, files: () => Promise<readonly string[]>): Promise<[readonly string[], string[]]> {
  const key = `${repo.root}\0${sha}`;
  let hit = packagingCache.get(key);
  if (!hit) {
    // Unreadable: no top-level module is judged unshipped (I2 stays file-level, never a failed gate).
    hit = Promise.all([files(), Promise.all(PACKAGING_FILES.map(read)).then((ts) => ts.filter((t): t is string => t !== undefined))])
      .catch((): [readonly string[], string[]] => [[], []]);
    if (packagingCache.size >= CACHE_MAX) packagingCache.delete(packagingCache.keys().next().value!);
    packagingCache.set(key, hit);
  }
  return hit;
}

function packageSurface(repo: GitRepo, sha: string, dir: string, read: (f: string) => Promise<string | undefined>, files: () => Promise<readonly string[]>): Promise<PublicSurface | undefined> {
  const key = `${repo.root}\0${sha}\0${dir}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = (async () => {
      await initParsers();
      return readPublicSurface({ read, analyse: (f, text) => analyzeSource(text, f, languageOf(f)!), files }, dir);
    })().catch(() => undefined); // an unreadable surface means file-level I2, never a failed gate
    if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
    cache.set(key, hit);
  }
  return hit;
}
