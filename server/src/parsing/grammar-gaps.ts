// Valid TypeScript the bundled grammar cannot read (tree-sitter-typescript 0.23.2, the newest
// published; VS Code's own @vscode/tree-sitter-wasm 0.3.1 fails on the same, checked
// 2026-12-01): `export type * from` (TS 5.0) and variance annotations on type parameters
// (`interface X<in T>`, `<out T>`, `<in out T>`, TS 4.7), and a call or construct signature with
// type parameters on a line of its own after a member written without `;` — TypeScript reads
// type arguments only with no line break before `<`, the grammar reads `): R | void⏎<T>(…)` as
// `void<T>` (mobx 0521b59a77's `interface Flow`, an I3 FAIL). A parse error on such a line is the
// grammar's gap, not the author's mistake: I3 must not hold the file's hunks against the tokens
// (mosaic/phi.ts) and the editor must not call it a syntax error of the user's (docs/gates.md
// "A file the grammar cannot read"). Pure; patterns are matched on one line of code.
import type { Lang } from '../symbols/types';
import { sharedLineStarts } from '../util/line-starts';

const GAPS: { re: RegExp; what: string }[] = [
  { re: /\bexport\s+type\s+\*/, what: '`export type *` (TypeScript 5.0)' },
  { re: /[<,]\s*(?:in\s+out|in|out)\s+[A-Za-z_$][\w$]*\s*(?:[,>=]|extends\b)/, what: 'a variance annotation `in`/`out` (TypeScript 4.7)' },
];

/** A line that opens a call or construct signature with type parameters: `<R, A extends X[]>(`, `new <T>(`. */
const GENERIC_SIGNATURE_LINE = /^\s*(?:new\s*)?<[A-Za-z_$][\w$]*(?:\s+extends\b|\s*[,>=])/;

/**
 * What TypeScript construct the grammar cannot read on this line, or undefined. `next` is the
 * line after it: the grammar reports a generic signature's gap on the member line before it
 * (at `void`) or on the signature's own line.
 */
export function grammarGap(lang: Lang, line: string | undefined, next?: string): string | undefined {
  if (lang !== 'typescript' && lang !== 'tsx') return undefined;
  if (line === undefined) return undefined;
  for (const g of GAPS) if (g.re.test(line)) return g.what;
  if (GENERIC_SIGNATURE_LINE.test(line) || (next !== undefined && GENERIC_SIGNATURE_LINE.test(next))) {
    return 'a generic call signature on its own line after a member without `;`';
  }
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
  return problems.every((p) => grammarGap(lang, lineAt(text, p.line), lineAt(text, p.line + 1)) !== undefined);
}
