// Errors of the git adapter. Owns GitError (a git process failed or a user-supplied revision,
// range or directory is unusable) and PathEscapeError (a path would read outside the
// repository). Messages are one line, "<input>: <reason>", so the CLI can print them as they
// are and the LSP server can show them in a notification without further formatting.
// Both are GlxErrors (../errors.ts, docs/errors.md).
import { GlxError, type GlxErrorOptions } from '../errors';

export class GitError extends GlxError {
  override readonly name = 'GitError';
  /** Arguments of the git invocation that failed (empty when no process was involved). */
  readonly args: readonly string[];
  /** Exit code of git, or null when it was killed by a signal or did not start. */
  readonly exitCode: number | null;
  /** First non-empty line of git's stderr, without the `fatal: ` / `error: ` prefix. */
  readonly stderrLine: string;

  /**
   * Bad input by default (an unknown revision, a directory that is not a repository: the
   * historical exit 2); `kind` refines it (a missing directory is not-found, a broken reader internal).
   */
  constructor(message: string, opts: { args?: readonly string[]; exitCode?: number | null; stderr?: string } & GlxErrorOptions = {}) {
    super(message, { kind: opts.kind, input: opts.input, cause: opts.cause }, 'bad-input');
    this.args = opts.args ?? [];
    this.exitCode = opts.exitCode ?? null;
    this.stderrLine = firstStderrLine(opts.stderr ?? '');
  }
}

/** A repository-relative path that is absolute, climbs out with `..`, or resolves (via a symlink) outside the root. */
export class PathEscapeError extends GlxError {
  override readonly name = 'PathEscapeError';
  constructor(readonly path: string, reason = 'path escapes the repository root') {
    super(`${path}: ${reason}`, { input: path }, 'bad-input');
  }
}

export function firstStderrLine(stderr: string): string {
  for (const raw of stderr.split('\n')) {
    const line = raw.trim();
    if (line) return line.replace(/^(fatal|error|warning): /, '');
  }
  return '';
}

/**
 * Short reason for a failed git call, suitable after "<input>: ". Known git messages are
 * mapped to stable wording; anything else is git's own first stderr line.
 */
export function reasonFromStderr(stderr: string, exitCode: number | null): string {
  const line = firstStderrLine(stderr);
  if (/not a git repository/i.test(line)) return 'not a git repository';
  if (/must be run in a work tree/i.test(line)) return 'not inside a git work tree';
  if (/unknown revision|bad revision|not a valid object name|invalid object name|ambiguous argument|bad object|needed a single revision/i.test(line)) {
    return 'unknown revision';
  }
  if (/does not have any commits yet/i.test(line)) return 'the repository has no commits yet';
  if (line) return line;
  return exitCode === null ? 'git was terminated' : `git exited with code ${exitCode}`;
}
