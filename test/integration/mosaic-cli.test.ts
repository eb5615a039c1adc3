// `glx mosaic` as users run it (the built bin/glx on a real temp repo): the playbook-3 command
// line, mosaic_map.json (glx.mosaic.map.v1) with Ψ and I3, PNGs that decode with the right
// size and colours at known cells, and exit 2 with one line on bad input.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { loadImage, createCanvas } from '@napi-rs/canvas';
import { parseCellId } from '../../server/src/mosaic/layout';
import type { MosaicMap } from '../../server/src/mosaic/map';
import { BACKGROUND, cellPixels, colourOf, imageSize, OVERLAY } from '../../server/src/mosaic/render-png';
import { TempRepo } from '../helpers/temp-repo';

const GLX = path.resolve(__dirname, '..', '..', '..', 'bin', 'glx');

function glx(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [GLX, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const fn = (name: string, n: number, extra = '') =>
  `export function ${name}(x: number${extra}): number {\n${Array.from({ length: n }, (_, i) => `  x = x * ${i + 2} + ${i};`).join('\n')}\n  return x;\n}\n`;

let repo: TempRepo;
let base: string;
let head: string;

before(() => {
  repo = new TempRepo();
  const files: Record<string, string> = { 'README.md': '# demo\n', 'docs/guide.md': 'text\n'.repeat(20) };
  for (let i = 0; i < 6; i++) files[`src/m${i}.ts`] = `import { helper } from '../lib/helper';\n` + fn(`f${i}`, 20) + fn(`g${i}`, 20);
  files['lib/helper.ts'] = 'export function helper(): number {\n  return 1;\n}\n';
  base = repo.commit(files, 'base');
  head = repo.commit({ 'src/m2.ts': files['src/m2.ts'].replace('function g2(x: number', 'function g2(x: number, y = 1') }, 'sig change');
  repo.write('analysis/policy.json', JSON.stringify({ schema: 'glx.mosaic.policy.v1', phi: { default: 1, paths: { 'src/**': 0.8 }, kinds: { MODIFY_BODY: 0.5 } } }));
});
after(() => repo.cleanup());

function readMap(dir: string): MosaicMap {
  return JSON.parse(fs.readFileSync(path.join(dir, 'mosaic_map.json'), 'utf8')) as MosaicMap;
}

async function pixel(file: string, x: number, y: number): Promise<{ width: number; height: number; rgb: number[] }> {
  const img = await loadImage(fs.readFileSync(file));
  const c = createCanvas(img.width, img.height);
  const ctx = c.getContext('2d');
  ctx.drawImage(img, 0, 0);
  const d = ctx.getImageData(x, y, 1, 1).data;
  return { width: img.width, height: img.height, rgb: [d[0], d[1], d[2]] };
}

test('the playbook-3 command line works as written and writes every artifact', async () => {
  const r = glx(['mosaic', '--rows', '64', '--cols', '64', '--edge-thr', '0.12', '--kappa-ab', '0.6', '--phi', 'policy', '--policy-file', 'analysis/policy.json',
    '--base', base, '--head', head, '--delta', '0.2', '--out', '.glx/mosaic', '--strict-artifacts'], repo.dir);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /I3 PASS E=0\.000/);
  const out = path.join(repo.dir, '.glx', 'mosaic');
  const map = readMap(out);
  assert.equal(map.schema, 'glx.mosaic.map.v1');
  assert.deepEqual(map.grid, { rows: 64, cols: 64, curve: 'gilbert', cell_id: 'MOZ::<rows>x<cols>@r<RR>c<CC>' });
  assert.deepEqual(map.params, { edge_thr: 0.12, kappa_ab: 0.6, phi: 'policy', policy_file: 'analysis/policy.json', delta: 0.2 });
  assert.equal(map.base.sha, base);
  assert.equal(map.head.sha, head);
  assert.equal(map.i3.gate, 'I3');
  assert.equal(map.i3.status, 'PASS');
  for (const a of map.artifacts) assert.ok(fs.statSync(path.join(out, a)).size > 0, a);
  for (const layer of ['tokens', 'heat', 'cc', 'churn', 'fan_in', 'edge', 'roi']) assert.ok(map.artifacts.includes(`mosaic_${layer}.png`), layer);
  assert.ok(map.artifacts.includes('mosaic_delta.png') && map.artifacts.includes('mosaic_delta_moz.png'));
  // Files of base ∪ head in path order (the untracked policy file is in neither commit).
  assert.deepEqual(map.files.map((f) => f.path).slice(0, 4), ['README.md', 'docs/guide.md', 'lib/helper.ts', 'src/m0.ts']);
  // Layers have one value per cell, in [0,1].
  for (const [name, v] of Object.entries(map.layers)) {
    assert.equal(v.length, 64 * 64, name);
    assert.ok(v.every((x) => x >= 0 && x <= 1), name);
  }
  // The tokens layer under the policy: MODIFY_SIG in src/ at 0.8.
  assert.equal(Math.max(...map.layers.tokens), 0.8);
  // fan_in: lib/helper.ts is imported by six files; roi: public functions.
  const helperCells = map.cells.filter((c) => c.files.some((f) => f.path === 'lib/helper.ts'));
  assert.ok(helperCells.some((c) => map.layers.fan_in[c.r * 64 + c.c] === 1));
  assert.ok(map.layers.roi.some((x) => x === 1));
});

test('Ψ: the cell of a known function names its file, lines and symbol; PNG colours at known cells', async () => {
  const out = path.join(repo.dir, '.glx', 'm2');
  const r = glx(['mosaic', '--base', base, '--head', head, '--out', '.glx/m2', '--phi', 'basic'], repo.dir);
  assert.equal(r.code, 0, r.stderr);
  const map = readMap(out);
  const g2 = map.cells.find((c) => c.files.some((f) => f.path === 'src/m2.ts' && f.symbols?.includes('g2') && f.head && f.head[0] <= 24 && 24 <= f.head[1]));
  assert.ok(g2, 'a cell holds line 24 of src/m2.ts (g2\'s signature)');
  assert.ok(parseCellId(g2.id));
  const idx = g2.r * 64 + g2.c;
  assert.equal(map.layers.tokens[idx], 1, 'Φ under --phi basic');
  assert.ok(map.layers.delta[idx] > 0);
  // PNG size and the colour of that cell (the overlay: both Φ and Δ) and of an unchanged one.
  const px = cellPixels(64, 64);
  const { width, height } = imageSize(64, 64);
  const overlay = await pixel(path.join(out, 'mosaic_delta.png'), g2.c * px + 1, g2.r * px + 1);
  assert.equal(overlay.width, width);
  assert.equal(overlay.height, height);
  assert.deepEqual(overlay.rgb, OVERLAY.both);
  const quiet = map.cells.find((c) => map.layers.delta[c.r * 64 + c.c] === 0 && map.layers.tokens[c.r * 64 + c.c] === 0)!;
  assert.deepEqual((await pixel(path.join(out, 'mosaic_delta.png'), quiet.c * px + 1, quiet.r * px + 1)).rgb, BACKGROUND);
  const tokens = await pixel(path.join(out, 'mosaic_tokens.png'), g2.c * px + px - 1, g2.r * px + px - 1);
  assert.deepEqual(tokens.rgb, colourOf(1));
});

test('a file broken mid-edit in the working tree: I3 FAIL naming it', () => {
  const text = repo.read('src/m4.ts').replace('x = x * 5 + 3;', 'x = x * (5 + 3;\n  if (x > {');
  repo.write('src/m4.ts', text);
  try {
    const r = glx(['mosaic', '--base', head, '--out', '.glx/m3', '--json'], repo.dir);
    assert.equal(r.code, 0, r.stderr);
    const j = JSON.parse(r.stdout) as { i3: MosaicMap['i3'] };
    assert.equal(j.i3.status, 'FAIL');
    assert.ok(j.i3.files.some((f) => f.path === 'src/m4.ts' && /does not parse/.test(f.reason)), JSON.stringify(j.i3.files));
    assert.ok(j.i3.disagreeing.length > 0 && j.i3.disagreeing.every((d) => d.kind === 'delta-only'));
  } finally {
    repo.git('checkout', '--', 'src/m4.ts');
  }
});

test('bad input: one line naming it, exit 2 (a missing policy file: not found, exit 66)', () => {
  const missing = glx(['mosaic', '--phi', 'policy', '--policy-file', 'analysis/missing.json', '--out', '.glx/bad'], repo.dir);
  assert.equal(missing.code, 66, missing.stderr);
  assert.match(missing.stderr, /^glx: analysis\/missing\.json: policy file not found \(needed by --phi policy\)\n$/);
  const cases: [string[], RegExp][] = [
    [['--rows', '0'], /--rows 0: must be an integer in 1\.\.1024/],
    [['--kappa-ab', '1.5'], /--kappa-ab 1\.5: must be a number in \[0,1\]/],
    [['--phi', 'fancy'], /--phi fancy: expected basic, balanced or policy/],
    [['--base', 'no-such-rev'], /no-such-rev/],
  ];
  for (const [args, re] of cases) {
    const r = glx(['mosaic', ...args, '--out', '.glx/bad'], repo.dir);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, re);
    assert.equal(r.stderr.trim().split('\n').length, 1);
  }
  fs.writeFileSync(path.join(repo.dir, 'bad-policy.json'), '{"phi": {"paths": {"src/**": 2}}}');
  const r = glx(['mosaic', '--phi', 'policy', '--policy-file', 'bad-policy.json'], repo.dir);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /bad-policy\.json: phi\.paths\["src\/\*\*"\]: weight must be a number in \[0,1\], got 2/);
  fs.rmSync(path.join(repo.dir, 'bad-policy.json'));
});

test('--phi policy from a subdirectory finds analysis/policy.json at the repository root', () => {
  const sub = path.join(repo.dir, 'src');
  const r = glx(['mosaic', '--phi', 'policy', '--base', base, '--head', head, '--out', path.join(repo.dir, '.glx', 'm4')], sub);
  assert.equal(r.code, 0, r.stderr);
  const map = readMap(path.join(repo.dir, '.glx', 'm4'));
  assert.equal(map.params.policy_file, 'analysis/policy.json');
  assert.equal(Math.max(...map.layers.tokens), 0.8);
});
