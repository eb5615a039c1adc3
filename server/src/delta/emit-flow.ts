// Flow tokens of a paired symbol (spec §3.3 rows ΔCC, ΔLOOP_NEST, ΔBRANCHING, ΔASYNC_AWAIT,
// ΔEXCEPT_BLOCKS): one token per metric that changed by k, magnitude |k| here, before/after the
// metric, meta.sign. Note: §3.3's log2(1 + |k|) magnitude and "weight 0 for a decrease" are not
// applied yet (magnitude |k|, catalogue weight for both signs, as before the split into
// emitters). ΔTOPLEVEL belongs to the coverage pass (emit-docs-coverage.ts).
import type { TokenKind } from './catalogue';
import { span, type PairCtx, type TokenizeContext } from './tokenize-context';

export function emitFlow(ctx: TokenizeContext, pc: PairCtx): void {
  const { p, common } = pc;
  const a = p.old.sym.metrics;
  const b = p.new.sym.metrics;
  const r = span(p.new.sym.range);
  const metric = (kind: TokenKind, before: number, after: number) => {
    const k = after - before;
    if (k !== 0) ctx.emit(kind, p.new.file, r, { ...common, magnitude: Math.abs(k), before, after, meta: { sign: k > 0 ? '+' : '-' } });
  };
  metric('ΔCC', a.cc, b.cc);
  metric('ΔLOOP_NEST', a.loopNest, b.loopNest);
  metric('ΔBRANCHING', a.branches, b.branches);
  metric('ΔASYNC_AWAIT', a.awaits, b.awaits);
  metric('ΔEXCEPT_BLOCKS', a.tries, b.tries);
}
