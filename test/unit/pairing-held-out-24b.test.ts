// Held-out batch 24b (docs/accuracy-batch-24b.md): the defect its rounds found, on small cases with
// the neighbours that must keep their answers. Real parses (tree-sitter wasm).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { initParsers } from '../../server/src/parsing/languages';
import { scoredTokens } from '../helpers/direct-delta';

before(async () => {
  await initParsers();
});

// arrow 6c4e0db8: `from datetime import date` became `from datetime import date as dt_date` (the
// class's own `def date` shadows the name), and the annotations that named the type follow the new
// local name: `fromdate(cls, date: date, …)` → `date: dt_date`, `def date(self) -> date` →
// `-> dt_date`. The type is the same class under another local name: no MODIFY_SIG (spec §3.3
// MODIFY_SIG, §3.7 — a type changed only in spelling; docs/accuracy.md "MODIFY_SIG ignores spelling").
const arrowBase = [
  'from datetime import date',
  'from typing import Optional',
  '',
  '',
  'class Arrow:',
  '    @classmethod',
  '    def fromdate(cls, date: date, tzinfo: Optional[str] = None) -> "Arrow":',
  '        return cls(date.year, date.month, date.day, tzinfo=tzinfo)',
  '',
  '    def date(self) -> date:',
  '        return self._datetime.date()',
  '',
].join('\n');
const arrowHead = arrowBase
  .replace('from datetime import date\n', 'from datetime import date as dt_date\n')
  .replace('date: date,', 'date: dt_date,')
  .replace('-> date:', '-> dt_date:');

test('an annotation spelling the same imported type through a new import alias is no signature change (arrow 6c4e0db8)', () => {
  assert.deepEqual(scoredTokens({ 'arrow/arrow.py': arrowBase }, { 'arrow/arrow.py': arrowHead }), []);
});

test('the alias removed again (`date as dt_date` → `date`) is no signature change either', () => {
  assert.deepEqual(scoredTokens({ 'arrow/arrow.py': arrowHead }, { 'arrow/arrow.py': arrowBase }), []);
});

test('a TS named import renamed by an alias (`{ Foo }` → `{ Foo as Bar }`) spells the same type in annotations', () => {
  const b = ["import { Options } from './options';", '', 'export function run(o: Options): void {', '  o.go();', '}', ''].join('\n');
  const h = ["import { Options as RunOptions } from './options';", '', 'export function run(o: RunOptions): void {', '  o.go();', '}', ''].join('\n');
  assert.deepEqual(scoredTokens({ 'src/run.ts': b }, { 'src/run.ts': h }), []);
});

test('neighbour: the alias binds another module\'s type or another name — a type change', () => {
  const otherModule = arrowBase.replace('from datetime import date\n', 'from pendulum import date as dt_date\n').replace('date: date,', 'date: dt_date,');
  assert.deepEqual(scoredTokens({ 'arrow/arrow.py': arrowBase }, { 'arrow/arrow.py': otherModule }), ['MODIFY_SIG/breaking arrow/arrow.py Arrow.fromdate']);
  const otherName = arrowBase.replace('from datetime import date\n', 'from datetime import datetime as dt_date\n').replace('date: date,', 'date: dt_date,');
  assert.deepEqual(scoredTokens({ 'arrow/arrow.py': arrowBase }, { 'arrow/arrow.py': otherName }), ['MODIFY_SIG/breaking arrow/arrow.py Arrow.fromdate']);
});

test('neighbour: the old local name still imported in the head beside the alias — kept as a type change', () => {
  // Both names bind datetime.date in the head, but the alias replaced nothing: the rule reads an
  // import whose local name changed (the old one gone from the head), not any two names for a class.
  const h = arrowBase.replace('from datetime import date\n', 'from datetime import date\nfrom datetime import date as dt_date\n').replace('date: date,', 'date: dt_date,');
  assert.deepEqual(scoredTokens({ 'arrow/arrow.py': arrowBase }, { 'arrow/arrow.py': h }), ['MODIFY_SIG/breaking arrow/arrow.py Arrow.fromdate']);
});
