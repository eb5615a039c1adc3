// Adapter: builds the engine's ChangeSet from git (spec §1): a base commit against a head
// commit or the working tree. Blob reads go through the repo's one long-lived cat-file.
// Ignored paths (spec §2) and config ignore globs are dropped here, before any analysis.
import type { Policy } from '../config/policy';
import type { ChangeSet, FileChange, FileVersion } from '../delta/change-set';
import { EMPTY_TREE, isIgnoredPath, type ChangedFile, type GitRepo } from '../git';
import type { ChunkCache } from '../symbols/analyze';
import { blobId, type AnalysisStore } from './analysis-store';
import { fileLevelPair, makeVersion, makeVersionPair } from './file-version';
import { generatedAttributes, generatedCheck, type GeneratedCheck } from './generated';
import type { VersionTrees } from './version-trees';
import { toGlxError, userMessage } from '../errors';

export function keepChange(f: ChangedFile, policy: Policy): boolean {
  const paths = [f.oldPath, f.newPath].filter((p): p is string => !!p);
  return paths.some((p) => !isIgnoredPath(p) && !policy.isIgnored(p));
}

/** Contents of both sides of each kept change; reads are pipelined through cat-file. */
export interface ReadChanges {
  kept: ChangedFile[];
  /** null: the file could not be read (bad input: unreadable, a link out of the root) and is skipped. */
  contents: Promise<(readonly [Buffer | undefined, Buffer | undefined] | null)[]>;
  /** Generated/minified detection for these files (config + .gitattributes, engine/generated.ts). */
  generated: Promise<GeneratedCheck | undefined>;
  /**
   * The versions found in `versions` instead of read (by VersionCache key), held until
   * finishChanges: see readChanges.
   */
  pinned?: Map<string, FileVersion>;
}

/** The generated-code detector for a set of changed files: the config's rules and their .gitattributes. */
export async function generatedFor(repo: Pick<GitRepo, 'root'>, policy: Policy, paths: readonly string[], attributesFiles?: Promise<readonly string[] | undefined>): Promise<GeneratedCheck | undefined> {
  const cfg = policy.config.generated;
  if (!cfg?.detect) return undefined;
  return generatedCheck(cfg, await generatedAttributes(repo.root, paths, await attributesFiles));
}

/** The `.gitattributes` files of a file list (what generated.ts's `git grep` over them would read). */
export function attributesFilesOf(files: Iterable<string>): string[] {
  const out: string[] = [];
  for (const f of files) if (f === '.gitattributes' || f.endsWith('/.gitattributes')) out.push(f);
  return out;
}

/**
 * Start reading both sides of the changes (does not wait). Sides whose blob is already in
 * `versions` are not read again.
 */
export function readChanges(repo: GitRepo, files: ChangedFile[], policy: Policy, versions?: VersionCache, attributesFiles?: Promise<readonly string[] | undefined>): ReadChanges {
  const kept = files.filter((f) => keepChange(f, policy));
  // A side found in the cache is not read — and the version found is held (issue 14, sixth pass).
  // The history walk starts the next commit's reads before this commit is analysed, and this
  // commit's versions may push that version out of the bounded cache before finishChanges looks
  // it up: it then made the version from the bytes it never read — an empty file (webpack,
  // `lib/RuntimePlugin.js` in bc65f6b51: every symbol deleted, in some runs only, as the head
  // side's check runs after the base side's read resolves).
  const pinned = new Map<string, FileVersion>();
  const need = (oid: string | undefined, p: string | undefined) => {
    const v = versions && oid && p ? versions.get(oid, p) : undefined;
    if (v) pinned.set(versions!.keyOf(oid!, p!), v);
    return !v;
  };
  const contents = Promise.all(
    kept.map(async (f) => {
      const hasOld = f.oldPath && f.status !== 'A';
      const hasNew = f.newPath && f.status !== 'D';
      try {
        return [
          hasOld && need(f.oldOid, f.oldPath) ? await repo.readOld(f) : undefined,
          hasNew && need(f.newOid, f.newPath) ? await repo.readNew(f) : undefined,
        ] as const;
      } catch (e) {
        // A file the tool cannot handle is skipped with one warning, never failing the run
        // (issue 11 item 4); environment failures (EIO: internal) and a busy reader still do.
        const g = toGlxError(e);
        if (g.kind !== 'bad-input' && g.kind !== 'not-found') throw e;
        repo.warnings.push(`${JSON.stringify(f.newPath ?? f.oldPath)}: skipped (${userMessage(g)})`);
        return null;
      }
    }),
  );
  const paths = kept.flatMap((f) => [f.oldPath, f.newPath].filter((p): p is string => !!p));
  return { kept, contents, generated: generatedFor(repo, policy, paths, attributesFiles), pinned };
}

/**
 * FileVersions by (blob id, path). Walking history newest first, a commit's base-side blob is
 * very often the head-side blob of the next (older) commit touching that file: it is parsed
 * and analysed once. Bounded by entries and by estimated bytes (issue 14: 2,000 analyses of
 * large files were webpack's 3 GB peak): a version is charged ~8 bytes per character of text
 * (the text, its code rows, symbols and hashes).
 */
