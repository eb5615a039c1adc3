// `npm run pack:cli` — packs `glx` as an npm package of its own, `glitchlab-cli` (issue 15:
// "glx installable as an npm package on its own", docs/ci.md). The CLI is three esbuild bundles
// (dist/glx.js the launcher, dist/glx-cli.js the engine and the verbs, dist/glx-lsp.js the
// language server for `glx lsp --stdio`; docs/warm-starts.md "Startup") plus the
// tree-sitter/sql.js .wasm files beside it; its only run-time dependency is @napi-rs/canvas
// (a native module, loaded lazily for mosaic PNGs and SSIM/PSNR). The package is staged in
// .cache/cli-package/ and packed with `npm pack`; the .tgz path is printed on stdout.
// Usage: node scripts/cli-package/pack.mjs [--out DIR]   (after npm run build)
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const outIdx = process.argv.indexOf('--out');
const out = path.resolve(outIdx > 0 ? process.argv[outIdx + 1] : path.join(ROOT, 'dist'));
const stage = path.join(ROOT, '.cache', 'cli-package');
const root = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

const BUNDLES = ['dist/glx.js', 'dist/glx-cli.js', 'dist/glx-lsp.js'];
for (const f of [...BUNDLES, 'dist/wasm/tree-sitter.wasm', 'dist/wasm/sql-wasm.wasm']) {
  if (!fs.existsSync(path.join(ROOT, f))) {
    process.stderr.write(`pack-cli: ${f} is missing: run npm run build first\n`);
    process.exit(2);
  }
}
fs.rmSync(stage, { recursive: true, force: true });
fs.mkdirSync(path.join(stage, 'bin'), { recursive: true });
fs.mkdirSync(path.join(stage, 'dist', 'wasm'), { recursive: true });
fs.copyFileSync(path.join(ROOT, 'bin', 'glx'), path.join(stage, 'bin', 'glx'));
fs.chmodSync(path.join(stage, 'bin', 'glx'), 0o755);
for (const f of BUNDLES) fs.copyFileSync(path.join(ROOT, f), path.join(stage, f));
for (const f of fs.readdirSync(path.join(ROOT, 'dist', 'wasm'))) if (f.endsWith('.wasm')) fs.copyFileSync(path.join(ROOT, 'dist', 'wasm', f), path.join(stage, 'dist', 'wasm', f));
fs.copyFileSync(path.join(ROOT, 'LICENSE'), path.join(stage, 'LICENSE'));
fs.writeFileSync(
  path.join(stage, 'README.md'),
  `# glitchlab-cli\n\n\`glx\`, the GlitchLab CLI: semantic change tokens (Δ), change energy ΔZ and the quality gates\nI1–I4 of a git change, the same engine as the GlitchLab VS Code extension.\n\n\`\`\`sh\nnpx glitchlab-cli invariants --ci      # or: npm i -g glitchlab-cli && glx invariants --ci\nglx report --format pr-comment\nglx lsp --stdio                        # the language server, for any LSP editor\n\`\`\`\n\nNeeds Node ${root.engines.node} and git on PATH. CI recipes: ${root.repository.url.replace(/\.git$/, '')}/blob/main/docs/ci.md\n`,
);
const pkg = {
  name: 'glitchlab-cli',
  version: root.version,
  description: 'glx — GlitchLab semantic change tokens, ΔZ and quality gates for git changes, in CI and any LSP editor.',
  license: root.license,
  repository: root.repository,
  keywords: ['git', 'diff', 'semantic diff', 'code review', 'quality gate', 'ci'],
  bin: { glx: 'bin/glx', 'glitchlab-cli': 'bin/glx' },
  files: ['bin/glx', ...BUNDLES, 'dist/wasm/*.wasm', 'README.md', 'LICENSE'],
  engines: { node: root.engines.node },
  dependencies: { '@napi-rs/canvas': root.dependencies['@napi-rs/canvas'] },
};
fs.writeFileSync(path.join(stage, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
fs.mkdirSync(out, { recursive: true });
const json = execFileSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: stage, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'error' } });
const [info] = JSON.parse(json);
process.stderr.write(`pack-cli: ${info.filename}: ${info.entryCount} files, ${(info.size / 1024 / 1024).toFixed(2)} MB packed, ${(info.unpackedSize / 1024 / 1024).toFixed(2)} MB unpacked\n`);
process.stdout.write(`${path.join(out, info.filename)}\n`);
