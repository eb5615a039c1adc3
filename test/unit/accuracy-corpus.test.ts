// The labelled corpus of real commits (test/corpus/, docs/accuracy.md): its shape (≥ 150 commits
// from ≥ 10 projects, every expected token with a reason, heads rebuilt exactly) and the engine's
// precision/recall on it, which may not drop below the recorded baseline (test/corpus/baseline.json;
// `node dist/bench/accuracy.js --write-baseline` records an improvement).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, test } from 'node:test';
import { initParsers } from '../../server/src/parsing/languages';
import { CORPUS_ROOT, loadCorpus, SCORED_KINDS, scoreCorpus, sidesOf, type AccuracyReport } from '../../bench/accuracy-corpus';
import { applyUnifiedDiff } from '../../bench/corpus-patch';

before(async () => {
  await initParsers();
});

interface Baseline {
  overall: { precision: number; recall: number };
  perKind: Record<string, { precision: number; recall: number }>;
}

const EPS = 1e-9;

test('the corpus: at least 150 real commits from at least 10 projects, every expected token explained', () => {
  const cases = loadCorpus();
  assert.ok(cases.length >= 150, `${cases.length} commits`);
  assert.ok(new Set(cases.map((c) => c.repo)).size >= 10);
  const kinds = new Set<string>(SCORED_KINDS);
  for (const c of cases) {
    assert.match(c.sha, /^[0-9a-f]{40}$/, c.id);
    assert.ok(c.subject.length > 0, c.id);
    assert.ok(c.files.length > 0, c.id);
    const files = new Set(c.files.map((f) => f.new ?? f.old));
    for (const e of c.expected) {
      assert.ok(kinds.has(e.kind), `${c.id}: kind ${e.kind}`);
      assert.ok(files.has(e.file), `${c.id}: ${e.file} is not a file of the case`);
      assert.ok(e.symbol.length > 0 && e.reason.trim().length > 10, `${c.id}: ${e.kind} ${e.symbol} needs a symbol and a reason`);
      assert.equal(e.kind === 'MODIFY_SIG', typeof e.compatible === 'boolean', `${c.id}: MODIFY_SIG carries compatible, others do not`);
    }
  }
});

test('corpus heads rebuilt from the stored diffs match the recorded sha256 (a corrupted case fails loudly)', () => {
  for (const c of loadCorpus()) for (const f of c.files) sidesOf(c, f);
  const c = loadCorpus().find((x) => x.files.some((f) => f.afterSha256))!;
  const f = c.files.find((x) => x.afterSha256)!;
  assert.throws(() => sidesOf(c, { ...f, afterSha256: '0'.repeat(64) }), /does not match afterSha256/);
});

test('applyUnifiedDiff: context, removals, additions and missing final newlines', () => {
  const base = 'a\nb\nc\nd\ne';
  const patch = ['--- a/x', '+++ b/x', '@@ -1,2 +1,3 @@', ' a', '-b', '+B', '+B2', '@@ -4,2 +5,2 @@', ' d', '-e', '\\ No newline at end of file', '+e', ''].join('\n');
  assert.equal(applyUnifiedDiff(base, patch), 'a\nB\nB2\nc\nd\ne\n');
  assert.throws(() => applyUnifiedDiff('x\n', '@@ -1 +1 @@\n-y\n+z\n'), /does not match/);
  assert.equal(applyUnifiedDiff('', '@@ -0,0 +1 @@\n+new\n'), 'new\n');
});

test('accuracy on the corpus does not regress below the recorded baseline', () => {
  const baseline = JSON.parse(fs.readFileSync(path.join(CORPUS_ROOT, 'baseline.json'), 'utf8')) as Baseline;
  const r: AccuracyReport = scoreCorpus(loadCorpus());
  const misses = () => [...r.falsePositives.map((m) => `FP ${m.case} ${m.kind} ${m.symbol}`), ...r.falseNegatives.map((m) => `FN ${m.case} ${m.kind} ${m.symbol}`)].join('\n');
  assert.ok(r.overall.precision + EPS >= baseline.overall.precision, `precision ${r.overall.precision} < baseline ${baseline.overall.precision}\n${misses()}`);
  assert.ok(r.overall.recall + EPS >= baseline.overall.recall, `recall ${r.overall.recall} < baseline ${baseline.overall.recall}\n${misses()}`);
  for (const [kind, b] of Object.entries(baseline.perKind)) {
    const s = r.perKind[kind] ?? { precision: 1, recall: 1 };
    assert.ok(s.precision + EPS >= b.precision, `${kind} precision ${s.precision} < ${b.precision}\n${misses()}`);
    assert.ok(s.recall + EPS >= b.recall, `${kind} recall ${s.recall} < ${b.recall}\n${misses()}`);
  }
});
