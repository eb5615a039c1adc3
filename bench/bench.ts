// GlitchLab benchmarks (docs/benchmarks.md). `npm run bench` = build + `node dist/bench/bench.js`.
// Prints figures with their input sizes — median, p95, throughput — and asserts nothing.
//   (a) edit latency: one-character edits in a 2,000-line TypeScript file: incremental
//       tree-sitter parse + analyzeTree (warm chunk cache) + computeDelta against the base;
//   (b) history throughput: walkHistory over a generated history (bench/gen-history.ts) and over
//       this project's own history, plus a replicated walk with per-phase timers;
//   (c) the floor: `git log -p --first-parent` over the same ranges, and the engine/git ratio.
// Options (env): BENCH_SEED, BENCH_FILES, BENCH_COMMITS, BENCH_EDITS, BENCH_WALK_RUNS,
// BENCH_SECTIONS=a,b,c, BENCH_BREAKDOWN=0 (skip the phase breakdown), BENCH_SELF_REPO (default:
// the project root); section (a): BENCH_WARMUP (warm-up edits, 40), BENCH_STEP_LOG=<file> (each
// step's window on the CPU profile's clock, JSON lines), BENCH_NICE_WORKERS=<nice> (V8's background
// threads at that nice value), BENCH_FORCED_GC_EVERY=N (a forced full GC before every N-th step).
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { Policy } from '../server/src/config/policy';
import type { ChangeSet, FileChange, FileVersion } from '../server/src/delta/change-set';
import { tokenize } from '../server/src/delta/tokenize';
import { computeDelta } from '../server/src/engine/delta-engine';
import { keepChange } from '../server/src/engine/git-change-set';
import { parentFileSet, walkHistory } from '../server/src/engine/history';
import { decodeText, GitRepo, isBinary, isTooLarge } from '../server/src/git';
import { initParsers, languageOf, parserFor } from '../server/src/parsing/languages';
import { analyzeTree, ChunkCache } from '../server/src/symbols/analyze';
import { lowerBackgroundThreads } from '../server/src/util/background-threads';
import type { Edit, Point, Tree } from 'web-tree-sitter';
import { generateHistory, generateTsSource, Rng, type GeneratedRepo } from './gen-history';

// ------------------------------------------------------------------------------------ settings

const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
const CACHE_DIR = path.join(PROJECT_ROOT, '.cache', 'bench');
const envInt = (k: string, d: number) => (process.env[k] ? Number.parseInt(process.env[k]!, 10) : d);
const GEN = { seed: envInt('BENCH_SEED', 20261127), files: envInt('BENCH_FILES', 2000), commits: envInt('BENCH_COMMITS', 320) };
const EDITS = envInt('BENCH_EDITS', 200);
/** Warm-up edits of section (a) before its measured modes (JIT, caches); 40 unless BENCH_WARMUP. */
const WARMUP_EDITS = envInt('BENCH_WARMUP', 40);
const WALK_RUNS = envInt('BENCH_WALK_RUNS', 3);
const SECTIONS = new Set((process.env.BENCH_SECTIONS ?? 'a,b,c').split(','));
const SELF_REPO = process.env.BENCH_SELF_REPO ?? PROJECT_ROOT;

const TARGETS = { editP95Ms: 5, commitsPerSec: 50, gitRatio: 3 };

// ------------------------------------------------------------------------------------ helpers

const now = () => performance.now();
/** The monotonic clock (ms) minus performance.now(): maps a step's window onto the clock V8's CPU
 *  profiles stamp their samples with (µs of CLOCK_MONOTONIC on Linux). */
const MONO_OFFSET_MS = Number(process.hrtime.bigint()) / 1e6 - performance.now();

function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  // Nearest-rank: the smallest value with at least q of the samples at or below it.
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

interface Stats {
  n: number;
  median: number;
  p95: number;
  max: number;
  mean: number;
  sum: number;
}

function stats(xs: number[]): Stats {
  const s = [...xs].sort((a, b) => a - b);
  const sum = s.reduce((a, b) => a + b, 0);
  return { n: s.length, median: quantile(s, 0.5), p95: quantile(s, 0.95), max: s[s.length - 1] ?? NaN, mean: s.length ? sum / s.length : NaN, sum };
}

const ms = (x: number) => (Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)) : '–');
const num = (x: number) => x.toLocaleString('en-US');

