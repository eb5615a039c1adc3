// Playbook 11 — reindex presets/plugins and quarantine (spec §3.13, §7; seed playbook 11), on
// the presets and sandboxed plugins (app/presets.ts, app/plugins.ts): `glx presets index`
// (.glx/presets_index.json), `glx plugins validate` (each plugin not in quarantine run in its
// sandbox on its own files at HEAD; a misbehaving one is quarantined), `glx plugins run
// --sandbox P` for a suspicious plugin named by the user (quarantined when it fails), and
// optionally `glx plugins release P` once it has been verified. Rollback (the runner): the index
// and .glx/quarantine.json as they were, byte for byte — a plugin this run quarantined is released
// again, one it released is back in quarantine.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { listPlugins, releasePlugin, runPluginSandbox, validatePlugins } from '../app/plugins';
import { indexPresets, presetFiles, PRESETS_INDEX } from '../app/presets';
import { InputError } from '../errors';
import { CommandIds } from '../protocol/commands';
import { QUARANTINE_FILE, readQuarantine } from '../plugins/quarantine';
import { str } from './inputs';
import { describeRevs, REV_INPUTS, revsOf } from './revs';
import type { Playbook, StepContext } from './types';

const INDEX = `.glx/${PRESETS_INDEX}`;
// The quarantine file and the copy kept beside it when it was unreadable (plugins/quarantine.ts).
const QUARANTINE = [`.glx/${QUARANTINE_FILE}*`];

/** The seed names a file (`--plugin filters/suspicious.py`): its stem is the plugin's name (as runPluginSandbox). */
const nameOf = (given: string) => (/[\\/]|\.m?js$/.test(given) ? given.replace(/^.*[\\/]/, '').replace(/\.m?js$/, '') : given);

/** The change the suspicious plugin runs on: the revision inputs, else the last commit (a clean tree has no working change). */
function revsFor(ctx: StepContext) {
  const r = revsOf(ctx.inputs);
  return r.base || r.head || r.range ? r : { range: 'HEAD' };
}

const quarantined = (ctx: StepContext) => readQuarantine(ctx.ws.glxDir).file.plugins;

