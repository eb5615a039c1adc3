// In-process edit step on one real source file (issue 14: "edit cost proportional to the edited
// member, not the enclosing class"): the editor's path without the LSP transport — tree.edit +
// incremental parse, analyzeTree through the warm chunk cache, computeDelta against the base —
// for N single-character edits appended to member-body lines (the lines `bench:real`'s LSP
// section edits), the buffer drifting from the base as in the editor. Prints median/p95/max per
// part and the heap after a GC at 10 and at N + 10 edits. Asserts nothing.
// Usage: node [--expose-gc] dist/bench/class-edit-bench.js <file> [--edits N]
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Tree } from 'web-tree-sitter';
import { Policy } from '../server/src/config/policy';
import type { FileVersion } from '../server/src/delta/change-set';
import { computeDelta } from '../server/src/engine/delta-engine';
import { initParsers, languageOf, parserFor } from '../server/src/parsing/languages';
import { analyzeTree, ChunkCache } from '../server/src/symbols/analyze';
import { editLines } from './edit-lines';

const now = () => performance.now();
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};
const heapMb = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
};


async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const abs = args.find((a) => !a.startsWith('--')) ?? '/tmp/real-webpack/lib/Compilation.js';
  const ei = args.indexOf('--edits');
  const edits = ei >= 0 ? Number(args[ei + 1]) : 200;
  await initParsers();
  const file = path.basename(abs);
  const lang = languageOf(abs);
  if (!lang) throw new Error(`${abs}: not a supported language`);
  const src = fs.readFileSync(abs, 'utf8');
  const parser = parserFor(lang);
  const cache = new ChunkCache(16 * 1024 * 1024);
  const policy = new Policy();
  let tree: Tree = parser.parse(src)!;
  const baseA = analyzeTree(tree, src, file, lang, cache);
  const base: FileVersion = { path: file, text: src, analysis: baseA };
  const lines = src.split('\n');
  const body = editLines(src);
  console.log(`class-edit ${abs}: ${lines.length} lines, ${baseA.symbols.length} symbols, ${body.length} editable body lines; node ${process.version}, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  let text = src;
  const starts = () => {
    const s = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) s.push(i + 1);
    return s;
  };
  const samples: { parse: number; analyze: number; delta: number; total: number; cpu: number }[] = [];
  let heap10 = 0;
  for (let i = 0; i < edits + 10; i++) {
    const line = body[(i * 37) % body.length];
    const st = starts();
    const col = lines[line].length;
    const at = st[line] + col;
    lines[line] += ' ';
    const c0 = process.cpuUsage();
    const a = now();
    text = text.slice(0, at) + ' ' + text.slice(at);
    tree.edit({ startIndex: at, oldEndIndex: at, newEndIndex: at + 1, startPosition: { row: line, column: col }, oldEndPosition: { row: line, column: col }, newEndPosition: { row: line, column: col + 1 } });
    const next = parser.parse(text, tree)!;
    tree.delete();
    tree = next;
    const b = now();
    const analysis = analyzeTree(tree, text, file, lang, cache);
    const c = now();
    computeDelta({ changes: [{ status: 'M', old: base, new: { path: file, text, analysis } }], fileExists: (_s, p) => p === file }, policy);
    const d = now();
    const cpu = process.cpuUsage(c0);
    if (i >= 10) samples.push({ parse: b - a, analyze: c - b, delta: d - c, total: d - a, cpu: (cpu.user + cpu.system) / 1000 });
    if (i === 9) heap10 = heapMb();
  }
  const heapN = heapMb();
  // computeDelta by drift (issue 14, twelfth pass): the median of each window of 200 edits — its
  // growth with the number of changed pairs the buffer has drifted into.
  const windows: string[] = [];
  for (let w = 0; w < samples.length; w += 200) {
    const xs = samples.slice(w, w + 200).map((s) => s.delta);
    if (xs.length) windows.push(`${w + 10}–${w + 10 + xs.length}: ${pct(xs, 50).toFixed(2)}`);
  }
  console.log(`  delta by drift (edits: median ms) ${windows.join(' · ')}`);
  // cpu: process CPU time of the whole step (all threads, GC helpers included): on a loaded
  // machine it tells work from preemption better than the wall times.
  for (const k of ['parse', 'analyze', 'delta', 'total', 'cpu'] as const) {
    const xs = samples.map((s) => s[k]);
    console.log(`  ${k.padEnd(8)} median ${pct(xs, 50).toFixed(2)} ms · p95 ${pct(xs, 95).toFixed(2)} ms · max ${Math.max(...xs).toFixed(2)} ms`);
  }
  console.log(`  heap after GC: after 10 edits ${heap10.toFixed(1)} MB · after ${edits + 10} ${heapN.toFixed(1)} MB${(globalThis as { gc?: unknown }).gc ? '' : ' (run with --expose-gc for exact figures)'} · RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB · load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  tree.delete();
}

main().catch((e) => {
  console.error('class-edit-bench:', e);
  process.exit(1);
});
