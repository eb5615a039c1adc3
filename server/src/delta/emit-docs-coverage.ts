// Docs and coverage tokens (spec §3.3 last rows: ΔREADME, ΔSPEC, DOC_PUBLIC_API, ΔCOMMENTS,
// ΔTOPLEVEL, MODIFY_FILE). Per pair: a doc comment/docstring change (DOC_PUBLIC_API for a public
// symbol, ΔCOMMENTS{docstring} for a private one whose only change is its doc). Per file, after
// every semantic emitter: the coverage pass that explains what no token explained yet —
// ΔCOMMENTS (comments, format, whitespace, moved code), ΔTOPLEVEL (module-level code) and the
// MODIFY_FILE catch-all (meta.unexplained, parseError), or one ΔREADME/ΔSPEC/MODIFY_FILE per
// file without symbol-level support. Order and rules: docs/tokens.md "Coverage".
import type { FileAnalysis, Span } from '../symbols/types';
import type { TokenKind } from './catalogue';
import { isDependencyManifest, manifestKeysAt } from './dependencies';
import { formKey } from './type-text';
import { baseSpan, markPairOwn, span, uncoveredIn, type ChangeCtx, type PairCtx, type TokenizeContext } from './tokenize-context';
import { rowOf } from '../util/line-starts';

const isDocPath = (p: string) => /(^|\/)readme[^/]*$/i.test(p);
const isSpecPath = (p: string) => /^(spec|docs)\//.test(p) || /\/docs\//.test(p);

/**
 * The code of a hunk's lines, joined, for comparing the two sides, keyed by what a formatter
 * cannot change (type-text.ts formKey); a leading union bar also when it is the hunk's first and the code line
 * before the hunk ends where a type begins (`specifier:` then `| A`, vue core 40178ddfc2).
 */
function hunkCode(a: FileAnalysis | undefined, ls: readonly number[]): string {
  let s = ls.map((l) => a!.codeLines[l - 1]).join(' ');
  if (ls.length && /^\s*[|&]/.test(s) && /[(<[,:=]\s*$/.test(a?.codeLines[ls[0] - 2] ?? '')) s = s.replace(/^\s*[|&]\s*/, '');
  // A trailing comma whose closing bracket opens the line after the hunk (`cb: Fn,` then `) =>`).
  if (ls.length && a?.lang !== 'python' && /[^,\s] ,$/.test(s) && /^[)\]}>]/.test(a?.codeLines[ls[ls.length - 1]] ?? '')) s = s.slice(0, -2);
  return formKey(s, a?.lang);
}

/**
 * Only the doc changed (bodyHash excludes Python docstrings) when no other token was emitted
 * for the pair since `before` (an index into ctx.out): the symbol's own changed lines are the
 * doc; a private symbol's doc edit is non-semantic.
 */
export function emitDocChange(ctx: TokenizeContext, pc: PairCtx, before: number): void {
  const { p, o, n, common } = pc;
  if (o.docHash === n.docHash) return;
  const docOnly = ctx.out.length === before;
  const docMeta = { hadDoc: o.hasDoc, hasDoc: n.hasDoc };
  if (common.publicApi) ctx.emit('DOC_PUBLIC_API', p.new.file, span(docOnly ? n.range : n.sigRange), { ...common, ...(docOnly ? { baseRange: baseSpan(o.range) } : {}), meta: docMeta });
  else if (docOnly) ctx.emit('ΔCOMMENTS', p.new.file, span(n.range), { baseRange: baseSpan(o.range), meta: { reason: 'docstring' } });
  if (docOnly) markPairOwn(pc);
}

/**
 * A Python docstring (PEP 257): a triple-quoted string that is the whole of its code line and the
 * first statement of a block (the code line before it ends a `def`/`class` header with `:`) or of
 * the module. Documentation, compared like a comment: pydantic 92462ee5a5 rewrote `model_dump`'s
 * docstring in the change that also changed its signature; DOC_PUBLIC_API then covers only the
 * signature, and the docstring's first line (where its string token starts) went to MODIFY_FILE.
 * Code lines hold a string token whole on its first line, so a string argument or value on a
 * line of its own is not a docstring: it follows `(`, `,` or `=`, not a header.
 */
