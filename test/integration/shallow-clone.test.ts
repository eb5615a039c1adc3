// Issue 11 item 1: shallow clones (`git clone --depth N`, the default checkout of many CI
// systems). The boundary commit's parent is missing; it used to be compared with the empty
// tree (17 tokens, ΔZ 0.9, HARD_BLOCK where the full clone says 1 token, ACCEPT) and
// calibration learned from that inflated figure. Now: one line + exit 66 (not-found) unless
// --allow-shallow; a clone deep enough gives exactly the full clone's answer; calibration
// skips boundary commits and says how many. Real clones of a real temp repository, real `glx`.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { TempRepo } from '../helpers/temp-repo';
import { EXIT_CODES } from '../../server/src/errors';

const GLX = path.resolve(__dirname, '..', '..', '..', 'bin', 'glx');

function glx(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [GLX, ...args], { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, GLX_DEBUG: '' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

let full: TempRepo;
const clones: string[] = [];

function shallowClone(depth: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `glx-shallow-${depth}-`));
  clones.push(dir);
  execFileSync('git', ['clone', '-q', `--depth=${depth}`, `file://${full.dir}`, dir], { stdio: 'pipe' });
  return dir;
}

before(() => {
  full = new TempRepo('glx-shallow-full-');
  const files: Record<string, string> = {};
  for (let i = 1; i <= 8; i++) files[`src/m${i}.ts`] = `export function f${i}(a: number): number {\n  return a + ${i};\n}\n`;
  full.commit(files, 'c1');
  full.commit({ 'src/m1.ts': 'export function f1(a: number, b = 2): number {\n  return a + b;\n}\n' }, 'c2');
  full.commit({ 'src/m2.ts': 'export function f2(a: number, b = 3): number {\n  return a + b;\n}\n' }, 'c3');
});

after(() => {
  full.cleanup();
  for (const d of clones) fs.rmSync(d, { recursive: true, force: true });
});

describe('shallow clones (issue 11 item 1)', () => {
  test('depth 1: a missing parent is one line and the not-found exit code, not an inflated ΔZ', () => {
    const dir = shallowClone(1);
    assert.equal(execFileSync('git', ['rev-parse', '--is-shallow-repository'], { cwd: dir, encoding: 'utf8' }).trim(), 'true');
    for (const args of [['invariants', '--ci', '--commit', 'HEAD'], ['delta', '--range', 'HEAD'], ['delta', '--head', 'HEAD']]) {
      const r = glx(args, dir);
      assert.equal(r.code, EXIT_CODES['not-found'], `glx ${args.join(' ')}: exit ${r.code}\n${r.stdout}${r.stderr}`);
      const lines = r.stderr.split('\n').filter(Boolean);
      assert.equal(lines.length, 1, r.stderr);
      assert.match(lines[0], /^glx: HEAD: the parent of [0-9a-f]{12} is missing \(shallow clone\); fetch more history .*--allow-shallow/);
    }
  });

  test('depth 1 with --allow-shallow: analyses what is there and says so', () => {
    const dir = shallowClone(1);
    const r = glx(['delta', '--range', 'HEAD', '--allow-shallow', '--json'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /^glx: warning: HEAD: the parent of [0-9a-f]{12} is missing \(shallow clone\): --allow-shallow compares it with the empty tree$/m);
    assert.ok(JSON.parse(r.stdout).tokens.length > 0);
  });

  test('depth 2: the same answer as the full clone; calibration skips the boundary and says how many', () => {
    const dir = shallowClone(2);
    const a = glx(['invariants', '--ci', '--commit', 'HEAD', '--json'], dir);
    const b = glx(['invariants', '--ci', '--commit', 'HEAD', '--json'], full.dir);
    assert.equal(a.code, b.code, `${a.stderr}\n${b.stderr}`);
    const ra = JSON.parse(fs.readFileSync(path.join(dir, '.glx', 'delta_report.json'), 'utf8'));
    const rb = JSON.parse(fs.readFileSync(path.join(full.dir, '.glx', 'delta_report.json'), 'utf8'));
    assert.equal(ra.tokens.length, rb.tokens.length);
    assert.equal(ra.energy.overall.dz, rb.energy.overall.dz);
    assert.equal(ra.fingerprint.hash ?? ra.fingerprint, rb.fingerprint.hash ?? rb.fingerprint);

    const c = glx(['calibrate', 'update', '--window', '10'], dir);
    assert.equal(c.code, 0, c.stderr);
    assert.match(c.stdout, /\(1 analysed, 0 reused, 1 skipped: parent missing in a shallow clone\)/);
    const state = JSON.parse(fs.readFileSync(path.join(dir, '.glx', 'spec_state.json'), 'utf8'));
    const boundary = fs.readFileSync(path.join(dir, '.git', 'shallow'), 'utf8').trim();
    assert.ok(!state.sampled.includes(boundary), 'the boundary is not marked sampled: a deeper fetch analyses it later');
    const all = state.modules['*'] ?? Object.values(state.modules)[0];
    assert.ok(all.samples.every((s: { sha: string }) => s.sha !== boundary), 'no sample from the boundary commit');
  });
});
