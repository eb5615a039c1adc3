// The nesting budget of the analysis (issue 11 item 2). The extractors walk syntax trees with
// recursive functions; a tree deeper than the budget (5,000 nested `[`, 10,000 `(`, 2,000
// nested `if`, a left-deep chain of 3,000 `+`) would overflow the stack ("Maximum call stack
// size exceeded": the CLI exiting 70, the language server dying). The tree builders
// (`syntax-snapshot.ts`, `py-flat.ts`) walk iteratively with a cursor and count the depth;
// past the budget they throw NestingTooDeep, and the driver (`analyze.ts`) analyses the whole
// file at file level: no symbols, one parse problem saying why, changed lines → MODIFY_FILE
// (spec §3.1: a file that cannot be analysed never makes its symbols look deleted).

/** Deepest syntax tree the extractors walk. Real code stays far below (a few dozen levels). */
export const MAX_TREE_DEPTH = 1000;

export class NestingTooDeep extends Error {
  constructor(readonly depth: number) {
    super(`nesting deeper than ${MAX_TREE_DEPTH} levels: analysed at file level (no symbols)`);
    this.name = 'NestingTooDeep';
  }
}
