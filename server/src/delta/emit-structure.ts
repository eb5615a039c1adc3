// Structure tokens (spec §3.2 pairing, §3.3 rows ast and files): ADD_FILE/DEL_FILE,
// RENAME_FILE/MOVE_FILE, SPLIT_FILE/MERGE_FILE; per symbol ADD/DEL_FN, ADD/DEL_CLASS,
// RENAME_FN/RENAME_CLASS, MOVE_SYMBOL, EXTRACT_FN/INLINE_FN and MODIFY_BODY (a function's own
// body, a class's own code, a changed declaration form). MODIFY_SIG is emit-signatures.ts;
// doc changes of a pair are emit-docs-coverage.ts. Decisions: docs/tokens.md "Symbols".
import type { SymbolInfo } from '../symbols/types';
import type { PairingResult } from './pairing';
import { sigPayload, type SigDiff } from './signature-diff';
import {
  baseSpan, headLineForOld, isClass, lineCountOf, markPairOwn, ownCodeChanged, span,
  type PairCtx, type TokenizeContext,
} from './tokenize-context';

const dirOf = (p: string) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');
const byKey = <T>([a]: [string, T], [b]: [string, T]) => (a < b ? -1 : a > b ? 1 : 0);

/** What the structure emitter carries from the pairs to SPLIT_FILE/MERGE_FILE. */
export interface StructureState {
  moves: { fromFile: string; toFile: string }[];
  /** Counter for `meta.pair` of a move that also renames. */
  pairSeq: number;
}

export const newStructureState = (): StructureState => ({ moves: [], pairSeq: 0 });

/** ADD_FILE / DEL_FILE / RENAME_FILE / MOVE_FILE (spec §3.3 files). */
export function emitFileTokens(ctx: TokenizeContext): void {
  for (const c of ctx.changes) {
    const { change } = c;
    if (change.status === 'A' || change.status === 'C') {
      ctx.emit('ADD_FILE', c.file, { line: 1, endLine: lineCountOf(change.new?.text) });
      c.cov.markNew(1, lineCountOf(change.new?.text));
    } else if (change.status === 'D') {
      ctx.emit('DEL_FILE', c.file, { line: 1, endLine: 1 }, { baseRange: { line: 1, endLine: lineCountOf(change.old?.text) } });
      c.cov.markOld(1, lineCountOf(change.old?.text));
    } else if (change.status === 'R' && change.old && change.new) {
      const sameDir = dirOf(change.old.path) === dirOf(change.new.path);
      ctx.emit(sameDir ? 'RENAME_FILE' : 'MOVE_FILE', c.file, { line: 1, endLine: 1 }, {
        meta: { from: change.old.path, to: change.new.path, similarity: change.similarity },
      });
    }
  }
}

/** MOVE_SYMBOL and RENAME_FN/RENAME_CLASS of a pair (spec §3.2: both on the destination). */
export function emitMoveRename(ctx: TokenizeContext, pc: PairCtx, state: StructureState): void {
  const { p, o, n, oc, nc, common } = pc;
  if (p.how !== 'rename' && p.how !== 'move') {
    // A nested function carried along by an extract/inline moved with it: its lines are explained
    // by that token; its own changes get their own tokens (spec §3.2).
    if (p.carried) {
      nc.cov.markNew(n.range.line, n.range.endLine);
      oc.cov.markOld(o.range.line, o.range.endLine);
    }
    return;
  }
  const pairId = p.how === 'move' && p.nameChanged ? `pair-${++state.pairSeq}` : undefined;
  if (p.how === 'move') {
    ctx.emit('MOVE_SYMBOL', p.new.file, span(n.range), {
      ...common, baseRange: baseSpan(o.range),
      meta: { fromFile: p.old.file, from: o.qualname, to: n.qualname, ...(pairId ? { pair: pairId } : {}) },
    });
    state.moves.push({ fromFile: p.old.file, toFile: p.new.file });
  }
  if (p.nameChanged) {
    ctx.emit(isClass(n) ? 'RENAME_CLASS' : 'RENAME_FN', p.new.file, span(n.range), {
      ...common, baseRange: baseSpan(o.range),
      meta: { from: o.qualname, to: n.qualname, ...(p.how === 'move' ? { fromFile: p.old.file } : {}), ...(pairId ? { pair: pairId } : {}) },
    });
  }
  // The whole symbol moved or was renamed: its lines on both sides are explained.
  nc.cov.markNew(n.range.line, n.range.endLine);
  oc.cov.markOld(o.range.line, o.range.endLine);
}

const bodyFrom = (s: SymbolInfo) => s.bodyRange?.line ?? s.range.line;

/**
 * Did a function's own body change? Both names are dropped on both sides: a renamed method
 * whose body calls `.clear()` on something else is not a body change just because its old
 * name was `clear`.
 */
export function fnBodyChanged(pc: PairCtx): boolean {
  const { o, n, oc, nc, names, facts } = pc;
  if (facts?.body !== undefined) return facts.body;
  const changed = o.bodyHash !== n.bodyHash && ownCodeChanged(oc.oldA, o, bodyFrom(o), nc.newA, n, bodyFrom(n), names);
  if (facts) facts.body = changed;
  return changed;
}

/** The own code of both sides (from the declaration's first line) differs (remembered: pair-facts.ts). */
function declarationCodeChanged(pc: PairCtx): boolean {
  const facts = pc.facts;
  if (facts?.decl !== undefined) return facts.decl;
  const changed = ownCodeChanged(pc.oc.oldA, pc.o, pc.o.range.line, pc.nc.newA, pc.n, pc.n.range.line, pc.names);
  if (facts) facts.decl = changed;
  return changed;
}

