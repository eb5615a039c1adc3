// normalize (spec §3.4) is idempotent and independent of input order; ΔZ (spec §3.6) is
// monotone in added risk and stays in [0, 1). Properties over arbitrary token lists.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { TOKEN_KINDS, type TokenKind } from '../../server/src/delta/catalogue';
import { energy } from '../../server/src/delta/energy';
import { explainChange } from '../../server/src/explain/explanation';
import { fingerprint } from '../../server/src/delta/fingerprint';
import { normalize } from '../../server/src/delta/normalize';
import type { DeltaToken } from '../../server/src/delta/token';

const kinds = Object.keys(TOKEN_KINDS) as TokenKind[];

const tokenArb: fc.Arbitrary<DeltaToken> = fc
  .record({
    kind: fc.constantFrom(...kinds),
    file: fc.constantFrom('src/a.ts', 'src/b.ts', 'lib/c.py', 'README.md'),
    line: fc.integer({ min: 1, max: 40 }),
    len: fc.integer({ min: 0, max: 10 }),
    sym: fc.option(fc.constantFrom('f', 'g', 'K', 'K.m', 'h'), { nil: undefined }),
    mag: fc.integer({ min: 1, max: 4 }),
    pub: fc.boolean(),
    spec: fc.constantFrom('x', 'y'),
    sign: fc.constantFrom('+', '-'),
    detail: fc.subarray(['arity', 'names', 'types', 'return']),
    from: fc.constantFrom('f', 'g', 'h'),
    to: fc.constantFrom('f', 'g', 'h'),
    ev: fc.option(fc.array(fc.constantFrom('e1', 'e2', 'e3', 'e4', 'e5', 'e6'), { maxLength: 4 }), { nil: undefined }),
  })
  .map((r) => {
    const meta: DeltaToken['meta'] = { public_api: r.pub };
    if (r.kind === 'ΔIMPORT') Object.assign(meta, { spec: r.spec, sign: r.sign });
    if (r.kind === 'MODIFY_SIG') meta.detail = r.detail;
    if (r.kind.startsWith('RENAME')) Object.assign(meta, { from: r.from, to: r.to });
    if (r.ev) meta.evidence = r.ev;
    const uid = r.kind === 'ΔIMPORT' ? `IMPORT::${r.file}:${r.sign}${r.spec}` : r.sym ? `AST::${r.file}#${r.sym}` : `FILE::${r.file}`;
    return {
      schema: 'delta.tokens.v1', kind: r.kind, category: TOKEN_KINDS[r.kind].category, file: r.file, uid,
      module: r.file.split('/')[0], ...(r.sym ? { symbol: r.sym } : {}),
      range: { line: r.line, col: 0, endLine: r.line + r.len }, magnitude: r.mag, weight: TOKEN_KINDS[r.kind].weight, meta,
    } satisfies DeltaToken;
  });

test('normalize is idempotent', () => {
  fc.assert(
    fc.property(fc.array(tokenArb, { maxLength: 30 }), (ts) => {
      const once = normalize(ts);
      assert.deepEqual(normalize(once), once);
    }),
    { numRuns: Number(process.env.GLX_PROP_RUNS ?? 400) },
  );
});

test('normalize does not depend on input order', () => {
  fc.assert(
    fc.property(fc.array(tokenArb, { maxLength: 30 }).chain((ts) => fc.tuple(fc.constant(ts), fc.shuffledSubarray(ts, { minLength: ts.length, maxLength: ts.length }))), ([ts, shuffled]) => {
      assert.deepEqual(normalize(shuffled), normalize(ts));
      assert.equal(fingerprint(shuffled).hash, fingerprint(ts).hash);
    }),
    { numRuns: Number(process.env.GLX_PROP_RUNS ?? 400) },
  );
});

