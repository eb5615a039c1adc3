// parsing/grammar-gaps.ts: the TypeScript lines the bundled grammar cannot read, and nothing else.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { grammarGap, lineAt, onlyGrammarGaps } from '../../server/src/parsing/grammar-gaps';
import { initParsers, parserFor } from '../../server/src/parsing/languages';
import { parseText, withGrammarGapsClosed, withSignatureSeparators } from '../../server/src/parsing/parse-text';
import fc from 'fast-check';
import { analyzeSource } from '../../server/src/symbols/analyze';
import { parseErrorDiagnostic } from '../../server/src/lsp/editor-features';
import { DiagnosticSeverity } from 'vscode-languageserver';

before(() => initParsers());

test('the constructs are recognised on TypeScript lines only', () => {
  for (const line of ["export type * from './types'", "export type * as ns from './types';", 'interface $ZodCheck<in T = never> {', 'type Fn<in out T> = (x: T) => T;', 'export interface Box<out T, in U extends object> {']) {
    assert.ok(grammarGap('typescript', line), line);
  }
  for (const line of ['if (i < out - 1) return;', 'for (const k in obj) {', "export * from './types'", 'const a = b < c, d = e > f;', 'f(a, out)', 'type T<U> = U extends string ? U : never;']) {
    assert.equal(grammarGap('typescript', line), undefined, line);
  }
  assert.equal(grammarGap('javascript', "export type * from './types'"), undefined);
  assert.equal(lineAt('a\nb\nc', 2), 'b');
  assert.equal(lineAt('a\nb', 3), undefined);
});

test('the grammar fails on them; parseText closes them (if a grammar upgrade reads them, this file can go)', () => {
  const text = "export type * from './types';\nexport interface Box<out T, in U extends object> {\n  get(): T\n}\nexport const x = 1;\n";
  const raw = parserFor('typescript').parse(text)!;
  assert.equal(raw.rootNode.hasError, true, 'the grammar itself cannot read them');
  raw.delete();
  const gap = analyzeSource(text, 'src/index.ts', 'typescript');
  assert.equal(gap.ok, true, JSON.stringify(gap.parseErrors));
  assert.ok(gap.types.some((t) => t.name === 'Box'));
  assert.ok(gap.imports.some((i) => i.spec === './types'), 'the re-export is read');
  // A real error next to a gap: the text's own tree, and the gap still recognised.
  const real = "export type * from './types';\nexport const x = (;\n";
  const r = analyzeSource(real, 'src/index.ts', 'typescript');
  assert.equal(r.ok, false);
  assert.equal(onlyGrammarGaps('typescript', real, r.parseErrors), false);
  assert.equal(withGrammarGapsClosed('if (i < out - 1) return;\nf(a, out)\nfor (const k in obj) {}\n'), 'if (i < out - 1) return;\nf(a, out)\nfor (const k in obj) {}\n');
});

