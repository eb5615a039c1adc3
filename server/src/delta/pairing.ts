// Pairing base and head symbols (spec §3.2): by (file, qualname); then unpaired symbols in the
// same file by body similarity (rename); then across files (move, and rename if the name
// differs); members follow a renamed/moved container; then extract/inline; the rest is
// added/deleted. Pure: works on FileAnalysis records only.
import type { SymbolInfo } from '../symbols/types';
import { containment, jaccard } from './similarity';

export const RENAME_JACCARD = 0.85;
export const EXTRACT_CONTAINMENT = 0.8;
/** Extract/inline: the caller's body must shrink/grow by at least this share of F's body. */
const MIN_SIZE_SHARE = 0.5;
/** Bodies shorter than this only pair on an identical hash with a unique candidate. */
const SMALL_BODY = 6;

export interface SideSymbol {
  /** Index of the FileChange the symbol comes from. */
  change: number;
  file: string;
  sym: SymbolInfo;
}

export type PairHow = 'same' | 'rename' | 'move' | 'member';

export interface SymbolPair {
  old: SideSymbol;
  new: SideSymbol;
  how: PairHow;
  /** For `member`: the container pair was renamed/moved; no RENAME/MOVE token of its own. */
  nameChanged: boolean;
  fileChanged: boolean;
}

export interface PairingResult {
  pairs: SymbolPair[];
  added: SideSymbol[];
  deleted: SideSymbol[];
  extracted: { sym: SideSymbol; source: SymbolPair }[];
  inlined: { sym: SideSymbol; target: SymbolPair }[];
}

export interface PairingInput {
  /** Per change: old and new symbols and whether the new side parses. */
  files: { change: number; oldFile?: string; newFile?: string; oldSyms: SymbolInfo[]; newSyms: SymbolInfo[] }[];
}

const depth = (q: string) => q.split('.').length;

/**
 * Accessor flavour of a symbol (spec §3.2 as amended): `get x()` and `set x(v)` share a
 * qualified name but pair only with their own kind (get with get, set with set), and duplicate
 * names pair by position within their kind.
 */
export const accessorOf = (s: SymbolInfo): string => (s.signature.callKind === 'getter' ? 'get' : s.signature.callKind === 'setter' ? 'set' : '');

/**
 * The head symbol that carries `s` by name: same qualname, kind and accessor flavour, the k-th
 * such symbol for the k-th in the base (§3.2 as amended: getter with getter, setter with setter,
 * duplicates by position within their kind). I2 and the fixes look contracts up through this.
 */
export function sameNameSuccessor(s: SymbolInfo, oldSyms: readonly SymbolInfo[], newSyms: readonly SymbolInfo[]): SymbolInfo | undefined {
  const like = (x: SymbolInfo) => x.qualname === s.qualname && x.kind === s.kind && accessorOf(x) === accessorOf(s);
  const k = oldSyms.filter(like).indexOf(s);
  return newSyms.filter(like)[Math.max(0, k)];
}

