// Multiset similarity of body token lists (spec §3.2: Jaccard ≥ 0.85 → rename/move;
// containment ≥ 0.8 → extract/inline). Pure functions.

function counts(tokens: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of tokens) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/** Σ min / Σ max over token counts; 1 for two empty lists. */
export function jaccard(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const ca = counts(a);
  const cb = counts(b);
  let inter = 0;
  let union = 0;
  for (const [t, n] of ca) {
    const m = cb.get(t) ?? 0;
    inter += Math.min(n, m);
    union += Math.max(n, m);
  }
  for (const [t, m] of cb) if (!ca.has(t)) union += m;
  return union === 0 ? 1 : inter / union;
}

/** Share of `part`'s tokens (with multiplicity) that also occur in `whole`. */
export function containment(part: readonly string[], whole: readonly string[]): number {
  if (part.length === 0) return 0;
  const cw = counts(whole);
  let inter = 0;
  for (const [t, n] of counts(part)) inter += Math.min(n, cw.get(t) ?? 0);
  return inter / part.length;
}