function table(title: string, header: string[], rows: (string | number)[][]): void {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => '  ' + r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(`\n${title}`);
  console.log(line(header));
  console.log('  ' + widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of cells.slice(1)) console.log(line(r));
}

const verdict = (ok: boolean) => (ok ? 'MET' : 'MISSED');

/** Summary lines printed at the end (figures the docs table quotes). */
const summary: [string, string, string][] = [];

function gitOut(cwd: string, args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

// ------------------------------------------------------------------------------------ machine

const loadavg = () => os.loadavg().map((x) => x.toFixed(2)).join(' / ');

function machine(): void {
  const cpus = os.cpus();
  console.log('GlitchLab benchmarks');
  console.log(`  date      ${new Date().toISOString()}`);
  console.log(`  node      ${process.version} (${process.platform}/${process.arch}, V8 ${process.versions.v8})`);
  console.log(`  cpu       ${cpus[0]?.model ?? 'unknown'} × ${cpus.length} cores (${os.availableParallelism?.() ?? cpus.length} available)`);
  console.log(`  memory    ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`);
  console.log(`  git       ${gitOut(PROJECT_ROOT, ['--version']).trim()}`);
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).stdout.trim();
  const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no', '--', 'server'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).stdout.trim();
  console.log(`  engine    ${head || 'unknown'}${dirty ? ' + uncommitted changes under server/' : ''}`);
  console.log(`  load      ${loadavg()} (1/5/15 min; figures are wall-clock unless marked CPU)`);
}

// ------------------------------------------------------------------------------------ (a) edit latency

/** Point (row, column in UTF-16 units, as web-tree-sitter counts) of a string index. */
function pointAt(lineStarts: number[], index: number): Point {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= index) lo = mid;
    else hi = mid - 1;
  }
  return { row: lo, column: index - lineStarts[lo] };
}

let lastStarts: { text: string; starts: number[] } | undefined;
/**
 * Line starts of `text`; the last text's are kept (the from-base mode edits the same base 200
 * times: recomputing them per edit put 80 KB of the harness's own garbage into each measured
 * step's young generation — the editor derives them incrementally, util/line-starts.ts).
 */
function lineStartsOf(text: string): number[] {
  if (lastStarts?.text === text) return lastStarts.starts;
  const out = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  lastStarts = { text, starts: out };
  return out;
}

/** A one-character edit: insert a typed character, or delete one (backspace). */
function oneCharEdit(rng: Rng, text: string): { text: string; edit: Edit; desc: string } {
  const starts = lineStartsOf(text);
  const insert = rng.chance(0.7);
  if (insert) {
    const at = rng.int(0, text.length);
    const ch = rng.pick([...'abcdefghijklmnopqrstuvwxyzeeeeaaattt_0123 ;.,()']);
    const p = pointAt(starts, at);
    return {
      text: text.slice(0, at) + ch + text.slice(at),
      edit: { startIndex: at, oldEndIndex: at, newEndIndex: at + 1, startPosition: p, oldEndPosition: p, newEndPosition: { row: p.row, column: p.column + 1 } },
      desc: 'insert',
    };
  }
  const at = rng.int(0, text.length - 1);
  const p = pointAt(starts, at);
  return {
    text: text.slice(0, at) + text.slice(at + 1),
    edit: { startIndex: at, oldEndIndex: at + 1, newEndIndex: at, startPosition: p, oldEndPosition: pointAt(starts, at + 1), newEndPosition: p },
    desc: 'delete',
  };
}

interface EditSample {
  parse: number;
  analyze: number;
  tokenize: number;
  total: number;
  /** Process CPU time of the whole step (tells preemption on a loaded machine from work). */
  cpu: number;
  tokens: number;
  parseError: boolean;
  /** The step's token kinds (the tail's cause, printed for the slowest steps). */
  kinds: string;
  /** Wall-clock window of the step (performance.now()), to attribute GC pauses to it. */
  at: number;
  /** Main-thread GC pauses inside the step (ms), from a `gc` PerformanceObserver. */
  gc: number;
  /** A forced full GC ran just before this step (BENCH_FORCED_GC_EVERY). */
  afterGc: boolean;
  /** The main thread's own CPU time in the step and its time waiting on the run queue (ms; Linux
   *  schedstat, NaN elsewhere): a step slow by `wait` was preempted, not working. */
  run: number;
  wait: number;
  /** The step's index in its mode's edit sequence (same seed, same edit: tells an
   *  input-dependent tail — the same steps slow run after run — from JIT/GC noise). */
  step: number;
}

