// SAST findings in the editor (spec §3.11 "findings show as diagnostics"; issue 12 item 5):
// the built-in scanners run live on every snapshot (workspace-host.ts feeds them the changed
// lines), imported reports (`.glx/scan_*.sarif`) and security/policy.yaml are (re)loaded when
// they change. Diagnostics sit at the finding's location with the rule as code; messages are
// already redacted and pass the server's redaction step again on the way out (server.ts).
// Code actions: suppress this finding with an inline comment the scanner honours, and for a
// secret, replace the literal with an environment lookup.
import * as path from 'node:path';
import { CodeAction, CodeActionKind, DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver/node';
import { discoveredInputs, readImported } from '../app/sast';
import type { ConfigProblem } from '../config/invariants-config';
import type { HostSnapshot } from '../engine/workspace-host';
import { readSecurityPolicy, type SecurityPolicy } from '../sast/security-policy';
import { envPlaceholderEdit } from '../sast/placeholder';
import type { NormalizedFinding, RawFinding, Severity } from '../sast/types';

export const SAST_SOURCE = 'glitchlab-sast';
export const SEC_TOKEN_KINDS: ReadonlySet<string> = new Set(['SAST_FINDING', 'SECRETS_FOUND', 'SHELL_TRUE', 'CRYPTO_WEAK']);

const SEVERITY: Record<Severity, DiagnosticSeverity> = { CRITICAL: DiagnosticSeverity.Error, HIGH: DiagnosticSeverity.Error, MEDIUM: DiagnosticSeverity.Warning, LOW: DiagnosticSeverity.Information };

/** The bridge's inputs for the host; problems are reported, never fatal (the editor keeps working). */
export function loadSastInputs(root: string): { security: SecurityPolicy; imported: RawFinding[]; problems: string[] } {
  const problems: string[] = [];
  let security: SecurityPolicy | undefined;
  try {
    const r = readSecurityPolicy(root);
    security = r.policy;
    problems.push(...r.problems.map((p: ConfigProblem) => `${p.file}:${p.line}:${p.col}: ${p.message}`));
  } catch (e) {
    problems.push(`security/policy.yaml: ${(e as Error).message}`);
  }
  let imported: RawFinding[] = [];
  try {
    const r = readImported(root, discoveredInputs(path.join(root, '.glx')), (f) => path.relative(root, f));
    imported = r.findings;
    problems.push(...r.problems.map((p) => `${p.file}: ${p.path}: ${p.message}`));
  } catch (e) {
    problems.push((e as Error).message);
  }
  return { security: security ?? { deny: [], allowPaths: [], denyPaths: [], suppressTags: [], severityThreshold: 'LOW', suppress: [] }, imported, problems };
}

/** Is a watched-file change one of the bridge's inputs? */
export function isSastInput(rel: string): boolean {
  return rel === 'security/policy.yaml' || /^\.glx\/scan_[^/]*\.sarif$/i.test(rel);
}

function findingsOf(snap: HostSnapshot, rel: string): NormalizedFinding[] {
  return (snap.sast?.findings ?? []).filter((f) => f.location.file === rel && !f.suppression);
}

export function sastDiagnostics(snap: HostSnapshot, rel: string): Diagnostic[] {
  const text = snap.textOf(rel);
  const lines = text?.split('\n') ?? [];
  return findingsOf(snap, rel).map((f) => {
    const line = Math.max(0, f.location.line - 1);
    const endLine = Math.max(line, f.location.endLine - 1);
    return {
      range: { start: { line, character: Math.max(0, f.location.col - 1) }, end: { line: endLine, character: (lines[endLine] ?? '').length } },
      severity: SEVERITY[f.severity],
      source: SAST_SOURCE,
      code: f.rule_id,
      message: `${f.severity} ${f.message}${f.cwe ? ` (${f.cwe})` : ''} · ${f.queue} queue, risk ${f.risk_score.toFixed(2)}${f.fix_hint ? `\n${f.fix_hint}` : ''}`,
      data: { findingId: f.id, rule: f.rule_id, category: f.category },
    };
  });
}

const commentPrefix = (rel: string) => (rel.endsWith('.py') || /(^|\/)\.env|\.(ya?ml|sh|toml|cfg|ini|rb)$/.test(rel) ? '#' : '//');

/** Quick fixes for SAST diagnostics in `range`. */
export function sastCodeActions(snap: HostSnapshot, rel: string, uri: string, range: Range, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const text = snap.textOf(rel);
  if (text === undefined) return [];
  const lines = text.split('\n');
  const out: CodeAction[] = [];
  for (const d of diagnostics) {
    if (d.source !== SAST_SOURCE || d.range.start.line > range.end.line || d.range.end.line < range.start.line) continue;
    const data = d.data as { findingId?: string; rule?: string; category?: string } | undefined;
    const rule = data?.rule ?? String(d.code ?? '');
    const line = d.range.start.line;
    const indent = /^\s*/.exec(lines[line] ?? '')![0];
    out.push({
      title: `Suppress ${rule} here (inline comment with a reason)`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      edit: { changes: { [uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}${commentPrefix(rel)} glx-sast-ignore ${rule} -- TODO: why this is safe\n` }] } },
    });
    if (data?.category === 'Secrets') {
      const e = envPlaceholderEdit(rel, lines[line] ?? '', d.range.start.character);
      if (e) {
        const { start, newText: lookup } = e;
        out.push({
          title: `Replace the secret literal with ${lookup}`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          isPreferred: true,
          edit: { changes: { [uri]: [{ range: { start: { line, character: start }, end: { line, character: e.end } }, newText: lookup }] } },
        });
      }
    }
  }
  return out;
}
