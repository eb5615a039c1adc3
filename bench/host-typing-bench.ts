// The editor's whole snapshot per keystroke in process (issue 14: "memory flat under typing"):
// a WorkspaceHost with the file's base version, N one-character edits at the ends of member-body
// lines (the lines bench:real's LSP section edits), snapshot() after each — incremental parse,
// analysis, the SAST bridge, computeDelta. Prints process CPU per edit and the memory breakdown
// after a GC at 10, 210 and N + 10 edits. Asserts nothing.
// Usage: node --expose-gc dist/bench/host-typing-bench.js <file> [--edits N] [--then-type K]
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { Policy } from '../server/src/config/policy';
import { makeVersion } from '../server/src/engine/file-version';
import { WorkspaceHost } from '../server/src/engine/workspace-host';
import { initParsers, wasmMemoryBytes } from '../server/src/parsing/languages';
import { ChunkCache } from '../server/src/symbols/analyze';
import { editLines } from './edit-lines';
import { compactNow } from '../server/src/lsp/heap-tuning';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const abs = args.find((a) => !a.startsWith('--')) ?? '/tmp/real-webpack/lib/Compilation.js';
  const ei = args.indexOf('--edits');
  const edits = ei >= 0 ? Number(args[ei + 1]) : 1000;
  await initParsers();
  const file = path.basename(abs);
  const src = fs.readFileSync(abs, 'utf8');
  const host = new WorkspaceHost(new Policy());
  host.setBase({ base: { rev: 'HEAD', sha: '0'.repeat(40), source: 'HEAD' }, headSha: '0'.repeat(40), changes: [] });
  host.setBaseVersion(file, makeVersion(file, src, new ChunkCache()));
  host.openDocument(file, src, 1);
  host.snapshot();
  const lines = src.split('\n');
  const body = editLines(src);
  const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');
  console.log(`host-typing ${abs}: ${lines.length} lines, ${body.length} editable body lines, ${edits} edits; node ${process.version}, load ${load()}`);
  const mem = (tag: string) => {
    (globalThis as { gc?: () => void }).gc?.();
    const m = process.memoryUsage();
    const mb = (x: number) => (x / 2 ** 20).toFixed(1);
    // external includes the wasm memory (an ArrayBuffer); printed apart so the split is known.
    const spaces = v8.getHeapSpaceStatistics().filter((sp) => sp.space_size > 2 ** 20).map((sp) => `${sp.space_name.replace(/_space$/, '')} ${mb(sp.space_used_size)}/${mb(sp.space_size)}`).join(', ');
    console.log(`  after ${tag} edits: RSS ${mb(m.rss)} MB · heap used ${mb(m.heapUsed)} · heap total ${mb(m.heapTotal)} · external ${mb(m.external)} MB (wasm memory ${mb(wasmMemoryBytes())}) · load ${load()}`);
    console.log(`    heap spaces used/committed MB: ${spaces}`);
    // What RSS holds besides the heap: V8's physical heap pages, its own malloc (compiler zones),
    // and the process's anonymous vs file-backed resident memory (/proc/self/smaps_rollup, Linux).
    const hs = v8.getHeapStatistics();
    let rollup = '';
    try {
      const r = fs.readFileSync('/proc/self/smaps_rollup', 'utf8');
      const kb = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+)`, 'm').exec(r)?.[1] ?? 0) / 1024;
      rollup = ` · anonymous ${kb('Anonymous').toFixed(1)} · file-backed ${(kb('Rss') - kb('Anonymous')).toFixed(1)} MB`;
    } catch { /* not Linux */ }
    console.log(`    V8 physical heap ${mb(hs.total_physical_size)} · V8 malloc ${mb(hs.malloced_memory)} (peak ${mb(hs.peak_malloced_memory)}) · array buffers ${mb(m.arrayBuffers)}${rollup}`);
  };
  let version = 1;
  /**
   * The main thread's own CPU time per keystroke (Linux schedstat; NaN elsewhere): process CPU
   * also counts V8's compiler and GC threads, whose share moves with the JIT's state and the
   * machine's load more than with the keystroke's work (issue 14, eleventh pass).
   */
  const schedstat = `/proc/self/task/${process.pid}/schedstat`;
  const mainCpu = (): number => {
    try {
      return Number(fs.readFileSync(schedstat, 'utf8').split(' ')[0]) / 1e6;
    } catch {
      return NaN;
    }
  };
  let lastMain = 0;
  /** One keystroke appending `ch` to `line`, as the editor applies it: process CPU in ms (main thread's: lastMain). */
  const keystroke = (line: number, ch: string): number => {
    const character = lines[line].length;
    lines[line] += ch;
    const m0 = mainCpu();
    const c0 = process.cpuUsage();
    host.applyChange(file, [{ range: { start: { line, character }, end: { line, character } }, text: ch }], ++version);
    host.snapshot();
    const c = process.cpuUsage(c0);
    lastMain = mainCpu() - m0;
    return (c.user + c.system) / 1000;
  };
  const cpu: number[] = [];
  const main: number[] = [];
  for (let i = 0; i < edits + 10; i++) {
    const ms = keystroke(body[(i * 37) % body.length], ' ');
    if (i >= 10) {
      cpu.push(ms);
      main.push(lastMain);
    }
    if (i === 9) mem('10');
    if (i === 209 && edits + 10 > 210) mem('210');
  }
  mem(String(edits + 10));
  const s = [...cpu].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
  // The mean is what a CPU saving shows in first: the median and p95 move with the machine's load.
  const mean = cpu.reduce((x, y) => x + y, 0) / Math.max(1, cpu.length);
  console.log(`  process CPU per edit: mean ${mean.toFixed(2)} ms · median ${q(50).toFixed(2)} ms · p95 ${q(95).toFixed(2)} ms · max ${s[s.length - 1].toFixed(2)} ms`);
  const ms = [...main].sort((a, b) => a - b);
  const mq = (p: number) => ms[Math.min(ms.length - 1, Math.max(0, Math.ceil((p / 100) * ms.length) - 1))];
  const mmean = main.reduce((x, y) => x + y, 0) / Math.max(1, main.length);
  console.log(`  main thread's CPU per edit: mean ${mmean.toFixed(2)} ms · median ${mq(50).toFixed(2)} ms · p95 ${mq(95).toFixed(2)} ms`);
  // --then-type K: K keystrokes typed at the end of the last edited line, in the drifted buffer
  // (each edit above touched a fresh line; real typing stays in one line).
  const ti = args.indexOf('--then-type');
  if (ti >= 0) {
    const keys = Number(args[ti + 1]);
    const line = body[((edits + 9) * 37) % body.length];
    const typed: number[] = [];
    const typedMain: number[] = [];
    for (let k = 0; k < keys; k++) {
      typed.push(keystroke(line, 'x'));
      typedMain.push(lastMain);
    }
    const t = [...typed].sort((a, b) => a - b);
    const tmean = typed.reduce((x, y) => x + y, 0) / Math.max(1, typed.length);
    const tm = [...typedMain].sort((a, b) => a - b);
    const tmMean = typedMain.reduce((x, y) => x + y, 0) / Math.max(1, typedMain.length);
    console.log(`  then ${keys} keys typed in one line of the drifted buffer: process CPU per key mean ${tmean.toFixed(2)} ms · median ${t[Math.floor(t.length / 2)].toFixed(2)} ms; main thread's mean ${tmMean.toFixed(2)} ms · median ${tm[Math.floor(tm.length / 2)].toFixed(2)} ms`);
  }
  // --after-compaction R: R rounds of 20 edits right after the server's idle compaction
  // (lsp/heap-tuning.ts compactNow, awaited), each beside 20 edits with no compaction before
  // them: what the compaction after a pause in typing costs the keystrokes that follow it.
  const ci = args.indexOf('--after-compaction');
  if (ci >= 0) {
    const rounds = Number(args[ci + 1]);
    const newSpace = () => (v8.getHeapSpaceStatistics().find((sp) => sp.space_name === 'new_space')?.space_size ?? 0) / 2 ** 20;
    let at = edits + 10;
    const twenty = (): number => {
      let sum = 0;
      for (let k = 0; k < 20; k++, at++) sum += keystroke(body[(at * 37) % body.length], ' ');
      return sum / 20;
    };
    const plain: number[] = [];
    const after: number[] = [];
    for (let r = 0; r < rounds; r++) {
      plain.push(twenty());
      const before = newSpace();
      // BENCH_COMPACT_VARIANT=atomic (with --expose-gc): the atomic full GC the compaction was
      // until the eleventh pass, to compare.
      const variant = process.env.BENCH_COMPACT_VARIANT === 'atomic' ? 'atomic' : 'incremental';
      if (variant === 'atomic') (globalThis as { gc?: () => void }).gc?.();
      else if (!(await compactNow())) console.log('  (no major GC seen after compactNow)');
      const afterNs = newSpace();
      after.push(twenty());
      console.log(`  round ${r + 1}: 20 edits ${plain[r].toFixed(2)} ms CPU each · after the compaction (${variant}; new space ${before.toFixed(1)} → ${afterNs.toFixed(1)} MB) ${after[r].toFixed(2)} ms`);
    }
    const mean = (xs: number[]) => xs.reduce((x, y) => x + y, 0) / Math.max(1, xs.length);
    console.log(`  the 20 edits after the idle compaction: process CPU per edit ${mean(after).toFixed(2)} ms; without one before them ${mean(plain).toFixed(2)} ms (${rounds} rounds)`);
  }
  host.dispose();
}

main().catch((e) => {
  console.error('host-typing-bench:', e);
  process.exit(1);
});
