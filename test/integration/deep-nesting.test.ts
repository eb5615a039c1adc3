// Issue 11 item 2: deep nesting never overflows the stack. 5,000 nested `[` in TS and Python,
// 10,000 `(` in JS, 2,000 nested `if`, a 3,000-term `+` chain: the real `glx` (delta, ast index,
// ast delta, mosaic) exits 0, each such file is analysed at file level (MODIFY_FILE) with one
// problem saying why, the rest of the repository keeps its symbols and tokens; 20,000
// unbalanced brackets give one parse-error line and no quadratic slowdown. The real language
// server over stdio survives the same files, publishes one diagnostic saying why, and still
// answers code lenses for an ordinary file.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileUri, LspSession, rng, SERVER } from '../helpers/lsp-client';
import { TempRepo } from '../helpers/temp-repo';

const GLX = path.resolve(__dirname, '..', '..', '..', 'bin', 'glx');

function glx(args: string[], cwd: string): { code: number; stdout: string; stderr: string; ms: number } {
  const t = Date.now();
  const r = spawnSync(process.execPath, [GLX, ...args], { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, GLX_DEBUG: '' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - t };
}

const nestedIfs = (n: number): string => {
  let s = 'export function h(x: number): number {\n';
  for (let i = 0; i < n; i++) s += `if (x > ${i}) {\n`;
  s += 'x++;\n';
  for (let i = 0; i < n; i++) s += '}\n';
  return `${s}return x;\n}\n`;
};

const HOSTILE: Record<string, string> = {
  // Brackets one per line: deep, but no very long line (which the generated-code detector of
  // issue 14 would take for minified code before the nesting budget is reached).
  'src/deep.ts': `export const a = ${'[\n'.repeat(5000)}${']\n'.repeat(5000)};\nexport function f(x: number) { return x; }\n`,
  'src/deep.py': `a = ${'[\n'.repeat(5000)}${']\n'.repeat(5000)}\ndef g(y):\n    return y\n`,
  'src/parens.js': `export const b = ${'(\n'.repeat(10000)}1${')\n'.repeat(10000)};\n`,
  'src/ifs.ts': nestedIfs(2000),
  'src/chain.ts': `export const c = ${Array.from({ length: 3000 }, (_, i) => `v${i}`).join('\n  + ')};\n`,
  'src/unbalanced.ts': `export const u = ${'[\n'.repeat(20000)};\n`,
};
// Just under the budget: every walker must survive it (no file-level fallback needed).
const NEAR = { 'src/near.ts': `export function near() { return ${'['.repeat(900)}${']'.repeat(900)}; }\n` };
const ORDINARY_BASE = 'export function add(a: number, b: number): number {\n  return a + b;\n}\n';
const ORDINARY_HEAD = 'export function add(a: number, b: number, c = 0): number {\n  return a + b + c;\n}\n';

let repo: TempRepo;

before(() => {
  repo = new TempRepo('glx-deep-');
  const base: Record<string, string> = { 'src/ok.ts': ORDINARY_BASE };
  for (const f of Object.keys(HOSTILE)) base[f] = f.endsWith('.py') ? 'x = 1\n' : 'export const x = 1;\n';
  repo.commit(base, 'init');
  repo.commit({ ...HOSTILE, ...NEAR, 'src/ok.ts': ORDINARY_HEAD }, 'hostile');
});

after(() => repo.cleanup());

describe('deep nesting: no stack overflow, file-level analysis with one reason (issue 11 item 2)', () => {
  test('glx delta / ast index / ast delta / mosaic exit 0; hostile files are MODIFY_FILE, the rest is analysed', () => {
    const d = glx(['delta', '--base', 'HEAD~1', '--head', 'HEAD', '--json'], repo.dir);
    assert.equal(d.code, 0, `glx delta: exit ${d.code}\n${d.stderr}`);
    assert.doesNotMatch(d.stderr, /call stack/i);
    const report = JSON.parse(d.stdout);
    const tokens = report.tokens as { kind: string; file: string }[];
    assert.ok(tokens.some((t) => t.kind === 'MODIFY_SIG' && t.file === 'src/ok.ts'), 'the ordinary file keeps its MODIFY_SIG');
    for (const f of ['src/deep.ts', 'src/deep.py', 'src/parens.js', 'src/ifs.ts', 'src/chain.ts']) {
      const mine = tokens.filter((t) => t.file === f);
      assert.ok(mine.length > 0 && mine.every((t) => t.kind === 'MODIFY_FILE'), `${f}: file level, got ${mine.map((t) => t.kind).join(',')}`);
    }
    const problems = report.parse_errors as { path: string; message: string }[];
    for (const f of ['src/deep.ts', 'src/deep.py', 'src/parens.js', 'src/ifs.ts', 'src/chain.ts']) {
      const mine = problems.filter((p) => p.path === f);
      assert.equal(mine.length, 1, `${f}: exactly one problem, got ${JSON.stringify(mine)}`);
      assert.match(mine[0].message, /nesting deeper than \d+ levels: analysed at file level/);
    }
    assert.equal(problems.filter((p) => p.path === 'src/unbalanced.ts').length, 1, 'one parse error for 20,000 unbalanced brackets');
    assert.equal(problems.filter((p) => p.path === 'src/near.ts').length, 0, 'just under the budget: analysed normally');

    const text = glx(['delta', '--base', 'HEAD~1', '--head', 'HEAD'], repo.dir);
    assert.equal(text.code, 0, text.stderr);
    assert.ok(text.stdout.split('\n').filter((l) => l.includes('src/unbalanced.ts')).length <= 2, `not one line per bracket:\n${text.stdout.slice(0, 2000)}`);

    for (const args of [['ast', 'index'], ['ast', 'index', '--rev', 'HEAD'], ['ast', 'delta', '--from', 'HEAD~1', '--to', 'HEAD'], ['mosaic']]) {
      const r = glx(args, repo.dir);
      assert.equal(r.code, 0, `glx ${args.join(' ')}: exit ${r.code}\n${r.stderr}`);
      assert.doesNotMatch(r.stderr, /call stack/i);
    }
    const index = JSON.parse(fs.readFileSync(path.join(repo.dir, '.glx', 'ast_index.json'), 'utf8'));
    const files = index.files as { path: string; symbols: { name?: string; qualname?: string }[] }[];
    const ok = files.find((f) => f.path === 'src/ok.ts');
    assert.ok(ok && ok.symbols.length > 0, 'the ordinary file is indexed');
    const near = files.find((f) => f.path === 'src/near.ts');
    assert.ok(near && near.symbols.length > 0, 'a file just under the budget keeps its symbols');
  });

  test('20,000 then 40,000 unbalanced brackets: linear, not quadratic', () => {
    const r = new TempRepo('glx-unbalanced-');
    try {
      r.commit({ 'a.ts': 'export const a = 1;\n' }, 'init');
      r.write('a.ts', `export const u = ${'['.repeat(20000)};\n`);
      const small = glx(['ast', 'index'], r.dir);
      r.write('a.ts', `export const u = ${'['.repeat(40000)};\n`);
      const big = glx(['ast', 'index'], r.dir);
      assert.equal(small.code, 0, small.stderr);
      assert.equal(big.code, 0, big.stderr);
      // Before the fix 20,000 took ~9 s of analysis (quadratic wasm sibling walks + cache lists).
      assert.ok(big.ms < 15_000, `40,000 brackets took ${big.ms} ms`);
      assert.ok(big.ms < small.ms * 3 + 3000, `doubling the input: ${small.ms} ms → ${big.ms} ms`);
    } finally {
      r.cleanup();
    }
  });

  test('the language server survives, says why once, and still answers for ordinary files', async () => {
    const s = LspSession.spawn([SERVER, '--stdio'], undefined, { GLX_DEBUG: '' });
    try {
      await s.initialize(repo.dir, { debounceMs: 0 });
      await s.waitStatus((st) => st.state === 'ready', 'ready after indexing the hostile head', 0, 60_000);
      const deep = fileUri(repo.dir, 'src/deep.ts');
      s.open(deep, HOSTILE['src/deep.ts']);
      const diags = await s.waitDiagnostics(deep, (d) => d.some((x) => /nesting deeper/.test(x.message)), 'the file-level reason', 0, 60_000);
      assert.equal(diags.filter((x) => /nesting deeper/.test(x.message)).length, 1, 'one diagnostic saying why');
      // Typing into it (incremental edits on a deep tree) keeps the server alive.
      s.change(deep, [{ range: rng(0, 17), text: '[' }]);
      s.change(deep, [{ range: rng(0, 17, 0, 18), text: '' }]);
      const py = fileUri(repo.dir, 'src/deep.py');
      s.open(py, HOSTILE['src/deep.py'], 'python');
      const ifs = fileUri(repo.dir, 'src/ifs.ts');
      s.open(ifs, HOSTILE['src/ifs.ts']);
      const ok = fileUri(repo.dir, 'src/ok.ts');
      // The server's base is HEAD: an unsaved edit on top of it is the change it analyses.
      s.open(ok, ORDINARY_HEAD.replace('c = 0', 'c = 0, d = 1'));
      await s.waitDiagnostics(ok, (d) => d.some((x) => x.code === 'MODIFY_SIG'), 'MODIFY_SIG on the ordinary file', 0, 60_000);
      const lenses = await s.request<any[]>('textDocument/codeLens', { textDocument: { uri: ok } });
      assert.ok(lenses.length > 0, 'lenses for the ordinary file');
      assert.equal(s.proc.exitCode, null, 'the server is still running');
      assert.doesNotMatch(s.stderr.join(''), /call stack/i);
    } finally {
      await s.close();
    }
  });
});
