// The I2 adapter quick fix end to end (spec §6, §3.7 I2): the REAL built server over stdio on
// real temp git repositories. A compatible change gets no adapter; a renamed public method gets
// one, attached to its I2 diagnostic; applying the edit to the buffer makes the server's own
// re-analysis drop the I2 FAIL, and the adapted file compiles (TypeScript compiler API,
// `python3 -m py_compile`). The demo repository's Cart.computeTotal → subtotal break too.
// Build first: `node esbuild.mjs`.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { hasPython, pyCompileError, tsErrors } from '../helpers/compile-check';
import { fileUri, LspSession, rng, ROOT, SERVER, type Diag } from '../helpers/lsp-client';
import { TempRepo } from '../helpers/temp-repo';

const cleanups: (() => Promise<void> | void)[] = [];
after(async () => {
  for (const c of cleanups.reverse()) await c();
});
before(() => {
  assert.ok(fs.existsSync(SERVER), `${SERVER} missing: run node esbuild.mjs first`);
});

interface Pos { line: number; character: number }
interface TextEdit { range: { start: Pos; end: Pos }; newText: string }

async function startServer(dir: string): Promise<LspSession> {
  const s = LspSession.spawn();
  cleanups.push(() => s.close());
  await s.initialize(dir, { debounceMs: 0 });
  await s.waitStatus((st) => st.state === 'ready', 'ready after indexing');
  return s;
}

const offsetOf = (text: string, p: Pos) => {
  const lines = text.split('\n');
  if (p.line >= lines.length) return text.length;
  let o = 0;
  for (let i = 0; i < p.line; i++) o += lines[i].length + 1;
  return o + Math.min(p.character, lines[p.line].length);
};

/**
 * Applies a WorkspaceEdit's TextEdits the way VS Code does — to the buffer (as incremental
 * didChange events, last position first) and to a copy of the text — and returns the new text.
 */
function applyEdits(s: LspSession, uri: string, text: string, edits: TextEdit[]): string {
  const ordered = edits.map((e, i) => ({ e, i, at: offsetOf(text, e.range.start) })).sort((a, b) => b.at - a.at || b.i - a.i);
  let out = text;
  for (const { e } of ordered) {
    out = out.slice(0, offsetOf(out, e.range.start)) + e.newText + out.slice(offsetOf(out, e.range.end));
  }
  s.change(uri, ordered.map(({ e }) => ({ range: e.range, text: e.newText })));
  return out;
}

const i2Fails = (d: Diag[]) => d.filter((x) => x.code === 'I2' && x.severity === 1);

const CART_TS = [
  'export interface Item {',
  '  price: number;',
  '  qty: number;',
  '}',
  '',
  'export class Cart {',
  '  private readonly items: Item[] = [];',
  '',
  '  add(item: Item): this {',
  '    this.items.push(item);',
  '    return this;',
  '  }',
  '',
  '  computeTotal(discount = 0): number {',
  '    return this.items.reduce((s, i) => s + i.price * i.qty, 0) - discount;',
  '  }',
  '}',
  '',
].join('\n');

const USE_TS = 'import { Cart } from "./cart";\n\nexport const total: number = new Cart().add({ price: 2, qty: 3 }).computeTotal(1);\n';

const MATH_TS = 'export function add(a: number, b: number): number {\n  return a + b;\n}\n\nexport function mul(a: number, b: number): number {\n  return a * b;\n}\n';

