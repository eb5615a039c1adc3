// Figures for `glx audit backup` / `restore` (spec §3.12) and a playbook dry run: a synthetic
// `.glx/` of N files (JSON-like text, compressible) in a temp git repo; backup, verify (every
// check + every sha256) and extract are timed over several runs. Prints median, p95 and
// throughput with the input size; asserts nothing.
//   npx tsc -p tsconfig.test.json && node out/bench/audit-bench.js [files=400] [kib-per-file=32] [runs=7]
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { auditBackup, auditRestore } from '../server/src/app/audit';
import { runPlaybookCase } from '../server/src/app/run-playbook';
import { openWorkspace } from '../server/src/app/workspace';
import { verifyArchive } from '../server/src/audit/restore';
import { TempRepo } from '../test/helpers/temp-repo';

const [files = 400, kib = 32, runs = 7] = process.argv.slice(2).map(Number);

const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
const fmt = (label: string, ms: number[], bytes: number) =>
  `${label.padEnd(22)} median ${q(ms, 0.5).toFixed(1)} ms · p95 ${q(ms, 0.95).toFixed(1)} ms · ${(bytes / 1048576 / (q(ms, 0.5) / 1000)).toFixed(1)} MiB/s`;

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

async function main(): Promise<void> {
  process.env.GLX_EGDB = 'off';
  const repo = new TempRepo('glx-audit-bench-');
  try {
    repo.commit({ 'src/a.ts': 'export const a = 1;\n' }, 'init');
    let total = 0;
    for (let i = 0; i < files; i++) {
      const body = Array.from({ length: (kib * 1024) / 64 }, (_, k) => `{"i":${i},"k":${k},"v":"${(i * 7919 + k * 104729).toString(36).padEnd(24, 'x')}"}`).join('\n');
      repo.write(`.glx/bench/${String(i).padStart(4, '0')}.json`, body);
      total += Buffer.byteLength(body);
    }
    repo.write('.glx/.gitignore', '*\n');
    const ws = await openWorkspace(repo.dir);
    const backup: number[] = [];
    const verify: number[] = [];
    const extract: number[] = [];
    let zip = '';
    for (let r = 0; r < runs; r++) {
      const out = path.join(os.tmpdir(), `glx-audit-bench-${process.pid}-${r}.zip`);
      backup.push(await time(async () => void (zip = (await auditBackup(ws, { out })).zip)));
      verify.push(await time(() => verifyArchive(zip)));
      const into = `restore-${r}`;
      extract.push(await time(() => auditRestore(ws, zip, { into })));
      fs.rmSync(path.join(repo.dir, into), { recursive: true, force: true });
      if (r < runs - 1) fs.rmSync(zip, { force: true });
    }
    const zipBytes = fs.statSync(zip).size;
    fs.rmSync(zip, { force: true });
    process.stdout.write(`.glx/: ${files} files, ${(total / 1048576).toFixed(1)} MiB → zip ${(zipBytes / 1048576).toFixed(2)} MiB; ${runs} runs\n`);
    process.stdout.write(`${fmt('audit backup', backup, total)}\n${fmt('verify (all checks)', verify, total)}\n${fmt('restore --into', extract, total)}\n`);
    const plan: number[] = [];
    repo.write('src/a.ts', 'export const a = 2;\nexport function b(x: number): number {\n  return x;\n}\n');
    for (let r = 0; r < runs; r++) plan.push(await time(() => runPlaybookCase(ws, 'unstuck-ci', {}, { dryRun: true, trusted: true })));
    process.stdout.write(`playbook 6 dry run      median ${q(plan, 0.5).toFixed(1)} ms · p95 ${q(plan, 0.95).toFixed(1)} ms (1 changed file)\n`);
    await ws.repo.close();
  } finally {
    repo.cleanup();
  }
}

void main();