/** Main-thread GC pauses (start, duration) a PerformanceObserver saw while `fn` ran. */
async function withGcLog<T>(fn: () => T): Promise<{ value: T; pauses: { s: number; d: number }[] }> {
  const pauses: { s: number; d: number }[] = [];
  const obs = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) pauses.push({ s: e.startTime, d: e.duration });
  });
  obs.observe({ entryTypes: ['gc'] });
  const value = fn();
  // Entries are delivered asynchronously: let them arrive before disconnecting.
  await new Promise((r) => setTimeout(r, 50));
  obs.disconnect();
  return { value, pauses };
}

/** BENCH_NICE_WORKERS=<1..19>: the nice value of V8's background threads in section (a) (0: unchanged). */
const NICE_WORKERS = Math.min(19, Math.max(0, envInt('BENCH_NICE_WORKERS', 0)));
/** BENCH_FORCED_GC_EVERY=N: a forced full GC before every N-th measured step (0: none). */
const FORCED_GC_EVERY = envInt('BENCH_FORCED_GC_EVERY', 0);
let measuring = false;
let gcFn: (() => void) | undefined;
function forcedGc(): void {
  if (!gcFn) {
    v8.setFlagsFromString('--expose-gc');
    gcFn = vm.runInNewContext('gc') as () => void;
  }
  gcFn();
}

/** The main thread's cumulative [on-CPU, run-queue wait] in ms from /proc (schedstat), or NaNs. */
const SCHEDSTAT = `/proc/self/task/${process.pid}/schedstat`;
function mainThreadSched(): [number, number] {
  try {
    const [run, wait] = readFileSync(SCHEDSTAT, 'utf8').split(' ');
    return [Number(run) / 1e6, Number(wait) / 1e6];
  } catch {
    return [NaN, NaN];
  }
}

