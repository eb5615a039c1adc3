// The GlitchLab language server (spec §0, §6): a thin translation between LSP and the engine.
// Editor buffers go into a WorkspaceHost (engine/workspace-host.ts), git state comes in through
// the GitWorkspace adapter; diagnostics, lenses, hovers and code actions are computed from one
// immutable snapshot (editor-features.ts). Works over stdio, node IPC, sockets and pipes
// (whatever `createConnection` finds in argv; stdio when none is given).
// Workspace trust: the server only READS (git plumbing with GIT_OPTIONAL_LOCKS=0, files,
// blobs); it never writes to git or to the workspace and never runs project code, so it is the
// same read-only analysis in trusted and untrusted workspaces (docs/editor.md).
// The one exception is EGDB (.glx/egdb.db, spec §3.10): each new HEAD is published there only
// after the client reports a trusted workspace (glitchlab/egdbConfigure, egql-features.ts); in a
// trusted workspace the Spec Monitor's buttons also run `glx calibrate`'s use cases
// (glitchlab/calibrate, spec-monitor-features.ts), which write .glx/spec_state.json.
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeLensRefreshRequest, createConnection, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, FileChangeType,
  ProposedFeatures, TextDocumentSyncKind,
  type ClientCapabilities, type CodeActionParams, type CodeLensParams, type HoverParams, type Connection, type Diagnostic, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver/node';
import { Policy } from '../config/policy';
import { buildReport } from '../engine/report';
import { GitWorkspace, IndexCancelled } from '../engine/git-workspace';
import { WorkspaceHost, type HostSnapshot } from '../engine/workspace-host';
import { decodeText, GitRepo, isIgnoredPath } from '../git';
import { initParsers } from '../parsing/languages';
import { readPolicy } from '../config/read-policy';
import { CONFIG_PATH } from '../config/invariants-config';
import {
  BaseTextRequest, CalibrateRequest, PresetsRequest, SpecMonitorRequest, DEFAULT_SETTINGS, DeltaReportRequest, InspectorRequest, isRepoRelativePath, ReindexRequest, resolveSettings, SelectBaseRequest, StatusNotification,
  type DeltaReportResult, type GlitchlabInitializationOptions, type GlitchlabSettings, type IndexState, type StatusParams,
} from '../protocol';
import { scopeLines, codeActions, codeLenses, hover, tokenDiagnostics } from './editor-features';
import { isSastInput, loadSastInputs, sastCodeActions, sastDiagnostics, SEC_TOKEN_KINDS } from './sast-features';
import { ConfigDiagnostics } from './config-diagnostics';
import { PluginFeatures } from './plugin-features';
import { applyPreset } from '../config/preset';
import { loadPreset } from '../app/presets';
import { presetsList } from './preset-features';
import { GateFeatures } from './gate-features';
import { FirstRunProgress } from './first-run-progress';
import { inspectorView } from './inspector-features';
import { runCalibrate, specMonitorView } from './spec-monitor-features';
import { PlaybookFeatures } from './playbook-features'; // issue 13
import { EgqlFeatures } from './egql-features';
import { GitWatcher } from './git-watcher';
import { MosaicFeatures } from './mosaic-features';
import { WorkspacePaths } from './workspace-paths';
import { ErrorReporter } from './error-reporting';
import { GlxError, InputError, toGlxError, userMessage } from '../errors';
import { redactDeep, redactSecrets } from '../redact';
import { compactWhenIdle } from './heap-tuning';

const VERSION = '0.1.0';
/** Quiet period after the last disk event (saves outside the editor, created/deleted files). */
const DISK_SETTLE_MS = 200;
/** On a large change set, the workspace-wide recompute waits for this pause in typing. */
const FULL_PAUSE_MS = 300;
/**
 * After a keystroke's own file is published, the rest (other files, status, gates, Mosaic)
 * waits this long for the next keystroke (server.ts schedule): typing at 50 ms a key leaves a
 * gap of ~30 ms after each key's work, so the status follows each pause of the keys.
 */
const OTHERS_AFTER_MS = 25;

