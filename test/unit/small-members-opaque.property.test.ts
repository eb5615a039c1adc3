// Small class members left opaque too (issue 14, eleventh pass: syntax-snapshot.ts
// `opaqueMinChars`). A member of a class body under 200 characters used to be walked node by node
// and extracted again on every keystroke anywhere in its class (webpack's Compilation class: 22
// such members, ~720 nodes); now any member the walk finds unchanged is one opaque node whose
// stored results are replayed. Checked here: (1) a keystroke in one method replays the small
// members — it fails with the old threshold; (2) random edit sequences in a class made of small
// members (getters, setters, short fields, one-line methods, TS decorators and abstract
// signatures, static blocks) give at every step the analysis a fresh extraction (member reuse
// off) gives of the same tree, on the editor's incremental tree and on a full parse, and the
// same Δ tokens against the base.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { initParsers, parserFor } from '../../server/src/parsing/languages';
import { analyzeSource, ChunkCache } from '../../server/src/symbols/analyze';
import { clearTsMemberCache, tsMemberReplays } from '../../server/src/symbols/typescript';
import type { Lang } from '../../server/src/symbols/types';
import { freshAnalysis, replayedMembersEqualFresh } from '../helpers/member-replay';

before(async () => {
  await initParsers();
});

/** A class of small members around one long method; TS adds decorators, modifiers and abstract signatures. */
function smallMembers(ts: boolean, count: number): string {
  const T = (s: string) => (ts ? s : '');
  const out: string[] = [ts ? "import { memo } from './memo';" : "'use strict';", ''];
  out.push(`${ts ? 'export abstract ' : ''}class Registry${ts ? '<T>' : ''} {`);
  for (let i = 0; i < count; i++) {
    switch (i % 8) {
      case 0: out.push(`\t/** Size ${i}. */\n\tget size${i}()${T(': number')} { return this.items.length + ${i}; }`); break;
      case 1: out.push(`\tset size${i - 1}(v${T(': number')}) { this._s${i} = v; }`); break;
      case 2: out.push(`\tcount${i} = 0;`); break;
      case 3: out.push(`\tstatic make${i}(a${T(': T')}) { return new Registry(a, ${i}); }`); break;
      case 4: out.push(ts ? `\t@memo()\n\tcached${i}(k${T(': string')}) { return this.map.get(k) ?? ${i}; }` : `\tcached${i}(k) { return this.map.get(k) ?? ${i}; }`); break;
      case 5: out.push(ts ? `\tabstract run${i}(x: T): void;` : `\trun${i}(x) { if (x) this.go(x, ${i}); }`); break;
      case 6: out.push(`\thandler${i} = (ev${T(': Event')}) => this.emit('e${i}', ev);`); break;
      default: out.push(`\t// step ${i}\n\tasync step${i}() { await this.next(${i}); }`);
    }
  }
  out.push('\tprocess(modules, callback) {');
  for (let k = 0; k < 12; k++) out.push(`\t\tfor (const m of modules) {\n\t\t\tif (m.id === ${k}) continue;\n\t\t\tthis.build(m, ${k});\n\t\t}`);
  out.push('\t\tcallback();\n\t}');
  out.push('\tstatic {\n\t\tRegistry.ready = true;\n\t}');
  out.push('}', '', ts ? 'export default Registry;' : 'module.exports = Registry;', '');
  return out.join('\n');
}

const FILES: { file: string; lang: Lang; src: string }[] = [
  { file: 'lib/Registry.ts', lang: 'typescript', src: smallMembers(true, 40) },
  { file: 'lib/Registry.js', lang: 'javascript', src: smallMembers(false, 40) },
];

const SNIPPETS = [
  ' ', 'x', '\n', ';', ',', '(', ')', '{', '}', "'", '/*', '*/', '//', '@memo() ', 'static ', 'async ', 'get ',
  'await ', ' && ok', 'return 1;', '/** doc @deprecated */\n', '\n\tnewer(a) { return a; }\n', '\n\tf = 1;\n',
];




for (const { file, lang, src } of FILES) {
  test(`${file}: a keystroke in the long method replays the small members instead of walking them`, () => {
    clearTsMemberCache();
    const cache = new ChunkCache();
    let text = src;
    analyzeSource(text, file, lang, cache);
    // Two warm-up keystrokes: the first walk stores the members, the first replay computes their results.
    for (const [from, to] of [['this.build(m, 3);', 'this.build(m, 34);'], ['this.build(m, 34);', 'this.build(m, 35);']]) {
      assert.ok(text.includes(from));
      text = text.replace(from, to);
      analyzeSource(text, file, lang, cache);
    }
    const r0 = tsMemberReplays();
    text = text.replace('this.build(m, 35);', 'this.build(m, 36);');
    const warm = analyzeSource(text, file, lang, cache);
    // 40 members, every one under 200 characters; with the old threshold none was replayed.
    const replayed = tsMemberReplays() - r0;
    assert.ok(replayed >= 30, `only ${replayed} small members replayed`);
    assert.deepEqual(warm, freshAnalysis(parserFor(lang).parse(text)!, text, file, lang));
  });

  test(`${file}: random edit sequences — small members replayed ≡ fresh analysis, same tokens`, () => {
    replayedMembersEqualFresh({ file, lang, src, classMarker: 'class Registry', snippets: SNIPPETS, insideWeight: 6, maxDel: 40, numRuns: Number(process.env.MEMBER_RESULT_RUNS ?? 15) });
  });
}
