// Positions of `i4:` entries in spec/invariants.yaml (where the editor puts I4 findings) and the
// spec_state → EGDB batch of `glx calibrate` (rows always, events only for real changes).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { moduleState, emptyState, type SpecState } from '../../server/src/calibration/spec-state';
import { freezeState, unfreezeState } from '../../server/src/calibration/freeze';
import { configPath, entryPosition } from '../../server/src/lsp/config-diagnostics';
import { specBatch } from '../../server/src/egdb/spec-thresholds';

const YAML = [
  'i3:',
  '  tau: 0.2',
  'i4:',
  '  junit: reports/junit.xml',
  '  coverage:',
  '    - a/lcov.info',
  '    - b/lcov.info',
  '  images:',
  '    - { baseline: g/a.png, current: o/a.png }',
  '    - baseline: g/b.png',
  '      current: o/b.png',
  '',
].join('\n');

test('configPath splits keys and indexes', () => {
  assert.deepEqual(configPath('i4.images[1]'), ['i4', 'images', 1]);
  assert.deepEqual(configPath('i4.junit'), ['i4', 'junit']);
  assert.deepEqual(configPath('i4'), ['i4']);
});

test('entryPosition: the key of a map entry, the item of a list, the parent when missing', () => {
  assert.equal(entryPosition(YAML, 'i4.junit').line, 4);
  assert.equal(entryPosition(YAML, 'i4.coverage[1]').line, 7);
  assert.equal(entryPosition(YAML, 'i4.images[0]').line, 9);
  assert.equal(entryPosition(YAML, 'i4.images[1]').line, 10);
  assert.equal(entryPosition(YAML, 'i4.baseline').line, 3, 'absent key → the i4: line');
  assert.equal(entryPosition('', 'i4.junit').line, 1);
});

function stateWith(dzs: number[]): SpecState {
  const samples = dzs.map((dz, i) => ({ sha: `s${i}`, ts: 1000 + i, dz })).reverse();
  return { ...emptyState({ commits: 90, days: 90 }, 0.15), head: 'h1', modules: { core: moduleState(samples, 0.15) } };
}

test('specBatch: first calibration → rows + one event per module; same state again → rows, no events', () => {
  const s = stateWith(Array.from({ length: 25 }, (_, i) => (i % 5) / 20));
  const first = specBatch({ before: undefined, after: s, source: 't' });
  assert.equal(first.specThresholds!.length, 1);
  assert.deepEqual(first.events.map((e) => e.topic), ['spec.thresholds.update@v1']);
  const again = specBatch({ before: s, after: { ...s, updated_utc: 'later' }, source: 't' });
  assert.equal(again.events.length, 0);
  assert.equal(again.specThresholds!.length, 1);
  // Same transition twice → same idempotency key (the store keeps one event).
  assert.equal(specBatch({ before: undefined, after: s, source: 't' }).events[0].idempotency_key, first.events[0].idempotency_key);
});

test('specBatch: freeze → spec.freeze.start@v1 (+ frozen rows), unfreeze → spec.freeze.end@v1', () => {
  const s = stateWith(Array.from({ length: 25 }, (_, i) => (i % 5) / 20));
  const frozen = freezeState(s, { commits: 5, reason: 'incident', by: 'manual' });
  const b1 = specBatch({ before: s, after: frozen, source: 't' });
  assert.ok(b1.events.some((e) => e.topic === 'spec.freeze.start@v1'));
  assert.equal(b1.specThresholds![0].frozen, 1);
  const b2 = specBatch({ before: frozen, after: unfreezeState(frozen), source: 't' });
  assert.ok(b2.events.some((e) => e.topic === 'spec.freeze.end@v1'));
  assert.equal(b2.specThresholds![0].frozen, 0);
});