export function pairSymbols(input: PairingInput): PairingResult {
  const pairs: SymbolPair[] = [];
  const oldFree = new Map<string, SideSymbol>(); // key change|qualname
  const newFree = new Map<string, SideSymbol>();
  // Qualnames can repeat (a def in both branches of an `if`, getter + setter): within one
  // accessor kind the k-th occurrence pairs with the k-th (§3.2), and free symbols are keyed by
  // position as well.
  const key = (s: SideSymbol) => `${s.change}|${s.sym.qualname}|${s.sym.range.line}:${s.sym.range.col}`;
  const byQual = (syms: SymbolInfo[]) => {
    const m = new Map<string, SymbolInfo[]>();
    for (const s of syms) {
      const k = `${s.qualname}\u0000${accessorOf(s)}`;
      const list = m.get(k);
      if (list) list.push(s);
      else m.set(k, [s]);
    }
    return m;
  };

  // 1. Same file (incl. git renames: one FileChange), same qualname.
  for (const f of input.files) {
    const newByQ = byQual(f.newSyms);
    const oldByQ = byQual(f.oldSyms);
    for (const [q, olds] of oldByQ) {
      const news = newByQ.get(q) ?? [];
      olds.forEach((s, k) => {
        const n = news[k];
        if (n) {
          pairs.push({
            old: { change: f.change, file: f.oldFile!, sym: s },
            new: { change: f.change, file: f.newFile!, sym: n },
            how: 'same', nameChanged: false, fileChanged: false,
          });
        } else {
          const side = { change: f.change, file: f.oldFile!, sym: s };
          oldFree.set(key(side), side);
        }
      });
    }
    for (const [q, news] of newByQ) {
      const olds = oldByQ.get(q) ?? [];
      news.slice(olds.length).forEach((n) => {
        const side = { change: f.change, file: f.newFile!, sym: n };
        newFree.set(key(side), side);
      });
    }
  }

  const take = (o: SideSymbol, n: SideSymbol, how: PairHow, nameChanged: boolean, fileChanged: boolean) => {
    oldFree.delete(key(o));
    newFree.delete(key(n));
    const p: SymbolPair = { old: o, new: n, how, nameChanged, fileChanged };
    pairs.push(p);
    followMembers(o, n);
    return p;
  };

  // Members follow their container (spec §3.2): Old.m ↔ New.m under the new qualified name.
  const followMembers = (o: SideSymbol, n: SideSymbol) => {
    const oPrefix = `${o.sym.qualname}.`;
    const nPrefix = `${n.sym.qualname}.`;
    const members = [...oldFree.values()]
      .filter((s) => s.change === o.change && s.sym.qualname.startsWith(oPrefix))
      .sort((a, b) => depth(a.sym.qualname) - depth(b.sym.qualname));
    for (const m of members) {
      if (!oldFree.has(key(m))) continue;
      const wanted = `${nPrefix}${m.sym.qualname.slice(oPrefix.length)}`;
      let target: SideSymbol | undefined;
      for (const c of newFree.values()) if (c.change === n.change && c.sym.qualname === wanted && accessorOf(c.sym) === accessorOf(m.sym)) {
        target = c;
        break;
      }
      if (target) take(m, target, 'member', false, false);
    }
  };

  const similar = (a: SymbolInfo, b: SymbolInfo): number => {
    if (a.kind === 'class' ? b.kind !== 'class' : b.kind === 'class') return 0;
    // Bodiless declarations (abstract, overload-only, `declare`) have no body to compare.
    if (!a.bodyHash || !b.bodyHash || (a.bodyTokens.length === 0 && b.bodyTokens.length === 0)) return 0;
    if (a.bodyHash === b.bodyHash) return 1;
    if (a.bodyTokens.length < SMALL_BODY || b.bodyTokens.length < SMALL_BODY) return 0;
    return jaccard(a.bodyTokens, b.bodyTokens);
  };

  const match = (sameFile: boolean) => {
    const olds = [...oldFree.values()].sort(
      (a, b) => depth(a.sym.qualname) - depth(b.sym.qualname) || a.change - b.change || a.sym.range.line - b.sym.range.line,
    );
    for (const o of olds) {
      if (!oldFree.has(key(o))) continue;
      let best: SideSymbol | undefined;
      let bestScore = 0;
      let ties = 0;
      for (const n of newFree.values()) {
        if ((n.change === o.change) !== sameFile) continue;
        if (sameFile && n.sym.kind !== o.sym.kind) continue;
        if (accessorOf(n.sym) !== accessorOf(o.sym)) continue; // get with get, set with set (§3.2)
        // A move keeps nesting: a top-level function does not become a method by moving files.
        if (!sameFile && (n.sym.kind === 'method') !== (o.sym.kind === 'method')) continue;
        const sc = similar(o.sym, n.sym);
        if (sc < RENAME_JACCARD) continue;
        if (sc > bestScore || (sc === bestScore && best && Math.abs(n.sym.range.line - o.sym.range.line) < Math.abs(best.sym.range.line - o.sym.range.line))) {
          if (sc > bestScore) ties = 0;
          best = n;
          bestScore = sc;
        } else if (sc === bestScore) ties++;
      }
      if (!best) continue;
      // Tiny identical bodies (`return null`) are ambiguous: pair only a unique candidate.
      if (o.sym.bodyTokens.length < SMALL_BODY && ties > 0) continue;
      const nameChanged = best.sym.qualname !== o.sym.qualname;
      take(o, best, sameFile ? 'rename' : 'move', nameChanged, !sameFile);
    }
  };
  // 2. Renames within a file, 3. moves across files.
  match(true);
  match(false);

  // 4. Extract / inline.
  const extracted: PairingResult['extracted'] = [];
  const inlined: PairingResult['inlined'] = [];
  const callers = pairs.filter((p) => p.old.sym.kind !== 'class');
  for (const n of [...newFree.values()]) {
    if (n.sym.kind === 'class' || n.sym.bodyTokens.length < SMALL_BODY) continue;
    let best: SymbolPair | undefined;
    let bestC = 0;
    for (const g of callers) {
      if (!g.new.sym.calls.includes(n.sym.name)) continue;
      // G must have given up a good part of F's code, not just any few tokens.
      if (g.old.sym.bodyTokens.length - g.new.sym.bodyTokens.length < MIN_SIZE_SHARE * n.sym.bodyTokens.length) continue;
      const c = containment(n.sym.bodyTokens, g.old.sym.bodyTokens);
      if (c >= EXTRACT_CONTAINMENT && c > bestC) {
        best = g;
        bestC = c;
      }
    }
    if (best) {
      newFree.delete(key(n));
      extracted.push({ sym: n, source: best });
    }
  }
  for (const o of [...oldFree.values()]) {
    if (o.sym.kind === 'class' || o.sym.bodyTokens.length < SMALL_BODY) continue;
    let best: SymbolPair | undefined;
    let bestC = 0;
    for (const g of callers) {
      if (!g.old.sym.calls.includes(o.sym.name)) continue;
      if (g.new.sym.bodyTokens.length - g.old.sym.bodyTokens.length < MIN_SIZE_SHARE * o.sym.bodyTokens.length) continue;
      const c = containment(o.sym.bodyTokens, g.new.sym.bodyTokens);
      if (c >= EXTRACT_CONTAINMENT && c > bestC) {
        best = g;
        bestC = c;
      }
    }
    if (best) {
      oldFree.delete(key(o));
      inlined.push({ sym: o, target: best });
    }
  }

  return { pairs, added: [...newFree.values()], deleted: [...oldFree.values()], extracted, inlined };
}
