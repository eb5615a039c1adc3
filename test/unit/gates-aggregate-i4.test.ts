// Aggregation (spec §3.7: worst gate, SAST escalation, overrides never to ACCEPT), I1 levels,
// the I4 report readers (JUnit, lcov, Istanbul summary, Cobertura, perf JSON), fail-closed
// behaviour, and SSIM/PSNR on real PNGs written with @napi-rs/canvas.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { aggregate, parseOverride } from '../../server/src/gates/aggregate';
import { levelOf } from '../../server/src/gates/i1-energy';
import { evaluateI4, parseI4Config, readCoverage, readJUnit, readPerf } from '../../server/src/gates/i4-observable';
import { comparePngs } from '../../server/src/gates/image-metrics';
import { testPng } from '../helpers/test-png';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'glx-i4-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

test('I1 levels: ≤ α ACCEPT, ≤ β REVIEW, ≤ ζ BLOCK, above HARD_BLOCK', () => {
  const t = { alpha: 0.35, beta: 0.5, zeta: 0.7 };
  assert.deepEqual([0.1, 0.35, 0.4, 0.5, 0.6, 0.71].map((x) => levelOf(x, t)), ['ACCEPT', 'ACCEPT', 'REVIEW', 'REVIEW', 'BLOCK', 'HARD_BLOCK']);
});

test('aggregation: worst gate decides, SAST raises one level, override lowers one level never to ACCEPT', () => {
  const g = (gate: 'I1' | 'I2' | 'I3' | 'I4', decision: 'ACCEPT' | 'REVIEW' | 'BLOCK' | 'HARD_BLOCK') => ({ gate, status: decision === 'ACCEPT' ? 'PASS' as const : 'FAIL' as const, decision, summary: '' });
  const gates = [g('I1', 'REVIEW'), g('I2', 'BLOCK'), g('I3', 'ACCEPT'), g('I4', 'ACCEPT')];
  const a = aggregate(gates);
  assert.equal(a.decision, 'BLOCK');
  assert.equal(a.decidedBy, 'I2');
  assert.equal(aggregate(gates, { sastCritical: 1 }).decision, 'HARD_BLOCK');
  const o = aggregate(gates, { overrides: [parseOverride('I2:JIRA-1', 'false positive')!] });
  assert.equal(o.decision, 'REVIEW');
  assert.deepEqual(o.overrides.map((x) => [x.gate, x.ticket, x.from, x.to]), [['I2', 'JIRA-1', 'BLOCK', 'REVIEW']]);
  const twice = aggregate([g('I1', 'REVIEW')], { overrides: [parseOverride('I1:T', 'r')!] });
  assert.equal(twice.decision, 'REVIEW', 'never to ACCEPT');
  assert.equal(parseOverride('I5:X', 'r'), undefined);
  assert.equal(parseOverride('I2', 'r'), undefined);
  assert.equal(aggregate([g('I1', 'ACCEPT'), g('I2', 'ACCEPT')]).decision, 'ACCEPT');
});

test('JUnit, coverage (lcov, Istanbul, Cobertura) and perf readers', () => {
  const j = readJUnit('<testsuites><testsuite name="s"><testcase classname="a" name="ok"/><testcase classname="a" name="bad"><failure message="x"/></testcase><testcase name="e"><error/></testcase><testcase name="s"><skipped/></testcase></testsuite></testsuites>');
  assert.deepEqual([j.tests, j.failures, j.errors, j.skipped, j.failed], [4, 1, 1, 1, ['a.bad', 'e']]);
  assert.throws(() => readJUnit('{}'), /not JUnit/);
  assert.equal(readCoverage('TN:\nSF:a.ts\nLF:10\nLH:8\nend_of_record\nSF:b.ts\nLF:10\nLH:10\nend_of_record\n', 'lcov.info').lines, 0.9);
  assert.equal(readCoverage('{"total":{"lines":{"total":200,"covered":150,"pct":75}}}', 'coverage-summary.json').lines, 0.75);
  assert.equal(readCoverage('<?xml version="1.0"?><coverage line-rate="0.815" branch-rate="0.5"></coverage>', 'cobertura.xml').lines, 0.815);
  assert.throws(() => readCoverage('hello', 'x.txt'), /unknown coverage format/);
  assert.deepEqual(readPerf('{"parse":{"median":10,"p95":12}}'), { parse: { median: 10, p95: 12 } });
  assert.deepEqual(readPerf('{"benchmarks":[{"name":"x","p95":3}]}'), { x: { p95: 3 } });
  assert.throws(() => readPerf('{"x":{"median":1}}'), /no numeric p95/);
});

