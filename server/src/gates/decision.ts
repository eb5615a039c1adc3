// Decision words and their order (spec §3.7): ACCEPT < REVIEW < BLOCK < HARD_BLOCK, and the
// shape every gate result shares. Pure.

export type Decision = 'ACCEPT' | 'REVIEW' | 'BLOCK' | 'HARD_BLOCK';
export const DECISIONS: readonly Decision[] = ['ACCEPT', 'REVIEW', 'BLOCK', 'HARD_BLOCK'];

export type GateId = 'I1' | 'I2' | 'I3' | 'I4';
export type GateStatus = 'PASS' | 'REVIEW' | 'FAIL' | 'N/A';

export const rank = (d: Decision): number => DECISIONS.indexOf(d);
export const worst = (ds: Iterable<Decision>): Decision => {
  let w: Decision = 'ACCEPT';
  for (const d of ds) if (rank(d) > rank(w)) w = d;
  return w;
};
/** One level up (SAST escalation), capped at HARD_BLOCK. */
export const raise = (d: Decision): Decision => DECISIONS[Math.min(DECISIONS.length - 1, rank(d) + 1)];
/** One level down (override), never to ACCEPT (spec §3.7). */
export const lower = (d: Decision): Decision => (d === 'ACCEPT' ? 'ACCEPT' : DECISIONS[Math.max(1, rank(d) - 1)]);

/** A gate status as a decision level: FAIL blocks, REVIEW asks for review. */
export function statusDecision(s: GateStatus): Decision {
  return s === 'FAIL' ? 'BLOCK' : s === 'REVIEW' ? 'REVIEW' : 'ACCEPT';
}

/** Where a finding belongs in the workspace, for editor diagnostics (spec §6). */
export interface GateLocation {
  file: string;
  /** 1-based. */
  line: number;
  endLine?: number;
}
