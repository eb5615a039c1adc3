// emit-signatures.ts (spec §3.3 row MODIFY_SIG): one MODIFY_SIG per paired function whose
// signature changed; its span and the lines it explains depend on whether the body changed too.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emitModifySig } from '../../server/src/delta/emit-signatures';
import { fnBodyChanged } from '../../server/src/delta/emit-structure';
import { rig } from '../helpers/emitters';

const FMT = `export function formatPrice(amount: number, currency: string): string {
  const value = amount.toFixed(2);
  return currency + ' ' + value;
}
`;

test('an optional TS parameter added: MODIFY_SIG on the signature line only, before/after arity and params', async () => {
  const b = FMT.replace('currency: string)', 'currency: string, locale?: string)');
  const r = await rig({ 'src/money.ts': FMT }, { 'src/money.ts': b });
  const pc = r.pair('formatPrice');
  const sd = emitModifySig(r.ctx, pc, fnBodyChanged(pc));
  assert.deepEqual(sd.detail, ['arity', 'defaults']);
  const [t] = r.tokens();
  assert.equal(r.tokens().length, 1);
  assert.equal(t.kind, 'MODIFY_SIG');
  assert.deepEqual([t.range.line, t.range.endLine], [1, 1]);
  assert.deepEqual(t.meta.baseRange, { line: 1, endLine: 1 });
  assert.equal(t.meta.bodyChanged, false);
  assert.deepEqual([(t.before as { arity: number }).arity, (t.after as { arity: number }).arity], [2, 3]);
  assert.deepEqual((t.after as { params: string[] }).params, ['amount: number', 'currency: string', 'locale?: string']);
  // Only the signature line is explained; the body lines are left to other emitters.
  assert.deepEqual([...pc.nc.cov.newLines], [1]);
  assert.deepEqual([...pc.oc.cov.oldLines], [1]);
});

test('signature and body changed: one MODIFY_SIG spanning the whole function, meta.bodyChanged', async () => {
  const b = `export function formatPrice(amount: number, currency: string, digits = 2): string {
  const value = amount.toFixed(digits);
  return currency + ' ' + value;
}
`;
  const r = await rig({ 'src/money.ts': FMT }, { 'src/money.ts': b });
  const pc = r.pair('formatPrice');
  emitModifySig(r.ctx, pc, fnBodyChanged(pc));
  const [t] = r.tokens('MODIFY_SIG');
  assert.equal(t.meta.bodyChanged, true);
  assert.deepEqual([t.range.line, t.range.endLine], [1, 4]);
  assert.deepEqual([...pc.nc.cov.newLines].sort(), [1, 2, 3, 4]);
});

test('Python: @staticmethod changes the calling convention (MODIFY_SIG kind); another decorator alone does not', async () => {
  const a = 'class Repo:\n    def key(self, name):\n        return name.lower()\n\n    def load(self, name):\n        return self.key(name)\n';
  const b = 'class Repo:\n    @staticmethod\n    def key(name):\n        return name.lower()\n\n    @cached\n    def load(self, name):\n        return self.key(name)\n';
  const r = await rig({ 'app/repo.py': a }, { 'app/repo.py': b });
  const key = r.pair('Repo.key');
  const sdKey = emitModifySig(r.ctx, key, fnBodyChanged(key));
  assert.ok(sdKey.detail.includes('kind') && sdKey.detail.includes('arity'), sdKey.detail.join());
  const load = r.pair('Repo.load');
  const sdLoad = emitModifySig(r.ctx, load, fnBodyChanged(load));
  assert.deepEqual(sdLoad.detail, []);
  assert.equal(sdLoad.decoratorsChanged, true);
  assert.deepEqual(r.tokens().map((t) => `${t.kind} ${t.symbol}`), ['MODIFY_SIG Repo.key']);
  assert.deepEqual(r.tokens()[0].meta.decorators, { before: [], after: ['staticmethod'] });
});
