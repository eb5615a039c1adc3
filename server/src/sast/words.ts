// The SAST bridge's findings in plain words (issue 12: "plain words first"), shared by the Delta
// Inspector's findings view and `glx report`'s PR comment so both say the same sentence with the
// same numbers. Counts are of unsuppressed findings of the change (§3.11 queues).
import type { NormalizedFinding, Queue } from './types';

export const QUEUE_ORDER: readonly Queue[] = ['block', 'review', 'fixable', 'triage'];

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Unsuppressed findings per queue (fixed findings are gone from the code: not counted). */
export function queueCounts(findings: readonly Pick<NormalizedFinding, 'queue' | 'suppression' | 'state'>[]): Record<Queue, number> {
  const out: Record<Queue, number> = { block: 0, review: 0, fixable: 0, triage: 0 };
  for (const f of findings) if (!f.suppression && f.state !== 'fixed') out[f.queue]++;
  return out;
}

/** "2 findings block the merge; 1 to review, 3 fixable, 0 to triage." — the headline. */
export function findingsHeadline(c: Record<Queue, number>): string {
  const total = c.block + c.review + c.fixable + c.triage;
  if (!total) return 'No SAST finding on this change.';
  const head = c.block ? `${plural(c.block, 'finding blocks', 'findings block')} the merge` : 'No SAST finding blocks the merge';
  return `${head}; ${c.review} to review, ${c.fixable} fixable, ${c.triage} to triage (${plural(total, 'finding', 'findings')} in all).`;
}
