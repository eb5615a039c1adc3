// The `deny` rules of security/policy.yaml (spec §3.11 "extra patterns"): a team's own
// patterns (an internal host name, a banned API) matched per line. A rule marked `secret: true`
// is treated like a secret detector: its matches appear only in redacted form.
import picomatch from 'picomatch';
import { redactedForm, redactSecrets } from '../redact';
import { inlineSuppression, LineIndex } from './line-index';
import { categoryOfCwe } from './rules';
import type { SecurityPolicy } from './security-policy';
import { scrubValue } from './scrub';
import type { RawFinding } from './types';

export function scanDeny(file: string, text: string, policy: SecurityPolicy, lines?: ReadonlySet<number>, idx = new LineIndex(text)): RawFinding[] {
  const out: RawFinding[] = [];
  for (const rule of policy.deny) {
    if (rule.paths.length && !picomatch.isMatch(file, rule.paths, { dot: true })) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      const line = idx.lineOf(m.index);
      if (lines && !lines.has(line)) continue;
      const redacted = rule.secret ? redactedForm(rule.id, m[0]) : undefined;
      const raw = idx.line(line).trim().slice(0, 300);
      out.push({
        tool: 'policy',
        ruleId: rule.id,
        cwe: rule.cwe,
        severity: rule.severity,
        confidence: 'HIGH',
        category: rule.secret ? 'Secrets' : categoryOfCwe(rule.cwe, rule.message),
        message: redacted ? `${rule.message} (${redacted})` : rule.message,
        file,
        line,
        col: idx.colOf(m.index),
        endLine: idx.lineOf(m.index + m[0].length),
        snippet: redacted ? scrubValue(raw, m[0], rule.id) : redactSecrets(raw),
        secret: redacted ? { redacted } : undefined,
        fixHint: `Remove the match of the deny rule ${rule.id} (security/policy.yaml).`,
        tags: ['policy', rule.id],
        suppression: inlineSuppression(idx, line, rule.id),
      });
    }
  }
  return out;
}
