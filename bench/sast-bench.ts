// SAST bridge benchmark (`npm run bench:sast`; issue 12 "Targets"). Prints figures, asserts
// nothing (tests never assert wall-clock times):
//   1. the live path: built-in scan of the changed lines of a 2,000-line TypeScript file
//      (scanChangeSet: line diff, tree-sitter parse, range-restricted queries, secret detectors,
//      prioritize, sec tokens), median/p95 over 60 edits (target p95 ≤ 20 ms);
//   2. a full scan of a ~100k-line tree: node_modules/eslint/lib (real code), every file whole,
//      secrets + patterns, with the findings by rule (target ≤ 10 s on 2 cores);
//   3. ingest + prioritize 10,000 SARIF results (ajv validation against the OASIS schema,
//      mapping, dedupe, risk, queues; target ≤ 2 s).
// `-- --tree DIR` (repeatable) scans other trees whole and lists every finding (precision review).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Policy } from '../server/src/config/policy';
import type { ChangeSet } from '../server/src/delta/change-set';
import { initParsers } from '../server/src/parsing/languages';
import { scanChangeSet } from '../server/src/sast/change-scan';
import { ingestText } from '../server/src/sast/ingest';
import { LineIndex } from '../server/src/sast/line-index';
import { defaultSecurityPolicy } from '../server/src/sast/security-policy';
import { prioritize } from '../server/src/sast/prioritize';
import { scanPatterns } from '../server/src/sast/scan-patterns';
import { scanSecrets } from '../server/src/sast/scan-secrets';
import type { RawFinding } from '../server/src/sast/types';

const ROOT = path.resolve(__dirname, '..', '..');

function stats(xs: number[]): { median: number; p95: number; min: number; max: number } {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return { median: q(0.5), p95: q(0.95), min: s[0], max: s[s.length - 1] };
}
const ms = (x: number) => `${x.toFixed(1)} ms`;

function file2000(): string {
  const out: string[] = ["import { createHash } from 'node:crypto';", "import * as cp from 'node:child_process';", ''];
  let i = 0;
  while (out.length < 2000) {
    out.push(`/** Handler ${i}: reads, checks and answers. */`, `export async function handler${i}(req: { body: string; id: number }, res: { send(x: unknown): void }): Promise<void> {`,
      `  const key = createHash('sha256').update(req.body).digest('hex');`, `  if (req.id > ${i}) {`, `    res.send({ key, n: ${i}, text: "value ${i}" });`,
      '  } else {', `    for (let k = 0; k < ${i % 7}; k++) res.send(k);`, '  }', '}', '');
    i++;
  }
  return out.slice(0, 2000).join('\n') + '\n';
}

function walk(dir: string, exts: RegExp, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, exts, out);
    else if (exts.test(e.name)) out.push(p);
  }
  return out;
}

function fullScan(dir: string, label: string, list: boolean): void {
  const files = walk(dir, /\.(ts|tsx|js|mjs|cjs|jsx|py)$/).filter((f) => !f.endsWith('.d.ts'));
  let lines = 0;
  const findings: RawFinding[] = [];
  const t0 = performance.now();
  for (const f of files) {
    const text = fs.readFileSync(f, 'utf8');
    const rel = path.relative(dir, f).split(path.sep).join('/');
    const idx = new LineIndex(text);
    lines += idx.lineCount;
    findings.push(...scanSecrets(rel, text, undefined, idx), ...scanPatterns(rel, text, undefined, idx));
  }
  const dt = performance.now() - t0;
  const byRule = new Map<string, number>();
  for (const f of findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
  console.log(`full scan ${label}: ${files.length} files, ${lines.toLocaleString('en')} lines in ${ms(dt)} (${Math.round(lines / (dt / 1000)).toLocaleString('en')} lines/s); ${findings.length} finding(s)${byRule.size ? `: ${[...byRule].map(([r, n]) => `${r} ${n}`).join(', ')}` : ''}`);
  if (list) for (const f of findings) console.log(`  ${f.ruleId} ${f.file}:${f.line}  ${f.snippet ?? ''}`.slice(0, 220));
}

function sarif10k(): string {
  const results = [];
  for (let i = 0; i < 10_000; i++) {
    results.push({ ruleId: `R${i % 40}`, level: i % 3 ? 'warning' : 'error', message: { text: `finding ${i}` },
      locations: [{ physicalLocation: { artifactLocation: { uri: `src/m${i % 25}/file${i % 500}.ts` }, region: { startLine: 1 + (i % 900), startColumn: 3 } } }] });
  }
  const rules = Array.from({ length: 40 }, (_, k) => ({ id: `R${k}`, shortDescription: { text: `rule ${k}` }, properties: { tags: ['security', `external/cwe/cwe-${[78, 89, 79, 327, 502][k % 5]}`] } }));
  return JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'bench-tool', rules } }, results }] });
}

