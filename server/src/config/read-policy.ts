// Loading spec/invariants.yaml from a working tree into a Policy (spec §3.13), for every front end:
// the language server shows the problems as diagnostics and keeps working; `glx` turns the first
// one into an InputError (cli/context.ts loadPolicy). Lives beside the config parser, not in cli/,
// so the language server does not depend on the CLI (issue 9, `npm run lint:deps`).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CONFIG_PATH, parseInvariantsConfig, type ConfigProblem } from './invariants-config';
import { Policy } from './policy';

/**
 * spec/invariants.yaml from the working tree: the policy built from its valid parts and the
 * problems found (the editor shows them as diagnostics and keeps working, spec §3.13).
 */
export function readPolicy(root: string): { policy: Policy; problems: ConfigProblem[] } {
  const file = path.join(root, CONFIG_PATH);
  if (!fs.existsSync(file)) return { policy: new Policy(), problems: [] };
  const { config, problems } = parseInvariantsConfig(fs.readFileSync(file, 'utf8'), CONFIG_PATH);
  return { policy: new Policy(config), problems };
}
