// The contract between the analysis driver (analyze.ts: top-level chunks, chunk cache, absolute
// positions) and the per-language extractors (typescript.ts, python.ts). Types only, so both
// sides import it without depending on each other.
import type { Node } from 'web-tree-sitter';
import type {
  ExportAlias, FileAnalysis, ImportInfo, Lang, ParseProblem, SymbolInfo, TypeDecl,
} from './types';

/**
 * What an extractor reports for one top-level node. Every line number is RELATIVE to the
 * node's start row (0 = the node's first line, so absolute 1-based line = rel + startRow + 1);
 * columns are absolute. `uid`, `exported` (when decided at file level) and `public` are filled
 * by finishFile/the driver.
 */
export interface ChunkResult {
  symbols: SymbolInfo[];
  types: TypeDecl[];
  imports: ImportInfo[];
  exportAliases: ExportAlias[];
  /** Names exported by this statement without a declaration (`export { a }`, `module.exports = { a }`). */
  exportedNames: string[];
  /** Python `__all__ = [...]` found in this statement. */
  dunderAll?: string[];
  testCases: number;
  /** Relative rows holding only comments. */
  commentOnlyRows: number[];
  /** Code tokens per relative row (comments dropped), joined with single spaces. */
  codeRows: string[];
  parseErrors: ParseProblem[];
}

export interface LanguageExtractor {
  /** Analyse one top-level node. `src` is the whole file text. */
  chunk(node: Node, src: string, lang: Lang, path: string): ChunkResult;
  /**
   * File-level pass after all chunks are placed: decide `exported` from exportedNames /
   * dunderAll, `public` per spec §3.7 I2, and anything else needing the whole file.
   */
  finish(file: FileAnalysis, exportedNames: Set<string>, isTestFile: boolean): void;
}
