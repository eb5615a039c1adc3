// SAST findings in the editor (spec §3.11 "findings show as diagnostics"; issue 12 item 5):
// the built-in scanners run live on every snapshot (workspace-host.ts feeds them the changed
// lines), imported reports (`.glx/scan_*.sarif`) and security/policy.yaml are (re)loaded when
// they change. Diagnostics sit at the finding's location with the rule as code; messages are
// already redacted and pass the server's redaction step again on the way out (server.ts).
// Code actions: suppress this finding with an inline comment the scanner honours, for a
// secret, replace the literal with an environment lookup, and (trusted workspaces only) add the
// finding's rule to `deny:` of security/policy.yaml — a workspace edit like the other quick
// fixes (the editor applies it, undoably; creating the file when missing), computed by
// sast/deny-rule-edit.ts, which keeps the file's comments and validates the result.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CodeAction, CodeActionKind, DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver/node';
import { discoveredInputs, readImported } from '../app/sast';
import type { ConfigProblem } from '../config/invariants-config';
import type { HostSnapshot } from '../engine/workspace-host';
import { defaultSecurityPolicy, readSecurityPolicy, type SecurityPolicy } from '../sast/security-policy';
import { envPlaceholderEdit } from '../sast/placeholder';
import { withDenyRule } from '../sast/deny-rule-edit';
import { SECURITY_POLICY_PATH } from '../sast/security-policy';
import type { NormalizedFinding, RawFinding, Severity } from '../sast/types';
import { fileLines } from './text-lines';
import { commonPrefix, commonSuffix } from '../util/common-affix';

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
  return { security: security ?? defaultSecurityPolicy(), imported, problems };
}

/** Is a watched-file change one of the bridge's inputs? */
export function isSastInput(rel: string): boolean {
  return rel === 'security/policy.yaml' || /^\.glx\/scan_[^/]*\.sarif$/i.test(rel);
}

function findingsOf(snap: HostSnapshot, rel: string): NormalizedFinding[] {
  return (snap.sast?.findings ?? []).filter((f) => f.location.file === rel && !f.suppression);
}

export function sastDiagnostics(snap: HostSnapshot, rel: string): Diagnostic[] {
  const lines = fileLines(snap, rel) ?? [];
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

/** What the deny-rule action needs: trust (it edits a policy file) and where the policy lives. */
export interface DenyRuleContext {
  trusted: boolean;
  root: string;
  /** file: URI of a repo-relative path (lsp/workspace-paths.ts). */
  toUri: (rel: string) => string;
}

/** Quick fixes for SAST diagnostics in `range`. */
export function sastCodeActions(snap: HostSnapshot, rel: string, uri: string, range: Range, diagnostics: readonly Diagnostic[], deny?: DenyRuleContext): CodeAction[] {
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
    const denyAction = deny && rule ? denyRuleAction(deny, rule, d) : undefined;
    if (denyAction) out.push(denyAction);
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

/**
 * "Add a deny rule for <rule>": the smallest text edit turning the policy into the one with the
 * rule appended (so unsaved changes elsewhere in an open policy.yaml are kept), or the file
 * created. Not offered in an untrusted workspace (it changes what blocks a merge), when the rule
 * is already denied, or when the policy is invalid (the action would refuse to touch it).
 */
function denyRuleAction(ctx: DenyRuleContext, rule: string, d: Diagnostic): CodeAction | undefined {
  if (!ctx.trusted) return undefined;
  let old: string | undefined;
  try {
    old = fs.readFileSync(path.join(ctx.root, SECURITY_POLICY_PATH), 'utf8');
  } catch {
    old = undefined;
  }
  let text: string;
  try {
    const e = withDenyRule(old, rule);
    if (!e.added) return undefined;
    text = e.text;
  } catch {
    return undefined;
  }
  const policyUri = ctx.toUri(SECURITY_POLICY_PATH);
  const title = `Add a deny rule for ${rule} (security/policy.yaml: its findings always block)`;
  if (old === undefined) {
    return {
      title, kind: CodeActionKind.QuickFix, diagnostics: [d],
      edit: { documentChanges: [{ kind: 'create', uri: policyUri, options: { ignoreIfExists: true } }, { textDocument: { uri: policyUri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }] }] },
    };
  }
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: { changes: { [policyUri]: [minimalEdit(old, text)] } } };
}

/** One text edit from `a` to `b`: the differing middle between their common prefix and suffix. */
export function minimalEdit(a: string, b: string): { range: Range; newText: string } {
  const p = commonPrefix(a, b);
  const s = commonSuffix(a, b, p);
  const pos = (i: number) => {
    const before = a.slice(0, i);
    const line = (before.match(/\n/g) ?? []).length;
    return { line, character: i - (before.lastIndexOf('\n') + 1) };
  };
  return { range: { start: pos(p), end: pos(a.length - s) }, newText: b.slice(p, b.length - s) };
}
