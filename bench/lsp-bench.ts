// Language-server benchmark (`npm run bench:lsp`; issue "Language server: live Δ in the editor").
// Prints, without asserting:
//   1. didChange → publishDiagnostics latency over stdio (debounce 0) for 100 single-character
//      edits in a 2,000-line TypeScript file — median and p95 (target p95 ≤ 25 ms);
//   2. the server's RSS (/proc/<pid>/status VmRSS, and the VmHWM peak) after indexing a
//      generated 100k-line workspace with 500 changed files (target ≤ 250 MB), plus the
//      indexing time and the edit latency inside that workspace.
// Workspaces are generated under the git-ignored .cache/lsp-bench/ and reused between runs.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { serverProcessEnv, StatusNotification } from '../server/src/protocol';
import { fileUri, LspSession, rng } from '../test/helpers/lsp-client';

const ROOT = path.resolve(__dirname, '..', '..');
const SERVER = path.join(ROOT, 'dist', 'server.js');
const CACHE = path.join(ROOT, '.cache', 'lsp-bench');

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z' },
  }).trim();
}

function initRepo(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.email', 'bench@example.com');
  git(dir, 'config', 'user.name', 'GlitchLab Bench');
  git(dir, 'config', 'commit.gpgsign', 'false');
}

/** A TS module of `fns` exported functions, 10 lines each (plus a 2-line header). */
function tsModule(fns: number, tag: string): string {
  const out = [`// generated module ${tag}`, `import { helper } from "./helper";`];
  for (let i = 0; i < fns; i++) {
    out.push(
      `export function fn${tag}_${i}(a: number, b: number): number {`,
      `  const x${i} = a * ${i} + b;`,
      `  if (x${i} > ${i * 3}) {`,
      `    return helper(x${i});`,
      `  }`,
      `  for (let k = 0; k < ${i % 7}; k++) {`,
      `    b += k;`,
      `  }`,
      `  return x${i} - b;`,
      `}`,
    );
  }
  return out.join('\n') + '\n';
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

function rssOf(pid: number): { rss: number; hwm: number } {
  const st = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm').exec(st)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
}

async function start(dir: string): Promise<{ s: LspSession; readyMs: number }> {
  const s = LspSession.spawn([SERVER, '--stdio'], dir, serverProcessEnv(process.env));
  const t0 = performance.now();
  await s.initialize(dir, { debounceMs: 0 });
  await s.waitStatus((st) => st.state === 'ready', 'ready', 0, 600_000);
  return { s, readyMs: performance.now() - t0 };
}

/** `n` single-character edits inside function bodies; latency until the edited file's diagnostics for that version arrive. */
async function editLatency(s: LspSession, uri: string, text: string, n: number): Promise<number[]> {
  const lines = text.split('\n');
  const bodyLines = lines.map((l, i) => (/^ {2}const x\d+ = a \* /.test(l) ? i : -1)).filter((i) => i >= 0);
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const line = bodyLines[(i * 37) % bodyLines.length];
    // Insert one digit after `a * ` — a body edit (MODIFY_BODY) that always re-analyses.
    const col = lines[line].indexOf('* ') + 2;
    const from = s.mark();
    const t0 = performance.now();
    const version = s.change(uri, [{ range: rng(line, col), text: String(i % 10) }]);
    lines[line] = lines[line].slice(0, col) + String(i % 10) + lines[line].slice(col);
    await s.waitFor((x) => x.method === 'textDocument/publishDiagnostics' && x.params.uri === uri && x.params.version === version, `diagnostics v${version}`, from, 30_000);
    times.push(performance.now() - t0);
  }
  return times;
}

async function latencyBench(): Promise<void> {
  const dir = path.join(CACHE, 'latency');
  initRepo(dir);
  const text = tsModule(200, 'L'); // 2 + 200 × 10 = 2,002 lines
  fs.mkdirSync(path.join(dir, 'src'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'src', 'big.ts'), text);
  fs.writeFileSync(path.join(dir, 'src', 'helper.ts'), 'export function helper(x: number): number {\n  return x;\n}\n');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  const { s } = await start(dir);
  try {
    const uri = fileUri(dir, 'src/big.ts');
    s.open(uri, text);
    await s.waitFor((x) => x.method === 'textDocument/publishDiagnostics' && x.params.uri === uri, 'first publish', 0, 30_000);
    await editLatency(s, uri, text, 10); // warm-up (JIT, chunk cache)
    const times = await editLatency(s, uri, text, 100);
    console.log(`latency  2,002-line TS file, 100 single-char edits, debounce 0, stdio:`);
    console.log(`         median ${pct(times, 50).toFixed(1)} ms · p95 ${pct(times, 95).toFixed(1)} ms · max ${Math.max(...times).toFixed(1)} ms   (target p95 ≤ 25 ms)`);
  } finally {
    await s.close();
  }
}

