// Loading spec/invariants.yaml from a working tree (spec §3.13), beside the config parser: the
// CLI, the language server and the application layer all read the policy through here.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputError } from '../errors';
import { CONFIG_LIMITS, CONFIG_PATH, parseInvariantsConfig, type ConfigProblem } from './invariants-config';
import { Policy } from './policy';

/**
 * spec/invariants.yaml from the working tree: the policy built from its valid parts and the
 * problems found (the editor shows them as diagnostics and keeps working, spec §3.13).
 */
export function readPolicy(root: string): { policy: Policy; problems: ConfigProblem[] } {
  const file = path.join(root, CONFIG_PATH);
  if (!fs.existsSync(file)) return { policy: new Policy(), problems: [] };
  // An oversized file is refused before it is read (a 10 MB list exhausted memory: issue 11).
  const size = fs.statSync(file).size;
  if (size > CONFIG_LIMITS.maxBytes) {
    return { policy: new Policy(), problems: [{ file: CONFIG_PATH, line: 1, col: 1, message: `the file is ${(size / 1024 / 1024).toFixed(1)} MiB; the limit is ${CONFIG_LIMITS.maxBytes / 1024 / 1024} MiB (docs/configuration.md, Limits)` }] };
  }
  const { config, problems } = parseInvariantsConfig(fs.readFileSync(file, 'utf8'), CONFIG_PATH);
  return { policy: new Policy(config), problems };
}

/** Reads spec/invariants.yaml from the working tree; any problem is an InputError (spec §3.13). */
export function loadPolicy(root: string): Policy {
  const { policy, problems } = readPolicy(root);
  if (problems.length) {
    const p = problems[0];
    const more = problems.length > 1 ? ` (+${problems.length - 1} more)` : '';
    throw new InputError(`${p.file}:${p.line}:${p.col}: ${p.message}${more}`);
  }
  return policy;
}