export const presetsPlaybook: Playbook = {
  id: 'presets',
  number: 11,
  command: CommandIds.playbookPresets,
  title: 'Reindex presets/plugins and quarantine',
  when: 'presets or filters were added or changed; a plugin is suspected to be unstable',
  inputs: [
    { name: 'plugin', type: 'string', desc: 'a suspicious plugin to run alone in the sandbox (name or .glx/plugins/<name>.mjs); quarantined when it fails', ask: true },
    { name: 'release', type: 'string', desc: 'a plugin to release from quarantine after verification (glx plugins release)' },
    ...REV_INPUTS,
  ],
  requires: [],
  writes: 'glx',
  rollback: 'restore .glx/presets_index.json and .glx/quarantine.json as they were (a plugin quarantined by the run is released, one released is quarantined again)',
  steps: [
    {
      id: 'index',
      title: 'Index the presets (glx presets index)',
      writes: INDEX,
      rollback: 'the previous file (none)',
      touches: () => [INDEX],
      async plan(ctx) {
        const files = presetFiles(ctx.ws.repo.root);
        return { lines: [`validate ${files.length} preset(s)${files.length ? ` (${files.map((f) => f.file).join(', ')})` : ''} → ${INDEX}`] };
      },
      async apply(ctx) {
        const { index } = indexPresets(ctx.ws);
        const bad = index.presets.filter((p) => !p.valid);
        return {
          summary: `${index.presets.length} preset(s), ${bad.length} invalid`,
          artifacts: [INDEX],
          report: `### Presets\n\n${index.presets.length ? index.presets.map((p) => `- ${p.name} (${p.file}): ${p.valid ? 'valid' : `invalid — ${p.problems.map((x) => `${x.file}:${x.line}:${x.col} ${x.message}`).join('; ')}`}`).join('\n') : '- none (presets/*.yaml)'}`,
        };
      },
      async verify(ctx) {
        let j: { schema?: string } = {};
        try {
          j = JSON.parse(fs.readFileSync(path.join(ctx.ws.glxDir, PRESETS_INDEX), 'utf8')) as { schema?: string };
        } catch {
          /* reported below */
        }
        if (j.schema !== 'glx.presets.index.v1') throw new InputError(`${INDEX}: not a glx.presets.index.v1 file after the index`);
      },
    },
    {
      id: 'validate',
      title: 'Validate the plugins in the sandbox (glx plugins validate)',
      writes: `.glx/${QUARANTINE_FILE} (plugins that fail are quarantined)`,
      rollback: 'the quarantine as before',
      touches: () => QUARANTINE,
      async plan(ctx) {
        const { plugins, quarantined: q } = listPlugins(ctx.ws);
        if (!plugins.length) return { lines: ['no plugin (.glx/plugins/*.mjs or plugins: in spec/invariants.yaml)'], skip: 'no plugin' };
        return { lines: plugins.map((p) => `${p.id} (${p.source}): ${q[p.id] ? `in quarantine since ${q[p.id].since} (${q[p.id].reason}): skipped` : 'check the manifest, run on its files at HEAD in the sandbox'}`) };
      },
      async apply(ctx) {
        const v = await validatePlugins(ctx.ws);
        const lines = v.plugins.map((p) => `${p.plugin}: ${p.status}${p.tokens !== undefined ? ` (${p.tokens} token(s) on ${p.fixtureFiles} file(s))` : ''}${p.reason ? ` — ${p.reason}: ${p.message ?? ''}` : ''}`);
        for (const p of v.problems) lines.push(`${p.source}: ${p.message}`);
        const now = v.plugins.filter((p) => p.status === 'quarantined').map((p) => p.plugin);
        return {
          summary: `${v.plugins.filter((p) => p.status === 'ok').length} ok, ${now.length} quarantined now${now.length ? ` (${now.join(', ')})` : ''}`,
          artifacts: now.length ? [`.glx/${QUARANTINE_FILE}`] : [],
          report: `### Plugins (sandbox: permission model ${v.sandbox.permission ? 'on' : 'off'}, network ${v.sandbox.network})\n\n${lines.map((l) => `- ${l}`).join('\n') || '- none'}`,
          data: { quarantined: now },
        };
      },
    },
    {
      id: 'quarantine',
      title: 'Run the suspicious plugin alone in the sandbox; quarantine it on failure (glx plugins run --sandbox)',
      writes: `.glx/${QUARANTINE_FILE}`,
      rollback: 'the quarantine as before (the plugin released again)',
      touches: () => QUARANTINE,
      async plan(ctx) {
        const given = str(ctx.inputs, 'plugin');
        if (!given) return { lines: [], skip: 'no plugin named (--plugin)' };
        const name = nameOf(given);
        const { plugins, quarantined: q } = listPlugins(ctx.ws);
        if (!plugins.some((p) => p.id === name)) throw new InputError(`--plugin ${given}: no plugin named ${JSON.stringify(name)} (found: ${plugins.map((p) => p.id).join(', ') || 'none'})`, { input: given, kind: 'not-found' });
        if (q[name]) return { lines: [`${name} is already in quarantine (${q[name].reason}: ${q[name].message})`], skip: 'already in quarantine' };
        return { lines: [`glx plugins run --sandbox ${name} on ${describeRevs(revsFor(ctx))} (only this plugin); quarantined when it fails`] };
      },
      async apply(ctx) {
        const name = nameOf(str(ctx.inputs, 'plugin')!);
        const q = quarantined(ctx)[name];
        // The validation just before may already have stopped it: that is the verdict, not run twice.
        if (q) return { summary: `${name} quarantined by the validation (${q.reason})`, report: `### Suspicious plugin ${name}\n\n- quarantined (${q.reason}): ${q.message}`, data: { plugin: name, quarantined: true } };
        const { note, analysis } = await runPluginSandbox(ctx.ws, name, revsFor(ctx));
        const stopped = note.status === 'quarantined-now';
        const line = note.status === 'ran' ? `ran: ${note.tokens ?? 0} token(s) on ${analysis.cs.changes.length} file(s), no failure` : `${note.status}${note.reason ? ` (${note.reason})` : ''}: ${note.message ?? ''}`;
        return {
          summary: `${name}: ${stopped ? `quarantined (${note.reason})` : note.status}`,
          artifacts: stopped ? [`.glx/${QUARANTINE_FILE}`] : [],
          report: `### Suspicious plugin ${name}\n\n- ${line}${stopped ? `\n- release it after a fix: \`glx playbook run presets --release ${name}\` or \`glx plugins release ${name}\`` : ''}`,
          data: { plugin: name, quarantined: stopped },
        };
      },
    },
    {
      id: 'release',
      title: 'Release a verified plugin from quarantine (glx plugins release)',
      writes: `.glx/${QUARANTINE_FILE}`,
      rollback: 'the quarantine as before (the plugin in quarantine again)',
      touches: () => QUARANTINE,
      async plan(ctx) {
        const given = str(ctx.inputs, 'release');
        if (!given) return { lines: [], skip: 'nothing to release (--release)' };
        const name = nameOf(given);
        const q = quarantined(ctx)[name];
        if (!q) {
          if (str(ctx.inputs, 'plugin') && nameOf(str(ctx.inputs, 'plugin')!) === name) return { lines: [`release ${name} if this run quarantines it`] };
          throw new InputError(`--release ${given}: plugin ${JSON.stringify(name)} is not in quarantine (${Object.keys(quarantined(ctx)).join(', ') || 'nothing is quarantined'})`, { input: given, kind: 'not-found' });
        }
        return { lines: [`glx plugins release ${name} (in quarantine since ${q.since}: ${q.reason})`] };
      },
      async apply(ctx) {
        const name = nameOf(str(ctx.inputs, 'release')!);
        if (!quarantined(ctx)[name]) return { summary: `${name} is not in quarantine: nothing released` };
        const e = releasePlugin(ctx.ws, name);
        return { summary: `${name} released (was quarantined for ${e.reason})`, artifacts: [`.glx/${QUARANTINE_FILE}`], report: `### Released\n\n- ${name}: runs again from the next analysis (was: ${e.reason}, ${e.message})` };
      },
      async verify(ctx) {
        const name = nameOf(str(ctx.inputs, 'release')!);
        if (quarantined(ctx)[name]) throw new InputError(`${name} still in quarantine after the release`);
      },
    },
  ],
};