test('the editor says the grammar cannot read it (information), not that the user wrote a syntax error (warning)', () => {
  const lines = ["export * from '@tanstack/query-core'", "export type * from './types'"];
  const gap = parseErrorDiagnostic({ line: 2, col: 7, message: 'syntax error near `type`' }, lines, 'typescript');
  assert.equal(gap.severity, DiagnosticSeverity.Information);
  assert.match(gap.message, /^GlitchLab's TypeScript grammar cannot read `export type \*` \(TypeScript 5\.0\) here \(valid TypeScript, not an error of yours\)/);
  const real = parseErrorDiagnostic({ line: 1, col: 7, message: 'syntax error near `*`' }, ['export * form x'], 'typescript');
  assert.equal(real.severity, DiagnosticSeverity.Warning);
  assert.match(real.message, /^Syntax error \(syntax error near `\*`\)/);
});

test('mobx 0521b59a77: a generic call signature on its own line after a member without `;` is the grammar\'s gap, not an error', () => {
  const flow = 'interface Flow extends Annotation {\n    <This, Value extends FlowGenerator>(\n        value: Value,\n        context: ClassMethodDecoratorContext<This, Value>\n    ): Value | void\n    <R, Args extends any[]>(\n        generator: (...args: Args) => Generator<any, R, any>\n    ): (...args: Args) => CancellablePromise<R>\n    bound: Annotation\n}\n';
  // The grammar reads `void⏎<R, …>(` as `void<R, …>`: parseText closes that gap (parse-text.ts),
  // so the file parses; the gap stays recognised for a line the closing does not reach.
  const a = analyzeSource(flow, 'src/api/flow.ts', 'typescript');
  assert.equal(a.ok, true, JSON.stringify(a.parseErrors));
  assert.equal(grammarGap('typescript', '    ): Value | void', '    <R, Args extends any[]>(') !== undefined, true);
  const ident = 'interface F {\n    (value: string): Value\n    <R>(g: R): R\n}\n';
  assert.equal(analyzeSource(ident, 'src/f.ts', 'typescript').ok, true);
  // A real error elsewhere in the file is still one.
  const broken = flow.replace('bound: Annotation', 'bound: = Annotation');
  assert.equal(onlyGrammarGaps('typescript', broken, analyzeSource(broken, 'src/api/flow.ts', 'typescript').parseErrors), false);
  assert.equal(grammarGap('typescript', 'if (a < b) {', 'const c = d;'), undefined);
  assert.equal(grammarGap('typescript', '): Value | void', '<R, Args extends any[]>(') !== undefined, true);
});

// Held-out corpus hono dc0696f2: `interface Get<E> {⏎  <Key …>(key: Key): ContextVariableMap[Key]⏎
// <Key …>(key: Key): E['Variables'][Key]⏎}` (no semicolons) made the whole of src/context.ts
// unparseable, and the engine gave none of its tokens (a getter removed, a constructor changed).
test('hono dc0696f2: overloaded generic call signatures without `;` parse; offsets, lines and node texts are the real text\'s', () => {
  const src = "interface Get<E extends Env> {\n  <Key extends keyof ContextVariableMap>(key: Key): ContextVariableMap[Key]\n  <Key extends keyof E['Variables']>(key: Key): E['Variables'][Key]\n}\n\nexport class Context {\n  get req(): string {\n    return 'r'\n  }\n}\n";
  const a = analyzeSource(src, 'src/context.ts', 'typescript');
  assert.equal(a.ok, true, JSON.stringify(a.parseErrors));
  const req = a.symbols.find((x) => x.qualname === 'Context.req');
  assert.equal(req?.range.line, 7);
  const tree = parseText(parserFor('typescript'), src)!;
  assert.equal(tree.rootNode.hasError, false);
  assert.equal(tree.rootNode.text, src, 'node texts come from the real text');
  tree.delete();
  // Left alone: a `<` continuing an expression (after an operator or `(`), another indentation,
  // a separator already there, JavaScript.
  for (const t of [
    'const x = a <\n  <T>(y: T) => y\n',
    'f(\n  <T>(y: T) => y,\n)\n',
    'interface I {\n  a: string;\n  <T>(x: T): T\n}\n',
    'interface I {\n    a: string\n  <T>(x: T): T\n}\n',
  ]) assert.equal(withSignatureSeparators(t), t, t);
  assert.equal(withSignatureSeparators('interface I {\n  a: X\n  <T>(x: T): T\n}\n'), 'interface I {\n  a: X\n ;<T>(x: T): T\n}\n');
  // JavaScript (an error elsewhere, the pattern present): the tree is the text's own.
  const js = 'const o = {\n  a: b\n  <T>(x)\n}\n)\n';
  const jt = parseText(parserFor('javascript'), js)!;
  const jr = parserFor('javascript').parse(js)!;
  assert.equal(jt.rootNode.toString(), jr.rootNode.toString(), 'JavaScript is not touched');
  jt.delete();
  jr.delete();
});

test('withSignatureSeparators: the same length, and only a space or tab of an indentation becomes `;`', () => {
  const pieces = ['interface I {\n', '  a: X\n', '  <T>(x: T): T\n', '  b(): void\n', '  new <U>(u: U): I\n', '}\n', '\t<K, V>(k: K): V\n', '  // c\n', '\n', 'x < y\n', '  c: Map<K, V>\n'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (ps) => {
      const t = ps.join('');
      const u = withSignatureSeparators(t);
      assert.equal(u.length, t.length);
      for (let i = 0; i < t.length; i++) if (t[i] !== u[i]) assert.ok((t[i] === ' ' || t[i] === '\t') && u[i] === ';' && t[i + 1] === '<' || t.slice(i + 1).startsWith('new'), JSON.stringify(t));
    }),
  );
});
