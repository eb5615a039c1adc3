// MODIFY_SIG detection (spec §3.3): which aspects of a signature changed. Decorators count only
// when they change the calling convention (callKind); other decorator changes are reported
// separately so the caller can record them in meta.
import type { Param, Signature } from '../symbols/types';
import { sameDefault } from './default-value';
import { canonicalType } from './type-text';

export type SigDetail = 'arity' | 'names' | 'defaults' | 'types' | 'order' | 'kind' | 'return' | 'async';

export interface SigDiff {
  detail: SigDetail[];
  decoratorsChanged: boolean;
}

const kindOf = (p: Param) => `${p.rest ? (p.kwRest ? '**' : '*') : ''}${p.kwOnly ? 'kw' : ''}${p.posOnly ? 'pos' : ''}`;

export function diffSignature(a: Signature, b: Signature): SigDiff {
  const detail = new Set<SigDetail>();
  const pa = a.params;
  const pb = b.params;
  if (pa.length !== pb.length) detail.add('arity');
  const namesA = pa.map((p) => p.name);
  const namesB = pb.map((p) => p.name);
  const sameSet = namesA.length === namesB.length && [...namesA].sort().join('\u0000') === [...namesB].sort().join('\u0000');
  if (sameSet && namesA.join('\u0000') !== namesB.join('\u0000')) detail.add('order');
  // Compare parameters by name where both exist, else positionally for renames.
  const byName = new Map(pb.map((p) => [p.name, p] as const));
  for (let i = 0; i < pa.length; i++) {
    const p = pa[i];
    const q = byName.get(p.name);
    if (!q) {
      if (pa.length === pb.length) detail.add('names');
      continue;
    }
    if (p.optional !== q.optional || p.hasDefault !== q.hasDefault || !sameDefault(p.defaultText, q.defaultText)) detail.add('defaults');
    // An annotation added where there was none (or dropped entirely) is ΔTYPE_HINTS' business
    // (§3.3 "annotations added/removed"), not a changed parameter type: callers are unaffected and
    // I2 compares only types present on both sides (uvicorn c5c73434 typed five helpers).
    // Compared as a formatter cannot change them (type-text.ts canonicalType): vue core 40178ddfc2
    // (a lint update) reflowed `specifier:\n | A\n | B` to `specifier: A | B`.
    if (p.type && q.type && p.type !== q.type && canonicalType(p.type) !== canonicalType(q.type)) detail.add('types');
    if (kindOf(p) !== kindOf(q)) detail.add('kind');
  }
  if (pa.length !== pb.length) {
    // New parameters' optionality matters for callers; report as defaults when optional ones were added.
    for (const q of pb) if (!namesA.includes(q.name) && (q.optional || q.hasDefault)) detail.add('defaults');
  }
  if (a.returnType && b.returnType && a.returnType !== b.returnType && canonicalType(a.returnType) !== canonicalType(b.returnType)) detail.add('return');
  if (a.async !== b.async) detail.add('async');
  // A generator flag alone is not in the spec's list (§3.3): callers still call it the same way.
  if ((a.callKind ?? '') !== (b.callKind ?? '')) detail.add('kind');
  const decoratorsChanged = a.decorators.join('\u0000') !== b.decorators.join('\u0000');
  const order: SigDetail[] = ['arity', 'names', 'defaults', 'types', 'order', 'kind', 'return', 'async'];
  return { detail: order.filter((d) => detail.has(d)), decoratorsChanged };
}

/** Compact before/after payload for MODIFY_SIG tokens: arity and param list. */
export function sigPayload(s: Signature): { arity: number; params: string[]; returnType?: string; async: boolean; text: string } {
  return {
    arity: s.params.length,
    params: s.params.map((p) => `${p.rest ? (p.kwRest ? '**' : '...') : ''}${p.name}${p.optional ? '?' : ''}${p.type ? `: ${p.type}` : ''}${p.defaultText ? ` = ${p.defaultText}` : ''}`),
    returnType: s.returnType,
    async: s.async,
    text: s.text,
  };
}
