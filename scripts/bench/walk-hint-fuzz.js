// The walk hint (symbols/walk-hint.ts) over real files: random bursts of range edits (braces, comment
// openers, quotes, decorators, new members) applied through WorkspaceHost and to a mirror tree; after
// each burst the host's analysis must equal a fresh analysis of the mirror tree (member reuse off).
// Prints the number of checks, differences and the hint's counters. Deterministic (fixed seed).
// Usage: npx tsc -p tsconfig.test.json && node scripts/bench/walk-hint-fuzz.js <TS/JS files with classes…>
const O = require('node:path').join(__dirname, '../../out');
const fs = require('fs'); const path = require('path'); const assert = require('assert/strict');
const { Policy } = require(O + '/server/src/config/policy');
const { makeVersion } = require(O + '/server/src/engine/file-version');
const { WorkspaceHost } = require(O + '/server/src/engine/workspace-host');
const { initParsers, parserFor, languageOf } = require(O + '/server/src/parsing/languages');
const { ChunkCache } = require(O + '/server/src/symbols/analyze');
const { walkHintStats } = require(O + '/server/src/symbols/syntax-snapshot');
const { clearTsMemberCache } = require(O + '/server/src/symbols/typescript');
const { freshAnalysis, pointAt } = require(O + '/test/helpers/member-replay');
const SNIP = [' ', 'x', '\n', ';', '{', '}', '/*', '*/', '// c\n', "'", '"s"', '@dec ', 'foo() {}\n', '  bar = 1;\n', 'static ', '(', ')', ', y', 'async ', 'return;', '`', ''];
let seed = 12345; const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
(async () => {
  await initParsers();
  const files = process.argv.slice(2);
  let checks = 0, bad = 0;
  for (const abs of files) {
    const file = path.basename(abs); const lang = languageOf(file); if (!lang || lang === 'python') continue;
    const src = fs.readFileSync(abs, 'utf8');
    const ci = src.search(/\bclass\s+\w+/); if (ci < 0) continue;
    for (let run = 0; run < 4; run++) {
      clearTsMemberCache();
      const host = new WorkspaceHost(new Policy());
      host.setBase({ base: { rev: 'HEAD', sha: '0'.repeat(40), source: 'HEAD' }, headSha: '0'.repeat(40), changes: [] });
      host.setBaseVersion(file, makeVersion(file, src, new ChunkCache()));
      host.openDocument(file, src, 1); host.snapshot();
      let text = src, v = 1; const parser = parserFor(lang); let tree = parser.parse(text);
      for (let b = 0; b < 8; b++) {
        const n = 1 + rnd(3);
        for (let k = 0; k < n; k++) {
          const at = Math.min(text.length, ci + rnd(Math.min(40000, text.length - ci + 1)));
          const del = [0, 0, 1, 2, 30][rnd(5)]; const d = Math.min(del, text.length - at); const ins = SNIP[rnd(SNIP.length)];
          const next = text.slice(0, at) + ins + text.slice(at + d);
          const s = pointAt(text, at), e = pointAt(text, at + d);
          host.applyChange(file, [{ range: { start: { line: s.row, character: s.column }, end: { line: e.row, character: e.column } }, text: ins }], ++v);
          tree.edit({ startIndex: at, oldEndIndex: at + d, newEndIndex: at + ins.length, startPosition: s, oldEndPosition: e, newEndPosition: pointAt(next, at + ins.length) });
          text = next;
        }
        host.snapshot();
        const t2 = parser.parse(text, tree); tree.delete(); tree = t2;
        const warm = host.docs.get(file).current.analysis;
        checks++;
        try { assert.deepEqual(warm, freshAnalysis(tree, text, file, lang)); } catch (err) { bad++; console.log('MISMATCH', abs, run, b, err.message.slice(0, 300)); }
      }
      tree.delete(); host.dispose();
    }
  }
  console.log('files', files.length, 'checks', checks, 'mismatches', bad, 'stats', JSON.stringify(walkHintStats));
})();
