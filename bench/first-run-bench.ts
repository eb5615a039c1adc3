// The editor's first-run calibration in its worker process (issue 14; calibration/calibrate-in-worker.ts)
// on a local clone: duration, commits and samples, this process's RSS before, at its peak while the
// worker walks and 5 s after it ended, and the worker process's own peak RSS. Asserts nothing.
// Usage: node --expose-gc dist/bench/first-run-bench.js <repo> [--heap-mb N]
import * as fs from 'node:fs';
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
  let workerPeak = 0;
  let pid: number | undefined;
  const workerRss = () => {
    try {
      return Number(/^VmHWM:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
    } catch {
      return 0;
    }
  };
  const iv = setInterval(() => {
    peak = Math.max(peak, rss());
    if (pid) workerPeak = Math.max(workerPeak, workerRss());
  }, 250);
  const t0 = performance.now();
  let last = '';
  try {
    const job = calibrateInWorker({ root: repo, branch: 'HEAD' }, { heapMb, onProgress: (d, t) => (last = `${d}/${t}`) });
    pid = job.pid;
    const r = await job.result;
    const all = r?.state.modules['*'];
    console.log(`  done in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${r?.windowCommits ?? 0} commits, ${all?.n ?? 0} samples, basis ${all?.basis ?? '-'}; peak RSS ${peak.toFixed(0)} MB, at the end ${rss().toFixed(0)} MB; the worker process's peak RSS ${workerPeak.toFixed(0)} MB; load ${load()}`);
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