export function startServer(connection?: Connection): Connection {
  const transportGiven = process.argv.some((a) => /^--(stdio|node-ipc|socket|pipe)/.test(a));
  const conn = connection ?? (transportGiven ? createConnection(ProposedFeatures.all) : createConnection(ProposedFeatures.all, process.stdin, process.stdout));
  redactOutgoing(conn);
  const server = new GlitchlabServer(conn);
  // An error that escapes every handler is reported, and the server keeps serving (docs/errors.md).
  server.errors.installProcessHandlers();
  server.listen();
  return conn;
}

/** Spec §3.11: secret values never reach a diagnostic, a message or the server log. Every
 * outgoing diagnostic, window message and log line passes the one redaction step. */
function redactOutgoing(conn: Connection): void {
  const send = conn.sendDiagnostics.bind(conn);
  conn.sendDiagnostics = (params) => send(redactDeep(params));
  const c = conn.console;
  for (const m of ['log', 'info', 'warn', 'error'] as const) {
    const f = c[m].bind(c);
    c[m] = (message: string) => f(redactSecrets(message));
  }
  const w = conn.window;
  for (const m of ['showErrorMessage', 'showWarningMessage', 'showInformationMessage'] as const) {
    const f = (w[m] as (message: string, ...rest: unknown[]) => unknown).bind(w);
    (w as unknown as Record<string, unknown>)[m] = (message: string, ...rest: unknown[]) => f(redactSecrets(message), ...rest);
  }
}

type Pending = { cancel: () => void };

class GlitchlabServer {
  private settings: GlitchlabSettings = DEFAULT_SETTINGS;
  /** The preset the policy was built with (glitchlab.preset), or why it was not applied (issue 16). */
  private presetApplied: { name: string | null; problem?: string } = { name: null };
  /** Base chosen with glitchlab/selectBase; undefined = follow the `glitchlab.base` setting. */
  private baseOverride: string | null | undefined;
  private caps: ClientCapabilities = {};
  private folder?: string;
  private paths?: WorkspacePaths;
  private repo?: GitRepo;
  private host?: WorkspaceHost;
  private ws?: GitWorkspace;
  private watcher?: GitWatcher;
  private state: IndexState = 'indexing';
  private message = 'starting';
  /** Why the server is in state 'error' (requests that need an index fail with it). */
  private failure?: GlxError;
  /** Errors → response errors, editor messages and the log (error-reporting.ts, docs/errors.md). */
  readonly errors: ErrorReporter;
  private lastStatus = '';
  /** uri → serialized diagnostics last sent, so unchanged files are not re-sent and gone ones are cleared. */
  private published = new Map<string, string>();
  private pending = new Map<string, Pending>();
  private docVersions = new Map<string, number>();
  private diskTimer?: NodeJS.Timeout;
  private fullTimer?: NodeJS.Timeout;
  private othersTimer?: NodeJS.Timeout;
  /** Settles when the first index is done (or failed): document events wait for it. */
  private ready: Promise<void>;
  private markReady!: () => void;
  private indexRun = 0;
  /** The Mosaic panel's requests and live updates (mosaic-features.ts). */
  private readonly mosaic: MosaicFeatures;
  /** The gates' diagnostics, decision, lens and hover additions (gate-features.ts). */
  private readonly gates = new GateFeatures(() => this.repo?.root);
  private readonly firstRunProgress = new FirstRunProgress(() => this.conn, () => !!this.caps.window?.workDoneProgress);
  /** .egql documents and EGDB publishing of each new HEAD (egql-features.ts). */
  private readonly egql: EgqlFeatures;
  /** The one publisher of spec/invariants.yaml diagnostics: config problems + I4 (config-diagnostics.ts). */
  private readonly configDiags: ConfigDiagnostics;
  /** Sandboxed plugins: trusted workspaces only, tokens through the host's sources (plugin-features.ts, issue 16). */
  private readonly plugins: PluginFeatures;
  private policy?: Policy;

