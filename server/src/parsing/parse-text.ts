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
import type { Parser, Tree } from 'web-tree-sitter';

export const PARSE_CHUNK = 1024;

/** `parser.parse(text, old)` with reads answered PARSE_CHUNK characters at a time. */
export function parseText(parser: Parser, text: string, old?: Tree | null): Tree | null {
  let parsing = true;
  try {
    return parser.parse((index: number) => (parsing ? text.slice(index, index + PARSE_CHUNK) : text.slice(index)), old ?? null);
  } finally {
    parsing = false;
  }
}
