// The token catalogue of spec §3.3: every kind, its category and its default weight per unit
// of magnitude. Weights can be overridden per module and per path (spec §3.6, config/).

export type Category = 'ast' | 'files' | 'deps' | 'flow' | 'types' | 'tests' | 'docs' | 'sec';

/** Category order used by normalize's stable sort (spec §3.4 step 3). */
export const CATEGORY_ORDER: readonly Category[] = ['ast', 'files', 'deps', 'flow', 'types', 'tests', 'docs', 'sec'];

export const TOKEN_KINDS = {
  ADD_FN: { category: 'ast', weight: 0.08 },
  DEL_FN: { category: 'ast', weight: 0.35 },
  RENAME_FN: { category: 'ast', weight: 0.12 },
  // 0.22 breaking / 0.08 compatible (meta.compatible, signature-compat.ts; overrides: Policy.weightOf).
  MODIFY_SIG: { category: 'ast', weight: 0.22, compatibleWeight: 0.08 },
  MODIFY_BODY: { category: 'ast', weight: 0.03 },
  EXTRACT_FN: { category: 'ast', weight: 0.1 },
  INLINE_FN: { category: 'ast', weight: 0.1 },
  MOVE_SYMBOL: { category: 'ast', weight: 0.15 },
  ADD_CLASS: { category: 'ast', weight: 0.1 },
  DEL_CLASS: { category: 'ast', weight: 0.4 },
  RENAME_CLASS: { category: 'ast', weight: 0.15 },
  ADD_TYPE: { category: 'types', weight: 0.04 },
  DEL_TYPE: { category: 'types', weight: 0.25 },
  MODIFY_TYPE: { category: 'types', weight: 0.1 },
  'ΔTOPLEVEL': { category: 'flow', weight: 0.03 },
  ADD_FILE: { category: 'files', weight: 0.04 },
  DEL_FILE: { category: 'files', weight: 0.2 },
  RENAME_FILE: { category: 'files', weight: 0.06 },
  MOVE_FILE: { category: 'files', weight: 0.08 },
  SPLIT_FILE: { category: 'files', weight: 0.2 },
  MERGE_FILE: { category: 'files', weight: 0.2 },
  MODIFY_FILE: { category: 'files', weight: 0.02 },
  'ΔIMPORT': { category: 'deps', weight: 0.05 },
  'ΔDEPENDENCY': { category: 'deps', weight: 0.15 },
  'ΔFAN_IN': { category: 'deps', weight: 0.02 },
  'ΔFAN_OUT': { category: 'deps', weight: 0.02 },
  'ΔCC': { category: 'flow', weight: 0.05 },
  'ΔLOOP_NEST': { category: 'flow', weight: 0.05 },
  'ΔBRANCHING': { category: 'flow', weight: 0.02 },
  'ΔASYNC_AWAIT': { category: 'flow', weight: 0.03 },
  'ΔEXCEPT_BLOCKS': { category: 'flow', weight: 0.02 },
  'ΔTYPE_HINTS': { category: 'types', weight: 0.02 },
  'ΔTESTS': { category: 'tests', weight: 0.1 },
  'ΔREADME': { category: 'docs', weight: 0 },
  'ΔSPEC': { category: 'docs', weight: 0.01 },
  DOC_PUBLIC_API: { category: 'docs', weight: 0.01 },
  'ΔCOMMENTS': { category: 'docs', weight: 0 },
  SAST_FINDING: { category: 'sec', weight: 0.2 },
  SECRETS_FOUND: { category: 'sec', weight: 0.5 },
  SHELL_TRUE: { category: 'sec', weight: 0.2 },
  CRYPTO_WEAK: { category: 'sec', weight: 0.1 },
} as const satisfies Record<string, { category: Category; weight: number; compatibleWeight?: number }>;

/** A built-in kind of the catalogue above (the closed set the engine's emitters use). */
export type TokenKind = keyof typeof TOKEN_KINDS;

/**
 * A kind contributed by a plugin (spec §3.13, issue 16): always namespaced, `acme.ROUTE_ADDED`.
 * Built-in kinds never contain a dot, so the two sets cannot collide; code that indexes
 * TOKEN_KINDS must first narrow with isTokenKind (the compiler enforces it).
 */
export type PluginTokenKind = `${string}.${string}`;

/** Any kind a DeltaToken may carry: built-in or namespaced plugin kind. */
export type AnyTokenKind = TokenKind | PluginTokenKind;

/** `namespace.KIND`: a lower-case namespace, a dot, an upper-case kind name (docs/plugins.md). */
export const PLUGIN_KIND_RE = /^[a-z][a-z0-9-]{0,31}\.[A-Z][A-Z0-9_]{0,63}$/;

export function isTokenKind(k: string): k is TokenKind {
  return Object.prototype.hasOwnProperty.call(TOKEN_KINDS, k);
}

export function isPluginTokenKind(k: string): k is PluginTokenKind {
  return PLUGIN_KIND_RE.test(k);
}

/**
 * Weight variants the table states inline (spec §3.3): loosened type hints, added tests; a
 * compatible MODIFY_SIG is TOKEN_KINDS.MODIFY_SIG.compatibleWeight.
 */
export const TYPE_HINTS_LOOSEN_WEIGHT = 0.04;
export const TESTS_ADDED_WEIGHT = -0.02;

/**
 * Tokens that record a span with no semantic change (comments, whitespace, formatting, import
 * order). They keep "every changed line is explained" true but stay out of the fingerprint
 * (spec §3.5: reformatting, comments and import reordering do not change fp).
 */
export function isNonSemantic(kind: string): boolean {
  return kind === 'ΔCOMMENTS';
}
