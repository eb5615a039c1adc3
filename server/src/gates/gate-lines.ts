// The gates' lines in words (spec §3.6, §3.7): one line per I1 module, per failing I2 port, for
// I3 and I4. The CLI (`glx invariants`), the PR comment, the Problems panel, hovers and the
// status tooltip all print these strings, so a finding reads the same everywhere. Pure.
import type { I3Result } from '../mosaic/i3';
import type { I1Result } from './i1-energy';
import type { I2Result } from './i2-contracts';
import type { I4Result } from './i4-observable';

const KIND_WORDS: Record<string, string> = {
  fn: 'function', method: 'method', class: 'class',
  'type:interface': 'interface', 'type:alias': 'type', 'type:enum': 'enum', 'type:typeddict': 'TypedDict', 'type:protocol': 'Protocol', 'type:pyenum': 'enum',
};

/** `public method Cart.computeTotal (src/cart.ts): renamed to …` — what a port's finding says, plain words first. */
export function i2PortDetail(p: Pick<I2Result['ports'][number], 'file' | 'symbol' | 'kind' | 'reasons'>): string {
  return `public ${KIND_WORDS[p.kind] ?? p.kind} ${p.symbol} (${p.file}): ${p.reasons.map((r) => r.replace(/^(FAIL|REVIEW): /, '')).join('; ')}`;
}

/** `I2 FAIL: public method Cart.computeTotal (src/cart.ts): …` — one port's line (CLI, PR comment, Problems, hover). */
export function i2PortLine(p: I2Result['ports'][number]): string {
  return `I2 ${p.verdict}: ${i2PortDetail(p)}`;
}

/** `I1 REVIEW: module src: ΔZ 0.57 above α 0.32 — MODIFY_SIG +0.30, …` — one module's line. */
export function i1ModuleLine(m: I1Result['modules'][number]): string {
  return `I1 ${m.decision}: ${m.explain}`;
}

export function i3Line(I3: I3Result): string {
  return I3.status === 'N/A' ? 'I3 N/A: no file with symbol-level support changed' : `I3 ${I3.status}: E ${I3.E.toFixed(3)} (τ ${I3.tau})${I3.files.length ? ` — ${I3.files.map((f) => `${f.path} ${f.reason}`).join('; ')}` : ''}`;
}

export function i4Lines(I4: I4Result): string[] {
  const bad = I4.checks.filter((c) => c.decision !== 'ACCEPT');
  if (bad.length) return bad.map((c) => `I4 ${c.decision} (${c.config}): ${c.reason}`);
  return [`I4 ${I4.status}: ${I4.status === 'N/A' ? 'nothing configured' : 'observables stable'}`];
}


/** `I2 PASS: 2 public ports changed compatibly` / `I2 N/A: no public API changed`, when nothing failed. */
export function i2QuietLine(I2: I2Result): string {
  const n = I2.summary.pass;
  return `I2 ${I2.status}: ${n ? `${n} public port${n === 1 ? '' : 's'} changed compatibly` : 'no public API changed'}`;
}
