// `npm run bench:backtest -- <repo> [commits]` — issue 17's speed figure: `glx gates backtest`
// over the last N first-parent commits (default 100) of a repository (target: 100 commits of
// encode/httpx ≤ 10 s on 2 cores). Prints the time per commit and the decision distribution;
// asserts nothing. The backtest also analyses the calibration window before the oldest judged
// commit (up to 90 commits), which the per-commit figure includes.
import { performance } from 'node:perf_hooks';
import { backtestGates } from '../server/src/app/backtest';
import { openWorkspace } from '../server/src/app/workspace';

async function main(): Promise<void> {
  const [dir, n] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: npm run bench:backtest -- <repo> [commits]');
    process.exitCode = 2;
    return;
  }
  const commits = Number(n ?? 100);
  const ws = await openWorkspace(dir);
  try {
    let analysed = 0;
    const t0 = performance.now();
    const r = await backtestGates(ws, { commits, onProgress: (d) => (analysed = d) });
    const ms = performance.now() - t0;
    console.log(`${dir}: ${r.judged} commits judged (${analysed} analysed incl. the calibration window) in ${(ms / 1000).toFixed(1)} s → ${(ms / r.judged).toFixed(0)} ms per judged commit, ${(ms / Math.max(1, analysed)).toFixed(0)} ms per analysed commit (target: 100 httpx commits ≤ 10 s)`);
    console.log(`  ${Object.entries(r.distribution).map(([d, k]) => `${d} ${k}`).join(' · ')}`);
  } finally {
    await ws.repo.close();
  }
}

void main();
