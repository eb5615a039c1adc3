// What every repository-bound `glx` verb needs: the repository (cwd or --repo), the loaded and
// validated spec/invariants.yaml, the compiled policy, and the .glx/ directory.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Policy } from '../config/policy';
import { readPolicy } from '../config/read-policy';
import { GitRepo } from '../git';
import { initParsers } from '../parsing/languages';

/** Bad input (unreadable config, unknown revision…): one line, exit 2. */
export class InputError extends Error {}

export interface CliContext {
  repo: GitRepo;
  policy: Policy;
  glxDir: string;
}

export async function openContext(repoFlag: string | undefined): Promise<CliContext> {
  const dir = path.resolve(repoFlag ?? process.cwd());
  if (!fs.existsSync(dir)) throw new InputError(`${dir}: no such directory`);
  const repo = await GitRepo.open(dir);
  const policy = loadPolicy(repo.root);
  await initParsers();
  return { repo, policy, glxDir: path.join(repo.root, '.glx') };
}

// readPolicy moved beside the config parser (server/src/config/read-policy.ts) so the language
// server need not import cli/; re-exported for the CLI verbs that import it from here.
export { readPolicy };

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