describe('I2 adapter quick fix over stdio', () => {
  test('compatible change (optional parameter at the end, I2 PASS) → no adapter action; removed symbol → no action, the diagnostic says why', async () => {
    const r = new TempRepo('glx-i2fix-');
    cleanups.push(() => r.cleanup());
    r.commit({ 'src/math.ts': MATH_TS }, 'base');
    const s = await startServer(r.dir);
    const uri = fileUri(r.dir, 'src/math.ts');
    s.open(uri, MATH_TS);
    let from = s.mark();
    s.change(uri, [{ range: rng(0, 40), text: ', c = 0' }]);
    const d = await s.waitDiagnostics(uri, (x) => x.some((y) => y.code === 'MODIFY_SIG'), 'MODIFY_SIG of add', from);
    assert.deepEqual(i2Fails(d), [], 'I2 passes');
    const sig = d.find((x) => x.code === 'MODIFY_SIG')!;
    assert.deepEqual(await s.request('textDocument/codeAction', { textDocument: { uri }, range: sig.range, context: { diagnostics: [sig] } }), []);

    // mul removed: I2 FAIL, no action, and the message says no adapter can be generated.
    from = s.mark();
    s.change(uri, [{ range: rng(3, 0, 7, 0), text: '' }]);
    const gone = await s.waitDiagnostics(uri, (x) => i2Fails(x).length > 0, 'I2 FAIL for mul', from);
    const fail = i2Fails(gone)[0];
    assert.match(fail.message, /^I2 FAIL: public function mul \(src\/math\.ts\): mul removed without keeping the old name exported or a deprecated adapter — no adapter can be generated; restore it or re-export it$/);
    assert.deepEqual(await s.request('textDocument/codeAction', { textDocument: { uri }, range: fail.range, context: { diagnostics: [fail] } }), []);
  });

  test('renamed public TS method → adapter action on the I2 diagnostic; applied, the I2 FAIL is gone and the file compiles', async () => {
    const r = new TempRepo('glx-i2fix-');
    cleanups.push(() => r.cleanup());
    r.commit({ 'src/cart.ts': CART_TS, 'src/use.ts': USE_TS }, 'base');
    const s = await startServer(r.dir);
    const uri = fileUri(r.dir, 'src/cart.ts');
    s.open(uri, CART_TS);
    let from = s.mark();
    // computeTotal(discount = 0) → subtotal(discount = 0)
    s.change(uri, [{ range: rng(13, 2, 13, 14), text: 'subtotal' }]);
    const d = await s.waitDiagnostics(uri, (x) => i2Fails(x).length > 0, 'I2 FAIL after the rename', from);
    const i2 = i2Fails(d)[0];
    assert.match(i2.message, /^I2 FAIL: public method Cart\.computeTotal \(src\/cart\.ts\): Cart\.computeTotal renamed to Cart\.subtotal/);
    assert.deepEqual(i2.data, { gate: 'I2', port: 'src/cart.ts:Cart.computeTotal' });
    assert.equal(i2.range.start.line, 13);

    // Ctrl+. on the diagnostic: exactly the adapter, attached to it.
    const actions = await s.request<any[]>('textDocument/codeAction', { textDocument: { uri }, range: i2.range, context: { diagnostics: d.filter((x) => x.range.start.line === 13) } });
    assert.equal(actions.length, 1, JSON.stringify(actions));
    const a = actions[0];
    assert.equal(a.kind, 'quickfix');
    assert.equal(a.isPreferred, true);
    assert.equal(a.title, 'Add deprecated adapter Cart.computeTotal(discount = 0): number forwarding to Cart.subtotal');
    assert.deepEqual(a.diagnostics, [i2]);
    // The cursor on the line without the client's diagnostics finds it too.
    const atCursor = await s.request<any[]>('textDocument/codeAction', { textDocument: { uri }, range: rng(13, 5), context: { diagnostics: [] } });
    assert.equal(atCursor.length, 1);
    assert.equal(atCursor[0].diagnostics[0].data.port, 'src/cart.ts:Cart.computeTotal');

    const text = CART_TS.replace('computeTotal(discount', 'subtotal(discount');
    from = s.mark();
    const fixed = applyEdits(s, uri, text, a.edit.changes[uri]);
    assert.match(fixed, / {2}\/\*\* @deprecated Use Cart\.subtotal instead\. \*\/\n {2}computeTotal\(discount = 0\): number \{\n {4}return this\.subtotal\(discount\);\n {2}\}\n\}\n$/);
    // The server's re-analysis of the edited buffer: the I2 FAIL is gone, the status follows.
    await s.waitDiagnostics(uri, (x) => i2Fails(x).length === 0, 'I2 FAIL gone after applying the adapter', from);
    await s.waitStatus((st) => st.gates?.I2 !== 'FAIL', 'I2 no longer FAIL in the status', from);
    const after = await s.request<any[]>('textDocument/codeAction', { textDocument: { uri }, range: rng(13, 5), context: { diagnostics: [] } });
    assert.deepEqual(after, []);
    assert.deepEqual(tsErrors({ 'src/cart.ts': fixed, 'src/use.ts': USE_TS }), []);
  });

  test('renamed public Python method → adapter with warnings.warn + import warnings; applied, I2 passes and py_compile accepts it', async (t) => {
    const EXP = 'import json\n\n\nclass Exporter:\n    def __init__(self, path):\n        self.path = path\n\n    def write(self, summary, indent=2):\n        with open(self.path, "w", encoding="utf-8") as f:\n            json.dump(summary, f, indent=indent)\n';
    const r = new TempRepo('glx-i2fix-');
    cleanups.push(() => r.cleanup());
    r.commit({ 'exporters/exp.py': EXP }, 'base');
    const s = await startServer(r.dir);
    const uri = fileUri(r.dir, 'exporters/exp.py');
    s.open(uri, EXP, 'python');
    let from = s.mark();
    s.change(uri, [{ range: rng(7, 8, 7, 13), text: 'save' }]);
    const d = await s.waitDiagnostics(uri, (x) => i2Fails(x).length > 0, 'I2 FAIL after the rename', from);
    const i2 = i2Fails(d)[0];
    const actions = await s.request<any[]>('textDocument/codeAction', { textDocument: { uri }, range: i2.range, context: { diagnostics: [i2] } });
    assert.equal(actions.length, 1);
    assert.deepEqual(actions[0].diagnostics, [i2]);
    from = s.mark();
    const fixed = applyEdits(s, uri, EXP.replace('def write(', 'def save('), actions[0].edit.changes[uri]);
    assert.match(fixed, /^import warnings\nimport json\n/);
    assert.match(fixed, / {4}def write\(self, summary, indent=2\):\n {8}""".*"""\n {8}warnings\.warn\("Exporter\.write is deprecated; use Exporter\.save instead", DeprecationWarning, stacklevel=2\)\n {8}return self\.save\(summary, indent\)\n$/);
    await s.waitDiagnostics(uri, (x) => i2Fails(x).length === 0, 'I2 FAIL gone', from);
    if (!hasPython()) return t.skip('python3 not found: py_compile check skipped');
    assert.equal(pyCompileError(fixed), undefined);
  });

  test('demo repository: Ctrl+. on Cart.computeTotal → subtotal offers the adapter; applied, I2 passes and src/ compiles', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glx-demo-i2-'));
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const { makeDemoRepo } = await import(pathToFileURL(path.join(ROOT, 'scripts', 'demo', 'make-demo-repo.mjs')).href);
    makeDemoRepo(dir);
    const s = await startServer(dir);
    const uri = fileUri(dir, 'src/pricing.ts');
    const text = fs.readFileSync(path.join(dir, 'src/pricing.ts'), 'utf8');
    let from = s.mark();
    s.open(uri, text);
    const d = await s.waitDiagnostics(uri, (x) => i2Fails(x).length > 0 && x.some((y) => y.code === 'MODIFY_SIG'), 'the demo diagnostics', from);
    const i2 = i2Fails(d);
    assert.equal(i2.length, 1);
    assert.match(i2[0].message, /Cart\.computeTotal renamed to Cart\.subtotal/);
    // applyDiscount gained an optional `cap` (compatible): its MODIFY_SIG gets no action.
    const sig = d.find((x) => x.code === 'MODIFY_SIG')!;
    assert.match(sig.message, /applyDiscount/);
    assert.deepEqual(await s.request('textDocument/codeAction', { textDocument: { uri }, range: sig.range, context: { diagnostics: [sig] } }), []);
    // Ctrl+. on the renamed method.
    const onLine = d.filter((x) => x.range.start.line <= i2[0].range.start.line && i2[0].range.start.line <= x.range.end.line);
    const actions = await s.request<any[]>('textDocument/codeAction', { textDocument: { uri }, range: rng(i2[0].range.start.line, 4), context: { diagnostics: onLine } });
    assert.deepEqual(actions.map((a) => a.title), ['Add deprecated adapter Cart.computeTotal(): number forwarding to Cart.subtotal']);
    assert.deepEqual(actions[0].diagnostics, [i2[0]]);
    from = s.mark();
    const fixed = applyEdits(s, uri, text, actions[0].edit.changes[uri]);
    await s.waitDiagnostics(uri, (x) => i2Fails(x).length === 0, 'I2 FAIL gone after the adapter', from);
    await s.waitStatus((st) => st.gates?.I2 !== 'FAIL', 'I2 no longer FAIL', from);
    const src = (f: string) => fs.readFileSync(path.join(dir, f), 'utf8');
    assert.deepEqual(tsErrors({
      'src/pricing.ts': fixed, 'src/log.ts': src('src/log.ts'), 'src/inventory.ts': src('src/inventory.ts'),
      'src/use.ts': 'import { Cart } from "./pricing";\nexport const t: number = new Cart().computeTotal() + new Cart().subtotal();\n',
    }), []);
  });
});