/**
 * MODIFY_BODY of a function whose signature did not change (MODIFY_SIG covers the body
 * otherwise, docs/tokens.md); decorator changes outside the calling convention land here too.
 */
export function emitFnBody(ctx: TokenizeContext, pc: PairCtx, sd: SigDiff, bodyChanged: boolean): void {
  const { p, o, n, common } = pc;
  if (sd.detail.length || !(bodyChanged || sd.decoratorsChanged)) return;
  ctx.emit('MODIFY_BODY', p.new.file, span(n.range), {
    ...common, baseRange: baseSpan(o.range),
    meta: sd.decoratorsChanged ? { decorators: { before: o.signature.decorators, after: n.signature.decorators } } : {},
  });
  markPairOwn(pc);
}

/** MODIFY_BODY of a class: its own code (members excluded) changed. */
export function emitClassBody(ctx: TokenizeContext, pc: PairCtx): void {
  if (!declarationCodeChanged(pc)) return;
  ctx.emit('MODIFY_BODY', pc.p.new.file, span(pc.n.range), { ...pc.common, baseRange: baseSpan(pc.o.range) });
  markPairOwn(pc);
}

/**
 * Same signature and body, different declaration code: the binding form changed
 * (`const f = () => {}` ↔ `function f() {}`, `async` wrappers, export forms…). Only when no
 * other token was emitted for the pair since `before` (an index into ctx.out).
 */
export function emitDeclarationChange(ctx: TokenizeContext, pc: PairCtx, before: number): void {
  const { p, o, n, oc, nc, common } = pc;
  const bothParse = (oc.oldA?.ok ?? true) && (nc.newA?.ok ?? true);
  if (ctx.out.length === before && bothParse && !isClass(n) && o.docHash === n.docHash && declarationCodeChanged(pc)) {
    ctx.emit('MODIFY_BODY', p.new.file, span(n.range), { ...common, baseRange: baseSpan(o.range), meta: { declaration: true } });
    markPairOwn(pc);
  }
}

/** ADD_FN/ADD_CLASS, DEL_FN/DEL_CLASS, EXTRACT_FN, INLINE_FN for the unpaired symbols. */
export function emitAddedDeleted(ctx: TokenizeContext, pairing: PairingResult): void {
  for (const a of pairing.added) {
    const c = ctx.ctxOf(a);
    ctx.emit(isClass(a.sym) ? 'ADD_CLASS' : 'ADD_FN', a.file, span(a.sym.range), { symbol: a.sym.qualname, uid: a.sym.uid, publicApi: a.sym.public, after: isClass(a.sym) ? undefined : sigPayload(a.sym.signature) });
    c.cov.markNew(a.sym.range.line, a.sym.range.endLine);
  }
  for (const d of pairing.deleted) {
    const c = ctx.ctxOf(d);
    // A head that does not parse never makes its symbols look deleted (spec §3.1): its
    // removed lines stay unexplained (MODIFY_FILE), which I3 reports.
    if (c.newA && !c.newA.ok) continue;
    const at = headLineForOld(c, d.sym.range.line);
    ctx.emit(isClass(d.sym) ? 'DEL_CLASS' : 'DEL_FN', c.file, { line: at, endLine: at }, {
      symbol: d.sym.qualname, uid: d.sym.uid, publicApi: d.sym.public, baseRange: baseSpan(d.sym.range),
      before: isClass(d.sym) ? undefined : sigPayload(d.sym.signature),
    });
    c.cov.markOld(d.sym.range.line, d.sym.range.endLine);
  }
  for (const e of pairing.extracted) {
    ctx.emit('EXTRACT_FN', e.sym.file, span(e.sym.sym.range), { symbol: e.sym.sym.qualname, uid: e.sym.sym.uid, publicApi: e.sym.sym.public, meta: { source: e.source.new.sym.qualname, sourceFile: e.source.new.file } });
    ctx.ctxOf(e.sym).cov.markNew(e.sym.sym.range.line, e.sym.sym.range.endLine);
  }
  for (const i of pairing.inlined) {
    const c = ctx.ctxOf(i.sym);
    if (c.newA && !c.newA.ok) continue;
    const at = headLineForOld(c, i.sym.sym.range.line);
    ctx.emit('INLINE_FN', c.file, { line: at, endLine: at }, { symbol: i.sym.sym.qualname, uid: i.sym.sym.uid, publicApi: i.sym.sym.public, baseRange: baseSpan(i.sym.sym.range), meta: { target: i.target.new.sym.qualname, targetFile: i.target.new.file } });
    c.cov.markOld(i.sym.sym.range.line, i.sym.sym.range.endLine);
  }
}

/** SPLIT_FILE / MERGE_FILE from the moves: one file's symbols to ≥ 2 files / from ≥ 2 files. */
export function emitSplitMerge(ctx: TokenizeContext, state: StructureState): void {
  const bySource = new Map<string, Set<string>>();
  const byDest = new Map<string, Set<string>>();
  for (const m of state.moves) {
    if (!bySource.has(m.fromFile)) bySource.set(m.fromFile, new Set());
    bySource.get(m.fromFile)!.add(m.toFile);
    if (!byDest.has(m.toFile)) byDest.set(m.toFile, new Set());
    byDest.get(m.toFile)!.add(m.fromFile);
  }
  for (const [from, tos] of [...bySource].sort(byKey)) {
    if (tos.size >= 2) ctx.emit('SPLIT_FILE', from, { line: 1, endLine: 1 }, { magnitude: 1, meta: { to: [...tos].sort() } });
  }
  for (const [to, froms] of [...byDest].sort(byKey)) {
    if (froms.size >= 2) ctx.emit('MERGE_FILE', to, { line: 1, endLine: 1 }, { magnitude: 1, meta: { from: [...froms].sort() } });
  }
}
