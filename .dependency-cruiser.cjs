// The layering of GlitchLab, checked (issue 9, deliverable 7): `npm run lint:deps`, the first step
// of `npm test`, fails on any violation. ARCHITECTURE.md "Layering (checked)" explains the layers.
//
// "Engine" below means everything under server/src/ except the two front ends lsp/ (language
// server) and cli/ (glx): symbols, delta, engine, gates, mosaic, calibration, config, git, egdb,
// egql, report, util, parsing — and protocol/, which has stricter rules of its own.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'engine-not-to-front-ends',
      comment:
        'The engine is driven by the CLI, the language server, the benchmarks and the tests alike ' +
        '(the gate a developer sees inline is the gate CI enforces, spec §0), so it must not know ' +
        'about either front end. Shared code belongs in the engine, not in lsp/ or cli/.',
      severity: 'error',
      from: { path: '^server/src/', pathNot: '^server/src/(lsp|cli)/' },
      to: { path: '^server/src/(lsp|cli)/' },
    },
    {
      name: 'lsp-not-to-cli',
      comment:
        'The language server and glx are siblings over the engine. Config loading (readPolicy & co) ' +
        'lives beside the engine (server/src/config/), not in cli/ (issue 9), so the server never ' +
        'pulls in the CLI. (cli/ may start the server: `glx lsp`.)',
      severity: 'error',
      from: { path: '^server/src/lsp/' },
      to: { path: '^server/src/cli/' },
    },
    {
      name: 'server-not-to-vscode',
      comment:
        'server/ never imports the `vscode` API: it runs in CI and in `glx`, where there is no ' +
        'editor (ARCHITECTURE.md invariant). Only client/ talks to VS Code.',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: ['^vscode$', '^node_modules/@types/vscode/'] },
    },
    {
      name: 'engine-not-to-lsp-libraries',
      comment:
        'LSP is one way to present the engine\'s results; the engine speaks its own types. Only the ' +
        'language server (lsp/) and the message declarations (protocol/) use vscode-languageserver*.',
      severity: 'error',
      from: { path: '^server/src/', pathNot: '^server/src/(lsp|protocol)/' },
      to: { path: '^node_modules/vscode-languageserver[^/]*/' },
    },
    {
      name: 'protocol-engine-types-only',
      comment:
        'The protocol is bundled into the client and the webview: it may name engine types ' +
        '(`import type`, erased at build time) but never pull engine code into them.',
      severity: 'error',
      from: { path: '^server/src/protocol/' },
      to: { path: '^server/src/', pathNot: '^server/src/protocol/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'protocol-runtime-deps',
      comment:
        'At run time the protocol needs only the LSP message types (vscode-languageserver-protocol, ' +
        'which the client package re-exports); anything else would be bundled into the client.',
      severity: 'error',
      from: { path: '^server/src/protocol/' },
      to: {
        pathNot: ['^server/src/', '^node_modules/vscode-languageserver-protocol/'],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'server-not-to-client-or-webview',
      comment: 'The server knows nothing of its editor front end; the client and the webview depend on the server\'s protocol, never the reverse.',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: '^(client|webview-ui)/' },
    },
    {
      name: 'client-only-through-protocol',
      comment:
        'The extension talks to the server only through the typed protocol (messages, settings, ' +
        'command ids); engine code would end up in the extension bundle and bypass the server.',
      severity: 'error',
      from: { path: '^client/' },
      to: { path: '^server/', pathNot: '^server/src/protocol/' },
    },
    {
      name: 'webview-only-protocol-types',
      comment:
        'The webview is a browser bundle that talks to the extension only by messages: from server/ ' +
        'it may name the protocol\'s types (`import type`), nothing else, and it never imports the ' +
        'extension (client/) or `vscode`.',
      severity: 'error',
      from: { path: '^webview-ui/' },
      to: { path: '^server/', pathNot: '^server/src/protocol/' },
    },
    {
      name: 'webview-protocol-types-only',
      comment: 'See webview-only-protocol-types: the protocol itself comes in as `import type` only (no run-time code from server/ in the browser bundle).',
      severity: 'error',
      from: { path: '^webview-ui/' },
      to: { path: '^server/src/protocol/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'webview-not-to-extension',
      comment: 'See webview-only-protocol-types.',
      severity: 'error',
      from: { path: '^webview-ui/' },
      to: { path: ['^client/', '^vscode$', '^node_modules/@types/vscode/'] },
    },
    {
      name: 'daemon-only-from-cli',
      comment:
        'server/src/daemon/ (issue 14, sixth pass: the resident warm process, docs/warm-starts.md) is a ' +
        'front-end concern: only the CLI (the launcher and `glx daemon`) and tests start or talk to it. ' +
        'The engine and the language server never depend on it (the editor\'s server is already warm).',
      severity: 'error',
      from: { path: '^server/src/', pathNot: '^server/src/(cli|daemon)/' },
      to: { path: '^server/src/daemon/' },
    },
    {
      name: 'daemon-client-node-builtins-only',
      comment:
        'The launcher (cli/launch.ts) loads daemon/client.ts, paths.ts and wire.ts before — and instead of — ' +
        'the CLI bundle: they may import node built-ins and each other only, or every `glx delta` pays for the engine.',
      severity: 'error',
      from: { path: '^server/src/daemon/(client|paths|wire)\\.ts$' },
      to: { pathNot: ['^server/src/daemon/(client|paths|wire)\\.ts$', '^node:', '^(fs|net|path|os|crypto)$'] },
    },
    {
      name: 'no-circular',
      comment:
        'A cycle makes a layer impossible to read, test or move on its own, and module ' +
        'initialisation order becomes fragile (undefined at import time).',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // test/corpus holds other projects' source files (inputs of the accuracy corpus), not ours.
    exclude: { path: '^(out|dist|\\.cache|test/corpus)/' },
    // See `import type` edges, so the type-only rules above can tell them from run-time imports
    // (and cycles through types count too).
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.cjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
