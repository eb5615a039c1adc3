// What every repository-bound `glx` verb needs: the workspace of the application layer
// (app/workspace.ts: repository, validated policy, .glx/). Kept as the CLI's names for it.
import { openWorkspace, type OpenOptions, type Workspace } from '../app/workspace';
import { ensureGlxDir } from '../util/glx-dir';

export { InputError } from '../errors';
export type { Workspace as CliContext } from '../app/workspace';
export { loadPolicy, readPolicy } from '../config/read-policy';

/** The workspace of `dir`; its `.glx/` gets its `.gitignore` (`*`) on first use (issue 15). */
export async function openContext(dir: string | undefined, opts?: OpenOptions): Promise<Workspace> {
  const ws = await openWorkspace(dir, opts);
  glxFirstUse(ws.glxDir);
  return ws;
}

/** `.glx/` and its `.gitignore` on first use; a read-only checkout is no error here (a verb that writes reports its own). */
export function glxFirstUse(glxDir: string): void {
  try {
    ensureGlxDir(glxDir);
  } catch {
    /* see above */
  }
}
