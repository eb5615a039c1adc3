// The head side's memo of empty scoped queries (issue 14, fifth pass: sast/scan-patterns.ts
// emptyScopes, keyed by node id and trusted only along tree-cache.ts's parse lineage). Over
// random edit sequences — breaking ones included — through the editor's real path
// (WorkspaceHost: tree edited in place, parsed incrementally, lent to the scan) and through the
// live scan's own tree cache, the findings on random line sets (kept across steps, so that
// scopes recur) must equal a scan of the same tree with no memo, queried from the root
// (`scoped` off: sast-scoped-query.property.test.ts proves the scoped query equal to that).
// Not a fresh parse: after a syntax error tree-sitter's incremental parse may recover
// differently from a parse from scratch (an unclosed backtick, then a call typed below it: the
// incremental tree still has the call, a fresh one reads it as template text) — that is the
// parser's, not the memo's, and the editor shows what its own tree holds.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, test } from 'node:test';
import fc from 'fast-check';
import { Policy } from '../../server/src/config/policy';
import { makeVersion } from '../../server/src/engine/file-version';
import { WorkspaceHost } from '../../server/src/engine/workspace-host';
import { initParsers, parserFor } from '../../server/src/parsing/languages';
import { lendTree, revokeTree } from '../../server/src/sast/tree-cache';
import { LineIndex } from '../../server/src/sast/line-index';
import { carriedStats } from '../../server/src/sast/head-range-memo';
import { scanPatterns } from '../../server/src/sast/scan-patterns';
import { ChunkCache } from '../../server/src/symbols/analyze';

before(async () => {
  await initParsers();
});

const fixtures = path.resolve(__dirname, '../../../test/fixtures/sast');
// Members with and without dangerous calls, so most scopes query empty and some do not.
const filler = (n: number) => Array.from({ length: n }, (_, i) => `  m${i}(a) {\n    const v = a + ${i};\n    return this.k(v);\n  }\n`).join('');
const JS = `const { exec } = require('child_process');\n${fs.readFileSync(path.join(fixtures, 'dangerous.ts.txt'), 'utf8')}\nclass Big {\n${filler(30)}  run(cmd) {\n    exec(\`git \${cmd}\`);\n    return eval(cmd);\n  }\n  spawnIt(cmd, cb) {\n    exec(\`git \${cmd}\`, { cwd: this.dir }, (err, out) => {\n      if (err) return cb(err);\n      cb(null, out);\n    });\n  }\n${filler(30)}}\n`;
const pyFiller = (n: number) => Array.from({ length: n }, (_, i) => `    def m${i}(self, a):\n        v = a + ${i}\n        return self.k(v)\n\n`).join('');
const PY = `${fs.readFileSync(path.join(fixtures, 'dangerous.py'), 'utf8')}\nclass Big:\n${pyFiller(30)}    def run(self, cmd):\n        subprocess.run(cmd, shell=True)\n        return eval(cmd)\n\n    def run2(self, cmd):\n        subprocess.run(\n            cmd,\n            shell=True,\n        )\n\n${pyFiller(30)}`;

// Beside syntax breakers: a suppression comment (it acts on the line below), child_process
// bindings added or broken (checkJs consults the whole text's), calls of the bound names.
const SNIPPETS = [
  '\n', '{', '}', '(', ')', '`', "'", 'eval(x);\n', 'exec(cmd + y)', ' ', 'shell=True, ', ', verify=False', 'x', '// c\n', '# c\n', 'class Q {\n', '    ', '\n\n\n',
  '// glx-sast-ignore -- reviewed\n', '# glx-sast-ignore\n', "const { execSync: run } = require('child_process');\n", 'run(`a ${b}`);\n', 'child_', '/*', '*/',
];
const stepArb = fc.record({ at: fc.nat(1000), del: fc.nat(6), ins: fc.constantFrom(...SNIPPETS) });

