// Artifacts of a Δ analysis (spec §4): delta.tokens.v1.json, delta.fingerprint.v1.json and
// delta_report.json (delta.report.v1). `tokens[].kind` is what the playbooks' jq reads.
import type { DeltaResult } from './delta-engine';

export interface RevInfo {
  rev: string;
  sha: string | null;
}

export interface DeltaReport {
  schema: 'delta.report.v1';
  /** The analysed commit (head), null for the working tree. */
  sha: string | null;
  base: RevInfo;
  head: RevInfo;
  generated_utc: string;
  modules: string[];
  tokens: DeltaResult['tokens'];
  fingerprint: string;
  features: DeltaResult['features'];
  energy: DeltaResult['energy'];
  /** The explanation (spec §3.6); `gates` = the decision's lines, written by `glx invariants`. */
  explain: DeltaResult['explain'] & { gates?: string[] };
  skipped: DeltaResult['skipped'];
  parse_errors: DeltaResult['parseErrors'];
  /** Generated or minified files analysed at file level, with the reason (issue 14). */
  generated: DeltaResult['generated'];
  /** Filled by the gates (I1–I4) when they run; absent until then. */
  scores?: Record<string, unknown>;
  decision?: string;
}

export function buildReport(result: DeltaResult, base: RevInfo, head: RevInfo, now = new Date()): DeltaReport {
  return {
    schema: 'delta.report.v1',
    sha: head.sha,
    base,
    head,
    generated_utc: now.toISOString(),
    modules: result.modules,
    tokens: result.tokens,
    fingerprint: result.fingerprint.hash,
    features: result.features,
    energy: result.energy,
    explain: result.explain,
    skipped: result.skipped,
    parse_errors: result.parseErrors,
    generated: result.generated,
  };
}

export function tokensArtifact(result: DeltaResult, base: RevInfo, head: RevInfo) {
  return { schema: 'delta.tokens.v1', base, head, tokens: result.tokens };
}

export function fingerprintArtifact(result: DeltaResult, base: RevInfo, head: RevInfo) {
  return { ...result.fingerprint, base, head };
}
