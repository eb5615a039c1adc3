// parsing/grammar-gaps.ts: the TypeScript lines the bundled grammar cannot read, and nothing else.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { grammarGap, lineAt, onlyGrammarGaps } from '../../server/src/parsing/grammar-gaps';
import { initParsers } from '../../server/src/parsing/languages';
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

test('the grammar does fail on them (if a grammar upgrade reads them, this file can go)', () => {
  const gap = analyzeSource("export type * from './types';\nexport const x = 1;\n", 'src/index.ts', 'typescript');
  assert.equal(gap.ok, false);
  assert.ok(onlyGrammarGaps('typescript', "export type * from './types';\nexport const x = 1;\n", gap.parseErrors));
  const real = "export type * from './types';\nexport const x = (;\n";
  assert.equal(onlyGrammarGaps('typescript', real, analyzeSource(real, 'src/index.ts', 'typescript').parseErrors), false);
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
  const a = analyzeSource(flow, 'src/api/flow.ts', 'typescript');
  assert.equal(a.ok, false, 'the grammar reads `void⏎<R, …>(` as `void<R, …>`');
  assert.ok(onlyGrammarGaps('typescript', flow, a.parseErrors), JSON.stringify(a.parseErrors));
  // After an identifier type the grammar reports it on the signature's own line.
  const ident = 'interface F {\n    (value: string): Value\n    <R>(g: R): R\n}\n';
  const b = analyzeSource(ident, 'src/f.ts', 'typescript');
  assert.equal(b.ok, false);
  assert.ok(onlyGrammarGaps('typescript', ident, b.parseErrors), JSON.stringify(b.parseErrors));
  // A real error elsewhere in the file is still one.
  const broken = flow.replace('bound: Annotation', 'bound: = Annotation');
  assert.equal(onlyGrammarGaps('typescript', broken, analyzeSource(broken, 'src/api/flow.ts', 'typescript').parseErrors), false);
  assert.equal(grammarGap('typescript', 'if (a < b) {', 'const c = d;'), undefined);
  assert.equal(grammarGap('typescript', '): Value | void', '<R, Args extends any[]>(') !== undefined, true);
});
