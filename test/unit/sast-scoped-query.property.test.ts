// The pattern scan's scoped queries (sast/scan-patterns.ts queryScope, issue 14): each changed
// range is queried from the smallest node holding it — or from its highest ancestor a pattern
// can start at — instead of from the root. Over random edits (breaking ones included: stray
// brackets, unterminated strings, dangerous calls typed inside callbacks) and random line sets,
// the findings must be exactly those of the queries from the root.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, test } from 'node:test';
import fc from 'fast-check';
import { initParsers, parserFor } from '../../server/src/parsing/languages';
import { patternRoots, queryScope, scanPatterns } from '../../server/src/sast/scan-patterns';
import { LineIndex } from '../../server/src/sast/line-index';

before(async () => {
  await initParsers();
});

const fixtures = path.resolve(__dirname, '../../../test/fixtures/sast');
// Matches whose outer node spans many lines around the edited ones (a multi-line exec call
// whose callback is edited, a class inside a call, an options object): the scope must climb
// to them.
const JS_EXTRA = `
class Runner {
  run(cmd, cb) {
    exec(\`git \${cmd}\`, { cwd: this.dir }, (err, out) => {
      if (err) return cb(err);
      const opts = {
        rejectUnauthorized: false,
        host: out.trim(),
      };
      cb(null, opts);
    });
  }
  hash(x) {
    return crypto.createHash('md5')
      .update(x)
      .digest('hex');
  }
}
module.exports = register(class Inner {
  go(q) {
    db.query(\`SELECT * FROM t WHERE id = \${q}\`);
    return eval(q + '1');
  }
});
process.env.NODE_TLS_REJECT_UNAUTHORIZED =
  '0';
`;
const JS = `const { exec } = require('child_process');\n${fs.readFileSync(path.join(fixtures, 'dangerous.ts.txt'), 'utf8')}${JS_EXTRA}`;
const PY = `${fs.readFileSync(path.join(fixtures, 'dangerous.py'), 'utf8')}
class Job:
    def run(self, cmd):
        subprocess.run(
            cmd,
            shell=True,
        )
        return yaml.load(
            open(cmd),
        )
`;

const SNIPPETS = ['\n', '{', '}', '(', ')', '`', "'", 'eval(x);\n', 'exec(cmd + y)', ' ', 'shell=True, ', ', verify=False', 'x', '// c\n', 'class Q {\n', '    '];

function applyEdits(text: string, edits: { at: number; del: number; ins: string }[]): string {
  let t = text;
  for (const e of edits) {
    const at = Math.floor((e.at / 1000) * t.length);
    t = t.slice(0, at) + e.ins + t.slice(Math.min(t.length, at + e.del));
  }
  return t;
}

const editsArb = fc.array(fc.record({ at: fc.nat(1000), del: fc.nat(4), ins: fc.constantFrom(...SNIPPETS) }), { maxLength: 6 });

for (const [file, base] of [['src/danger.ts', JS], ['src/danger.js', JS], ['src/danger.py', PY]] as const) {
  test(`scoped queries find exactly what queries from the root find (${path.extname(file)})`, () => {
    fc.assert(
      fc.property(editsArb, fc.array(fc.nat(400), { minLength: 1, maxLength: 40 }), fc.nat(3), (edits, picks, spread) => {
        const text = applyEdits(base, edits);
        const idx = new LineIndex(text);
        // Random single lines and short runs, some past the end of the text.
        const lines = new Set<number>();
        for (const p of picks) for (let k = 0; k <= (p % (spread + 1)); k++) lines.add(1 + ((p + k) % (idx.lineCount + 2)));
        const scoped = scanPatterns(file, text, lines, idx, undefined, true);
        const fromRoot = scanPatterns(file, text, lines, idx, undefined, false);
        assert.deepEqual(scoped, fromRoot);
      }),
      { numRuns: 150 },
    );
  });
}

test('the fixtures do have findings on the lines the property edits (the comparison is not vacuous)', () => {
  const idx = new LineIndex(JS);
  const all = new Set<number>();
  for (let l = 1; l <= idx.lineCount; l++) all.add(l);
  const found = scanPatterns('src/danger.ts', JS, all, idx);
  assert.ok(found.length >= 8, `${found.length} findings`);
  // A one-line range inside the multi-line exec call's callback must still find the call.
  const inner = JS.split('\n').findIndex((l) => l.includes('if (err) return cb(err);')) + 1;
  const one = scanPatterns('src/danger.ts', JS, new Set([inner]), idx);
  assert.ok(one.some((f) => f.ruleId === 'glx.js.child-process-shell'), JSON.stringify(one.map((f) => f.ruleId)));
});

test('queryScope climbs to the highest pattern-root ancestor and stops at the smallest holder otherwise', () => {
  const tree = parserFor('typescript').parse(JS)!;
  try {
    const lines = JS.split('\n');
    const inner = lines.findIndex((l) => l.includes('if (err) return cb(err);'));
    const scope = queryScope(tree.rootNode, { row: inner, column: 0 }, { row: inner + 1, column: 0 }, patternRoots('typescript'));
    assert.equal(scope.type, 'call_expression');
    assert.ok(scope.text.startsWith('exec('), scope.text.slice(0, 40));
    const digest = lines.findIndex((l) => l.trim() === ".digest('hex');");
    const s2 = queryScope(tree.rootNode, { row: digest, column: 0 }, { row: digest + 1, column: 0 }, patternRoots('typescript'));
    // The range [row, row + 1) ends past the return statement (it ends on that row): the smallest
    // holder is the method's body, and no pattern root is above it. The createHash call inside
    // it is found by the query below the scope.
    assert.equal(s2.type, 'statement_block');
    assert.equal(s2.parent?.type, 'method_definition');
  } finally {
    tree.delete();
  }
});

test('per-range hits kept for a text scanned again (the base side) equal a fresh scan, line set after line set', () => {
  for (const [file, base] of [['src/danger.ts', JS], ['src/danger.py', PY]] as const) {
    fc.assert(
      fc.property(editsArb, fc.array(fc.array(fc.nat(400), { minLength: 1, maxLength: 30 }), { minLength: 2, maxLength: 6 }), (edits, rounds) => {
        const text = applyEdits(base, edits);
        const idx = new LineIndex(text);
        for (const picks of rounds) {
          const lines = new Set(picks.map((p) => 1 + (p % (idx.lineCount + 1))));
          const memo = scanPatterns(file, text, lines, idx, undefined, true, true);
          assert.deepEqual(memo, scanPatterns(file, text, lines, idx, undefined, false, false));
          // What a caller does to a finding does not reach the next scan's.
          for (const f of memo) {
            f.line = -1;
            f.tags?.push('mutated');
          }
        }
      }),
      { numRuns: 60 },
    );
  }
});
