// EGQL completion and query splitting (spec §3.10 editor support): what is offered at each
// point of a query, and how a .egql document is cut into runnable queries.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { completeAt, splitQueries } from '../../server/src/egql/completion';

const labels = (before: string) => completeAt(before).map((c) => c.label);

test('completion follows the grammar: keywords, targets, sources, fields, values', () => {
  assert.deepEqual(labels(''), ['SELECT']);
  assert.deepEqual(labels('SEL'), ['SELECT']);
  assert.deepEqual(labels('SELECT '), ['events', 'tokens', 'invariants', 'graph']);
  assert.deepEqual(labels('SELECT tok'), ['events', 'tokens', 'invariants', 'graph']);
  assert.deepEqual(labels('SELECT tokens '), ['FROM']);
  assert.deepEqual(labels('SELECT tokens FROM '), ['sha(*)', 'sha(…)', 'branch(…)']);
  assert.deepEqual(labels('SELECT tokens FROM sha(*) '), ['WHERE', 'GROUP BY', 'ORDER BY', 'SINCE', 'LAST', 'LIMIT']);
  assert.ok(labels('SELECT tokens FROM sha(*) WHERE ').includes('symbol'));
  assert.ok(!labels('SELECT events FROM sha(*) WHERE ').includes('symbol'));
  assert.ok(labels('SELECT events FROM sha(*) WHERE ').includes('topic'));
  assert.ok(labels('SELECT events FROM sha(*) WHERE topic').includes('topic'), 'the word being typed is completed');
  assert.deepEqual(labels('SELECT events FROM sha(*) WHERE topic '), ['~', '=']);
  const topics = completeAt("SELECT events FROM sha(*) WHERE topic~");
  assert.ok(topics.some((t) => t.label === 'invariants.violation@v1' && t.insertText === "'invariants.violation'"));
  assert.equal(topics.length, 14);
  assert.ok(labels('SELECT tokens FROM sha(*) WHERE token=').includes('ΔIMPORT'));
  assert.deepEqual(labels('SELECT invariants FROM sha(*) WHERE gate='), ['I1', 'I2', 'I3', 'I4']);
  assert.deepEqual(labels("SELECT events FROM sha(*) WHERE topic~'x' "), ['AND', 'OR', 'GROUP BY', 'ORDER BY', 'SINCE', 'LAST', 'LIMIT']);
  assert.ok(labels('SELECT events FROM sha(*) GROUP BY ').includes('branch'));
  assert.ok(labels('SELECT events FROM sha(*) GROUP BY topic ORDER BY ').includes('count'));
  assert.deepEqual(labels('SELECT events FROM sha(*) ORDER BY ts '), ['ASC', 'DESC', 'SINCE', 'LAST', 'LIMIT']);
  assert.deepEqual(labels('SELECT events FROM sha(*) LAST '), ['1h', '24h', '7d', '30d']);
  assert.deepEqual(labels("SELECT events FROM sha(*) WHERE topic = 'unterminated"), []);
});

test('a .egql document splits into queries at ";" and blank lines; comments and strings are respected', () => {
  const doc = "-- header comment\n\nSELECT tokens FROM sha(*)\n  WHERE kind = 'a;b'\n\nSELECT events FROM sha(*); SELECT graph FROM sha(*) WHERE start='x'\n-- only a comment\n";
  const qs = splitQueries(doc);
  assert.deepEqual(qs.map((q) => q.text), [
    "SELECT tokens FROM sha(*)\n  WHERE kind = 'a;b'",
    'SELECT events FROM sha(*)',
    "SELECT graph FROM sha(*) WHERE start='x'\n-- only a comment",
  ]);
  for (const q of qs) assert.equal(doc.slice(q.offset, q.offset + q.text.length), q.text);
});
