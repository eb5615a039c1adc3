// `glx report --format pr-comment|markdown|json` and `glx checklist before-merge|after-incident`
// — spec §5 (messages), the playbooks' Appendix B and C. Read .glx/delta_report.json (written
// with `scores`/`decision` by `glx invariants`) and the SAST queue; print, never gate.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DeltaReport } from '../engine/report';
import { sastCriticalCount } from '../gates/repo-inputs';
import { afterIncident, beforeMerge, renderChecklist } from '../report/checklists';
import { fillReport, markdownReport, type GateScores, type SastBlockingItem, type SastCritical } from '../report/pr-messages';
import { redactSecrets } from '../redact';
import { helpText, parseArgs, UsageError, type FlagSpec, REPO_FLAGS } from './args';
import { InputError, openContext } from './context';

const reportFlags: FlagSpec = {
  format: { type: 'string', value: 'pr-comment|markdown|json', desc: 'output format (default pr-comment)' },
  from: { type: 'string', value: 'FILE', desc: 'the Δ report to read (default .glx/delta_report.json)' },
  ...REPO_FLAGS,
};
export const reportHelp = helpText('glx report [--format pr-comment|markdown|json] [--from FILE]', 'The playbooks\' Appendix B messages (PR blocked by the I-gates, SAST CRITICAL incident),\nfilled from .glx/delta_report.json (run glx invariants --ci first).', reportFlags);

const checklistFlags: FlagSpec = {
  json: { type: 'boolean', desc: 'print glx.checklist.v1 JSON' },
  ...REPO_FLAGS,
};
export const checklistHelp = helpText('glx checklist before-merge|after-incident [--json]', 'The playbooks\' Appendix C checklists; every item the engine can decide from .glx/ is\nevaluated (ok / FAIL), the rest is marked manual.', checklistFlags);

type Scored = DeltaReport & { scores?: GateScores; decision?: string; sast_blocking?: SastBlockingItem[] };

function readReport(file: string, label: string): Scored | undefined {
  if (!fs.existsSync(file)) return undefined;
  try {
    const j = JSON.parse(fs.readFileSync(file, 'utf8')) as Scored;
    if (j.schema !== 'delta.report.v1') throw new InputError(`${label}: not a delta.report.v1 file`);
    return j;
  } catch (e) {
    // Only a parse failure is "not valid JSON"; a read error (EACCES…) keeps its own kind.
    if (!(e instanceof SyntaxError)) throw e;
    throw new InputError(`${label}: not valid JSON`, { cause: e });
  }
}

function sastCriticals(glxDir: string): SastCritical[] {
  const file = path.join(glxDir, 'security', 'queue.json');
  if (!fs.existsSync(file)) return [];
  try {
    const q = JSON.parse(fs.readFileSync(file, 'utf8')) as { severity?: string; rule_id?: string; category?: string; suppression?: unknown; state?: string; location?: { file?: string; line?: number } }[];
    return Array.isArray(q) ? q.filter((f) => f?.severity === 'CRITICAL' && !f.suppression && f.state !== 'fixed').map((f) => ({ rule: f.rule_id ?? '?', path: f.location?.file ?? '?', line: f.location?.line ?? 0, category: f.category })) : [];
  } catch {
    return [];
  }
}

/**
 * The blocking SAST findings: those `glx invariants` judged with the change (the report's own
 * `sast_blocking`); a report written before the field existed falls back to the block queue of
 * the last `glx sast scan` (.glx/security/queue.json).
 */
