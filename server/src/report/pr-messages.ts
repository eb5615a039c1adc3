// The playbooks' Appendix B messages (PR blocked by the I-gates; SAST CRITICAL incident),
// filled from delta_report.json (`scores`, `decision`) and the SAST queue. The English text of
// the templates is kept verbatim (spec §5: `glx report --format pr-comment|markdown|json`);
// ACCEPT/REVIEW get a shorter message of the same shape (docs/gates.md). Pure.
import type { DeltaReport } from '../engine/report';
import type { ExplainPart } from '../explain/explanation';
import { partsText } from '../explain/sentences';
import { i2PortDetail } from '../gates/gate-lines';

export interface GateScores {
  I1?: { status: string; decision?: string; modules?: Record<string, { dz: number; alpha: number; beta: number; zeta: number; decision: string; explain: string }> };
  I2?: { status: string; ports?: { port: string; file: string; symbol: string; kind: string; verdict: string; reasons: string[] }[] };
  I3?: { status: string; E?: number; tau?: number };
  I4?: { status: string; checks?: { kind: string; file: string; decision: string; reason: string }[] };
}

export interface SastCritical {
  rule: string;
  path: string;
  line: number;
  category?: string;
}

/** A finding of the block queue on the change (app/evaluate-change.ts SastBlocking, or queue.json). */
export interface SastBlockingItem {
  id: string;
  rule: string;
  severity: string;
  file: string;
  line: number;
  /** Why it blocks, in words: the threshold its risk reached, a deny rule or a deny path. */
  why: string;
}

export interface FilledReport {
  schema: 'glx.report.v1';
  decision: string;
  score: number;
  /** Token kinds by their share of the whole change's ΔZ (`score`); the shares add up to it. */
  top_tokens: { kind: string; count: number; share: number }[];
  violations: { gate: string; status: string; detail: string }[];
  sast_critical: SastCritical[];
  /** SAST findings that block the merge (issue 12): rule, file:line, severity, why. */
  sast_blocking: SastBlockingItem[];
  message: string;
}

/** The PR comment's SAST block: "N findings block the merge:" and one line per finding. */
export function sastBlockingLines(items: readonly SastBlockingItem[]): string[] {
  if (!items.length) return [];
  const head = `> SAST: ${items.length} finding${items.length === 1 ? ' blocks' : 's block'} the merge:`;
  return [head, ...items.map((b) => `> - **${b.severity}** \`${b.rule}\` at \`${b.file}:${b.line}\` — ${b.why}`)];
}

const f2 = (x: number) => x.toFixed(2);

export function fillReport(report: DeltaReport & { scores?: GateScores; decision?: string }, sast: SastCritical[] = [], blocking: SastBlockingItem[] = []): FilledReport {
  const scores = (report.scores ?? {}) as GateScores;
  const decision = report.decision ?? 'UNKNOWN';
  const score = report.energy.overall.dz;
  // The whole change's parts, per kind over all modules (spec §3.6: shares of the score shown).
  const byKind = new Map<string, ExplainPart>();
  for (const p of report.explain.change.parts) {
    const e = byKind.get(p.kind) ?? { ...p, module: '', count: 0, raw: 0, share: 0 };
    e.count += p.count;
    e.raw += p.raw;
    e.share += p.share;
    byKind.set(p.kind, e);
  }
  const kinds = [...byKind.values()].sort((a, b) => b.share - a.share || (a.kind < b.kind ? -1 : 1));
  const top = kinds.slice(0, 5).map((p) => ({ kind: p.kind, count: p.count, share: Math.round(p.share * 1e6) / 1e6 }));
  const violations: FilledReport['violations'] = [];
  for (const [m, v] of Object.entries(scores.I1?.modules ?? {})) if (v.decision !== 'ACCEPT') violations.push({ gate: 'I1', status: v.decision, detail: v.explain });
  for (const p of scores.I2?.ports ?? []) if (p.verdict !== 'PASS') violations.push({ gate: 'I2', status: p.verdict, detail: i2PortDetail(p) });
  if (scores.I3 && (scores.I3.status === 'FAIL' || scores.I3.status === 'REVIEW')) violations.push({ gate: 'I3', status: scores.I3.status, detail: `E=${f2(scores.I3.E ?? 0)} > τ=${f2(scores.I3.tau ?? 0)}` });
  for (const c of scores.I4?.checks ?? []) if (c.decision !== 'ACCEPT') violations.push({ gate: 'I4', status: c.decision, detail: c.reason });
  const tokens = kinds.length ? partsText(kinds, score, false, 5) : 'none';
  const vio = violations.length ? violations.map((v) => `${v.gate} ${v.status}: ${v.detail}`).join('; ') : 'none';
  const lines: string[] = [];
  if (decision === 'BLOCK' || decision === 'HARD_BLOCK') {
    // Appendix B, "PR blokowany przez I-gates" — verbatim with the placeholders filled.
    lines.push(`> This PR exceeds **β** (score=${f2(score)}) with tokens: ${tokens}.`);
    lines.push(`> Violations: ${vio}. See artifacts: \`.glx/delta_report.json\`, \`.glx/mosaic/*\`.`);
    lines.push('> Action: reduce Δ (split PR, add tests/adapters) or provide rationale.');
  } else if (decision === 'REVIEW') {
    lines.push(`> This PR needs review: it exceeds **α** or a gate asks for review (score=${f2(score)}) with tokens: ${tokens}.`);
    lines.push(`> Findings: ${vio}. See artifacts: \`.glx/delta_report.json\`.`);
  } else {
    lines.push(`> GlitchLab: **${decision}** (score=${f2(score)}) with tokens: ${tokens}.`);
  }
  if (blocking.length) lines.push('', ...sastBlockingLines(blocking));
  for (const s of sast) {
    // Appendix B, "Incident SAST CRITICAL".
    lines.push('');
    lines.push(`> SAST flagged **${s.rule}** in \`${s.path}:${s.line}\`.${s.category === 'Secrets' ? ' Secret rotation required.' : ''}`);
    lines.push('> Removed artifact from repo, deny policy added. See `.glx/security/queue.json`.');
  }
  return { schema: 'glx.report.v1', decision, score, top_tokens: top, violations, sast_critical: sast, sast_blocking: blocking, message: lines.join('\n') };
}

/** A fuller Markdown report: the message, then the gates table and the explain sentences. */
export function markdownReport(report: DeltaReport & { scores?: GateScores; decision?: string }, filled: FilledReport): string {
  const s = (report.scores ?? {}) as GateScores;
  const rows = (['I1', 'I2', 'I3', 'I4'] as const).map((g) => `| ${g} | ${s[g]?.status ?? '—'} |`);
  return [
    `## GlitchLab: ${filled.decision} · ΔZ ${f2(filled.score)}`,
    '',
    filled.message,
    '',
    '| gate | status |',
    '|---|---|',
    ...rows,
    '',
    ...(filled.sast_blocking.length
      ? ['| blocking SAST finding | severity | where | why it blocks |', '|---|---|---|---|', ...filled.sast_blocking.map((b) => `| \`${b.rule}\` | ${b.severity} | \`${b.file}:${b.line}\` | ${b.why.replace(/\|/g, '\\|')} |`), '']
      : []),
    ...(report.explain.gates ?? report.explain.sentences).map((x) => `- ${x}`),
    '',
    `Base \`${report.base.rev}\` → head \`${report.head.rev}\` · fingerprint \`${report.fingerprint}\``,
    '',
  ].join('\n');
}
