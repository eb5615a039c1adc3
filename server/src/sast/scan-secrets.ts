// Built-in secret scanner (spec §3.11): private keys, cloud and API tokens of the common
// providers (the detector table of redact/detectors.ts, shared with the redaction step so what
// is found is also what is redacted), high-entropy strings given to secret-looking names, and
// `.env`-style files. Text-based on purpose: a key pasted into a comment or a string is leaked
// just the same, so comments are not exempt here (unlike the code patterns of scan-patterns.ts).
// A finding carries the redacted form (detector + 8 hex of sha256) and a redacted snippet: the
// value itself never leaves this function.
import * as path from 'node:path';
import { DETECTORS, SECRET_NAME, redactedForm } from '../redact';
import { RULES } from './rules';
import { entropy, scrubValue } from './scrub';
import { inlineSuppression, LineIndex, lineRanges } from './line-index';
import type { RawFinding } from './types';
import { flatCopy } from '../util/flat-strings';

export const SECRETS_TOOL = 'glx-secrets';

/** Values that are obviously not secrets: placeholders, templates, env lookups, masks. */
const PLACEHOLDER = /^(?:\$\{|\$\(|<[^>]*>$|%\(|\{\{)|changeme|change[-_ ]me|example|placeholder|your[-_ ]|xxxx|dummy|redacted|\*{3}|process\.env|os\.environ|getenv|^(?:true|false|null|none|undefined)$/i;

/**
 * Is `value` (given to a secret-looking name) plausibly a real secret? ≥ 8 characters, no
 * whitespace, not a placeholder, not a plain word or identifier (`"access_token"`,
 * `"Authorization"`), at least two character classes and ≥ 3 bits of entropy per character.
 */
export function looksLikeSecretValue(value: string): boolean {
  if (value.length < 8 || /\s/.test(value) || PLACEHOLDER.test(value)) return false;
  if (/^[a-z_.-]+$/i.test(value) && !/[A-Z].*[a-z]|[a-z].*[A-Z]/.test(value.replace(/[_.-]/g, ''))) return false;
  if (/^[A-Za-z][a-z]+(?:[A-Z][a-z]+)*$/.test(value)) return false; // CamelCase word
  if (/^[a-z]+(?:[A-Z][a-z0-9]*)+$/.test(value)) return false; // camelCase identifier
  if (/^(?:[./~]|[a-z]+:\/\/)/i.test(value) && !/:[^/@\s]+@/.test(value)) return false; // a path or URL without credentials
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(value)).length;
  return classes >= 2 && entropy(value) >= 3;
}

const ENV_FILE = /^\.env(?:\..+)?$|\.env$/i;

export function isEnvFile(file: string): boolean {
  return ENV_FILE.test(path.posix.basename(file));
}

/**
 * Secrets in `text` (the head version of `file`). `lines`: only hits on these 1-based lines
 * (the change's added/modified lines); all lines when undefined.
 */
export function scanSecrets(file: string, text: string, lines?: ReadonlySet<number>, idx = new LineIndex(text)): RawFinding[] {
  const out: RawFinding[] = [];
  const seen = new Set<string>();
  const spans: [number, number][] = [];
  const push = (detector: string, value: string, offset: number) => {
    const line = idx.lineOf(offset);
    if (lines && !lines.has(line)) return;
    const key = `${line}\u0000${value}`;
    if (seen.has(key)) return;
    seen.add(key);
    spans.push([offset, offset + value.length]);
    const rule = RULES[`glx.secret.${detector}`] ?? RULES['glx.secret.secret-assignment'];
    const redacted = redactedForm(detector, value);
    const endLine = idx.lineOf(offset + value.length);
    out.push({
      tool: SECRETS_TOOL,
      ruleId: rule.id,
      cwe: rule.cwe,
      severity: rule.severity,
      confidence: rule.confidence,
      category: rule.category,
      message: `${rule.title} (${redacted})`,
      file,
      line,
      col: idx.colOf(offset),
      endLine,
      snippet: scrubValue(idx.line(line).trim().slice(0, 300), value, detector),
      secret: { redacted },
      fixHint: rule.fix,
      tags: ['secret', detector],
      suppression: inlineSuppression(idx, line, rule.id),
    });
  };
  // On a change only the changed line ranges are searched (a PEM block added whole is one range).
  const regions: [number, number][] = lines ? lineRanges(lines).map(([a, b]) => [idx.offsetOf(a), idx.offsetOf(b + 1)]) : [[0, text.length]];
  const env = isEnvFile(file);
  for (const [from, to] of regions) {
    const part = from === 0 && to >= text.length ? text : text.slice(from, to);
    for (const h of regionHits(part, env, !!lines)) push(h.detector, h.value, from + h.at);
  }
  return out;
}

/**
 * The detectors' matches in one region of whole lines, offsets relative to it. They depend on the
 * region's text alone — every match lies inside it, and the overlap and same-line rules compare
 * matches of the same region — so the live scan's regions (the changed lines of a drifted buffer:
 * the same texts keystroke after keystroke, issue 14) are looked up by text (`memo`: regions of a
 * change only, never a whole file). Kept in memory only, never written anywhere: the values are
 * secrets.
 */
interface RegionHit {
  detector: string;
  value: string;
  at: number;
}
/** Regions longer than this are scanned, not kept; the memo holds at most MEMO_CHARS characters of keys. */
const MAX_REGION_CHARS = 4096;
const MEMO_CHARS = 1 << 20;
// One map per kind of file (.env rules or not), keyed by the region's text itself: a key built by
// concatenation would be a new string to flatten and hash for every region of every keystroke.
const regionMemos = { env: new Map<string, readonly RegionHit[]>(), code: new Map<string, readonly RegionHit[]>() };
let memoChars = 0;

function regionHits(part: string, env: boolean, memo: boolean): readonly RegionHit[] {
  const map = env ? regionMemos.env : regionMemos.code;
  const keep = memo && part.length <= MAX_REGION_CHARS;
  const known = keep ? map.get(part) : undefined;
  if (known) return known;
  const hits = detect(part, env);
  if (keep) {
    // Copies: `part` and the matched values are slices that would keep the whole buffer version alive.
    map.set(flatCopy(part), hits.map((h) => ({ ...h, value: flatCopy(h.value) })));
    memoChars += part.length;
    while (memoChars > MEMO_CHARS) {
      const from = regionMemos.code.size ? regionMemos.code : regionMemos.env;
      const oldest = from.keys().next().value as string;
      from.delete(oldest);
      memoChars -= oldest.length;
    }
  }
  return hits;
}

function detect(part: string, env: boolean): RegionHit[] {
  const out: RegionHit[] = [];
  const spans: [number, number][] = [];
  const seen = new Set<string>();
  const push = (detector: string, value: string, at: number) => {
    // One finding per line and value (as scanSecrets keys them; the line counted within the region: hits are rare).
    let line = 0;
    for (let i = part.indexOf('\n'); i >= 0 && i < at; i = part.indexOf('\n', i + 1)) line++;
    const key = `${line}\u0000${value}`;
    if (seen.has(key)) return;
    seen.add(key);
    spans.push([at, at + value.length]);
    out.push({ detector, value, at });
  };
  for (const d of DETECTORS) {
    d.re.lastIndex = 0;
    for (let m = d.re.exec(part); m; m = d.re.exec(part)) {
      if (m[0].length === 0) {
        d.re.lastIndex++;
        continue;
      }
      const value = d.group === undefined ? m[0] : m[d.group];
      if (typeof value !== 'string' || value.startsWith('«redacted:')) continue;
      if (d.id === 'secret-assignment' && !looksLikeSecretValue(value)) continue;
      const offset = d.group === undefined ? m.index : m.index + m[0].lastIndexOf(value);
      // A value another detector already named (an AWS key in `secret = "AKIA…"`) is one finding.
      if (d.id === 'secret-assignment' && spans.some(([a, b]) => offset < b && a < offset + value.length)) continue;
      push(d.id, value.trimEnd(), offset);
    }
  }
  if (env) {
    // KEY=value lines (optionally `export`, quoted or not) whose key names a secret.
    const re = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=[ \t]*(["']?)([^\n"'#]*?)\2[ \t]*(?:#.*)?$/gm;
    for (let m = re.exec(part); m; m = re.exec(part)) {
      const [, key, , value] = m;
      if (!SECRET_NAME.test(key) || value.length < 6 || PLACEHOLDER.test(value)) continue;
      const offset = m.index + m[0].indexOf(value, m[0].indexOf('=') + 1);
      if (spans.some(([a, b]) => offset < b && a < offset + value.length)) continue;
      push('env-file', value, offset);
    }
  }
  return out;
}
