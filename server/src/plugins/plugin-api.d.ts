// GlitchLab plugin API (spec §3.13, issue 16) — the typed declarations plugin authors code
// against. A plugin is an ES module (`.glx/plugins/<name>.mjs`, or a package named under
// `plugins:` in spec/invariants.yaml) that exports `manifest` and `detect` (or a default export
// holding both). It runs in a sandboxed Node process: no file-system writes, no child
// processes, no workers, no network, reads only inside the repository, a time limit per change
// and a memory limit (docs/plugins.md). Use from JavaScript with JSDoc:
//
//   /** @type {import('glitchlab/plugin-api').PluginManifest} */
//   export const manifest = { … };
//
// Everything here is plain JSON data: what `detect` receives is deep-frozen, what it returns is
// validated against the manifest before the engine sees it.

/** Token categories of spec §3.3 (a plugin kind picks one: it decides ΔZ doubling and sort order). */
export type Category = 'ast' | 'files' | 'deps' | 'flow' | 'types' | 'tests' | 'docs' | 'sec';

/** A token kind the plugin may emit. */
export interface TokenKindSpec {
  category: Category;
  /** Default weight per unit of magnitude (spec §3.6), between -1 and 2; overridable in spec/invariants.yaml `weights:`. */
  weight: number;
  /** One sentence: what the token means (shown by `glx plugins validate` and the docs). */
  description?: string;
}

export interface PluginManifest {
  /** Lower-case id, `[a-z][a-z0-9-]*` (≤ 40 characters): quarantine entries and `glx plugins run --sandbox NAME` use it. */
  name: string;
  /** Semantic version, `1.2.3`. */
  version: string;
  /**
   * Kinds the plugin may emit, namespaced `namespace.KIND` (`acme.ROUTE_ADDED`): a lower-case
   * namespace, a dot, an upper-case name. Built-in kinds never contain a dot.
   */
  tokens: Record<string, TokenKindSpec>;
  /** Globs of repo-relative paths the plugin wants (`src/**\/*.ts`, `**\/*.py`): only those files reach detect(). */
  files: string[];
  description?: string;
}

/** A symbol of one side of a file, as the engine's tree-sitter analysis found it (TS/JS/Python). */
export interface ChangeSymbol {
  name: string;
  /** `Klass.method`, `outer.inner`. */
  qualname: string;
  kind: 'fn' | 'class' | 'method';
  /** 1-based, inclusive. */
  line: number;
  endLine: number;
  /** One-line signature, e.g. `(a: number, b?: string): void`. */
  signature: string;
  exported: boolean;
}

/** One side (before = base, after = head) of a changed file. */
export interface ChangeSide {
  path: string;
  /** The file's text, LF line endings. */
  text: string;
  lineCount: number;
  /** `typescript`, `tsx`, `javascript`, `python` when the engine analyses the language. */
  language?: string;
  /** Empty for languages without symbol support. */
  symbols: ChangeSymbol[];
}

/** A hunk in `git diff -U0` terms; starts are 1-based, a zero-length side sits after its start line. */
export interface ChangeHunk {
  oldStart: number;
  oldLines: number;
  newStart: number;
  newLines: number;
}

export interface ChangedFile {
  /** git's status letter: Added, Deleted, Modified, Renamed, Copied, Type change. */
  status: 'A' | 'D' | 'M' | 'R' | 'C' | 'T';
  /** Head path (base path for a deleted file). */
  path: string;
  /** Base path when it differs (renames). */
  oldPath?: string;
  before?: ChangeSide;
  after?: ChangeSide;
  hunks: ChangeHunk[];
}

/** What detect() receives: the changed text files matching the manifest's `files` globs. */
export interface PluginChange {
  readonly files: readonly ChangedFile[];
}

/** JSON data (what `before`/`after` may hold). */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A token the plugin found. The engine adds schema, category, uid, module and weight. */
export interface PluginToken {
  /** One of the manifest's kinds. */
  kind: string;
  /** A path of a file given to detect() (ChangedFile.path). */
  file: string;
  /** 1-based line on `side`; must exist in that side's text. */
  line: number;
  /** Inclusive end line (default `line`). */
  endLine?: number;
  /** 0-based column (default 0). */
  col?: number;
  /** Which text `line` refers to: `after` (default) or `before` (removed code; mapped to the head line where it stood). */
  side?: 'before' | 'after';
  /** Qualified name the token is about (anchors the fingerprint; default: the file). */
  symbol?: string;
  /** Size of the change, 0–1000 (default 1); ΔZ adds weight × magnitude. */
  magnitude?: number;
  before?: JsonValue;
  after?: JsonValue;
  /** Up to 5 short strings saying why (shown in the Delta Inspector, redacted for secrets). */
  evidence?: string[];
}

export type DetectResult = PluginToken[] | Promise<PluginToken[]>;

export interface GlitchLabPlugin {
  manifest: PluginManifest;
  detect(change: PluginChange): DetectResult;
}
