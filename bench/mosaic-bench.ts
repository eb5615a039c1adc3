// Mosaic benchmark (`npm run bench:mosaic`; issue 4 "The Mosaic, end to end"). Prints figures,
// asserts nothing (tests never assert wall-clock times):
//   1. a generated 5,000-file TS/Python/Markdown workspace (a real git repo, 50 files changed in
//      the working tree): reading its facts (file lists, LOC, head analyses, churn), then
//      layout + layers + I3 (computeMosaic) at 64×64 and 256×256, and the map JSON
//      (target: 5,000 files at 64×64 in ≤ 1 s);
//   2. PNG rendering with @napi-rs/canvas at 64×64 and 256×256 (target: a 256×256 PNG ≤ 0.5 s);
//   3. panel update latency through the real language server over stdio: didChange of an open
//      buffer → glitchlab/mosaicUpdate, debounce 0 (target ≤ 100 ms).
// The workspace is generated under the git-ignored .cache/mosaic-bench/ and reused.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Policy } from '../server/src/config/policy';
import { analyseChange } from '../server/src/app/analyse-change';
import { GitRepo } from '../server/src/git';
import { gatherMosaicSource } from '../server/src/mosaic/git-mosaic-source';
import { DEFAULT_PARAMS, LAYER_NAMES } from '../server/src/mosaic/layers';
import { buildMosaicMap, computeMosaic, type MosaicInput } from '../server/src/mosaic/map';
import { renderLayerPng, renderOverlayPng } from '../server/src/mosaic/render-png';
import { initParsers } from '../server/src/parsing/languages';
import { MosaicRequest, MosaicUpdateNotification, type MosaicView } from '../server/src/protocol';
import { fileUri, LspSession, rng } from '../test/helpers/lsp-client';

const ROOT = path.resolve(__dirname, '..', '..');
const SERVER = path.join(ROOT, 'dist', 'server.js');
const DIR = path.join(ROOT, '.cache', 'mosaic-bench', 'ws-5000');
const FILES = 5000;
const CHANGED = 50;

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z' },
  }).trim();
}

function stats(xs: number[]): { median: number; p95: number; min: number; max: number } {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return { median: q(0.5), p95: q(0.95), min: s[0], max: s[s.length - 1] };
}
const ms = (x: number) => `${x.toFixed(1)} ms`;

