// Member-level results for large classes (issue 14: edit cost proportional to the edited member,
// not the enclosing class). The walk leaves an unchanged member of a class body opaque and the
// TypeScript extractor replays that member's stored results (syntax-snapshot.ts OPAQUE,
// typescript.ts opaqueMember). Property: random edit sequences inside large generated classes
// (TS with sibling decorators, doc comments, field arrows, accessors, static blocks, nested and
// anonymous classes; a CommonJS JS class) give, at every step, the same analysis as a fresh one
// (empty chunk cache, member reuse off) of the same tree — on the editor's incremental tree and
// on the CLI's full parse — and the same Δ tokens against the base.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { initParsers } from '../../server/src/parsing/languages';
import { analyzeSource, ChunkCache } from '../../server/src/symbols/analyze';
import { clearTsMemberCache, setTsMemberReuse, tsMemberReplays } from '../../server/src/symbols/typescript';
import type { Lang } from '../../server/src/symbols/types';
import { replayedMembersEqualFresh } from '../helpers/member-replay';

before(async () => {
  await initParsers();
});

/** Deterministic PRNG (tests never use Math.random for inputs). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A large class in the shape of webpack's Compilation (many long methods), TS or JS. */
function bigClass(ts: boolean, members: number, seed: number): string {
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const T = (s: string) => (ts ? s : '');
  const out: string[] = [];
  out.push(ts ? "import { Hook } from './hooks';" : "'use strict';\nconst { Hook } = require('./hooks');");
  out.push('');
  out.push('/** The compilation. */');
  out.push(`${ts ? 'export ' : ''}class Compilation${ts ? ' extends Base<Options>' : ''} {`);
  for (let i = 0; i < members; i++) {
    const kind = i % 9;
    const stmts: string[] = [];
    const n = 3 + Math.floor(r() * 8);
    for (let k = 0; k < n; k++) {
      stmts.push(pick([
        `\t\tconst v${k} = this.items.get(key${k % 3})${T(' as Item')};`,
        `\t\tif (v${k % 2} && !this.done) this.hooks.run.call(v${k % 2});`,
        `\t\tfor (const m of this.modules) {\n\t\t\tif (m.id === ${k}) continue;\n\t\t\tthis.process(m, ${k});\n\t\t}`,
        `\t\ttry {\n\t\t\tawait this.build(${k});\n\t\t} catch (err) {\n\t\t\tthis.errors.push(err);\n\t\t}`,
        `\t\t// keep the order stable (${k})\n\t\tthis.sorted = this.sorted || [];`,
        `\t\treturn this.cache.get(${k}) ?? this.compute(${k});`,
        `\t\tconst cb = (x${T(': number')}) => x > ${k} ? this.a(x) : this.b(x);`,
        `\t\tconst helper = function helper${i}_${k}(q) {\n\t\t\treturn q.map((z) => z + ${k});\n\t\t};`,
        `\t\tconst Local = class {\n\t\t\trun(a) {\n\t\t\t\treturn a.filter((x) => x.ok && x.size > ${k}).map((x) => x.id);\n\t\t\t}\n\t\t\tget size() {\n\t\t\t\treturn this.items.length + ${k};\n\t\t\t}\n\t\t};`,
        `\t\tthis.emit('step', { id: ${i}, k: ${k}, when: Date.now(), parts: [1, 2, 3].map((p) => p * ${k}) });`,
      ]));
    }
    const body = stmts.join('\n');
    if (i % 5 === 0) out.push(`\t/**\n\t * Member ${i}.${i % 10 === 0 ? ' @deprecated' : ''}\n\t */`);
    else if (i % 7 === 0) out.push(`\t// plain comment ${i}`);
    switch (kind) {
      case 0:
      case 1:
      case 2:
        out.push(`\t${ts && i % 4 === 0 ? 'private ' : ''}${i % 3 === 0 ? 'async ' : ''}method${i}(a${T(': string')}, b${T('?: number')}, ...rest)${T(': void')} {\n${body}\n\t}`);
        break;
      case 3:
        if (ts) out.push(`\t@memo()\n\t@trace('m${i}')`);
        out.push(`\tdecorated${i}(x${T(': Item')})${T(': Item[]')} {\n${body}\n\t}`);
        break;
      case 4:
        out.push(`\thandler${i} = async (ev${T(': Event')}) => {\n${body}\n\t};`);
        break;
      case 5:
        out.push(`\tget value${i}() {\n${body}\n\t}\n\tset value${i}(v) {\n\t\tthis._v${i} = v;\n\t\tthis.changed(${i}, v, this.items.size, [1, 2, 3].length, { deep: true, reason: 'set' });\n\t}`);
        break;
      case 6:
        out.push(`\tstatic create${i}(opts${T(': Options')}) {\n${body}\n\t\treturn new Compilation(opts);\n\t}`);
        break;
      case 7:
        out.push(`\tstatic {\n\t\tCompilation.registry = new Map();\n\t\tfor (const k of ['a', 'b', 'c']) Compilation.registry.set(k, ${i});\n\t\tif (Compilation.registry.size > 2) Compilation.ready = true;\n\t}`);
        break;
      default:
        out.push(`\tfield${i}${T(': Map<string, number>')} = new Map([['a', ${i}], ['b', ${i + 1}], ['c', this.compute(${i})], ['d', this.items.size > 3 ? 1 : 2]]);`);
    }
    out.push('');
  }
  out.push('}');
  out.push('');
  out.push(ts ? 'export default Compilation;' : 'module.exports = Compilation;');
  out.push('');
  return out.join('\n');
}

