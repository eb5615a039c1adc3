// The warm history walk (issue 14 items 3–4, seventh pass; docs/history-walk.md "Seventh pass"):
// a commit is immutable, so the Δ of `parent..commit` computed once is the Δ of every later walk
// over it — a CI job calibrating a sliding window of 200 commits on every merge shares 199 of
// them with its previous run, and a re-run of `glx delta --range … --per-commit` shares all.
// `.glx/cache/commits/` keeps each walked commit's result (its DeltaResult and changed-file
// count), one entry per commit, by the rules of every warm-start entry (docs/warm-starts.md,
// engine/warm-store.ts): content-addressed, checked header, a bad entry is a miss and is removed,
// atomic writes, size cap, GLX_CACHE=0 off.
//
// The key is everything that shapes a commit's result:
// - the engine's identity (the running bundle: warm-store.ts adds it to every key);
// - the commit and its first parent (git's diff of the two: what the walk reads);
// - the policy (`spec/invariants.yaml` as compiled: modules, weights, ignore, public API,
//   generated-code rules…; `calibration:` excepted — it shapes which commits are walked, never a
//   commit's tokens, so tuning λ or the window does not throw the cache away);
// - the `.gitattributes` answers for the commit's paths (the walk's generated-code check asks
//   the working tree's attributes: engine/generated.ts `generatedAttributes`), when the
//   generated-code check is on;
// - the walk's options that change tokens (`options`: the SAST scanners on or off and the
//   security policy they run with).
// Not stored: a shallow clone's boundary commit (compared with the empty tree until the clone is
// deepened, then with its parent: same shas, another result); a result holding a number JSON
// cannot carry (NaN, ±Infinity would come back as null); a result in which a secret detector
// matches any string (spec §3.11, as the analysis cache); any commit of a walk once the walk has
// warned (a file skipped: the warning is the walk's, and a hit could not repeat it).
import { createHash } from 'node:crypto';
import type { Policy } from '../config/policy';
import type { CommitChanges, GitRepo } from '../git';
import { redactDeep } from '../redact';
import type { DeltaResult } from './delta-engine';
import { generatedAttributes } from './generated';
import { WarmStore } from './warm-store';

/** What is stored per commit (the commit itself comes from `git log`, never from the cache). */
export interface StoredCommit {
  result: DeltaResult;
  /** Files of the commit's change set (after ignore rules). */
  changedFiles: number;
}

export interface CommitStoreStats {
  hits: number;
  misses: number;
  /** Entries found but not checking out (removed). */
  bad: number;
  writes: number;
  /** Results not stored: a secret detector matched, a number JSON cannot carry, the walk warned, a shallow boundary. */
  notStored: number;
}

/** sha256 of a JSON value whose RegExps, Maps and Sets are spelled out (JSON.stringify would write `{}`). */
export function valueHash(v: unknown): string {
  const json = JSON.stringify(v, (_k, x: unknown) => {
    if (x instanceof RegExp) return `re:/${x.source}/${x.flags}`;
    if (x instanceof Map) return { map: [...x.entries()] };
    if (x instanceof Set) return { set: [...x.values()] };
    return x;
  });
  return createHash('sha256').update(json ?? 'undefined').digest('hex');
}

/** The part of a policy that shapes a commit's result: all of it but `calibration` (see the header). */
export function policyKey(policy: Policy): string {
  const { calibration: _calibration, ...rest } = policy.config;
  return valueHash(rest);
}

/** A JSON number that reads back as the same number (NaN and ±Infinity become null). */
function jsonSafe(v: unknown): boolean {
  const stack: unknown[] = [v];
  while (stack.length) {
    const x = stack.pop();
    if (typeof x === 'number') {
      if (!Number.isFinite(x)) return false;
    } else if (x !== null && typeof x === 'object') {
      for (const e of Array.isArray(x) ? x : Object.values(x)) stack.push(e);
    }
  }
  return true;
}

