// Aggregation of the gates into one decision (spec §3.7): lexicographic — I2 FAIL → BLOCK,
// I3 FAIL → BLOCK, then I4, then I1 — which is the worst of the gates' levels; several modules:
// the worst decides (done inside I1); an unfixed SAST CRITICAL raises the result one level;
// an override `I<n>:<ticket> --reason` lowers that gate's contribution one level (never to
// ACCEPT) and is recorded. Pure.
import { lower, raise, rank, worst, statusDecision, type Decision, type GateId, type GateStatus } from './decision';

export interface GateContribution {
  gate: GateId;
  status: GateStatus;
  /** The level this gate asks for before overrides. */
  decision: Decision;
  /** One line: why. */
  summary: string;
}

export interface Override {
  gate: GateId;
  ticket: string;
  reason: string;
}

export interface AppliedOverride extends Override {
  from: Decision;
  to: Decision;
}

export interface Aggregate {
  decision: Decision;
  /** Decision before SAST escalation and overrides. */
  gatesDecision: Decision;
  /** Which gate decided (first in the lexicographic order among the worst). */
  decidedBy: GateId | 'SAST' | null;
  gates: (GateContribution & { effective: Decision })[];
  overrides: AppliedOverride[];
  sast: { critical: number; escalated: boolean };
}

const ORDER: GateId[] = ['I2', 'I3', 'I4', 'I1'];

export function gateDecision(status: GateStatus, decision?: Decision): Decision {
  return decision ?? statusDecision(status);
}

export function aggregate(gates: GateContribution[], opts: { overrides?: Override[]; sastCritical?: number } = {}): Aggregate {
  const overrides: AppliedOverride[] = [];
  const eff = gates.map((g) => {
    let effective = g.decision;
    for (const o of opts.overrides ?? []) {
      if (o.gate !== g.gate) continue;
      const to = lower(effective);
      overrides.push({ ...o, from: effective, to });
      effective = to;
    }
    return { ...g, effective };
  });
  // Overrides naming a gate that did not run are still recorded (with no effect).
  for (const o of opts.overrides ?? []) if (!gates.some((g) => g.gate === o.gate)) overrides.push({ ...o, from: 'ACCEPT', to: 'ACCEPT' });
  const gatesDecision = worst(gates.map((g) => g.decision));
  let decision = worst(eff.map((g) => g.effective));
  const critical = opts.sastCritical ?? 0;
  const escalated = critical > 0;
  let decidedBy: Aggregate['decidedBy'] = null;
  const sorted = [...eff].sort((a, b) => ORDER.indexOf(a.gate) - ORDER.indexOf(b.gate));
  const decider = sorted.find((g) => g.effective === decision && rank(decision) > 0);
  if (decider) decidedBy = decider.gate;
  if (escalated) {
    decision = raise(decision);
    decidedBy = 'SAST';
  }
  return { decision, gatesDecision, decidedBy, gates: sorted, overrides, sast: { critical, escalated } };
}

/** `I2:JIRA-12` → {gate, ticket}; undefined when malformed. */
export function parseOverride(spec: string, reason: string): Override | undefined {
  const m = /^(I[1-4]):(\S+)$/.exec(spec.trim());
  return m ? { gate: m[1] as GateId, ticket: m[2], reason } : undefined;
}
