// Sandboxed plugins in the language server (issue 16, spec §6 "Workspace trust"): plugins run
// only in a trusted workspace (the client's glitchlab/egdbConfigure `ingest` flag, the same one
// that lets the server write .glx/); in an untrusted one they never start. Their tokens enter
// the live analysis through LivePluginSource (plugins/live-source.ts: answers from earlier
// sandbox runs at once, runs the new change set in the background, then asks for a republish).
// A plugin stopped now is said once per quarantine (a warning notification) and carries a
// diagnostic on its module file until it is released; the analysis goes on without it.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, MessageType, ShowMessageNotification, type Connection, type Diagnostic } from 'vscode-languageserver/node';
import type { Policy } from '../config/policy';
import type { TokenSource } from '../delta/token-source';
import { LivePluginSource } from '../plugins/live-source';
import { PluginHost, type PluginNote, type PluginRun } from '../plugins/plugin-host';

export interface PluginFeatureDeps {
  root: () => string | undefined;
  policy: () => Policy | undefined;
  /** The workspace is trusted (plugins may run, .glx/ may be written). */
  trusted: () => boolean;
  /** A plugin run finished: recompute and republish. */
  updated: () => void;
  log: (line: string) => void;
}

export class PluginFeatures {
  private host?: PluginHost;
  private live?: LivePluginSource;
  private root?: string;
  /** `plugin@since` of quarantines already shown (once per quarantine). */
  private readonly notified = new Set<string>();
  /** Plugin module URIs carrying a quarantine diagnostic now. */
  private readonly diagnosed = new Set<string>();
  private untrustedLogged = false;

  constructor(private readonly conn: Connection, private readonly deps: PluginFeatureDeps) {}

  /** The sources for the next computeDelta: none unless the workspace is trusted. */
  sources(): readonly TokenSource[] {
    const root = this.deps.root();
    const policy = this.deps.policy();
    if (!root || !policy) return [];
    if (!this.deps.trusted()) {
      if (!this.untrustedLogged) this.deps.log('glitchlab: untrusted workspace — plugins are not run');
      this.untrustedLogged = true;
      return [];
    }
    if (!this.live || this.root !== root) {
      this.dispose();
      this.root = root;
      this.host = new PluginHost({ root, glxDir: path.join(root, '.glx'), packages: policy.config.plugins, by: 'lsp' });
      this.live = new LivePluginSource(this.host, (run) => this.onRun(run));
    }
    return [this.live];
  }

  /** Resolves once no plugin run is in flight (tests). */
  idle(): Promise<void> {
    return this.live?.idle() ?? Promise.resolve();
  }

  private onRun(run: PluginRun): void {
    const keep = new Set<string>();
    for (const n of run.notes) {
      if (n.status !== 'quarantined-now' && n.status !== 'in-quarantine') continue;
      if (n.file) {
        const uri = pathToFileURL(n.file).href;
        keep.add(uri);
        this.conn.sendDiagnostics({ uri, diagnostics: [this.diagnostic(n)] });
        this.diagnosed.add(uri);
      }
      if (n.status === 'quarantined-now') this.notifyOnce(n);
    }
    for (const p of run.problems) this.deps.log(`glitchlab: plugin ${p.source}: ${p.message}`);
    // Released (or removed) plugins lose their diagnostic.
    for (const uri of [...this.diagnosed]) {
      if (keep.has(uri)) continue;
      this.conn.sendDiagnostics({ uri, diagnostics: [] });
      this.diagnosed.delete(uri);
    }
    this.deps.updated();
  }

  private diagnostic(n: PluginNote): Diagnostic {
    return {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Warning,
      source: 'glitchlab',
      code: `plugin-${n.reason ?? 'quarantine'}`,
      message: `plugin ${n.plugin} is in quarantine (${n.reason}): ${n.message ?? ''} — the analysis runs without it; \`glx plugins release ${n.plugin}\` brings it back (.glx/quarantine.json)`,
    };
  }

  private notifyOnce(n: PluginNote): void {
    const key = `${n.plugin}@${n.message}`;
    if (this.notified.has(key)) return;
    this.notified.add(key);
    // A notification, not a request: nobody has to answer it for the analysis to go on.
    void this.conn.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `GlitchLab: plugin ${n.plugin} was stopped and quarantined (${n.reason}): ${n.message ?? ''}. The analysis continues without it.` });
  }

  dispose(): void {
    this.host?.dispose();
    this.host = undefined;
    this.live = undefined;
  }
}