  constructor(private readonly conn: Connection) {
    this.ready = new Promise((resolve) => (this.markReady = resolve));
    this.errors = new ErrorReporter(conn);
    this.egql = new EgqlFeatures(conn, { repo: () => this.repo }, this.errors);
    this.mosaic = new MosaicFeatures(conn, () => ({ repo: this.repo, host: this.host, paths: this.paths }), this.errors);
    this.configDiags = new ConfigDiagnostics(conn, () => this.repo?.root);
    this.plugins = new PluginFeatures(conn, {
      root: () => this.repo?.root,
      policy: () => this.policy,
      trusted: () => this.egql.writable,
      updated: () => {
        if (!this.host?.currentBase) return;
        this.host.invalidate();
        this.publishAll(this.host.snapshot(), false);
      },
      log: (l) => this.conn.console.log(l),
    });
    // Trust arrives after start: plugins may run from now on (the next snapshot starts them).
    this.egql.onConfigure = () => {
      if (!this.host?.currentBase) return;
      this.host.invalidate();
      this.publishAll(this.host.snapshot(), false);
    };
    // I3 over the panel's layout, I4 from the report files; results re-send status + config diagnostics.
    this.gates.attach({
      i3Input: (snap) => this.mosaic.layoutInput(snap),
      changed: () => {
        this.configDiags.setI4(this.gates.i4Checks());
        this.sendStatus();
      },
      warn: (l) => this.conn.console.warn(`glitchlab: ${l}`),
      // The first-run calibration (a worker thread, issue 14) as a work-done progress.
      progress: (done, total) => this.firstRunProgress.report(done, total),
    });
  }

