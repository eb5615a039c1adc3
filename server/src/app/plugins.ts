// Use cases of token-detector plugins (spec §3.13, §5, §7 playbook 11; issue 16): run them on
// a change, validate them, run one on its own, release one from quarantine, list them. Called
// by `glx delta|invariants|mosaic` (through analyseChange), `glx plugins …`, the language
// server (lsp/plugin-features.ts) and — as steps — playbook 11's runner. The sandbox and the
// quarantine live in server/src/plugins/.
import picomatch from 'picomatch';
import type { ChangeSet } from '../delta/change-set';
import { buildChanges } from '../engine/git-change-set';
import { InputError } from '../errors';
import { EMPTY_TREE } from '../git';
import { PluginHost, type PluginNote, type PluginRun } from '../plugins/plugin-host';
import { release, type QuarantineEntry } from '../plugins/quarantine';
import { sandboxCapabilities, type SandboxLimits } from '../plugins/sandbox';
import { analyseChange, type ChangeAnalysis, type RevisionSpec } from './analyse-change';
import type { Workspace } from './workspace';

export type { PluginNote, PluginRun } from '../plugins/plugin-host';

/** The plugin host of a workspace (one sandbox process per plugin, kept until dispose()). */
export function pluginHostFor(ws: Workspace, by: string, limits?: Partial<SandboxLimits>): PluginHost {
  return new PluginHost({ root: ws.repo.root, glxDir: ws.glxDir, packages: ws.policy.config.plugins, by, limits });
}

/** One line per plugin that did not simply run: what the CLI prints and the editor notifies (issue 16: "says so"). */
export function pluginNoteLine(n: PluginNote): string | undefined {
  switch (n.status) {
    case 'quarantined-now':
      return `plugin ${n.plugin} quarantined (${n.reason}): ${n.message ?? ''} — analysis continues without it; see .glx/quarantine.json, \`glx plugins release ${n.plugin}\` to bring it back`;
    case 'in-quarantine':
      return `plugin ${n.plugin} is in quarantine (${n.reason}) and was not run — \`glx plugins release ${n.plugin}\` to bring it back`;
    case 'not-run':
      return `plugin ${n.plugin} not run: ${n.message ?? ''}`;
    default:
      return undefined;
  }
}

export interface PluginValidation {
  plugin: string;
  source: string;
  /** ok: manifest valid and the fixture run passed; quarantined: it failed now; in-quarantine: skipped. */
  status: 'ok' | 'quarantined' | 'in-quarantine' | 'not-run';
  version?: string;
  kinds?: string[];
  files?: string[];
  /** Files of the fixture: the plugin's files at HEAD, each as if added (at most FIXTURE_MAX_FILES). */
  fixtureFiles: number;
  tokens?: number;
  reason?: string;
  message?: string;
}

export interface PluginsValidation {
  plugins: PluginValidation[];
  problems: { source: string; message: string }[];
  sandbox: { permission: boolean; network: string };
}

/** At most this many files in a plugin's validation fixture (bounded time on large repositories). */
export const FIXTURE_MAX_FILES = 50;

/** The plugin's files at HEAD as an all-added change: real code of the repository, the plugin's fixture. */
async function fixtureFor(ws: Workspace, globs: readonly string[]): Promise<ChangeSet> {
  const head = await ws.repo.headSha();
  if (!head) return { changes: [] };
  const match = picomatch([...globs], { dot: true });
  const files = (await ws.repo.diff(EMPTY_TREE, head)).filter((f) => f.newPath && match(f.newPath) && !ws.policy.isIgnored(f.newPath)).slice(0, FIXTURE_MAX_FILES);
  return { changes: await buildChanges(ws.repo, files, ws.policy) };
}

/**
 * `glx plugins validate` (playbook 11 step): loads every plugin not in quarantine in its
 * sandbox, checks its manifest, runs it on a fixture; a plugin that fails is quarantined.
 */
