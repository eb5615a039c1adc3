// Links from editor surfaces to the user docs (issue 9: protocol by concern).
// Who talks to whom: the server puts these URLs into diagnostics (codeDescription) and hovers;
// the client and webviews only display them. No imports.
// Issue 15, bug 7: the links went to a website that does not exist. They now open the
// repository's own docs/ pages (spec §6: "codeDescription linking the docs"), with one anchor
// per token kind in docs/tokens.md, checked by test/unit/docs-links.test.ts.

/** The repository's docs/ folder as GitHub renders it (package.json `repository`). */
export const DOCS_BASE_URL = 'https://github.com/glitchlab/glitchlab-vscode/blob/main/docs';

/** The anchor of a token kind (or PARSE_ERROR) in docs/tokens.md: `MODIFY_SIG` → `modify_sig`, `ΔIMPORT` → `delta_import`. */
export function tokenDocsAnchor(kind: string): string {
  return kind.toLowerCase().replace(/δ/g, 'delta_');
}

/** The docs page of a token kind, used as a diagnostic's codeDescription. */
export function tokenDocsUrl(kind: string): string {
  // A plugin's namespaced kind (`acme.ROUTE_ADDED`, issue 16) is documented by its plugin; the
  // link says what plugin tokens are and where their manifest describes them.
  if (kind.includes('.')) return `${DOCS_BASE_URL}/plugins.md#plugin-tokens`;
  return `${DOCS_BASE_URL}/tokens.md#${tokenDocsAnchor(kind)}`;
}
