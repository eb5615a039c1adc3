// Issue 14 (edit p95 ≤ 25 ms): the editor derives each buffer version's line starts from the
// previous version's (spliceLineStarts) and records them; the analysis, the snapshot walk, the
// live scan and the generated-code check read them instead of splitting the text again. Each
// reader must give exactly what it gives from a scan of the text.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import fc from 'fast-check';
import { defaultConfig } from '../../server/src/config/invariants-config';
import { generatedCheck } from '../../server/src/engine/generated';
import { WorkspaceHost } from '../../server/src/engine/workspace-host';
import { Policy } from '../../server/src/config/policy';
import { initParsers } from '../../server/src/parsing/languages';
import { knownLineStarts, lineStarts, rememberLineStarts, spliceLineStarts } from '../../server/src/util/line-starts';

const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '\n', 'x;'), maxLength: 80 });

test('spliceLineStarts: the starts of the edited text, whatever the edit', () => {
  fc.assert(fc.property(text, fc.nat(), fc.nat(), text, (before, a, b, inserted) => {
    const s = Math.min(a, b) % (before.length + 1);
    const e = Math.min(before.length, s + (Math.max(a, b) % 7));
    const after = before.slice(0, s) + inserted + before.slice(e);
    assert.deepEqual(spliceLineStarts(lineStarts(before), s, e, inserted), lineStarts(after));
  }), { numRuns: 2000 });
});

test('generated check: the same answer from recorded line starts as from a scan', () => {
  const check = generatedCheck({ ...defaultConfig().generated, maxLineLength: 12 })!;
  const lines = fc.array(fc.string({ unit: fc.constantFrom('a', ' ', ';'), maxLength: 20 }), { maxLength: 12 });
  fc.assert(fc.property(lines, fc.boolean(), (ls, trailing) => {
    // A fresh string object each time: a text nobody recorded is scanned.
    const t = ls.join('\n') + (trailing ? '\n' : '');
    const scanned = check('src/x.js', t.split('').join(''));
    rememberLineStarts(t, lineStarts(t));
    assert.ok(knownLineStarts(t));
    assert.equal(check('src/x.js', t), scanned);
  }), { numRuns: 500 });
});

test('editor buffer: line starts recorded per keystroke are the text\'s, and the analysis is a fresh one\'s', async () => {
  await initParsers();
  const members = Array.from({ length: 120 }, (_, i) => `  m${i}(a) {\n    return a + ${i};\n  }\n`).join('');
  const src = `export class Big {\n${members}}\n`;
  const open = (text: string) => {
    const h = new WorkspaceHost(new Policy());
    h.setBase({ base: { rev: 'HEAD', sha: '0'.repeat(40), source: 'HEAD' }, headSha: '0'.repeat(40), changes: [] });
    h.openDocument('big.ts', text, 1);
    return h;
  };
  const host = open(src);
  host.snapshot();
  let cur = src;
  const edits = fc.sample(fc.tuple(fc.nat({ max: 370 }), fc.constantFrom(' ', 'x', '\n', '', '\n  q() {}\n')), { numRuns: 60, seed: 7 });
  for (const [line, insert] of edits) {
    const ls = cur.split('\n');
    const l = Math.min(line, ls.length - 1);
    const del = insert === '' && ls[l].length > 0 ? 1 : 0;
    const ch = Math.max(0, ls[l].length - del);
    host.applyChange('big.ts', [{ range: { start: { line: l, character: ch }, end: { line: l, character: ch + del } }, text: insert }]);
    ls[l] = ls[l].slice(0, ch) + insert + ls[l].slice(ch + del);
    cur = ls.join('\n');
    const snap = host.snapshot();
    assert.equal(snap.textOf('big.ts'), cur);
    assert.deepEqual(knownLineStarts(cur), lineStarts(cur), 'the recorded line starts are the text\'s');
    const want = open(cur.split('').join('')).snapshot();
    const shape = (s: typeof snap) => s.analysisOf('big.ts', 'head')?.symbols.map((x) => [x.qualname, x.range, x.bodyHash]);
    assert.deepEqual(shape(snap), shape(want));
  }
});
