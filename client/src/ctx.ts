// The language client's lifecycle (spec §6): one `LanguageClient` for the bundled server
// (dist/server.js over node IPC), its output channel, the status bar it feeds, and the custom
// requests of the shared protocol module. Commands receive this object (commands.ts) and never
// touch the client directly, so a restart swaps the client under them without re-registering.
import * as vscode from 'vscode';
import {
  LanguageClient, State, TransportKind,
  type LanguageClientOptions, type ServerOptions,
} from 'vscode-languageclient/node';
import {
  DeltaReportRequest, ReindexRequest, SelectBaseRequest, StatusNotification, serverProcessEnv,
  type DeltaReportParams, type DeltaReportResult, type StatusParams,
} from '../../server/src/protocol';
import { Config, SECTION } from './config';
import { StatusBar } from './status-bar';

/** Languages with symbol-level analysis (spec §2); other files reach the server through git/disk events. */
export const LANGUAGES = ['typescript', 'typescriptreact', 'javascript', 'javascriptreact', 'python', 'egql'] as const;

/** workspaceState key of the base picked with "GlitchLab: Select Base" (string, or null = default base). */
const SELECTED_BASE_KEY = 'glitchlab.selectedBase';

export class Ctx implements vscode.Disposable {
  readonly config = new Config();
  /** A LogOutputChannel: honours VS Code's log level ("Developer: Set Log Level…"). */
  readonly output: vscode.LogOutputChannel;
  readonly statusBar: StatusBar;
  private client?: LanguageClient;
  private clientDisposables: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private lastStatus?: StatusParams;
  /** True once a selectBase request went to the running server: it then ignores `glitchlab.base` changes. */
  private baseOverridden = false;
  private readonly statusEmitter = new vscode.EventEmitter<StatusParams>();
  /** Fires on every `glitchlab/status` from the server (status bar, later the Spec Monitor). */
  readonly onStatus = this.statusEmitter.event;

  /** The language client while it runs (a restart swaps it: read it each time, do not keep it). */
  get runningClient(): LanguageClient | undefined {
    return this.client && this.client.isRunning() ? this.client : undefined;
  }

  constructor(readonly extension: vscode.ExtensionContext, statusClickCommand: string) {
    this.output = vscode.window.createOutputChannel('GlitchLab', { log: true });
    this.statusBar = new StatusBar(statusClickCommand);
    this.disposables.push(
      this.output,
      this.statusBar,
      this.statusEmitter,
      this.onStatus((st) => this.statusBar.update(st)),
      vscode.workspace.onDidChangeConfiguration((e) => void this.onConfigurationChanged(e)),
    );
  }

  get status(): StatusParams | undefined {
    return this.lastStatus;
  }

  get running(): boolean {
    return this.client?.state === State.Running;
  }

  /** The folder the server analyses (the first workspace folder), if any. */
  get folder(): vscode.WorkspaceFolder | undefined {
    return vscode.workspace.workspaceFolders?.[0];
  }

  /** The base last picked with "Select Base" (persisted per workspace); undefined = follow the setting. */
  get selectedBase(): string | null | undefined {
    return this.extension.workspaceState.get<string | null>(SELECTED_BASE_KEY);
  }

  // ---------------------------------------------------------------- lifecycle

  async start(): Promise<void> {
    if (this.client) return;
    const client = this.createClient();
    this.client = client;
    this.statusBar.starting();
    this.clientDisposables.push(
      client.onNotification(StatusNotification.type, (st) => {
        this.lastStatus = st;
        this.statusEmitter.fire(st);
      }),
      client.onDidChangeState((e) => {
        this.output.debug(`language client: ${State[e.oldState]} → ${State[e.newState]}`);
        if (e.newState === State.Stopped && this.client === client) this.statusBar.stopped('the language server stopped');
      }),
    );
    try {
      await client.start();
    } catch (e) {
      this.output.error(`GlitchLab: the language server did not start: ${(e as Error).message}`);
      this.statusBar.stopped('the language server did not start');
      return;
    }
    this.baseOverridden = false;
    const picked = this.selectedBase;
    if (picked !== undefined) await this.selectBase(picked, { persist: false }).catch((e) => this.output.warn(`base ${picked}: ${(e as Error).message}`));
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    for (const d of this.clientDisposables.splice(0)) d.dispose();
    if (!client) return;
    try {
      if (client.needsStop()) await client.stop(5_000);
    } catch (e) {
      this.output.warn(`stopping the language server: ${(e as Error).message}`);
    }
    await client.dispose().catch(() => undefined);
  }

