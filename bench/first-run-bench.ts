// The editor's first-run calibration in its worker thread (issue 14; calibration/calibrate-in-worker.ts)
// on a local clone: duration, commits and samples, the process RSS before, at its peak while the
// worker walks, and 5 s after it ended (is the walk's memory given back?). Asserts nothing.
// Usage: node --expose-gc dist/bench/first-run-bench.js <repo> [--heap-mb N]
import * as os from 'node:os';
import { calibrateInWorker } from '../server/src/calibration/calibrate-in-worker';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const repo = args.find((a) => !a.startsWith('--'));
  if (!repo) throw new Error('usage: first-run-bench <repo> [--heap-mb N]');
  const hi = args.indexOf('--heap-mb');
  const heapMb = hi >= 0 ? Number(args[hi + 1]) : undefined;
  const rss = () => process.memoryUsage().rss / 2 ** 20;
  const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');
  console.log(`first-run ${repo}: process RSS before ${rss().toFixed(0)} MB, load ${load()}`);
  let peak = 0;
  const iv = setInterval(() => (peak = Math.max(peak, rss())), 250);
  const t0 = performance.now();
  let last = '';
  try {
    const r = await calibrateInWorker({ root: repo, branch: 'HEAD' }, { heapMb, onProgress: (d, t) => (last = `${d}/${t}`) }).result;
    const all = r?.state.modules['*'];
    console.log(`  done in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${r?.windowCommits ?? 0} commits, ${all?.n ?? 0} samples, basis ${all?.basis ?? '-'}; peak RSS ${peak.toFixed(0)} MB, at the end ${rss().toFixed(0)} MB, load ${load()}`);
  } catch (e) {
    console.log(`  stopped after ${((performance.now() - t0) / 1000).toFixed(1)} s at ${last}: ${(e as Error).message}; peak RSS ${peak.toFixed(0)} MB`);
  }
  await new Promise((r) => setTimeout(r, 5000));
  (globalThis as { gc?: () => void }).gc?.();
  clearInterval(iv);
  console.log(`  RSS 5 s after the worker ended ${rss().toFixed(0)} MB`);
}

main().catch((e) => {
  console.error('first-run-bench:', e);
  process.exit(1);
});
