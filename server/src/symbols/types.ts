// What the engine knows about one version of one source file (spec §3.1).
// Produced by the per-language extractors (typescript.ts, python.ts) from a tree-sitter tree;
// consumed by pairing and tokenization (delta/). Pure data: no tree-sitter objects leak out,
// so analyses can be cached, serialised to ast_index.json and compared across versions.

export type Lang = 'typescript' | 'tsx' | 'javascript' | 'python';

/** 1-based lines, 0-based columns (spec §3.3: "Lines are 1-based"). endLine inclusive. */
export interface Span {
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

export interface Param {
  name: string;
  /** `x?: T` in TS, or a parameter with a default value. */
  optional: boolean;
  hasDefault: boolean;
  /** `...args` / `*args` / `**kwargs`. */
  rest: boolean;
  /** Python `**kwargs` (rest is also true). */
  kwRest?: boolean;
  /** Python parameters after a bare `*` or `*args`. */
  kwOnly: boolean;
  /** Python parameters before `/`. */
  posOnly?: boolean;
  /** Type annotation text, whitespace-normalised; undefined when not annotated. */
  type?: string;
  /** Default value text, whitespace-normalised. */
  defaultText?: string;
}

export interface Signature {
  params: Param[];
  returnType?: string;
  async: boolean;
  generator: boolean;
  /** Decorator texts without the `@`, whitespace-normalised, in source order. */
  decorators: string[];
  /** Method flavour that changes the calling convention (spec §3.3 MODIFY_SIG kind). */
  callKind?: 'static' | 'classmethod' | 'property' | 'getter' | 'setter';
  /** One-line rendering for hovers/reports, e.g. `(a: number, b?: string): void`. */
  text: string;
}

export interface SymbolMetrics {
  /** Cyclomatic complexity: 1 + decision points (if, loops, case, catch, &&, ||, ??, ternary). */
  cc: number;
  loopNest: number;
  branches: number;
  awaits: number;
  tries: number;
  typeAnnotations: number;
}

export type SymbolKind = 'fn' | 'class' | 'method';

export interface SymbolInfo {
  kind: SymbolKind;
  name: string;
  /** `outer.inner`, `Klass.method`, `Klass.#parse`, `Foo.bar` for prototype assignments. */
  qualname: string;
  /** Qualname of the enclosing named symbol, if any. */
  container?: string;
  /** Whole declaration, including decorators and the doc comment's own lines are NOT included. */
  range: Span;
  /** Range of the signature (name … up to the body opening). */
  sigRange: Span;
  /** Range of the body (block / suite); undefined for bodiless declarations (overloads, abstract). */
  bodyRange?: Span;
  signature: Signature;
  /**
   * A function declared only by bodiless overload signatures (`.d.ts`, `declare`): the signatures
   * after the first, in source order (`signature` is the first). Absent otherwise.
   */
  overloads?: Signature[];
  /** Exported from the module (TS/JS) or part of the module's public names (Python). */
  exported: boolean;
  /** Belongs to the public API as defined in spec §3.7 I2 (set by the extractor for the file). */
  public: boolean;
  hasDoc: boolean;
  /** sha256 hex of the doc comment text (normalised) — empty string when none. */
  docHash: string;
  /** Doc comment contains `@deprecated`, or Python body warns DeprecationWarning / has @deprecated. */
  deprecated: boolean;
  /** sha256 hex of the body's token texts, comments/whitespace dropped, own name removed. */
  bodyHash: string;
  /** Body token texts (own name removed) for Jaccard / containment similarity. */
  bodyTokens: string[];
  /** Names called inside the body (callee identifiers / last member name), deduplicated. */
  calls: string[];
  metrics: SymbolMetrics;
  /** `AST::<path>@<line>:<col>#<8 hex>` (spec §3.1). */
  uid: string;
}

export type TypeDeclKind = 'interface' | 'alias' | 'enum' | 'typeddict' | 'protocol' | 'pyenum';

export interface TypeMember {
  name: string;
  optional: boolean;
  /** Type text or enum value text, whitespace-normalised. */
  type?: string;
}

export interface TypeDecl {
  kind: TypeDeclKind;
  name: string;
  qualname: string;
  range: Span;
  exported: boolean;
  public: boolean;
  members: TypeMember[];
  /** sha256 of the normalised declaration text (comments/whitespace dropped). */
  hash: string;
  uid: string;
}

export interface ImportInfo {
  /** Module specifier as written: `./util`, `react`, `os.path`, `.models`. */
  spec: string;
  /** Imported names (`default`, `*`, or the bound names); informational. */
  names: string[];
  /**
   * Only when an import renames what it takes (`import { a as b }`, `from m import a as b`): the
   * names as the source module declares them, parallel to `names`. §3.2's import evidence for a
   * move matches the added symbol's own name, which an alias hides (held-out batch 15a, graphql-js
   * e95ea9b7: `import { collectSubfields as _collectSubfields } from './collectFields'`).
   */
  imported?: string[];
  line: number;
  endLine: number;
}

/** Names a module re-exports or aliases, used by I2 to recognise kept old names. */
export interface ExportAlias {
  /** Exported name. */
  name: string;
  /** Local or imported name it refers to. */
  target: string;
  /** Module it comes from, for re-exports (`export { a as b } from './x'`). */
  from?: string;
}

export interface ParseProblem {
  line: number;
  col: number;
  message: string;
}

export interface FileAnalysis {
  path: string;
  lang: Lang;
  /** False when tree-sitter reported ERROR/MISSING nodes. */
  ok: boolean;
  parseErrors: ParseProblem[];
  lineCount: number;
  symbols: SymbolInfo[];
  types: TypeDecl[];
  imports: ImportInfo[];
  exportAliases: ExportAlias[];
  /** Python `__all__` when statically present. */
  dunderAll?: string[];
  /** Number of test cases (`it(`/`test(` calls, `def test_*`). 0 for non-test files. */
  testCases: number;
  /** 1-based lines that hold only comments (and whitespace). */
  commentOnlyLines: number[];
  /**
   * Per line, the code tokens on that line with comments dropped, joined by a single space
   * (index 0 = line 1). Lets tokenization tell a comment/whitespace-only change (ΔCOMMENTS)
   * from a code change, and lets the fingerprint ignore reformatting.
   */
  codeLines: string[];
}
