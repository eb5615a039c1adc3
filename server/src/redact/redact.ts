// The one redaction step (spec §3.11: secret values never reach any artifact, log, event or
// diagnostic; only a fingerprint and a redacted form). Every writer of signatures, snippets
// and evidence passes through it: the extractors (parameter defaults, decorators), the JSON
// artifact writer (`util/atomic-write.ts`), the ingest journal, EGDB rows and the language
// server's diagnostics/log. The redacted form keeps a short fingerprint of the value so a
// changed secret still reads as a change (`«redacted:aws-access-key:1a2b3c4d»`).
import { createHash } from 'node:crypto';
import { DETECTORS, SECRET_NAME } from './detectors';

const MARK = '«redacted:';

/** The redacted form of one secret value: detector id + 8 hex chars of its sha256. */
export function redactedForm(id: string, value: string): string {
  return `${MARK}${id}:${createHash('sha256').update(value).digest('hex').slice(0, 8)}»`;
}

// Cheap pre-filter: a string without any of these cannot match a detector.
const HINT = /PRIVATE KEY|A[KSGIRPN][A-Z]{2}[0-9A-Z]{16}|gh[pousr]_|github_pat_|glpat-|xox[abposr]-|[sr]k_(?:live|test)_|AIza|npm_|[=:]/i;

/** `text` with every detected secret value replaced by its redacted form. */
export function redactSecrets(text: string): string {
  if (text.length < 8 || !HINT.test(text)) return text;
  let out = text;
  for (const d of DETECTORS) {
    d.re.lastIndex = 0;
    if (!d.re.test(out)) continue;
    d.re.lastIndex = 0;
    out = out.replace(d.re, (match: string, ...groups: unknown[]) => {
      if (d.group === undefined) return match.includes(MARK) ? match : redactedForm(d.id, match);
      const value = groups[d.group - 1];
      if (typeof value !== 'string' || value.includes(MARK) || value.startsWith('«')) return match;
      const at = match.lastIndexOf(value);
      return match.slice(0, at) + redactedForm(d.id, value) + match.slice(at + value.length);
    });
  }
  return out;
}

/** A literal given to `name` (a parameter default, a keyword argument): redacted when the
 * literal itself is a secret or when the name says it holds one and the literal is a string. */
export function redactValue(name: string, literal: string): string {
  const r = redactSecrets(literal);
  if (r !== literal) return r;
  const m = /^(?:[rbuf]{0,2})(["'`])([^\n]{4,})\1$/is.exec(literal.trim());
  if (m && SECRET_NAME.test(name) && !m[2].startsWith('«')) return `${m[1]}${redactedForm('secret-assignment', m[2])}${m[1]}`;
  return literal;
}

/** A JSON-like value with every string (keys included) redacted; iterative, so a deeply nested
 * value cannot overflow the stack. Returns the same object when nothing was redacted. */
export function redactDeep<T>(value: T): T {
  if (typeof value === 'string') return redactSecrets(value) as unknown as T;
  if (value === null || typeof value !== 'object') return value;
  let changed = false;
  const root: { v: unknown } = { v: value };
  // Copy-on-write is awkward iteratively; instead collect (container, key) slots whose string
  // changes, then rebuild only if any did.
  const hits: { holder: Record<string | number, unknown>; key: string | number; next: string }[] = [];
  const stack: unknown[] = [value];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const e = v[i];
        if (typeof e === 'string') {
          const r = redactSecrets(e);
          if (r !== e) hits.push({ holder: v as unknown as Record<number, unknown>, key: i, next: r });
        } else if (e !== null && typeof e === 'object') stack.push(e);
      }
    } else {
      for (const k of Object.keys(v)) {
        const e = (v as Record<string, unknown>)[k];
        if (redactSecrets(k) !== k) changed = true;
        if (typeof e === 'string') {
          const r = redactSecrets(e);
          if (r !== e) hits.push({ holder: v as Record<string, unknown>, key: k, next: r });
        } else if (e !== null && typeof e === 'object') stack.push(e);
      }
    }
  }
  if (hits.length === 0 && !changed) return root.v as T;
  // Something must change: work on a structural copy (JSON round trip keeps artifacts' shape),
  // then redact that copy in place.
  const copy = JSON.parse(JSON.stringify(value, (_k, v: unknown) => (typeof v === 'string' ? redactSecrets(v) : v))) as T;
  return redactKeys(copy);
}

function redactKeys<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (const e of v) if (e !== null && typeof e === 'object') stack.push(e);
      continue;
    }
    const o = v as Record<string, unknown>;
    for (const k of Object.keys(o)) {
      const rk = redactSecrets(k);
      if (rk !== k) {
        o[rk] = o[k];
        delete o[k];
      }
      const e = o[rk];
      if (e !== null && typeof e === 'object') stack.push(e);
    }
  }
  return value;
}
