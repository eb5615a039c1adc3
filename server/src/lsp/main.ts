// Entry of the bundled language server (dist/server.js): `node dist/server.js --stdio`
// (or --node-ipc, --socket=N, --pipe=NAME). `glx lsp --stdio` starts the same server.
import { startServer } from './server';

startServer();
