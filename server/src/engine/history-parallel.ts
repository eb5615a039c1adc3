// The history walk on every core (issue 14 item 3, "both cores used"; docs/history-walk.md): the
// first-parent entries of the range are cut into contiguous chunks, this thread and worker
// threads (history-worker.ts) walk them — each with its own wasm grammars and its own caches,
// kept across the chunks it takes — and the results are yielded here newest first, in exactly the order and with exactly
// the values the single-threaded walk gives (test/integration/history-parallel.test.ts): every
// commit's result depends on its two trees only, never on what a cache held.
//
// What crosses the thread boundary is plain data: the entries of `git log --raw` (listed once,
// here), the head file list of each chunk's first commit (derived here from the one
// `git ls-tree` of the range's head, as the serial walk derives it), and each commit's
// DeltaResult with its changed-file count. Options that are functions (hot spots per commit,
// plugin token sources, deltaOptionsFor) cannot cross it: such walks stay serial (walkHistory).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Policy } from '../config/policy';
import type { CommitChanges, CommitInfo, GitRepo } from '../git';
import { GlxError, type GlxErrorKind } from '../errors';
import type { DeltaResult } from './delta-engine';
import type { CommitStore } from './commit-store';
import { initParsers } from '../parsing/languages';
import { newWalkState, walkEntries, walkHistory, walkListed, type CommitDelta, type WalkOptions } from './history';

/** One commit of a walk, as it crosses threads. */
export interface CommitResult {
  commit: CommitInfo;
  result: DeltaResult;
  /** Files of the commit's change set (after ignore rules). */
  changedFiles: number;
}

/** Serialisable per-commit work done inside the workers (the counterpart of deltaOptionsFor). */
export interface WorkerDeltaSpec {
  /** Run the SAST bridge's built-in scanners on each commit's change (app/sast.ts), as `glx delta --range <sha>` does. */
  sast?: boolean;
  /** `.glx/` of the repository: the warm-start analysis cache (analysis-store.ts) is read and filled. */
  glxDir?: string;
}

export interface ParallelWalkOptions extends Pick<WalkOptions, 'maxCount' | 'since' | 'skip' | 'caches'> {
  /** Threads, this one included; default: defaultWalkThreads() (GLX_WALK_THREADS, else the idle cores). 1 = serial, in this thread. */
  threads?: number;
  worker?: WorkerDeltaSpec;
  /** The serial walk's equivalents of `worker` (used when the walk stays in this thread). */
  serial?: Pick<WalkOptions, 'deltaOptionsFor' | 'store'>;
  /** Fewer commits to analyse than this stay serial (default MIN_PARALLEL_COMMITS; tests lower it). */
  minParallel?: number;
  /** Commits per thread in one window (default WINDOW_PER_THREAD; tests lower it). */
  windowPerThread?: number;
  /**
   * Per-commit results of earlier walks (`.glx/cache/commits/`, commit-store.ts; issue 14
   * seventh pass): a commit found there is not walked, a commit walked is stored. Its `options`
   * must name what `worker`/`serial` add to the tokens (commitStoreOptions).
   */
  results?: CommitStore;
}

/** Commits per thread in one window of the parallel walk (the bound on results waiting to be yielded). */
export const WINDOW_PER_THREAD = 150;

/** Below this many commits to analyse, starting threads costs more than it saves. */
export const MIN_PARALLEL_COMMITS = 12;

/**
 * Below this many cores the walk stays serial unless GLX_WALK_THREADS says otherwise. On two
 * cores the serial walk already keeps part of the second one busy (V8's GC and compiler threads,
 * git's cat-file: 1.4–1.5 s of process CPU per second of wall time on httpx), and since the
 * walk's own costs fell (eighth pass) two threads lost on all three real repositories measured
 * with no other process running: httpx 3.0–3.6 s against 2.8–3.0 s serial, vscode-languageserver-
 * node 6.4–6.5 against 5.5–5.7 s, webpack's `--per-commit` 31.6 against 26.9 s
 * (docs/history-walk.md "Eighth pass"). Machines with more cores keep the idle-core rule (not
 * measured here).
 */
export const MIN_PARALLEL_CORES = 3;

