// A small, strict argument parser for `glx`: unknown flags and missing values are usage
// errors (exit 2) naming the flag, rather than being silently ignored.
// UsageError (bad input, exit 2) is defined with the other kinds in ../errors.ts.
export { UsageError } from '../errors';
import { UsageError } from '../errors';

export interface FlagSpec {
  [name: string]: { type: 'string' | 'boolean' | 'number'; repeat?: boolean; short?: string; desc: string; value?: string };
}

export interface Parsed {
  flags: Record<string, string | boolean | number | string[] | undefined>;
  positionals: string[];
}

export function parseArgs(argv: readonly string[], spec: FlagSpec, verb: string): Parsed {
  const flags: Parsed['flags'] = {};
  const positionals: string[] = [];
  const byShort = new Map(Object.entries(spec).filter(([, s]) => s.short).map(([k, s]) => [s.short!, k] as const));
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith('-') || a === '-') {
      positionals.push(a);
      continue;
    }
    let name: string;
    let inline: string | undefined;
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
      inline = eq >= 0 ? a.slice(eq + 1) : undefined;
    } else {
      const n = byShort.get(a.slice(1));
      if (!n) throw new UsageError(`${verb}: unknown option ${a} (see glx ${verb} --help)`);
      name = n;
    }
    const s = spec[name];
    if (!s) throw new UsageError(`${verb}: unknown option --${name} (see glx ${verb} --help)`);
    if (s.type === 'boolean') {
      if (inline !== undefined) throw new UsageError(`${verb}: --${name} takes no value`);
      flags[name] = true;
      continue;
    }
    const v = inline ?? argv[++i];
    if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new UsageError(`${verb}: --${name} needs a value${s.value ? ` (${s.value})` : ''}`);
    let value: string | number = v;
    if (s.type === 'number') {
      value = Number(v);
      if (!Number.isFinite(value)) throw new UsageError(`${verb}: --${name} ${v}: not a number`);
    }
    if (s.repeat) flags[name] = [...((flags[name] as string[] | undefined) ?? []), String(value)];
    else flags[name] = value;
  }
  return { flags, positionals };
}

export function helpText(usage: string, summary: string, spec: FlagSpec): string {
  const rows = Object.entries(spec).map(([k, s]) => {
    const left = `  ${s.short ? `-${s.short}, ` : ''}--${k}${s.type !== 'boolean' ? ` ${s.value ?? s.type.toUpperCase()}` : ''}`;
    return `${left.padEnd(30)} ${s.desc}`;
  });
  return `usage: ${usage}\n\n${summary}\n\noptions:\n${rows.join('\n')}\n`;
}

/** The revision flags every analysing verb takes (spec §1, §5). */
export const REV_FLAGS: FlagSpec = {
  base: { type: 'string', value: 'REV', desc: 'base revision (default: merge-base with the default branch, else HEAD)' },
  head: { type: 'string', value: 'REV', desc: 'head revision (default: the working tree)' },
  range: { type: 'string', value: 'A..B|X', desc: 'a range A..B, or one commit X meaning X^..X' },
  'allow-shallow': { type: 'boolean', desc: 'in a shallow clone, compare a commit whose parent is missing with the empty tree (default: exit 66)' },
};

/** `--repo` and `--help`, common to every repository-bound verb. */
export const REPO_FLAGS: FlagSpec = {
  repo: { type: 'string', value: 'DIR', desc: 'repository (default: the one containing the cwd)' },
  help: { type: 'boolean', short: 'h', desc: 'show this help' },
};
