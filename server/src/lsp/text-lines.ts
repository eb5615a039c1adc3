// `text.split('\n')` shared by the diagnostics of one publish (issue 14, fourth pass): the token,
// SAST and gate diagnostics of a file each split the whole buffer to clamp ranges to line
// lengths — three 6,500-line splits per keystroke in webpack's Compilation.js. The last split is
// kept per text; the callers only read it.
let last: { text: string; lines: readonly string[] } | undefined;

export function textLines(text: string): readonly string[];
export function textLines(text: string | undefined): readonly string[] | undefined;
export function textLines(text: string | undefined): readonly string[] | undefined {
  if (text === undefined) return undefined;
  if (last?.text !== text) last = { text, lines: text.split('\n') };
  return last.lines;
}

/**
 * The lines of a file as a publish reads them (issue 14, fifth pass): the host's kept lines of
 * an open buffer when it has them (HostSnapshot.linesOf: no split at all), else textLines. The
 * kept lines lack text.split's last empty string after a final newline; every caller reads a
 * line past the end as empty, so both give the same ranges.
 */
export function fileLines(snap: { textOf(path: string): string | undefined; linesOf?(path: string): readonly string[] | undefined }, file: string): readonly string[] | undefined {
  return snap.linesOf?.(file) ?? textLines(snap.textOf(file));
}
