// `.glx/` is GlitchLab's working directory in the user's repository (spec §4). Issue 15, bug 6:
// it showed up untracked in `git status`. Like pytest's `.pytest_cache`, the directory gets a
// `.gitignore` holding `*` on first use — written by `glx` and, in trusted workspaces only, by
// the language server (an untrusted workspace is never written to, docs/client.md). An
// existing `.gitignore` is never touched: a team that tracks some artifacts (a frozen
// `spec_state.json` for CI) edits it (`*` then `!spec_state.json`) and keeps its version.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const GLX_GITIGNORE = '# Written by GlitchLab on first use: .glx/ holds generated artifacts (README "The .glx/ directory").\n*\n';

/** Creates `glxDir` and its `.gitignore` when missing; true when the `.gitignore` was written now. */
export function ensureGlxDir(glxDir: string): boolean {
  fs.mkdirSync(glxDir, { recursive: true });
  const file = path.join(glxDir, '.gitignore');
  if (fs.existsSync(file)) return false;
  try {
    // 'wx': create only — two processes starting at once cannot both write (or clobber a user's file).
    fs.writeFileSync(file, GLX_GITIGNORE, { flag: 'wx' });
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
}
