// Presets (issue 16, spec §3.13): presets/*.yaml validated by the preset.v1 schema with each
// problem at its line and column; a valid preset applied on top of spec/invariants.yaml; the
// index written atomically into .glx/presets_index.json; parsing never throws (property).
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { indexPresets, loadPreset } from '../../server/src/app/presets';
import { defaultConfig, parseInvariantsConfig } from '../../server/src/config/invariants-config';
import { Policy } from '../../server/src/config/policy';
import { applyPreset, parsePreset } from '../../server/src/config/preset';
import { InputError } from '../../server/src/errors';

const BROKEN = `description: broken
weights:
  NOT_A_KIND: 1
  MODIFY_SIG: 99
mosaic:
  rows: 0
  colour: red
gates:
  fail_on: sometimes
`;

test('an invalid preset: every problem at its line and column, one clear message each', () => {
  const { preset, problems } = parsePreset(BROKEN, 'presets/broken.yaml', 'broken');
  assert.equal(preset, undefined);
  assert.deepEqual(
    problems.map((p) => `${p.file}:${p.line}:${p.col}: ${p.message}`),
    [
      'presets/broken.yaml:3:3: weights: unknown token kind "NOT_A_KIND" (a built-in kind like MODIFY_SIG, or a plugin\'s namespace.KIND)',
      'presets/broken.yaml:4:15: weights.MODIFY_SIG: must be <= 10',
      'presets/broken.yaml:6:9: mosaic.rows: must be >= 1',
      'presets/broken.yaml:7:3: mosaic: unknown key "colour"',
      'presets/broken.yaml:9:12: gates.fail_on: must be one of "review", "block"',
    ],
  );
  const syntax = parsePreset('weights:\n  MODIFY_SIG: [1\n', 'presets/s.yaml', 's');
  assert.equal(syntax.problems.length >= 1, true);
  assert.equal(syntax.problems[0].file, 'presets/s.yaml');
  assert.ok(syntax.problems[0].line >= 2, JSON.stringify(syntax.problems));
});

test('a valid preset applies on top of spec/invariants.yaml: its weights over the global ones, ignore added, I3 τ; module overrides still win', () => {
  const { config } = parseInvariantsConfig('weights:\n  MODIFY_SIG: 0.3\n  ADD_FN: 0.2\nmodule_weights:\n  core:\n    MODIFY_SIG: 0.05\nignore: ["gen/**"]\n');
  const { preset, problems } = parsePreset('schema: preset.v1\nweights:\n  MODIFY_SIG: 0.5\n  acme.ROUTE_ADDED: 0.9\nignore: ["docs/**"]\ngates:\n  i3_tau: 0.05\n', 'presets/strict.yaml', 'strict');
  assert.deepEqual(problems, []);
  const eff = new Policy(applyPreset(config, preset!));
  assert.equal(eff.weightOf('MODIFY_SIG', 'src', 'src/a.ts'), 0.5);
  assert.equal(eff.weightOf('ADD_FN', 'src', 'src/a.ts'), 0.2);
  assert.equal(eff.weightOf('MODIFY_SIG', 'core', 'core/a.ts'), 0.05);
  assert.equal(eff.weightOf('acme.ROUTE_ADDED', 'src', 'src/a.ts', 0.1), 0.9);
  assert.equal(eff.isIgnored('docs/x.md'), true);
  assert.equal(eff.isIgnored('gen/x.ts'), true);
  assert.equal(eff.config.i3.tau, 0.05);
  assert.equal(new Policy(config).isIgnored('docs/x.md'), false, 'the file itself is unchanged');
});

test('presets index: valid and invalid presets listed with their problems, written atomically; loadPreset names the first problem', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'glx-presets-'));
  try {
    fs.mkdirSync(path.join(root, 'presets'));
    fs.writeFileSync(path.join(root, 'presets', 'broken.yaml'), BROKEN);
    fs.writeFileSync(path.join(root, 'presets', 'fast.yml'), 'description: quick look\nmosaic:\n  rows: 16\n  cols: 16\n');
    const glxDir = path.join(root, '.glx');
    const { index, file } = indexPresets({ glxDir, repo: { root } });
    assert.equal(file, path.join(glxDir, 'presets_index.json'));
    const onDisk = JSON.parse(fs.readFileSync(file, 'utf8'));
    assert.equal(onDisk.schema, 'glx.presets.index.v1');
    assert.deepEqual(onDisk.presets.map((p: { name: string; valid: boolean }) => [p.name, p.valid]), [['broken', false], ['fast', true]]);
    assert.deepEqual(index.presets[1].sets, { mosaic: ['rows', 'cols'], weights: [], ignore: 0, gates: [] });
    assert.equal(index.presets[0].problems.length, 5);
    assert.throws(() => loadPreset(root, 'broken'), (e: unknown) => e instanceof InputError && /^presets\/broken\.yaml:3:3: weights: unknown token kind "NOT_A_KIND".*\(\+4 more\)$/.test(e.message));
    assert.throws(() => loadPreset(root, 'nope'), (e: unknown) => e instanceof InputError && e.kind === 'not-found' && /presets: broken, fast/.test(e.message));
    assert.equal(loadPreset(root, 'fast').mosaic?.rows, 16);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('property: any YAML text gives a preset or problems with positions inside the text, never an exception', () => {
  const key = fc.constantFrom('weights', 'mosaic', 'ignore', 'gates', 'description', 'schema', 'rows', 'MODIFY_SIG', 'acme.X', 'fail_on', 'x');
  const scalar = fc.oneof(fc.integer({ min: -20, max: 2000 }), fc.double({ noNaN: true, min: -5, max: 5 }), fc.constantFrom('review', 'basic', 'preset.v1', '[', '"', ':', '- a'), fc.boolean());
  const line = fc.tuple(fc.integer({ min: 0, max: 2 }), key, scalar).map(([indent, k, v]) => `${'  '.repeat(indent)}${k}: ${String(v)}`);
  fc.assert(
    fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
      const text = `${lines.join('\n')}\n`;
      const r = parsePreset(text, 'presets/p.yaml', 'p');
      assert.ok(r.preset || r.problems.length);
      const n = text.split('\n').length;
      for (const p of r.problems) assert.ok(p.line >= 1 && p.line <= n && p.col >= 1, JSON.stringify(p));
      if (r.preset) new Policy(applyPreset(defaultConfig(), r.preset)); // a valid preset always compiles
    }),
    { numRuns: 300 },
  );
});