/**
 * The default number of walk threads: GLX_WALK_THREADS when set; else, with at least
 * MIN_PARALLEL_CORES cores, this thread plus one per idle core (the cores minus the 1-minute load
 * average, rounded), at most 4. A worker thread costs CPU of its own (start-up, a JIT-cold
 * isolate, its region's cold caches: +20–35 % on httpx), which pays only on a core that would
 * otherwise be idle: on a saturated machine the walk stays serial (docs/history-walk.md).
 */
export function defaultWalkThreads(env: NodeJS.ProcessEnv = process.env, load = os.loadavg()[0], cores = availableCores()): number {
  const set = Number(env.GLX_WALK_THREADS);
  if (env.GLX_WALK_THREADS && Number.isInteger(set) && set >= 1) return Math.min(set, 16);
  if (cores < MIN_PARALLEL_CORES) return 1;
  return Math.max(1, Math.min(4, cores, 1 + Math.round(cores - load)));
}

const availableCores = (): number => (typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);

/** The worker's script: beside this module (tsc output) or beside the bundle that contains it (dist/). */
export function historyWorkerScript(): string | undefined {
  const candidates = [path.join(__dirname, 'history-worker.js'), path.join(__dirname, '..', 'history-worker.js')];
  return candidates.find((c) => fs.existsSync(c));
}

/** Messages to a history worker. */
/** `headFiles`: the first entry's head file list; absent when the chunk continues the thread's previous one (its walk state has them). */
export type ToHistoryWorker = { type: 'chunk'; id: number; entries: CommitChanges[]; headFiles?: string[]; skip: string[] } | { type: 'close' };
/** Messages from a history worker. */
export type FromHistoryWorker =
  | { type: 'commit'; id: number; commit: CommitInfo; result: DeltaResult; changedFiles: number; warnings: string[] }
  | { type: 'chunk-done'; id: number }
  | { type: 'error'; kind: GlxErrorKind; message: string; input?: string };

/** What a worker is started with (workerData). */
export interface HistoryWorkerJob {
  root: string;
  config: Policy['config'];
  caches?: WalkOptions['caches'];
  worker?: WorkerDeltaSpec;
}

/**
 * Every first-parent commit of `range`, newest first, with its DeltaResult: in worker threads
 * when there are enough commits and threads, else walkHistory in this thread (same values).
 */
export async function* walkHistoryResults(repo: GitRepo, range: string, policy: Policy, opts: ParallelWalkOptions = {}): AsyncGenerator<CommitResult> {
  if (opts.results) yield* walkWithStore(repo, range, policy, opts, opts.results);
  else yield* walkResults(repo, range, policy, opts);
}

/** walkHistoryResults without the result store; `listed`: the range listed already (`repo.logWithChanges`). */
async function* walkResults(repo: GitRepo, range: string, policy: Policy, opts: ParallelWalkOptions, listed?: CommitChanges[]): AsyncGenerator<CommitResult> {
  // This thread parses (serially, or as executor 0): its grammars, when its caller left them to
  // the walk (a warm walk that reads every commit back loads none; app/workspace.ts `parsers`).
  await initParsers();
  const threads = opts.threads ?? defaultWalkThreads();
  const script = threads > 1 ? historyWorkerScript() : undefined;
  const history = listed ?? (script ? await repo.logWithChanges(range, { maxCount: opts.maxCount, since: opts.since }) : []);
  const todo = history.filter((h) => !opts.skip?.has(h.commit.sha)).length;
  if (!script || todo < (opts.minParallel ?? MIN_PARALLEL_COMMITS)) {
    const serial: WalkOptions = { maxCount: opts.maxCount, since: opts.since, skip: opts.skip, caches: opts.caches, ...opts.serial };
    // The range is listed already when threads were considered: not listed twice.
    const walk = script || listed ? walkListed(repo, policy, serial, history) : walkHistory(repo, range, policy, serial);
    for await (const { commit, result, cs } of walk) yield { commit, result, changedFiles: cs.changes.length };
    return;
  }
  yield* inWorkers(repo, policy, opts, history, Math.min(threads, todo), script, todo);
}

/**
 * The walk with a per-commit result store (commit-store.ts): the commits found in it are
 * yielded from it and skipped by the walk (a commit's result never depends on which other
 * commits were walked: the skip of calibration, test/integration/history-parallel.test.ts);
 * every other commit is walked — in worker threads or not, as without the store — and stored.
 * Results come out in the same order with the same values as a walk without the store.
 */
