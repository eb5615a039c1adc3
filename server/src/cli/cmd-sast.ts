// `glx sast scan | triage` — spec §3.11, playbook 5 (secret leak / SAST CRITICAL incident):
// argv → app/sast.ts (scanChange, triage) → print. Every printed line passes the redaction
// step; findings carry only redacted forms anyway. Exit codes: 0 done; 1 with --fail-on when a
// finding reaches that queue; 2 bad input (a malformed report: the valid parts are still
// ingested and written, the problems are listed on stderr); 66 a missing input file.
import * as path from 'node:path';
import { scanChange, triage } from '../app/sast';
import { addDenyRule } from '../app/sast-deny';
import { redactSecrets } from '../redact';
import type { NormalizedFinding, Queue } from '../sast/types';
import { helpText, parseArgs, UsageError, type FlagSpec, REV_FLAGS, REPO_FLAGS } from './args';
import { openContext } from './context';

const QUEUES: readonly Queue[] = ['block', 'review', 'fixable', 'triage'];

export const sastFlags: FlagSpec = {
  inputs: { type: 'string', repeat: true, value: 'FILE', desc: 'scanner report to ingest: SARIF 2.1.0, Bandit JSON or Gitleaks JSON (repeatable; also comma-separated); .glx/scan_*.sarif are always read' },
  full: { type: 'boolean', desc: 'scan whole changed files, not only their added/modified lines' },
  history: { type: 'boolean', desc: 'also find where each secret entered history (first commit), and secrets removed from the tree but still in history' },
  'fail-on': { type: 'string', value: 'block|review', desc: 'exit 1 when a finding reaches this queue (or a worse one)' },
  queue: { type: 'string', value: 'Q', desc: 'triage: only this queue (block, review, fixable, triage)' },
  json: { type: 'boolean', desc: 'print the result as JSON (redacted)' },
  ...REV_FLAGS,
  ...REPO_FLAGS,
};

export const sastHelp = helpText(
  'glx sast scan [--inputs F…] [--full] [--history] [--base REV | --range A..B] [--fail-on block|review] [--json]\n       glx sast triage [--queue block|review|fixable|triage] [--json]\n       glx sast deny RULE-ID   (append the rule to deny: of security/policy.yaml: its findings always block)',
  'The SAST bridge (spec §3.11): built-in secret and dangerous-pattern scanners on the change,\nforeign reports (SARIF 2.1.0, Bandit, Gitleaks) ingested, deduplicated and prioritized into\nthe queues block / review / fixable / triage. Writes .glx/security/queue.json and\n.glx/security/merged.sarif, and EGDB rows + SAST.* events. Secret values are never printed.',
  sastFlags,
);

const out = (s: string) => process.stdout.write(redactSecrets(s));

function line(f: NormalizedFinding): string {
  const sup = f.suppression ? ` [suppressed: ${f.suppression.reason}]` : '';
  return `  ${f.severity.padEnd(8)} ${f.location.file}:${f.location.line}  ${f.rule_id} (${f.tool}${f.cwe ? `, ${f.cwe}` : ''})  risk ${f.risk_score.toFixed(2)} · ${f.delta_bind}${f.state === 'new' || f.state === 'worse' ? ` · ${f.state}` : ''}  ${f.id}\n      ${f.message}${sup}\n`;
}

