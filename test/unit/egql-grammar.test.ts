// EGQL grammar (spec §3.10): every production parses, every error names the exact line:column,
// and user values only ever reach SQL as bound parameters (fast-check over hostile strings).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { compileEgql } from '../../server/src/egql/compile';
import { EgqlError, lex } from '../../server/src/egql/lexer';
import { parse, tryParse } from '../../server/src/egql/parser';

test('every production parses: targets, sources, conditions, AND/OR, GROUP BY, ORDER BY, SINCE, LAST, LIMIT', () => {
  for (const target of ['events', 'tokens', 'invariants']) {
    assert.equal(parse(`SELECT ${target} FROM sha(abcd)`).target, target);
  }
  assert.equal(parse("SELECT graph FROM sha(*) WHERE start='src/a.ts'").target, 'graph');
  const src = parse('select TOKENS from BRANCH(feature/x-1)').source;
  assert.deepEqual([src.kind, src.value, src.pos.col], ['branch', 'feature/x-1', 20]);
  assert.equal(parse('SELECT tokens FROM sha(1234567)').source.value, '1234567');
  assert.equal(parse('SELECT tokens FROM sha(539d)').source.value, '539d');
  // Issue 15: any revision git resolves is taken as written (resolved later, egql/revisions.ts).
  for (const rev of ['HEAD', 'HEAD~3', 'HEAD^2', 'v1.0.2', 'origin/main', 'main@{1}']) assert.equal(parse(`SELECT tokens FROM sha(${rev}) LIMIT 1`).source.value, rev);
  assert.equal(parse("SELECT tokens FROM sha('0123456789abcdef0123456789abcdef01234567')").source.value, '0123456789abcdef0123456789abcdef01234567');
  const q = parse("SELECT tokens FROM branch(main) WHERE token=MODIFY_SIG AND weight >= 0.1 OR kind~'ADD_*' AND line != 3 GROUP BY module, kind ORDER BY count DESC SINCE 2026-01-01T00:00:00Z LIMIT 10");
  assert.equal(q.where?.type, 'or');
  assert.equal((q.where as { left: { type: string } }).left.type, 'and');
  assert.deepEqual(q.groupBy.map((k) => k.name), ['module', 'kind']);
  assert.deepEqual(q.orderBy && [q.orderBy.key.name, q.orderBy.dir], ['count', 'DESC']);
  assert.deepEqual(q.since && q.since.kind === 'since' ? q.since.iso : null, '2026-01-01T00:00:00Z');
  assert.equal(q.limit, 10);
  for (const [text, amount, unit] of [['LAST 30m', 30, 'm'], ['LAST 12h', 12, 'h'], ['LAST 7 d', 7, 'd']] as const) {
    const s = parse(`SELECT events FROM sha(*) ${text}`).since;
    assert.deepEqual(s && s.kind === 'last' ? [s.amount, s.unit] : null, [amount, unit]);
  }
  const ev = parse("SELECT events FROM sha(*) WHERE topic~'invariants.' AND ts > 2026-01-01 ORDER BY ts ASC");
  assert.equal(ev.orderBy?.dir, 'ASC');
  assert.ok(parse('SELECT invariants FROM sha(*) WHERE gate=I3 AND score > 0.5').where);
  assert.ok(parse("SELECT graph FROM sha(*) WHERE start='a.ts' AND depth <= 2").where);
  assert.ok(parse("SELECT events FROM sha(*) -- a comment\n WHERE source = \"cli:delta\"").where);
  assert.equal(parse("SELECT events FROM sha(*) WHERE topic = 'it''s'").where?.type, 'cond');
});

