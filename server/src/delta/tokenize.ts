// Change set → raw Δ tokens (spec §3.2–§3.3). Every changed line of a text file ends up inside
// some token's span: semantic tokens first, then ΔCOMMENTS (no semantic change in the span),
// ΔTOPLEVEL (module-level code) and finally the MODIFY_FILE catch-all. Pure: no I/O.
//
// This is the driver: it fixes the order in which the emitters run (the order of the raw tokens
// and of the coverage bookkeeping, docs/tokens.md "Coverage"); the rules live in the emitters,
// which share one TokenizeContext (tokenize-context.ts):
//   emit-structure.ts      files, add/delete/rename/move/extract/inline, MODIFY_BODY (§3.2, §3.3)
//   emit-signatures.ts     MODIFY_SIG
//   emit-flow.ts           ΔCC, ΔLOOP_NEST, ΔBRANCHING, ΔASYNC_AWAIT, ΔEXCEPT_BLOCKS
//   emit-types.ts          ADD/DEL/MODIFY_TYPE, ΔTYPE_HINTS
//   emit-imports.ts        ΔIMPORT, ΔFAN_IN/ΔFAN_OUT, ΔDEPENDENCY
//   emit-tests.ts          ΔTESTS
//   emit-docs-coverage.ts  DOC_PUBLIC_API, ΔREADME/ΔSPEC, ΔCOMMENTS, ΔTOPLEVEL, MODIFY_FILE
import type { Policy } from '../config/policy';
import type { ChangeSet } from './change-set';
import { coverRest, emitDocChange } from './emit-docs-coverage';
import { emitFlow, type Carried } from './emit-flow';
import { emitDependencies, emitImports, FanEmitter } from './emit-imports';
import { emitModifySig } from './emit-signatures';
import {
  emitAddedDeleted, emitClassBody, emitDeclarationChange, emitFileTokens, emitFnBody, emitMoveRename, emitSplitMerge,
  fnBodyChanged, newStructureState,
} from './emit-structure';
import { emitTests } from './emit-tests';
import { emitTypeHints, emitTypes } from './emit-types';
import type { SymbolInfo } from '../symbols/types';
import type { SymbolPair } from './pairing';
import type { DeltaToken } from './token';
import { isClass, TokenizeContext } from './tokenize-context';

export function tokenize(cs: ChangeSet, policy: Policy): DeltaToken[] {
  return tokenizeWithStats(cs, policy).tokens;
}

export interface TokenizeResult {
  tokens: DeltaToken[];
  /** Added and deleted lines over all text files (features' ΔLOC). */
  loc: { added: number; deleted: number };
}

export function tokenizeWithStats(cs: ChangeSet, policy: Policy): TokenizeResult {
  const ctx = new TokenizeContext(cs, policy);

  // ---- file tokens (spec §3.3 files) --------------------------------------------------------
  emitFileTokens(ctx);

  // ---- symbols (spec §3.2) --------------------------------------------------------------------
  const pairing = ctx.pairSymbols();
  const structure = newStructureState();
  // Functions an extract/inline carried out of / into each paired symbol: its flow metrics and
  // annotations are compared net of them (spec §3.3 as amended).
  const carried = new Map<SymbolPair, Carried>();
  const carriedOf = (p: SymbolPair) => {
    let c = carried.get(p);
    if (!c) carried.set(p, (c = { extracted: [], inlined: [] }));
    return c as { extracted: SymbolInfo[]; inlined: SymbolInfo[] };
  };
  for (const e of pairing.extracted) carriedOf(e.source).extracted.push(e.sym.sym);
  for (const i of pairing.inlined) carriedOf(i.target).inlined.push(i.sym.sym);
  for (const p of pairing.pairs) {
    if (ctx.pairUntouched(p)) continue;
    const pc = ctx.pairCtx(p);
    const before = ctx.out.length;
    emitMoveRename(ctx, pc, structure);
    if (!isClass(pc.n)) {
      const bodyChanged = fnBodyChanged(pc);
      const sd = emitModifySig(ctx, pc, bodyChanged);
      emitFnBody(ctx, pc, sd, bodyChanged);
      emitFlow(ctx, pc, carried.get(p));
      emitTypeHints(ctx, pc, carried.get(p));
    } else emitClassBody(ctx, pc);
    emitDeclarationChange(ctx, pc, before);
    emitDocChange(ctx, pc, before);
  }
  ctx.sweepFacts();
  emitAddedDeleted(ctx, pairing);
  emitSplitMerge(ctx, structure);

  // ---- types, imports, tests, fan-out, dependencies per file -----------------------------------
  const fan = new FanEmitter(ctx);
  for (const c of ctx.changes) {
    if (c.oldA || c.newA) {
      emitTypes(ctx, c);
      emitImports(ctx, c);
      fan.fanOut(c);
    }
    emitTests(ctx, c);
    emitDependencies(ctx, c);
  }
  fan.emitFanIn();

  // ---- what no semantic token explains (spec §3.3 last rows) ------------------------------------
  for (const c of ctx.changes) coverRest(ctx, c);
  const loc = { added: 0, deleted: 0 };
  for (const c of ctx.changes) {
    if (c.change.old?.skipped || c.change.new?.skipped) continue;
    for (const h of c.hunks) {
      loc.added += h.newLines;
      loc.deleted += h.oldLines;
    }
  }
  return { tokens: ctx.out, loc };
}
