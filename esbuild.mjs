// Bundles the CLI, the language server, the VS Code client, the benchmarks and (later) the
// webviews into dist/, and copies the tree-sitter .wasm files next to them (dist/wasm/).
// Usage: node esbuild.mjs [--watch] [--production]
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';

// web-tree-sitter's i32 accessors rewritten as it is bundled (scripts/build/tree-sitter-glue.cjs).
const { treeSitterGluePlugin } = createRequire(import.meta.url)('./scripts/build/tree-sitter-glue.cjs');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** [entry, outfile] pairs for node-side bundles; entries that do not exist yet are skipped. */
const nodeEntries = [
  // `glx`: a small launcher (--version/--help, V8's code cache) that loads the CLI bundle, which
  // does not carry the language server: `glx lsp` loads it from glx-lsp.js (docs/warm-starts.md).
  ['server/src/cli/launch.ts', 'dist/glx.js'],
  ['server/src/cli/glx.ts', 'dist/glx-cli.js'],
  ['server/src/cli/cmd-lsp.ts', 'dist/glx-lsp.js'],
  ['server/src/lsp/main.ts', 'dist/server.js'],
  // The editor's first-run calibration thread (calibration/calibrate-in-worker.ts finds it beside dist/server.js).
  ['server/src/calibration/calibrate-worker.ts', 'dist/calibrate-worker.js'],
  // The parallel history walk's threads (engine/history-parallel.ts finds it beside dist/glx.js, dist/bench/*).
  ['server/src/engine/history-worker.ts', 'dist/history-worker.js'],
  ['bench/bench.ts', 'dist/bench/bench.js'],
  ['bench/lsp-bench.ts', 'dist/bench/lsp-bench.js'],
  ['bench/real-sweep.ts', 'dist/bench/real-sweep.js'],
  ['bench/real-bench.ts', 'dist/bench/real-bench.js'],
  ['bench/egdb-bench.ts', 'dist/bench/egdb-bench.js'],
  ['bench/calibrate-bench.ts', 'dist/bench/calibrate-bench.js'],
  ['bench/mosaic-bench.ts', 'dist/bench/mosaic-bench.js'],
  ['bench/backtest-bench.ts', 'dist/bench/backtest-bench.js'],
  ['bench/soak.ts', 'dist/bench/soak.js'],
  ['bench/panel-bench.ts', 'dist/bench/panel-bench.js'],
  ['bench/class-edit-bench.ts', 'dist/bench/class-edit-bench.js'],
  ['bench/first-run-bench.ts', 'dist/bench/first-run-bench.js'],
  ['bench/host-typing-bench.ts', 'dist/bench/host-typing-bench.js'],
  ['bench/plugins-bench.ts', 'dist/bench/plugins-bench.js'],
  ['bench/accuracy.ts', 'dist/bench/accuracy.js'],
  ['bench/corpus-measure.ts', 'dist/bench/corpus-measure.js'],
  ['bench/sast-bench.ts', 'dist/bench/sast-bench.js'],
].filter(([entry]) => fs.existsSync(entry));

const clientEntries = [['client/src/extension.ts', 'dist/client/extension.js']].filter(([entry]) => fs.existsSync(entry));

/** Webview bundles: browser IIFEs loaded by the panels from dist/webview/ (strict CSP, no modules). */
const webviewEntries = [['webview-ui/mosaic/main.ts', 'dist/webview/mosaic.js'], ['webview-ui/inspector/main.ts', 'dist/webview/inspector.js'], ['webview-ui/spec-monitor/main.ts', 'dist/webview/spec-monitor.js']].filter(([entry]) => fs.existsSync(entry));

const wasm = [
  'node_modules/web-tree-sitter/tree-sitter.wasm',
  'node_modules/tree-sitter-typescript/tree-sitter-typescript.wasm',
  'node_modules/tree-sitter-typescript/tree-sitter-tsx.wasm',
  'node_modules/tree-sitter-javascript/tree-sitter-javascript.wasm',
  'node_modules/tree-sitter-python/tree-sitter-python.wasm',
  'node_modules/sql.js/dist/sql-wasm.wasm',
];

function copyWasm() {
  for (const dir of ['dist/wasm', 'dist/bench/wasm']) {
    fs.mkdirSync(dir, { recursive: true });
    for (const f of wasm) fs.copyFileSync(f, path.join(dir, path.basename(f)));
  }
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  // An `import` of web-tree-sitter would pick its ESM build, whose `import.meta.url` is empty in
  // a CJS bundle (DEPENDENCIES.md): point it at the CommonJS build explicitly.
  alias: { 'web-tree-sitter': './node_modules/web-tree-sitter/tree-sitter.cjs' },
  // Native addons cannot be bundled: @napi-rs/canvas (PNG rendering, CLI only) is loaded from
  // node_modules at run time; pg's optional native binding is never used.
  external: ['@napi-rs/canvas', 'pg-native'],
};

/**
 * dist/glx-cli.js is compiled by the launcher with V8's code cache (cli/code-cache.ts), where node
 * 20 cannot run `import()`: esbuild turns each into a `require()` (`supported` below). In
 * dist/glx-cli.js, `glx lsp`'s module is required from dist/glx-lsp.js at run time (~0.5 MB less to load per run). */
const lspApart = {
  name: 'glx-lsp-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/cmd-lsp$/ }, (a) => (path.basename(a.importer) === 'glx.ts' ? { path: './glx-lsp.js', external: true } : undefined));
  },
};

const builds = [
  ...nodeEntries.map(([entryPoint, outfile]) => ({ ...common, entryPoints: [entryPoint], outfile, ...(outfile === 'dist/glx-cli.js' ? { plugins: [lspApart, treeSitterGluePlugin], supported: { 'dynamic-import': false } } : { plugins: [treeSitterGluePlugin] }) })),
  ...clientEntries.map(([entryPoint, outfile]) => ({ ...common, entryPoints: [entryPoint], outfile, external: [...common.external, 'vscode'] })),
  ...webviewEntries.map(([entryPoint, outfile]) => ({
    bundle: true, platform: 'browser', format: 'iife', target: 'es2022', sourcemap: !production, minify: production,
    logLevel: 'warning', legalComments: 'none', entryPoints: [entryPoint], outfile,
  })),
];

copyWasm();
// uPlot's stylesheet next to the Spec Monitor's bundle (loaded with <link>: style-src allows the webview's own files).
fs.mkdirSync('dist/webview', { recursive: true });
fs.copyFileSync('node_modules/uplot/dist/uPlot.min.css', 'dist/webview/uPlot.min.css');
if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
  console.log('watching…');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  console.log(`built ${builds.map((b) => b.outfile).join(', ')}`);
}
