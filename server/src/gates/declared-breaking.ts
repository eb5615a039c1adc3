// A breaking change the change itself declares (issue 17, docs/gates.md "Declared breaking
// changes"): Conventional Commits' `type(scope)!: …` header or a `BREAKING CHANGE: …` /
// `BREAKING-CHANGE: …` footer (conventionalcommits.org 1.0.0 §8, §13). The author announced
// the break where release tooling (changelogs, semantic-release, changesets) reads it, so I2's
// FAIL is reviewed, not blocked: an automatic override of I2 (spec §3.7: one level, never to
// ACCEPT), recorded like `--override` with the declaration as its reason. Off with
// `public_api.declared_breaking: false`. Pure.
import type { Override } from './aggregate';
import { redactSecrets } from '../redact/redact';

const HEADER = /^[A-Za-z][\w-]*(\([^()\n]*\))?!:\s*\S/;
const FOOTER = /^BREAKING[ -]CHANGE:\s*\S/;
const MAX_REASON = 160;

/** The line of `message` that declares a breaking change, or undefined. */
export function declaredBreakingLine(message: string): string | undefined {
  const lines = message.replace(/\r\n?/g, '\n').split('\n');
  if (HEADER.test(lines[0] ?? '')) return lines[0].trim();
  // Footers follow a blank line after the header (§8): the header alone never is one.
  for (const l of lines.slice(1)) if (FOOTER.test(l)) return l.trim();
  return undefined;
}

/** The override for the first commit (of those given) that declares a break, or undefined. */
export function declaredBreakingOverride(commits: readonly { sha: string; message: string }[]): Override | undefined {
  for (const c of commits) {
    const line = declaredBreakingLine(c.message);
    if (line === undefined) continue;
    // The message is the author's text: a secret pasted into it never reaches the report or EGDB.
    const clean = redactSecrets(line);
    const text = clean.length > MAX_REASON ? `${clean.slice(0, MAX_REASON - 1)}…` : clean;
    return { gate: 'I2', ticket: `declared in ${c.sha.slice(0, 10)}`, reason: `breaking change declared in the commit message: "${text}"` };
  }
  return undefined;
}
