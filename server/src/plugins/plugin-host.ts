// The set of plugins of one repository and their sandboxes (issue 16): discovers them, keeps
// quarantined ones from starting, runs the others on a change (in parallel, one process each,
// kept alive between changes), validates what they return and quarantines any that misbehave.
// The result is a TokenSource per plugin (delta/token-source.ts precomputedSource): the engine
// merges those before normalize, so plugin tokens are fingerprinted, weighed, explained and
// gated like built-in ones (spec §3.3–§3.7). Results are cached per (plugin file, view) so an
// editor re-analysis that does not touch a plugin's files costs no process round-trip.
import * as fs from 'node:fs';
import type { Policy } from '../config/policy';
import type { ChangeSet } from '../delta/change-set';
import type { DeltaToken } from '../delta/token';
import { precomputedSource, type TokenSource } from '../delta/token-source';
import { sha256Hex } from '../util/hash';
import { changeView, filesMatcher, viewJson } from './change-view';
import { discoverPlugins, type DiscoveryProblem, type PluginRef } from './discover';
import { kindConflicts, validateManifest, type ValidManifest } from './manifest';
import type { PluginChange } from './plugin-api';
import { InvalidOutput, toDeltaTokens } from './plugin-output';
import { quarantine, readQuarantine, type QuarantineEntry } from './quarantine';
import { PluginSandbox, SandboxFailure, sandboxCapabilities, type FailureReason, type SandboxLimits } from './sandbox';

/** What happened to one plugin in one run; every surface words it (CLI line, editor notification). */
export interface PluginNote {
  plugin: string;
  source: string;
  /** Absolute path of the plugin's module (the editor puts its diagnostic there). */
  file?: string;
  status: 'ran' | 'quarantined-now' | 'in-quarantine' | 'not-run';
  tokens?: number;
  reason?: FailureReason;
  message?: string;
}

export interface PluginRun {
  /** One source per plugin that ran (its validated tokens). */
  sources: TokenSource[];
  tokens: DeltaToken[];
  notes: PluginNote[];
  /** Discovery problems (a package not installed, a symlink out of the repository). */
  problems: DiscoveryProblem[];
}

export interface PluginHostOptions {
  root: string;
  glxDir: string;
  /** Package names from spec/invariants.yaml `plugins:`. */
  packages?: readonly string[];
  limits?: Partial<SandboxLimits>;
  /** Who runs the analysis, recorded with a quarantine (`cli:delta`, `lsp`). */
  by: string;
}

interface Loaded {
  ref: PluginRef;
  sandbox: PluginSandbox;
  manifest?: ValidManifest;
  match?: (p: string) => boolean;
}

const CACHE_MAX = 64;

/** The repository's real path: what the permission model and the guards compare against. */
function realRoot(root: string): string {
  try {
    return fs.realpathSync(root);
  } catch {
    return root;
  }
}

export class PluginHost {
  private readonly loaded = new Map<string, Loaded>();
  private readonly cache = new Map<string, unknown>();
  private disposed = false;

  constructor(readonly opts: PluginHostOptions) {}

  /** The plugins that would run now, and those in quarantine. */
  list(): { plugins: PluginRef[]; quarantined: Record<string, QuarantineEntry>; problems: DiscoveryProblem[] } {
    const { plugins, problems } = discoverPlugins(this.opts.root, this.opts.packages);
    // No plugin, nothing to look up (every analysis of a repository without plugins passes here).
    if (!plugins.length) return { plugins, quarantined: {}, problems };
    const q = readQuarantine(this.opts.glxDir);
    if (q.problem) problems.push({ source: '.glx/quarantine.json', message: `${q.problem} (treated as empty)` });
    return { plugins, quarantined: q.file.plugins, problems };
  }