  listen(): void {
    const c = this.conn;
    const bg = (where: string, p: Promise<unknown>) => this.errors.background(where, p);
    c.onInitialize((p) => this.onInitialize(p));
    c.onInitialized(() => bg('initialize', this.onInitialized()));
    c.onShutdown(() => this.dispose());
    c.onDidChangeConfiguration((p) => bg('settings', this.onConfiguration(p.settings)));
    c.onDidOpenTextDocument((p) => (this.egql.handles(p.textDocument.uri) ? this.egql.open(p.textDocument.uri, p.textDocument.text, p.textDocument.version) : bg(p.textDocument.uri, this.onOpen(p.textDocument.uri, p.textDocument.text, p.textDocument.version))));
    c.onDidChangeTextDocument((p) => (this.egql.handles(p.textDocument.uri) ? this.egql.change(p.textDocument.uri, p.contentChanges, p.textDocument.version) : this.onChange(p.textDocument.uri, p.contentChanges, p.textDocument.version)));
    c.onDidCloseTextDocument((p) => (this.egql.handles(p.textDocument.uri) ? this.egql.close(p.textDocument.uri) : this.onClose(p.textDocument.uri)));
    c.onDidChangeWatchedFiles((p) => {
      const relevant = p.changes.some((ch) => {
        const rel = this.paths?.toRel(ch.uri);
        if (!rel || isIgnoredPath(rel)) return false;
        // A save of an open buffer changes nothing: the buffer already is the head.
        return !(ch.type === FileChangeType.Changed && this.host?.isOpen(rel));
      });
      if (relevant) this.scheduleDiskRefresh();
      // SAST bridge inputs (security/policy.yaml, .glx/scan_*.sarif) changed: reload them.
      if (p.changes.some((ch) => isSastInput(this.paths?.toRel(ch.uri) ?? ''))) {
        this.loadSast();
        this.scheduleDiskRefresh();
      }
      this.gates.refresh(); // I4 reports (often under ignored dirs like coverage/, out/) re-read when changed
    });
    // Standard requests go through the same wrapper as ours: params checked (InvalidParams with
    // a sentence), a failure answered with the one user line (error-reporting.ts).
    const wrap = this.errors.request.bind(this.errors);
    c.onHover(wrap('textDocument/hover', (p: HoverParams) => {
      const { snap, rel } = this.query(p.textDocument.uri);
      return snap && rel ? this.gates.decorateHover(snap, rel, p.position, hover(snap, rel, p.position)) : null;
    }));
    c.onCodeLens(wrap('textDocument/codeLens', (p: CodeLensParams) => {
      if (this.egql.handles(p.textDocument.uri)) return this.egql.codeLenses(p.textDocument.uri);
      if (!this.settings.codeLens.enabled) return [];
      const { snap, rel } = this.query(p.textDocument.uri);
      return snap && rel ? this.gates.decorateLenses(snap, rel, codeLenses(snap, rel)) : [];
    }));
    c.onCodeAction(wrap('textDocument/codeAction', (p: CodeActionParams) => {
      const { snap, rel } = this.query(p.textDocument.uri);
      return snap && rel ? [...codeActions(snap, rel, p.textDocument.uri, p.range, p.context.diagnostics, this.gates.i2Repairs(snap, rel)), ...sastCodeActions(snap, rel, p.textDocument.uri, p.range, p.context.diagnostics, this.paths && { trusted: this.egql.writable, root: this.paths.root, toUri: (r) => this.paths!.toUri(r) })] : [];
    }));
    const on = this.errors.onRequest.bind(this.errors);
    on(DeltaReportRequest.type, (p) => this.deltaReport(p?.files, p?.symbol));
    on(InspectorRequest.type, () => {
      const snap = this.host?.currentBase ? this.host.snapshot() : undefined;
      if (!snap || !snap.base) throw this.notReady();
      return inspectorView(snap, pathToFileURL(this.repo!.root).toString(), this.gates.evaluate(snap), (file) => this.gates.i2Repairs(snap, file));
    });
    on(SpecMonitorRequest.type, () => {
      const snap = this.host?.currentBase ? this.host.snapshot() : undefined;
      if (!snap || !snap.base) throw this.notReady();
      return specMonitorView(snap, this.gates.evaluate(snap), this.gates.specState(), this.egql.writable);
    });
    on(CalibrateRequest.type, async (p, signal) => {
      const ws = this.repo ? { repo: this.repo, policy: readPolicy(this.repo.root).policy, glxDir: path.join(this.repo.root, '.glx') } : undefined;
      const r = await runCalibrate(ws, this.egql.writable, p, (l) => this.conn.console.warn(`glitchlab: ${l}`), signal);
      this.gates.refresh(); // the new thresholds: re-evaluate and re-send the status
      this.sendStatus();
      return r;
    });
    // The preset quick pick (issue 16): presets/*.yaml as `glx presets index` lists them, and the one applied.
    on(PresetsRequest.type, () => presetsList(this.repo?.root, this.presetApplied.name, this.presetApplied.problem));
    on(BaseTextRequest.type, async (p) => {
      const snap = this.host?.currentBase ? this.host.snapshot() : undefined;
      if (!snap || !snap.base || !this.repo) throw this.notReady();
      const rel = typeof p?.path === 'string' ? p.path : '';
      if (!isRepoRelativePath(rel)) throw new InputError(`${JSON.stringify(rel)}: not a repository-relative path`);
      const buf = snap.base.sha.length === 40 ? await this.repo.readBlob(`${snap.base.sha}:${this.host!.basePathOf(rel)}`) : undefined;
      return { text: buf ? decodeText(buf) : null, rev: snap.base.rev };
    });
    // A base that does not resolve is not a failed request: the answer is the status in state
    // 'error' with the one-line reason (the client shows it), and the next selectBase recovers.
    on(SelectBaseRequest.type, async (p) => {
      this.baseOverride = p?.base ?? null;
      await this.reindex(false);
      return this.status();
    });
    on(ReindexRequest.type, async () => {
      await this.reindex(true);
      return this.status();
    });
    this.mosaic.listen();
    this.egql.listen();
    // Playbooks (issue 13): the palette commands' requests, same use cases as `glx playbook`.
    new PlaybookFeatures(this.conn, this.errors, {
      workspace: () => (this.repo ? { repo: this.repo, policy: readPolicy(this.repo.root).policy, glxDir: path.join(this.repo.root, '.glx') } : undefined),
      trusted: () => this.egql.writable,
      afterRun: () => {
        this.gates.refresh();
        this.sendStatus();
      },
    }).listen();
    c.listen();
  }

  // ---------------------------------------------------------------- lifecycle

