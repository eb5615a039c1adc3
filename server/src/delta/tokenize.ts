// Change set → raw Δ tokens (spec §3.2–§3.3). Every changed line of a text file ends up inside
// some token's span: semantic tokens first, then ΔCOMMENTS (no semantic change in the span),
// ΔTOPLEVEL (module-level code) and finally the MODIFY_FILE catch-all. Pure: no I/O.
import type { Policy } from '../config/policy';
import { isTestPath } from '../symbols/analyze';
import type { FileAnalysis, Span, SymbolInfo, TypeDecl } from '../symbols/types';
import { diffLines, splitLines, type Hunk } from '../util/line-diff';
import { TESTS_ADDED_WEIGHT, TOKEN_KINDS, TYPE_HINTS_LOOSEN_WEIGHT, type TokenKind } from './catalogue';
import type { ChangeSet, FileChange } from './change-set';
import { isDependencyManifest, parseDependencies, type DependencyEntry } from './dependencies';
import { resolveImport } from './import-resolve';
import { pairSymbols, type SideSymbol, type SymbolPair } from './pairing';
import { diffSignature, sigPayload } from './signature-diff';
import type { DeltaToken, TokenMeta } from './token';

/** Lines covered by tokens so far, per change and side. */
class Coverage {
  readonly newLines = new Set<number>();
  readonly oldLines = new Set<number>();
  markNew(from: number, to: number): void {
    for (let l = from; l <= to; l++) this.newLines.add(l);
  }
  markOld(from: number, to: number): void {
    for (let l = from; l <= to; l++) this.oldLines.add(l);
  }
}

interface ChangeCtx {
  change: FileChange;
  index: number;
  oldA?: FileAnalysis;
  newA?: FileAnalysis;
  hunks: Hunk[];
  cov: Coverage;
  /** Head path (base path for deletions): the file tokens are reported on. */
  file: string;
}

const isDocPath = (p: string) => /(^|\/)readme[^/]*$/i.test(p);
const isSpecPath = (p: string) => /^(spec|docs)\//.test(p) || /\/docs\//.test(p);
const dirOf = (p: string) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');
const ANY = /^(any|Any|typing\.Any|unknown)$/;

export function tokenize(cs: ChangeSet, policy: Policy): DeltaToken[] {
  return tokenizeWithStats(cs, policy).tokens;
}

export interface TokenizeResult {
  tokens: DeltaToken[];
  /** Added and deleted lines over all text files (features' ΔLOC). */
  loc: { added: number; deleted: number };
}

