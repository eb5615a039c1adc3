// The input of tokenization: a set of file changes with both versions' texts and analyses.
// Produced by adapters (git for the CLI, editor buffers for the language server); tokenize()
// itself does no I/O (spec STYLE: the engine never does I/O).
import type { FileAnalysis } from '../symbols/types';

export interface FileVersion {
  path: string;
  /** Decoded text (LF line endings). Undefined when skipped (binary / too large). */
  text?: string;
  skipped?: 'binary' | 'too-large';
  /** Present for languages with symbol-level support. */
  analysis?: FileAnalysis;
  /** Why the file is generated or minified (engine/generated.ts): analysed at file level, no analysis. */
  generated?: string;
}

export interface FileChange {
  status: 'A' | 'D' | 'M' | 'R' | 'C' | 'T';
  old?: FileVersion;
  new?: FileVersion;
  similarity?: number;
}

export interface ChangeSet {
  changes: FileChange[];
  /**
   * Does a path exist on a side? Used to resolve relative imports for ΔFAN_IN. When absent,
   * fan-in is computed only among the changed files. One function answers the same for a path
   * every time it is asked: consumers may remember its answers for as long as they hold it
   * (delta/emit-imports.ts does, across keystrokes; the editor's host hands out a new one when
   * the file lists or the open buffers change).
   */
  fileExists?: (side: 'old' | 'new', path: string) => boolean;
  /**
   * The caller will run again over the same base versions (the editor's host, keystroke after
   * keystroke): per-pair answers are remembered on the base analyses for those runs
   * (delta/pair-facts.ts). Left off by one-shot callers (the CLI, the history walk), where no run
   * reuses them: every pair would miss, copy its code lines into an entry and leave it on a base
   * analysis the version cache keeps.
   */
  rememberPairFacts?: boolean;
}