/** Deterministic PRNG (mulberry32). */
function rand(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function tsFile(r: () => number, tag: string): string {
  const fns = 1 + Math.floor(r() * 6);
  const out = [`import { util } from "../shared/util";`];
  for (let i = 0; i < fns; i++) {
    out.push(`export function f${tag}_${i}(a: number, b: number): number {`, `  let x = a * ${i} + b;`);
    for (let k = 0; k < 2 + Math.floor(r() * 10); k++) out.push(`  if (x > ${k}) x = util(x - ${k});`);
    out.push('  return x;', '}', '');
  }
  return out.join('\n');
}

function pyFile(r: () => number, tag: string): string {
  const out = ['from .shared import util', ''];
  for (let i = 0; i < 1 + Math.floor(r() * 5); i++) {
    out.push(`def g${tag}_${i}(a, b):`, `    x = a * ${i} + b`);
    for (let k = 0; k < 2 + Math.floor(r() * 8); k++) out.push(`    if x > ${k}:`, `        x = util(x - ${k})`);
    out.push('    return x', '', '');
  }
  return out.join('\n');
}

function generate(): string[] {
  const marker = path.join(DIR, '.bench-ready');
  const r = rand(42);
  const paths: string[] = [];
  for (let i = 0; i < FILES; i++) {
    const dir = `pkg${String(i % 40).padStart(2, '0')}/sub${String(Math.floor(i / 40) % 12).padStart(2, '0')}`;
    const kind = i % 10;
    paths.push(kind < 6 ? `${dir}/mod${i}.ts` : kind < 9 ? `${dir}/mod${i}.py` : `${dir}/notes${i}.md`);
  }
  if (fs.existsSync(marker)) return paths;
  fs.rmSync(DIR, { recursive: true, force: true });
  fs.mkdirSync(DIR, { recursive: true });
  git(DIR, 'init', '-q', '-b', 'main');
  git(DIR, 'config', 'user.email', 'bench@example.com');
  git(DIR, 'config', 'user.name', 'GlitchLab Bench');
  git(DIR, 'config', 'commit.gpgsign', 'false');
  fs.mkdirSync(path.join(DIR, 'shared'), { recursive: true });
  fs.writeFileSync(path.join(DIR, 'shared', 'util.ts'), 'export function util(x: number): number {\n  return x;\n}\n');
  paths.forEach((p, i) => {
    fs.mkdirSync(path.join(DIR, path.dirname(p)), { recursive: true });
    const text = p.endsWith('.ts') ? tsFile(r, String(i)) : p.endsWith('.py') ? pyFile(r, String(i)) : `# notes ${i}\n\n${'text line\n'.repeat(3 + Math.floor(r() * 30))}`;
    fs.writeFileSync(path.join(DIR, p), text);
  });
  git(DIR, 'add', '-A');
  git(DIR, 'commit', '-q', '-m', 'base');
  fs.writeFileSync(marker, '');
  return paths;
}

/** 50 changed files in the working tree: signature changes, body edits, one broken file. */
function changeWorktree(paths: string[]): void {
  git(DIR, 'checkout', '-q', '--', '.');
  const ts = paths.filter((p) => p.endsWith('.ts'));
  for (let k = 0; k < CHANGED; k++) {
    const p = ts[(k * 53) % ts.length];
    const abs = path.join(DIR, p);
    let text = fs.readFileSync(abs, 'utf8');
    text = k % 3 === 0 ? text.replace('(a: number, b: number)', '(a: number, b: number, c = 0)') : text.replace('let x = a * 0 + b;', 'let x = a * 7 + b;');
    if (k === CHANGED - 1) text = text.replace('return x;', 'return (x;');
    fs.writeFileSync(abs, text);
  }
}

async function main(): Promise<void> {
  process.stdout.write('GlitchLab mosaic benchmark (figures only; targets in the issue)\n\n');
  let t = performance.now();
  const paths = generate();
  changeWorktree(paths);
  process.stdout.write(`workspace: ${FILES + 1} files (${paths.filter((p) => p.endsWith('.ts')).length} TS, ${paths.filter((p) => p.endsWith('.py')).length} Python, ${paths.filter((p) => p.endsWith('.md')).length} Markdown), ${CHANGED} changed in the working tree — ready in ${ms(performance.now() - t)}\n`);

  await initParsers();
  const repo = await GitRepo.open(DIR);
  const policy = new Policy();
  try {
    const base = git(DIR, 'rev-parse', 'HEAD');
    t = performance.now();
    // The use case `glx mosaic` runs (app/analyse-change.ts): change set, history window, Δ.
    const analysis = await analyseChange({ repo, policy, glxDir: path.join(DIR, '.glx') }, { base });
    const { cs, result } = analysis;
    const tDelta = performance.now() - t;
    t = performance.now();
    const source = await gatherMosaicSource(repo, base, cs, policy, { window: analysis.window });
    const tSource = performance.now() - t;
    t = performance.now();
    await gatherMosaicSource(repo, base, cs, policy);
    const tSourceWarm = performance.now() - t;
    const lines = source.files.reduce((s, f) => s + Math.max(f.locBase, f.locHead), 0);
    process.stdout.write(`\n1. mosaic of ${source.files.length} files (${lines} lines, ${result.tokens.length} tokens)\n`);
    process.stdout.write(`   Δ (diff + history window + tokens):        ${ms(tDelta)}\n`);
    process.stdout.write(`   facts (lists, LOC, head analyses, churn):  ${ms(tSource)} cold, ${ms(tSourceWarm)} warm (chunk cache)\n`);
    for (const [rows, cols] of [[64, 64], [256, 256]]) {
      const input: MosaicInput = { files: source.files, changeSet: cs, tokens: result.tokens, facts: source.facts, params: { ...DEFAULT_PARAMS, rows, cols } };
      computeMosaic(input); // warm-up (gilbert order cache, JIT)
      const times: number[] = [];
      let m = computeMosaic(input);
      for (let i = 0; i < 10; i++) {
        const s = performance.now();
        m = computeMosaic(input);
        times.push(performance.now() - s);
      }
      const st = stats(times);
      const s2 = performance.now();
      const json = JSON.stringify(buildMosaicMap(m, input, { base: { rev: 'HEAD', sha: base }, head: { rev: 'WORKTREE', sha: null } }, []));
      const tMap = performance.now() - s2;
      process.stdout.write(
        `   ${rows}×${cols}: layout + 8 layers + I3 median ${ms(st.median)}, p95 ${ms(st.p95)} (n=10; ${(FILES / (st.median / 1000)).toFixed(0)} files/s)` +
          ` · map JSON ${ms(tMap)}, ${(json.length / 1e6).toFixed(2)} MB · I3 ${m.i3.status} E=${m.i3.E.toFixed(3)}\n`,
      );
      process.stdout.write(`   ${rows}×${cols}: end to end (facts cold + Δ + mosaic): ${ms(tDelta + tSource + st.median)}\n`);

      // 2. PNGs
      const png: number[] = [];
      let bytes = 0;
      for (let i = 0; i < 5; i++) {
        const s = performance.now();
        const b = await renderLayerPng(m.layers.heat, rows, cols, 'heat');
        png.push(performance.now() - s);
        bytes = b.length;
      }
      const s3 = performance.now();
      await Promise.all([...LAYER_NAMES.map((name) => renderLayerPng(m.layers[name], rows, cols, name)), renderOverlayPng(m.layers.tokens, m.layers.delta, rows, cols, 'I3')]);
      const all = performance.now() - s3;
      const ps = stats(png);
      process.stdout.write(`2. PNG ${rows}×${cols}: one layer median ${ms(ps.median)}, p95 ${ms(ps.p95)} (n=5, ${(bytes / 1024).toFixed(0)} KiB) · all 9 PNGs (parallel encode) ${ms(all)}\n`);
    }
  } finally {
    await repo.close();
  }

  // 3. Panel update latency through the real server.
  const s = LspSession.spawn([SERVER, '--stdio']);
  try {
    t = performance.now();
    await s.initialize(DIR, { debounceMs: 0 });
    await s.waitStatus((st) => st.state === 'ready', 'ready', 0, 300_000);
    const tIndex = performance.now() - t;
    t = performance.now();
    const first = await s.send(MosaicRequest.type, { subscribe: true });
    const tFirst = performance.now() - t;
    const target = paths.filter((p) => p.endsWith('.ts'))[7];
    const uri = fileUri(DIR, target);
    const text = fs.readFileSync(path.join(DIR, target), 'utf8');
    s.open(uri, text);
    await s.waitFor((n) => n.method === MosaicUpdateNotification.method, 'update after open', 0, 60_000);
    const lat: number[] = [];
    const server: number[] = [];
    for (let i = 0; i < 30; i++) {
      const mark = s.mark();
      const start = performance.now();
      s.change(uri, [{ range: rng(1, 0), text: i % 2 ? '' : `// edit ${i}\n` }].map((c, k) => (i % 2 && k === 0 ? { range: { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } }, text: '' } : c)));
      const n = await s.waitFor((x) => x.method === MosaicUpdateNotification.method, `update ${i}`, mark, 30_000);
      lat.push(n.at - start);
      server.push((n.params as MosaicView).millis);
    }
    const ls = stats(lat);
    const ss = stats(server);
    process.stdout.write(
      `\n3. panel update after an edit (real server over stdio, ${FILES + 1}-file workspace, 64×64, debounce 0, n=30):\n` +
        `   index ${ms(tIndex)}; first glitchlab/mosaic ${ms(tFirst)} (reads the base once: ${first.map.fileCount} files)\n` +
        `   didChange → glitchlab/mosaicUpdate received: median ${ms(ls.median)}, p95 ${ms(ls.p95)}, max ${ms(ls.max)}\n` +
        `   of which server-side compute: median ${ms(ss.median)}, p95 ${ms(ss.p95)}\n`,
    );
  } finally {
    await s.close();
  }
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exitCode = 1;
});