export async function validatePlugins(ws: Workspace, opts: { limits?: Partial<SandboxLimits> } = {}): Promise<PluginsValidation> {
  const host = pluginHostFor(ws, 'plugins validate', opts.limits);
  try {
    const caps = sandboxCapabilities();
    const first = await host.run({ changes: [] }, ws.policy);
    const out: PluginValidation[] = [];
    // Taken before the fixture runs: a run with `only` drops the other plugins' sandboxes (and
    // their manifests) from the host, so asking afterwards fails from the second plugin on.
    const manifests = new Map(first.notes.map((n) => [n.plugin, host.manifestOf(n.plugin)]));
    for (const n of first.notes) {
      if (n.status !== 'ran') {
        out.push({ plugin: n.plugin, source: n.source, status: n.status === 'quarantined-now' ? 'quarantined' : n.status, fixtureFiles: 0, reason: n.reason, message: n.message });
        continue;
      }
      const m = manifests.get(n.plugin)!;
      const fixture = await fixtureFor(ws, m.files);
      const r = await host.run(fixture, ws.policy, n.plugin);
      const note = r.notes.find((x) => x.plugin === n.plugin);
      const base = { plugin: n.plugin, source: n.source, version: m.version, kinds: Object.keys(m.tokens), files: m.files, fixtureFiles: fixture.changes.length };
      if (note?.status === 'ran') out.push({ ...base, status: 'ok', tokens: note.tokens });
      else out.push({ ...base, status: 'quarantined', reason: note?.reason, message: note?.message });
    }
    return { plugins: out, problems: first.problems, sandbox: { permission: caps.permission, network: caps.network } };
  } finally {
    host.dispose();
  }
}

/** `glx plugins run --sandbox P`: the change analysed with plugin P only (P's tokens and what happened to it). */
export async function runPluginSandbox(ws: Workspace, given: string, revs: RevisionSpec): Promise<{ analysis: ChangeAnalysis; note: PluginNote }> {
  // The seed's command line names a file (`--plugin filters/suspicious.py`): its stem is the name.
  const name = /[\\/]|\.m?js$/.test(given) ? given.replace(/^.*[\\/]/, '').replace(/\.m?js$/, '') : given;
  const host = pluginHostFor(ws, 'plugins run --sandbox');
  try {
    const { plugins, quarantined } = host.list();
    if (!plugins.some((p) => p.id === name)) {
      throw new InputError(`no plugin named ${JSON.stringify(name)} (found: ${plugins.map((p) => p.id).join(', ') || 'none'}; plugins live in .glx/plugins/ or under plugins: in spec/invariants.yaml)`, { input: name, kind: 'not-found' });
    }
    if (quarantined[name]) throw new InputError(`plugin ${name} is in quarantine (${quarantined[name].reason}: ${quarantined[name].message}); \`glx plugins release ${name}\` first`, { input: name });
    const analysis = await analyseChange(ws, revs, { plugins: host, only: name });
    const note = analysis.plugins.notes.find((n) => n.plugin === name) ?? { plugin: name, source: '', status: 'not-run' as const };
    return { analysis, note };
  } finally {
    host.dispose();
  }
}

/** `glx plugins release P` (playbook 11's rollback): P runs again from the next analysis. */
export function releasePlugin(ws: Workspace, name: string): QuarantineEntry {
  return release(ws.glxDir, name);
}

/** `glx plugins list`: discovered plugins and the quarantine. */
export function listPlugins(ws: Workspace): ReturnType<PluginHost['list']> {
  return pluginHostFor(ws, 'plugins list').list();
}

/** Runs the workspace's plugins on `cs` with a throwaway host (CLI analyses). */
export async function runPluginsOnce(ws: Workspace, cs: ChangeSet, by: string): Promise<PluginRun> {
  const host = pluginHostFor(ws, by);
  try {
    return await host.run(cs, ws.policy);
  } finally {
    host.dispose();
  }
}