export function tokenizeWithStats(cs: ChangeSet, policy: Policy): TokenizeResult {
  const out: DeltaToken[] = [];
  const ctxs: ChangeCtx[] = cs.changes.map((change, index) => {
    const oldText = change.status === 'A' || change.status === 'C' ? undefined : change.old?.text;
    const newText = change.new?.text;
    const oldA = change.status === 'A' || change.status === 'C' ? undefined : change.old?.analysis;
    return {
      change, index, oldA, newA: change.new?.analysis,
      hunks: diffLines(oldText !== undefined ? linesOf(change.old!) : [], newText !== undefined ? linesOf(change.new!) : []),
      cov: new Coverage(),
      file: change.new?.path ?? change.old!.path,
    };
  });

  const emit = (
    kind: TokenKind, file: string, range: { line: number; col?: number; endLine: number }, opts: {
      symbol?: string; uid?: string; magnitude?: number; weight?: number; publicApi?: boolean;
      before?: unknown; after?: unknown; meta?: Record<string, unknown>; baseRange?: { line: number; endLine: number };
    } = {},
  ): DeltaToken => {
    const module = policy.moduleOf(file);
    const meta: TokenMeta = { public_api: !!opts.publicApi && policy.mayBePublic(file), ...opts.meta };
    if (opts.baseRange) meta.baseRange = opts.baseRange;
    const t: DeltaToken = {
      schema: 'delta.tokens.v1', kind, category: TOKEN_KINDS[kind].category, file,
      uid: opts.uid ?? `FILE::${file}`, module,
      ...(opts.symbol !== undefined ? { symbol: opts.symbol } : {}),
      range: { line: Math.max(1, range.line), col: range.col ?? 0, endLine: Math.max(1, range.endLine, range.line) },
      ...(opts.before !== undefined ? { before: opts.before } : {}),
      ...(opts.after !== undefined ? { after: opts.after } : {}),
      magnitude: opts.magnitude ?? 1,
      weight: policy.weightOf(kind, module, file, opts.weight ?? TOKEN_KINDS[kind].weight),
      meta,
    };
    out.push(t);
    return t;
  };

  // ---- file tokens (spec §3.3 files) --------------------------------------------------------
  for (const c of ctxs) {
    const { change } = c;
    if (change.status === 'A' || change.status === 'C') {
      emit('ADD_FILE', c.file, { line: 1, endLine: lineCountOf(change.new?.text) });
      c.cov.markNew(1, lineCountOf(change.new?.text));
    } else if (change.status === 'D') {
      emit('DEL_FILE', c.file, { line: 1, endLine: 1 }, { baseRange: { line: 1, endLine: lineCountOf(change.old?.text) } });
      c.cov.markOld(1, lineCountOf(change.old?.text));
    } else if (change.status === 'R' && change.old && change.new) {
      const sameDir = dirOf(change.old.path) === dirOf(change.new.path);
      emit(sameDir ? 'RENAME_FILE' : 'MOVE_FILE', c.file, { line: 1, endLine: 1 }, {
        meta: { from: change.old.path, to: change.new.path, similarity: change.similarity },
      });
    }
  }

  // ---- symbols (spec §3.2) --------------------------------------------------------------------
  const pairing = pairSymbols({
    files: ctxs
      .filter((c) => c.oldA || c.newA)
      .map((c) => ({
        change: c.index, oldFile: c.change.old?.path, newFile: c.change.new?.path,
        oldSyms: c.oldA?.symbols ?? [], newSyms: c.newA?.symbols ?? [],
      })),
  });
  const ctxOf = (s: SideSymbol) => ctxs[s.change];
  const nestedOf = (a: FileAnalysis | undefined, s: SymbolInfo) =>
    (a?.symbols ?? []).filter((x) => x !== s && x.qualname.startsWith(`${s.qualname}.`) && x.range.line >= s.range.line && x.range.endLine <= s.range.endLine);
  /** Lines of `s` not inside nested symbols (one sweep; classes can span thousands of lines). */
  const ownLines = (a: FileAnalysis | undefined, s: SymbolInfo, from = s.range.line): number[] => {
    const end = s.range.endLine;
    if (end < from) return [];
    const masked = new Uint8Array(end - from + 1);
    for (const n of nestedOf(a, s)) {
      for (let l = Math.max(from, n.range.line); l <= Math.min(end, n.range.endLine); l++) masked[l - from] = 1;
    }
    const lines: number[] = [];
    for (let i = 0; i < masked.length; i++) if (!masked[i]) lines.push(from + i);
    return lines;
  };
  /** Does any hunk touch lines [from, to] on one side? */
  const touches = (c: ChangeCtx, side: 'old' | 'new', from: number, to: number): boolean =>
    c.hunks.some((h) => {
      const start = side === 'old' ? h.oldStart : h.newStart;
      const len = side === 'old' ? h.oldLines : h.newLines;
      // a pure insertion/deletion sits between `start` and `start + 1` on the empty side
      return len === 0 ? start >= from && start < to : start <= to && start + len - 1 >= from;
    });
  /** The symbol's own code (nested symbols excluded) with the given names dropped (renames). */
  const ownCode = (a: FileAnalysis | undefined, s: SymbolInfo, from: number, names: ReadonlySet<string>): string =>
    ownLines(a, s, from)
      .map((l) => a?.codeLines[l - 1] ?? '')
      .join(' ')
      .split(/\s+/)
      .filter((t) => t && !names.has(t))
      .join(' ');
  const symUid = (s: SideSymbol) => s.sym.uid;
  const headLineForOld = (c: ChangeCtx, oldLine: number) => mapOldLineToNew(c.hunks, oldLine);
  /**
   * A token over changed lines: head span = first..last of `newL` (or `at`, or where the base
   * lines now stand), base span = first..last of `oldL`. Both lists sorted ascending.
   */
  const emitLines = (kind: TokenKind, c: ChangeCtx, newL: readonly number[], oldL: readonly number[], meta: Record<string, unknown> = {}, at?: number): void => {
    const first = newL[0] ?? at ?? headLineForOld(c, oldL[0] ?? 1);
    emit(kind, c.file, { line: first, endLine: newL[newL.length - 1] ?? first }, {
      meta, ...(oldL.length ? { baseRange: { line: oldL[0], endLine: oldL[oldL.length - 1] } } : {}),
    });
  };
  const span = (s: Span) => ({ line: s.line, col: s.col, endLine: s.endLine });
  const baseSpan = (s: Span) => ({ line: s.line, endLine: s.endLine });
  const isClass = (s: SymbolInfo) => s.kind === 'class';
  const moves: { fromFile: string; toFile: string }[] = [];
  let pairSeq = 0;

  for (const p of pairing.pairs) {
    const oc = ctxOf(p.old);
    const nc = ctxOf(p.new);
    const o = p.old.sym;
    const n = p.new.sym;
    // Most pairs are untouched by the change: no line of theirs moved on either side.
    if (p.how === 'same' && o.docHash === n.docHash && !touches(oc, 'old', o.range.line, o.range.endLine) && !touches(nc, 'new', n.range.line, n.range.endLine)) continue;
    const pub = n.public || o.public;
    const common = { symbol: n.qualname, uid: symUid(p.new), publicApi: pub };
    const names = new Set([o.name, n.name]);
    const before = out.length;
    if (p.how === 'rename' || p.how === 'move') {
      const pairId = p.how === 'move' && p.nameChanged ? `pair-${++pairSeq}` : undefined;
      if (p.how === 'move') {
        emit('MOVE_SYMBOL', p.new.file, span(n.range), {
          ...common, baseRange: baseSpan(o.range),
          meta: { fromFile: p.old.file, from: o.qualname, to: n.qualname, ...(pairId ? { pair: pairId } : {}) },
        });
        moves.push({ fromFile: p.old.file, toFile: p.new.file });
      }
      if (p.nameChanged) {
        emit(isClass(n) ? 'RENAME_CLASS' : 'RENAME_FN', p.new.file, span(n.range), {
          ...common, baseRange: baseSpan(o.range),
          meta: { from: o.qualname, to: n.qualname, ...(p.how === 'move' ? { fromFile: p.old.file } : {}), ...(pairId ? { pair: pairId } : {}) },
        });
      }
      // The whole symbol moved or was renamed: its lines on both sides are explained.
      nc.cov.markNew(n.range.line, n.range.endLine);
      oc.cov.markOld(o.range.line, o.range.endLine);
    }
    // Signature / body.
    if (!isClass(n)) {
      const sd = diffSignature(o.signature, n.signature);
      const bodyFrom = (a: FileAnalysis | undefined, s: SymbolInfo) => s.bodyRange?.line ?? s.range.line;
      // Both names are dropped on both sides: a renamed method whose body calls `.clear()` on
      // something else is not a body change just because its old name was `clear`.
      const bodyChanged = o.bodyHash !== n.bodyHash && ownCode(oc.oldA, o, bodyFrom(oc.oldA, o), names) !== ownCode(nc.newA, n, bodyFrom(nc.newA, n), names);
      if (sd.detail.length) {
        const r = bodyChanged ? n.range : n.sigRange;
        emit('MODIFY_SIG', p.new.file, span(r), {
          ...common, before: sigPayload(o.signature), after: sigPayload(n.signature),
          baseRange: baseSpan(bodyChanged ? o.range : o.sigRange),
          meta: {
            detail: sd.detail, bodyChanged,
            ...(sd.decoratorsChanged ? { decorators: { before: o.signature.decorators, after: n.signature.decorators } } : {}),
          },
        });
        if (bodyChanged) {
          markOwn(nc, nc.newA, n, 'new');
          markOwn(oc, oc.oldA, o, 'old');
        } else {
          nc.cov.markNew(n.sigRange.line, n.sigRange.endLine);
          oc.cov.markOld(o.sigRange.line, o.sigRange.endLine);
        }
      } else if (bodyChanged || sd.decoratorsChanged) {
        emit('MODIFY_BODY', p.new.file, span(n.range), {
          ...common, baseRange: baseSpan(o.range),
          meta: sd.decoratorsChanged ? { decorators: { before: o.signature.decorators, after: n.signature.decorators } } : {},
        });
        markOwn(nc, nc.newA, n, 'new');
        markOwn(oc, oc.oldA, o, 'old');
      }
      flowTokens(p, common);
      typeHintTokens(p, common);
    } else if (ownCode(oc.oldA, o, o.range.line, names) !== ownCode(nc.newA, n, n.range.line, names)) {
      emit('MODIFY_BODY', p.new.file, span(n.range), { ...common, baseRange: baseSpan(o.range) });
      markOwn(nc, nc.newA, n, 'new');
      markOwn(oc, oc.oldA, o, 'old');
    }
    const bothParse = (oc.oldA?.ok ?? true) && (nc.newA?.ok ?? true);
    if (out.length === before && bothParse && !isClass(n) && o.docHash === n.docHash && ownCode(oc.oldA, o, o.range.line, names) !== ownCode(nc.newA, n, n.range.line, names)) {
      // Same signature and body, different declaration code: the binding form changed
      // (`const f = () => {}` ↔ `function f() {}`, `async` wrappers, export forms…).
      emit('MODIFY_BODY', p.new.file, span(n.range), { ...common, baseRange: baseSpan(o.range), meta: { declaration: true } });
      markOwn(nc, nc.newA, n, 'new');
      markOwn(oc, oc.oldA, o, 'old');
    }
    if (o.docHash !== n.docHash) {
      // Only the doc changed (bodyHash excludes Python docstrings): the symbol's own changed
      // lines are the doc; a private symbol's doc edit is non-semantic.
      const docOnly = out.length === before;
      const docMeta = { hadDoc: o.hasDoc, hasDoc: n.hasDoc };
      if (pub) emit('DOC_PUBLIC_API', p.new.file, span(docOnly ? n.range : n.sigRange), { ...common, ...(docOnly ? { baseRange: baseSpan(o.range) } : {}), meta: docMeta });
      else if (docOnly) emit('ΔCOMMENTS', p.new.file, span(n.range), { baseRange: baseSpan(o.range), meta: { reason: 'docstring' } });
      if (docOnly) {
        markOwn(nc, nc.newA, n, 'new');
        markOwn(oc, oc.oldA, o, 'old');
      }
    }
  }

  function markOwn(c: ChangeCtx, a: FileAnalysis | undefined, s: SymbolInfo, side: 'old' | 'new'): void {
    for (const l of ownLines(a, s)) (side === 'new' ? c.cov.newLines : c.cov.oldLines).add(l);
  }

  function flowTokens(p: SymbolPair, common: { symbol: string; uid: string; publicApi: boolean }): void {
    const a = p.old.sym.metrics;
    const b = p.new.sym.metrics;
    const r = span(p.new.sym.range);
    const metric = (kind: TokenKind, before: number, after: number) => {
      const k = after - before;
      if (k !== 0) emit(kind, p.new.file, r, { ...common, magnitude: Math.abs(k), before, after, meta: { sign: k > 0 ? '+' : '-' } });
    };
    metric('ΔCC', a.cc, b.cc);
    metric('ΔLOOP_NEST', a.loopNest, b.loopNest);
    metric('ΔBRANCHING', a.branches, b.branches);
    metric('ΔASYNC_AWAIT', a.awaits, b.awaits);
    metric('ΔEXCEPT_BLOCKS', a.tries, b.tries);
  }

  function typeHintTokens(p: SymbolPair, common: { symbol: string; uid: string; publicApi: boolean }): void {
    const o = p.old.sym;
    const n = p.new.sym;
    const k = n.metrics.typeAnnotations - o.metrics.typeAnnotations;
    let loosened = 0;
    let tightened = 0;
    const oldTypes = new Map(o.signature.params.map((x) => [x.name, x.type] as const));
    const pairsOfTypes: [string | undefined, string | undefined][] = n.signature.params
      .filter((x) => oldTypes.has(x.name))
      .map((x) => [oldTypes.get(x.name), x.type]);
    pairsOfTypes.push([o.signature.returnType, n.signature.returnType]);
    for (const [before, after] of pairsOfTypes) {
      if (!before || !after || before === after) continue;
      if (ANY.test(after) && !ANY.test(before)) loosened++;
      else if (ANY.test(before) && !ANY.test(after)) tightened++;
    }
    const r = span(n.sigRange);
    const base = TOKEN_KINDS['ΔTYPE_HINTS'].weight;
    if (k > 0) emit('ΔTYPE_HINTS', p.new.file, r, { ...common, magnitude: k, before: o.metrics.typeAnnotations, after: n.metrics.typeAnnotations, meta: { dir: '+' } });
    if (k < 0) emit('ΔTYPE_HINTS', p.new.file, r, { ...common, magnitude: -k, weight: TYPE_HINTS_LOOSEN_WEIGHT, before: o.metrics.typeAnnotations, after: n.metrics.typeAnnotations, meta: { dir: '-', loosen: true } });
    if (loosened) emit('ΔTYPE_HINTS', p.new.file, r, { ...common, magnitude: loosened, weight: TYPE_HINTS_LOOSEN_WEIGHT, meta: { dir: 'loosen' } });
    if (tightened) emit('ΔTYPE_HINTS', p.new.file, r, { ...common, magnitude: tightened, weight: base, meta: { dir: 'tighten' } });
  }

  // Added / deleted / extracted / inlined symbols.
  for (const a of pairing.added) {
    const c = ctxOf(a);
    emit(isClass(a.sym) ? 'ADD_CLASS' : 'ADD_FN', a.file, span(a.sym.range), { symbol: a.sym.qualname, uid: a.sym.uid, publicApi: a.sym.public, after: isClass(a.sym) ? undefined : sigPayload(a.sym.signature) });
    c.cov.markNew(a.sym.range.line, a.sym.range.endLine);
  }
  for (const d of pairing.deleted) {
    const c = ctxOf(d);
    // A head that does not parse never makes its symbols look deleted (spec §3.1): its
    // removed lines stay unexplained (MODIFY_FILE), which I3 reports.
    if (c.newA && !c.newA.ok) continue;
    const at = headLineForOld(c, d.sym.range.line);
    emit(isClass(d.sym) ? 'DEL_CLASS' : 'DEL_FN', c.file, { line: at, endLine: at }, {
      symbol: d.sym.qualname, uid: d.sym.uid, publicApi: d.sym.public, baseRange: baseSpan(d.sym.range),
      before: isClass(d.sym) ? undefined : sigPayload(d.sym.signature),
    });
    c.cov.markOld(d.sym.range.line, d.sym.range.endLine);
  }
  for (const e of pairing.extracted) {
    emit('EXTRACT_FN', e.sym.file, span(e.sym.sym.range), { symbol: e.sym.sym.qualname, uid: e.sym.sym.uid, publicApi: e.sym.sym.public, meta: { source: e.source.new.sym.qualname, sourceFile: e.source.new.file } });
    ctxOf(e.sym).cov.markNew(e.sym.sym.range.line, e.sym.sym.range.endLine);
  }
  for (const i of pairing.inlined) {
    const c = ctxOf(i.sym);
    if (c.newA && !c.newA.ok) continue;
    const at = headLineForOld(c, i.sym.sym.range.line);
    emit('INLINE_FN', c.file, { line: at, endLine: at }, { symbol: i.sym.sym.qualname, uid: i.sym.sym.uid, publicApi: i.sym.sym.public, baseRange: baseSpan(i.sym.sym.range), meta: { target: i.target.new.sym.qualname, targetFile: i.target.new.file } });
    c.cov.markOld(i.sym.sym.range.line, i.sym.sym.range.endLine);
  }

  // SPLIT_FILE / MERGE_FILE from the moves.
  const bySource = new Map<string, Set<string>>();
  const byDest = new Map<string, Set<string>>();
  for (const m of moves) {
    if (!bySource.has(m.fromFile)) bySource.set(m.fromFile, new Set());
    bySource.get(m.fromFile)!.add(m.toFile);
    if (!byDest.has(m.toFile)) byDest.set(m.toFile, new Set());
    byDest.get(m.toFile)!.add(m.fromFile);
  }
  for (const [from, tos] of [...bySource].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (tos.size >= 2) emit('SPLIT_FILE', from, { line: 1, endLine: 1 }, { magnitude: 1, meta: { to: [...tos].sort() } });
  }
  for (const [to, froms] of [...byDest].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (froms.size >= 2) emit('MERGE_FILE', to, { line: 1, endLine: 1 }, { magnitude: 1, meta: { from: [...froms].sort() } });
  }

  // ---- types, imports, tests, fan-out, dependencies per file -----------------------------------
  const fanIn = new Map<string, number>();
  let changedPathCache: { old: Set<string>; new: Set<string> } | undefined;
  for (const c of ctxs) {
    if (c.oldA || c.newA) {
      typeTokens(c);
      importTokens(c);
      fanOut(c);
    }
    testTokens(c);
    dependencyTokens(c);
  }

  function typeTokens(c: ChangeCtx): void {
    const olds = new Map((c.oldA?.types ?? []).map((t) => [t.qualname, t] as const));
    const news = new Map((c.newA?.types ?? []).map((t) => [t.qualname, t] as const));
    for (const [q, n] of news) {
      const o = olds.get(q);
      if (!o) {
        emit('ADD_TYPE', c.file, span(n.range), { symbol: q, uid: n.uid, publicApi: n.public, meta: { typeKind: n.kind } });
        c.cov.markNew(n.range.line, n.range.endLine);
      } else if (o.hash === n.hash) {
        // Same declaration modulo what the hash ignores (`declare`, export form, formatting):
        // touched lines are explained, nothing semantic happened.
        if (touches(c, 'new', n.range.line, n.range.endLine) || touches(c, 'old', o.range.line, o.range.endLine)) {
          const newL = changedIn(c, 'new', n.range);
          const oldL = changedIn(c, 'old', o.range);
          if (newL.length || oldL.length) {
            emitLines('ΔCOMMENTS', c, newL, oldL, { reason: 'format' });
            for (const l of newL) c.cov.newLines.add(l);
            for (const l of oldL) c.cov.oldLines.add(l);
          }
        }
      } else {
        const detail = typeDetail(o, n);
        if (detail.length === 0) {
          // Members equal: a heritage/generic change is still a type change; comments/format are not.
          if (rangeCode(c.oldA!, o.range) === rangeCode(c.newA!, n.range)) continue;
          detail.push('declaration');
        }
        emit('MODIFY_TYPE', c.file, span(n.range), {
          symbol: q, uid: n.uid, publicApi: n.public || o.public, baseRange: baseSpan(o.range),
          before: o.members, after: n.members, meta: { typeKind: n.kind, detail },
        });
        c.cov.markNew(n.range.line, n.range.endLine);
        c.cov.markOld(o.range.line, o.range.endLine);
      }
    }
    for (const [q, o] of olds) {
      if (news.has(q) || (c.newA && !c.newA.ok)) continue;
      const at = headLineForOld(c, o.range.line);
      emit('DEL_TYPE', c.file, { line: at, endLine: at }, { symbol: q, uid: o.uid, publicApi: o.public, baseRange: baseSpan(o.range), meta: { typeKind: o.kind } });
      c.cov.markOld(o.range.line, o.range.endLine);
    }
  }

  function importTokens(c: ChangeCtx): void {
    const oldImports = c.oldA?.imports ?? [];
    const newImports = c.newA?.imports ?? [];
    const oldSpecs = new Set(oldImports.map((i) => i.spec));
    const newSpecs = new Set(newImports.map((i) => i.spec));
    for (const im of newImports) {
      if (oldSpecs.has(im.spec)) continue;
      oldSpecs.add(im.spec); // one token per specifier
      emit('ΔIMPORT', c.file, { line: im.line, endLine: im.endLine }, { uid: `IMPORT::${c.file}:+${im.spec}`, meta: { sign: '+', spec: im.spec, names: im.names } });
      c.cov.markNew(im.line, im.endLine);
    }
    const seen = new Set<string>();
    for (const im of oldImports) {
      // A head that does not parse keeps its removals unexplained, like its symbols.
      if (newSpecs.has(im.spec) || seen.has(im.spec) || (c.newA && !c.newA.ok)) continue;
      seen.add(im.spec);
      const at = headLineForOld(c, im.line);
      emit('ΔIMPORT', c.file, { line: at, endLine: at }, { uid: `IMPORT::${c.file}:-${im.spec}`, baseRange: { line: im.line, endLine: im.endLine }, meta: { sign: '-', spec: im.spec, names: im.names } });
      c.cov.markOld(im.line, im.endLine);
    }
    // Import statements whose set is unchanged but which moved (reordering) emit nothing
    // semantic (spec §3.3); their lines are explained as ΔCOMMENTS{reason: import-order}.
    const stmtKey = (a: FileAnalysis, i: { line: number; endLine: number }) => {
      const parts: string[] = [];
      for (let l = i.line; l <= i.endLine; l++) parts.push(a.codeLines[l - 1] ?? '');
      return parts.join(' ');
    };
    if (c.oldA && c.newA) {
      // Per statement: an import statement whose exact text is on both sides but on changed
      // lines was only moved; added/removed statements are explained by ΔIMPORT or ΔTOPLEVEL.
      const oldKeys = new Map<string, number>();
      for (const i of oldImports) oldKeys.set(stmtKey(c.oldA, i), (oldKeys.get(stmtKey(c.oldA, i)) ?? 0) + 1);
      const newKeys = new Map<string, number>();
      for (const i of newImports) newKeys.set(stmtKey(c.newA, i), (newKeys.get(stmtKey(c.newA, i)) ?? 0) + 1);
      const movedNew = newImports.filter((i) => (oldKeys.get(stmtKey(c.newA!, i)) ?? 0) > 0);
      const movedOld = oldImports.filter((i) => (newKeys.get(stmtKey(c.oldA!, i)) ?? 0) > 0);
      const newLines = importLinesIn(c, movedNew, 'new').filter((l) => !c.cov.newLines.has(l));
      const oldLines = importLinesIn(c, movedOld, 'old').filter((l) => !c.cov.oldLines.has(l));
      if (newLines.length || oldLines.length) {
        emitLines('ΔCOMMENTS', c, newLines, oldLines, { reason: 'import-order' });
        for (const l of newLines) c.cov.newLines.add(l);
        for (const l of oldLines) c.cov.oldLines.add(l);
      }
    }
  }

  /** Changed lines of one side inside a span. */
  function changedIn(c: ChangeCtx, side: 'old' | 'new', r: Span): number[] {
    const out: number[] = [];
    for (const h of c.hunks) {
      const start = side === 'new' ? h.newStart : h.oldStart;
      const n = side === 'new' ? h.newLines : h.oldLines;
      for (let l = Math.max(start, r.line); l < start + n && l <= r.endLine; l++) out.push(l);
    }
    return out;
  }

  function importLinesIn(c: ChangeCtx, imports: { line: number; endLine: number }[], side: 'old' | 'new'): number[] {
    const changed = new Set<number>();
    for (const h of c.hunks) {
      const start = side === 'new' ? h.newStart : h.oldStart;
      const n = side === 'new' ? h.newLines : h.oldLines;
      for (let l = start; l < start + n; l++) changed.add(l);
    }
    const lines: number[] = [];
    for (const im of imports) for (let l = im.line; l <= im.endLine; l++) if (changed.has(l)) lines.push(l);
    return lines.sort((a, b) => a - b);
  }

  function fanOut(c: ChangeCtx): void {
    const before = new Set((c.oldA?.imports ?? []).map((i) => i.spec)).size;
    const after = new Set((c.newA?.imports ?? []).map((i) => i.spec)).size;
    if (c.change.status !== 'A' && c.change.status !== 'C' && c.change.status !== 'D' && after !== before && !(c.newA && !c.newA.ok)) {
      const k = after - before;
      emit('ΔFAN_OUT', c.file, { line: 1, endLine: 1 }, { magnitude: Math.abs(k), before, after, meta: { sign: k > 0 ? '+' : '-' } });
    }
    // Fan-in: each changed file contributes +1 per distinct target it imports in head, −1 in base.
    const targets = (a: FileAnalysis | undefined, side: 'old' | 'new', from: string | undefined) => {
      const set = new Set<string>();
      if (!a || !from) return set;
      const exists = (p: string) => cs.fileExists?.(side, p) ?? changedPaths(side).has(p);
      for (const im of a.imports) {
        const t = resolveImport(from, im.spec, exists);
        if (t && t !== from) set.add(t);
      }
      return set;
    };
    if (c.newA && !c.newA.ok) return;
    for (const t of targets(c.newA, 'new', c.change.new?.path)) fanIn.set(t, (fanIn.get(t) ?? 0) + 1);
    for (const t of targets(c.oldA, 'old', c.change.old?.path)) {
      // A file renamed by git is the same file: map a base-side target to its head path.
      fanIn.set(headPathOf(t), (fanIn.get(headPathOf(t)) ?? 0) - 1);
    }
  }

  function testTokens(c: ChangeCtx): void {
    const path = c.change.new?.path ?? c.change.old!.path;
    if (!isTestPath(path) && !(c.change.old && isTestPath(c.change.old.path))) return;
    if (c.newA && !c.newA.ok) return;
    const before = c.oldA?.testCases ?? 0;
    const after = c.newA?.testCases ?? 0;
    const k = after - before;
    if (k === 0) return;
    emit('ΔTESTS', c.file, { line: 1, endLine: 1 }, {
      magnitude: Math.abs(k), before, after, weight: k < 0 ? TOKEN_KINDS['ΔTESTS'].weight : TESTS_ADDED_WEIGHT, meta: { sign: k > 0 ? '+' : '-' },
    });
  }

  function dependencyTokens(c: ChangeCtx): void {
    const path = c.change.new?.path ?? c.change.old!.path;
    if (!isDependencyManifest(path)) return;
    const oldDeps = c.change.old?.text !== undefined && c.change.status !== 'A' ? parseDependencies(c.change.old.path, c.change.old.text) : [];
    const newDeps = c.change.new?.text !== undefined ? parseDependencies(c.change.new.path, c.change.new.text) : [];
    if (!oldDeps || !newDeps) return;
    const key = (d: DependencyEntry) => `${d.section}\u0000${d.name}`;
    const olds = new Map(oldDeps.map((d) => [key(d), d] as const));
    const news = new Map(newDeps.map((d) => [key(d), d] as const));
    for (const [k, n] of news) {
      const o = olds.get(k);
      if (o && o.version === n.version) continue;
      emit('ΔDEPENDENCY', c.file, { line: n.line, endLine: n.line }, {
        uid: `DEP::${c.file}:${n.section}:${n.name}`, before: o?.version, after: n.version,
        meta: { name: n.name, section: n.section, change: o ? 'version' : 'added' },
        ...(o ? { baseRange: { line: o.line, endLine: o.line } } : {}),
      });
      c.cov.newLines.add(n.line);
      if (o) c.cov.oldLines.add(o.line);
    }
    for (const [k, o] of olds) {
      if (news.has(k)) continue;
      const at = headLineForOld(c, o.line);
      emit('ΔDEPENDENCY', c.file, { line: at, endLine: at }, {
        uid: `DEP::${c.file}:${o.section}:${o.name}`, before: o.version, baseRange: { line: o.line, endLine: o.line },
        meta: { name: o.name, section: o.section, change: 'removed' },
      });
      c.cov.oldLines.add(o.line);
    }
  }

  function changedPaths(side: 'old' | 'new'): Set<string> {
    if (!changedPathCache) {
      changedPathCache = { old: new Set(), new: new Set() };
      for (const c of ctxs) {
        if (c.change.old && c.change.status !== 'A' && c.change.status !== 'C') changedPathCache.old.add(c.change.old.path);
        if (c.change.new) changedPathCache.new.add(c.change.new.path);
      }
    }
    return changedPathCache[side];
  }
  function headPathOf(p: string): string {
    for (const c of ctxs) if (c.change.status === 'R' && c.change.old?.path === p && c.change.new) return c.change.new.path;
    return p;
  }

  for (const [target, k] of [...fanIn].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (k === 0) continue;
    emit('ΔFAN_IN', target, { line: 1, endLine: 1 }, { uid: `FANIN::${target}`, magnitude: Math.abs(k), meta: { sign: k > 0 ? '+' : '-' } });
  }

  // ---- what no semantic token explains (spec §3.3 last rows) ------------------------------------
  for (const c of ctxs) coverRest(c);
  const loc = { added: 0, deleted: 0 };
  for (const c of ctxs) {
    if (c.change.old?.skipped || c.change.new?.skipped) continue;
    for (const h of c.hunks) {
      loc.added += h.newLines;
      loc.deleted += h.oldLines;
    }
  }

  /**
   * Code inside symbols that moved within the file without changing (methods reordered in a
   * class, a def wrapped into `try:`): its lines appear in different hunks on the two sides.
   * Lines whose exact code is found uncovered on the other side are explained as moved.
   */
  function moveWithinFile(c: ChangeCtx, newSyms: { range: Span }[], oldSyms: { range: Span }[], inside: (s: { range: Span }[], l: number) => boolean): void {
    const newL: number[] = [];
    const oldL: number[] = [];
    for (const h of c.hunks) {
      for (let l = h.newStart; l < h.newStart + h.newLines; l++) if (!c.cov.newLines.has(l) && inside(newSyms, l)) newL.push(l);
      for (let l = h.oldStart; l < h.oldStart + h.oldLines; l++) if (!c.cov.oldLines.has(l) && inside(oldSyms, l)) oldL.push(l);
    }
    if (!newL.length || !oldL.length) return;
    const pool = new Map<string, number[]>();
    for (const l of oldL) {
      const k = c.oldA?.codeLines[l - 1] ?? '';
      if (!k) continue;
      const list = pool.get(k);
      if (list) list.push(l);
      else pool.set(k, [l]);
    }
    const movedNew: number[] = [];
    const movedOld: number[] = [];
    for (const l of newL) {
      const k = c.newA?.codeLines[l - 1] ?? '';
      const list = k ? pool.get(k) : undefined;
      if (list && list.length) {
        movedNew.push(l);
        movedOld.push(list.shift()!);
      }
    }
    // Moves of a line or two are more likely coincidences inside real edits: leave them.
    if (movedNew.length < 3) return;
    movedOld.sort((a, b) => a - b);
    emitLines('ΔCOMMENTS', c, movedNew, movedOld, { reason: 'moved' });
    for (const l of movedNew) c.cov.newLines.add(l);
    for (const l of movedOld) c.cov.oldLines.add(l);
  }

  function coverRest(c: ChangeCtx): void {
    const { change } = c;
    const textual = change.old?.text !== undefined || change.new?.text !== undefined;
    if (!textual) return; // binary / too large: no tokens (spec §2)
    const supported = !!(c.oldA || c.newA);
    const path = c.file;
    const docKind: TokenKind | undefined = supported ? undefined : isDocPath(path) ? 'ΔREADME' : isSpecPath(path) ? 'ΔSPEC' : undefined;
    if (!supported) {
      // File-level tokens: one per file, spanning the changed lines.
      const newL: number[] = [];
      const oldL: number[] = [];
      for (const h of c.hunks) {
        for (let l = h.newStart; l < h.newStart + h.newLines; l++) if (!c.cov.newLines.has(l)) newL.push(l);
        for (let l = h.oldStart; l < h.oldStart + h.oldLines; l++) if (!c.cov.oldLines.has(l)) oldL.push(l);
      }
      if (docKind && (c.hunks.length || change.status === 'A' || change.status === 'D')) {
        emitLines(docKind, c, newL, oldL, {}, 1);
        return;
      }
      if (!newL.length && !oldL.length) return;
      emitLines('MODIFY_FILE', c, newL, oldL);
      return;
    }
    const newSyms = [...(c.newA?.symbols ?? []), ...(c.newA?.types ?? [])];
    const oldSyms = [...(c.oldA?.symbols ?? []), ...(c.oldA?.types ?? [])];
    const inside = (syms: { range: Span }[], l: number) => syms.some((s) => l >= s.range.line && l <= s.range.endLine);
    const fileBroken = (c.newA && !c.newA.ok) || (c.oldA && !c.oldA.ok);
    if (!fileBroken) moveWithinFile(c, newSyms, oldSyms, inside);
    for (const h of c.hunks) {
      const newL: number[] = [];
      const oldL: number[] = [];
      for (let l = h.newStart; l < h.newStart + h.newLines; l++) if (!c.cov.newLines.has(l)) newL.push(l);
      for (let l = h.oldStart; l < h.oldStart + h.oldLines; l++) if (!c.cov.oldLines.has(l)) oldL.push(l);
      if (!newL.length && !oldL.length) continue;
      const code = (a: FileAnalysis | undefined, ls: number[]) => ls.map((l) => a?.codeLines[l - 1] ?? '').filter(Boolean).join(' ');
      const at = newL[0] ?? Math.max(1, h.newStart);
      const endAt = newL[newL.length - 1] ?? at;
      const baseRange = oldL.length ? { line: oldL[0], endLine: oldL[oldL.length - 1] } : undefined;
      const broken = (c.newA && !c.newA.ok) || (c.oldA && !c.oldA.ok);
      if (!broken && code(c.oldA, oldL) === code(c.newA, newL)) {
        const reason = [...newL.map((l) => c.newA?.commentOnlyLines.includes(l)), ...oldL.map((l) => c.oldA?.commentOnlyLines.includes(l))].some(Boolean)
          ? 'comments' : code(c.newA, newL) ? 'format' : 'whitespace';
        emit('ΔCOMMENTS', path, { line: at, endLine: endAt }, { baseRange, meta: { reason } });
        continue;
      }
      const newTop = newL.filter((l) => !inside(newSyms, l));
      const oldTop = oldL.filter((l) => !inside(oldSyms, l));
      const newIn = newL.filter((l) => inside(newSyms, l));
      const oldIn = oldL.filter((l) => inside(oldSyms, l));
      if (!broken && (newTop.length || oldTop.length)) {
        emitLines('ΔTOPLEVEL', c, newTop, oldTop, {}, at);
      }
      const restNew = broken ? newL : newIn;
      const restOld = broken ? oldL : oldIn;
      if (restNew.length || restOld.length) {
        // Code inside symbols that no token explains (typically a head that no longer parses).
        if (!broken && code(c.oldA, restOld) === code(c.newA, restNew)) {
          emitLines('ΔCOMMENTS', c, restNew, restOld, { reason: 'format' }, at);
          continue;
        }
        // Lines whose code reappears unchanged on the other side were only moved or
        // re-indented (e.g. a def wrapped into `try:`): not a semantic change.
        let finalNew = restNew;
        let finalOld = restOld;
        if (!broken) {
          const pool = new Map<string, number>();
          for (const l of restOld) {
            const k = c.oldA?.codeLines[l - 1] ?? '';
            pool.set(k, (pool.get(k) ?? 0) + 1);
          }
          const movedNew = new Set<number>();
          for (const l of restNew) {
            const k = c.newA?.codeLines[l - 1] ?? '';
            if (k === '') movedNew.add(l); // blank or comment-only: never semantic
            else if ((pool.get(k) ?? 0) > 0) {
              pool.set(k, pool.get(k)! - 1);
              movedNew.add(l);
            }
          }
          const remainingOld: number[] = [];
          const usedOld = new Map<string, number>();
          for (const l of restNew) if (movedNew.has(l)) {
            const k = c.newA?.codeLines[l - 1] ?? '';
            usedOld.set(k, (usedOld.get(k) ?? 0) + 1);
          }
          for (const l of restOld) {
            const k = c.oldA?.codeLines[l - 1] ?? '';
            if (k === '') continue;
            if ((usedOld.get(k) ?? 0) > 0) usedOld.set(k, usedOld.get(k)! - 1);
            else remainingOld.push(l);
          }
          const movedOld = restOld.filter((l) => !remainingOld.includes(l));
          if (movedNew.size || movedOld.length) {
            emitLines('ΔCOMMENTS', c, [...movedNew], movedOld, { reason: 'format' }, at);
          }
          finalNew = restNew.filter((l) => !movedNew.has(l));
          finalOld = remainingOld;
          if (!finalNew.length && !finalOld.length) continue;
        }
        emitLines('MODIFY_FILE', c, finalNew, finalOld, { unexplained: true, ...(broken ? { parseError: true } : {}) }, at);
      }
    }
  }

  return { tokens: out, loc };
}

