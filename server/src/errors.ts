// The one error model of glx and the language server (docs/errors.md). Every error the product
// raises on purpose is a GlxError with one of four kinds; anything else (a Node errno error, a
// bug) is classified by toGlxError() at the edge. The kind decides the CLI exit code (one table,
// EXIT_CODES) and how the language server reports it; the message is ONE line that names the
// input (a flag, a file, a revision) and the reason — what a user sees, never a stack trace
// (stacks only with GLX_DEBUG=1: on stderr for the CLI, in the server log for the editor).
//
// Exit 1 is not an error: it stays reserved for "a gate says BLOCK" (glx invariants --ci,
// mosaic --strict-artifacts).

export type GlxErrorKind = 'bad-input' | 'not-found' | 'busy' | 'internal' | 'cancelled';

/**
 * Kind → exit code of `glx`. 2 is the historical "usage or bad input" contract; the others are
 * the BSD sysexits(3) codes for the same situations: EX_NOINPUT (66), EX_SOFTWARE (70),
 * EX_TEMPFAIL (75, "try again later").
 */
export const EXIT_CODES: Readonly<Record<GlxErrorKind, number>> = Object.freeze({
  'bad-input': 2,
  'not-found': 66,
  internal: 70,
  busy: 75,
  // Ctrl-C (or a Cancel button): 128 + SIGINT, the shell's convention. Nothing half-written
  // stays behind: every write is atomic, and long work checks its AbortSignal between steps.
  cancelled: 130,
});

/** Success, and "a gate says BLOCK" — the two exits that are not errors. */
export const EXIT_OK = 0;
export const EXIT_BLOCK = 1;

/** Set to 1 (or true/yes/on) to see stack traces: on stderr (glx) or in the server log (LSP). */
export const DEBUG_ENV = 'GLX_DEBUG';

export interface GlxErrorOptions {
  /** Overrides the class's kind for this instance (e.g. an InputError that is really "not found"). */
  kind?: GlxErrorKind;
  /** What the user gave that the error is about: `--base nope`, `a.png`, `spec/invariants.yaml`. */
  input?: string;
  /** The underlying error, kept for GLX_DEBUG output. */
  cause?: unknown;
}

export class GlxError extends Error {
  readonly kind: GlxErrorKind;
  readonly input?: string;

  constructor(message: string, opts: GlxErrorOptions = {}, defaultKind: GlxErrorKind = 'internal') {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.kind = opts.kind ?? defaultKind;
    if (opts.input !== undefined) this.input = opts.input;
    // Only for GLX_DEBUG stacks; a subclass may pin its own (bundlers can rename classes).
    if (!Object.prototype.hasOwnProperty.call(this, 'name')) this.name = new.target.name;
  }
}

/** Bad input (unreadable config, unknown revision, malformed file…); `kind` may say not-found instead. */
export class InputError extends GlxError {
  constructor(message: string, opts: GlxErrorOptions = {}) {
    super(message, opts, 'bad-input');
  }
}

/** A command line glx does not understand (unknown verb/flag, missing value): bad input. */
export class UsageError extends GlxError {
  constructor(message: string, opts: GlxErrorOptions = {}) {
    super(message, opts, 'bad-input');
  }
}

/** Long work stopped because the user asked (Ctrl-C on a TTY, Cancel in the editor). */
export class CancelledError extends GlxError {
  constructor(what: string) {
    super(`${what}: cancelled`, {}, 'cancelled');
  }
}

/** Throws CancelledError when `signal` is aborted (checked between the steps of long work). */
export function throwIfCancelled(signal: AbortSignal | undefined, what: string): void {
  if (signal?.aborted) throw new CancelledError(what);
}

export const isGlxError = (e: unknown): e is GlxError => e instanceof GlxError;

const BAD_INPUT_CODES: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory, expected a file',
  ENOTDIR: 'not a directory',
  ENAMETOOLONG: 'file name too long',
  ELOOP: 'too many levels of symbolic links',
};
const BUSY_CODES: Record<string, string> = {
  EBUSY: 'resource busy',
  ETXTBSY: 'file busy',
};

function firstLine(s: string): string {
  const line = s.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.trim();
}

/**
 * Any thrown value as a GlxError: GlxErrors as they are; Node file-system errors by their code
 * (ENOENT → not-found, EACCES/EPERM/EISDIR/ENOTDIR… → bad-input, EBUSY → busy), named after the
 * path; everything else is internal (a bug or an environment failure glx cannot explain).
 */
export function toGlxError(e: unknown): GlxError {
  if (e instanceof GlxError) return e;
  const err = e as (NodeJS.ErrnoException & { dest?: string }) | undefined;
  const code = err && typeof err === 'object' && typeof err.code === 'string' ? err.code : undefined;
  const where = err?.path ?? err?.dest;
  if (code === 'ENOENT' && where) return new GlxError(`${where}: no such file or directory`, { kind: 'not-found', input: where, cause: e });
  if (code && BAD_INPUT_CODES[code] && where) return new GlxError(`${where}: ${BAD_INPUT_CODES[code]}`, { kind: 'bad-input', input: where, cause: e });
  if (code && BUSY_CODES[code] && where) return new GlxError(`${where}: ${BUSY_CODES[code]}; try again`, { kind: 'busy', input: where, cause: e });
  const text = e instanceof Error ? firstLine(e.message) || e.name : firstLine(String(e));
  return new GlxError(`internal error: ${text || 'unknown failure'}`, { kind: 'internal', cause: e });
}

/**
 * The one line a user sees: the message (its first line), prefixed with the input when the
 * message does not already name it; internal errors say how to get the details.
 */
export function userMessage(e: unknown): string {
  const g = toGlxError(e);
  let msg = firstLine(g.message) || (g.kind === 'internal' ? 'internal error' : g.kind);
  if (g.input && !msg.includes(g.input)) msg = `${g.input}: ${msg}`;
  if (g.kind === 'internal' && !/GLX_DEBUG/.test(msg)) msg += ` (a bug or an environment failure: rerun with ${DEBUG_ENV}=1 for the stack trace and report it)`;
  return msg;
}

/** The exit code of `glx` for any thrown value. */
export function exitCodeOf(e: unknown): number {
  return EXIT_CODES[toGlxError(e).kind];
}

/** True when GLX_DEBUG asks for stack traces. */
export function debugEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return /^(1|true|yes|on)$/i.test(env[DEBUG_ENV]?.trim() ?? '');
}

/** The stack of e and of each cause (for GLX_DEBUG output and the server log; never for users). */
export function debugStack(e: unknown): string {
  const parts: string[] = [];
  const seen = new Set<unknown>();
  for (let cur: unknown = e; cur !== undefined && cur !== null && !seen.has(cur) && parts.length < 8; cur = (cur as { cause?: unknown }).cause) {
    seen.add(cur);
    const s = cur instanceof Error ? cur.stack ?? `${cur.name}: ${cur.message}` : String(cur);
    parts.push(parts.length ? `caused by: ${s}` : s);
    if (!(cur instanceof Error)) break;
  }
  return parts.join('\n');
}
