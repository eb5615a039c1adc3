// The daemon's working-tree watcher (issue 14, sixth pass; docs/warm-starts.md "The daemon",
// "Skipping the scan"): `git diff <base>` and `git ls-files --others` stat every file of the tree
// on every request (~65 ms each on webpack's 17k files). The daemon instead watches the tree and
// re-examines only the paths that changed since its last answer, reusing the rest of that answer.
//
// - One fs.watch per directory (not `recursive: true`, which node 20 emulates on Linux with a
//   watchFile per file), every directory of the tree but `.git`, the built-in ignored names
//   (node_modules, dist…, spec §2) and what git ignores (`git check-ignore`, once at start and
//   after ignore rules change). A directory that appears is watched at once and its whole path is
//   re-examined (files created before its watch existed are covered by the directory pathspec).
// - The git directory itself (HEAD, index, packed-refs, config), `info/` and the refs are watched
//   too: any change there (a commit, `git add`, a checkout, a fetch) means a full scan.
// - A full scan as a one-shot run does, whenever the watcher cannot account for everything: the
//   first request, another base, a git-internal change, a `.gitignore`/`.gitattributes`/
//   `info/exclude` change, an event without a name, a watch error (EMFILE, ENOSPC), a burst of
//   events (the kernel's queue may have overflowed), too many changed paths, or an answer with a
//   deletion or a rename (git pairs renames across paths, so a limited diff cannot tell).
// Correctness is checked by test/integration/daemon-property.test.ts: random sequences of
// working-tree operations, each answered by the daemon and in-process, byte for byte.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { IGNORED_DIRS, runGit, setWorktreeDiffSource, discoverRepo, type ChangedFile, type WorktreeScans } from '../git';

/** More changed paths than this since the last answer: a full scan is cheaper than a long pathspec. */
const MAX_DIRTY = 256;
/** More events than this between two answers: the kernel's queue (16k) may have dropped some. */
const MAX_EVENTS = 4000;
/** Beyond this many directories the watcher stays off (inotify watches are a shared, limited resource). */
const MAX_DIRS = 50_000;

const SKIP = new Set(IGNORED_DIRS);

interface Known {
  baseSha: string;
  tracked: ChangedFile[];
  untracked: ChangedFile[];
}

export class WorktreeWatch {
  private readonly watchers = new Map<string, fs.FSWatcher>();
  private dirty = new Set<string>();
  /** Why the next answer must be a full scan (undefined: the dirty paths suffice). */
  private needFull: string | undefined = 'no answer yet';
  /** Why the watch set must be rebuilt before it can be trusted again. */
  private needRewatch: string | undefined;
  private events = 0;
  private known: Known | undefined;
  private ready: Promise<void>;
  private off: string | undefined;
  private closed = false;
  private readonly gitDirs: string[] = [];
  /** Directories holding tracked files (repo-relative): watched even when ignored (a tracked file is never ignored). */
  private trackedDirs = new Set<string>();
  /**
   * The git directory changed since trackedDirs was listed: the index may now track files in a
   * directory left unwatched as ignored or built-in (a checkout of a branch that tracks
   * `src/deep/e.ts` while `src/deep/` is ignored and held only untracked files).
   */
  private trackedStale = false;
  /** Walks of directories that appeared, still setting up their watches: a request waits for them. */
  private readonly walks = new Set<Promise<void>>();
  /** Counters for `glx daemon status` and the log. */
  readonly counts = { full: 0, partial: 0, reused: 0 };

  constructor(readonly root: string, private readonly log: (line: string) => void) {
    const layout = discoverRepo(root);
    if (!layout) {
      this.off = 'the repository layout is not a plain one (git/refs.ts)';
      this.ready = Promise.resolve();
    } else {
      this.gitDirs = [...new Set([layout.gitDir, layout.commonDir])];
      this.ready = this.watchAll();
    }
    setWorktreeDiffSource({ diff: (realRoot, baseSha, scans) => this.diff(realRoot, baseSha, scans) });
  }

  describe(): string {
    if (this.off) return `off: ${this.off}`;
    return `${this.watchers.size} directories watched; answers: ${this.counts.full} full scans, ${this.counts.partial} limited to changed paths, ${this.counts.reused} reused`;
  }

  close(): void {
    this.closed = true;
    for (const w of this.watchers.values()) w.close();
    this.watchers.clear();
    setWorktreeDiffSource(undefined);
  }