  /** Stops the server and starts a fresh one with the current settings. */
  async restart(): Promise<void> {
    this.output.info('restarting the GlitchLab language server');
    await this.stop();
    await this.start();
  }

  dispose(): void {
    void this.stop();
    for (const d of this.disposables.splice(0)) d.dispose();
  }

  private createClient(): LanguageClient {
    const module = this.extension.asAbsolutePath('dist/server.js');
    // The server's process environment (protocol/server-process.ts: malloc thresholds), merged
    // by the client over the extension host's.
    const env = serverProcessEnv(process.env);
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc, options: { env } },
      debug: { module, transport: TransportKind.ipc, options: { env, execArgv: ['--nolazy', '--inspect=6019'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: LANGUAGES.map((language) => ({ scheme: 'file', language })),
      // A function, so a restart sends the settings of that moment.
      initializationOptions: () => this.config.initializationOptions,
      synchronize: { configurationSection: SECTION },
      outputChannel: this.output,
      traceOutputChannel: this.output,
      // Hovers show repository text: no command links, no HTML.
      markdown: { isTrusted: false, supportHtml: false },
    };
    return new LanguageClient('glitchlab', 'GlitchLab', serverOptions, clientOptions);
  }

  private async onConfigurationChanged(e: vscode.ConfigurationChangeEvent): Promise<void> {
    if (!e.affectsConfiguration(SECTION)) return;
    if (this.config.requiresRestart(e)) {
      await this.restart();
      return;
    }
    if (e.affectsConfiguration(`${SECTION}.base`)) {
      // The setting wins over an earlier "Select Base" pick. The server keeps a pick until it
      // restarts and has no message to drop it, so send the setting's value as the new pick.
      await this.extension.workspaceState.update(SELECTED_BASE_KEY, undefined);
      if (this.baseOverridden && this.running) await this.selectBase(this.config.base, { persist: false }).catch(() => undefined);
    }
  }

  // ---------------------------------------------------------------- requests

  private requireClient(): LanguageClient {
    if (!this.client || this.client.state !== State.Running) {
      throw new Error('the GlitchLab language server is not running (GlitchLab: Restart Language Server)');
    }
    return this.client;
  }

  /** Measures the change against `base` (null = default base) and remembers the pick for this workspace. */
  async selectBase(base: string | null, opts: { persist: boolean } = { persist: true }): Promise<StatusParams> {
    const client = this.requireClient();
    if (opts.persist) await this.extension.workspaceState.update(SELECTED_BASE_KEY, base);
    this.statusBar.update({ ...(this.lastStatus ?? emptyStatus()), state: 'indexing' });
    const st = await client.sendRequest(SelectBaseRequest.type, { base });
    this.baseOverridden = true;
    this.lastStatus = st;
    this.statusEmitter.fire(st);
    return st;
  }

  async reindex(): Promise<StatusParams> {
    const client = this.requireClient();
    // ReindexRequest is a RequestType<void, …> (not RequestType0), so the params slot is passed explicitly.
    const st = await client.sendRequest(ReindexRequest.type, undefined);
    this.lastStatus = st;
    this.statusEmitter.fire(st);
    return st;
  }

  async deltaReport(params: DeltaReportParams = {}): Promise<DeltaReportResult> {
    return this.requireClient().sendRequest(DeltaReportRequest.type, params);
  }
}

function emptyStatus(): StatusParams {
  return { state: 'indexing', dz: 0, modules: {}, tokens: 0, files: 0, base: null, headSha: null, message: '' };
}