export class VersionCache {
  private young = new Map<string, FileVersion>();
  private old = new Map<string, FileVersion>();
  private bytes = 0;
  constructor(private readonly max = 2000, private readonly maxBytes = 256 * 1024 * 1024) {}
  private key(oid: string, path: string): string {
    return `${oid}\u0000${path}`;
  }
  /** The key of (oid, path) (readChanges' pinned versions). */
  keyOf(oid: string, path: string): string {
    return this.key(oid, path);
  }
  has(oid: string, path: string): boolean {
    const k = this.key(oid, path);
    return this.young.has(k) || this.old.has(k);
  }
  get(oid: string, path: string): FileVersion | undefined {
    const k = this.key(oid, path);
    return this.young.get(k) ?? this.old.get(k);
  }
  set(oid: string, path: string, v: FileVersion): void {
    const cost = 8 * (v.text?.length ?? 0) + 1024;
    if (cost > this.maxBytes / 2) return;
    if (this.young.size >= this.max / 2 || this.bytes + cost > this.maxBytes / 2) {
      this.old = this.young;
      this.young = new Map();
      this.bytes = 0;
    }
    this.young.set(this.key(oid, path), v);
    this.bytes += cost;
  }
}

/**
 * Analyse what readChanges read (or reuse cached versions). `store`: the warm-start cache of
 * analyses under .glx/cache/ (analysis-store.ts), keyed by blob id (a worktree file's is
 * computed from its bytes). `trees`: a history walk's kept trees (version-trees.ts).
 */
export async function finishChanges(read: ReadChanges, cache?: ChunkCache, versions?: VersionCache, store?: AnalysisStore, trees?: VersionTrees): Promise<FileChange[]> {
  const [contents, generated] = await Promise.all([read.contents, read.generated]);
  const stored = (oid: string | undefined, path: string, buf: Buffer | undefined) =>
    store ? store.at(path, oid ?? blobId(buf ?? Buffer.alloc(0))) : undefined;
  // What readChanges found cached and did not read (pinned): still a hit if evicted since.
  const pin = (oid: string | undefined, p: string | undefined) => (versions && oid && p ? read.pinned?.get(versions.keyOf(oid, p)) : undefined);
  const version = (oid: string | undefined, path: string, buf: Buffer | undefined): FileVersion => {
    const hit = versions && oid ? versions.get(oid, path) ?? pin(oid, path) : undefined;
    if (hit) return hit;
    const v = makeVersion(path, buf ?? Buffer.alloc(0), cache, generated, stored(oid, path, buf), trees);
    if (versions && oid) versions.set(oid, path, v);
    return v;
  };
  return read.kept.flatMap((f, i) => {
    const both = contents[i];
    if (both === null) return [];
    const [oldBuf, newBuf] = both;
    const change: FileChange = { status: f.status, similarity: f.similarity };
    const newOid = f.newFromWorktree ? undefined : f.newOid;
    const bothSides = f.oldPath && f.newPath && (f.status === 'M' || f.status === 'R' || f.status === 'T');
    const cached = (oid: string | undefined, p: string | undefined) => !!(versions && oid && p && (versions.has(oid, p) || pin(oid, p)));
    if (bothSides && !cached(f.oldOid, f.oldPath) && !cached(newOid, f.newPath)) {
      // Parse the head incrementally from the base tree.
      const sOld = stored(f.oldOid, f.oldPath!, oldBuf);
      const sNew = stored(newOid, f.newPath!, newBuf);
      const [o, n] = makeVersionPair(f.oldPath!, oldBuf ?? Buffer.alloc(0), f.newPath!, newBuf ?? Buffer.alloc(0), cache, generated, sOld && sNew ? { old: sOld, new: sNew } : undefined, trees);
      if (versions && f.oldOid) versions.set(f.oldOid, f.oldPath!, o);
      if (versions && newOid) versions.set(newOid, f.newPath!, n);
      [change.old, change.new] = fileLevelPair(o, n);
      return change;
    }
    if (f.oldPath && f.status !== 'A') change.old = version(f.oldOid, f.oldPath, oldBuf);
    if (f.newPath && f.status !== 'D') change.new = version(newOid, f.newPath, newBuf);
    // Generated on either side → file level on both, whichever side came from the cache.
    if (bothSides && change.old && change.new) [change.old, change.new] = fileLevelPair(change.old, change.new);
    return change;
  });
}

/** Turn git's changed files into engine FileChanges, reading both sides' contents. */
export async function buildChanges(repo: GitRepo, files: ChangedFile[], policy: Policy, cache?: ChunkCache, store?: AnalysisStore, attributesFiles?: Promise<readonly string[] | undefined>, trees?: VersionTrees): Promise<FileChange[]> {
  return finishChanges(readChanges(repo, files, policy, undefined, attributesFiles), cache, undefined, store, trees);
}

