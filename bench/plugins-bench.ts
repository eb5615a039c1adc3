// `npm run bench:plugins` — what a no-op plugin costs (issue 16 targets: ≤ 20 ms on an editor
// re-analysis, ≤ 5 % on a history walk). Prints figures; asserts nothing.
// Input: the generated history of bench/gen-history.ts (seeded, cached in .cache/), with a
// no-op plugin (files: ['**/*'], returns []) in its .glx/plugins/, run in the real sandbox.
//   editor: an edit of one file of a 20-commit change → computeDelta with and without the live
//           plugin source (its synchronous cost), then the time until the sandbox's answer for
//           the edited change is ready (asynchronous: the republish after it).
//   walk:   every commit's change set (git) + computeDelta, with and without running the plugin
//           on each commit through the plugin host (one long-lived sandbox process); the next
//           commit is read from git while the plugin runs (how a walk with plugins would run).
import * as fs from 'node:fs';
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

    // ---------------------------------------------------------------- history walk
    const shas = (await repo.log('HEAD', {})).map((c) => c.sha).reverse();
    // As a history walk with plugins would run: the next commit's change set is read from git
    // while the plugin works on the current one (both walks have the same shape).
    const walk = async (plugins: boolean): Promise<{ ms: number; n: number; tokens: number }> => {
      const t = performance.now();
      let tokens = 0;
      let next: Promise<ChangeSet> | undefined = gitChangeSet(repo, EMPTY_TREE, shas[0], policy);
      for (let i = 0; i < shas.length; i++) {
        const c = await next!;
        next = i + 1 < shas.length ? gitChangeSet(repo, shas[i], shas[i + 1], policy) : undefined;
        const run = plugins ? await host.run(c, policy) : undefined;
        tokens += computeDelta(c, policy, { sources: run?.sources }).tokens.length;
      }
      return { ms: performance.now() - t, n: shas.length, tokens };
    };
    // Batched: BATCH commits' change sets read, the plugin asked once for all of them (one
    // round trip per plugin per batch), then computeDelta for each.
    const BATCH = Number(process.env.GLX_BENCH_BATCH ?? 16);
    const walkBatched = async (): Promise<number> => {
      const t = performance.now();
      for (let i = 0; i < shas.length; i += BATCH) {
        const batch: ChangeSet[] = [];
        for (let k = i; k < Math.min(shas.length, i + BATCH); k++) batch.push(await gitChangeSet(repo, k ? shas[k - 1] : EMPTY_TREE, shas[k], policy));
        const runs = await host.runMany(batch, policy);
        batch.forEach((c, k) => computeDelta(c, policy, { sources: runs[k].sources }));
      }
      return performance.now() - t;
    };
    await walk(false); // warm the caches both runs share
    const rounds: { off: number; on: number; batched: number }[] = [];
    for (let i = 0; i < 5; i++) rounds.push({ off: (await walk(false)).ms, on: (await walk(true)).ms, batched: await walkBatched() });
    const off = stats(rounds.map((r) => r.off)).median;
    const on = stats(rounds.map((r) => r.on)).median;
    const batched = stats(rounds.map((r) => r.batched)).median;
    console.log(`history walk (${shas.length} commits, change set + computeDelta per commit, median of ${rounds.length} rounds):`);
    console.log(`  without plugins ${f1(off)} ms (${f1(shas.length / (off / 1000))} commits/s); with the no-op plugin ${f1(on)} ms → +${f1(on - off)} ms, ${f1((100 * (on - off)) / off)} % (target ≤ 5 %), ${f1((on - off) / shas.length)} ms per commit`);
    console.log(`  batched (${BATCH} commits per round trip, runMany): ${f1(batched)} ms → +${f1(batched - off)} ms, ${f1((100 * (batched - off)) / off)} % (target ≤ 5 %), ${f1((batched - off) / shas.length)} ms per commit`);
  } finally {
    host.dispose();
    await repo.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