  /** Before a request: let pending watch events arrive (a change made just before the request is seen). */
  async beforeRequest(): Promise<void> {
    await this.ready;
    if (this.needRewatch && !this.off) {
      const why = this.needRewatch;
      this.needRewatch = undefined;
      this.log(`watch: rebuilding the watch set (${why})`);
      this.ready = this.watchAll();
      await this.ready;
    } else if (this.trackedStale && !this.off) {
      // Before this request's scan (a full one: the git directory changed), so that a tracked
      // file's edit after the scan has a watch to be seen by.
      this.ready = this.watchTrackedDirs();
      await this.ready;
    }
    // Events queued by the kernel before the request arrived are read in the next poll phases.
    await new Promise((r) => setImmediate(r));
    await new Promise((r) => setImmediate(r));
    // New directories whose watches are still being set up: each one they add is marked changed
    // (its path re-examined by this answer), so nothing made in it before its watch is missed.
    // Their own events may start further walks: wait until none is left.
    while (this.walks.size > 0) await Promise.all([...this.walks]);
  }

  private async diff(realRoot: string, baseSha: string, scans: WorktreeScans): Promise<ChangedFile[]> {
    if (realRoot !== this.root || this.off) return this.fullScan(baseSha, scans, realRoot !== this.root ? 'another root' : this.off!);
    const why = this.needFull ?? (this.known?.baseSha !== baseSha ? 'another base' : this.events > MAX_EVENTS ? `${this.events} events` : this.dirty.size > MAX_DIRTY ? `${this.dirty.size} changed paths` : undefined);
    if (why) return this.fullScan(baseSha, scans, why);
    const known = this.known!;
    const dirty = [...this.dirty].sort();
    this.dirty = new Set();
    this.events = 0;
    if (dirty.length === 0) {
      this.counts.reused++;
      return copy(known.tracked, known.untracked);
    }
    let fresh: { tracked: ChangedFile[]; untracked: ChangedFile[] };
    try {
      fresh = await scans.paths(dirty);
    } catch (e) {
      this.invalidate('the last limited scan failed');
      throw e;
    }
    const under = (p: string | undefined) => p !== undefined && dirty.some((d) => p === d || p.startsWith(`${d}/`));
    const tracked = [...known.tracked.filter((f) => !under(f.newPath ?? f.oldPath)), ...fresh.tracked].sort(byPath);
    const untracked = [...known.untracked.filter((f) => !under(f.newPath)), ...fresh.untracked].sort(byPath);
    if (!onlySimple(tracked) || !onlySimple(untracked)) {
      // Put the paths back: the full scan below covers them, and its answer is the new state.
      return this.fullScan(baseSha, scans, 'a deletion, rename or unusual status');
    }
    this.known = { baseSha, tracked, untracked };
    this.counts.partial++;
    return copy(tracked, untracked);
  }

  private async fullScan(baseSha: string, scans: WorktreeScans, why: string): Promise<ChangedFile[]> {
    // Everything seen from here on belongs to the next answer.
    this.dirty = new Set();
    this.events = 0;
    this.needFull = undefined;
    let r: { tracked: ChangedFile[]; untracked: ChangedFile[] };
    try {
      r = await scans.full();
    } catch (e) {
      this.needFull = 'the last scan failed';
      this.known = undefined;
      throw e;
    }
    this.known = onlySimple(r.tracked) && onlySimple(r.untracked) ? { baseSha, tracked: r.tracked, untracked: r.untracked } : undefined;
    // With a deletion or a rename in the tree, every answer is a full scan until it is gone.
    if (!this.known) this.needFull = 'a deletion, rename or unusual status in the tree';
    this.counts.full++;
    this.log(`watch: full scan (${why})`);
    return copy(r.tracked, r.untracked);
  }

  private invalidate(why: string, rewatch = false): void {
    this.needFull ??= why;
    if (rewatch) this.needRewatch ??= why;
  }

  // ------------------------------------------------------------------ the watch set

