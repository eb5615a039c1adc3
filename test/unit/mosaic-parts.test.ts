// Smaller mosaic parts: webview message validation (the extension boundary, spec §6), the Φ
// policy file, balanced intensities (spec §3.7), Ψ-smoothing (spec §3.9), single-cell Ψ.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import fc from 'fast-check';
import { smooth } from '../../server/src/mosaic/layers';
import { buildLayout, cellFiles } from '../../server/src/mosaic/layout';
import { psiCell, psiCells } from '../../server/src/mosaic/map';
import { balancedIntensity } from '../../server/src/mosaic/phi';
import { parsePhiPolicy, phiWeightOf, PolicyFileError } from '../../server/src/mosaic/phi-policy';
import { parseMosaicWebviewMessage } from '../../server/src/protocol';
import type { DeltaToken } from '../../server/src/delta/token';

test('webview messages: well-formed ones pass, anything else is dropped', () => {
  assert.deepEqual(parseMosaicWebviewMessage({ type: 'ready' }), { type: 'ready' });
  assert.deepEqual(parseMosaicWebviewMessage({ type: 'open', file: 'src/a.ts', line: 3 }), { type: 'open', file: 'src/a.ts', line: 3 });
  assert.deepEqual(parseMosaicWebviewMessage({ type: 'openCell', id: 'MOZ::64x64@r01c02' }), { type: 'openCell', id: 'MOZ::64x64@r01c02' });
  assert.deepEqual(parseMosaicWebviewMessage({ type: 'find', query: '  g2 ' }), { type: 'find', query: 'g2' });
  assert.deepEqual(parseMosaicWebviewMessage({ type: 'params', params: { rows: 32, phi: 'basic', kappa: 0.5 } }), { type: 'params', params: { rows: 32, phi: 'basic', kappa: 0.5 } });
  for (const bad of [
    null, 'open', 42, {}, { type: 'nope' },
    { type: 'open', file: '../etc/passwd', line: 1 },
    { type: 'open', file: '/etc/passwd', line: 1 },
    { type: 'open', file: 'src/../../x', line: 1 },
    { type: 'open', file: 'C:/x', line: 1 },
    { type: 'open', file: 'a\\b', line: 1 },
    { type: 'open', file: 'src//a.ts', line: 1 },
    { type: 'open', file: 'src/a.ts', line: 0 },
    { type: 'open', file: 'src/a.ts', line: 1.5 },
    { type: 'open', file: 'src/a.ts', line: '3' },
    { type: 'openCell', id: 'MOZ::64x64@r01c02; rm -rf' },
    { type: 'find', query: '' },
    { type: 'params', params: { rows: 0 } },
    { type: 'params', params: { kappa: 2 } },
    { type: 'params', params: { phi: 'evil' } },
  ]) assert.equal(parseMosaicWebviewMessage(bad), undefined, JSON.stringify(bad));
  fc.assert(fc.property(fc.anything(), (x) => {
    const m = parseMosaicWebviewMessage(x);
    if (m?.type === 'open') assert.ok(!m.file.split('/').includes('..') && !m.file.startsWith('/'));
  }));
});

test('Φ policy file: weights per path (last glob wins) × kind factors; bad content names the key', () => {
  const p = parsePhiPolicy(JSON.stringify({ phi: { default: 0.5, paths: { 'src/**': 0.8, 'src/legacy/**': 0.1 }, kinds: { MODIFY_BODY: 0.5 } } }), 'analysis/policy.json');
  const w = phiWeightOf(p);
  const tok = (file: string, kind: string) => ({ file, kind }) as unknown as DeltaToken;
  assert.equal(w(tok('src/a.ts', 'MODIFY_SIG')), 0.8);
  assert.equal(w(tok('src/legacy/a.ts', 'MODIFY_SIG')), 0.1);
  assert.equal(w(tok('lib/a.ts', 'MODIFY_BODY')), 0.25);
  assert.equal(phiWeightOf(parsePhiPolicy('{}', 'p.json'))(tok('x', 'ADD_FN')), 1, 'empty policy: weight 1');
  const bad: [string, RegExp][] = [
    ['not json', /p\.json: invalid JSON/],
    ['[]', /p\.json: top level must be a JSON object/],
    ['{"schema": "x"}', /schema "x": expected "glx\.mosaic\.policy\.v1"/],
    ['{"phi": {"default": -1}}', /phi\.default: weight must be a number in \[0,1\], got -1/],
    ['{"phi": {"kinds": {"NOPE": 1}}}', /unknown token kind "NOPE"/],
    ['{"phi": {"paths": []}}', /phi\.paths must be an object/],
  ];
  for (const [text, re] of bad) assert.throws(() => parsePhiPolicy(text, 'p.json'), (e: unknown) => e instanceof PolicyFileError && re.test((e as Error).message));
});

test('balanced intensities follow the classes of spec §3.7', () => {
  for (const k of ['MODIFY_SIG', 'RENAME_FN', 'RENAME_CLASS', 'MOVE_SYMBOL', 'DEL_FN', 'DEL_CLASS', 'MODIFY_TYPE', 'ADD_TYPE']) assert.equal(balancedIntensity(k), 1, k);
  for (const k of ['ADD_FN', 'ADD_CLASS', 'EXTRACT_FN', 'INLINE_FN', 'ΔIMPORT', 'ΔTYPE_HINTS', 'ΔCC', 'ΔTOPLEVEL']) assert.equal(balancedIntensity(k), 0.6, k);
  for (const k of ['MODIFY_BODY', 'ΔTESTS', 'ΔCOMMENTS', 'DOC_PUBLIC_API', 'ΔREADME']) assert.equal(balancedIntensity(k), 0.3, k);
});

test('Ψ-smoothing: (1−δ)·v + δ·mean(4-neighbours), in [0,1], δ=0 is the identity', () => {
  const v = new Float32Array([0, 0, 0, 0, 1, 0, 0, 0, 0]);
  const s = smooth(v, 3, 3, 0.2);
  assert.ok(Math.abs(s[4] - 0.8) < 1e-6);
  assert.ok(Math.abs(s[1] - 0.2 / 3) < 1e-6, 'edge cell: 3 neighbours');
  assert.ok(Math.abs(s[0]) < 1e-6);
  fc.assert(fc.property(fc.array(fc.float({ min: 0, max: 1, noNaN: true }), { minLength: 12, maxLength: 12 }), fc.float({ min: 0, max: 1, noNaN: true }), (xs, d) => {
    const out = smooth(Float32Array.from(xs), 3, 4, d);
    assert.ok(out.every((x) => x >= 0 && x <= 1));
    assert.deepEqual(Array.from(smooth(Float32Array.from(xs), 3, 4, 0)), Array.from(Float32Array.from(xs)));
  }));
});

test('Ψ of one cell (binary search) equals the full Ψ', () => {
  fc.assert(fc.property(
    fc.uniqueArray(fc.record({ path: fc.stringMatching(/^[a-d]{1,2}\/[a-d]{1,3}\.ts$/), locBase: fc.nat(50), locHead: fc.nat(50) }), { minLength: 1, maxLength: 40, selector: (f) => f.path }),
    fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }),
    (files, rows, cols) => {
      const l = buildLayout(files, rows, cols);
      const all = psiCells(l, new Map());
      const byCell = cellFiles(l);
      for (const c of all) assert.deepEqual(psiCell(l, new Map(), c.r * cols + c.c), c);
      assert.equal(all.length, byCell.filter((x) => x.length).length);
    },
  ), { numRuns: 100 });
});
