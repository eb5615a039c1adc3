// Links from editor surfaces to the user docs (issue 9: protocol by concern).
// Who talks to whom: the server puts these URLs into diagnostics (codeDescription) and hovers;
// the client and webviews only display them. No imports.

export const DOCS_BASE_URL = 'https://glitchlab.dev/docs';

/** The docs page of a token kind or gate, used as a diagnostic's codeDescription. */
export function tokenDocsUrl(kind: string): string {
  return `${DOCS_BASE_URL}/tokens#${encodeURIComponent(kind)}`;
}
