// emit-docs-coverage.ts (spec §3.3 docs rows, ΔTOPLEVEL, MODIFY_FILE): doc changes of pairs and
// the coverage pass explaining what the semantic emitters left.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coverRest, emitDocChange } from '../../server/src/delta/emit-docs-coverage';
import { emitFnBody, fnBodyChanged } from '../../server/src/delta/emit-structure';
import { diffSignature } from '../../server/src/delta/signature-diff';
import { rig } from '../helpers/emitters';

const kindsWith = (ts: { kind: string; meta: Record<string, unknown> }[]) => ts.map((t) => `${t.kind}${t.meta.reason ? `{${String(t.meta.reason)}}` : ''}`);

test('files without symbol support: README → ΔREADME, docs/ → ΔSPEC, other text → MODIFY_FILE over the changed lines', async () => {
  const r = await rig(
    { 'README.md': '# X\n\nUsage.\n', 'docs/cli.md': '# CLI\n', 'config/app.ini': '[a]\nx=1\ny=2\n' },
    { 'README.md': '# X\n\nUsage: x run.\n', 'docs/cli.md': '# CLI\n\nglx delta\n', 'config/app.ini': '[a]\nx=1\ny=3\n' },
  );
  for (const c of r.ctx.changes) coverRest(r.ctx, c);
  assert.deepEqual(r.tokens().map((t) => `${t.kind} ${t.file} ${t.range.line}-${t.range.endLine}`), [
    'ΔREADME README.md 3-3', 'MODIFY_FILE config/app.ini 3-3', 'ΔSPEC docs/cli.md 2-3',
  ]);
});

const SRC = `// Pricing helpers.
export const VAT = 0.2;

export function gross(net: number): number {
  // net price in cents
  return net * (1 + VAT);
}
`;

test('a comment edit is ΔCOMMENTS{comments}; a module constant edit is ΔTOPLEVEL', async () => {
  const b = SRC.replace('// net price in cents', '// net price, in cents').replace('VAT = 0.2', 'VAT = 0.21');
  const r = await rig({ 'src/price.ts': SRC }, { 'src/price.ts': b });
  coverRest(r.ctx, r.change('src/price.ts'));
  assert.deepEqual(kindsWith(r.tokens()), ['ΔTOPLEVEL', 'ΔCOMMENTS{comments}']);
  assert.deepEqual(r.tokens().map((t) => t.range.line), [2, 5]);
});

test('code inside a symbol: MODIFY_FILE{unexplained} when no emitter explained it, nothing once MODIFY_BODY did', async () => {
  const b = SRC.replace('return net * (1 + VAT);', 'return Math.round(net * (1 + VAT) * 100) / 100;');
  const alone = await rig({ 'src/price.ts': SRC }, { 'src/price.ts': b });
  coverRest(alone.ctx, alone.change('src/price.ts'));
  assert.deepEqual(alone.tokens().map((t) => `${t.kind} ${t.range.line} ${String(t.meta.unexplained)}`), ['MODIFY_FILE 6 true']);

  const r = await rig({ 'src/price.ts': SRC }, { 'src/price.ts': b });
  const pc = r.pair('gross');
  emitFnBody(r.ctx, pc, diffSignature(pc.o.signature, pc.n.signature), fnBodyChanged(pc));
  coverRest(r.ctx, r.change('src/price.ts'));
  assert.deepEqual(kindsWith(r.tokens()), ['MODIFY_BODY']);
});

test('a head that does not parse: its changed lines are MODIFY_FILE{unexplained, parseError}', async () => {
  const b = SRC.replace('return net * (1 + VAT);', 'return net * (1 + VAT;');
  const r = await rig({ 'src/price.ts': SRC }, { 'src/price.ts': b });
  coverRest(r.ctx, r.change('src/price.ts'));
  assert.deepEqual(r.tokens().map((t) => [t.kind, t.meta.unexplained, t.meta.parseError]), [['MODIFY_FILE', true, true]]);
});

test('doc changes: a public function gets DOC_PUBLIC_API, a private one whose only change is its docstring ΔCOMMENTS{docstring}', async () => {
  const a = 'def area(r):\n    """Area of a circle."""\n    return 3.14159 * r * r\n\n\ndef _round(x):\n    """Round."""\n    return round(x, 2)\n';
  const b = 'def area(r):\n    """Area of a circle of radius r."""\n    return 3.14159 * r * r\n\n\ndef _round(x):\n    """Round to cents."""\n    return round(x, 2)\n';
  const r = await rig({ 'geo/shapes.py': a }, { 'geo/shapes.py': b });
  for (const pc of r.pairs) emitDocChange(r.ctx, pc, r.ctx.out.length);
  assert.deepEqual(r.tokens().map((t) => `${kindsWith([t])[0]} ${t.symbol ?? ''}`), ['DOC_PUBLIC_API area', 'ΔCOMMENTS{docstring} ']);
  assert.deepEqual(r.tokens()[0].meta.baseRange, { line: 1, endLine: 3 });
  // Doc-only: the symbols' own lines are explained, the coverage pass has nothing left.
  coverRest(r.ctx, r.change('geo/shapes.py'));
  assert.equal(r.tokens().length, 2);
});
