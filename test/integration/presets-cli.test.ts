// `--preset NAME` on the analysing verbs and `glx presets index|show` (issue 16), with the built
// glx on a real temp repository: a preset's weights change ΔZ, its ignore globs drop files, its
// gate option fail_on makes REVIEW exit 1, its mosaic rows/cols are glx mosaic's defaults; bad
// presets are exit 2 with file:line:col, unknown ones 66.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { TempRepo } from '../helpers/temp-repo';

const GLX = path.resolve(__dirname, '..', '..', '..', 'bin', 'glx');
const glx = (args: string[], cwd: string) => {
  const env = { ...process.env };
  delete env.GLX_EGDB_URL;
  const r = spawnSync(process.execPath, [GLX, ...args], { cwd, encoding: 'utf8', env, timeout: 120_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
};

const repos: TempRepo[] = [];
after(() => repos.forEach((r) => r.cleanup()));

function repo(): TempRepo {
  const r = new TempRepo('glx-presets-');
  repos.push(r);
  r.commit(
    {
      'src/math.ts': 'export function add(a: number, b: number): number {\n  return a + b;\n}\n',
      'docs/guide.ts': 'export const guide = 1;\n',
      'presets/strict.yaml': 'description: strict signatures\nweights:\n  MODIFY_SIG: 2\n  MODIFY_BODY: 1\nignore: ["docs/**"]\ngates:\n  fail_on: review\n  no_calibrate: true\nmosaic:\n  rows: 8\n  cols: 8\n',
      'presets/broken.yaml': 'weights:\n  MODIFY_SIG: high\n',
    },
    'base',
  );
  r.write('src/math.ts', 'export function add(a: number, b: number, c = 0): number {\n  return a + b + c;\n}\n');
  r.write('docs/guide.ts', 'export const guide = 2;\n');
  return r;
}

test('--preset: weights raise ΔZ, ignore drops files, fail_on review exits 1 on REVIEW, mosaic defaults; flags still win', () => {
  const r = repo();
  const plain = JSON.parse(glx(['delta', '--json'], r.dir).stdout);
  const strict = glx(['delta', '--json', '--preset', 'strict'], r.dir);
  assert.equal(strict.code, 0, strict.stderr);
  const s = JSON.parse(strict.stdout);
  assert.ok(plain.tokens.some((t: { file: string }) => t.file === 'docs/guide.ts'));
  assert.ok(!s.tokens.some((t: { file: string }) => t.file === 'docs/guide.ts'), 'docs/** ignored by the preset');
  assert.ok(s.energy.modules.src.dz > plain.energy.modules.src.dz, `${s.energy.modules.src.dz} > ${plain.energy.modules.src.dz}`);

  const inv = glx(['invariants', '--ci', '--preset', 'strict', '--json'], r.dir);
  const decision = JSON.parse(inv.stdout).decision;
  assert.ok(decision !== 'ACCEPT', decision);
  assert.equal(inv.code, 1, `${decision}: ${inv.stderr}`);
  assert.doesNotMatch(inv.stderr, /first run: calibrated/, 'no_calibrate from the preset');
  const lenient = glx(['invariants', '--ci', '--preset', 'strict', '--fail-on', 'block', '--json'], r.dir);
  assert.equal(lenient.code, decision === 'REVIEW' ? 0 : 1, 'the flag wins over the preset');

  const m = glx(['mosaic', '--preset', 'strict', '--json'], r.dir);
  assert.equal(m.code, 0, m.stderr);
  const map = JSON.parse(fs.readFileSync(path.join(r.dir, '.glx', 'mosaic', 'mosaic_map.json'), 'utf8'));
  assert.deepEqual([map.params?.rows ?? map.grid?.rows, map.params?.cols ?? map.grid?.cols], [8, 8]);
  glx(['mosaic', '--preset', 'strict', '--rows', '16'], r.dir);
  const map16 = JSON.parse(fs.readFileSync(path.join(r.dir, '.glx', 'mosaic', 'mosaic_map.json'), 'utf8'));
  assert.equal(map16.params?.rows ?? map16.grid?.rows, 16);
});

test('glx presets index/show; a bad preset is exit 2 at its line, an unknown one 66', () => {
  const r = repo();
  const idx = glx(['presets', 'index'], r.dir);
  assert.equal(idx.code, 2);
  assert.match(idx.stdout, /^INVALID  broken\nok       strict — strict signatures\nindex: /);
  assert.equal(idx.stderr, 'glx: presets/broken.yaml:2:15: weights.MODIFY_SIG: must be number\n');
  const index = JSON.parse(fs.readFileSync(path.join(r.dir, '.glx', 'presets_index.json'), 'utf8'));
  assert.deepEqual(index.presets.map((p: { name: string; valid: boolean }) => [p.name, p.valid]), [['broken', false], ['strict', true]]);
  const show = glx(['presets', 'show', 'strict', '--json'], r.dir);
  assert.equal(show.code, 0, show.stderr);
  const eff = JSON.parse(show.stdout);
  assert.deepEqual([eff.weights.MODIFY_SIG, eff.gates.fail_on, eff.mosaic.rows, eff.ignore.includes('docs/**')], [2, 'review', 8, true]);
  const bad = glx(['delta', '--preset', 'broken'], r.dir);
  assert.equal(bad.code, 2);
  assert.equal(bad.stderr, 'glx: presets/broken.yaml:2:15: weights.MODIFY_SIG: must be number\n');
  const none = glx(['delta', '--preset', 'nope'], r.dir);
  assert.equal(none.code, 66);
  assert.match(none.stderr, /preset "nope" not found in presets\/ \(presets: broken, strict\)/);
});
