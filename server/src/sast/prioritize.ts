// Normalize, deduplicate and prioritize (spec §3.11): RawFindings of every producer → NF
// records with stable ids, bound to the change (`delta_bind` from the Δ engine's changed
// lines), to the AST (`ast_ref`: the enclosing symbol's uid) and to the mosaic (`mosaic_cell`),
// scored by the risk formula and sorted into the queues. Pure: the caller gathers the inputs.
//
//   risk = 1.0·sev + 0.7·conf + 0.7·reach + 0.3·delta_weight + 0.3·public_api + 0.2·category_bias + 1.2·secret
//   sev ∈ {.25,.5,.75,1} (LOW..CRITICAL), delta_weight 1.0/1.2/1.5 (unchanged/modified/added)
//   queues: block ≥ 1.8 > review ≥ 1.2 > fixable ≥ 0.8 > triage
// The spec leaves conf, reach and category_bias open; their values are documented in
// docs/sast.md ("Risk factors") and kept here in one table each.
import picomatch from 'picomatch';
import type { Policy } from '../config/policy';
import type { FileAnalysis, SymbolInfo } from '../symbols/types';
import { isTestPath } from '../symbols/analyze';
import { redactSecrets } from '../redact';
import { normalizeWs, sha256Hex } from '../util/hash';
import { RULES, tokenKindFor } from './rules';
import type { SecurityPolicy } from './security-policy';
import { SEVERITIES, type Confidence, type DeltaBind, type FindingCategory, type NormalizedFinding, type Queue, type RawFinding, type Severity } from './types';

export const SEV_SCORE: Record<Severity, number> = { LOW: 0.25, MEDIUM: 0.5, HIGH: 0.75, CRITICAL: 1 };
export const CONF_SCORE: Record<Confidence, number> = { LOW: 0.33, MEDIUM: 0.67, HIGH: 1 };
export const DELTA_WEIGHT: Record<DeltaBind, number> = { unchanged: 1.0, modified: 1.2, added: 1.5 };
export const CATEGORY_BIAS: Record<FindingCategory, number> = { Secrets: 1, Injection: 1, Deserialization: 0.8, Transport: 0.6, Crypto: 0.5, Code: 0.3 };
/** reach: 1 inside a public-API symbol (callers outside the module reach it), 0.5 elsewhere in
 * production code (module level, internal symbols), 0.2 in tests, fixtures and examples. */
export const REACH = { exposed: 1, internal: 0.5, test: 0.2 } as const;
export const QUEUE_THRESHOLDS: readonly [Queue, number][] = [['block', 1.8], ['review', 1.2], ['fixable', 0.8]];

/** The formula's highest value (every factor at its top): the Mosaic's findings layer divides by it. */
export const RISK_MAX = 1.0 * 1 + 0.7 * 1 + 0.7 * REACH.exposed + 0.3 * DELTA_WEIGHT.added + 0.3 + 0.2 * 1 + 1.2;

export function riskScore(f: { severity: Severity; confidence: Confidence; reach: number; delta_bind: DeltaBind; public_api: boolean; category: FindingCategory }): number {
  const r = 1.0 * SEV_SCORE[f.severity] + 0.7 * CONF_SCORE[f.confidence] + 0.7 * f.reach + 0.3 * DELTA_WEIGHT[f.delta_bind]
    + 0.3 * (f.public_api ? 1 : 0) + 0.2 * CATEGORY_BIAS[f.category] + 1.2 * (f.category === 'Secrets' ? 1 : 0);
  return Math.round(r * 1000) / 1000;
}

/** Why the score put a finding in its queue, in words ("risk 2.41 ≥ 1.8, the block threshold"). */
export function queueReason(risk: number, queue: Queue): string {
  const t = QUEUE_THRESHOLDS.find(([q]) => q === queue)?.[1];
  return t === undefined ? `risk ${risk.toFixed(2)} < 0.8, below every threshold` : `risk ${risk.toFixed(2)} ≥ ${t}, the ${queue} threshold`;
}

export function queueOf(risk: number): Queue {
  for (const [q, t] of QUEUE_THRESHOLDS) if (risk >= t) return q;
  return 'triage';
}

/** The change seen by the bridge: per head path, the added and the modified lines. */
export interface ChangedLines {
  added: Set<number>;
  modified: Set<number>;
}

export interface PrioritizeContext {
  policy: Policy;
  security: SecurityPolicy;
  /** Changed files of the Δ engine's change set (head paths); absent files are unchanged. */
  changed: ReadonlyMap<string, ChangedLines>;
  /** Head analyses (symbols) for ast_ref / public_api / reach. */
  analyses?: ReadonlyMap<string, FileAnalysis>;
  /** Head text lines, to fingerprint findings that came without a snippet (ESLint's SARIF). */
  lineText?: (file: string, line: number) => string | undefined;
  /** The mosaic cell id of a head line (§3.9, mosaic/findings.ts mosaicCellOf), when a layout is at hand. */
  cellOf?: (file: string, line: number) => string | undefined;
}

