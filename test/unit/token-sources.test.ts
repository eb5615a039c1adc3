// The engine's extension point for tokens that do not come from AST diffs (delta/token-source.ts):
// a source's tokens are normalized, fingerprinted and weighed like built-in ones; a source that
// throws is reported in sourceErrors and the rest of the analysis is unchanged.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { Policy } from '../../server/src/config/policy';
import type { DeltaToken } from '../../server/src/delta/token';
import { precomputedSource, type TokenSource } from '../../server/src/delta/token-source';
import { computeDelta } from '../../server/src/engine/delta-engine';
import { initParsers } from '../../server/src/parsing/languages';
import { changeSetOf } from '../helpers/direct-delta';

const before = { 'src/a.ts': 'export function f(a: number): number {\n  return a;\n}\n' };
const after = { 'src/a.ts': 'export function f(a: number): number {\n  const key = "x";\n  return a;\n}\n' };

function secret(): DeltaToken {
  return {
    schema: 'delta.tokens.v1', kind: 'SECRETS_FOUND', category: 'sec', file: 'src/a.ts', uid: 'sec:1', module: 'src',
    range: { line: 2, col: 1, endLine: 2 }, magnitude: 1, weight: 0.5, meta: { public_api: false, state: 'new' },
  };
}

test('a token source: its tokens join the change, raise ΔZ and change the fingerprint; a throwing source is reported, not fatal', async () => {
  await initParsers();
  const policy = new Policy();
  const plain = computeDelta(changeSetOf(before, after), policy);
  const withSec = computeDelta(changeSetOf(before, after), policy, { sources: [precomputedSource('sast', [secret()])] });
  assert.ok(withSec.tokens.some((t) => t.kind === 'SECRETS_FOUND'));
  assert.ok(withSec.energy.overall.dz > plain.energy.overall.dz, `${withSec.energy.overall.dz} > ${plain.energy.overall.dz}`);
  assert.notEqual(withSec.fingerprint.hash, plain.fingerprint.hash);
  assert.deepEqual(withSec.sourceErrors, []);

  const broken: TokenSource = { id: 'plugin:broken', tokens: () => { throw new Error('boom'); } };
  const r = computeDelta(changeSetOf(before, after), policy, { sources: [broken] });
  assert.deepEqual(r.sourceErrors, [{ source: 'plugin:broken', message: 'boom' }]);
  assert.deepEqual(r.tokens, plain.tokens);
  assert.equal(r.energy.overall.dz, plain.energy.overall.dz);
});