/** [query, line, col, message fragment] — the caret of each error. */
const ERRORS: [string, number, number, RegExp][] = [
  ['', 1, 1, /expected SELECT, found end of query/],
  ['SELEC tokens', 1, 1, /expected SELECT, found "SELEC"/],
  ['SELECT', 1, 7, /expected a target \(events \| tokens \| invariants \| graph\), found end of query/],
  ['SELECT rows FROM sha(*)', 1, 8, /expected a target/],
  ['SELECT tokens FORM sha(*)', 1, 15, /expected FROM, found "FORM"/],
  ['SELECT tokens FROM head', 1, 20, /expected sha\(REV\) or branch\(NAME\)/],
  ['SELECT tokens FROM sha abc', 1, 24, /expected "\(" after sha/],
  ['SELECT tokens FROM sha()', 1, 24, /expected a revision/],
  ['SELECT tokens FROM sha(-x)', 1, 24, /sha\(-x\): not a revision — sha\(REV\) takes a commit sha or a prefix .*HEAD~3, a branch, a tag/],
  ['SELECT tokens FROM sha(abcd', 1, 28, /expected "\)", found end of query/],
  ['SELECT tokens FROM branch(main) WHERE', 1, 38, /expected a field of tokens/],
  ['SELECT tokens FROM branch(main) WHERE colour = 1', 1, 39, /unknown field "colour" for tokens/],
  ['SELECT tokens FROM branch(main) WHERE kind', 1, 43, /expected an operator after kind/],
  ['SELECT tokens FROM branch(main) WHERE kind =', 1, 45, /expected a value after kind=/],
  ['SELECT tokens FROM branch(main) WHERE line = abc', 1, 46, /line is a number/],
  ['SELECT tokens FROM branch(main) WHERE line ~ 3', 1, 44, /~ \(matches\) applies to text fields/],
  ['SELECT events FROM sha(*) WHERE topic ~ delta', 1, 41, /topic~ takes a quoted string/],
  ['SELECT events FROM sha(*) WHERE ts > yesterday', 1, 38, /ts is a time/],
  ['SELECT events FROM sha(*) WHERE topic = "open', 1, 41, /unterminated string/],
  ['SELECT events FROM sha(*) WHERE topic = $x', 1, 41, /unexpected character "\$"/],
  ['SELECT events FROM sha(*) WHERE (topic = x)', 1, 33, /parentheses are not part of EGQL/],
  ["SELECT events FROM sha(*) WHERE topic = 'a' topic = 'b'", 1, 45, /AND \| OR/],
  ['SELECT events FROM sha(*) GROUP module', 1, 33, /expected BY after GROUP/],
  ['SELECT events FROM sha(*) GROUP BY topic,', 1, 42, /expected a field of events/],
  ['SELECT events FROM sha(*) ORDER BY', 1, 35, /expected a field of events .*count/],
  ['SELECT events FROM sha(*) SINCE yesterday', 1, 33, /expected an ISO 8601 date\/time after SINCE/],
  ['SELECT events FROM sha(*) SINCE 2026-13-45', 1, 33, /invalid date\/time/],
  ['SELECT events FROM sha(*) LAST week', 1, 32, /expected a duration after LAST/],
  ['SELECT events FROM sha(*) LAST 7 w', 1, 34, /expected a unit m \| h \| d/],
  ['SELECT events FROM sha(*) LAST 0d', 1, 32, /LAST needs a positive whole number/],
  ['SELECT events FROM sha(*) LIMIT -1', 1, 33, /unexpected character "-"|expected a whole number/],
  ['SELECT events FROM sha(*) LIMIT 2.5', 1, 33, /expected a whole number after LIMIT/],
  ['SELECT events FROM sha(*) LIMIT 5 extra', 1, 35, /expected .*end of query/],
  ["SELECT graph FROM sha(*) WHERE start = 'a' AND depth <= x", 1, 57, /depth takes a whole number/],
  ["SELECT graph FROM sha(*) WHERE start ~ 'a'", 1, 38, /start= takes a quoted file path/],
  ['SELECT events\nFROM sha(*)\nWHERE topic = ', 3, 15, /expected a value after topic=/],
];

test('every error carries the exact line:column', () => {
  for (const [text, line, col, msg] of ERRORS) {
    const { error } = tryParse(text);
    assert.ok(error, `no error for ${JSON.stringify(text)}`);
    assert.match(error.message, msg, text);
    assert.deepEqual([error.pos.line, error.pos.col], [line, col], `${JSON.stringify(text)}: ${error.message}`);
    assert.match(error.format(), new RegExp(`^${line}:${col}: `));
  }
});

