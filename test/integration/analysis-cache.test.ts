// Warm starts through the CLI (issue 14): `glx delta` fills .glx/cache/analysis on its first run
// and reads it on the next; the report is the same either way, and the same again when every
// cache entry has been damaged (a bad entry is a miss, never a wrong answer). GLX_CACHE=0 runs
// without the cache. Real git repository, real glx processes.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { TempRepo } from '../helpers/temp-repo';

const GLX = path.resolve(__dirname, '..', '..', '..', 'bin', 'glx');

function glx(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [GLX, ...args], { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...env } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

let repo: TempRepo;
before(() => {
  repo = new TempRepo('glx-cache-');
  repo.commit({
    'src/shapes.ts': 'export class Shape {\n  area(): number {\n    return 0;\n  }\n}\n\nexport function scale(s: Shape, k: number): number {\n  return s.area() * k;\n}\n',
    'py/calc.py': 'def total(xs):\n    return sum(xs)\n',
  }, 'base');
  repo.write('src/shapes.ts', 'export class Shape {\n  area(): number {\n    return 1;\n  }\n\n  perimeter(): number {\n    return 4;\n  }\n}\n\nexport function scale(s: Shape, k: number, round = false): number {\n  const v = s.area() * k;\n  return round ? Math.round(v) : v;\n}\n');
  repo.write('py/calc.py', 'def total(xs, start=0):\n    return start + sum(xs)\n');
});
after(() => repo.cleanup());

const cacheDir = () => path.join(repo.dir, '.glx', 'cache', 'analysis');
const cacheFiles = (): string[] => (fs.existsSync(cacheDir()) ? fs.readdirSync(cacheDir()).flatMap((s) => fs.readdirSync(path.join(cacheDir(), s)).map((n) => path.join(cacheDir(), s, n))) : []);
const essence = (stdout: string) => {
  const r = JSON.parse(stdout);
  return { fingerprint: r.fingerprint, tokens: r.tokens, energy: r.energy };
};

test('glx delta: cold, warm and damaged-cache runs give the same report', () => {
  const cold = glx(['delta', '--json'], repo.dir);
  assert.equal(cold.code, 0, cold.stderr);
  const files = cacheFiles();
  assert.equal(files.length, 4, 'both sides of both changed files are cached');
  const warm = glx(['delta', '--json'], repo.dir);
  assert.equal(warm.code, 0, warm.stderr);
  assert.deepEqual(essence(warm.stdout), essence(cold.stdout));
  // Damage every entry differently: each must read as a miss and be recomputed.
  files.forEach((f, i) => {
    const b = fs.readFileSync(f);
    if (i === 0) fs.writeFileSync(f, b.subarray(0, b.length >> 1));
    else if (i === 1) fs.writeFileSync(f, 'garbage');
    else if (i === 2) {
      b[b.length - 20] ^= 1;
      fs.writeFileSync(f, b);
    } else fs.writeFileSync(f, '');
  });
  const damaged = glx(['delta', '--json'], repo.dir);
  assert.equal(damaged.code, 0, damaged.stderr);
  assert.deepEqual(essence(damaged.stdout), essence(cold.stdout));
  const off = glx(['delta', '--json'], repo.dir, { GLX_CACHE: '0' });
  assert.equal(off.code, 0, off.stderr);
  assert.deepEqual(essence(off.stdout), essence(cold.stdout));
  // The damaged run wrote good entries back.
  assert.equal(cacheFiles().length, 4);
});