async function* walkWithStore(repo: GitRepo, range: string, policy: Policy, opts: ParallelWalkOptions, store: CommitStore): AsyncGenerator<CommitResult> {
  const history = await repo.logWithChanges(range, { maxCount: opts.maxCount, since: opts.since });
  const wanted = history.filter((h) => !opts.skip?.has(h.commit.sha));
  const keys = await store.keysFor(repo, policy, wanted);
  // Only existence is checked here (one stat per commit); an entry is read, checked and decoded
  // when its turn comes, so a long range's results are not all held at once.
  const hits = new Set(wanted.filter((h) => { const k = keys.get(h.commit.sha); return k !== undefined && store.has(k); }).map((h) => h.commit.sha));
  const skip = hits.size ? new Set([...(opts.skip ?? []), ...hits]) : opts.skip;
  const walked = wanted.length - hits.size;
  const walk = walked > 0 ? walkResults(repo, range, policy, { ...opts, skip, results: undefined }, history) : undefined;
  // A walk that warned (a file skipped) stores nothing from then on: the warning belongs to the
  // walk, and a hit could not repeat it. Every warning of a commit is pushed before it is yielded.
  const warned = repo.warnings.length;
  try {
    for (const h of wanted) {
      const key = keys.get(h.commit.sha);
      if (hits.has(h.commit.sha)) {
        const v = store.get(key!);
        if (v) {
          yield { commit: h.commit, result: v.result, changedFiles: v.changedFiles };
          continue;
        }
        // The entry went bad (or was pruned by another run) since it was found: this commit alone, cold.
        for await (const r of walkResults(repo, h.commit.sha, policy, { ...opts, threads: 1, skip: undefined, results: undefined }, [h])) {
          if (repo.warnings.length === warned) store.put(key!, { result: r.result, changedFiles: r.changedFiles });
          yield r;
        }
        continue;
      }
      const n = await walk!.next();
      if (n.done || n.value.commit.sha !== h.commit.sha) throw new Error(`history walk: expected ${h.commit.sha}, the walk gave ${n.done ? 'nothing' : n.value.commit.sha}`);
      const r = n.value;
      if (key !== undefined && repo.warnings.length === warned) store.put(key, { result: r.result, changedFiles: r.changedFiles });
      else store.stats.notStored++;
      yield r;
    }
  } finally {
    await walk?.return(undefined);
  }
}

interface Chunk {
  id: number;
  /** Entries [start, end) of the history. */
  start: number;
  end: number;
}

/** Contiguous chunks of the history holding about `size` commits to analyse each. */
export function cutChunks(history: readonly CommitChanges[], skip: ReadonlySet<string> | undefined, size: number): Chunk[] {
  const out: Chunk[] = [];
  let start = 0;
  let analysed = 0;
  for (let i = 0; i < history.length; i++) {
    if (!skip?.has(history[i].commit.sha)) analysed++;
    if (analysed >= size) {
      out.push({ id: out.length, start, end: i + 1 });
      start = i + 1;
      analysed = 0;
    }
  }
  if (analysed > 0) out.push({ id: out.length, start, end: history.length });
  return out;
}

/**
 * The head file list at entry `index`, derived from the range head's as the serial walk derives
 * it (parentFileSet): from the nearest checkpoint at or before `index`, which is then kept.
 */
class HeadFiles {
  private readonly checkpoints = new Map<number, string[]>();
  constructor(private readonly history: readonly CommitChanges[], head: readonly string[]) {
    this.checkpoints.set(0, [...head]);
  }
  at(index: number): string[] {
    const hit = this.checkpoints.get(index);
    if (hit) return hit;
    let from = 0;
    for (const k of this.checkpoints.keys()) if (k <= index && k > from) from = k;
    const files = new Set(this.checkpoints.get(from));
    for (let i = from; i < index; i++) {
      for (const f of this.history[i].files) {
        if (f.newPath && f.status !== 'D') files.delete(f.newPath);
        if (f.oldPath && f.status !== 'A' && f.status !== 'C') files.add(f.oldPath);
      }
    }
    const list = [...files];
    this.checkpoints.set(index, list);
    return list;
  }
}

/**
 * Asks a worker to close its git processes and end; an abandoned walk's worker may be inside a
 * long commit, so past a grace period it is terminated (its cat-file then sees its stdin close).
 */