async function memoryBench(): Promise<void> {
  const dir = path.join(CACHE, 'workspace-100k');
  const stamp = path.join(dir, '.bench-stamp');
  const FILES = 1000;
  const FNS = 10; // 1000 files × (2 + 10 × 10) lines ≈ 102k lines
  const CHANGED = 500;
  if (!fs.existsSync(stamp) || fs.readFileSync(stamp, 'utf8') !== `v1 ${FILES} ${FNS} ${CHANGED}`) {
    initRepo(dir);
    for (let f = 0; f < FILES; f++) {
      const sub = path.join(dir, `pkg${f % 20}`, 'src');
      fs.mkdirSync(sub, { recursive: true });
      fs.writeFileSync(path.join(sub, `mod${f}.ts`), tsModule(FNS, String(f)));
    }
    for (let p = 0; p < 20; p++) fs.writeFileSync(path.join(dir, `pkg${p}`, 'src', 'helper.ts'), 'export function helper(x: number): number {\n  return x;\n}\n');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'base');
    fs.writeFileSync(path.join(dir, '.git', 'info', 'exclude'), '.bench-stamp\n');
    fs.writeFileSync(stamp, `v1 ${FILES} ${FNS} ${CHANGED}`);
  }
  // Reset the working tree, then change 500 files: a signature, a body, an added function.
  git(dir, 'checkout', '-q', '--', '.');
  for (let f = 0; f < CHANGED; f++) {
    const file = path.join(dir, `pkg${f % 20}`, 'src', `mod${f}.ts`);
    let t = fs.readFileSync(file, 'utf8');
    t = t.replace(`fn${f}_0(a: number, b: number)`, `fn${f}_0(a: number, b: number, c = 0)`);
    t = t.replace(`return x1 - b;`, `return x1 - b * 2;`);
    t += `\nexport function added${f}(s: string): string {\n  return s.trim();\n}\n`;
    fs.writeFileSync(file, t);
  }
  const lines = Number(git(dir, 'ls-files', '-z').split('\0').filter(Boolean).reduce((n, p) => n + fs.readFileSync(path.join(dir, p), 'utf8').split('\n').length - 1, 0));
  const { s, readyMs } = await start(dir);
  try {
    const status = s.notes.filter((n) => n.method === StatusNotification.method).pop()!.params;
    const mem = rssOf(s.proc.pid!);
    console.log(`memory   workspace ${lines.toLocaleString('en')} lines, ${status.files} changed files, ${status.tokens} tokens, ΔZ ${status.dz.toFixed(3)}:`);
    console.log(`         indexed in ${(readyMs / 1000).toFixed(2)} s · RSS ${mem.rss.toFixed(0)} MB (peak ${mem.hwm.toFixed(0)} MB)   (target ≤ 250 MB)`);
    const uri = fileUri(dir, 'pkg0/src/mod0.ts');
    const text = fs.readFileSync(path.join(dir, 'pkg0', 'src', 'mod0.ts'), 'utf8');
    s.open(uri, text);
    await s.waitFor((x) => x.method === 'textDocument/publishDiagnostics' && x.params.uri === uri && x.params.version === 1, 'first publish', 0, 60_000);
    await editLatency(s, uri, text, 5);
    const times = await editLatency(s, uri, text, 30);
    const after = rssOf(s.proc.pid!);
    console.log(`         edit latency in that workspace (30 edits): median ${pct(times, 50).toFixed(1)} ms · p95 ${pct(times, 95).toFixed(1)} ms · RSS after edits ${after.rss.toFixed(0)} MB`);
  } finally {
    await s.close();
  }
}

async function main(): Promise<void> {
  if (!fs.existsSync(SERVER)) throw new Error(`${SERVER}: not built (npm run build)`);
  console.log(`GlitchLab LSP bench — node ${process.version}, ${SERVER}`);
  await latencyBench();
  await memoryBench();
}

main().catch((e) => {
  console.error(`lsp-bench: ${(e as Error).stack ?? e}`);
  process.exitCode = 1;
});
