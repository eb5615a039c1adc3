// Which gate a judged change violates first (I1..I4), for the hotfix branch name
// `hotfix/fix-I<n>-<short>` (spec §7 playbook 2) and the release checks (playbook 9).
import { rank } from '../gates/decision';
import type { GatesOutcome } from '../gates/evaluate';

export function failingGates(o: GatesOutcome): number[] {
  const out: number[] = [];
  if (rank(o.I1.decision) >= rank('BLOCK')) out.push(1);
  if (o.I2.status === 'FAIL') out.push(2);
  if (o.I3.status === 'FAIL') out.push(3);
  if (rank(o.I4.decision) >= rank('BLOCK')) out.push(4);
  return out;
}

export const blocks = (o: GatesOutcome) => rank(o.decision) >= rank('BLOCK');