async function main(): Promise<void> {
  const trees: string[] = [];
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) if (argv[i] === '--tree' && argv[i + 1]) trees.push(path.resolve(argv[++i]));
  // `--live-only`: the live path alone (what `node --cpu-prof` profiles without the other parts).
  const liveOnly = argv.includes('--live-only');
  await initParsers();
  const policy = new Policy();
  const security = defaultSecurityPolicy();
  console.log(`SAST bridge benchmark — node ${process.version}, ${new Date().toISOString()}, ${os.cpus().length} CPUs, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);

  // 1. The live path.
  const base = file2000();
  const lines = base.split('\n');
  const times: number[] = [];
  for (let it = 0; it < 70; it++) {
    const edited = [...lines];
    const at = 100 + ((it * 137) % 1800);
    edited[at] = `  cp.exec(\`ls \${req.body}\`); const h${it} = createHash('md5').update(req.body).digest('hex'); // edit ${it}`;
    edited[at + 1] = `  const password = "Zq8!vR2#kLp9wT4x${it}";`;
    const cs: ChangeSet = { changes: [{ status: 'M', old: { path: 'src/big.ts', text: base }, new: { path: 'src/big.ts', text: edited.join('\n') } }] };
    const t0 = performance.now();
    const r = scanChangeSet(cs, policy, { security });
    const dt = performance.now() - t0;
    // SAST_BENCH_TRACE=1: one line per edit (index, edited line, ms), to see which edits make the tail.
    if (process.env.SAST_BENCH_TRACE) console.log(it, at, dt.toFixed(1));
    if (it >= 10) times.push(dt); // the first edits warm the JIT and compile the queries
    if (it === 69 && r.tokens.length < 3) console.log(`  (unexpected: ${r.tokens.length} sec tokens)`);
  }
  const s1 = stats(times);
  console.log(`changed-lines scan of a 2,000-line file (2 changed lines, ${times.length} edits): median ${ms(s1.median)}, p95 ${ms(s1.p95)}, max ${ms(s1.max)} (target p95 ≤ 20 ms)`);
  if (liveOnly) return;
  const fullTimes: number[] = [];
  for (let it = 0; it < 20; it++) {
    const t0 = performance.now();
    // No tree cache here: a fresh parse, as the full scan of a tree does.
    const idx = new LineIndex(base);
    scanSecrets('src/big.ts', base, undefined, idx);
    scanPatterns('src/big.ts', base, undefined, idx);
    fullTimes.push(performance.now() - t0);
  }
  const s1b = stats(fullTimes.slice(5));
  console.log(`whole-file scan of the same 2,000-line file: median ${ms(s1b.median)}, p95 ${ms(s1b.p95)}`);

  // 2. A ~100k-line real tree.
  const eslintLib = path.join(ROOT, 'node_modules', 'eslint', 'lib');
  fullScan(eslintLib, 'node_modules/eslint/lib (target ≤ 10 s for 100k lines)', false);
  for (const t of trees) fullScan(t, path.relative(ROOT, t) || t, true);

  // 3. Ingest + prioritize 10,000 SARIF results.
  const text = sarif10k();
  const ing: number[] = [];
  let last = 0;
  for (let it = 0; it < 5; it++) {
    const t0 = performance.now();
    const r = ingestText(text, 'bench.sarif', '/repo');
    const nf = prioritize(r.findings, { policy, security, changed: new Map() });
    ing.push(performance.now() - t0);
    last = nf.length;
  }
  const s3 = stats(ing);
  console.log(`ingest + prioritize 10,000 SARIF results (${(text.length / 1e6).toFixed(1)} MB, ${last} NF after dedupe): median ${ms(s3.median)}, p95 ${ms(s3.p95)} (target ≤ 2 s)`);
}

void main();