async function editLatency(): Promise<void> {
  console.log('\n== (a) edit latency: one-character edits in a 2,000-line TypeScript file ==');
  // BENCH_NICE_WORKERS=<1..19>: V8's background threads (TurboFan, concurrent GC) at that nice
  // value, as a server may run them (util/background-threads.ts) — not the default, whose
  // figures are the ones compared over time.
  if (NICE_WORKERS > 0) console.log(`  V8's background threads lowered to nice ${NICE_WORKERS} (BENCH_NICE_WORKERS): ${lowerBackgroundThreads(NICE_WORKERS).length} threads`);
  const src = generateTsSource(GEN.seed, 2000);
  const file = 'packages/core/src/big-module.ts';
  const lang = 'typescript' as const;
  const parser = parserFor(lang);
  const policy = new Policy();

  const t0 = now();
  const baseTree = parser.parse(src)!;
  const t1 = now();
  const cache = new ChunkCache();
  const baseAnalysis = analyzeTree(baseTree, src, file, lang, cache);
  const t2 = now();
  const base: FileVersion = { path: file, text: src, analysis: baseAnalysis };
  const fileExists: ChangeSet['fileExists'] = (_side, p) => p === file;
  const identity = computeDelta({ changes: [{ status: 'M', old: base, new: base }], fileExists }, policy);
  const t3 = now();
  const lines = src.split('\n').length - 1;
  const topLevel = baseTree.rootNode.childCount;
  console.log(`  input     ${file}: ${num(lines)} lines, ${num(src.length)} chars, ${topLevel} top-level statements, ${baseAnalysis.symbols.length} symbols, ${baseAnalysis.types.length} types; ${EDITS} edits (70% insert a character, 30% delete one), seed ${GEN.seed}`);
  console.log(`  cold      full parse ${ms(t1 - t0)} ms, analyzeTree (empty cache) ${ms(t2 - t1)} ms, computeDelta (no change) ${ms(t3 - t2)} ms, ${identity.tokens.length} tokens`);

  // Typing session: 10 statement starts inside function bodies; at each, a short statement is
  // typed one keystroke at a time (each keystroke is one edit; the buffer drifts from base).
  const typingPlan = (rng: Rng, n: number): number[] => {
    const starts = lineStartsOf(src);
    const spots: number[] = [];
    src.split('\n').forEach((l, i) => {
      if (/^ {4,}(const|let|console\.)/.test(l)) spots.push(starts[i] + l.length - l.trimStart().length);
    });
    const chosen: number[] = [];
    while (chosen.length < 10) {
      const s = rng.pick(spots);
      if (!chosen.includes(s)) chosen.push(s);
    }
    return chosen.sort((a, b) => a - b).slice(0, Math.max(1, Math.ceil(n / 20)));
  };
  // The keystrokes only (position, character, point): each step derives its text from the
  // previous one, so the harness holds one buffer version as the editor does — building all 200
  // texts up front kept ~14 MB of them alive and put their line starts' garbage into the
  // measured steps' young generation (issue 14, ninth pass).
  let typed: { at: number; ch: string; p: Point }[] = [];
  const typingEdits = (rng: Rng, n: number): { at: number; ch: string; p: Point }[] => {
    const out: { at: number; ch: string; p: Point }[] = [];
    const starts = lineStartsOf(src);
    let shift = 0;
    for (const spot of typingPlan(rng, n)) {
      const stmt = `let tmp${out.length} = ${rng.pick(['item', 'value', 'count'])} + 1; `;
      // One spot per line (typingPlan picks statement starts) and no newline is typed: a
      // keystroke's row is its spot's, its column the spot's plus the characters typed there.
      const p0 = pointAt(starts, spot);
      for (let k = 0; k < stmt.length && out.length < n; k++) {
        out.push({ at: spot + shift + k, ch: stmt[k], p: { row: p0.row, column: p0.column + k } });
      }
      shift += stmt.length;
    }
    return out;
  };

  // Warm-up on a separate seed (JIT, caches), then two measured modes.
  const run = (mode: 'from-base' | 'typing', seed: number, n: number): EditSample[] => {
    const rng = new Rng(seed);
    const out: EditSample[] = [];
    let curTree: Tree | undefined = mode === 'typing' ? baseTree.copy() : undefined;
    if (mode === 'typing') typed = typingEdits(rng, n);
    let typedText = src;
    const typedEdit = (i: number): { text: string; edit: Edit } => {
      const { at, ch, p } = typed[i];
      typedText = typedText.slice(0, at) + ch + typedText.slice(at);
      return { text: typedText, edit: { startIndex: at, oldEndIndex: at, newEndIndex: at + 1, startPosition: p, oldEndPosition: p, newEndPosition: { row: p.row, column: p.column + 1 } } };
    };
    for (let i = 0; i < n; i++) {
      const { text, edit } = mode === 'from-base' ? oneCharEdit(rng, src) : typedEdit(i);
      // A forced full GC between steps, as the language server's idle compaction does after a
      // pause in typing (lsp/heap-tuning.ts): what the next keystrokes cost after one.
      const afterGc = FORCED_GC_EVERY > 0 && i > 0 && i % FORCED_GC_EVERY === 0 && measuring;
      if (afterGc) forcedGc();
      const s0 = mainThreadSched();
      const c0 = process.cpuUsage();
      const a = now();
      const old = mode === 'from-base' ? baseTree.copy() : curTree!;
      old.edit(edit);
      const tree = parser.parse(text, old)!;
      const b = now();
      const analysis = analyzeTree(tree, text, file, lang, cache);
      const c = now();
      // fileExists is given (as the language server does from its workspace listing): without
      // it tokenize() currently throws (TDZ on `changedPathCache`, see docs/benchmarks.md).
      const cs: ChangeSet = { changes: [{ status: 'M', old: base, new: { path: file, text, analysis } }], fileExists };
      const res = computeDelta(cs, policy);
      const d = now();
      const cpu = process.cpuUsage(c0);
      const s1 = mainThreadSched();
      out.push({ parse: b - a, analyze: c - b, tokenize: d - c, total: d - a, cpu: (cpu.user + cpu.system) / 1000, tokens: res.tokens.length, parseError: !analysis.ok, kinds: [...new Set(res.tokens.map((t) => t.kind))].sort().join(' ') || '(none)', at: a, gc: 0, step: i, run: s1[0] - s0[0], wait: s1[1] - s0[1], afterGc });
      old.delete();
      if (mode === 'typing') curTree = tree;
      else tree.delete();
    }
    curTree?.delete();
    return out;
  };
  run('from-base', GEN.seed + 1, WARMUP_EDITS);
  // Each mode under a GC observer: the tail's pauses are attributed to the steps they fell in.
  const measured = async (mode: 'from-base' | 'typing', seed: number): Promise<EditSample[]> => {
    measuring = true;
    const { value, pauses } = await withGcLog(() => run(mode, seed, EDITS));
    measuring = false;
    for (const x of value) {
      for (const p of pauses) if (p.s >= x.at && p.s < x.at + x.total) x.gc += p.d;
    }
    return value;
  };
  const modes: [string, EditSample[]][] = [
    ['each edit on the base (1-char diff)', await measured('from-base', GEN.seed + 2)],
    ['typing session (10 statements typed key by key)', await measured('typing', GEN.seed + 3)],
  ];
  // BENCH_STEP_LOG=<file>: every measured step's window on the monotonic clock in µs (the clock
  // of a `--cpu-prof` profile's timestamps), so a profile's samples can be attributed to steps.
  if (process.env.BENCH_STEP_LOG) {
    const lines = modes.flatMap(([label, samples]) => samples.map((x) => JSON.stringify({ mode: label, step: x.step, t0: Math.round((x.at + MONO_OFFSET_MS) * 1000), t1: Math.round((x.at + x.total + MONO_OFFSET_MS) * 1000), total: x.total, parse: x.parse, analyze: x.analyze, tokenize: x.tokenize, gc: x.gc, run: x.run, wait: x.wait, kinds: x.kinds, parseError: x.parseError, tokens: x.tokens })));
    writeFileSync(process.env.BENCH_STEP_LOG, lines.join('\n') + '\n');
  }
  for (const [label, samples] of modes) {
    const parts: [string, keyof EditSample][] = [['parse (tree.edit + incremental parse)', 'parse'], ['analyze (analyzeTree, warm chunk cache)', 'analyze'], ['tokenize (computeDelta vs base)', 'tokenize'], ['whole step', 'total'], ['whole step, process CPU time', 'cpu']];
    const tok = stats(samples.map((s) => s.tokens));
    const errs = samples.filter((s) => s.parseError).length;
    table(
      `  ${label}: ${samples.length} edits, tokens per step median ${tok.median} (max ${tok.max}), ${errs} edits left a syntax error`,
      ['part', 'median ms', 'p95 ms', 'max ms', 'mean ms'],
      parts.map(([name, k]) => {
        const s = stats(samples.map((x) => x[k] as number));
        return [name, ms(s.median), ms(s.p95), ms(s.max), ms(s.mean)];
      }),
    );
    // Where the tail comes from: steps that left a syntax error (no chunk cache for the broken
    // chunk, error recovery) against the rest.
    const split = [true, false].map((e) => samples.filter((s) => s.parseError === e).map((s) => s.total));
    const slow = [...samples].sort((x, y) => y.total - x.total).slice(0, Math.ceil(samples.length / 20));
    console.log(`  the slowest 5 % (whole = parse + analyze + tokenize ms, tokens): ${slow.map((x) => `#${x.step} ${ms(x.total)} = ${ms(x.parse)} + ${ms(x.analyze)} + ${ms(x.tokenize)} ${x.parseError ? 'syntax error ' : ''}${x.kinds}${x.gc ? ` (GC pauses ${ms(x.gc)})` : ''}${x.wait >= 0.5 ? ` (preempted ${ms(x.wait)})` : ''}`).join(' · ')}`);
    if (FORCED_GC_EVERY > 0) {
      const [after, rest] = [samples.filter((x) => x.afterGc), samples.filter((x, k) => !x.afterGc && !samples[k - 1]?.afterGc)];
      const next = samples.filter((x, k) => samples[k - 1]?.afterGc);
      const f = (xs: EditSample[]) => `median ${ms(stats(xs.map((x) => x.total)).median)} / mean ${ms(stats(xs.map((x) => x.total)).mean)} ms (main-thread CPU mean ${ms(stats(xs.map((x) => x.run)).mean)} ms)`;
      console.log(`  forced full GC before every ${FORCED_GC_EVERY}th step: the step after it ${f(after)}, the one after that ${f(next)}, the others ${f(rest)}`);
    }
    const gcAll = samples.reduce((t, x) => t + x.gc, 0);
    const gcSlow = slow.reduce((t, x) => t + x.gc, 0);
    const sum = (xs: EditSample[], k: 'run' | 'wait'): number => xs.reduce((t, x) => t + x[k], 0);
    console.log(`  main thread in the slowest 5 %: on CPU ${ms(sum(slow, 'run'))} ms, waiting on the run queue ${ms(sum(slow, 'wait'))} ms (whole run: ${ms(sum(samples, 'run'))} / ${ms(sum(samples, 'wait'))} ms); whole step p95 by the main thread's CPU time ${ms(stats(samples.map((x) => x.run)).p95)} ms`);
    console.log(`  main-thread GC pauses inside steps: ${ms(gcAll)} ms over ${samples.length} steps, ${ms(gcSlow)} ms of it in the slowest 5 % (${ms(slow.reduce((t, x) => t + x.total, 0))} ms)`);
    console.log(`  whole step by outcome: syntax error ${split[0].length} edits, median ${ms(stats(split[0]).median)} / p95 ${ms(stats(split[0]).p95)} ms · parses ${split[1].length} edits, median ${ms(stats(split[1]).median)} / p95 ${ms(stats(split[1]).p95)} ms`);
    const total = stats(samples.map((s) => s.total));
    summary.push([`edit latency p95, ${label}`, `${ms(total.p95)} ms (median ${ms(total.median)} ms)`, `≤ ${TARGETS.editP95Ms} ms: ${verdict(total.p95 <= TARGETS.editP95Ms)}`]);
  }
  baseTree.delete();
}

// ------------------------------------------------------------------------------------ (b) history throughput

interface WalkFigures {
  label: string;
  commits: number;
  tokens: number;
  totalMs: number;
  /** CPU time of this process (user+system; git children excluded) during the walk. */
  cpuMs: number;
  /** Wall times of every run (sorted), when repeated. */
  runs?: number[];
  perCommit: Stats;
}

async function timeWalk(repo: GitRepo, range: string, label: string): Promise<WalkFigures> {
  const policy = new Policy();
  const intervals: number[] = [];
  let tokens = 0;
  const c0 = process.cpuUsage();
  const t0 = now();
  let last = t0;
  for await (const { result } of walkHistory(repo, range, policy)) {
    const t = now();
    intervals.push(t - last);
    last = t;
    tokens += result.tokens.length;
  }
  const totalMs = now() - t0;
  const c = process.cpuUsage(c0);
  return { label, commits: intervals.length, tokens, totalMs, cpuMs: (c.user + c.system) / 1000, perCommit: stats(intervals) };
}

/** Input size of a range: commits, changed files, +/- lines (git numstat, not timed). */
function rangeSize(dir: string, range: string): { commits: number; files: number; added: number; deleted: number } {
  const out = gitOut(dir, ['log', '--first-parent', '--numstat', '--format=%x1e', '--root', range, '--']);
  let files = 0;
  let added = 0;
  let deleted = 0;
  const commits = out.split('\x1e').length - 1;
  for (const l of out.split('\n')) {
    const m = /^(\d+|-)\t(\d+|-)\t/.exec(l);
    if (!m) continue;
    files++;
    if (m[1] !== '-') added += Number(m[1]);
    if (m[2] !== '-') deleted += Number(m[2]);
  }
  return { commits, files, added, deleted };
}

/**
 * The same walk as walkHistory (one log, blobs through cat-file, one ChunkCache) with timers
 * around each phase — a profiling aid; the engine's own walk is what section (b) reports.
 */
async function phaseBreakdown(repo: GitRepo, range: string): Promise<void> {
  const policy = new Policy();
  const cache = new ChunkCache();
  const ph = { log: 0, read: 0, decode: 0, parse: 0, analyze: 0, tokenize: 0, rest: 0 };
  let parsedBytes = 0;
  let versions = 0;
  const t0 = now();
  const history = await repo.logWithChanges(range);
  ph.log = now() - t0;
  // File lists per side, derived exactly as walkHistory does (for import resolution).
  let files = history.length ? new Set(await repo.listFiles(history[0].commit.sha)) : new Set<string>();
  const version = (p: string, buf: Buffer | undefined): FileVersion => {
    if (!buf) return { path: p, text: '' };
    if (isBinary(buf)) return { path: p, skipped: 'binary' };
    if (isTooLarge(buf)) return { path: p, skipped: 'too-large' };
    let t = now();
    const text = decodeText(buf);
    ph.decode += now() - t;
    const lang = languageOf(p);
    if (!lang) return { path: p, text };
    t = now();
    const tree = parserFor(lang).parse(text)!;
    const t2 = now();
    const analysis = analyzeTree(tree, text, p, lang, cache);
    ph.analyze += now() - t2;
    ph.parse += t2 - t;
    tree.delete();
    parsedBytes += text.length;
    versions++;
    return { path: p, text, analysis };
  };
  for (const { files: changed } of history) {
    const headFiles = files;
    const parentFiles = parentFileSet(headFiles, changed);
    files = parentFiles;
    let t = now();
    const kept = changed.filter((f) => keepChange(f, policy));
    const bufs = await Promise.all(kept.map(async (f) => [f.oldPath && f.status !== 'A' ? await repo.readOld(f) : undefined, f.newPath && f.status !== 'D' ? await repo.readNew(f) : undefined] as const));
    ph.read += now() - t;
    const changes: FileChange[] = kept.map((f, i) => {
      const c: FileChange = { status: f.status, similarity: f.similarity };
      if (f.oldPath && f.status !== 'A') c.old = version(f.oldPath, bufs[i][0] ?? Buffer.alloc(0));
      if (f.newPath && f.status !== 'D') c.new = version(f.newPath, bufs[i][1] ?? Buffer.alloc(0));
      return c;
    });
    const cs: ChangeSet = { changes, fileExists: (side, p) => (side === 'old' ? parentFiles : headFiles).has(p) };
    t = now();
    tokenize(cs, policy);
    const t2 = now();
    computeDelta(cs, policy);
    ph.tokenize += t2 - t;
    ph.rest += now() - t2 - (t2 - t);
  }
  const total = now() - t0;
  const rows: [string, number][] = [
    ['git log --raw (one process)', ph.log],
    ['blob reads (cat-file --batch)', ph.read],
    ['decode', ph.decode],
    ['tree-sitter full parse (per version)', ph.parse],
    ['analyzeTree (shared chunk cache)', ph.analyze],
    ['tokenize() alone', ph.tokenize],
    ['rest of computeDelta (normalize, fp, energy, features, line diff)', Math.max(0, ph.rest)],
  ];
  table(
    `  phase breakdown (replicated walk, ${range}: ${history.length} commits, ${versions} file versions analysed, ${num(parsedBytes)} chars parsed; total ${ms(total)} ms)`,
    ['phase', 'ms', 'share', 'per commit ms'],
    rows.map(([n, v]) => [n, ms(v), `${((100 * v) / total).toFixed(1)}%`, ms(v / Math.max(1, history.length))]),
  );
}

function gitLogFloor(dir: string, range: string, runs = 3): Promise<{ ms: Stats; bytes: number }> {
  const once = () =>
    new Promise<{ t: number; bytes: number }>((resolve, reject) => {
      const t0 = now();
      let bytes = 0;
      const child = spawn('git', ['log', '-p', '--first-parent', range, '--'], { cwd: dir, stdio: ['ignore', 'pipe', 'ignore'] });
      child.stdout.on('data', (b: Buffer) => (bytes += b.length));
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve({ t: now() - t0, bytes }) : reject(new Error(`git log -p exited ${code}`))));
    });
  return (async () => {
    const ts: number[] = [];
    let bytes = 0;
    for (let i = 0; i < runs; i++) {
      const r = await once();
      ts.push(r.t);
      bytes = r.bytes;
    }
    return { ms: stats(ts), bytes };
  })();
}

