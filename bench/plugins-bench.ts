// `npm run bench:plugins` — what a no-op plugin costs (issue 16 targets: ≤ 20 ms on an editor
// re-analysis, ≤ 5 % on a history walk). Prints figures; asserts no time (it stops only when the
// plugin did not run or changed the tokens: then the figures would measure something else).
// Input: the generated history of bench/gen-history.ts (seeded, cached in .cache/), with a
// no-op plugin (files: ['**/*'], returns []) in its .glx/plugins/, run in the real sandbox.
//   editor: an edit of one file of a 20-commit change → computeDelta with and without the live
//           plugin source (its synchronous cost), then the time until the sandbox's answer for
//           the edited change is ready (asynchronous: the republish after it).
//   walk:   walkHistory over every commit (what calibration and the backtest run), without
//           plugins and with the no-op plugin through plugins/plugin-walk.ts (batched, pipelined).
//           GLX_BENCH_ONLY=walk skips the editor part.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Policy } from '../server/src/config/policy';
import type { ChangeSet } from '../server/src/delta/change-set';
import { computeDelta } from '../server/src/engine/delta-engine';
import { makeVersion } from '../server/src/engine/file-version';
import { gitChangeSet } from '../server/src/engine/git-change-set';
import { EMPTY_TREE, GitRepo } from '../server/src/git';
import { initParsers } from '../server/src/parsing/languages';
import { LivePluginSource } from '../server/src/plugins/live-source';
import { PluginHost } from '../server/src/plugins/plugin-host';
import { pluginWalk, WALK_BATCH } from '../server/src/plugins/plugin-walk';
import { walkHistory } from '../server/src/engine/history';
import { sandboxCapabilities } from '../server/src/plugins/sandbox';
import { generateHistory } from './gen-history';

const CACHE_DIR = path.resolve(__dirname, '..', '..', '.cache', 'bench-plugins');
const COMMITS = Number(process.env.GLX_BENCH_COMMITS ?? 150);
const EDITS = Number(process.env.GLX_BENCH_EDITS ?? 40);
const NOOP = `export const manifest = { name: 'noop', version: '1.0.0', files: ['**/*'], tokens: { 'noop.NOTHING': { category: 'flow', weight: 0 } } };
export function detect() { return []; }
`;

const f1 = (x: number) => x.toFixed(1);
function stats(xs: number[]): { median: number; p95: number } {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
  return { median: q(0.5), p95: q(0.95) };
}

