// Worker-thread entry of the parallel history walk (history-parallel.ts): walks the chunks of
// first-parent entries it is given with walkEntries — the serial walk's own body — keeping its
// caches (chunk cache, version cache, kept trees) across chunks, and posts each commit's result
// in order. Its own wasm grammars, its own cat-file; writes nothing but the analysis cache
// entries the serial walk would write.
import { parentPort, workerData } from 'node:worker_threads';
import { Policy } from '../config/policy';
import type { ChangeSet } from '../delta/change-set';
import { precomputedSource } from '../delta/token-source';
import { toGlxError } from '../errors';
import { GitRepo } from '../git';
import { initParsers } from '../parsing/languages';
import { AnalysisStore } from './analysis-store';
import { newWalkState, walkEntries, type WalkOptions } from './history';
import type { FromHistoryWorker, HistoryWorkerJob, ToHistoryWorker } from './history-parallel';

interface Ready {
  repo: GitRepo;
  policy: Policy;
  opts: WalkOptions;
}

async function setUp(job: HistoryWorkerJob): Promise<Ready> {
  const parsers = initParsers();
  const repo = await GitRepo.open(job.root);
  await parsers;
  const policy = new Policy(job.config);
  const opts: WalkOptions = {};
  if (job.worker?.glxDir) opts.store = AnalysisStore.forGlxDir(job.worker.glxDir);
  if (job.worker?.sast) {
    // As app/per-commit-delta.ts does in a serial walk. Required here only: the scanners cost
    // ~0.35 s of module loading that a calibration walk does not need.
    const { loadSecurityPolicy, sastForChange } = require('../app/sast') as typeof import('../app/sast');
    const security = loadSecurityPolicy(job.root);
    opts.deltaOptionsFor = (cs: ChangeSet) => {
      const sast = sastForChange(cs, policy, { security });
      return { sources: [precomputedSource('sast', sast.tokens)], sastCritical: sast.sastCritical };
    };
  }
  return { repo, policy, opts };
}

function serve(port: NonNullable<typeof parentPort>, job: HistoryWorkerJob): void {
  const state = newWalkState(job.caches);
  // Chunks are walked one at a time, in the order they arrive (the listener is attached at once:
  // chunks posted while the grammars load wait in this queue).
  let queue: Promise<unknown> = setUp(job);
  port.on('message', (m: ToHistoryWorker) => {
    if (m.type === 'close') {
      // The walk is over (or abandoned): stop git's cat-file, free the trees, let the thread end.
      void queue
        .then((r) => (r as Ready).repo.close())
        .catch(() => undefined)
        .finally(() => {
          state.trees.clear();
          port.close();
        });
      return;
    }
    queue = queue.then(async (r) => {
      const { repo, policy, opts } = r as Ready;
      const skip = new Set(m.skip);
      const files = m.headFiles ? new Set(m.headFiles) : state.files;
      if (!files) throw new Error('history worker: a chunk without head files that continues no walk');
      for await (const { commit, cs, result } of walkEntries(repo, policy, { ...opts, skip }, m.entries, files, state)) {
        const warnings = repo.warnings.splice(0);
        port.postMessage({ type: 'commit', id: m.id, commit, result, changedFiles: cs.changes.length, warnings } satisfies FromHistoryWorker);
      }
      port.postMessage({ type: 'chunk-done', id: m.id } satisfies FromHistoryWorker);
      return r;
    });
    queue.catch((e: unknown) => {
      const g = toGlxError(e);
      port.postMessage({ type: 'error', kind: g.kind, message: g.message, ...(g.input !== undefined ? { input: g.input } : {}) } satisfies FromHistoryWorker);
    });
  });
}

if (parentPort) serve(parentPort, workerData as HistoryWorkerJob);