test('normalize rewrite rules: ADD+DEL of one uid, ±import, rename chains, MODIFY_SIG merge', () => {
  const base = { schema: 'delta.tokens.v1' as const, module: 'src', magnitude: 1, range: { line: 3, col: 0, endLine: 3 } };
  const t = (o: Partial<DeltaToken> & { kind: TokenKind }): DeltaToken => ({
    ...base, file: 'src/a.ts', uid: 'u1', category: TOKEN_KINDS[o.kind].category, weight: TOKEN_KINDS[o.kind].weight, meta: { public_api: false }, ...o,
  });
  assert.deepEqual(normalize([t({ kind: 'ADD_FN' }), t({ kind: 'DEL_FN', range: { line: 20, col: 0, endLine: 20 } })]), []);
  assert.deepEqual(normalize([t({ kind: 'ΔIMPORT', uid: 'i+', meta: { public_api: false, spec: 'x', sign: '+' } }), t({ kind: 'ΔIMPORT', uid: 'i-', meta: { public_api: false, spec: 'x', sign: '-' } })]), []);
  const chain = normalize([
    t({ kind: 'RENAME_FN', uid: 'r1', symbol: 'b', meta: { public_api: false, from: 'a', to: 'b' } }),
    t({ kind: 'RENAME_FN', uid: 'r2', symbol: 'c', range: { line: 30, col: 0, endLine: 30 }, meta: { public_api: true, from: 'b', to: 'c' } }),
  ]);
  assert.equal(chain.length, 1);
  assert.equal(chain[0].meta.from, 'a');
  assert.equal(chain[0].meta.to, 'c');
  assert.equal(chain[0].meta.public_api, true);
  const sigs = normalize([
    t({ kind: 'MODIFY_SIG', symbol: 'f', meta: { public_api: false, detail: ['types'] } }),
    t({ kind: 'MODIFY_SIG', symbol: 'f', uid: 'u2', range: { line: 40, col: 0, endLine: 41 }, meta: { public_api: true, detail: ['arity'] } }),
  ]);
  assert.equal(sigs.length, 1);
  assert.deepEqual(sigs[0].meta.detail, ['arity', 'types']);
  const pair = normalize([
    t({ kind: 'MOVE_SYMBOL', symbol: 'g', uid: 'm', meta: { public_api: false, fromFile: 'src/b.ts' } }),
    t({ kind: 'RENAME_FN', symbol: 'g', uid: 'm', meta: { public_api: false, from: 'f', to: 'g' } }),
  ]);
  assert.equal(pair.length, 2);
  assert.ok(pair[0].meta.pair && pair[0].meta.pair === pair[1].meta.pair);
  // dedupe within a 5-line bucket fuses payloads (max weight, public OR, evidence ≤ 5)
  const fused = normalize([
    t({ kind: 'ΔTOPLEVEL', uid: 'FILE::x', range: { line: 5, col: 0, endLine: 5 }, meta: { public_api: false, evidence: ['a', 'b', 'c'] } }),
    t({ kind: 'ΔTOPLEVEL', uid: 'FILE::x', range: { line: 9, col: 0, endLine: 9 }, weight: 0.5, meta: { public_api: true, evidence: ['d', 'e', 'f'] } }),
  ]);
  assert.equal(fused.length, 1);
  assert.equal(fused[0].weight, 0.5);
  assert.equal(fused[0].meta.public_api, true);
  assert.equal(fused[0].meta.evidence?.length, 5);
  assert.deepEqual(fused[0].range, { line: 5, col: 0, endLine: 9 });
});

