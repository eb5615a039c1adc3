// Issue 11 item 6: output targets. `--out` used to replace special files and symlinks instead
// of writing to them (a FIFO, a symlink), `--out /tmp` failed naming an internal temp path,
// `.glx` existing as a file gave exit 70 with a stack trace, `glx … | head -c 100` an EPIPE
// stack trace, and temp files of a killed run stayed forever. Real repo, real `glx`.
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { TempRepo } from '../helpers/temp-repo';
import { EXIT_CODES } from '../../server/src/errors';

const GLX = path.resolve(__dirname, '..', '..', '..', 'bin', 'glx');
const STACK = /^\s+at /m;

function glx(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [GLX, ...args], { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, GLX_DEBUG: '' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

let repo: TempRepo;
let scratch: string;

before(() => {
  repo = new TempRepo('glx-out-');
  const files: Record<string, string> = {};
  for (let i = 0; i < 30; i++) files[`src/m${i}.ts`] = `export function f${i}(a: number): number {\n  return a + ${i};\n}\n`;
  repo.commit(files, 'init');
  for (let i = 0; i < 30; i++) repo.write(`src/m${i}.ts`, `export function f${i}(a: number, b = ${i}): number {\n  return a + b;\n}\n`);
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'glx-out-scratch-'));
});

after(() => {
  repo.cleanup();
  fs.rmSync(scratch, { recursive: true, force: true });
});

describe('output targets (issue 11 item 6)', () => {
  test('--out a directory: one line naming it, exit 2, no internal temp path', () => {
    const r = glx(['delta', '--out', scratch], repo.dir);
    assert.equal(r.code, EXIT_CODES['bad-input'], r.stderr);
    assert.equal(r.stderr, `glx: ${scratch}: is a directory, expected a file\n`);
  });

  test('--out a symlink: written through, the link stays a link', () => {
    const target = path.join(scratch, 'target.json');
    const link = path.join(scratch, 'link.json');
    fs.symlinkSync(target, link);
    const r = glx(['delta', '--out', link], repo.dir);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(fs.lstatSync(link).isSymbolicLink(), 'still a symlink');
    assert.equal(JSON.parse(fs.readFileSync(target, 'utf8')).schema, 'delta.report.v1');
  });

  test('--out a FIFO: written to, not replaced', async () => {
    const fifo = path.join(scratch, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo], { stdio: ['ignore', 'pipe', 'ignore'] });
    let got = '';
    reader.stdout.on('data', (d) => (got += String(d)));
    const done = new Promise((r) => reader.once('exit', r));
    const w = spawn(process.execPath, [GLX, 'delta', '--out', fifo], { cwd: repo.dir, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, GLX_DEBUG: '' } });
    let err = '';
    w.stderr.on('data', (d) => (err += String(d)));
    const code = await new Promise((r) => w.once('exit', r));
    // Before the fix the FIFO was replaced by a regular file and the reader waited forever.
    const timer = setTimeout(() => reader.kill(), 20_000);
    await done;
    clearTimeout(timer);
    assert.equal(code, 0, err);
    assert.ok(fs.lstatSync(fifo).isFIFO(), 'still a FIFO');
    assert.equal(JSON.parse(got).schema, 'delta.report.v1');
  });

  test('.glx existing as a file: one line, bad input, no stack', () => {
    const r = new TempRepo('glx-out-file-');
    try {
      r.commit({ 'a.ts': 'export const a = 1;\n' }, 'init');
      r.write('a.ts', 'export const a = 2;\n');
      r.write('.glx', 'not a directory');
      for (const args of [['delta'], ['ast', 'index'], ['mosaic']]) {
        const x = glx(args, r.dir);
        assert.equal(x.code, EXIT_CODES['bad-input'], `glx ${args.join(' ')}: ${x.stderr}`);
        assert.equal(x.stderr.split('\n').filter(Boolean).length, 1, x.stderr);
        assert.match(x.stderr, /\.glx.* not a directory/);
        assert.doesNotMatch(x.stderr, STACK);
      }
    } finally {
      r.cleanup();
    }
  });

  test('EPIPE (`glx delta --json | head -c 100`): ends quietly', async () => {
    const child = spawn(process.execPath, [GLX, 'delta', '--json'], { cwd: repo.dir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GLX_DEBUG: '' } });
    let err = '';
    child.stderr.on('data', (d) => (err += String(d)));
    let n = 0;
    child.stdout.on('data', (d: Buffer) => {
      n += d.length;
      if (n >= 100) child.stdout.destroy(); // what `head -c 100` does: read a little, close the pipe
    });
    const code = await new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
    assert.equal(err, '', 'nothing on stderr');
    assert.ok(code === 0 || code === 1, `exit ${code}`);
  });

  test('orphan *.tmp of a killed run are removed by the next run; a live writer\'s are kept', () => {
    const glxDir = path.join(repo.dir, '.glx');
    fs.mkdirSync(glxDir, { recursive: true });
    const dead = path.join(glxDir, `.delta_report.json.999999999.${Date.now()}.tmp`);
    const old = path.join(glxDir, `.delta_report.json.${process.pid}.${Date.now() - 2 * 3600_000}.tmp`);
    const live = path.join(glxDir, `.delta_report.json.${process.pid}.${Date.now()}.tmp`);
    for (const f of [dead, old, live]) fs.writeFileSync(f, 'partial');
    const r = glx(['delta'], repo.dir);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(!fs.existsSync(dead), 'the dead writer\'s temp is gone');
    assert.ok(!fs.existsSync(old), 'an hour-old temp is gone');
    assert.ok(fs.existsSync(live), 'a live writer\'s temp is kept');
    fs.rmSync(live);
  });
});
