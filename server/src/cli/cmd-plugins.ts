// `glx plugins validate | run --sandbox P | release P | list` — spec §5 (seed: panel_loader
// --validate, pipeline_runner --sandbox --plugin P), §7 playbook 11. argv → app/plugins.ts → print.
import { releasePlugin, listPlugins, runPluginSandbox, validatePlugins, pluginNoteLine } from '../app/plugins';
import { UsageError } from '../errors';
import { helpText, parseArgs, REPO_FLAGS, REV_FLAGS, type FlagSpec } from './args';
import { openContext } from './context';

const flagsSpec: FlagSpec = {
  ...REV_FLAGS,
  sandbox: { type: 'boolean', desc: 'run: in the sandbox (the only way plugins run; accepted for the seed command line)' },
  json: { type: 'boolean', desc: 'machine output on stdout' },
  ...REPO_FLAGS,
};

export const pluginsHelp = helpText(
  'glx plugins validate | run --sandbox NAME [--base REV] [--head REV | --range A..B] | release NAME | list',
  'Token-detector plugins (.glx/plugins/*.mjs, packages under plugins: in spec/invariants.yaml; docs/plugins.md):\n' +
    '  validate  load each plugin in its sandbox, check its manifest, run it on a fixture (its files at HEAD);\n' +
    '            a plugin that fails is quarantined (.glx/quarantine.json); exit 1 when any failed\n' +
    '  run       run one plugin on the current change and print its tokens (exit 1 when it was quarantined)\n' +
    '  release   take a plugin out of quarantine: it runs again from the next analysis\n' +
    '  list      plugins found and the quarantine',
  flagsSpec,
);

export async function cmdPlugins(argv: readonly string[]): Promise<number> {
  const { flags, positionals } = parseArgs(argv, flagsSpec, 'plugins');
  if (flags.help) {
    process.stdout.write(pluginsHelp);
    return 0;
  }
  const [sub, name, ...extra] = positionals;
  if (!sub || !['validate', 'run', 'release', 'list'].includes(sub)) throw new UsageError(`plugins: expected validate, run, release or list${sub ? `, got ${JSON.stringify(sub)}` : ''} (see glx plugins --help)`);
  if ((sub === 'run' || sub === 'release') && !name) throw new UsageError(`plugins ${sub}: name the plugin (glx plugins ${sub}${sub === 'run' ? ' --sandbox' : ''} NAME)`);
  if (extra.length || ((sub === 'validate' || sub === 'list') && name)) throw new UsageError(`plugins ${sub}: unexpected argument ${JSON.stringify(extra[0] ?? name)}`);
  const ws = await openContext(flags.repo as string | undefined);
  const json = flags.json === true;
  const out = (v: unknown, text: string) => process.stdout.write(json ? `${JSON.stringify(v, null, 2)}\n` : text);
  try {
    if (sub === 'release') {
      const e = releasePlugin(ws, name);
      out({ released: name, was: e }, `plugin ${name} released from quarantine (was: ${e.reason} — ${e.message}); it runs from the next analysis\n`);
      return 0;
    }
    if (sub === 'list') {
      const l = listPlugins(ws);
      const lines = l.plugins.map((p) => `${p.id.padEnd(24)} ${p.source}${l.quarantined[p.id] ? `  QUARANTINED (${l.quarantined[p.id].reason}: ${l.quarantined[p.id].message})` : ''}\n`);
      out(l, (lines.join('') || 'no plugins (.glx/plugins/*.mjs, or plugins: in spec/invariants.yaml)\n') + l.problems.map((p) => `problem: ${p.source}: ${p.message}\n`).join(''));
      return 0;
    }
    if (sub === 'validate') {
      const v = await validatePlugins(ws);
      const rows = v.plugins.map((p) =>
        p.status === 'ok'
          ? `ok           ${p.plugin} ${p.version} — kinds ${p.kinds!.join(', ')}; fixture ${p.fixtureFiles} file(s), ${p.tokens} token(s)\n`
          : `${p.status.toUpperCase().padEnd(12)} ${p.plugin}${p.reason ? ` (${p.reason})` : ''}: ${p.message ?? ''}\n`,
      );
      out(v, `sandbox: permission model ${v.sandbox.permission ? 'on' : 'UNAVAILABLE (plugins do not run)'}, network closed by ${v.sandbox.network === 'namespace' ? 'a network namespace + guards' : 'guards only'}\n` + (rows.join('') || 'no plugins found\n') + v.problems.map((p) => `problem: ${p.source}: ${p.message}\n`).join(''));
      return v.plugins.some((p) => p.status === 'quarantined') || v.problems.length ? 1 : 0;
    }
    const { analysis, note } = await runPluginSandbox(ws, name, flags as { base?: string; head?: string; range?: string });
    const tokens = analysis.result.tokens.filter((t) => t.meta.plugin === note.plugin);
    const line = pluginNoteLine(note);
    out(
      { plugin: note.plugin, note, tokens },
      `plugin ${note.plugin} on ${analysis.base.rev}..${analysis.head.rev}: ${note.status === 'ran' ? `${tokens.length} token(s)` : line}\n` +
        tokens.map((t) => `  ${t.kind} ${t.file}:${t.range.line}${t.symbol ? ` ${t.symbol}` : ''} · weight ${t.weight} × ${t.magnitude}\n`).join(''),
    );
    return note.status === 'ran' ? 0 : 1;
  } finally {
    await ws.repo.close();
  }
}