  private onInitialize(p: InitializeParams): InitializeResult {
    this.caps = p.capabilities;
    this.errors.setTrace(p.trace);
    const opts = (p.initializationOptions ?? {}) as GlitchlabInitializationOptions & { glitchlab?: unknown };
    this.settings = resolveSettings(opts.settings ?? opts.glitchlab ?? {});
    const folderUri = p.workspaceFolders?.[0]?.uri ?? p.rootUri ?? undefined;
    this.folder = folderUri?.startsWith('file:') ? fileURLToPath(folderUri) : p.rootPath ?? undefined;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeLensProvider: { resolveProvider: false },
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        ...EgqlFeatures.capabilities,
        workspace: { workspaceFolders: { supported: true } },
      },
      serverInfo: { name: 'glitchlab', version: VERSION },
    };
  }

  private async onInitialized(): Promise<void> {
    const ws = this.caps.workspace;
    if (ws?.didChangeConfiguration?.dynamicRegistration) {
      void this.conn.client.register(DidChangeConfigurationNotification.type, { section: 'glitchlab' }).catch(() => undefined);
    }
    if (ws?.didChangeWatchedFiles?.dynamicRegistration) {
      void this.conn.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] }).catch(() => undefined);
    }
    try {
      if (ws?.configuration) await this.pullConfiguration();
      await this.start();
    } finally {
      this.markReady();
    }
  }

  private async start(): Promise<void> {
    if (!this.folder) {
      this.fail('no workspace folder: GlitchLab needs a folder inside a git repository');
      return;
    }
    try {
      await initParsers();
      this.repo = await GitRepo.open(this.folder);
    } catch (e) {
      this.fail(e, this.folder);
      return;
    }
    let policy: Policy;
    try {
      const read = readPolicy(this.repo.root);
      policy = read.policy;
      // spec §3.13: a bad config is reported at its lines and the engine keeps working on
      // defaults for the invalid parts.
      this.configDiags.setProblems(read.problems);
      // glitchlab.preset (issue 16): spec/invariants.yaml + the preset, as `glx --preset NAME`.
      if (this.settings.preset) {
        try {
          policy = new Policy(applyPreset(policy.config, loadPreset(this.repo.root, this.settings.preset)));
          this.presetApplied = { name: this.settings.preset };
        } catch (e) {
          this.presetApplied = { name: null, problem: userMessage(e) };
          this.errors.log(`preset ${this.settings.preset}`, e);
          void this.conn.window.showWarningMessage(`GlitchLab: glitchlab.preset: ${userMessage(e)} — analysing without the preset`);
        }
      }
    } catch (e) {
      this.errors.log(CONFIG_PATH, e);
      void this.conn.window.showWarningMessage(`GlitchLab: ${CONFIG_PATH}: ${userMessage(e)} — using default settings`);
      policy = new Policy();
    }
    this.paths = new WorkspacePaths(this.repo.root, this.folder);
    this.host = new WorkspaceHost(policy);
    this.policy = policy;
    this.host.setSources(() => this.plugins.sources());
    this.loadSast();
    this.ws = new GitWorkspace(this.repo, this.host, policy);
    this.watcher = new GitWatcher(this.repo.gitDir(), this.repo.gitCommonDir(), () => void this.reindex(false));
    this.watcher.start();
    await this.reindex(false);
  }

  /** SAST bridge (§3.11): security/policy.yaml + imported reports into the host; problems go to the log. */
  private loadSast(): void {
    if (!this.repo || !this.host) return;
    const { security, imported, problems } = loadSastInputs(this.repo.root);
    for (const p of problems) this.errors.log('sast', new GlxError(p, {}, 'bad-input'));
    this.host.setSecurity(security, imported);
  }

  private dispose(): void {
    this.watcher?.dispose();
    if (this.diskTimer) clearTimeout(this.diskTimer);
    if (this.fullTimer) clearTimeout(this.fullTimer);
    if (this.othersTimer) clearTimeout(this.othersTimer);
    for (const p of this.pending.values()) p.cancel();
    this.plugins.dispose();
    this.gates.dispose(); // stops a first-run calibration worker still walking
    this.host?.dispose();
    void this.repo?.close();
  }

  /** State 'error' with the one-line reason in the status (the client shows it); stack only in the log. */
  private fail(e: unknown, input?: string): void {
    const g = typeof e === 'string' ? new GlxError(e, {}, 'bad-input') : toGlxError(e);
    const line = userMessage(g);
    // Name the input (the workspace folder) when the message does not.
    const message = input && !line.includes(input) ? `${input}: ${line}` : line;
    this.state = 'error';
    this.message = message;
    this.failure = new GlxError(message, { kind: g.kind, input: g.input, cause: e });
    this.errors.log('', this.failure);
    this.sendStatus();
  }

  // ---------------------------------------------------------------- settings

  private async pullConfiguration(): Promise<void> {
    try {
      const cfg = await this.conn.workspace.getConfiguration('glitchlab');
      this.settings = resolveSettings(cfg, this.settings);
    } catch {
      /* the client may not answer; keep what we have */
    }
  }

  private async onConfiguration(raw: unknown): Promise<void> {
    const before = this.settings;
    const section = raw && typeof raw === 'object' ? (raw as Record<string, unknown>).glitchlab : undefined;
    if (section !== undefined) this.settings = resolveSettings(section, this.settings);
    else if (this.caps.workspace?.configuration) await this.pullConfiguration();
    if (!this.host) return;
    if (before.base !== this.settings.base && this.baseOverride === undefined) await this.reindex(false);
    else this.publishAll(this.host.snapshot(), true);
  }

  // ---------------------------------------------------------------- indexing

  private effectiveBase(): string | null {
    return this.baseOverride !== undefined ? this.baseOverride : this.settings.base;
  }

  /** Resolve the base, diff, analyse (with progress), then republish everything. A newer call supersedes. */
  private async reindex(full: boolean): Promise<void> {
    const ws = this.ws;
    const host = this.host;
    if (!ws || !host) return;
    const run = ++this.indexRun;
    if (full) ws.clearCaches();
    this.state = 'indexing';
    this.message = 'indexing the change set';
    this.sendStatus();
    const progress = this.caps.window?.workDoneProgress ? await this.conn.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    progress?.begin('GlitchLab: indexing Δ', 0, 'reading the change set', false);
    try {
      const summary = await ws.index({
        base: this.effectiveBase(),
        progress: (done, total) => progress?.report(total ? Math.round((100 * done) / total) : 100, `${done}/${total} files`),
      });
      // Open buffers git does not see as changed still need their base side.
      for (const rel of this.openPaths()) await ws.ensureBaseVersion(rel);
      if (run !== this.indexRun) return;
      this.state = 'ready';
      this.failure = undefined;
      this.message = `${summary.files} changed file${summary.files === 1 ? '' : 's'} against ${summary.base.rev.slice(0, 12)} (${Math.round(summary.millis)} ms)`;
      this.publishAll(host.snapshot(), false);
      this.egql.headSeen(); // spec §3.10: each new HEAD seen is published into EGDB (once)
      // Lenses of files nobody edits are stale after a commit/checkout: ask the client to re-query.
      if (this.caps.workspace?.codeLens?.refreshSupport) void this.conn.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
    } catch (e) {
      if (e instanceof IndexCancelled || run !== this.indexRun) return;
      this.fail(e);
    } finally {
      progress?.done();
    }
  }

  private openPaths(): string[] {
    return [...this.docVersions.keys()];
  }

  private scheduleDiskRefresh(): void {
    if (this.diskTimer) clearTimeout(this.diskTimer);
    this.diskTimer = setTimeout(() => {
      this.diskTimer = undefined;
      void this.reindex(false);
    }, DISK_SETTLE_MS);
  }

  // ---------------------------------------------------------------- documents

  private async onOpen(uri: string, text: string, version: number): Promise<void> {
    await this.ready;
    const rel = this.paths?.toRel(uri);
    if (!rel || !this.host || !this.ws) return;
    this.paths!.remember(rel, uri);
    this.docVersions.set(rel, version);
    this.host.openDocument(rel, text, version);
    try {
      await this.ws.ensureBaseVersion(rel);
    } catch (e) {
      this.errors.log(rel, e);
    }
    this.schedule(rel);
  }

  private onChange(uri: string, changes: Parameters<WorkspaceHost['applyChange']>[1], version: number, requeued = false): void {
    const rel = this.paths?.toRel(uri);
    if (!requeued && (!rel || !this.host || !this.host.isOpen(rel))) {
      // A document opened while the server was still starting is opened behind `ready`.
      void this.ready.then(() => this.onChange(uri, changes, version, true));
      return;
    }
    if (!rel || !this.host || !this.host.isOpen(rel)) return;
    this.docVersions.set(rel, version);
    // The first-run calibration's worker waits while this keystroke is answered (released in
    // schedule's fire, or after HOLD_MAX_MS).
    this.gates.holdFirstRun();
    this.host.applyChange(rel, changes, version);
    this.schedule(rel);
  }

  private onClose(uri: string): void {
    const rel = this.paths?.toRel(uri);
    if (!rel || !this.host) return;
    this.pending.get(rel)?.cancel();
    this.pending.delete(rel);
    this.docVersions.delete(rel);
    this.host.closeDocument(rel);
    this.schedule(rel);
  }

  /**
   * Debounced re-analysis of one document: a newer change for the same document cancels the
   * pending one (the edits themselves are already applied to the host's text and tree).
   */
  private schedule(rel: string): void {
    this.pending.get(rel)?.cancel();
    const fire = () => {
      this.pending.delete(rel);
      try {
        this.answer(rel);
      } finally {
        this.gates.releaseFirstRun();
      }
    };
    const ms = this.settings.debounceMs;
    if (ms <= 0) {
      const h = setImmediate(fire);
      this.pending.set(rel, { cancel: () => clearImmediate(h) });
    } else {
      const h = setTimeout(fire, ms);
      this.pending.set(rel, { cancel: () => clearTimeout(h) });
    }
  }

  /** A keystroke's answer: the edited file's diagnostics now, the rest once the keys pause. */
  private answer(rel: string): void {
    const host = this.host;
    if (!host || (this.state === 'indexing' && !host.currentBase)) return;
    if (host.isLarge) {
      // Large change set: answer the keystroke from a local pass over this file, and
      // recompute the whole workspace once the edits pause (engine/workspace-host.ts).
      this.publishFile(host.fileSnapshot(rel), rel, true);
      this.scheduleFull();
      return;
    }
    const snap = host.snapshot();
    this.publishFile(snap, rel, true);
    compactWhenIdle();
    // Other files' tokens may move too (moves, fan-in), and the status bar, the gates (I3/I4
    // on the whole change) and the Mosaic follow the snapshot: publish those once the keys
    // pause for OTHERS_AFTER_MS, not between two keystrokes — run at once, they delayed the
    // next keystroke's own diagnostics by ~2–3 ms on webpack's Compilation.js (issue 14,
    // session 9). A newer edit re-arms the timer with its own snapshot.
    const gen = snap.generation;
    if (this.othersTimer) clearTimeout(this.othersTimer);
    this.othersTimer = setTimeout(() => {
      this.othersTimer = undefined;
      if (this.host?.snapshot().generation === gen) this.publishAll(snap, false, rel);
    }, OTHERS_AFTER_MS);
  }

  /** Full recompute + publish of every file after edits on a large change set have paused. */
  private scheduleFull(): void {
    if (this.fullTimer) clearTimeout(this.fullTimer);
    this.fullTimer = setTimeout(() => {
      this.fullTimer = undefined;
      if (this.pending.size) return this.scheduleFull();
      const host = this.host;
      if (host) this.publishAll(host.snapshot(), false);
    }, Math.max(FULL_PAUSE_MS, this.settings.debounceMs));
  }

  // ---------------------------------------------------------------- publishing

  private query(uri: string): { snap?: HostSnapshot; rel?: string } {
    const rel = this.paths?.toRel(uri);
    if (!rel || !this.host || !this.host.currentBase) return {};
    return { snap: this.host.fileSnapshot(rel), rel };
  }

  private publishFile(snap: HostSnapshot, rel: string, force: boolean): void {
    const uri = this.paths!.toUri(rel);
    const shown = snap.changed.has(rel) && snap.changed.get(rel) !== 'D';
    // sec tokens are shown as the SAST bridge's own diagnostics (severity, rule, fix hint) instead.
    const diagnostics: Diagnostic[] = shown || snap.parseErrors.has(rel) ? tokenDiagnostics(snap, rel, this.settings).filter((d) => !SEC_TOKEN_KINDS.has(String(d.code))) : [];
    if (shown) diagnostics.push(...this.gates.diagnostics(snap, rel, this.settings), ...sastDiagnostics(snap, rel));
    const key = JSON.stringify(diagnostics);
    const prev = this.published.get(uri);
    if (!force && (prev ?? '[]') === key) return;
    if (diagnostics.length) this.published.set(uri, key);
    else this.published.delete(uri);
    this.conn.sendDiagnostics({ uri, diagnostics, version: this.docVersions.get(rel) });
  }

  /** Diagnostics for every changed file, empty lists for files no longer changed, then the status. */
  private publishAll(snap: HostSnapshot, force: boolean, skip?: string): void {
    const files = new Set<string>([...snap.changed.keys(), ...snap.parseErrors.keys()]);
    const live = new Set<string>();
    for (const rel of files) {
      const uri = this.paths!.toUri(rel);
      live.add(uri);
      if (rel !== skip) this.publishFile(snap, rel, force);
    }
    if (skip) live.add(this.paths!.toUri(skip));
    for (const uri of [...this.published.keys()]) {
      if (live.has(uri)) continue;
      this.published.delete(uri);
      this.conn.sendDiagnostics({ uri, diagnostics: [] });
    }
    this.sendStatus(snap);
    this.mosaic.onSnapshot(snap);
    this.gates.refresh(snap); // I3/I4 on the full snapshot (async; re-sends the status when they change)
  }

  private status(snap?: HostSnapshot): StatusParams {
    const s = snap ?? (this.host?.currentBase ? this.host.snapshot() : undefined);
    const modules: Record<string, number> = {};
    for (const [m, e] of Object.entries(s?.result.energy.modules ?? {})) modules[m] = e.dz;
    return {
      state: this.state,
      dz: s?.result.energy.overall.dz ?? 0,
      modules,
      tokens: s?.result.explain.change.counts.semantic ?? 0,
      commentOnly: s?.result.explain.change.counts.commentOnly ?? 0,
      ...(s ? { summary: s.result.explain.sentences[0] } : {}),
      files: s?.changed.size ?? 0,
      base: s?.base ?? null,
      headSha: s?.headSha ?? null,
      message: this.message,
      ...this.gates.statusFields(s),
    };
  }

  private sendStatus(snap?: HostSnapshot): void {
    const st = this.status(snap);
    const key = JSON.stringify(st);
    if (key === this.lastStatus) return;
    this.lastStatus = key;
    void this.conn.sendNotification(StatusNotification.type, st);
  }

  /** Why a request that needs the index cannot be answered now: the failure, or busy indexing. */
  private notReady(): GlxError {
    if (this.state === 'error') return this.failure ?? new GlxError(this.message, {}, 'internal');
    return new GlxError('GlitchLab is still indexing; try again in a moment', {}, 'busy');
  }

  private deltaReport(files?: string[], symbol?: string): DeltaReportResult {
    const snap = this.host?.currentBase ? this.host.snapshot() : undefined;
    if (!snap || !snap.base) throw this.notReady();
    const report = buildReport(snap.result, { rev: snap.base.rev, sha: snap.base.sha }, { rev: 'WORKTREE', sha: snap.headSha });
    const only = files?.length ? new Set(files) : undefined;
    const tokens = report.tokens.filter((t) => (!only || only.has(t.file)) && (!symbol || t.symbol === symbol));
    return { ...report, tokens, lines: scopeLines(snap, tokens, only ? { files: [...only], symbol } : undefined) };
  }
}
