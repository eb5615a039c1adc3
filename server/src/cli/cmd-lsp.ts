// `glx lsp --stdio` — the language server for any LSP editor (Neovim, Helix, Zed…; spec §6,
// docs/editor.md). The same server as dist/server.js; runs until the client sends exit.
import { tuneHeapForEditing } from '../lsp/heap-tuning';
import { tuneJitForEditing } from '../lsp/jit-tuning';
import { startServer } from '../lsp/server';
export const lspHelp = `usage: glx lsp [--stdio | --node-ipc | --socket=PORT | --pipe=NAME]

Start the GlitchLab language server (Δ diagnostics, code lenses, hovers, quick fixes) for the
workspace folder the client sends in initialize. Default transport: stdio.
`;

export async function cmdLsp(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(lspHelp);
    return 0;
  }
  // The same V8 settings as dist/server.js (lsp/main.ts): one server, one behaviour.
  tuneHeapForEditing();
  tuneJitForEditing();
  startServer();
  // The connection owns the process from here; it exits on the client's `exit` notification.
  return new Promise<number>(() => undefined);
}
