// Freeze / unfreeze (spec §3.8, playbook 1) as pure state transitions, and the spec_state file
// round trip (atomic write, schema check).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { freezeState, unfreezeState, writeFreezeArtifacts } from '../../server/src/calibration/freeze';
import { emptyState, moduleState, readSpecState, SpecStateError, thresholdsOf, writeSpecState } from '../../server/src/calibration/spec-state';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glx-freeze-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

function stateWith(dzs: number[]) {
  const s = emptyState({ commits: 90, days: 90 }, 0.15);
  const samples = dzs.map((dz, i) => ({ sha: `s${i}`, ts: 1000 - i, dz }));
  s.modules.core = moduleState(samples, 0.15);
  return s;
}

test('freeze keeps thresholds and records why; unfreeze recomputes from the recorded samples', () => {
  const s = stateWith(Array.from({ length: 30 }, (_, i) => i / 100));
  const now = new Date('2026-02-01T00:00:00Z');
  const f = freezeState(s, { commits: 5, reason: 'drift guard', by: 'manual', now });
  assert.deepEqual(f.frozen, { at: '2026-02-01T00:00:00.000Z', commits: 5, remaining: 5, reason: 'drift guard', snapshot: 'spec_state.before_freeze.json', head: null, by: 'manual' });
  assert.equal(f.modules.core.alpha, s.modules.core.alpha);
  // Samples arrive while frozen; the thresholds must be kept by the caller (calibrate), and
  // unfreeze learns from all samples again.
  f.modules.core = moduleState([...Array(30).fill(0).map((_, i) => ({ sha: `n${i}`, ts: 2000 - i, dz: 0.9 })), ...f.modules.core.samples], 0.15, f.modules.core);
  assert.equal(f.modules.core.alpha, s.modules.core.alpha);
  const u = unfreezeState(f, now);
  assert.equal(u.frozen, null);
  assert.ok(u.modules.core.alpha > s.modules.core.alpha);
});

test('snapshot and labels scope are written; spec_state round-trips and bad files are named errors', () => {
  const s = stateWith([0.1, 0.2]);
  writeFreezeArtifacts(dir, s, 'abc1234 one\ndef5678 two');
  assert.deepEqual(JSON.parse(fs.readFileSync(path.join(dir, 'spec_state.before_freeze.json'), 'utf8')), JSON.parse(JSON.stringify(s)));
  assert.equal(fs.readFileSync(path.join(dir, 'spec_labels_scope.txt'), 'utf8'), 'abc1234 one\ndef5678 two\n');
  const file = path.join(dir, 'spec_state.json');
  writeSpecState(file, s);
  assert.deepEqual(readSpecState(file), JSON.parse(JSON.stringify(s)));
  assert.equal(readSpecState(path.join(dir, 'nope.json')), undefined);
  fs.writeFileSync(file, '{"schema":"spec.state.v1","modules":{"core":{"alpha":"x"}}}');
  assert.throws(() => readSpecState(file, 'F'), (e: unknown) => e instanceof SpecStateError && /^F: modules\.core\.alpha must be a number$/.test((e as Error).message));
  fs.writeFileSync(file, '{');
  assert.throws(() => readSpecState(file, 'F'), /^SpecStateError: F: not valid JSON|F: not valid JSON/);
  assert.deepEqual(thresholdsOf(undefined, 'x'), { alpha: 0.35, beta: 0.5, zeta: 0.7, basis: 'default' });
  assert.equal(thresholdsOf(s, 'core').basis, 'default'); // 2 samples < 20
});
