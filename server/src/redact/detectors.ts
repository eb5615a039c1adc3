// Secret detectors (spec §3.11: secret values never reach any artifact, log, event or
// diagnostic). One table, shared by the redaction step (`redact.ts`) that every writer of
// signatures, snippets and evidence passes through, and by the SAST bridge's secret scanner
// when it lands (it reports the detector id as the rule and the fingerprint as evidence).
//
// A detector is a regular expression over one string. `group` names the capture that is the
// secret value (the rest of the match is context, kept verbatim); without it the whole match
// is the secret. Expressions are linear (no nested quantifiers) so hostile input cannot make
// redaction slow.

export interface SecretDetector {
  /** Stable id, used in the redacted form and as the SAST rule id. */
  id: string;
  /** Global regex; must not be catastrophic. */
  re: RegExp;
  /** Capture group holding the secret value (default: the whole match). */
  group?: number;
}

/** Names that say "this holds a secret" (assignments, parameters, keyword arguments, keys). */
export const SECRET_NAME = /(?:pass(?:word|wd|phrase)?|pwd|secret|token|api[_-]?key|apikey|private[_-]?key|access[_-]?key|secret[_-]?key|auth[_-]?key|credentials?|client[_-]?secret|session[_-]?key)/i;

export const DETECTORS: readonly SecretDetector[] = [
  // PEM private keys, with or without their END line (a truncated block is still a key).
  { id: 'private-key', re: /-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----(?:[\s\S]{0,20000}?-----END [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----|[A-Za-z0-9+/=\s\\n]{0,20000})/g },
  // AWS access key ids (long-term AKIA, temporary ASIA, and the other documented prefixes).
  { id: 'aws-access-key', re: /\b(?:AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[0-9A-Z]{16}\b/g },
  // AWS secret access keys assigned to an aws-ish name.
  { id: 'aws-secret-key', re: /aws[_-]?secret[_-]?(?:access[_-]?)?key[^\n]{0,20}?[=:]\s*\\?["'`]?([A-Za-z0-9/+=]{40})/gi, group: 1 },
  // GitHub tokens: classic (ghp_, gho_, ghu_, ghs_, ghr_) and fine-grained PATs.
  { id: 'github-token', re: /\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\b/g },
  // GitLab, Slack, Stripe, Google API keys, npm tokens.
  { id: 'gitlab-token', re: /\bglpat-[A-Za-z0-9_-]{20,}\b/g },
  { id: 'slack-token', re: /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g },
  { id: 'stripe-key', re: /\b[sr]k_(?:live|test)_[A-Za-z0-9]{16,}\b/g },
  { id: 'google-api-key', re: /\bAIza[0-9A-Za-z_-]{35}\b/g },
  { id: 'npm-token', re: /\bnpm_[A-Za-z0-9]{36}\b/g },
  // A string literal given to a secret-looking name: `password = "…"`, `token: string = '…'`,
  // `api_key="…"`, `{"secret": "…"}`, `pw?: "…"`. The value (≥ 4 chars) is the secret.
  {
    id: 'secret-assignment',
    re: new RegExp(
      String.raw`(?:${SECRET_NAME.source})[\w$]*\\?["']?\??\s{0,4}(?::\s{0,4}[\w$.<>\[\]| ]{1,60}?\s{0,4})?(?:=|:|:=|=>)\s{0,4}(?:\\?["'\x60])([^"'\x60\\\n]{4,512})(?:\\?["'\x60])`,
      'gi',
    ),
    group: 1,
  },
];