test('I4: N/A when nothing configured; failing tests BLOCK; coverage drop and p95 regression by α/β/ζ; missing report fails closed', async () => {
  assert.equal((await evaluateI4(undefined, tmp)).status, 'N/A');
  fs.writeFileSync(path.join(tmp, 'junit.xml'), '<testsuite><testcase name="a"><failure/></testcase></testsuite>');
  fs.writeFileSync(path.join(tmp, 'lcov.info'), 'SF:a\nLF:100\nLH:80\nend_of_record\n');
  fs.writeFileSync(path.join(tmp, 'perf.json'), '{"build":{"median":100,"p95":104}}');
  fs.writeFileSync(path.join(tmp, 'baseline.json'), JSON.stringify({ coverage: { lines: 0.815 }, perf: { build: { median: 100, p95: 100 } } }));
  const cfg = parseI4Config({ junit: 'junit.xml', coverage: 'lcov.info', perf: 'perf.json', baseline: 'baseline.json' })!;
  const r = await evaluateI4(cfg, tmp);
  const by = Object.fromEntries(r.checks.map((c) => [c.kind, c.decision]));
  assert.deepEqual(by, { junit: 'BLOCK', coverage: 'REVIEW', perf: 'REVIEW' }); // −1.5 pp ∈ (α, β]; +4% ∈ (3%, 5%]
  assert.equal(r.decision, 'BLOCK');
  const missing = await evaluateI4(parseI4Config({ coverage: 'nope/lcov.info' }), tmp);
  assert.equal(missing.decision, 'BLOCK');
  assert.match(missing.checks[0].reason, /report missing \(fail-closed\)/);
  const broken = await evaluateI4(parseI4Config({ perf: 'junit.xml' }), tmp);
  assert.equal(broken.decision, 'BLOCK');
  assert.throws(() => parseI4Config({ junit: 3 }), /i4\.junit must be a path/);
  assert.throws(() => parseI4Config({ frob: 1 }), /unknown key "frob"/);
});

/** Writes the deterministic test picture (test/helpers/test-png.ts). */
async function png(file: string, noise: number, seed = 1): Promise<void> {
  fs.writeFileSync(file, testPng(noise, seed));
}

test('SSIM/PSNR: identical → 1 and ∞; noise lowers both; SSIM ≈ 0.93 < 0.96 → I4 REVIEW; size mismatch and non-PNG are errors', async () => {
  const a = path.join(tmp, 'a.png');
  const b = path.join(tmp, 'b.png');
  await png(a, 0);
  fs.copyFileSync(a, path.join(tmp, 'a2.png'));
  const same = await comparePngs(a, path.join(tmp, 'a2.png'));
  assert.equal(same.ssim, 1);
  assert.equal(same.psnr_db, null);
  assert.equal(same.identical, true);
  await png(b, 12);
  const r = await comparePngs(a, b);
  assert.ok(r.ssim > 0.9 && r.ssim < 0.96, `SSIM ${r.ssim}`);
  assert.ok(r.psnr_db! > 20 && r.psnr_db! < 40, `PSNR ${r.psnr_db}`);
  const gate = await evaluateI4(parseI4Config({ images: [{ baseline: 'a.png', current: 'b.png' }] }), tmp);
  assert.equal(gate.status, 'REVIEW');
  assert.match(gate.checks[0].reason, /SSIM 0\.9\d+ < 0\.96/);
  fs.writeFileSync(path.join(tmp, 'not.png'), 'hello');
  await assert.rejects(comparePngs(a, path.join(tmp, 'not.png')), /not a PNG/);
  const { createCanvas } = require('@napi-rs/canvas') as typeof import('@napi-rs/canvas');
  fs.writeFileSync(path.join(tmp, 'small.png'), createCanvas(10, 10).toBuffer('image/png'));
  await assert.rejects(comparePngs(a, path.join(tmp, 'small.png')), /differ in size/);
});