  /** Runs every plugin not in quarantine on `cs`; never throws for a plugin's misbehaviour. */
  async run(cs: ChangeSet, policy: Policy, only?: string, listed = this.list()): Promise<PluginRun> {
    const { plugins, quarantined, problems } = listed;
    const notes: PluginNote[] = [];
    const active: PluginRef[] = [];
    for (const p of plugins) {
      if (only !== undefined && p.id !== only) continue;
      const q = quarantined[p.id];
      if (q) notes.push({ plugin: p.id, source: p.source, file: p.file, status: 'in-quarantine', reason: q.reason, message: q.message });
      else active.push(p);
    }
    // Drop sandboxes of plugins that went away or whose file changed (a new version starts fresh).
    for (const [id, l] of this.loaded) {
      if (!active.some((p) => p.id === id && p.sha256 === l.ref.sha256)) {
        l.sandbox.dispose();
        this.loaded.delete(id);
      }
    }
    if (active.length && !sandboxCapabilities().permission) {
      for (const p of active) notes.push({ plugin: p.id, source: p.source, status: 'not-run', message: `Node ${process.version} has no permission model: plugins are not run unsandboxed` });
      return { sources: [], tokens: [], notes, problems };
    }
    const loaded = await Promise.all(active.map((p) => this.load(p)));
    // A kind has one owner: the later plugin of a conflicting pair is not run (a manifest problem).
    const ok = loaded.filter((l): l is Loaded & { manifest: ValidManifest } => !!l?.manifest);
    const conflicts = kindConflicts(ok.map((l) => l.manifest));
    const results = await Promise.all(
      loaded.map(async (l, i) => {
        const p = active[i];
        if (!l) return { note: this.quarantineNote(p) };
        const conflict = conflicts.find((c) => c.plugin === l.manifest!.name);
        if (conflict) return { note: { plugin: p.id, source: p.source, status: 'not-run' as const, message: `kind ${conflict.kind} is already declared by plugin ${conflict.owner}` } };
        return this.detectOne(l, cs, policy);
      }),
    );
    const sources: TokenSource[] = [];
    const tokens: DeltaToken[] = [];
    for (const r of results) {
      notes.push(r.note);
      if (r.tokens) {
        sources.push(precomputedSource(`plugin:${r.note.plugin}`, r.tokens));
        tokens.push(...r.tokens);
      }
    }
    return { sources, tokens, notes, problems };
  }

  private lastFailure = new Map<string, SandboxFailure>();
  /** The discovery of the walk in progress (runMany with reuseDiscovery). */
  private walkListed?: ReturnType<PluginHost['list']>;

  private quarantineNote(p: PluginRef): PluginNote {
    const f = this.lastFailure.get(p.id);
    return { plugin: p.id, source: p.source, file: p.file, status: 'quarantined-now', reason: f?.reason, message: f?.message };
  }

  /** Starts (or reuses) the sandbox and validates the manifest; undefined when the plugin was quarantined. */
  private async load(p: PluginRef): Promise<Loaded | undefined> {
    let l = this.loaded.get(p.id);
    if (l?.manifest && l.sandbox.alive) return l;
    if (!l || !l.sandbox.alive) {
      l = { ref: p, sandbox: new PluginSandbox(p.file, [realRoot(this.opts.root)], this.opts.limits) };
      this.loaded.set(p.id, l);
    }
    try {
      const raw = await l.sandbox.start();
      const { manifest, problems } = validateManifest(raw);
      if (!manifest) throw new SandboxFailure('invalid-manifest', problems[0] + (problems.length > 1 ? ` (+${problems.length - 1} more)` : ''), { problems });
      if (manifest.name !== p.id) throw new SandboxFailure('invalid-manifest', `manifest.name ${JSON.stringify(manifest.name)} must equal the plugin's name ${JSON.stringify(p.id)} (its file name or package name)`);
      l.manifest = manifest;
      l.match = filesMatcher(manifest.files);
      return l;
    } catch (e) {
      this.stop(p, e, []);
      return undefined;
    }
  }

  private async detectOne(l: Loaded, cs: ChangeSet, policy: Policy): Promise<{ note: PluginNote; tokens?: DeltaToken[] }> {
    const p = l.ref;
    const view: PluginChange = changeView(cs, l.match!);
    const files = view.files.map((f) => f.path);
    // Nothing of the plugin's files changed: nothing to ask (and no process round-trip).
    if (!view.files.length) return { note: { plugin: p.id, source: p.source, status: 'ran', tokens: 0 }, tokens: [] };
    const json = viewJson(view);
    const key = sha256Hex(`${p.sha256}\n${json}`);
    try {
      let raw = this.cache.get(key);
      if (raw === undefined) {
        raw = await l.sandbox.detect(view);
        // Validate before caching: an answer that fails is never served again.
        toDeltaTokens(raw, l.manifest!, view, policy);
        if (this.cache.size >= CACHE_MAX) this.cache.delete(this.cache.keys().next().value as string);
        this.cache.set(key, raw);
      }
      const tokens = toDeltaTokens(raw, l.manifest!, view, policy);
      return { note: { plugin: p.id, source: p.source, status: 'ran', tokens: tokens.length }, tokens };
    } catch (e) {
      const f = this.stop(p, e, files);
      return { note: { plugin: p.id, source: p.source, file: p.file, status: 'quarantined-now', reason: f.reason, message: f.message } };
    }
  }

