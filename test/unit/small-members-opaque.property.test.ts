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
import fc from 'fast-check';
import type { Edit, Point, Tree } from 'web-tree-sitter';
import { Policy } from '../../server/src/config/policy';
import type { FileVersion } from '../../server/src/delta/change-set';
import { computeDelta } from '../../server/src/engine/delta-engine';
import { initParsers, parserFor } from '../../server/src/parsing/languages';
import { analyzeSource, analyzeTree, ChunkCache } from '../../server/src/symbols/analyze';
import { clearTsMemberCache, setTsMemberReuse, tsMemberReplays } from '../../server/src/symbols/typescript';
import type { FileAnalysis, Lang } from '../../server/src/symbols/types';

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

function pointAt(text: string, index: number): Point {
  let row = 0;
  let last = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    row++;
    last = i;
  }
  return { row, column: index - last - 1 };
}

function fresh(tree: Tree, text: string, file: string, lang: Lang): FileAnalysis {
  setTsMemberReuse(false);
  try {
    return analyzeTree(tree, text, file, lang, new ChunkCache());
  } finally {
    setTsMemberReuse(true);
  }
}

const policy = new Policy();
function tokensOf(base: FileVersion, text: string, analysis: FileAnalysis) {
  const file = base.path;
  return computeDelta({ changes: [{ status: 'M', old: base, new: { path: file, text, analysis } }], fileExists: (_s, p) => p === file }, policy).tokens;
}

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
    assert.deepEqual(warm, fresh(parserFor(lang).parse(text)!, text, file, lang));
  });

  test(`${file}: random edit sequences — small members replayed ≡ fresh analysis, same tokens`, () => {
    const parser = parserFor(lang);
    const classStart = src.indexOf('class Registry');
    const classEnd = src.lastIndexOf('\n}');
    const base: FileVersion = { path: file, text: src, analysis: analyzeSource(src, file, lang, new ChunkCache()) };
    const replays0 = tsMemberReplays();
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            at: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: classStart, max: classEnd }) }, { weight: 1, arbitrary: fc.nat(src.length) }),
            del: fc.oneof(fc.constant(0), fc.nat(3), fc.nat(40)),
            ins: fc.oneof(fc.constantFrom(...SNIPPETS), fc.constant('')),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        (edits) => {
          clearTsMemberCache();
          const cache = new ChunkCache();
          let text = src;
          let tree: Tree = parser.parse(text)!;
          try {
            analyzeTree(tree, text, file, lang, cache);
            for (const e of edits) {
              const at = e.at % (text.length + 1);
              const del = Math.min(e.del, text.length - at);
              const next = text.slice(0, at) + e.ins + text.slice(at + del);
              const edit: Edit = {
                startIndex: at, oldEndIndex: at + del, newEndIndex: at + e.ins.length,
                startPosition: pointAt(text, at), oldEndPosition: pointAt(text, at + del), newEndPosition: pointAt(next, at + e.ins.length),
              };
              tree.edit(edit);
              const nextTree = parser.parse(next, tree)!;
              tree.delete();
              tree = nextTree;
              text = next;
              const warm = analyzeTree(tree, text, file, lang, cache);
              const ref = fresh(tree, text, file, lang);
              assert.deepEqual(warm, ref);
              assert.deepEqual(tokensOf(base, text, warm), tokensOf(base, text, ref));
              const full = parser.parse(text)!;
              try {
                assert.deepEqual(analyzeTree(full, text, file, lang, cache), fresh(full, text, file, lang));
              } finally {
                full.delete();
              }
            }
          } finally {
            tree.delete();
          }
        },
      ),
      { numRuns: Number(process.env.MEMBER_RESULT_RUNS ?? 15) },
    );
    assert.ok(tsMemberReplays() > replays0, 'no member result was replayed');
  });
}