const TRIPLE_STRING = /^[rRuU]{0,2}("""|''')([\s\S]*)\1$/;
function isDocstringLine(a: FileAnalysis | undefined, l: number): boolean {
  if (a?.lang !== 'python') return false;
  const m = TRIPLE_STRING.exec(a.codeLines[l - 1] ?? '');
  if (!m || m[2].includes(m[1])) return false;
  for (let k = l - 2; k >= 0; k--) {
    const prev = a.codeLines[k];
    if (prev) return prev.endsWith(':');
  }
  return true; // the module's first statement
}

/** A manifest's MODIFY_FILE names the keys its lines sit in (delta/dependencies.ts manifestKeysAt), both sides. */
function manifestMeta(change: ChangeCtx['change'], newL: readonly number[], oldL: readonly number[]): Record<string, unknown> {
  const p = change.new?.path ?? change.old?.path ?? '';
  if (!isDependencyManifest(p)) return {};
  const keys = new Set<string>();
  for (const [v, ls] of [[change.new, newL], [change.old, oldL]] as const) {
    if (v?.text === undefined || !ls.length) continue;
    for (const k of manifestKeysAt(v.path, v.text, ls) ?? []) keys.add(k);
  }
  return keys.size ? { manifestKeys: [...keys].sort() } : {};
}

/** The coverage pass of one file change (after all semantic emitters). */
export function coverRest(ctx: TokenizeContext, c: ChangeCtx): void {
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
      const u = uncoveredIn(c, h);
      newL.push(...u.newL);
      oldL.push(...u.oldL);
    }
    if (docKind && (c.hunks.length || change.status === 'A' || change.status === 'D')) {
      ctx.emitLines(docKind, c, newL, oldL, {}, 1);
      return;
    }
    if (!newL.length && !oldL.length) return;
    ctx.emitLines('MODIFY_FILE', c, newL, oldL, manifestMeta(change, newL, oldL));
    return;
  }
  const newSyms = spansOf([...(c.newA?.symbols ?? []), ...(c.newA?.types ?? [])]);
  const oldSyms = spansOf([...(c.oldA?.symbols ?? []), ...(c.oldA?.types ?? [])]);
  const inside = (syms: Spans, l: number) => syms.has(l);
  const fileBroken = (c.newA && !c.newA.ok) || (c.oldA && !c.oldA.ok);
  if (!fileBroken) moveWithinFile(ctx, c, newSyms, oldSyms, inside);
  for (const h of c.hunks) {
    const { newL, oldL } = uncoveredIn(c, h);
    if (!newL.length && !oldL.length) continue;
    const code = (a: FileAnalysis | undefined, ls: number[]) => hunkCode(a, ls.filter((l) => a?.codeLines[l - 1] && !isDocstringLine(a, l)));
    const at = newL[0] ?? Math.max(1, h.newStart);
    const endAt = newL[newL.length - 1] ?? at;
    const baseRange = oldL.length ? { line: oldL[0], endLine: oldL[oldL.length - 1] } : undefined;
    const broken = (c.newA && !c.newA.ok) || (c.oldA && !c.oldA.ok);
    if (!broken && code(c.oldA, oldL) === code(c.newA, newL)) {
      const docstring = (a: FileAnalysis | undefined, ls: number[]) => ls.some((l) => isDocstringLine(a, l));
      const reason = [...newL.map((l) => c.newA?.commentOnlyLines.includes(l)), ...oldL.map((l) => c.oldA?.commentOnlyLines.includes(l))].some(Boolean)
        ? 'comments' : docstring(c.newA, newL) || docstring(c.oldA, oldL) ? 'docstring' : code(c.newA, newL) ? 'format' : 'whitespace';
      ctx.emit('ΔCOMMENTS', path, { line: at, endLine: endAt }, { baseRange, meta: { reason } });
      continue;
    }
    const newTop = newL.filter((l) => !inside(newSyms, l));
    const oldTop = oldL.filter((l) => !inside(oldSyms, l));
    const newIn = newL.filter((l) => inside(newSyms, l));
    const oldIn = oldL.filter((l) => inside(oldSyms, l));
    if (!broken && (newTop.length || oldTop.length)) {
      ctx.emitLines('ΔTOPLEVEL', c, newTop, oldTop, {}, at);
    }
    const restNew = broken ? newL : newIn;
    const restOld = broken ? oldL : oldIn;
    if (restNew.length || restOld.length) {
      // Code inside symbols that no token explains (typically a head that no longer parses).
      if (!broken && code(c.oldA, restOld) === code(c.newA, restNew)) {
        ctx.emitLines('ΔCOMMENTS', c, restNew, restOld, { reason: 'format' }, at);
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
          ctx.emitLines('ΔCOMMENTS', c, [...movedNew], movedOld, { reason: 'format' }, at);
        }
        finalNew = restNew.filter((l) => !movedNew.has(l));
        finalOld = remainingOld;
        if (!finalNew.length && !finalOld.length) continue;
      }
      ctx.emitLines('MODIFY_FILE', c, finalNew, finalOld, { unexplained: true, ...(broken ? { parseError: true } : {}) }, at);
    }
  }
}

/**
 * Code inside symbols that moved within the file without changing (methods reordered in a
 * class, a def wrapped into `try:`): its lines appear in different hunks on the two sides.
 * Lines whose exact code is found uncovered on the other side are explained as moved.
 */
function moveWithinFile(
  ctx: TokenizeContext, c: ChangeCtx, newSyms: Spans, oldSyms: Spans, inside: (s: Spans, l: number) => boolean,
): void {
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
  // Moves of a line or two are more likely coincidences inside real edits: leave them — unless
  // they are a whole declaration that moved unchanged, found by its name on both sides (jotai
  // 3825317c9c lifts a one-line `const isNumber = (v) => …` out of an `it` callback into the
  // `describe` around it: two MODIFY_FILE catch-alls for a helper nobody changed).
  if (movedNew.length < 3 && !wholeSymbolsMoved(c, movedNew, movedOld)) return;
  movedOld.sort((a, b) => a - b);
  ctx.emitLines('ΔCOMMENTS', c, movedNew, movedOld, { reason: 'moved' });
  for (const l of movedNew) c.cov.newLines.add(l);
  for (const l of movedOld) c.cov.oldLines.add(l);
}

/**
 * Are the moved lines exactly whole symbols, each with a same-name symbol on the other side whose
 * lines all moved too (the declaration moved as it was)?
 */
function wholeSymbolsMoved(c: ChangeCtx, movedNew: readonly number[], movedOld: readonly number[]): boolean {
  if (!c.newA || !c.oldA || !movedNew.length) return false;
  const nset = new Set(movedNew);
  const oset = new Set(movedOld);
  const whole = (r: Span, set: Set<number>) => {
    for (let l = r.line; l <= r.endLine; l++) if (!set.has(l)) return false;
    return true;
  };
  const newWhole = c.newA.symbols.filter((x) => whole(x.range, nset));
  const oldWhole = c.oldA.symbols.filter((x) => whole(x.range, oset));
  const within = (l: number, syms: readonly { range: Span }[]) => syms.some((x) => l >= x.range.line && l <= x.range.endLine);
  return (
    newWhole.length > 0 &&
    newWhole.every((n) => oldWhole.some((o) => o.qualname === n.qualname)) &&
    movedNew.every((l) => within(l, newWhole)) &&
    movedOld.every((l) => within(l, oldWhole))
  );
}

/** Lines inside some symbol or type of a side: `has(l)` as `syms.some(s => s.range contains l)`. */
interface Spans {
  has(l: number): boolean;
}

/**
 * The symbols' line ranges merged into sorted disjoint runs, looked up by binary search (issue 14,
 * twelfth pass): the coverage pass asked `syms.some(…)` for every uncovered changed line — once a
 * buffer has drifted, hundreds of lines against every symbol of the file (webpack's Compilation.js:
 * ~400), on every keystroke. The same answer: a line is in a merged run iff some range holds it.
 */
function spansOf(syms: readonly { range: Span }[]): Spans {
  const rs = syms.map((s) => s.range).filter((r) => r.endLine >= r.line).sort((a, b) => a.line - b.line);
  const starts: number[] = [];
  const ends: number[] = [];
  for (const r of rs) {
    const k = ends.length - 1;
    // Runs of whole lines: [3, 5] and [6, 9] hold the same lines as [3, 9].
    if (k >= 0 && r.line <= ends[k] + 1) ends[k] = Math.max(ends[k], r.endLine);
    else {
      starts.push(r.line);
      ends.push(r.endLine);
    }
  }
  return {
    has(l: number): boolean {
      // The last run starting at or before l (util/line-starts.ts rowOf: the same search).
      return starts.length > 0 && starts[0] <= l && l <= ends[rowOf(starts, l)];
    },
  };
}