export async function cmdSast(argv: readonly string[]): Promise<number> {
  const { flags: f, positionals } = parseArgs(argv, sastFlags, 'sast');
  if (f.help) {
    process.stdout.write(sastHelp);
    return 0;
  }
  const [sub, ...extra] = positionals;
  if (sub !== 'scan' && sub !== 'triage' && sub !== 'deny') throw new UsageError(`sast: ${sub === undefined ? 'missing subcommand' : `unknown subcommand ${JSON.stringify(sub)}`} (scan, triage, deny)`);
  const failOn = f['fail-on'] as string | undefined;
  if (failOn !== undefined && failOn !== 'block' && failOn !== 'review') throw new UsageError(`sast: --fail-on ${failOn}: must be block or review`);
  const queue = f.queue as string | undefined;
  if (queue !== undefined && !QUEUES.includes(queue as Queue)) throw new UsageError(`sast: --queue ${queue}: must be one of ${QUEUES.join(', ')}`);
  const ctx = await openContext(f.repo as string | undefined);
  if (sub === 'deny') {
    if (extra.length !== 1) throw new UsageError(`sast deny: ${extra.length ? 'one rule id at a time' : 'missing the rule id'} (glx sast deny glx.js.eval)`);
    const r = addDenyRule(ctx.repo.root, ctx.glxDir, extra[0]);
    const rel = (p: string) => path.relative(process.cwd(), p) || p;
    out(!r.added ? `${extra[0]} is already denied in ${rel(r.file)}; nothing changed\n`
      : `${extra[0]} added to deny: in ${rel(r.file)}${r.created ? ' (created)' : ''}: its findings now always go to the block queue${r.backup ? `\nprevious version kept in ${rel(r.backup)}` : ''}\n`);
    return 0;
  }
  if (sub === 'triage') {
    if (extra.length) throw new UsageError(`sast triage: unexpected argument ${JSON.stringify(extra[0])}`);
    const t = triage(ctx, { queue: queue as Queue | undefined });
    if (f.json) {
      out(`${JSON.stringify(t, null, 2)}\n`);
      return 0;
    }
    for (const q of QUEUES) {
      if (!t.queues[q].length) continue;
      out(`${q} (${t.queues[q].length})\n`);
      for (const e of t.queues[q]) {
        out(line(e.finding));
        for (const s of e.steps) out(`      → ${s}\n`);
        for (const ev of e.finding.evidence.filter((x) => x.startsWith('first added in'))) out(`      ${ev}\n`);
      }
    }
    if (t.suppressed.length) out(`suppressed: ${t.suppressed.length}\n`);
    if (QUEUES.every((q) => !t.queues[q].length)) out('no findings in the queues\n');
    return 0;
  }
  const inputs = ((f.inputs as string[] | undefined) ?? []).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
  inputs.push(...extra);
  const r = await scanChange(ctx, { base: f.base as string | undefined, head: f.head as string | undefined, range: f.range as string | undefined, inputs, full: !!f.full, history: !!f.history });
  for (const p of r.problems) process.stderr.write(redactSecrets(`glx: ${p.file}: ${p.path}: ${p.message}\n`));
  if (f.json) out(`${JSON.stringify({ queues: r.queues, findings: r.findings, problems: r.problems, tools: r.tools }, null, 2)}\n`);
  else {
    const rel = (p: string) => path.relative(process.cwd(), p) || p;
    out(`scanned ${r.scanned.files} file(s), ${r.scanned.lines} line(s)${r.tools.length ? `; ingested ${r.tools.map((t) => `${t.tool} ${t.results} (${t.input})`).join(', ')}` : ''}\n`);
    out(`${r.findings.length} finding(s): ${QUEUES.map((q) => `${q} ${r.queues[q]}`).join(' · ')}\n`);
    for (const q of ['block', 'review'] as const) {
      const list = r.findings.filter((x) => x.queue === q && !x.suppression);
      if (list.length) out(`${q}:\n${list.slice(0, 25).map(line).join('')}${list.length > 25 ? `  … ${list.length - 25} more (glx sast triage)\n` : ''}`);
    }
    out(`written: ${rel(r.files.queue)}, ${rel(r.files.sarif)}${r.egdb ? ` · EGDB ${rel(r.egdb)}` : ''}\n`);
  }
  const worst = failOn === 'review' ? ['block', 'review'] : failOn === 'block' ? ['block'] : [];
  if (r.problems.length) return 2;
  return r.findings.some((x) => !x.suppression && worst.includes(x.queue)) ? 1 : 0;
}