async function history(): Promise<void> {
  console.log('\n== (b) history throughput: walkHistory (git log --raw + cat-file + analyse + computeDelta per commit) ==');
  const gen: GeneratedRepo = await generateHistory(CACHE_DIR, GEN);
  console.log(
    `  generated repo  ${path.relative(PROJECT_ROOT, gen.dir)}: seed ${GEN.seed}, ${num(gen.fileCount)} files / ${num(gen.lineCount)} lines at HEAD, ` +
      `${gen.commitCount} commits (1 initial import + ${gen.commitCount - 1} edit commits)`,
  );
  console.log(`  generation      ${gen.reused ? 'reused from cache (stamp matched)' : `${ms(gen.generatedMs)} ms (cold, one git fast-import)`}`);
  console.log(`  edit mix        ${Object.entries(gen.ops).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);

  const editRange = `${gen.rootSha}..${gen.headSha}`;
  const ranges: { label: string; dir: string; range: string; runs: number }[] = [
    { label: 'generated: edit commits (root..HEAD)', dir: gen.dir, range: editRange, runs: WALK_RUNS },
    { label: 'generated: initial import commit alone', dir: gen.dir, range: gen.rootSha, runs: 1 },
    { label: `this project (${path.basename(SELF_REPO)}, HEAD)`, dir: SELF_REPO, range: 'HEAD', runs: 1 },
  ];
  const sizes = ranges.map((r) => rangeSize(r.dir, r.range));
  table(
    '  inputs',
    ['range', 'commits', 'changed files', '+lines', '-lines'],
    ranges.map((r, i) => [r.label, sizes[i].commits, num(sizes[i].files), num(sizes[i].added), num(sizes[i].deleted)]),
  );

  const walks: WalkFigures[] = [];
  const floors: { ms: Stats; bytes: number }[] = [];
  for (const r of ranges) {
    // Each run opens the repo afresh (new cat-file, new chunk cache inside walkHistory);
    // the run with the median wall time is reported.
    const runs: WalkFigures[] = [];
    for (let k = 0; k < r.runs; k++) {
      const repo = await GitRepo.open(r.dir);
      try {
        runs.push(await timeWalk(repo, r.range, r.label));
      } finally {
        await repo.close();
      }
    }
    runs.sort((a, b) => a.totalMs - b.totalMs);
    walks.push({ ...runs[(runs.length - 1) >> 1], runs: runs.map((x) => x.totalMs) });
    floors.push(await gitLogFloor(r.dir, r.range));
  }
  table(
    '  walkHistory (repeated ranges: the run with the median wall time)',
    ['range', 'commits', 'runs (wall ms)', 'total ms', 'node cpu ms', 'commits/s', 'commits/cpu-s', 'tokens', 'tokens/s', 'median ms/commit', 'p95 ms/commit', 'max ms'],
    walks.map((w) => [w.label, w.commits, (w.runs ?? [w.totalMs]).map(ms).join(' / '), ms(w.totalMs), ms(w.cpuMs), (w.commits / (w.totalMs / 1000)).toFixed(1), (w.commits / (w.cpuMs / 1000)).toFixed(1), num(w.tokens), num(Math.round(w.tokens / (w.totalMs / 1000))), ms(w.perCommit.median), ms(w.perCommit.p95), ms(w.perCommit.max)]),
  );

  console.log('\n== (c) the floor: `git log -p --first-parent <range>` (spawned, stdout consumed; median of 3) ==');
  table(
    '  engine vs git',
    ['range', 'git log -p ms', 'git output', 'walkHistory ms', 'engine / git'],
    walks.map((w, i) => [w.label, ms(floors[i].ms.median), `${(floors[i].bytes / 2 ** 20).toFixed(2)} MiB`, ms(w.totalMs), `${(w.totalMs / floors[i].ms.median).toFixed(2)}×`]),
  );
  const main = walks[0];
  const cps = main.commits / (main.totalMs / 1000);
  const ratio = main.totalMs / floors[0].ms.median;
  summary.push([`history throughput, ${main.label}`, `${cps.toFixed(1)} commits/s, ${num(Math.round(main.tokens / (main.totalMs / 1000)))} tokens/s`, `≥ ${TARGETS.commitsPerSec} commits/s: ${verdict(cps >= TARGETS.commitsPerSec)}`]);
  summary.push([`engine / git log -p, ${main.label}`, `${ratio.toFixed(2)}× (${ms(main.totalMs)} vs ${ms(floors[0].ms.median)} ms)`, `≤ ${TARGETS.gitRatio}×: ${verdict(ratio <= TARGETS.gitRatio)}`]);
  for (let i = 1; i < walks.length; i++) {
    summary.push([`walkHistory, ${walks[i].label}`, `${walks[i].commits} commit(s), ${ms(walks[i].totalMs)} ms; engine/git ${(walks[i].totalMs / floors[i].ms.median).toFixed(2)}×`, 'informational']);
  }

  if (process.env.BENCH_BREAKDOWN !== '0') {
    console.log('\n== profiling aid: where a walk spends its time ==');
    const repo = await GitRepo.open(gen.dir);
    try {
      await phaseBreakdown(repo, editRange);
    } finally {
      await repo.close();
    }
  }
}

// ------------------------------------------------------------------------------------ main

async function main(): Promise<void> {
  const t0 = now();
  machine();
  const ti = now();
  await initParsers();
  console.log(`  initParsers ${ms(now() - ti)} ms (runtime + 4 grammars)`);
  if (SECTIONS.has('a')) await editLatency();
  if (SECTIONS.has('b') || SECTIONS.has('c')) await history();
  table('== summary ==', ['figure', 'measured', 'target'], summary);
  console.log(`\nload average at the end ${loadavg()}`);
  console.log(`total bench time ${ms((now() - t0) / 1000)} s`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
