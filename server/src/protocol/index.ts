// The one typed protocol of GlitchLab (spec §2), split by concern (issue 9); this barrel
// re-exports every part so `from '../protocol'` keeps working. Who talks to whom:
//   lsp.ts            language server ⇄ language client: custom LSP requests/notifications
//   settings.ts       client → server: the `glitchlab.*` settings and their defaults
//   commands.ts       client ⇄ package.json ⇄ server code lenses: every command id, once
//   webview-mosaic.ts extension ⇄ Mosaic webview: messages, and the validation of untrusted ones
//   webview-inspector.ts extension ⇄ Delta Inspector webview: messages and their validation
//   webview-spec-monitor.ts extension ⇄ Spec Monitor webview: messages and their validation
//   docs-links.ts     server → editor surfaces: links to the user docs
//   request-params.ts server: the shape each custom request's params must have (InvalidParams otherwise)
//   server-process.ts client, benchmarks: the environment the language server's process starts with
//   playbooks.ts      language server ⇄ client: playbook list/describe/run/undo and progress (issue 13)
// Client, server, webviews and tests import the protocol; no message name or command id is
// spelled anywhere else. Run-time imports: only `vscode-languageserver-protocol` — never
// `vscode`, never `vscode-languageserver/node`; engine types come in as `import type` only
// (checked by `npm run lint:deps`).
export * from './commands';
export * from './docs-links';
export * from './lsp';
export * from './request-params';
export * from './playbooks';
export * from './settings';
export * from './webview-inspector';
export * from './webview-mosaic';
export * from './webview-spec-monitor';
export * from './server-process';
