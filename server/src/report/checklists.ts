// The playbooks' Appendix C checklists, each item evaluated where the engine can decide it
// from the artifacts, marked `manual` otherwise. Pure over the inputs the CLI gathers.
import type { DeltaReport } from '../engine/report';
import type { GateScores } from './pr-messages';

export type ItemState = 'pass' | 'fail' | 'manual';
export interface ChecklistItem {
  /** The item as the playbook words it (Polish original kept next to the English). */
  text: string;
  state: ItemState;
  detail: string;
}
export interface Checklist {
  schema: 'glx.checklist.v1';
  name: 'before-merge' | 'after-incident';
  items: ChecklistItem[];
}

export interface ChecklistInputs {
  report?: DeltaReport & { scores?: GateScores; decision?: string };
  /** Unfixed CRITICAL SAST findings; undefined when no SAST queue exists. */
  sastCritical?: number;
  head?: { sha: string; ts: number; subject: string };
  backups: string[];
}

export function beforeMerge(inp: ChecklistInputs): Checklist {
  const r = inp.report;
  const s = (r?.scores ?? {}) as GateScores;
  const junit = s.I4?.checks?.filter((c) => c.kind === 'junit') ?? [];
  const items: ChecklistItem[] = [];
  items.push(junit.length
    ? { text: 'Tests (unit/e2e/perf) ✔', state: junit.every((c) => c.decision === 'ACCEPT') ? 'pass' : 'fail', detail: junit.map((c) => c.reason).join('; ') }
    : { text: 'Tests (unit/e2e/perf) ✔', state: 'manual', detail: 'no JUnit report configured under i4.junit' });
  items.push(!r?.decision
    ? { text: 'I-gates (I1–I4) ✔', state: 'fail', detail: 'no decision in .glx/delta_report.json: run glx invariants --ci' }
    : { text: 'I-gates (I1–I4) ✔', state: r.decision === 'ACCEPT' ? 'pass' : 'fail', detail: `decision ${r.decision}; ${(['I1', 'I2', 'I3', 'I4'] as const).map((g) => `${g} ${s[g]?.status ?? '—'}`).join(', ')}` });
  if (!r) items.push({ text: 'Δ-fingerprint ≤ β, brak ΔTESTS<0 (no ΔTESTS<0) ✔', state: 'fail', detail: 'no .glx/delta_report.json' });
  else {
    const over = Object.entries(s.I1?.modules ?? {}).filter(([, m]) => m.dz > m.beta).map(([k, m]) => `${k} ΔZ ${m.dz.toFixed(2)} > β ${m.beta.toFixed(2)}`);
    const testsDown = r.tokens.filter((t) => t.kind === 'ΔTESTS' && t.meta.sign === '-').map((t) => t.file);
    const missingScores = !s.I1;
    items.push({
      text: 'Δ-fingerprint ≤ β, brak ΔTESTS<0 (no ΔTESTS<0) ✔',
      state: missingScores ? 'fail' : over.length || testsDown.length ? 'fail' : 'pass',
      detail: missingScores ? 'no I1 scores: run glx invariants --ci' : [...over, ...testsDown.map((f) => `ΔTESTS<0 in ${f}`)].join('; ') || `fingerprint ${r.fingerprint.slice(0, 22)}… within β, no test removed`,
    });
  }
  items.push(inp.sastCritical === undefined
    ? { text: 'SAST: 0× CRITICAL ✔', state: 'manual', detail: 'no SAST queue (.glx/security/queue.json): run glx sast scan' }
    : { text: 'SAST: 0× CRITICAL ✔', state: inp.sastCritical === 0 ? 'pass' : 'fail', detail: `${inp.sastCritical} unfixed CRITICAL finding(s)` });
  items.push({ text: 'HUD review (heatmap + tokens) ✔', state: 'manual', detail: 'open the Delta Inspector and the mosaic (GlitchLab: Open Delta Inspector)' });
  return { schema: 'glx.checklist.v1', name: 'before-merge', items };
}

export function afterIncident(inp: ChecklistInputs): Checklist {
  return {
    schema: 'glx.checklist.v1', name: 'after-incident',
    items: [
      inp.head
        ? { text: 'Zapisz czasy i identyfikatory commitów (record times and commit ids)', state: 'pass', detail: `head ${inp.head.sha} at ${new Date(inp.head.ts * 1000).toISOString()} — ${inp.head.subject}` }
        : { text: 'Zapisz czasy i identyfikatory commitów (record times and commit ids)', state: 'fail', detail: 'no commits' },
      inp.backups.length
        ? { text: 'Zabezpiecz artefakty .glx/* (secure the .glx/* artifacts)', state: 'pass', detail: `latest backup ${inp.backups[inp.backups.length - 1]}` }
        : { text: 'Zabezpiecz artefakty .glx/* (secure the .glx/* artifacts)', state: 'fail', detail: 'no backup/AUDIT_*.zip: run glx audit backup' },
      { text: 'Wypełnij raport post-mortem (przyczyna, działania, lekcje) (post-mortem: cause, actions, lessons)', state: 'manual', detail: 'written by people' },
    ],
  };
}

export function renderChecklist(c: Checklist): string {
  const mark = (s: ItemState) => (s === 'pass' ? '[x]' : s === 'fail' ? '[ ]' : '[ ]');
  const tag = (s: ItemState) => (s === 'pass' ? 'ok' : s === 'fail' ? 'FAIL' : 'manual');
  return `${c.name === 'before-merge' ? 'Before Merge (stable)' : 'After Incident'}:\n${c.items.map((i) => `- ${mark(i.state)} ${i.text} — ${tag(i.state)}: ${i.detail}`).join('\n')}\n`;
}