/**
 * The working tree's regular files exactly as `listFiles('worktree')` lists them, derived from
 * the base's list and the base → working-tree diff (which already covers untracked files) —
 * no second and third scan of the tree (issue 14 "Warm starts": on webpack `ls-files --others`,
 * `--deleted` and `--stage` took as long as the diff itself). Undefined when the diff has a
 * status this derivation does not model (unmerged paths): the caller lists the tree instead.
 * Neither are changes touching a symlink or a submodule: `listFiles` goes by the index's mode,
 * the diff by the disk's, and an unstaged regular ↔ symlink change shows only in the index.
 * Equivalence: test/integration/worktree-list.test.ts.
 */
export function worktreeFilesFrom(baseFiles: readonly string[], changes: readonly ChangedFile[]): Set<string> | undefined {
  if (changes.some((f) => f.reinterpreted || !'ADMRC'.includes(f.status))) return undefined;
  // Only modifications: the working tree has the base's files (the set is shared read-only, below).
  if (changes.every((f) => f.status === 'M' && f.oldPath === f.newPath)) return baseSetOf(baseFiles);
  const files = new Set(baseFiles);
  // Deletions first: an unpaired move is a D of one path and an A of another (or the same) one.
  for (const f of changes) if (f.oldPath && (f.status === 'D' || f.status === 'R')) files.delete(f.oldPath);
  for (const f of changes) if (f.newPath && f.status !== 'D') files.add(f.newPath);
  return files;
}

/**
 * The base's file list as a set, made once per list: a long-lived process (the daemon, issue 14
 * sixth pass) gets the same cached list for every request (util/cache-entry.ts memo), so its
 * 17k-path set is not rebuilt per request. Read-only for every user.
 */
const baseSets = new WeakMap<readonly string[], Set<string>>();
const sharedSets = new WeakSet<Set<string>>();
function baseSetOf(files: readonly string[]): Set<string> {
  let s = baseSets.get(files);
  if (!s) {
    baseSets.set(files, (s = new Set(files)));
    sharedSets.add(s);
  }
  return s;
}

/** attributesFilesOf for a shared set, once per set. */
const attributesOfSet = new WeakMap<Set<string>, string[]>();

function attributesOfShared(n: Set<string>): string[] {
  const known = attributesOfSet.get(n);
  if (known) return known;
  const a = attributesFilesOf(n);
  // Only sets made by baseSetOf are met again; a per-run set is not kept.
  if (isBaseSet(n)) attributesOfSet.set(n, a);
  return a;
}

function isBaseSet(n: Set<string>): boolean {
  return sharedSets.has(n);
}

/** File-existence oracle for import resolution, from the two sides' file lists. */
export async function existenceOracle(repo: GitRepo, baseSha: string, head: string | 'worktree', baseList?: (sha: string) => Promise<string[]>, changes?: readonly ChangedFile[]): Promise<ChangeSet['fileExists']> {
  const { o, n } = await fileLists(repo, baseSha, head, baseList, changes);
  return (side, p) => (side === 'old' ? o : n).has(p);
}

/** Both sides' regular files (existenceOracle's sets); `derived`: the working tree's came from the diff, not a listing. */
async function fileLists(repo: GitRepo, baseSha: string, head: string | 'worktree', baseList?: (sha: string) => Promise<string[]>, changes?: readonly ChangedFile[]): Promise<{ o: Set<string>; n: Set<string>; derived: boolean }> {
  // `baseList`: a commit's list kept across runs (base-cache.ts); a commit's files never change.
  const listCommit = baseList ?? ((sha: string) => repo.listFiles(sha));
  const oldP = baseSha === EMPTY_TREE ? Promise.resolve([] as string[]) : listCommit(baseSha);
  // Both sides listed in parallel unless the working tree's list can be derived from the diff.
  const newP = head !== 'worktree' ? listCommit(head) : changes ? undefined : repo.listFiles('worktree');
  newP?.catch(() => undefined); // awaited below; not an unhandled rejection if the base's listing fails first
  const oldFiles = await oldP;
  const derived = head === 'worktree' && changes ? worktreeFilesFrom(oldFiles, changes) : undefined;
  const o = baseSetOf(oldFiles);
  const n = derived ?? new Set(await (newP ?? repo.listFiles('worktree')));
  return { o, n, derived: derived !== undefined };
}

/** `trees`: a daemon's trees kept across requests (version-trees.ts treesAcrossRuns); never a walk's. */
export async function gitChangeSet(repo: GitRepo, baseSha: string, head: string | 'worktree', policy: Policy, cache?: ChunkCache, store?: AnalysisStore, baseList?: (sha: string) => Promise<string[]>, trees?: VersionTrees): Promise<ChangeSet> {
  const files = await repo.diff(baseSha, head);
  const lists = fileLists(repo, baseSha, head, baseList, files);
  // The working tree's .gitattributes files, from its list when that came from the diff and the
  // base's (cached) list: no `git grep` process (generated.ts). Otherwise generated.ts asks git.
  const attributesFiles = head === 'worktree' ? lists.then((l) => (l.derived ? attributesOfShared(l.n) : undefined), () => undefined) : undefined;
  const [changes, { o, n }] = await Promise.all([buildChanges(repo, files, policy, cache, store, attributesFiles, trees), lists]);
  return { changes, fileExists: (side, p) => (side === 'old' ? o : n).has(p) };
}
