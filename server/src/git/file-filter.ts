// Which files the engine analyses at all (spec §2: "Binary files, files over 2 MiB and
// ignored paths get none"), and how file bytes become text. Pure functions: no I/O, no git.
// `.gitignore` matching is git's job (GitRepo.isIgnored); `ignore:` globs of
// spec/invariants.yaml belong to the config module.

/** Directory names ignored at any depth (spec §2). */
export const IGNORED_DIRS: readonly string[] = ['.git', '.glx', 'node_modules', 'dist', 'build', 'out', 'coverage', '__pycache__', '.venv'];

const IGNORED_DIR_SET = new Set(IGNORED_DIRS);

/** Files larger than this get no tokens (spec §2). */
export const MAX_ANALYZED_BYTES = 2 * 1024 * 1024;

/** Like git's own heuristic (buffer_is_binary): a NUL byte within the first 8000 bytes. */
export const BINARY_SNIFF_BYTES = 8000;

/**
 * True when a repo-relative POSIX path lies inside one of the built-in ignored directories,
 * at any depth (`pkg/node_modules/x.js`). Only directory segments count: a file named
 * `build` is not ignored, `build/x` is. A trailing slash marks the path itself as a directory.
 */
export function isIgnoredPath(p: string): boolean {
  const isDir = p.endsWith('/');
  const segments = p.split('/').filter((s) => s !== '' && s !== '.');
  const dirCount = isDir ? segments.length : segments.length - 1;
  for (let i = 0; i < dirCount; i++) {
    if (IGNORED_DIR_SET.has(segments[i])) return true;
  }
  return false;
}

export function isBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, BINARY_SNIFF_BYTES);
  for (let i = 0; i < n; i++) if (buf[i] === 0) return true;
  return false;
}

export function isTooLarge(buf: Uint8Array | number): boolean {
  return (typeof buf === 'number' ? buf : buf.length) > MAX_ANALYZED_BYTES;
}

/** Whether the engine analyses this content at all (neither binary nor too large). */
export function isAnalyzableContent(buf: Uint8Array): boolean {
  return !isTooLarge(buf) && !isBinary(buf);
}

const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/**
 * Bytes → text for analysis: UTF-8 (invalid sequences become U+FFFD), a leading BOM dropped,
 * CRLF and lone CR normalised to LF, so that line numbers, hashes and fingerprints do not
 * depend on the platform's line endings (spec §3.5).
 */
export function decodeText(buf: Uint8Array): string {
  // TextDecoder with ignoreBOM=false strips a leading UTF-8 BOM.
  const text = utf8.decode(buf);
  return text.indexOf('\r') < 0 ? text : text.replace(/\r\n?/g, '\n');
}
