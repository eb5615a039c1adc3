// The SAST bridge's records (spec §3.11). A RawFinding is what one producer says (an ingested
// SARIF result, a Bandit or Gitleaks entry, a built-in scanner hit), already scrubbed of
// secret values; normalize.ts turns RawFindings into NF records (`NormalizedFinding`) with
// stable ids, the Δ binding, the risk score and the queue.
import type { TokenKind } from '../delta/catalogue';

export const SEVERITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const CONFIDENCES = ['LOW', 'MEDIUM', 'HIGH'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** Categories used for the bias term of the risk formula and for `jq` filters (§3.11). */
export type FindingCategory = 'Secrets' | 'Injection' | 'Crypto' | 'Deserialization' | 'Transport' | 'Code';

export interface RawFinding {
  /** The producing tool: a SARIF driver name, `bandit`, `gitleaks`, `glx-secrets`, `glx-patterns`, `policy`. */
  tool: string;
  ruleId: string;
  cwe?: string;
  severity: Severity;
  confidence: Confidence;
  category: FindingCategory;
  /** Message with every secret value replaced by its redacted form. */
  message: string;
  /** Repo-relative POSIX path. */
  file: string;
  line: number;
  col?: number;
  endLine?: number;
  /** The flagged source text, redacted; its hash is the snippet fingerprint (dedupe key). */
  snippet?: string;
  /** For secrets: the redacted form (`«redacted:<detector>:<8 hex>»`), never the value. */
  secret?: { redacted: string };
  fixHint?: string;
  /** Rule tags (Bandit test ids, SARIF `properties.tags`): `suppress_tags` of the policy. */
  tags?: string[];
  /** An inline suppression the scanner found (`glx-sast-ignore <rule> -- reason`). */
  suppression?: Suppression;
  /** Where the finding came from when it is not the working copy (`history:<sha>`). */
  origin?: string;
}

export interface Suppression {
  kind: 'inline' | 'policy' | 'allow_path' | 'tag' | 'sarif';
  reason: string;
}

export type DeltaBind = 'added' | 'modified' | 'unchanged';
export type Queue = 'block' | 'review' | 'fixable' | 'triage';

/** NF — a normalized finding, the element of `.glx/security/queue.json` (spec §3.11). */
export interface NormalizedFinding {
  id: string;
  tool: string;
  rule_id: string;
  cwe: string | null;
  severity: Severity;
  confidence: Confidence;
  category: FindingCategory;
  message: string;
  location: { file: string; line: number; col: number; endLine: number };
  /** The symbol uid (§3.1) enclosing the finding in the head analysis, when there is one. */
  ast_ref: string | null;
  /** The mosaic cell id (§3.9, `MOZ::<rows>x<cols>@r<RR>c<CC>`) of the finding's head line, when a layout was given. */
  mosaic_cell: string | null;
  delta_bind: DeltaBind;
  module: string;
  public_api: boolean;
  evidence: string[];
  suppression: Suppression | null;
  /** `sha256:` of rule + file + the normalized redacted snippet: the dedupe and identity key. */
  fingerprint: string;
  risk_score: number;
  queue: Queue;
  /** Why the finding is in its queue, in words (the threshold its risk reached, a deny rule or path, its suppression). */
  queue_reason: string;
  fix_hint: string | null;
  /** Compared with the base (built-in scanners): new, worse, or unchanged since the base. */
  state: 'new' | 'worse' | 'unchanged' | 'fixed';
  /** Other tools that reported the same finding (deduplicated into this one). */
  also_reported_by: string[];
  origin: string | null;
  token_kind: TokenKind;
}

export interface IngestProblem {
  /** The input file as given. */
  file: string;
  /** JSON path of the offending value (`$.runs[1].results[0].locations`). */
  path: string;
  message: string;
}
