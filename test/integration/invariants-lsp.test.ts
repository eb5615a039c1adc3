// The gates in the editor (spec §6): the real language server over stdio on a real temp repo.
// A broken public signature gets an I2 Error at the port, the status carries the decision and
// α/β/ζ (the same decision `glx invariants --ci` takes), the file lens shows the thresholds,
// and the hover explains why.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { fileUri, LspSession, rng, type Diag } from '../helpers/lsp-client';
import { TempRepo } from '../helpers/temp-repo';

const MATH_TS = 'export function add(a: number, b: number): number {\n  return a + b;\n}\n';
const cleanups: (() => Promise<void> | void)[] = [];
after(async () => {
  for (const c of cleanups.reverse()) await c();
});

test('I2 Error at the broken port, decision + thresholds in the status, α/β/ζ lens, hover why; same decision as the CLI', async () => {
  const r = new TempRepo('glx-gates-lsp-');
  cleanups.push(() => r.cleanup());
  r.commit({ 'src/math.ts': MATH_TS }, 'base');
  const s = LspSession.spawn();
  cleanups.push(() => s.close());
  await s.initialize(r.dir, { debounceMs: 0 });
  await s.waitStatus((st) => st.state === 'ready', 'ready');
  const uri = fileUri(r.dir, 'src/math.ts');
  s.open(uri, MATH_TS);
  const from = s.mark();
  // add(a, b) → add(a, b, c): a required parameter added to a public function.
  s.change(uri, [{ range: rng(0, 40), text: ', c: number' }]);
  const diags = await s.waitDiagnostics(uri, (d: Diag[]) => d.some((x) => x.code === 'I2'), 'I2 diagnostic', from);
  const i2 = diags.find((x) => x.code === 'I2')!;
  assert.equal(i2.severity, 1, 'Error');
  assert.equal(i2.range.start.line, 0);
  assert.match(i2.message, /^I2 FAIL: public function add \(src\/math\.ts\): required parameter c added( — .*)?$/);
  const st = await s.waitStatus((x) => x.decision === 'BLOCK', 'decision BLOCK in the status', from);
  assert.deepEqual({ module: st.thresholds.module, alpha: st.thresholds.alpha, beta: st.thresholds.beta, zeta: st.thresholds.zeta, basis: st.thresholds.basis }, { module: 'src', alpha: 0.35, beta: 0.5, zeta: 0.7, basis: 'default' });
  const lenses = await s.request<any[]>('textDocument/codeLens', { textDocument: { uri } });
  assert.ok(lenses.some((l) => l.range.start.line === 0 && /^module src: (ACCEPT|REVIEW) · ΔZ 0\.\d\d (within|above) α 0\.35 \(α 0\.35 · β 0\.50 · ζ 0\.70, default thresholds\)$/.test(l.command.title)), lenses.map((l) => l.command.title).join(' | '));
  const hov = await s.request<any>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 17 } });
  assert.match(hov.contents.value, /\*\*Gates at this line\*\*/);
  assert.match(hov.contents.value, /- I2 FAIL: public function add \(src\/math\.ts\): required parameter c added/);
  // The CLI on the same working tree takes the same decision.
  r.write('src/math.ts', 'export function add(a: number, b: number, c: number): number {\n  return a + b;\n}\n');
  const cli = spawnSync(process.execPath, [path.resolve(__dirname, '..', '..', '..', 'bin', 'glx'), 'invariants', '--ci'], { cwd: r.dir, encoding: 'utf8' });
  assert.match(cli.stdout, /^decision BLOCK/);
});