async function main(): Promise<void> {
  const gen = await generateHistory(CACHE_DIR, { seed: 16, files: 120, commits: COMMITS });
  fs.mkdirSync(path.join(gen.dir, '.glx', 'plugins'), { recursive: true });
  fs.writeFileSync(path.join(gen.dir, '.glx', 'plugins', 'noop.mjs'), NOOP);
  fs.rmSync(path.join(gen.dir, '.glx', 'quarantine.json'), { force: true });
  await initParsers();
  const caps = sandboxCapabilities();
  console.log(`repository: ${gen.fileCount} files, ${COMMITS} commits (${gen.dir}); sandbox: permission ${caps.permission ? 'on' : 'OFF'}, network ${caps.network}`);
  const repo = await GitRepo.open(gen.dir);
  const policy = new Policy();
  const host = new PluginHost({ root: repo.root, glxDir: path.join(repo.root, '.glx'), by: 'bench' });
  try {
    // ---------------------------------------------------------------- editor re-analysis
    if (process.env.GLX_BENCH_ONLY !== 'walk') {
    const base = (await repo.tryRevParse('HEAD~20')) ?? EMPTY_TREE;
    const cs = await gitChangeSet(repo, base, 'HEAD', policy);
    const target = cs.changes.find((c) => c.status === 'M' && c.new?.text !== undefined && c.new.analysis)!;
    let updates = 0;
    const live = new LivePluginSource(host, () => updates++);
    // Warm: the sandbox starts, the first answer arrives.
    computeDelta(cs, policy, { sources: [live] });
    await live.idle();
    const plain: number[] = [];
    const withSync: number[] = [];
    const answer: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      const text = `${target.new!.text}// edit ${i}\n`;
      const edited: ChangeSet = { ...cs, changes: cs.changes.map((c) => (c === target ? { ...c, new: makeVersion(c.new!.path, text) } : c)) };
      let t = performance.now();
      computeDelta(edited, policy);
      plain.push(performance.now() - t);
      t = performance.now();
      computeDelta(edited, policy, { sources: [live] });
      withSync.push(performance.now() - t);
      await live.idle();
      answer.push(performance.now() - t);
      if (!live.isReady(edited)) throw new Error('the plugin answer for the edit is not ready after idle()');
    }
    const p = stats(plain);
    const w = stats(withSync);
    const a = stats(answer);
    const over = stats(withSync.map((x, i) => x - plain[i]));
    console.log(`editor re-analysis (${cs.changes.length} changed files, ${EDITS} edits of ${target.new!.path}):`);
    console.log(`  computeDelta without plugins: median ${f1(p.median)} ms, p95 ${f1(p.p95)} ms`);
    console.log(`  with the no-op plugin (synchronous part): median ${f1(w.median)} ms, p95 ${f1(w.p95)} ms → added median ${f1(over.median)} ms, p95 ${f1(over.p95)} ms (target ≤ 20 ms)`);
    console.log(`  until the plugin's answer for the edit is ready (sandbox round trip, then republish): median ${f1(a.median)} ms, p95 ${f1(a.p95)} ms (${updates} answers)`);
    }

    // ---------------------------------------------------------------- history walk
    // The walk calibration, the backtest and `glx delta --per-commit` run (engine/history.ts:
    // one `git log --raw`, blobs through cat-file, computeDelta per commit), without plugins and
    // with the no-op plugin through plugins/plugin-walk.ts (runMany, WALK_BATCH commits per round
    // trip, pipelined: the sandbox answers batch k while this thread reads and parses batch k+1).
    const BATCH = Number(process.env.GLX_BENCH_BATCH ?? WALK_BATCH);
    const walk = async (plugins: boolean): Promise<{ ms: number; cpu: number; n: number; tokens: number; pluginTokens: number }> => {
      const t = performance.now();
      const cpu0 = process.cpuUsage();
      let n = 0;
      let tokens = 0;
      let pluginTokens = 0;
      const pw = plugins ? pluginWalk(host, policy, BATCH) : undefined;
      for await (const { result } of walkHistory(repo, 'HEAD', policy, pw ? { batchSources: pw } : {})) {
        n++;
        tokens += result.tokens.length;
        pluginTokens += result.tokens.filter((x) => x.meta.plugin).length;
      }
      if (pw && pw.notes().some((x) => x.status !== 'ran')) throw new Error(`the no-op plugin did not run: ${JSON.stringify(pw.notes())}`);
      const cpu = process.cpuUsage(cpu0);
      return { ms: performance.now() - t, cpu: (cpu.user + cpu.system) / 1000, n, tokens, pluginTokens };
    };
    const warm = await walk(false); // warm the caches both runs share
    const warmOn = await walk(true);
    if (warmOn.tokens !== warm.tokens) throw new Error(`the no-op plugin changed the walk's tokens (${warm.tokens} → ${warmOn.tokens})`);
    const ROUNDS = Number(process.env.GLX_BENCH_ROUNDS ?? 7);
    const rounds: { off: number; on: number; offCpu: number; onCpu: number }[] = [];
    // Alternating order per round, so a load change on the shared machine does not favour one side.
    for (let i = 0; i < ROUNDS; i++) {
      const a = await walk(i % 2 === 1);
      const b = await walk(i % 2 === 0);
      const [on, off] = i % 2 ? [a, b] : [b, a];
      rounds.push({ off: off.ms, on: on.ms, offCpu: off.cpu, onCpu: on.cpu });
    }
    const offCpu = stats(rounds.map((r) => r.offCpu)).median;
    const onCpu = stats(rounds.map((r) => r.onCpu)).median;
    const off = stats(rounds.map((r) => r.off)).median;
    const on = stats(rounds.map((r) => r.on)).median;
    const ratio = stats(rounds.map((r) => (100 * (r.on - r.off)) / r.off));
    console.log(`history walk (walkHistory over ${warm.n} commits, ${warm.tokens} tokens; median of ${ROUNDS} rounds, load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}):`);
    console.log(`  without plugins ${f1(off)} ms (${f1(warm.n / (off / 1000))} commits/s)`);
    console.log(`  with the no-op plugin, ${BATCH} commits per round trip, pipelined: ${f1(on)} ms → +${f1(on - off)} ms, ${f1((100 * (on - off)) / off)} % (target ≤ 5 %); per round: median ${f1(ratio.median)} %, p95 ${f1(ratio.p95)} %; ${f1((on - off) / warm.n)} ms per commit`);
    // CPU time of this process (the walk's thread, GC and libuv): what the plugin costs the walk
    // itself; the sandbox process works on the other core.
    console.log(`  CPU time of the analysing process: without ${f1(offCpu)} ms, with ${f1(onCpu)} ms → +${f1(onCpu - offCpu)} ms, ${f1((100 * (onCpu - offCpu)) / offCpu)} %`);
  } finally {
    host.dispose();
    await repo.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
