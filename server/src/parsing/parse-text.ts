// How a source text is handed to tree-sitter. web-tree-sitter's `parse(string)` answers every
// read of the parser with the whole rest of the text, of which its glue copies up to 5,119
// UTF-16 units into wasm memory with a JS loop — per read. An incremental parse after a
// keystroke reads ~20 scattered places of the file, so a 200 k-character buffer cost ~100 k
// characters copied per keystroke, for the few hundred the lexer looks at (webpack's
// lib/Compilation.js: 0.5 ms of the parse callback's own time per keystroke, issue 14). Reads
// are answered with PARSE_CHUNK characters instead: an incremental parse 1.1 → 0.8 ms median
// there, a full parse unchanged (each chunk is read whole either way; docs/benchmarks.md,
// seventh pass). Chunk boundaries never change a tree (tree-sitter asks again from where a
// chunk ends, also mid-character).
//
// The tree keeps the callback as its text source for `node.text` (web-tree-sitter getText),
// which reads from a node's start until it has the node's length: after the parse the callback
// answers with the whole rest again (a view of the string, not a copy), so a large node's text
// is one slice, not a concatenation of chunks.
//
// One gap of tree-sitter-typescript is closed here rather than reported: a generic call or
// construct signature on its own line after a type member written without `;` (`): Value⏎
// <R>(g: R): R` — the no-semicolon style of hono and mobx). TypeScript reads type arguments only
// without a line break before `<`; the grammar reads `Value<R>(…` and the whole file fails to
// parse, so the engine gave no token for it (held-out corpus hono dc0696f2: a getter removed and a
// constructor changed in such a file, four tokens missed). When a TS/TSX tree has an error and such
// a line is there, the text is parsed again with a `;` written into the signature line's
// indentation: the same length, so every offset, line and column stays, and node texts are read
// from the real text (the `;` reads as the space it replaced). TS 5.0's `export type *` and TS
// 4.7's variance annotations (`<in T>`) are closed the same way, by blanking `type` and `in`/`out`
// (zod's checks.ts and schemas.ts did not parse on either side of any commit).
import type { Parser, Tree } from 'web-tree-sitter';
import { isTypeScriptLanguage } from './languages';

export const PARSE_CHUNK = 1024;

/** `parser.parse(text, old)` with reads answered PARSE_CHUNK characters at a time. */
export function parseText(parser: Parser, text: string, old?: Tree | null): Tree | null {
  const tree = parseRaw(parser, text, text, old);
  if (!tree || !tree.rootNode.hasError || !isTypeScriptLanguage(parser.language)) return tree;
  const patched = withGrammarGapsClosed(text);
  if (patched === text) return tree;
  const again = parseRaw(parser, patched, text, null);
  // Only a tree the closing made whole is taken: a file with a real error keeps the text's own.
  if (!again || again.rootNode.hasError) {
    again?.delete();
    return tree;
  }
  tree.delete();
  return again;
}

/** Parses `lexed` (what the lexer reads); node texts afterwards are read from `text` (same length). */
function parseRaw(parser: Parser, lexed: string, text: string, old: Tree | null | undefined): Tree | null {
  let parsing = true;
  try {
    return parser.parse((index: number) => (parsing ? lexed.slice(index, index + PARSE_CHUNK) : text.slice(index)), old ?? null);
  } finally {
    parsing = false;
  }
}


/** TS 5.0's `export type * from` / `export type * as ns from`: the grammar reads it without `type`. */
const EXPORT_TYPE_STAR = /\bexport(\s+)type(?=\s+\*)/g;
/** TS 4.7's variance annotations (`<in T`, `, out T`, `<in out T>`): the grammar reads the parameter without them. */
const VARIANCE = /([<,]\s*)((?:in\s+out|in|out)\s+)(?=[A-Za-z_$][\w$]*\s*(?:[,>=]|extends\b))/g;
const blank = (s: string) => s.replace(/[^\r\n]/g, ' ');

/**
 * The text with the constructs valid TypeScript has and tree-sitter-typescript 0.23 cannot read
 * (grammar-gaps.ts) written so that it can, each the same length: a `;` before a generic call
 * signature line (withSignatureSeparators), `type` of `export type *` and the variance words
 * blanked. What the engine reads of them is unchanged: a re-export of `*`, a type parameter.
 */
export function withGrammarGapsClosed(text: string): string {
  let t = withSignatureSeparators(text);
  if (t.includes('type')) t = t.replace(EXPORT_TYPE_STAR, (_m, sp: string) => `export${sp}    `);
  if (t.includes('in ') || t.includes('out ') || t.includes('in\t') || t.includes('out\t')) t = t.replace(VARIANCE, (_m, lead: string, words: string) => lead + blank(words));
  return t;
}

/** An indented line opening a call or construct signature with type parameters: `  <R, A extends X[]>(`, `  new <T>(`. */
const SIGNATURE_LINE = /\n([ \t]+)(?:new\s*)?<[A-Za-z_$][\w$]*(?:\s+extends\b|\s*[,>=])/g;
/** How a type member's line may end for the `<` after it to be read as type arguments by the grammar. */
const MEMBER_END = /[\w$\])>'"`?]$/;

/**
 * The text with `;` in the last indentation column of every generic signature line that follows
 * a sibling member line (same indentation) ending in a type without a separator; the text itself
 * when there is none. A `<` line after `(`, `,`, `=`, an operator or a line indented otherwise
 * (an expression continued) is left alone.
 */
export function withSignatureSeparators(text: string): string {
  let out: string[] | undefined;
  let from = 0;
  SIGNATURE_LINE.lastIndex = 0;
  for (let m = SIGNATURE_LINE.exec(text); m; m = SIGNATURE_LINE.exec(text)) {
    const lineStart = m.index + 1;
    const indent = m[1];
    if (!opensSignature(text, lineStart + indent.length)) continue;
    const prev = previousLine(text, m.index);
    if (prev === undefined || !prev.startsWith(indent) || /^[ \t]/.test(prev.slice(indent.length))) continue;
    if (!MEMBER_END.test(prev.replace(/\s*\/\/.*$/, '').trimEnd())) continue;
    const at = lineStart + indent.length - 1;
    (out ??= []).push(text.slice(from, at), ';');
    from = at + 1;
  }
  if (!out) return text;
  out.push(text.slice(from));
  return out.join('');
}

/** Does the line from `at` (a `<`, or `new <`) close its type parameters and open a parameter list? */
function opensSignature(text: string, at: number): boolean {
  let i = text.indexOf('<', at);
  let depth = 0;
  for (; i < text.length && text[i] !== '\n'; i++) {
    const ch = text[i];
    if (ch === '<') depth++;
    else if (ch === '>' && text[i - 1] !== '=' && --depth === 0) break;
  }
  if (depth !== 0 || i >= text.length || text[i] !== '>') return false;
  for (i++; text[i] === ' ' || text[i] === '\t'; i++);
  return text[i] === '(';
}

/** The last non-blank line before the newline at `nl`, or undefined. */
function previousLine(text: string, nl: number): string | undefined {
  let end = nl;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (line.trim()) return line.replace(/\r$/, '');
    if (start === 0) return undefined;
    end = start - 1;
  }
  return undefined;
}
