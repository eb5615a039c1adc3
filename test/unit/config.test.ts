// spec/invariants.yaml parsing (spec §3.13): problems carry file, line, column and reason;
// valid parts still apply; the compiled Policy resolves modules and weights (§1, §3.6).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseInvariantsConfig } from '../../server/src/config/invariants-config';
import { Policy } from '../../server/src/config/policy';

test('a valid config compiles into modules, weights, ignore and public-API narrowing', () => {
  const { config, problems } = parseInvariantsConfig(`schema: invariants.v1
modules:
  core: ["src/core/**", "lib/core/**"]
  api: src/api/**
weights:
  MODIFY_SIG: 0.3
module_weights:
  core: { MODIFY_SIG: 0.5 }
path_weights:
  - glob: "src/core/generated/**"
    weights: { MODIFY_SIG: 0 }
ignore: ["vendor/**"]
public_api:
  paths: ["src/api/**"]
  allow_optional_params: false
  entry_points: false
i3: { tau: 0.2 }
calibration: { window_commits: 50, auto_freeze: true }
`);
  assert.deepEqual(problems, []);
  const p = new Policy(config);
  assert.equal(p.moduleOf('src/core/a.ts'), 'core');
  assert.equal(p.moduleOf('src/api/x/y.ts'), 'api');
  assert.equal(p.moduleOf('src/other/z.ts'), 'src');
  assert.equal(p.moduleOf('setup.py'), '(root)');
  assert.equal(p.weightOf('MODIFY_SIG', 'src', 'src/other/z.ts'), 0.3);
  assert.equal(p.weightOf('MODIFY_SIG', 'core', 'src/core/a.ts'), 0.5);
  assert.equal(p.weightOf('MODIFY_SIG', 'core', 'src/core/generated/g.ts'), 0);
  assert.equal(p.weightOf('DEL_FN', 'core', 'src/core/a.ts'), 0.35);
  assert.ok(p.isIgnored('vendor/lib/x.js'));
  assert.ok(p.mayBePublic('src/api/x.ts') && !p.mayBePublic('src/core/a.ts'));
  assert.equal(config.i3.tau, 0.2);
  assert.equal(config.publicApi.allowOptionalParams, false);
  assert.equal(config.publicApi.entryPoints, false);
  assert.equal(parseInvariantsConfig('public_api:\n  entry_points: maybe\n').problems.length, 1);
  assert.deepEqual(config.calibration, { windowCommits: 50, windowDays: 90, lambda: 0.15, autoFreeze: true });
});

test('problems name the line, column and reason; the valid parts still apply', () => {
  const { config, problems } = parseInvariantsConfig(`weights:
  MODIFY_SIG: 0.3
  NOT_A_KIND: 1
  ADD_FN: heavy
i3:
  tau: 7
bogus: 1
`);
  assert.deepEqual(problems.map((p) => `${p.line}:${p.col} ${p.message.split(' (')[0]}`), [
    '3:3 weights: unknown token kind "NOT_A_KIND"',
    '4:11 weights.ADD_FN must be a number',
    '6:8 i3.tau must be between 0 and 1, got 7',
    '7:1 unknown key "bogus"',
  ]);
  assert.equal(config.weights.MODIFY_SIG, 0.3);
  assert.equal(config.i3.tau, 0.15);
  assert.ok(problems.every((p) => p.file === 'spec/invariants.yaml'));
});

test('YAML syntax errors are reported with their position; defaults stay', () => {
  const { config, problems } = parseInvariantsConfig('modules:\n  core: [unclosed\n', 'spec/invariants.yaml');
  assert.ok(problems.length >= 1);
  assert.ok(problems[0].line >= 2);
  assert.deepEqual(config.modules, []);
});

// Issue 11 item 7: a 10 MB `ignore:` list ran Node out of memory; 10 MB of path_weights took
// 18 s and 2.5 GB. The documented limits are checked before the work, at the first entry past them.
test('size limits: file size, glob count, path_weights count and glob length each named where they are exceeded', () => {
  const big = parseInvariantsConfig(`ignore:\n${'  - "vendor/**/very/long/path/to/ignore/*.js"\n'.repeat(30_000)}`);
  assert.equal(big.problems.length, 1);
  assert.match(big.problems[0].message, /^the file is 1\.\d MiB; the limit is 1 MiB/);
  assert.deepEqual([big.problems[0].line, big.problems[0].col], [1, 1]);

  const many = parseInvariantsConfig(`ignore:\n${Array.from({ length: 2_001 }, (_, i) => `  - "gen${i}/**"\n`).join('')}`);
  assert.deepEqual(many.problems.map((p) => `${p.line}:${p.col} ${p.message}`), ['2002:5 ignore: more than 2,000 entries (2,001); combine them into fewer globs']);

  const pw = parseInvariantsConfig(`path_weights:\n${Array.from({ length: 501 }, (_, i) => `  - { glob: "p${i}/**", weights: { ADD_FN: 0.1 } }\n`).join('')}`);
  assert.deepEqual(pw.problems.map((p) => `${p.line}:${p.col} ${p.message}`), ['502:5 path_weights: more than 500 entries (501); group paths under fewer globs']);
  assert.deepEqual(pw.config.pathWeights, []);

  const long = parseInvariantsConfig(`ignore:\n  - "${'a'.repeat(1_001)}"\n  - "ok/**"\n`);
  assert.deepEqual(long.problems.map((p) => p.message), ['ignore: a glob of 1,001 characters (limit 1,000)']);
  assert.ok(long.config.ignore.includes('ok/**'));

  // At the limits, everything is accepted.
  const edge = parseInvariantsConfig(`ignore:\n${Array.from({ length: 2_000 }, (_, i) => `  - "gen${i}/**"\n`).join('')}`);
  assert.deepEqual(edge.problems, []);
});