  /** Kills the plugin's sandbox and records it in quarantine.json with the reason and the evidence. */
  private stop(p: PluginRef, e: unknown, files: string[]): SandboxFailure {
    const f =
      e instanceof SandboxFailure
        ? e
        : e instanceof InvalidOutput
          ? new SandboxFailure('invalid-output', e.message)
          : new SandboxFailure('crash', e instanceof Error ? e.message : String(e));
    this.lastFailure.set(p.id, f);
    this.walkListed = undefined;
    const version = this.loaded.get(p.id)?.manifest?.version;
    this.loaded.get(p.id)?.sandbox.dispose();
    this.loaded.delete(p.id);
    if (!this.disposed) {
      quarantine(this.opts.glxDir, p.id, {
        source: p.source,
        ...(version ? { version } : {}),
        reason: f.reason,
        message: f.message,
        evidence: f.evidence,
        sha256: p.sha256,
        since: new Date().toISOString(),
        by: this.opts.by,
        ...(files.length ? { files } : {}),
      });
    }
    return f;
  }

  /**
   * run() over many change sets with one sandbox round trip per plugin (history walks, where a
   * process wake-up per commit would cost more than the plugins' work). The answers equal
   * run()'s for each change set; a plugin that fails on any of them is quarantined and
   * contributes to none (the batch's analyses are all "without it").
   */
  async runMany(css: readonly ChangeSet[], policy: Policy, opts: { reuseDiscovery?: boolean } = {}): Promise<PluginRun[]> {
    // A walk's later batches reuse its first batch's discovery (plugin files, quarantine.json):
    // reading them per batch was a measurable part of the walk's cost. A plugin stopped meanwhile
    // drops the memo (stop()), so it is never started again from a stale list.
    const listed = opts.reuseDiscovery && this.walkListed ? this.walkListed : (this.walkListed = this.list());
    const first = await this.run({ changes: [] }, policy, undefined, listed); // quarantine, manifests
    const out: PluginRun[] = css.map(() => ({ sources: [], tokens: [], notes: [], problems: first.problems }));
    for (const n of first.notes) {
      const l = n.status === 'ran' ? this.loaded.get(n.plugin) : undefined;
      if (!l?.manifest) {
        for (const r of out) r.notes.push(n);
        continue;
      }
      // No answer cache here (unlike run()): a walk never asks about the same change twice, and
      // hashing every view would be most of the walk's overhead (docs/plugins.md "Overhead").
      const views = css.map((cs) => changeView(cs, l.match!));
      const ask = views.map((v, i) => i).filter((i) => views[i].files.length);
      try {
        const answers = ask.length ? await l.sandbox.detectMany(ask.map((i) => views[i])) : [];
        // Every answer is validated before any is used (a plugin failing on one contributes to none).
        const byIndex = new Map<number, DeltaToken[]>();
        ask.forEach((i, k) => byIndex.set(i, toDeltaTokens(answers[k], l.manifest!, views[i], policy)));
        css.forEach((_, i) => {
          const tokens = byIndex.get(i) ?? [];
          out[i].notes.push({ plugin: n.plugin, source: n.source, status: 'ran', tokens: tokens.length });
          out[i].sources.push(precomputedSource(`plugin:${n.plugin}`, tokens));
          out[i].tokens.push(...tokens);
        });
      } catch (e) {
        const files = [...new Set(ask.flatMap((i) => views[i].files.map((f) => f.path)))].slice(0, 50);
        const f = this.stop(l.ref, e, files);
        for (const r of out) r.notes.push({ plugin: n.plugin, source: n.source, file: l.ref.file, status: 'quarantined-now', reason: f.reason, message: f.message });
      }
    }
    return out;
  }

  /** The validated manifest of a loaded plugin (after a run()). */
  manifestOf(id: string): ValidManifest | undefined {
    return this.loaded.get(id)?.manifest;
  }

  /** Stops every sandbox process. */
  dispose(): void {
    this.disposed = true;
    for (const l of this.loaded.values()) l.sandbox.dispose();
    this.loaded.clear();
  }
}
