// The defect classes found on held-out batch 9 (rich, ws, mobx; docs/accuracy.md "Held-out batch
// 9"), each on a small case shaped like the real commit that showed it, with the neighbouring
// cases that must keep their old answer. The real commits are corpus cases too
// (test/corpus/<project>/<sha8>, scored by accuracy-corpus.test.ts).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { initParsers } from '../../server/src/parsing/languages';
import { analyzeSource } from '../../server/src/symbols/analyze';
import { directDelta } from '../helpers/direct-delta';

before(async () => {
  await initParsers();
});

const SCORED = ['ADD_FN', 'DEL_FN', 'RENAME_FN', 'EXTRACT_FN', 'INLINE_FN', 'MOVE_SYMBOL', 'ADD_CLASS', 'DEL_CLASS', 'RENAME_CLASS', 'MODIFY_SIG'];
const scored = (r: ReturnType<typeof directDelta>) =>
  r.tokens.filter((t) => SCORED.includes(t.kind) || t.kind === 'ΔIMPORT').map((t) => `${t.kind} ${t.kind === 'ΔIMPORT' ? `${String(t.meta.sign)}${String(t.meta.spec)}` : t.symbol}`).sort();

test('a function bound behind an old-style type assertion `<T> function (…)` is a symbol, like `(…) as T` (mobx 331fe9e3 mobservableStatic)', () => {
  const a = `interface IStatic { (value?: any): any }
export var mobservableStatic: IStatic = <IStatic> function<T, S>(value?: T, scope?: S): T {
    return value;
};
`;
  const b = a.replace('scope?: S', 'scope?: Object');
  // Spec §3.1: \`var f = function\` binds f; the cast does not change what is bound.
  assert.deepEqual(scored(directDelta({ 'm.ts': a }, { 'm.ts': b })), ['MODIFY_SIG mobservableStatic']);
  const syms = analyzeSource(`const f = <Handler> ((x: number) => x + 1);\nconst g = (() => 1) as any;\nconst h = <number> 3;\n`, 'x.ts', 'typescript').symbols.map((s) => s.qualname);
  assert.deepEqual(syms.sort(), ['f', 'g']);
});
