// Issue 15: `glx` installable as an npm package on its own. `npm run pack:cli` packs
// glitchlab-cli (scripts/cli-package/pack.mjs); the packed tarball is unpacked into a temp
// directory outside this repository (no node_modules within reach) and its bin runs the
// documented CI commands on a temp repo: tree-sitter and sql.js load from the package's wasm.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { TempRepo } from '../helpers/temp-repo';

const ROOT = path.resolve(__dirname, '..', '..', '..');

test('npm pack of glitchlab-cli: only the bundle, the wasm and docs inside; the packed glx works from a temp dir', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'glx-cli-package-'));
  const repo = new TempRepo();
  try {
    const tgz = execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'cli-package', 'pack.mjs'), '--out', tmp], { encoding: 'utf8' }).trim();
    assert.match(path.basename(tgz), /^glitchlab-cli-\d+\.\d+\.\d+\.tgz$/);
    const listing = execFileSync('tar', ['tzf', tgz], { encoding: 'utf8' }).trim().split('\n').sort();
    assert.deepEqual(listing.filter((f) => !/^package\/dist\/wasm\/[\w-]+\.wasm$/.test(f)), ['package/LICENSE', 'package/README.md', 'package/bin/glx', 'package/dist/glx-cli.js', 'package/dist/glx-lsp.js', 'package/dist/glx.js', 'package/package.json']);
    assert.ok(listing.includes('package/dist/wasm/tree-sitter-typescript.wasm') && listing.includes('package/dist/wasm/sql-wasm.wasm'));
    execFileSync('tar', ['xzf', tgz, '-C', tmp]);
    const pkg = JSON.parse(fs.readFileSync(path.join(tmp, 'package', 'package.json'), 'utf8'));
    assert.equal(pkg.name, 'glitchlab-cli');
    assert.equal(pkg.bin.glx, 'bin/glx');
    assert.deepEqual(Object.keys(pkg.dependencies), ['@napi-rs/canvas']);
    const bin = path.join(tmp, 'package', pkg.bin.glx);
    // The launcher's V8 code cache (cli/code-cache.ts) in a directory of this test's own.
    const codeCache = path.join(tmp, 'code-cache');
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_PATH: '', GLX_CODE_CACHE_DIR: codeCache, GLX_CACHE_DEBUG: '1' };
    delete env.GLX_CACHE;
    delete env.GLX_EGDB_URL;
    const glx = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: repo.dir, encoding: 'utf8', env, timeout: 60_000 });

    repo.commit({ 'src/math.ts': 'export function add(a: number, b: number): number {\n  return a + b;\n}\n' }, 'base');
    repo.write('src/math.ts', 'export function add(a: number): number {\n  return a;\n}\n');
    const inv = glx('invariants', '--ci');
    assert.equal(inv.status, 1, inv.stderr);
    assert.match(inv.stdout, /^decision BLOCK \(by I2\)/);
    assert.match(inv.stderr, /code cache miss/);
    // The second run of the verb compiles from the cache its first run wrote: the same answer.
    const inv2 = glx('invariants', '--ci');
    assert.match(inv2.stderr, /code cache hit/);
    assert.equal(inv2.status, 1, inv2.stderr);
    assert.equal(inv2.stdout, inv.stdout);
    assert.ok(fs.readdirSync(codeCache).some((f) => /^glx-cli\.js-[0-9a-f]{24}-.*-invariants\.v8$/.test(f)), fs.readdirSync(codeCache).join());
    const pr = glx('report', '--format', 'pr-comment');
    assert.equal(pr.status, 0, pr.stderr);
    assert.match(pr.stdout, /I2 FAIL: public function add/);
    // `glx lsp` is dist/glx-lsp.js, outside the CLI bundle: it must be in the package.
    const lspHelp = glx('lsp', '--help');
    assert.equal(lspHelp.status, 0, lspHelp.stderr);
    assert.match(lspHelp.stdout, /^usage: glx lsp/);
    const q = glx('egql', 'SELECT events FROM sha(*) LIMIT 1', '--json');
    assert.equal(q.status, 0, q.stderr);
    assert.equal(glx('--help').status, 0);
  } finally {
    repo.cleanup();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