function posOf(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** Kept picks mapped onto the current text (most recur from step to step), plus lines around the edit. */
function linesFor(picks: readonly number[], count: number, editLine: number): Set<number> {
  const lines = new Set<number>();
  for (const p of picks) lines.add(1 + (p % (count + 1)));
  for (let l = editLine - 1; l <= editLine + 2; l++) if (l >= 1) lines.add(l);
  return lines;
}

/** The editor's host with `file` at `text` as its base and open unchanged (version 1), snapshot taken. */
function hostWith(file: string, text: string): WorkspaceHost {
  const host = new WorkspaceHost(new Policy());
  host.setBase({ base: { rev: 'HEAD', sha: 'c'.repeat(40), source: 'HEAD' }, headSha: 'c'.repeat(40), changes: [] });
  host.setBaseVersion(file, makeVersion(file, text, new ChunkCache()));
  host.openDocument(file, text, 1);
  host.snapshot();
  return host;
}

for (const [file, base] of [['src/big.ts', JS], ['src/big.py', PY]] as const) {
  test(`editor path: findings with the head memo equal a fresh scan after every keystroke (${path.extname(file)})`, () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 12 }), fc.array(fc.nat(500), { minLength: 1, maxLength: 40 }), (steps, picks) => {
        const host = hostWith(file, base);
        let text = base;
        let version = 1;
        try {
          for (const s of steps) {
            const at = Math.floor((s.at / 1000) * text.length);
            const end = Math.min(text.length, at + s.del);
            host.applyChange(file, [{ range: { start: posOf(text, at), end: posOf(text, end) }, text: s.ins }], ++version);
            text = text.slice(0, at) + s.ins + text.slice(end);
            const snap = host.snapshot(); // parses, lends the tree, runs the live scan (which records empty scopes)
            assert.equal(snap.textOf(file), text);
            const idx = new LineIndex(text);
            const lines = linesFor(picks, idx.lineCount, posOf(text, at).line + 1);
            assert.deepEqual(scanPatterns(file, text, lines, idx, `head:${file}`), scanPatterns(file, text, lines, idx, `head:${file}`, false));
          }
        } finally {
          host.dispose();
        }
      }),
      { numRuns: 25 },
    );
  });

  test(`tree-cache path: findings with the head memo equal a fresh scan, text after text (${path.extname(file)})`, () => {
    fc.assert(
      fc.property(fc.array(fc.array(stepArb, { maxLength: 3 }), { minLength: 1, maxLength: 10 }), fc.array(fc.nat(500), { minLength: 1, maxLength: 40 }), fc.nat(), (rounds, picks, salt) => {
        const key = `head:${file}#${salt}`; // its own cache entry: earlier runs' trees are not this sequence's
        let text = base;
        for (const edits of rounds) {
          let editLine = 1;
          for (const e of edits) {
            const at = Math.floor((e.at / 1000) * text.length);
            text = text.slice(0, at) + e.ins + text.slice(Math.min(text.length, at + e.del));
            editLine = posOf(text, at).line + 1;
          }
          const idx = new LineIndex(text);
          const lines = linesFor(picks, idx.lineCount, editLine);
          assert.deepEqual(scanPatterns(file, text, lines, idx, key), scanPatterns(file, text, lines, idx, key, false));
        }
      }),
      { numRuns: 25 },
    );
  });
}

test('the memo is exercised: a second scan of a shifted text skips queries and still finds the dangerous calls', () => {
  const file = 'src/big.ts';
  const idx = new LineIndex(JS);
  const all = new Set<number>();
  for (let l = 1; l <= idx.lineCount; l++) all.add(l);
  const first = scanPatterns(file, JS, all, idx, 'head:exercise');
  const shifted = `// one more line\n${JS}`;
  const idx2 = new LineIndex(shifted);
  const all2 = new Set([...all].map((l) => l + 1));
  const second = scanPatterns(file, shifted, all2, idx2, 'head:exercise');
  assert.ok(first.length >= 8, `${first.length} findings`);
  assert.deepEqual(second.map((f) => [f.ruleId, f.line - 1]), first.map((f) => [f.ruleId, f.line]));
  assert.deepEqual(second, scanPatterns(file, shifted, all2, idx2));
});