const FILES: { file: string; lang: Lang; src: string }[] = [
  { file: 'lib/Compilation.ts', lang: 'typescript', src: bigClass(true, 48, 11) },
  { file: 'lib/Compilation.js', lang: 'javascript', src: bigClass(false, 48, 12) },
];

const SNIPPETS = [
  ' ', 'x', '\n', ';', ',', '(', ')', '{', '}', "'", '`', '/*', '*/', '//', '@dec() ', 'static ', 'async ',
  'await ', 'class ', 'foo();', ' && ok', ' ? a : b', 'for (const q of r) {', 'if (a) {', '}\n',
  '/** doc @deprecated */\n', 'import("./m");', 'it("t", () => {});', '\n\tnewMethod(a) {\n\t\treturn a + 1;\n\t}\n',
  '\n\tnewField = () => { this.go(); };\n',
];


for (const { file, lang, src } of FILES) {
  test(`${file} (${src.split('\n').length} lines, one class): random edit sequences — replayed members ≡ fresh analysis, same tokens`, () => {
    // Most edits inside the class (inside members); a few anywhere.
    replayedMembersEqualFresh({ file, lang, src, classMarker: 'class Compilation', snippets: SNIPPETS, insideWeight: 5, maxDel: 60, numRuns: Number(process.env.MEMBER_RESULT_RUNS ?? 12) });
  });
}

test('an edit in one method of a large class replays every other member instead of re-extracting it', () => {
  const { file, lang, src } = FILES[0];
  clearTsMemberCache();
  const cache = new ChunkCache();
  const edit = (text: string, i: number) => {
    const at = text.indexOf('this.sorted = this.sorted || [];', text.indexOf(`method${i}(`));
    assert.ok(at > 0);
    return `${text.slice(0, at)}this.sorted = this.sorted || [0];${text.slice(at + 'this.sorted = this.sorted || [];'.length)}`;
  };
  let text = src;
  analyzeSource(text, file, lang, cache);
  // Two warm-up edits: the first walk stores the members, the first replay computes their results.
  const target = [...src.matchAll(/method(\d+)\(/g)].map((m) => Number(m[1])).find((i) => edit(src, i) !== src) ?? 0;
  text = edit(text, target);
  analyzeSource(text, file, lang, cache);
  text = text.replace('this.sorted = this.sorted || [0];', 'this.sorted = this.sorted || [1];');
  analyzeSource(text, file, lang, cache);
  const r0 = tsMemberReplays();
  text = text.replace('this.sorted = this.sorted || [1];', 'this.sorted = this.sorted || [2];');
  const warm = analyzeSource(text, file, lang, cache);
  // 48 generated members, most of them long enough to be stored (≥ 200 characters).
  assert.ok(tsMemberReplays() - r0 >= 30, `only ${tsMemberReplays() - r0} members replayed`);
  setTsMemberReuse(false);
  try {
    assert.deepEqual(warm, analyzeSource(text, file, lang, new ChunkCache()));
  } finally {
    setTsMemberReuse(true);
  }
});