/**
 * Lines of a file version, memoised per version object: in the editor the base versions stay
 * the same object across keystrokes, so their (large) texts are split once.
 */
const lineCache = new WeakMap<object, string[]>();
function linesOf(v: { text?: string }): string[] {
  let l = lineCache.get(v);
  if (!l) {
    l = splitLines(v.text ?? '');
    lineCache.set(v, l);
  }
  return l;
}

function rangeCode(a: FileAnalysis, r: Span): string {
  return a.codeLines.slice(r.line - 1, r.endLine).filter(Boolean).join(' ');
}

function lineCountOf(text: string | undefined): number {
  return text === undefined ? 1 : Math.max(1, splitLines(text).length);
}

/** Head line where base line `oldLine` now stands (or where its deletion happened). */
export function mapOldLineToNew(hunks: readonly Hunk[], oldLine: number): number {
  let shift = 0;
  for (const h of hunks) {
    const oldEnd = h.oldStart + h.oldLines - 1;
    if (h.oldLines > 0 && oldLine >= h.oldStart && oldLine <= oldEnd) {
      return Math.max(1, h.newLines > 0 ? Math.min(h.newStart + (oldLine - h.oldStart), h.newStart + h.newLines - 1) : h.newStart);
    }
    const before = h.oldLines > 0 ? h.oldStart : h.oldStart + 1;
    if (oldLine < before) break;
    shift += h.newLines - h.oldLines;
  }
  return Math.max(1, oldLine + shift);
}

/** What changed in a type's members (empty when only comments/format changed). */
function typeDetail(o: TypeDecl, n: TypeDecl): string[] {
  const d = new Set<string>();
  const om = new Map(o.members.map((m) => [m.name, m] as const));
  const nm = new Map(n.members.map((m) => [m.name, m] as const));
  for (const [k, m] of nm) {
    const x = om.get(k);
    if (!x) d.add('added');
    else {
      if (x.optional !== m.optional) d.add('optionality');
      if ((x.type ?? '') !== (m.type ?? '')) d.add('types');
    }
  }
  for (const k of om.keys()) if (!nm.has(k)) d.add('removed');
  if (o.kind !== n.kind) d.add('kind');
  if (o.exported !== n.exported) d.add('export');
  // Same members but the hash differs: an order change is semantic for enums (values shift).
  if (!d.size && o.kind === 'enum' && o.members.map((m) => m.name).join() !== n.members.map((m) => m.name).join()) d.add('order');
  return [...d];
}
