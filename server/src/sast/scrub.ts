// Keeping secret values out of findings (spec §3.11: "secret values never reach any artifact,
// log, event or diagnostic: only a fingerprint and a redacted form"). The redaction step of
// `redact/` catches the detectors' patterns everywhere; findings add two cases it cannot see:
// a value the scanner knows is a secret but no detector pattern matches (an unquoted `.env`
// value, a short password a foreign tool reported), and foreign tools that quote the value in
// their message (Bandit B105: "Possible hardcoded password: 'hunter2'").
import { redactSecrets, redactedForm } from '../redact';

/** `text` with every occurrence of `value` replaced by its redacted form, then the detectors' pass. */
export function scrubValue(text: string, value: string, detector: string): string {
  const form = redactedForm(detector, value);
  return redactSecrets(value.length > 0 ? text.split(value).join(form) : text);
}

/** A foreign message or snippet about a secret: every quoted literal is taken as the value. */
export function scrubQuoted(text: string, detector = 'quoted'): string {
  return redactSecrets(text).replace(/(["'`])((?:(?!\1)[^\\\n]|\\.){1,512})\1/g, (m, q: string, v: string) => (v.startsWith('«redacted:') ? m : `${q}${redactedForm(detector, v)}${q}`));
}

/** Bits of Shannon entropy per character. */
export function entropy(s: string): number {
  if (!s) return 0;
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const c of counts.values()) {
    const p = c / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}
