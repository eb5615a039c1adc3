// emit-signatures.ts (spec §3.3 row MODIFY_SIG): one MODIFY_SIG per paired function whose
// signature changed; its span and the lines it explains depend on whether the body changed too.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emitModifySig } from '../../server/src/delta/emit-signatures';
import { fnBodyChanged } from '../../server/src/delta/emit-structure';
import { Policy } from '../../server/src/config/policy';
import { defaultConfig } from '../../server/src/config/invariants-config';
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
  // I2 accepts an optional parameter at the end: compatible, 0.08 (spec §3.3).
  assert.deepEqual([t.meta.compatible, t.weight], [true, 0.08]);
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

// ---- compatible vs breaking (spec §3.3 MODIFY_SIG, §3.7 I2) ------------------------------------

const sigOf = async (file: string, a: string, b: string, symbol: string, policy?: Policy) => {
  const r = await rig({ [file]: a }, { [file]: b }, { policy });
  const pc = r.pair(symbol);
  emitModifySig(r.ctx, pc, fnBodyChanged(pc));
  const sigs = r.tokens('MODIFY_SIG');
  assert.equal(sigs.length, 1, r.tokens().map((t) => t.kind).join());
  return sigs[0];
};
const verdict = (t: { meta: Record<string, unknown>; weight: number }) => [t.meta.compatible, t.weight];

const PY = 'def load_config(path, strict=False):\n    with open(path) as fh:\n        return parse(fh.read(), strict)\n';

test('compatible: an optional/defaulted parameter added at the end (TS and Python, also keyword-only), a rest parameter, a widened type → 0.08', async () => {
  assert.deepEqual(verdict(await sigOf('src/money.ts', FMT, FMT.replace('currency: string)', "currency: string, sep = ' ')"), 'formatPrice')), [true, 0.08]);
  assert.deepEqual(verdict(await sigOf('app/config.py', PY, PY.replace('strict=False)', 'strict=False, encoding="utf-8")'), 'load_config')), [true, 0.08]);
  assert.deepEqual(verdict(await sigOf('app/config.py', PY, PY.replace('strict=False)', 'strict=False, *, encoding="utf-8")'), 'load_config')), [true, 0.08]);
  assert.deepEqual(verdict(await sigOf('app/config.py', PY, PY.replace('strict=False)', 'strict=False, **opts)'), 'load_config')), [true, 0.08]);
  assert.deepEqual(verdict(await sigOf('src/money.ts', FMT, FMT.replace('amount: number,', 'amount: number | bigint,'), 'formatPrice')), [true, 0.08]);
});

test('breaking: a required parameter added, a parameter removed, reordered, made required, a type narrowed, the return type changed → 0.22', async () => {
  assert.deepEqual(verdict(await sigOf('src/money.ts', FMT, FMT.replace('currency: string)', 'currency: string, locale: string)'), 'formatPrice')), [false, 0.22]);
  assert.deepEqual(verdict(await sigOf('src/money.ts', FMT, FMT.replace('amount: number, currency: string)', 'amount: number)'), 'formatPrice')), [false, 0.22]);
  assert.deepEqual(verdict(await sigOf('app/config.py', PY, PY.replace('path, strict=False)', 'path, strict)'), 'load_config')), [false, 0.22]);
  assert.deepEqual(verdict(await sigOf('app/config.py', PY, PY.replace('path, strict=False)', 'path, mode, strict=False)'), 'load_config')), [false, 0.22]);
  assert.deepEqual(verdict(await sigOf('app/config.py', PY, PY.replace('path, strict=False)', 'strict=False, path=None)'), 'load_config')), [false, 0.22]);
  assert.deepEqual(verdict(await sigOf('src/money.ts', FMT, FMT.replace('amount: number,', 'amount: 1 | 2,'), 'formatPrice')), [false, 0.22]);
  // REVIEW-only in I2 (return type changed) is not compatible either.
  assert.deepEqual(verdict(await sigOf('src/money.ts', FMT, FMT.replace('): string {', '): String {'), 'formatPrice')), [false, 0.22]);
});

test('public_api.allow_optional_params: false makes an optional parameter at the end breaking (I2 says REVIEW)', async () => {
  const config = defaultConfig();
  config.publicApi.allowOptionalParams = false;
  const t = await sigOf('src/money.ts', FMT, FMT.replace('currency: string)', 'currency: string, locale?: string)'), 'formatPrice', new Policy(config));
  assert.deepEqual(verdict(t), [false, 0.22]);
});

test('weight overrides of MODIFY_SIG set the breaking weight; a compatible change keeps the ratio 0.08/0.22', async () => {
  const config = defaultConfig();
  config.moduleWeights.src = { MODIFY_SIG: 0.44 };
  config.pathWeights.push({ glob: 'src/legacy/**', weights: { MODIFY_SIG: 0.11 } });
  const policy = new Policy(config);
  const optional = (f: string) => f.replace('currency: string)', 'currency: string, locale?: string)');
  const required = (f: string) => f.replace('currency: string)', 'currency: string, locale: string)');
  assert.deepEqual(verdict(await sigOf('src/money.ts', FMT, optional(FMT), 'formatPrice', policy)), [true, 0.16]);
  assert.deepEqual(verdict(await sigOf('src/money.ts', FMT, required(FMT), 'formatPrice', policy)), [false, 0.44]);
  assert.deepEqual(verdict(await sigOf('src/legacy/money.ts', FMT, optional(FMT), 'formatPrice', policy)), [true, 0.04]);
  assert.deepEqual(verdict(await sigOf('lib/money.ts', FMT, optional(FMT), 'formatPrice', policy)), [true, 0.08]);
});
