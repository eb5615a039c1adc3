// The words of the explanation model (spec §3.6 sentence form, as amended): every number names
// its scope ("whole change", "module src", "this file"), the parts printed after a ΔZ add up to
// it (apportioned to the printed precision), and counts say what they count. Every surface —
// lenses, hovers, Problems, status tooltip, `glx delta`, `glx invariants`, `glx report` — takes
// its sentences from here, so the same change reads the same everywhere (parity test:
// test/integration/explain-parity.test.ts). Pure.
import { apportion, HOTSPOT_PART, SAST_PART, type ChangeExplanation, type ExplainPart, type ModuleExplanation, type TokenCounts } from './explanation';

/** Decision words of spec §3.7 (declared in gates/decision.ts; repeated as a type to keep explain/ below gates/). */
type Decision = 'ACCEPT' | 'REVIEW' | 'BLOCK' | 'HARD_BLOCK';

/** Parts printed after a ΔZ; the rest is summed into "N more". */
export const TOP_PARTS = 3;

const f2 = (x: number) => x.toFixed(2);

/** `+0.30`, `−0.02` (U+2212), `+0.00`. */
export function signed(x: number): string {
  const r = Math.round(x * 100) / 100;
  return `${r < 0 ? '−' : '+'}${Math.abs(r).toFixed(2)}`;
}

export const changeScope = 'whole change';
export const moduleScope = (m: string) => `module ${m}`;

/** `6 semantic tokens · 2 comment-only` (the comment-only part only when there are some). */
export function countsText(c: TokenCounts): string {
  const sem = `${c.semantic} semantic token${c.semantic === 1 ? '' : 's'}`;
  return c.commentOnly ? `${sem} · ${c.commentOnly} comment-only` : sem;
}

function partLabel(p: ExplainPart, withModule: boolean): string {
  const name = p.kind === HOTSPOT_PART ? `hot spot${p.count === 1 ? '' : 's'}` : p.kind === SAST_PART ? `${p.count} CRITICAL SAST finding${p.count === 1 ? '' : 's'}` : p.kind;
  // The root module is named `(root)` already: `MODIFY_SIG (root)`, not `MODIFY_SIG ((root))` (issue 15, bug 8).
  return withModule && p.module ? (/^\(.*\)$/.test(p.module) ? `${name} ${p.module}` : `${name} (${p.module})`) : name;
}

/** `MODIFY_SIG +0.30, RENAME_FN +0.17, 2 more +0.10` — shares apportioned so they add up to `dz` as printed. */
export function partsText(parts: readonly ExplainPart[], dz: number, withModule = false, top = TOP_PARTS): string {
  if (!parts.length) return '';
  const shown = parts.slice(0, top);
  const rest = parts.slice(top);
  const restShare = rest.reduce((s, p) => s + p.share, 0);
  const values = apportion([...shown.map((p) => p.share), ...(rest.length ? [restShare] : [])], dz);
  const out = shown.map((p, i) => `${partLabel(p, withModule)} ${signed(values[i])}`);
  if (rest.length) out.push(`${rest.length} more ${signed(values[shown.length])}`);
  return out.join(', ');
}

/** Where a module's ΔZ stands against its thresholds (spec §3.7 I1). */
export function thresholdWords(decision: Decision, t: { alpha: number; beta: number; zeta: number }): string {
  switch (decision) {
    case 'ACCEPT':
      return `within α ${f2(t.alpha)}`;
    case 'REVIEW':
      return `above α ${f2(t.alpha)}`;
    case 'BLOCK':
      return `above β ${f2(t.beta)}`;
    case 'HARD_BLOCK':
      return `above ζ ${f2(t.zeta)}`;
  }
}

/** `module core: ΔZ 0.41 above α 0.32 — MODIFY_SIG +0.30, ΔCC +0.11` (spec §3.6). */
export function moduleSentence(m: ModuleExplanation, level?: { decision: Decision; alpha: number; beta: number; zeta: number }): string {
  const parts = partsText(m.parts, m.dz);
  return `${moduleScope(m.module)}: ΔZ ${f2(m.dz)}${level ? ` ${thresholdWords(level.decision, level)}` : ''}${parts ? ` — ${parts}` : ''}`;
}

/** `whole change: ΔZ 0.65 · 15 semantic tokens in 4 files — MODIFY_SIG (src) +0.31, …`. */
export function changeSentence(c: ChangeExplanation): string {
  const parts = partsText(c.parts, c.dz, c.modules.length > 1);
  return `${changeScope}: ΔZ ${f2(c.dz)} · ${countsText(c.counts)} in ${c.files} file${c.files === 1 ? '' : 's'}${parts ? ` — ${parts}` : ''}`;
}

/**
 * `+0.30 of module src's ΔZ 0.57`: a file's, symbol's or token's part of its module's ΔZ
 * (`withTotal` false: `+0.30 of module src's ΔZ`, where the total is shown nearby).
 */
export function shareOfModule(share: number, m: Pick<ModuleExplanation, 'module' | 'dz'>, withTotal = true): string {
  return `${signed(share)} of ${moduleScope(m.module)}'s ΔZ${withTotal ? ` ${f2(m.dz)}` : ''}`;
}

/** The sentences of a change without gates: the whole change, then each module. */
export function explainSentences(c: ChangeExplanation): string[] {
  return [changeSentence(c), ...c.modules.map((m) => moduleSentence(m))];
}