/** The shape every reader of a walked commit relies on (calibration, `--per-commit`). */
function isStoredCommit(v: unknown): v is StoredCommit {
  const s = v as StoredCommit;
  const r = s?.result;
  return !!r && Number.isInteger(s.changedFiles) && Array.isArray(r.tokens) && typeof r.fingerprint?.hash === 'string'
    && typeof r.energy?.overall?.dz === 'number' && !!r.energy.modules && typeof r.energy.modules === 'object'
    && typeof r.explain?.change?.dz === 'number' && Array.isArray(r.explain.change.modules)
    && Array.isArray(r.parseErrors) && Array.isArray(r.generated) && Array.isArray(r.skipped) && Array.isArray(r.sourceErrors);
}

/** Per-commit results of history walks under `.glx/cache/commits/`. */
export class CommitStore {
  readonly stats: CommitStoreStats = { hits: 0, misses: 0, bad: 0, writes: 0, notStored: 0 };

  /**
   * @param store the warm store of kind `commits`
   * @param options what the walk's callers add to every commit's tokens (`plain`; `sast:<policy hash>`)
   */
  constructor(private readonly store: WarmStore, readonly options: string) {}

  /** The store of a workspace's `.glx/`, or undefined when turned off (GLX_CACHE=0). */
  static forGlxDir(glxDir: string, options: string): CommitStore | undefined {
    const s = WarmStore.forGlxDir(glxDir, 'commits');
    return s ? new CommitStore(s, options) : undefined;
  }

  /**
   * The key of each commit of `history` that may be stored (shallow boundaries have none):
   * one `git grep` (and one `git check-attr` for all paths, when some .gitattributes mentions
   * the attributes) for the whole range.
   */
  async keysFor(repo: GitRepo, policy: Policy, history: readonly CommitChanges[]): Promise<Map<string, string>> {
    const config = policyKey(policy);
    const shallow = await repo.shallowCommits();
    const pathsOf = (h: CommitChanges) => h.files.flatMap((f) => [f.oldPath, f.newPath].filter((p): p is string => !!p));
    const detect = !!policy.config.generated?.detect;
    // All paths at once: the answers are memoised per repository (generated.ts), so the
    // per-commit calls below start no process.
    if (detect) await generatedAttributes(repo.root, history.flatMap(pathsOf));
    const keys = new Map<string, string>();
    for (const h of history) {
      if (shallow.has(h.commit.sha)) continue;
      let attrs = '-';
      if (detect) {
        const answers = await generatedAttributes(repo.root, pathsOf(h));
        if (answers.size) attrs = valueHash([...answers].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
      }
      keys.set(h.commit.sha, `commit ${h.commit.parents[0] ?? '-'}..${h.commit.sha}\0policy ${config}\0attrs ${attrs}\0options ${this.options}`);
    }
    return keys;
  }

  /** Whether an entry exists for `key` (checked when read: a bad one is then a miss). */
  has(key: string): boolean {
    return this.store.exists(key);
  }

  get(key: string): StoredCommit | undefined {
    const before = this.store.stats.bad;
    const v = this.store.get(key, isStoredCommit);
    if (v) this.stats.hits++;
    else this.stats.misses++;
    this.stats.bad += this.store.stats.bad - before;
    return v;
  }

  /** Stores a commit's result unless it holds a secret or a number JSON cannot carry. */
  put(key: string, value: StoredCommit): void {
    if (!jsonSafe(value) || redactDeep(value) !== value) {
      this.stats.notStored++;
      return;
    }
    const before = this.store.stats.writes;
    this.store.put(key, value);
    this.stats.writes += this.store.stats.writes - before;
  }
}

/**
 * The `options` part of the key for a walk's callers: `plain` (calibration: the AST tokens alone),
 * or the SAST scanners with the security policy they run with (`glx delta --per-commit`).
 */
export function commitStoreOptions(o: { sast?: { security: unknown } }): string {
  return o.sast ? `sast ${valueHash(o.sast.security)}` : 'plain';
}