  private async watchAll(): Promise<void> {
    for (const w of this.watchers.values()) w.close();
    this.watchers.clear();
    this.invalidate('the watch set was (re)built');
    try {
      // The git directory: HEAD, index, packed-refs, config…; info/ (exclude); the refs.
      for (const g of this.gitDirs) {
        this.watchGitDir(g);
        for (const sub of ['info', 'refs']) await this.walk(path.join(g, sub), (d) => this.watchGitDir(d));
      }
      await this.listTrackedDirs();
      // Each directory is watched before it is listed (walk): a subdirectory made after the listing
      // is an event of the watch, one made before is in the listing. Then the ones git ignores
      // (and that hold no tracked file) are let go — they were watched for the walk's moment only.
      const dirs: string[] = [];
      await this.walk(this.root, (d) => {
        dirs.push(d);
        this.watchTreeDir(d);
      }, true);
      if (this.off) return;
      const ignored = await this.gitIgnored(dirs.filter((d) => d !== this.root).map((d) => path.relative(this.root, d)));
      for (const d of dirs) {
        const rel = path.relative(this.root, d).split(path.sep).join('/');
        if (!ignored.has(rel) || this.trackedDirs.has(rel)) continue;
        this.watchers.get(d)?.close();
        this.watchers.delete(d);
      }
      this.log(`watch: ${this.watchers.size} directories watched`);
    } catch (e) {
      this.stopWatching(`${(e as NodeJS.ErrnoException).code ?? 'error'}: ${(e as Error).message}`);
    }
  }

  /** trackedDirs from the index, now (`git ls-files`); later git-directory events make it stale again. */
  private async listTrackedDirs(): Promise<void> {
    this.trackedStale = false;
    const ls = await runGit(this.root, ['ls-files', '-z']);
    this.trackedDirs = new Set();
    for (const f of ls.stdout.split('\0')) for (let i = f.indexOf('/'); i > 0; i = f.indexOf('/', i + 1)) this.trackedDirs.add(f.slice(0, i));
  }

  /**
   * After a git operation: every directory that now holds tracked files gets its watch (the
   * watch set left out ignored and built-in directories that held none). A directory still
   * watched after its tracked files went is harmless (its events re-examine paths git ignores).
   */
  private async watchTrackedDirs(): Promise<void> {
    try {
      await this.listTrackedDirs();
      let added = 0;
      for (const rel of this.trackedDirs) {
        const abs = path.join(this.root, ...rel.split('/'));
        if (this.watchers.has(abs) || !fs.lstatSync(abs, { throwIfNoEntry: false })?.isDirectory()) continue;
        this.watchTreeDir(abs);
        added++;
      }
      if (added > 0) this.log(`watch: ${added} director${added === 1 ? 'y' : 'ies'} now holding tracked files watched`);
    } catch (e) {
      this.stopWatching(`${(e as NodeJS.ErrnoException).code ?? 'error'}: ${(e as Error).message}`);
    }
  }

  private stopWatching(why: string): void {
    if (this.closed) return;
    this.off = why;
    for (const w of this.watchers.values()) w.close();
    this.watchers.clear();
    this.log(`watch: off (${why}); every request scans the tree`);
  }

  /**
   * Directories under `dir` (itself included), breadth first; skips `.git` and the built-in
   * ignored names in the tree. `visit` (which adds the watch) runs BEFORE the directory is
   * listed: a subdirectory made after the listing is then an event of that watch, one made
   * before it is in the listing — listing first left a window in which `mkdir -p a/b` made `b`
   * after `a` was listed and before `a` was watched, and `b` was never watched.
   */
  private async walk(dir: string, visit: (d: string) => void, tree = false): Promise<void> {
    const queue = [dir];
    while (queue.length > 0 && !this.off && !this.closed) {
      const d = queue.shift()!;
      visit(d);
      let entries: fs.Dirent[];
      try {
        entries = await fs.promises.readdir(d, { withFileTypes: true });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT' && d !== dir) continue;
        if ((e as NodeJS.ErrnoException).code === 'ENOENT' && !tree) continue; // no info/ yet
        throw e;
      }
      for (const e of entries) if (e.isDirectory() && !(tree && this.skipped(path.join(d, e.name), e.name))) queue.push(path.join(d, e.name));
    }
  }

  /** `.git`, and node_modules, dist… (spec §2) unless they hold tracked files. */
  private skipped(abs: string, name: string): boolean {
    if (name === '.git') return true;
    return SKIP.has(name) && !this.trackedDirs.has(path.relative(this.root, abs).split(path.sep).join('/'));
  }

  /** Closes the watches of `abs` and of everything under it (a directory removed or replaced). */
  private unwatchUnder(abs: string): void {
    for (const [d, w] of this.watchers) {
      if (d === abs || d.startsWith(abs + path.sep)) {
        w.close();
        this.watchers.delete(d);
      }
    }
  }

  private async gitIgnored(rels: string[]): Promise<Set<string>> {
    if (rels.length === 0) return new Set();
    const r = await runGit(this.root, ['check-ignore', '-z', '--stdin'], { input: rels.join('\0') + '\0', okExitCodes: [0, 1] });
    return new Set(r.stdout.split('\0').filter((s) => s !== ''));
  }