test('compile-time errors carry positions too', () => {
  const cases: [string, number, RegExp][] = [
    ['SELECT tokens FROM sha(*) ORDER BY count', 36, /ORDER BY count needs GROUP BY/],
    ['SELECT tokens FROM sha(*) GROUP BY kind ORDER BY file', 50, /a grouped query can order by its GROUP BY keys or count/],
    ['SELECT graph FROM sha(*) WHERE depth < 3', 8, /graph needs start=/],
    ["SELECT graph FROM sha(*) WHERE start='a' LAST 7d", 42, /graph has no time/],
    ["SELECT graph FROM sha(*) WHERE depth = 1 OR start='a'", 45, /start= must be a top-level condition/],
  ];
  for (const [text, col, msg] of cases) {
    assert.throws(() => compileEgql(text, 'sqlite'), (e: unknown) => e instanceof EgqlError && msg.test(e.message) && e.pos.col === col, text);
  }
});

test('compiled SQL: parameters in order, dialect placeholders, LAST against the given clock', () => {
  const now = Date.UTC(2026, 0, 10);
  const s = compileEgql("SELECT tokens FROM branch(main) WHERE token=MODIFY_SIG AND file~'src/*' LAST 2d LIMIT 5", 'sqlite', { now });
  assert.deepEqual(s.params, ['main', 'MODIFY_SIG', 'src/%', now / 1000 - 2 * 86400, 5]);
  assert.equal((s.sql.match(/\?/g) ?? []).length, s.params.length);
  const p = compileEgql("SELECT tokens FROM branch(main) WHERE token=MODIFY_SIG AND file~'src/*' LAST 2d LIMIT 5", 'postgres', { now });
  assert.deepEqual(p.params, s.params);
  assert.ok(!p.sql.includes('?'));
  assert.match(p.sql, /\$5/);
  assert.match(p.sql, /ILIKE/);
  assert.deepEqual(compileEgql("SELECT events FROM sha(*) WHERE topic = 'delta.tokens'", 'sqlite').params, ['delta.tokens@v1']);
  assert.deepEqual(compileEgql("SELECT events FROM sha(*) WHERE topic ~ '50%_off'", 'sqlite').params, ['%50\\%\\_off%']);
  assert.deepEqual(compileEgql('SELECT invariants FROM sha(abcd) WHERE gate=i3', 'sqlite').params, ['abcd%', 'I3']);
});

test('SQL-injection attempts through EGQL values stay values (never in the SQL text)', () => {
  const hostile = fc.oneof(
    fc.constantFrom("'; DROP TABLE events; --", "x' OR '1'='1", '"; DELETE FROM commits; --', 'a\\\' UNION SELECT * FROM events --', 'Robert\'); DROP TABLE students;--'),
    fc.string({ minLength: 1, maxLength: 40 }),
  );
  fc.assert(
    fc.property(hostile, fc.constantFrom('topic', 'source', 'sha', 'branch', 'key'), fc.constantFrom('=', '!=', '~'), (value, field, op) => {
      const quoted = `'${value.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
      for (const dialect of ['sqlite', 'postgres'] as const) {
        const c = compileEgql(`SELECT events FROM branch(${quoted}) WHERE ${field} ${op} ${quoted}`, dialect);
        // The value decoded by the lexer is exactly the user's value, and it is a parameter.
        assert.equal(c.params[0], value);
        const expected = op === '~' ? null : field === 'topic' && op === '=' && !value.includes('@') ? `${value}@v1` : value;
        if (expected !== null) assert.equal(c.params[1], expected);
        // The SQL text is the same whatever the value: nothing of it was spliced in.
        const baseline = compileEgql(`SELECT events FROM branch('v') WHERE ${field} ${op} 'v'`, dialect);
        assert.equal(c.sql, baseline.sql);
      }
    }),
    { numRuns: 300 },
  );
});

test('lexer positions are UTF-16 columns across lines; Δ token names are identifiers', () => {
  const toks = lex("SELECT tokens\n  FROM sha(*) WHERE token=ΔIMPORT");
  const d = toks.find((t) => t.text === 'ΔIMPORT')!;
  assert.deepEqual([d.kind, d.line, d.col], ['ident', 2, 27]);
});
