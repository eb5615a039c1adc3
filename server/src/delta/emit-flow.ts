// Flow tokens of a paired symbol (spec §3.3 rows ΔCC, ΔLOOP_NEST, ΔBRANCHING, ΔASYNC_AWAIT,
// ΔEXCEPT_BLOCKS, as amended): one token per metric that changed by k; before/after the metric,
// meta.sign and meta.k. Magnitude is log2(1 + |k|) — gaining 31 branches is riskier than gaining
// one, not 31 times riskier — and only a growth weighs: a decrease is reported with weight 0.
// Code carried by EXTRACT/INLINE keeps its metrics (§3.3): the source's metric is compared with
// the source plus the functions extracted from it (the base side plus the functions inlined into
// it for inline), so moving code between functions changes no metric. Moves pair the symbol
// itself (pairing.ts), so its metrics are compared as they are. ΔTOPLEVEL belongs to the
// coverage pass (emit-docs-coverage.ts).
import type { SymbolInfo, SymbolMetrics } from '../symbols/types';
import type { TokenKind } from './catalogue';
import { span, type PairCtx, type TokenizeContext } from './tokenize-context';

/** Functions whose code an extract/inline carried out of / into a paired symbol (pairing.ts). */
export interface Carried {
  /** Head functions extracted from the pair's base body. */
  extracted: readonly SymbolInfo[];
  /** Base functions inlined into the pair's head body. */
  inlined: readonly SymbolInfo[];
}

export const flowMagnitude = (k: number) => Math.round(Math.log2(1 + Math.abs(k)) * 1e6) / 1e6;

/**
 * A symbol's metrics with carried functions added: counts add up (a function's own CC 1 is not
 * carried code, only its decision points), nesting depth is the deepest of them.
 */
export function withCarried(m: SymbolMetrics, carried: readonly SymbolInfo[]): SymbolMetrics {
  const out = { ...m };
  for (const s of carried) {
    const c = s.metrics;
    out.cc += Math.max(0, c.cc - 1);
    out.loopNest = Math.max(out.loopNest, c.loopNest);
    out.branches += c.branches;
    out.awaits += c.awaits;
    out.tries += c.tries;
    out.typeAnnotations += c.typeAnnotations;
  }
  return out;
}

export function emitFlow(ctx: TokenizeContext, pc: PairCtx, carried?: Carried): void {
  const { p, common, facts } = pc;
  // Nothing changed for the same metrics in an earlier run (pair-facts.ts).
  if (!carried && facts?.flowNone) return;
  const before0 = ctx.out.length;
  const a = withCarried(p.old.sym.metrics, carried?.inlined ?? []);
  const b = withCarried(p.new.sym.metrics, carried?.extracted ?? []);
  const r = span(p.new.sym.range);
  const via = carried && (carried.extracted.length || carried.inlined.length)
    ? { carried: [...carried.extracted, ...carried.inlined].map((s) => s.qualname) }
    : {};
  const metric = (kind: TokenKind, before: number, after: number) => {
    const k = after - before;
    if (k === 0) return;
    ctx.emit(kind, p.new.file, r, {
      ...common, magnitude: flowMagnitude(k), before, after,
      ...(k < 0 ? { effectiveWeight: 0 } : {}),
      meta: { sign: k > 0 ? '+' : '-', k, ...via },
    });
  };
  metric('ΔCC', a.cc, b.cc);
  metric('ΔLOOP_NEST', a.loopNest, b.loopNest);
  metric('ΔBRANCHING', a.branches, b.branches);
  metric('ΔASYNC_AWAIT', a.awaits, b.awaits);
  metric('ΔEXCEPT_BLOCKS', a.tries, b.tries);
  if (!carried && facts && ctx.out.length === before0) facts.flowNone = true;
}
