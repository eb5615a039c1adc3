// The markdown report of a playbook run (the editor's *Open report*): what was asked, what each
// step planned and did, what was undone, and the steps' own sections (advice, tables).
import type { RunReport } from './types';

const STATUS_MARK: Record<string, string> = {
  verified: '✔', applied: '✔', already_done: '✔ (earlier run)', skipped: '–', failed: '✖', rolled_back: '↺', rollback_failed: '✖↺', planned: '·', unavailable: '⊘',
};

export function reportMarkdown(r: RunReport, sections: readonly string[] = []): string {
  const lines = [
    `# Playbook ${r.number} — ${r.title}`,
    '',
    `- run: \`${r.run_id}\`${r.dry_run ? ' (dry run)' : ''}`,
    `- status: **${r.status}** — ${r.message}`,
    `- started: ${r.started_utc} · finished: ${r.finished_utc}`,
    `- HEAD: ${r.head ?? '—'}`,
    `- inputs: ${Object.keys(r.inputs).length ? Object.entries(r.inputs).map(([k, v]) => `\`--${k} ${String(v)}\``).join(' ') : 'none'}`,
    ...(r.log ? [`- log: \`${r.log}\``] : []),
    ...(r.resumed_from ? [`- resumed run ${r.resumed_from.run_id}; already done: ${r.resumed_from.done.join(', ') || 'nothing'}`] : []),
    '',
    '## Steps',
    '',
  ];
  for (const s of r.steps) {
    lines.push(`### ${s.idx + 1}. ${s.title} ${STATUS_MARK[s.status] ?? ''} \`${s.status}\``, '');
    for (const p of s.plan) lines.push(`- plan: ${p}`);
    if (s.summary) lines.push(`- result: ${s.summary}`);
    for (const a of s.artifacts ?? []) lines.push(`- artifact: \`${a}\``);
    if (s.error) lines.push(`- error: ${s.error}`);
    for (const u of s.undone ?? []) lines.push(`- undone: ${u}`);
    lines.push('');
  }
  if (sections.length) lines.push('## Findings', '', ...sections.flatMap((s) => [s.trimEnd(), '']));
  if (r.undoable) lines.push('## Undo', '', `\`glx playbook undo ${r.run_id}\` (refused if anything the run wrote has changed since).`, '');
  return `${lines.join('\n')}\n`;
}
