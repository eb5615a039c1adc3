// A real JSON-RPC client for the built language server (dist/server.js or `glx lsp`), over
// stdio. Records every notification so tests can wait for the one they expect — with a
// timeout, never a sleep.
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection, type RequestType,
} from 'vscode-jsonrpc/node';
import { StatusNotification } from '../../server/src/protocol';

export interface Note {
  method: string;
  params: any;
  at: number;
}

export interface Diag {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity?: number;
  code?: string | number;
  source?: string;
  message: string;
  codeDescription?: { href: string };
  data?: unknown;
}

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const SERVER = path.join(ROOT, 'dist', 'server.js');

export class LspSession {
  readonly notes: Note[] = [];
  private waiters: { from: number; pred: (n: Note) => boolean; resolve: (n: Note) => void }[] = [];
  readonly stderr: string[] = [];
  private versions = new Map<string, number>();

  private constructor(readonly proc: ChildProcess, readonly conn: MessageConnection) {}

  /** Spawn `node <script> <args>` (default: dist/server.js --stdio); `env` adds to process.env. */
  static spawn(args: string[] = [SERVER, '--stdio'], cwd = ROOT, env?: NodeJS.ProcessEnv): LspSession {
    return LspSession.spawnCommand(process.execPath, args, cwd, env);
  }

  /** Spawn any command (e.g. `glx lsp --stdio` found on PATH, as an editor would). */
  static spawnCommand(command: string, args: string[], cwd = ROOT, env?: NodeJS.ProcessEnv): LspSession {
    const proc = spawn(command, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'], env: env ? { ...process.env, ...env } : process.env });
    const conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const s = new LspSession(proc, conn);
    proc.stderr!.on('data', (d) => s.stderr.push(String(d)));
    conn.onNotification((method: string, params: unknown) => s.record(method, params));
    // `$/progress` never reaches the generic handler (vscode-jsonrpc routes it by token): recorded as a notification too.
    conn.onUnhandledProgress((params) => s.record('$/progress', params));
    conn.onRequest((method: string) => {
      // window/workDoneProgress/create, client/registerCapability: accept.
      s.record(`request:${method}`, undefined);
      return null;
    });
    conn.listen();
    return s;
  }

  private record(method: string, params: unknown): void {
    const n: Note = { method, params, at: performance.now() };
    const idx = this.notes.push(n) - 1;
    this.waiters = this.waiters.filter((w) => {
      if (idx >= w.from && w.pred(n)) {
        w.resolve(n);
        return false;
      }
      return true;
    });
  }

  /** Index to pass as `from`: only notifications after this moment count. */
  mark(): number {
    return this.notes.length;
  }

  waitFor(pred: (n: Note) => boolean, what: string, from = 0, timeoutMs = 15000): Promise<Note> {
    for (let i = from; i < this.notes.length; i++) if (pred(this.notes[i])) return Promise.resolve(this.notes[i]);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w.resolve !== done);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last notifications: ${this.notes.slice(-5).map((n) => `${n.method} ${JSON.stringify(n.params)?.slice(0, 300)}`).join('\n')}\nstderr: ${this.stderr.join('').slice(-2000)}`));
      }, timeoutMs);
      const done = (n: Note) => {
        clearTimeout(timer);
        resolve(n);
      };
      this.waiters.push({ from, pred, resolve: done });
    });
  }

  /** The next publishDiagnostics for `uri` (after `from`) whose diagnostics satisfy `pred`. */
  async waitDiagnostics(uri: string, pred: (d: Diag[]) => boolean, what: string, from = 0, timeoutMs = 15000): Promise<Diag[]> {
    const n = await this.waitFor((x) => x.method === 'textDocument/publishDiagnostics' && x.params.uri === uri && pred(x.params.diagnostics), `diagnostics of ${uri}: ${what}`, from, timeoutMs);
    return n.params.diagnostics;
  }

  waitStatus(pred: (s: any) => boolean, what: string, from = 0, timeoutMs = 15000): Promise<any> {
    return this.waitFor((x) => x.method === StatusNotification.method && pred(x.params), `status ${what}`, from, timeoutMs).then((n) => n.params);
  }

  async initialize(folder: string, settings: Record<string, unknown> = {}, capabilities: Record<string, unknown> = { window: { workDoneProgress: true } }): Promise<any> {
    const uri = pathToFileURL(folder).href;
    const r = await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uri,
      capabilities,
      workspaceFolders: [{ uri, name: path.basename(folder) }],
      initializationOptions: { settings },
    });
    await this.conn.sendNotification('initialized', {});
    return r;
  }

  open(uri: string, text: string, languageId = 'typescript'): void {
    this.versions.set(uri, 1);
    void this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Incremental change(s) in LSP shape. */
  change(uri: string, changes: { range?: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }[]): number {
    const v = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, v);
    void this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: changes });
    return v;
  }

  request<T = any>(method: string, params: unknown): Promise<T> {
    return this.conn.sendRequest(method, params) as Promise<T>;
  }

  /** A custom request of the protocol, its params and result typed by its RequestType. */
  send<P, R>(type: RequestType<P, R, void>, params: P): Promise<R> {
    return this.conn.sendRequest(type, params);
  }

  async close(): Promise<void> {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.conn.sendNotification('exit');
    } catch {
      /* already gone */
    }
    await new Promise<void>((resolve) => {
      if (this.proc.exitCode !== null) return resolve();
      const t = setTimeout(() => {
        this.proc.kill();
        resolve();
      }, 3000);
      this.proc.once('exit', () => {
        clearTimeout(t);
        resolve();
      });
    });
    this.conn.dispose();
  }
}

export const fileUri = (dir: string, rel: string) => pathToFileURL(path.join(dir, rel)).href;

/** LSP range helper: (line, char) → (line, char), 0-based. */
export const rng = (l1: number, c1: number, l2 = l1, c2 = c1) => ({ start: { line: l1, character: c1 }, end: { line: l2, character: c2 } });
