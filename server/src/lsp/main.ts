// Entry of the bundled language server (dist/server.js): `node dist/server.js --stdio`
// (or --node-ipc, --socket=N, --pipe=NAME). `glx lsp --stdio` starts the same server.
import { tuneHeapForEditing } from './heap-tuning';
import { tuneJitForEditing } from './jit-tuning';
import { startServer } from './server';

tuneHeapForEditing();
tuneJitForEditing();
startServer();