test('a tree not parsed from the memo\'s tree is not trusted, though its node ids recur (freed wasm memory is reused)', () => {
  // Same shape, same lengths, line for line: A harmless, B with an eval in every member. Closing
  // the buffer deletes A's tree; B parsed from scratch gets A's freed addresses back.
  const members = (body: (i: number) => string) => Array.from({ length: 40 }, (_, i) => `  m${i}(a) {\n${body(i)}\n    return a;\n  }\n`).join('');
  const A = `class C {\n${members((i) => `    const v = a + ${i % 10};`)}}\n`;
  const B = `class C {\n${members((i) => `    eval(a + ${i % 10});    `)}}\n`;
  assert.equal(A.length, B.length);
  const file = 'src/recycle.js';
  const lineSet = (text: string) => new Set(Array.from({ length: text.split('\n').length }, (_, i) => i + 1).filter((l) => l % 4 === 3));
  // The editor's lending, without a host in between (its own scan would replace the memo first).
  const parser = parserFor('javascript');
  const ta = parser.parse(A)!;
  lendTree('javascript', A, ta);
  const ia = new LineIndex(A);
  assert.deepEqual(scanPatterns(file, A, lineSet(A), ia, `head:${file}`), []);
  revokeTree(ta);
  ta.delete();
  const tb = parser.parse(B)!; // from scratch: no lineage
  try {
    lendTree('javascript', B, tb);
    const ib = new LineIndex(B);
    const fresh = scanPatterns(file, B, lineSet(B), ib);
    assert.equal(fresh.length, 40);
    assert.deepEqual(scanPatterns(file, B, lineSet(B), ib, `head:${file}`), fresh);
  } finally {
    revokeTree(tb);
    tb.delete();
  }
});

test('ranges are carried from keystroke to keystroke: typing in one member of a drifted buffer re-queries only near it', () => {
  const file = 'src/carry.ts';
  const host = hostWith(file, JS);
  let text = JS;
  let version = 1;
  const type = (line: number, ch: string) => {
    const lines = text.split('\n');
    const character = lines[line].length;
    host.applyChange(file, [{ range: { start: { line, character }, end: { line, character } }, text: ch }], ++version);
    lines[line] += ch;
    text = lines.join('\n');
  };
  try {
    // Drift: every `const v = …` line of the filler members changed, then keys typed in one of them.
    const bodyLines = text.split('\n').flatMap((l, i) => (/^ {4}const v = a/.test(l) ? [i] : []));
    assert.ok(bodyLines.length >= 50);
    for (const l of bodyLines) type(l, ' ');
    host.snapshot();
    const before = carriedStats.ranges;
    for (let k = 0; k < 5; k++) {
      type(bodyLines[10], 'x');
      host.snapshot(); // the live scan of the head's changed lines: all but the edited range carried
    }
    const carried = carriedStats.ranges - before;
    assert.ok(carried >= 5 * (bodyLines.length - 3), `${carried} ranges carried over 5 keystrokes of ${bodyLines.length} ranges`);
    const idx = new LineIndex(text);
    const all = new Set(Array.from({ length: idx.lineCount }, (_, i) => i + 1));
    assert.deepEqual(scanPatterns(file, text, all, idx, `head:${file}`), scanPatterns(file, text, all, idx));
  } finally {
    host.dispose();
  }
});

test('a carried range is queried again when the file\'s child_process bindings change, far from it', () => {
  const file = 'src/bind.js';
  const key = `head:${file}`;
  const bind = (name: string) => `const { execSync: ${name} } = require('child_process');\n`;
  const body = `class C {\n${filler(20)}  go(cmd) {\n    run(\`git \${cmd}\`);\n  }\n}\n`;
  const runLine = `${bind('run')}${body}`.split('\n').findIndex((l) => l.includes('run(`git')) + 1;
  const scan = (text: string) => {
    const idx = new LineIndex(text);
    const lines = new Set([1, runLine]);
    const live = scanPatterns(file, text, lines, idx, key); // the live scan's tree cache: parsed from the last tree
    assert.deepEqual(live, scanPatterns(file, text, lines, idx));
    return live.filter((f) => f.line === runLine).length;
  };
  assert.equal(scan(`${bind('run')}${body}`), 1);
  const before = carriedStats.ranges;
  // `run` renamed to `ran` in the binding only (line 1): `run(…)` is no longer child_process's.
  assert.equal(scan(`${bind('ran')}${body}`), 0);
  // And back: the range far below is carried when the bindings are as before.
  assert.equal(scan(`${bind('run')}${body}`), 1);
  assert.equal(scan(`${bind('run').trimEnd()} // same bindings\n${body}`), 1);
  assert.ok(carriedStats.ranges > before, 'the range of the call was carried at least once');
});
