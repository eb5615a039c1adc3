// The package's public surface at a base revision (gates/public-surface.ts), read only when I2
// would otherwise report a non-PASS TS/JS port: most changes touch no public symbol, and the
// surface costs a parse of the entry files and their re-export chain. Cached per (repo, base).
import { EMPTY_TREE, type GitRepo } from '../git';
import type { Policy } from '../config/policy';
import type { ChangeSet } from '../delta/change-set';
import type { DeltaToken } from '../delta/token';
import { evaluateI2, type I2Result } from '../gates/i2-contracts';
import { readPublicSurface, type PublicSurface } from '../gates/public-surface';
import { initParsers, languageOf } from '../parsing/languages';
import { analyzeSource } from '../symbols/analyze';

const cache = new Map<string, Promise<PublicSurface | undefined>>();
const CACHE_MAX = 16;

/** The surface at `baseSha`, or undefined (no package to read, or I2 would not use it). */
export async function publicSurfaceFor(repo: GitRepo, baseSha: string, cs: ChangeSet, tokens: readonly DeltaToken[], policy: Policy): Promise<PublicSurface | undefined> {
  if (!policy.config.publicApi.entryPoints || baseSha === EMPTY_TREE || baseSha.length !== 40) return undefined;
  if (!surfaceMatters(evaluateI2(cs, tokens, policy))) return undefined;
  return publicSurfaceAt(repo, baseSha);
}

/** Would the package surface change this file-level I2 result: a TS/JS port that is not PASS? */
export function surfaceMatters(i2: I2Result): boolean {
  return i2.scope.kind === 'files' && i2.ports.some((p) => p.verdict !== 'PASS' && languageOf(p.file) !== 'python');
}

export function publicSurfaceAt(repo: GitRepo, sha: string): Promise<PublicSurface | undefined> {
  const key = `${repo.root}\0${sha}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = (async () => {
      await initParsers();
      return readPublicSurface({
        read: async (f) => (await repo.readBlob(`${sha}:${f}`))?.toString('utf8'),
        analyse: (f, text) => analyzeSource(text, f, languageOf(f)!),
      });
    })().catch(() => undefined); // an unreadable surface means file-level I2, never a failed gate
    if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
    cache.set(key, hit);
  }
  return hit;
}
