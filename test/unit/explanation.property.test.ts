// The explanation model (spec §3.6 as amended): the parts of every explanation add up to the ΔZ
// they explain — exactly as numbers, and to the cent as printed — and every sentence names its
// scope. Properties over arbitrary token lists, plus the demo's known numbers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { TOKEN_KINDS, type TokenKind } from '../../server/src/delta/catalogue';
import { energy } from '../../server/src/delta/energy';
import type { DeltaToken } from '../../server/src/delta/token';
import { apportion, explainChange, HOTSPOT_PART, sharesOf } from '../../server/src/explain/explanation';
import { changeSentence, countsText, moduleSentence, partsText } from '../../server/src/explain/sentences';

const kinds = Object.keys(TOKEN_KINDS) as TokenKind[];

const tokenArb: fc.Arbitrary<DeltaToken> = fc
  .record({
    kind: fc.constantFrom(...kinds),
    file: fc.constantFrom('src/a.ts', 'src/b.ts', 'lib/c.py', 'tests/t.py'),
    mag: fc.integer({ min: 1, max: 5 }),
    pub: fc.boolean(),
    neg: fc.boolean(),
    line: fc.integer({ min: 1, max: 50 }),
  })
  .map((r) => ({
    schema: 'delta.tokens.v1', kind: r.kind, category: TOKEN_KINDS[r.kind].category, file: r.file, uid: `${r.kind}:${r.file}:${r.line}`,
    module: r.file.split('/')[0], range: { line: r.line, col: 0, endLine: r.line }, magnitude: r.mag,
    // ΔTESTS growth relieves (negative weight, spec §3.3).
    weight: r.kind === 'ΔTESTS' && r.neg ? -0.02 : TOKEN_KINDS[r.kind].weight, meta: { public_api: r.pub },
  }) as DeltaToken);

const close = (a: number, b: number, eps = 1e-5) => Math.abs(a - b) <= eps;

test('shares add up to the ΔZ they explain: the whole change and every module (spec §3.6)', () => {
  fc.assert(
    fc.property(fc.array(tokenArb, { maxLength: 40 }), fc.subarray(['src/a.ts', 'lib/c.py']), fc.integer({ min: 0, max: 3 }), (tokens, hot, sast) => {
      const inputs = { hotspots: new Set(hot), sastCritical: (sast ? { src: sast } : {}) as Record<string, number> };
      const c = explainChange(tokens, inputs);
      const e = energy(tokens, inputs);
      assert.equal(c.dz, e.overall.dz);
      if (c.raw > 0) assert.ok(close(c.parts.reduce((s, p) => s + p.share, 0), c.dz), 'change parts');
      for (const m of c.modules) {
        assert.equal(m.dz, e.modules[m.module].dz);
        if (m.raw > 0) assert.ok(close(m.parts.reduce((s, p) => s + p.share, 0), m.dz), `module ${m.module}`);
        // Files' (and so symbols') shares of the module also add up to it.
        const files = [...new Set(tokens.filter((t) => t.module === m.module).map((t) => t.file))];
        const hotPart = m.parts.find((p) => p.kind === HOTSPOT_PART)?.share ?? 0;
        const sastPart = m.parts.filter((p) => p.kind !== HOTSPOT_PART && !TOKEN_KINDS[p.kind as TokenKind]).reduce((s, p) => s + p.share, 0);
        if (m.raw > 0) assert.ok(close(files.reduce((s, f) => s + sharesOf(tokens.filter((t) => t.file === f && t.module === m.module), m), 0) + hotPart + sastPart, m.dz), 'files');
      }
    }),
    { numRuns: 300 },
  );
});

test('printed parts add up to the printed ΔZ (largest remainder), "N more" included', () => {
  fc.assert(
    fc.property(fc.array(fc.double({ min: 0, max: 2, noNaN: true }), { minLength: 1, maxLength: 8 }), (values) => {
      const total = values.reduce((s, v) => s + v, 0);
      const r = apportion(values, total);
      assert.equal(Math.round(r.reduce((s, v) => s + v, 0) * 100), Math.round(total * 100));
      for (let i = 0; i < values.length; i++) assert.ok(Math.abs(r[i] - values[i]) < 0.01 + 1e-9);
    }),
    { numRuns: 300 },
  );
  fc.assert(
    fc.property(fc.array(tokenArb, { minLength: 1, maxLength: 30 }), (tokens) => {
      for (const m of explainChange(tokens).modules) {
        const text = partsText(m.parts, m.dz);
        const sum = [...text.matchAll(/([+−])(\d+\.\d\d)/g)].reduce((s, x) => s + (x[1] === '−' ? -1 : 1) * Math.round(Number(x[2]) * 100), 0);
        if (text) assert.equal(sum, Math.round(m.dz * 100), text);
      }
    }),
    { numRuns: 200 },
  );
});

test('sentences name their scope; counts say what they count', () => {
  const mk = (kind: TokenKind, file: string, pub = false): DeltaToken => ({
    schema: 'delta.tokens.v1', kind, category: TOKEN_KINDS[kind].category, file, uid: `${kind}${file}`, module: file.split('/')[0],
    range: { line: 1, col: 0, endLine: 1 }, magnitude: 1, weight: TOKEN_KINDS[kind].weight, meta: { public_api: pub },
  });
  const c = explainChange([mk('MODIFY_SIG', 'src/p.ts', true), mk('RENAME_FN', 'src/p.ts', true), mk('MODIFY_BODY', 'src/q.ts'), mk('ΔCOMMENTS', 'src/q.ts'), mk('ADD_FN', 'tools/r.py')]);
  assert.deepEqual(c.counts, { semantic: 4, commentOnly: 1 });
  assert.equal(countsText(c.counts), '4 semantic tokens · 1 comment-only');
  assert.match(changeSentence(c), /^whole change: ΔZ 0\.\d\d · 4 semantic tokens · 1 comment-only in 3 files — MODIFY_SIG \(src\) \+0\.\d\d, /);
  const src = c.modules.find((m) => m.module === 'src')!;
  // raw 0.44 + 0.24 + 0.03 = 0.71 → ΔZ 0.51; shares 0.32 + 0.17 + 0.02 (apportioned to 0.51).
  assert.equal(src.raw, 0.71);
  assert.equal(moduleSentence(src, { decision: 'BLOCK', alpha: 0.3, beta: 0.45, zeta: 0.7 }), 'module src: ΔZ 0.51 above β 0.45 — MODIFY_SIG +0.32, RENAME_FN +0.17, MODIFY_BODY +0.02');
});
