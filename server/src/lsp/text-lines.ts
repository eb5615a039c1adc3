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
