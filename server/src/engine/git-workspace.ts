// Adapter: feeds a WorkspaceHost from git (spec §1). Resolves the base, diffs it against the
// working tree, reads both sides through the repo's long-lived cat-file, and turns them into
// FileVersions in slices that yield to the event loop, so a language server stays responsive
// while a large change set is indexed. Reads only: it never writes to the repository.
import * as crypto from 'node:crypto';
import type { Policy } from '../config/policy';
import { GlxError } from '../errors';
import type { FileVersion } from '../delta/change-set';
import { isIgnoredPath, type GitRepo } from '../git';
import { existenceOracle, generatedFor, keepChange } from './git-change-set';
import { makeVersion } from './file-version';
import type { GeneratedCheck } from './generated';
import { historyWindow } from './history-window';
import type { HostBase, HostChange, WorkspaceHost } from './workspace-host';

/** Thrown out of index() when a newer index() call superseded it (busy: the newer run answers). */
export class IndexCancelled extends GlxError {
  constructor() {
    super('indexing superseded by a newer request', {}, 'busy');
  }
}

export interface IndexOptions {
  /** Explicit base revision; null/undefined = default base (spec §1). */
  base?: string | null;
  /** Called with (done, total) while files are analysed. */
  progress?: (done: number, total: number) => void;
}

export interface IndexSummary {
  base: HostBase;
  headSha: string | null;
  files: number;
  millis: number;
}

/** Longest stretch of synchronous analysis before yielding to the event loop. */
const SLICE_MS = 12;

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export class GitWorkspace {
  /** FileVersions by (path, content id): a refresh re-analyses only files whose content moved. */
  private versions = new Map<string, FileVersion>();
  /** Generated/minified detection of the last index (config + .gitattributes of the changed files). */
  private generated?: GeneratedCheck;
  private seq = 0;

  constructor(
    readonly repo: GitRepo,
    readonly host: WorkspaceHost,
    private policy: Policy,
  ) {}

  setPolicy(policy: Policy): void {
    this.policy = policy;
    this.versions.clear();
    this.host.setPolicy(policy);
  }

  /** Drop every cached FileVersion (a full reindex). */
  clearCaches(): void {
    this.versions.clear();
  }

  /**
   * Resolve the base, diff it against the working tree and hand the result to the host.
   * A later call supersedes an earlier one still running (IndexCancelled).
   */
  async index(opts: IndexOptions = {}): Promise<IndexSummary> {
    const my = ++this.seq;
    const check = () => {
      if (my !== this.seq) throw new IndexCancelled();
    };
    const t0 = performance.now();
    const resolved = await this.repo.resolveBase(opts.base ?? undefined, { flag: 'glitchlab.base' });
    const base: HostBase = { rev: resolved.rev, sha: resolved.sha, source: resolved.source };
    const [headSha, files] = await Promise.all([this.repo.headSha(), this.repo.diff(base.sha, 'worktree')]);
    check();
    const kept = files.filter((f) => keepChange(f, this.policy));
    // Generated/minified files are analysed at file level (engine/generated.ts), as in the CLI.
    this.generated = await generatedFor(this.repo, this.policy, kept.flatMap((f) => [f.oldPath, f.newPath].filter((p): p is string => !!p)));
    const contents = await Promise.all(
      kept.map(async (f) => [f.oldPath && f.status !== 'A' ? await this.repo.readOld(f) : undefined, f.newPath && f.status !== 'D' ? await this.repo.readNew(f) : undefined] as const),
    );
    check();
    const used = new Map<string, FileVersion>();
    const changes: HostChange[] = [];
    let sliceStart = performance.now();
    for (let i = 0; i < kept.length; i++) {
      const f = kept[i];
      const [oldBuf, newBuf] = contents[i];
      const change: HostChange = { status: f.status, similarity: f.similarity };
      if (f.oldPath && f.status !== 'A') change.old = this.version(f.oldPath, oldBuf ?? Buffer.alloc(0), f.oldOid, used);
      if (f.newPath && f.status !== 'D') change.disk = this.version(f.newPath, newBuf ?? Buffer.alloc(0), f.newOid, used);
      changes.push(change);
      if (performance.now() - sliceStart > SLICE_MS) {
        opts.progress?.(i + 1, kept.length);
        await yieldToLoop();
        check();
        sliceStart = performance.now();
      }
    }
    opts.progress?.(kept.length, kept.length);
    const [fileExists, hot] = await Promise.all([
      existenceOracle(this.repo, base.sha, 'worktree'),
      base.sha.length === 40 && headSha
        ? historyWindow(this.repo, base.sha, this.policy).then((w) => w.hotspots)
        : Promise.resolve(new Set<string>()),
    ]);
    check();
    this.versions = used;
    this.host.setBase({ base, headSha: headSha ?? null, changes, fileExists, hotspots: hot, generated: this.generated });
    return { base, headSha: headSha ?? null, files: changes.length, millis: performance.now() - t0 };
  }

  /**
   * Give the host the base side of an open file git does not report as changed (its buffer may
   * diverge from the base at any keystroke). Ignored paths are marked so they never get tokens.
   */
  async ensureBaseVersion(path: string): Promise<void> {
    const base = this.host.currentBase;
    if (!base || !this.host.needsBaseVersion(path)) return;
    if (isIgnoredPath(path) || this.policy.isIgnored(path)) {
      this.host.markIgnored(path);
      return;
    }
    const buf = await this.repo.readBlob(`${base.sha}:${path}`).catch(() => undefined);
    if (this.host.currentBase?.sha !== base.sha || !this.host.needsBaseVersion(path)) return;
    if (buf === undefined) {
      // Not in the base: an addition, unless git ignores it.
      const [ignored] = await this.repo.isIgnored([path]).catch(() => [false]);
      if (ignored) this.host.markIgnored(path);
      else this.host.setBaseVersion(path, null);
      return;
    }
    this.host.setBaseVersion(path, makeVersion(path, buf, this.host.cache, this.generated));
  }

  private version(path: string, buf: Buffer, oid: string | undefined, used: Map<string, FileVersion>): FileVersion {
    const key = `${path}\u0000${oid ?? crypto.createHash('sha1').update(buf).digest('hex')}`;
    let v = used.get(key) ?? this.versions.get(key);
    if (!v) v = makeVersion(path, buf, this.host.cache, this.generated);
    used.set(key, v);
    return v;
  }
}