const B32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 (no padding) of a hex digest. */
export function base32Hex(hex: string): string {
  const bytes = Buffer.from(hex, 'hex');
  let out = '';
  let acc = 0;
  let bits = 0;
  for (const b of bytes) {
    acc = ((acc << 8) | b) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      out += B32_ALPHABET[(acc >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += B32_ALPHABET[(acc << (5 - bits)) & 31];
  return out;
}

/** Fingerprint of a (redacted) snippet: whitespace-insensitive. */
export function snippetFingerprint(snippet: string | undefined): string {
  return sha256Hex(normalizeWs(snippet ?? '')).slice(0, 16);
}

/** The identity of a finding across runs and line shifts: rule + file + snippet fingerprint. */
export function findingKey(rule: string, file: string, snippetFp: string): string {
  return `${rule}|${file}|${snippetFp}`;
}

export function bindOf(f: { line: number; endLine?: number }, c: ChangedLines | undefined): DeltaBind {
  if (!c) return 'unchanged';
  const end = Math.max(f.line, f.endLine ?? f.line);
  let modified = false;
  for (let l = f.line; l <= end; l++) {
    if (c.added.has(l)) return 'added';
    if (c.modified.has(l)) modified = true;
  }
  return modified ? 'modified' : 'unchanged';
}

function enclosing(a: FileAnalysis | undefined, line: number): SymbolInfo | undefined {
  let best: SymbolInfo | undefined;
  for (const s of a?.symbols ?? []) {
    if (s.range.line <= line && line <= s.range.endLine && (!best || s.range.line >= best.range.line)) best = s;
  }
  return best;
}

const sevRank = (s: Severity) => SEVERITIES.indexOf(s);

interface Prepared extends RawFinding {
  snippetFp: string;
}

/** Applies the policy's severity threshold and suppressions; returns the surviving findings. */
function applyPolicy(raw: RawFinding[], ctx: PrioritizeContext): RawFinding[] {
  const sp = ctx.security;
  const allow = sp.allowPaths.length ? picomatch(sp.allowPaths, { dot: true }) : undefined;
  const threshold = sevRank(sp.severityThreshold);
  return raw
    .filter((f) => sevRank(f.severity) >= threshold)
    .map((f) => {
      if (f.suppression) return f;
      if (allow?.(f.file)) return { ...f, suppression: { kind: 'allow_path' as const, reason: 'under allow_paths (security/policy.yaml)' } };
      const tag = sp.suppressTags.find((t) => t === f.ruleId || f.tags?.includes(t) || (t.startsWith('CWE-') && f.cwe === t));
      if (tag) return { ...f, suppression: { kind: 'tag' as const, reason: `suppress_tags: ${tag} (security/policy.yaml)` } };
      const entry = sp.suppress.find((s) => !s.id && s.rule === f.ruleId && (!s.path || picomatch.isMatch(f.file, s.path, { dot: true })));
      return entry ? { ...f, suppression: { kind: 'policy' as const, reason: entry.reason } } : f;
    });
}

/**
 * NF records of `raw` (every producer together), deduplicated on (file, line ± 2, rule or CWE,
 * snippet fingerprint), sorted by risk (highest first) then location.
 */
export function prioritize(raw: RawFinding[], ctx: PrioritizeContext): NormalizedFinding[] {
  const prepared: Prepared[] = applyPolicy(raw, ctx).map((f) => {
    const snippet = f.snippet ?? (ctx.lineText?.(f.file, f.line) !== undefined ? redactSecrets(ctx.lineText(f.file, f.line)!.trim()).slice(0, 300) : undefined);
    return { ...f, snippet, snippetFp: snippetFingerprint(snippet) };
  });
  // Strongest first, so the kept record is the most severe report of a duplicate group.
  prepared.sort((a, b) => sevRank(b.severity) - sevRank(a.severity) || (a.tool < b.tool ? -1 : a.tool > b.tool ? 1 : 0) || a.line - b.line);
  const groups: { head: Prepared; others: Prepared[] }[] = [];
  const byKey = new Map<string, { head: Prepared; others: Prepared[] }[]>();
  for (const f of prepared) {
    // Across tools a shared CWE names the same weakness (Bandit B602 and glx.py.shell-true); a
    // secret is the same finding when its value is (the hash in the redacted form, whatever the
    // detector's name), and two different secrets on one line stay two findings.
    const valueHash = f.secret ? /:([0-9a-f]{8})»$/.exec(f.secret.redacted)?.[1] : undefined;
    // (A secret's key leaves the snippet out: Gitleaks reports no source line, only the value.)
    const kinds = valueHash ? [`secret:${valueHash}`] : [f.ruleId, ...(f.cwe ? [f.cwe] : [])].map((k) => `${k}\u0000${f.snippetFp}`);
    let hit: { head: Prepared; others: Prepared[] } | undefined;
    for (const k of kinds) {
      hit = byKey.get(`${f.file}\u0000${k}`)?.find((g) => Math.abs(g.head.line - f.line) <= 2);
      if (hit) break;
    }
    if (hit) {
      hit.others.push(f);
      continue;
    }
    const g = { head: f, others: [] as Prepared[] };
    groups.push(g);
    for (const k of kinds) {
      const key = `${f.file}\u0000${k}`;
      byKey.set(key, [...(byKey.get(key) ?? []), g]);
    }
  }
  const ordinal = new Map<string, number>();
  const out: NormalizedFinding[] = [];
  for (const { head: f, others } of groups) {
    const all = [f, ...others];
    const confidence = all.map((x) => x.confidence).sort((a, b) => (a === 'HIGH' ? -1 : b === 'HIGH' ? 1 : a === 'MEDIUM' ? -1 : 1))[0];
    const delta_bind = bindOf(f, ctx.changed.get(f.file));
    const sym = enclosing(ctx.analyses?.get(f.file), f.line);
    const test = isTestPath(f.file) || /(^|\/)(fixtures?|examples?|samples?)\//.test(f.file);
    const public_api = !!sym?.public && !test;
    const reach = test ? REACH.test : public_api ? REACH.exposed : REACH.internal;
    const key = findingKey(f.ruleId, f.file, f.snippetFp);
    const n = ordinal.get(key) ?? 0;
    ordinal.set(key, n + 1);
    const id = `NF-${base32Hex(sha256Hex(n ? `${key}|${n}` : key))}`;
    const suppressEntry = ctx.security.suppress.find((s) => s.id === id);
    const suppression = f.suppression ?? others.find((o) => o.suppression)?.suppression ?? (suppressEntry ? { kind: 'policy' as const, reason: suppressEntry.reason } : undefined);
    const risk = riskScore({ severity: f.severity, confidence, reach, delta_bind, public_api, category: f.category });
    const denyPath = ctx.security.denyPaths.length && picomatch.isMatch(f.file, ctx.security.denyPaths, { dot: true });
    // deny_paths and rule ids listed in `deny:` block whatever the score; a suppression (with its reason) still wins.
    const deniedRule = ctx.security.denyRules.includes(f.ruleId);
    const queue: Queue = suppression ? 'triage' : denyPath || deniedRule ? 'block' : queueOf(risk);
    const queue_reason = suppression
      ? `suppressed (${suppression.kind}): ${suppression.reason}`
      : deniedRule ? `rule ${f.ruleId} is denied in security/policy.yaml`
      : denyPath ? `${f.file} is under deny_paths in security/policy.yaml`
      : queueReason(risk, queue);
    // On changed lines a finding is new until the caller compares with the base (change-scan.ts).
    const state = delta_bind === 'unchanged' ? 'unchanged' : 'new';
    out.push({
      id,
      tool: f.tool,
      rule_id: f.ruleId,
      cwe: f.cwe ?? null,
      severity: f.severity,
      confidence,
      category: f.category,
      message: redactSecrets(f.message),
      location: { file: f.file, line: f.line, col: f.col ?? 1, endLine: Math.max(f.line, f.endLine ?? f.line) },
      ast_ref: sym?.uid ?? null,
      mosaic_cell: ctx.cellOf?.(f.file, f.line) ?? null,
      delta_bind,
      module: ctx.policy.moduleOf(f.file),
      public_api,
      evidence: [...new Set([f.secret?.redacted, f.snippet, ...others.map((o) => `${o.tool}:${o.ruleId}`)].filter((e): e is string => !!e))].slice(0, 5),
      suppression: suppression ?? null,
      fingerprint: `sha256:${f.snippetFp}`,
      risk_score: risk,
      queue,
      queue_reason,
      fix_hint: f.fixHint ?? RULES[f.ruleId]?.fix ?? null,
      state,
      also_reported_by: [...new Set(others.map((o) => o.tool).filter((t) => t !== f.tool))].sort(),
      origin: f.origin ?? null,
      token_kind: tokenKindFor(f.ruleId, f.category, f.cwe),
    });
  }
  return out.sort((a, b) => b.risk_score - a.risk_score || (a.location.file < b.location.file ? -1 : a.location.file > b.location.file ? 1 : 0) || a.location.line - b.location.line || (a.id < b.id ? -1 : 1));
}
