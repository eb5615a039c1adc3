// Turning a repo-relative path (from git, a config file or a client request) into an absolute
// path that is guaranteed to stay inside the repository's working tree. Owns the escape
// rules: no absolute paths, no `..` climbing out, no symlink (of the file or of any parent
// directory) resolving outside the root, nothing inside `.git/`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PathEscapeError } from './errors';

/**
 * Normalises a repo-relative POSIX path (`a/./b` → `a/b`); throws PathEscapeError when it is
 * not one. Paths are exactly as git stores them (issue 11 item 4): `/` is the only separator,
 * so a backslash is an ordinary character (`src/back\slash.ts` is one file in `src/`, and
 * `..\outside.ts` a file in the root, not a climb out of it).
 */
export function normalizeRepoPath(rel: string): string {
  if (rel === '' || rel.includes('\0')) throw new PathEscapeError(JSON.stringify(rel), 'not a valid repository path');
  if (rel.startsWith('/') || path.posix.isAbsolute(rel)) {
    throw new PathEscapeError(rel, 'absolute path, expected a repository-relative one');
  }
  const norm = path.posix.normalize(rel).replace(/\/+$/, '');
  if (norm === '..' || norm.startsWith('../')) throw new PathEscapeError(rel);
  if (norm === '.' || norm === '') throw new PathEscapeError(rel, 'not a file path');
  if (norm === '.git' || norm.startsWith('.git/')) throw new PathEscapeError(rel, 'path inside .git');
  return norm;
}

function isInside(child: string, root: string): boolean {
  return child === root || child.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

/**
 * Absolute, symlink-resolved location of `rel` under `realRoot` (which must itself be a
 * realpath). Returns undefined when the file does not exist; throws PathEscapeError when
 * it resolves outside the root.
 */
export async function resolveInsideRoot(realRoot: string, rel: string): Promise<string | undefined> {
  const norm = normalizeRepoPath(rel);
  const abs = path.join(realRoot, ...norm.split('/'));
  if (!isInside(abs, realRoot)) throw new PathEscapeError(rel);
  let real: string;
  try {
    real = await fs.promises.realpath(abs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw e;
  }
  if (!isInside(real, realRoot)) throw new PathEscapeError(rel, 'resolves outside the repository root (symlink)');
  return real;
}

/** Reads a working-tree file safely; undefined when it does not exist or is not a regular file. */
export async function readInsideRoot(realRoot: string, rel: string): Promise<Buffer | undefined> {
  const real = await resolveInsideRoot(realRoot, rel);
  if (real === undefined) return undefined;
  try {
    const st = await fs.promises.stat(real);
    if (!st.isFile()) return undefined;
    return await fs.promises.readFile(real);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return undefined;
    throw e;
  }
}
