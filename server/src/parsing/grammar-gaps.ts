// Valid TypeScript the bundled grammar cannot read (tree-sitter-typescript 0.23.2, the newest
// published; VS Code's own @vscode/tree-sitter-wasm 0.3.1 fails on the same, checked
// 2026-12-01): `export type * from` (TS 5.0) and variance annotations on type parameters
// (`interface X<in T>`, `<out T>`, `<in out T>`, TS 4.7). A parse error on such a line is the
// grammar's gap, not the author's mistake: I3 must not hold the file's hunks against the tokens
// (mosaic/phi.ts) and the editor must not call it a syntax error of the user's (docs/gates.md
// "A file the grammar cannot read"). Pure; patterns are matched on one line of code.
import type { Lang } from '../symbols/types';
import { sharedLineStarts } from '../util/line-starts';

const GAPS: { re: RegExp; what: string }[] = [
  { re: /\bexport\s+type\s+\*/, what: '`export type *` (TypeScript 5.0)' },
  { re: /[<,]\s*(?:in\s+out|in|out)\s+[A-Za-z_$][\w$]*\s*(?:[,>=]|extends\b)/, what: 'a variance annotation `in`/`out` (TypeScript 4.7)' },
];

/** What TypeScript construct the grammar cannot read on this line, or undefined. */
export function grammarGap(lang: Lang, line: string | undefined): string | undefined {
  if (lang !== 'typescript' && lang !== 'tsx') return undefined;
  if (line === undefined) return undefined;
  for (const g of GAPS) if (g.re.test(line)) return g.what;
  return undefined;
}

/**
 * The 1-based line `n` of `text`. Through the shared line starts (util/line-starts.ts): in the
 * editor a broken buffer is judged on every keystroke, and its starts are already known.
 */
export function lineAt(text: string, n: number): string | undefined {
  const starts = sharedLineStarts(text);
  if (n < 1 || n > starts.length) return undefined;
  const end = n < starts.length ? starts[n] - 1 : text.length;
  return text.slice(starts[n - 1], end);
}

/** True when every parse problem of a version sits on a line the grammar cannot read (and there is one). */
export function onlyGrammarGaps(lang: Lang, text: string | undefined, problems: readonly { line: number }[]): boolean {
  if (text === undefined || !problems.length) return false;
  return problems.every((p) => grammarGap(lang, lineAt(text, p.line)) !== undefined);
}