function sastBlocking(report: Scored, glxDir: string): SastBlockingItem[] {
  if (Array.isArray(report.sast_blocking)) return report.sast_blocking.map((b) => ({ id: b.id, rule: b.rule, severity: b.severity, file: b.file, line: b.line, why: b.why }));
  const file = path.join(glxDir, 'security', 'queue.json');
  if (!fs.existsSync(file)) return [];
  try {
    const q = JSON.parse(fs.readFileSync(file, 'utf8')) as { id?: string; rule_id?: string; severity?: string; queue?: string; queue_reason?: string; risk_score?: number; suppression?: unknown; state?: string; location?: { file?: string; line?: number } }[];
    return Array.isArray(q) ? q.filter((f) => f?.queue === 'block' && !f.suppression && f.state !== 'fixed').map((f) => ({
      id: f.id ?? '?', rule: f.rule_id ?? '?', severity: f.severity ?? '?', file: f.location?.file ?? '?', line: f.location?.line ?? 0,
      why: f.queue_reason ?? `risk ${(f.risk_score ?? 0).toFixed(2)} ≥ 1.8, the block threshold`,
    })) : [];
  } catch {
    return [];
  }
}

export async function cmdReport(argv: readonly string[]): Promise<number> {
  const { flags: f, positionals } = parseArgs(argv, reportFlags, 'report');
  if (f.help) {
    process.stdout.write(reportHelp);
    return 0;
  }
  if (positionals.length) throw new UsageError(`report: unexpected argument ${JSON.stringify(positionals[0])}`);
  const format = (f.format as string | undefined) ?? 'pr-comment';
  if (!['pr-comment', 'markdown', 'json'].includes(format)) throw new UsageError(`report: --format ${format}: must be pr-comment, markdown or json`);
  const ctx = await openContext(f.repo as string | undefined);
  try {
    const file = f.from ? path.resolve(String(f.from)) : path.join(ctx.glxDir, 'delta_report.json');
    const label = f.from ? String(f.from) : '.glx/delta_report.json';
    const report = readReport(file, label);
    if (!report) throw new InputError(`${label}: no such file (run glx invariants --ci first)`, { kind: 'not-found' });
    if (!report.decision) throw new InputError(`${label}: has no decision (written by glx delta; run glx invariants --ci)`);
    const filled = fillReport(report, sastCriticals(ctx.glxDir), sastBlocking(report, ctx.glxDir));
    // Every line passes the redaction step (findings carry only redacted forms anyway).
    process.stdout.write(redactSecrets(format === 'json' ? `${JSON.stringify(filled, null, 2)}\n` : format === 'markdown' ? markdownReport(report, filled) : `${filled.message}\n`));
    return 0;
  } finally {
    await ctx.repo.close();
  }
}

export async function cmdChecklist(argv: readonly string[]): Promise<number> {
  const { flags: f, positionals } = parseArgs(argv, checklistFlags, 'checklist');
  if (f.help) {
    process.stdout.write(checklistHelp);
    return 0;
  }
  const [name, ...extra] = positionals;
  if (name !== 'before-merge' && name !== 'after-incident') throw new UsageError(`checklist: ${name === undefined ? 'missing name' : `unknown checklist ${JSON.stringify(name)}`} (before-merge, after-incident)`);
  if (extra.length) throw new UsageError(`checklist: unexpected argument ${JSON.stringify(extra[0])}`);
  const ctx = await openContext(f.repo as string | undefined);
  try {
    const report = readReport(path.join(ctx.glxDir, 'delta_report.json'), '.glx/delta_report.json');
    const hasQueue = fs.existsSync(path.join(ctx.glxDir, 'security', 'queue.json'));
    const [head] = (await ctx.repo.hasCommits()) ? await ctx.repo.log('HEAD', { maxCount: 1 }) : [];
    const backupDir = path.join(ctx.repo.root, 'backup');
    const backups = fs.existsSync(backupDir) ? fs.readdirSync(backupDir).filter((x) => /^AUDIT_.*\.zip$/.test(x)).sort() : [];
    const inputs = { report, sastCritical: hasQueue ? sastCriticalCount(ctx.glxDir) : undefined, head, backups };
    const c = name === 'before-merge' ? beforeMerge(inputs) : afterIncident(inputs);
    process.stdout.write(f.json ? `${JSON.stringify(c, null, 2)}\n` : renderChecklist(c));
    return 0;
  } finally {
    await ctx.repo.close();
  }
}