  private add(dir: string, onEvent: (event: string, name: string | null) => void): void {
    if (this.watchers.has(dir) || this.closed || this.off) return;
    if (this.watchers.size >= MAX_DIRS) return this.stopWatching(`more than ${MAX_DIRS} directories`);
    let w: fs.FSWatcher;
    try {
      w = fs.watch(dir, { persistent: false }, (event, name) => onEvent(event, name === null ? null : String(name)));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return; // gone already: its parent's event covers it
      return this.stopWatching(`fs.watch ${dir}: ${code ?? (e as Error).message}`);
    }
    w.on('error', (e: NodeJS.ErrnoException) => {
      // The directory itself went away (its parent's event covers it) or a real watch error.
      this.watchers.delete(dir);
      w.close();
      if (e.code !== 'ENOENT' && e.code !== 'EPERM') this.invalidate(`watch error on ${dir}: ${e.code ?? e.message}`, true);
      else this.invalidate(`${dir} went away`);
    });
    this.watchers.set(dir, w);
  }

  private watchGitDir(dir: string): void {
    this.add(dir, (_event, name) => {
      this.events++;
      // The daemon's own git runs take no locks (GIT_OPTIONAL_LOCKS=0) and write nothing here.
      const rel = name ?? '';
      if (dir === this.gitDirs[0] && (rel.startsWith('objects') || rel === 'logs' || rel.endsWith('.tmp'))) return;
      this.invalidate(`git: ${path.relative(this.root, path.join(dir, rel)) || dir}`, rel === 'exclude' || rel === 'info');
      this.trackedStale = true;
      if (name) {
        const abs = path.join(dir, name);
        if (fs.statSync(abs, { throwIfNoEntry: false })?.isDirectory() && abs.startsWith(path.join(this.gitDirs[0], 'refs'))) this.add(abs, () => this.invalidate('git: refs'));
      }
    });
  }

  private watchTreeDir(dir: string): void {
    this.add(dir, (_event, name) => {
      this.events++;
      if (name === null) return this.invalidate(`an event without a name in ${dir}`, true);
      const abs = path.join(dir, name);
      if (this.skipped(abs, name)) return; // node_modules, dist, .glx…: never part of an answer
      const rel = path.relative(this.root, abs).split(path.sep).join('/');
      if (name === '.gitignore') return this.invalidate(`${rel} changed`, true);
      if (name === '.gitattributes') return this.invalidate(`${rel} changed`);
      this.dirty.add(rel);
      // A new directory: watch it and what it holds now (its path covers files made before the watch).
      // A directory removed, replaced or renamed away: its old watches describe nothing now.
      if (this.watchers.has(abs)) this.unwatchUnder(abs); // (a watched directory's children are only watched through it)
      const st = fs.lstatSync(abs, { throwIfNoEntry: false });
      if (st?.isDirectory()) this.watchNewDir(abs, rel);
    });
  }

  /**
   * A directory that appeared (or was replaced): it and everything under it are watched, each
   * before it is listed, and each directory whose watch comes after the event is marked changed —
   * a file made in it between the event and its watch has no event of its own, and the answer
   * that consumed the event's path may already have been given (a request does not start while
   * such a walk runs: beforeRequest waits for it).
   */
  private watchNewDir(abs: string, rel: string): void {
    const walk = this.walk(abs, (d) => {
      if (this.watchers.has(d)) return;
      this.watchTreeDir(d);
      if (this.watchers.has(d)) this.dirty.add(path.relative(this.root, d).split(path.sep).join('/'));
    }, true)
      .catch(() => this.invalidate(`${rel}: could not be walked`, true))
      .finally(() => this.walks.delete(walk));
    this.walks.add(walk);
  }
}

function byPath(a: ChangedFile, b: ChangedFile): number {
  return Buffer.compare(Buffer.from(a.newPath ?? a.oldPath ?? ''), Buffer.from(b.newPath ?? b.oldPath ?? ''));
}

/** Only additions and modifications, as git reported them (no rename pairing could involve them). */
function onlySimple(files: readonly ChangedFile[]): boolean {
  return files.every((f) => (f.status === 'A' || f.status === 'M') && !f.reinterpreted);
}

/** Fresh objects: the caller's pipeline may change what it gets. */
function copy(tracked: readonly ChangedFile[], untracked: readonly ChangedFile[]): ChangedFile[] {
  return [...tracked, ...untracked].map((f) => ({ ...f }));
}