async function stop(w: Worker, graceMs = 2000): Promise<void> {
  const exited = new Promise<void>((res) => w.once('exit', () => res()));
  try {
    w.postMessage({ type: 'close' } satisfies ToHistoryWorker);
  } catch {
    /* already gone */
  }
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((res) => { timer = setTimeout(() => res('late'), graceMs); });
  if ((await Promise.race([exited, late])) === 'late') await w.terminate();
  clearTimeout(timer);
}

async function* inWorkers(
  repo: GitRepo, policy: Policy, opts: ParallelWalkOptions, history: CommitChanges[], threads: number, script: string, todo: number,
): AsyncGenerator<CommitResult> {
  // Scheduling: each thread owns a contiguous region of the history and walks its chunks in
  // order, so its caches carry from one chunk to the next exactly as in the serial walk (a
  // commit's base side is the next older commit's head side: parsed once, and each path's tree
  // is the base of its next version's incremental parse). A thread that runs out of work takes
  // the older half of the largest remaining region (work stealing: commits differ in cost by
  // 1,000×). Only a region's first chunk starts with cold caches.
  //
  // Memory: regions are cut in windows of WINDOW_PER_THREAD commits per thread; the next window
  // is opened only once this thread's reader has reached the current one, so at most about two
  // windows of results wait to be yielded however long the range and however slow the reader
  // (`glx delta --per-commit | less`). Each window costs one cold region start per thread.
  const inWindow = Math.min(todo, (opts.windowPerThread ?? WINDOW_PER_THREAD) * threads);
  const size = Math.max(2, Math.min(16, Math.ceil(inWindow / (threads * 8))));
  const chunks = cutChunks(history, opts.skip, size);
  const heads = new HeadFiles(history, await repo.listFiles(history[0].commit.sha));
  const perWindow = Math.max(threads, Math.ceil(inWindow / size));
  const regions: number[][] = [];
  for (let i = 0; i < threads; i++) regions.push([]);
  /** The window whose regions are being handed out, and the chunk the reader is at. */
  let window = -1;
  let reading = 0;
  const openWindow = (): boolean => {
    const first = (window + 1) * perWindow;
    if (first >= chunks.length || regions.some((r) => r.length > 0)) return false;
    if (window >= 0 && reading < window * perWindow) return false;
    window++;
    const ids = chunks.slice(first, first + perWindow).map((c) => c.id);
    ids.forEach((id, k) => regions[Math.min(threads - 1, Math.floor((k * threads) / ids.length))].push(id));
    // The other executors may be waiting: they start their regions of the new window.
    if (window > 0) queueMicrotask(kick);
    return true;
  };
  openWindow();
  // Each thread gets its share of the caches' budgets (the CLI's defaults are one walk's).
  // Versions: 64 MiB (was 256): a version that fell out is re-analysed from its path's kept tree
  // and carry-over (symbols/carry-over.ts) at the cost of its changed declarations, while a
  // smaller live heap costs less GC — webpack's walk, main-thread CPU −10 % (docs/benchmarks.md).
  const share = (n: number | undefined, d: number) => (n === undefined ? undefined : Math.max(1, Math.floor(n / d)));
  const caches = { chunkBytes: share(opts.caches?.chunkBytes ?? 32 * 1024 * 1024, threads), versionBytes: share(opts.caches?.versionBytes ?? 64 * 1024 * 1024, threads), treeChars: share(opts.caches?.treeChars, threads) };
  const job: HistoryWorkerJob = { root: repo.root, config: policy.config, caches, worker: opts.worker };

  /** Results per chunk id; `done` when the chunk is complete. */
  const results = new Map<number, { items: CommitResult[]; done: boolean }>();
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const workers: Worker[] = [];
  const exited = new Set<Worker>();
  let stopping = false;
  /** The chunk each executor walked last (a chunk right after it continues its walk). */
  const last = new Map<number, number>();
  /** The next chunk for executor `i`: its region's next, else the older half of the largest region left. */
  const take = (i: number): { c: Chunk; continues: boolean } | undefined => {
    if (regions[i].length === 0) {
      let victim = -1;
      for (let j = 0; j < regions.length; j++) if (regions[j].length > 1 && (victim < 0 || regions[j].length > regions[victim].length)) victim = j;
      if (victim >= 0) regions[i] = regions[victim].splice(Math.ceil(regions[victim].length / 2));
      else if (!openWindow()) return undefined;
      if (regions[i].length === 0) return undefined; // the new window's regions are the others' to start
    }
    const c = chunks[regions[i].shift()!];
    const continues = last.get(i) === c.id - 1;
    last.set(i, c.id);
    results.set(c.id, { items: [], done: false });
    return { c, continues };
  };
  const skipIn = (entries: CommitChanges[]) => entries.filter((e) => opts.skip?.has(e.commit.sha)).map((e) => e.commit.sha);
  /** Executors with nothing to do until the reader advances or a window opens (kick). */
  const idle = new Set<number>();
  let kickLocal: (() => void) | undefined;
  function kick(): void {
    if (stopping) return;
    for (const i of [...idle]) feed(workers[i - 1], i);
    const k = kickLocal;
    kickLocal = undefined;
    k?.();
  }
  const feed = (w: Worker, i: number) => {
    const next = take(i);
    if (!next) {
      idle.add(i);
      return;
    }
    idle.delete(i);
    const { c, continues } = next;
    const entries = history.slice(c.start, c.end);
    w.postMessage({ type: 'chunk', id: c.id, entries, ...(continues ? {} : { headFiles: heads.at(c.start) }), skip: skipIn(entries) } satisfies ToHistoryWorker);
  };
  // Executor 0 is this thread (warm already, and its results need no copy); 1… are workers.
  for (let i = 1; i < threads; i++) {
    const w = new Worker(script, { workerData: job, stdout: true, stderr: true });
    w.stdout.resume();
    w.stderr.resume();
    w.on('message', (m: FromHistoryWorker) => {
      if (m.type === 'commit') {
        for (const warning of m.warnings) repo.warnings.push(warning);
        results.get(m.id)?.items.push({ commit: m.commit, result: m.result, changedFiles: m.changedFiles });
      } else if (m.type === 'chunk-done') {
        const r = results.get(m.id);
        if (r) r.done = true;
        feed(w, i);
      } else {
        failure ??= new GlxError(m.message, { kind: m.kind, ...(m.input !== undefined ? { input: m.input } : {}) });
      }
      notify();
    });
    w.on('error', (e) => {
      failure ??= e instanceof Error ? e : new Error(String(e));
      notify();
    });
    w.on('exit', (code) => {
      exited.add(w);
      if (code !== 0 && !stopping) failure ??= new Error(`history walk: a worker thread exited with code ${code}`);
      notify();
    });
    workers.push(w);
    feed(w, i);
  }
  const local = (async () => {
    const state = newWalkState(caches);
    const walkOpts: WalkOptions = { ...opts.serial, skip: opts.skip };
    try {
      while (!stopping) {
        const next = take(0);
        if (!next) {
          if (window * perWindow + perWindow >= chunks.length && regions.every((r) => r.length === 0)) break; // all handed out
          await new Promise<void>((res) => { kickLocal = res; });
          continue;
        }
        const { c, continues } = next;
        const files = continues && state.files ? state.files : new Set(heads.at(c.start));
        const r = results.get(c.id)!;
        for await (const { commit, cs, result } of walkEntries(repo, policy, walkOpts, history.slice(c.start, c.end), files, state)) {
          r.items.push({ commit, result, changedFiles: cs.changes.length });
          notify();
          if (stopping) break;
        }
        r.done = true;
        notify();
      }
    } catch (e) {
      failure ??= e instanceof Error ? e : new Error(String(e));
      notify();
    } finally {
      state.trees.clear();
    }
  })();
  try {
    for (const c of chunks) {
      reading = c.id;
      // The reader moved on: a new window may open for the executors that wait.
      kick();
      let k = 0;
      for (;;) {
        if (failure) throw failure;
        const r = results.get(c.id);
        while (r && k < r.items.length) yield r.items[k++];
        if (r?.done) break;
        await new Promise<void>((res) => {
          wake = res;
          const now = results.get(c.id);
          if ((now && (now.items.length > k || now.done)) || failure) res();
        });
      }
      results.delete(c.id);
    }
  } finally {
    stopping = true;
    kickLocal?.();
    await Promise.all([local, ...workers.filter((w) => !exited.has(w)).map((w) => stop(w))]);
  }
}
