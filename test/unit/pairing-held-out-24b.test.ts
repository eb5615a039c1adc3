// Held-out batch 24b (docs/accuracy.md "Held-out batch 24b"): the defect its rounds found, on small cases with
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

// arrow 9b25a4c1: `TimeZone._get_tzinfo` → `_parse` (Jaccard 0.735: by its caller `__init__`, §3.2
// call-site evidence) and `_get_tzinfo_str` → `_parse_str` (Jaccard 0.699), whose only caller is
// `_get_tzinfo` itself — its call site switched inside the renamed caller. One evidence pass read the
// caller's successor before the caller was paired: DEL + ADD. Another pass pairs it.
const tzBase = [
  'class TimeZone(object):',
  '    def __init__(self, time_zone=None):',
  '        self._tzinfo = self._get_tzinfo(time_zone)',
  '',
  '    @staticmethod',
  '    def _get_tzinfo(tz_expr):',
  '        _tzinfo = None',
  '        if isinstance(tz_expr, TimeZone):',
  '            _tzinfo = tz_expr.tzinfo',
  '        elif isinstance(tz_expr, str):',
  '            _tzinfo = TimeZone._get_tzinfo_str(tz_expr)',
  '        if _tzinfo is None:',
  "            raise Exception('Could not recognize time zone')",
  '        return _tzinfo',
  '',
  '    @staticmethod',
  '    def _get_tzinfo_str(tz_expr):',
  "        if tz_expr == 'local':",
  '            return tz.gettz()',
  '        match = TimeZone.tz_re.match(tz_expr)',
  '        if match:',
  '            sign, hours, minutes = match.groups()',
  '            return tz.tzoffset(None, int(hours) * 3600)',
  '        return tz.gettz(tz_expr)',
  '',
].join('\n');
const tzHead = [
  'class TimeZone(object):',
  '    def __init__(self, time_zone=None):',
  '        self._tzinfo, self._name = self._parse(time_zone)',
  '',
  '    @staticmethod',
  '    def _parse(tz_expr):',
  '        _tzinfo = None',
  '        name = None',
  '        if isinstance(tz_expr, TimeZone):',
  '            _tzinfo = tz_expr.tzinfo',
  '            name = tz_expr.name',
  '        elif isinstance(tz_expr, str):',
  '            _tzinfo, name = TimeZone._parse_str(tz_expr)',
  '        if _tzinfo is None:',
  "            raise ValueError('Could not recognize time zone')",
  '        return _tzinfo, name',
  '',
  '    @staticmethod',
  '    def _parse_str(tz_expr):',
  '        _tzinfo = None',
  '        name = None',
  "        if tz_expr == 'local':",
  '            _tzinfo = tz.gettz()',
  '            name = tz_expr',
  '        else:',
  '            match = TimeZone.tz_re.match(tz_expr)',
  '            if match:',
  '                sign, hours, minutes = match.groups()',
  '                _tzinfo = tz.tzoffset(None, int(hours) * 3600)',
  '            else:',
  '                _tzinfo = tz.gettz(tz_expr)',
  '                name = tz_expr',
  '        return _tzinfo, name',
  '',
].join('\n');

test('call-site evidence through a caller that call-site evidence renamed in the same change (arrow 9b25a4c1)', () => {
  assert.deepEqual(scoredTokens({ 'arrow/timezone.py': tzBase }, { 'arrow/timezone.py': tzHead }), [
    'RENAME_FN arrow/timezone.py TimeZone._parse',
    'RENAME_FN arrow/timezone.py TimeZone._parse_str',
  ]);
});

test('neighbour: the renamed caller no longer calls the callee\'s new name — DEL + ADD stay', () => {
  const h = tzHead.replace('_tzinfo, name = TimeZone._parse_str(tz_expr)', '_tzinfo, name = tz.gettz(tz_expr), tz_expr');
  assert.deepEqual(scoredTokens({ 'arrow/timezone.py': tzBase }, { 'arrow/timezone.py': h }), [
    'ADD_FN arrow/timezone.py TimeZone._parse_str',
    'DEL_FN arrow/timezone.py TimeZone._get_tzinfo_str',
    'RENAME_FN arrow/timezone.py TimeZone._parse',
  ]);
});
