// `npm run bench:calibrate` — figures for calibration and the CI gate (issue targets: first
// calibration of 500 commits ≤ 30 s, incremental re-run ≤ 2 s, `glx invariants --ci` on a
// typical PR ≤ 3 s including process start). Prints figures; asserts nothing.
// Input: a generated 500-commit history (bench/gen-history.ts, seeded, cached in .cache/).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { calibrate, NO_DAYS_LIMIT } from '../server/src/calibration/calibrate';
import { Policy } from '../server/src/config/policy';
import { GitRepo } from '../server/src/git';
import { initParsers } from '../server/src/parsing/languages';
import { generateHistory } from './gen-history';

const CACHE_DIR = path.resolve(__dirname, '..', '..', '.cache', 'bench-calibrate');
const COMMITS = Number(process.env.GLX_BENCH_COMMITS ?? 500);

const ms = (x: number) => x.toFixed(0);
function stats(xs: number[]): { median: number; p95: number } {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return { median: q(0.5), p95: q(0.95) };
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const gen = await generateHistory(CACHE_DIR, { seed: 42, files: 120, commits: COMMITS });
  console.log(`history: ${gen.fileCount} files, ${COMMITS} commits + import (${gen.dir}); ready in ${ms(performance.now() - t0)} ms`);
  await initParsers();
  const repo = await GitRepo.open(gen.dir);
  const policy = new Policy();
  const window = { commits: COMMITS + 1, days: NO_DAYS_LIMIT };
  try {
    const t1 = performance.now();
    const first = await calibrate(repo, policy, { branch: 'HEAD', window, byModule: true, lambda: 0.15, autoFreeze: false });
    const firstMs = performance.now() - t1;
    const mods = Object.keys(first.state.modules).length - 1;
    console.log(`calibrate update, first run: ${first.analysed} commits in ${ms(firstMs)} ms → ${(first.analysed / (firstMs / 1000)).toFixed(1)} commits/s; ${mods} modules (target ≤ 30000 ms)`);
    const inc: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t = performance.now();
      const r = await calibrate(repo, policy, { branch: 'HEAD', window, byModule: true, lambda: 0.15, autoFreeze: false, previous: first.state });
      inc.push(performance.now() - t);
      if (r.analysed !== 0) throw new Error('incremental run re-analysed commits');
    }
    const s = stats(inc);
    console.log(`calibrate update, incremental re-run (0 new of ${first.windowCommits}): median ${ms(s.median)} ms, p95 ${ms(s.p95)} ms over ${inc.length} runs (target ≤ 2000 ms)`);
  } finally {
    await repo.close();
  }
  // The CI gate as a process: glx invariants --ci over the last few commits (a typical PR).
  const glx = path.resolve(__dirname, '..', 'glx.js');
  const files = spawnSync('git', ['diff', '--name-only', 'HEAD~4', 'HEAD'], { cwd: gen.dir, encoding: 'utf8' }).stdout.trim().split('\n').length;
  const runs: number[] = [];
  let decision = '';
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, [glx, 'invariants', '--ci', '--range', 'HEAD~4..HEAD', '--out', path.join(gen.dir, '.glx', 'bench_report.json')], { cwd: gen.dir, encoding: 'utf8' });
    runs.push(performance.now() - t);
    if (r.status === 2 || r.status === null) throw new Error(r.stderr);
    decision = r.stdout.split('\n')[0];
  }
  const g = stats(runs);
  console.log(`glx invariants --ci, HEAD~4..HEAD (${files} files, ${gen.fileCount}-file repo), incl. process start: median ${ms(g.median)} ms, p95 ${ms(g.p95)} ms over ${runs.length} runs (target ≤ 3000 ms) — ${decision}`);
  fs.rmSync(path.join(gen.dir, '.glx'), { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