test('normalize fuses two MODIFY_SIG of one symbol with compatible = AND and the weight of the verdict kept (spec §3.3, §3.4)', () => {
  const base = { schema: 'delta.tokens.v1' as const, module: 'src', magnitude: 1, file: 'src/a.ts', symbol: 'f', category: 'ast' as const };
  const sig = (uid: string, line: number, compatible: boolean, weight: number, detail: string[]): DeltaToken => ({
    ...base, kind: 'MODIFY_SIG', uid, range: { line, col: 0, endLine: line }, weight, meta: { public_api: true, detail, compatible },
  });
  for (const order of [0, 1]) {
    // A compatible one (optional parameter at the end, 0.08) and a breaking one (0.22): breaking wins.
    const ts = [sig('u1', 3, true, 0.08, ['arity', 'defaults']), sig('u2', 40, false, 0.22, ['types'])];
    const [f, ...rest] = normalize(order ? ts.reverse() : ts);
    assert.equal(rest.length, 0);
    assert.deepEqual([f.meta.compatible, f.weight, f.meta.detail], [false, 0.22, ['arity', 'defaults', 'types']]);
  }
  // A breaking token under an override lower than the compatible weight still decides the weight.
  const low = normalize([sig('u1', 3, true, 0.08, ['defaults']), sig('u2', 40, false, 0.05, ['types'])]);
  assert.deepEqual([low[0].meta.compatible, low[0].weight], [false, 0.05]);
  // Both compatible: still compatible, max weight; both in one 5-line bucket fuse the same way.
  const both = normalize([sig('u1', 3, true, 0.08, ['defaults']), sig('u1', 4, true, 0.08, ['arity'])]);
  assert.deepEqual([both.length, both[0].meta.compatible, both[0].weight], [1, true, 0.08]);
  const bucket = normalize([sig('u1', 3, false, 0.22, ['arity']), sig('u1', 4, true, 0.08, ['defaults'])]);
  assert.deepEqual([bucket.length, bucket[0].meta.compatible, bucket[0].weight], [1, false, 0.22]);
});

test('ΔZ is monotone in added risk and stays in [0, 1)', () => {
  fc.assert(
    fc.property(fc.array(tokenArb, { maxLength: 25 }), tokenArb, (ts, extra) => {
      const e1 = energy(ts);
      assert.ok(e1.overall.dz >= 0 && e1.overall.dz < 1);
      if (extra.weight * extra.magnitude >= 0) {
        const e2 = energy([...ts, extra]);
        assert.ok(e2.overall.dz >= e1.overall.dz);
        assert.ok(e2.modules[extra.module].dz >= (e1.modules[extra.module]?.dz ?? 0));
      }
      // Hot spots and CRITICAL findings only ever add.
      const e3 = energy(ts, { hotspots: new Set(ts.map((t) => t.file)), sastCritical: { src: 1 } });
      assert.ok(e3.overall.raw >= e1.overall.raw);
    }),
    { numRuns: 300 },
  );
});

test('ΔZ formula and explain shares on a known example (spec §3.6)', () => {
  const mk = (kind: TokenKind, pub: boolean, module = 'core', mag = 1): DeltaToken => ({
    schema: 'delta.tokens.v1', kind, category: TOKEN_KINDS[kind].category, file: `${module}/x.ts`, uid: `${kind}${pub}`, module,
    range: { line: 1, col: 0, endLine: 1 }, magnitude: mag, weight: TOKEN_KINDS[kind].weight, meta: { public_api: pub },
  });
  const ts = [mk('MODIFY_SIG', true), mk('ΔCC', false, 'core', 2), mk('ΔTESTS', false, 'tests')];
  ts[2].weight = -0.02;
  const e = energy(ts);
  // core: 0.22·2 + 0.05·2 = 0.54 ; tests: −0.02 → floored at 0 ; overall 0.52
  assert.equal(e.modules.core.raw, 0.54);
  assert.equal(e.modules.core.dz, Math.round((1 - Math.exp(-0.54)) * 1e6) / 1e6);
  assert.equal(e.modules.tests.raw, 0);
  assert.equal(e.overall.raw, 0.52);
  const core = explainChange(ts).modules.find((m) => m.module === 'core')!;
  assert.equal(core.parts[0].kind, 'MODIFY_SIG');
  assert.equal(core.parts[0].raw, 0.44);
  // Its share of the module's ΔZ (spec §3.6 as amended): ΔZ · raw_i / ΔZ_raw.
  assert.equal(core.parts[0].share, Math.round(core.dz * (0.44 / 0.54) * 1e6) / 1e6);
});
