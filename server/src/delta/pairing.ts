// Pairing base and head symbols (spec §3.2): by (file, qualname); then unpaired symbols in the
// same file by body similarity (rename); then across files (move, and rename if the name
// differs); members follow a renamed/moved container; then extract/inline; the rest is
// added/deleted. Pure: works on FileAnalysis records (and the head text, for class base lists).
import type { ImportInfo, SymbolInfo } from '../symbols/types';
import { mapOldLineToNew, oldLineKept, type Hunk } from '../util/line-diff';
import { classBaseNames } from './class-bases';
import { ImportBindings } from './import-bindings';
import { resolveImport } from './import-resolve';
import { containment, jaccard } from './similarity';

export const RENAME_JACCARD = 0.85;
export const EXTRACT_CONTAINMENT = 0.8;
/**
 * Extract/inline: at least this share of F's body must be among the tokens the caller gave up
 * (extract) or gained (inline). Measured on the tokens that left/entered the caller, not its net
 * size, so a caller that also gained code still counts (spec §3.2 as amended).
 */
const MIN_CARRIED_SHARE = 0.5;
/** Evidence pairing (spec §3.2 "Evidence beyond bodies"): the least body similarity still required. */
const SAME_NAME_JACCARD = 0.5;
const CALL_SITE_JACCARD = 0.3;
/** Class rename by members: share of the base class's members found by name in the head class. */
const CLASS_MEMBER_SHARE = 0.5;
const OPENER: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
const IDENT = /^[A-Za-z_$][\w$]*$/;

/**
 * The tokens of the assignments in `tokens` whose value is a call of `name`: what the result is
 * assigned to (`const {a, b} =`, `x, y =`, `let v =`), the callee and its argument list. Only
 * assignments: a bare call (`emitError(error)`) repeats nothing of the extracted code — except its
 * keyword arguments (`keywordPlumbing`). Body tokens are a flat list without lines, so the
 * statement is rebuilt from the call outwards.
 */
export function callStatementTokens(tokens: readonly string[], name: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    if (tokens[i] !== name || tokens[i + 1] !== '(') continue;
    let end = i + 1;
    for (let depth = 0; end < tokens.length; end++) {
      if (tokens[end] === '(') depth++;
      else if (tokens[end] === ')' && --depth === 0) break;
    }
    let j = i - 1;
    if (tokens[j] === 'await') j--;
    if (tokens[j] !== '=') {
      out.push(...keywordPlumbing(tokens, i + 1, end));
      i = end;
      continue;
    }
    {
      j--;
      const close = tokens[j];
      if (close !== undefined && OPENER[close]) {
        for (let depth = 0; j >= 0; j--) {
          if (tokens[j] === close) depth++;
          else if (tokens[j] === OPENER[close] && --depth === 0) break;
        }
        j--;
      } else while (j >= 0 && (IDENT.test(tokens[j]) || tokens[j] === ',')) j--;
      if (tokens[j] === 'const' || tokens[j] === 'let' || tokens[j] === 'var') j--;
    }
    out.push(...tokens.slice(j + 1, end + 1));
    i = end;
  }
  return out;
}

/**
 * The keyword arguments of a call that is not assigned (`return F(path=…, charset=charset)`;
 * held-out batch 4, werkzeug 81d2ed03 `get_path_info`): each `name=` repeats a parameter name of
 * F — the names F's body now uses for what G computed in place — and `name=name` passes G's own
 * variable through unchanged. Those tokens are plumbing of the call, not code G kept. Positional
 * arguments and keyword values that are expressions stay G's code. `open`/`close`: the call's
 * parentheses.
 */
function keywordPlumbing(tokens: readonly string[], open: number, close: number): string[] {
  const out: string[] = [];
  let depth = 0;
  for (let k = open + 1; k < close; k++) {
    const t = tokens[k];
    if (t === '(' || t === '[' || t === '{') depth++;
    else if (t === ')' || t === ']' || t === '}') depth--;
    if (depth !== 0 || !IDENT.test(t) || tokens[k + 1] !== '=' || (tokens[k - 1] !== '(' && tokens[k - 1] !== ',')) continue;
    out.push(t, '=');
    if (tokens[k + 2] === t && (tokens[k + 3] === ',' || k + 3 === close)) out.push(t);
  }
  return out;
}

/** Bodies shorter than this only pair on an identical hash with a unique candidate. */
const SMALL_BODY = 6;

export interface SideSymbol {
  /** Index of the FileChange the symbol comes from. */
  change: number;
  file: string;
  sym: SymbolInfo;
}

export type PairHow = 'same' | 'rename' | 'move' | 'member';

/** Multiset difference a − b of token lists. */
export function minus(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const t of b) left.set(t, (left.get(t) ?? 0) + 1);
  const out: string[] = [];
  for (const t of a) {
    const n = left.get(t) ?? 0;
    if (n > 0) left.set(t, n - 1);
    else out.push(t);
  }
  return out;
}

export interface SymbolPair {
  old: SideSymbol;
  new: SideSymbol;
  how: PairHow;
  /** For `member`: the container pair was renamed/moved; no RENAME/MOVE token of its own. */
  nameChanged: boolean;
  fileChanged: boolean;
  /** A nested function carried along by an extract/inline (spec §3.2): its lines moved with it. */
  carried?: boolean;
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
  files: {
    change: number; oldFile?: string; newFile?: string; oldSyms: SymbolInfo[]; newSyms: SymbolInfo[]; newImports?: readonly ImportInfo[];
    /** The base side's imports, for the names a base caller called an inlined function by (import-bindings.ts). */
    oldImports?: readonly ImportInfo[];
    /** The head text, read only for the base lists of classes (class-bases.ts) when evidence needs them, and for import bindings. */
    newText?: string;
    /** The base text, read only for the bindings of the base side's default imports (import-bindings.ts). */
    oldText?: string;
    /** The change's line hunks, base → head (where a same-name duplicate now stands). */
    hunks?: readonly Hunk[];
  }[];
}

const depth = (q: string) => q.split('.').length;

/** Functions and classes nested directly in `g` (by qualified name) among `syms`. */
function childrenOf(g: SymbolInfo, syms: readonly SymbolInfo[]): SymbolInfo[] {
  const prefix = `${g.qualname}.`;
  const d = depth(g.qualname) + 1;
  return syms.filter((s) => s !== g && s.qualname.startsWith(prefix) && depth(s.qualname) === d);
}

const countOf = (tokens: readonly string[], t: string) => tokens.reduce((k, x) => (x === t ? k + 1 : k), 0);

/**
 * Call sites of `name` by its bare name in `tokens` (`name(`, `name?.(`, `name<T>(`, and
 * `name.call(` / `name.apply(`, which run it — held-out batch 23b, spec §3.3): not as a member
 * (`x.name(`) and not its declaration (`function name(`, `def name(`). A function nested in
 * another is a closure: its enclosing code reaches it by that name only.
 */
const CALL_OPENERS: ReadonlySet<string> = new Set(['(', '?.', '<']);
const INVOKERS: ReadonlySet<string> = new Set(['call', 'apply']);

function bareCalls(tokens: readonly string[], name: string): number {
  let n = 0;
  for (let i = 0; i < tokens.length - 1; i++) {
    if (tokens[i] !== name) continue;
    const invoked = tokens[i + 1] === '.' && INVOKERS.has(tokens[i + 2]) && tokens[i + 3] === '(';
    if (!invoked && !CALL_OPENERS.has(tokens[i + 1])) continue;
    const prev = tokens[i - 1];
    if (prev !== '.' && prev !== '?.' && prev !== 'function' && prev !== 'def') n++;
  }
  return n;
}

/** Bare-name calls of `name` in `s`'s own code (without the functions nested in it). */
const ownBareCalls = (s: SymbolInfo, name: string, syms: readonly SymbolInfo[]) =>
  bareCalls(s.bodyTokens, name) - childrenOf(s, syms).reduce((k, c) => k + bareCalls(c.bodyTokens, name), 0);

/**
 * A closure — a function nested in another function (not a method: `Klass.m`, `obj.m`,
 * `Foo.prototype.m` are reached as members; an anonymous container leaves no name, §3.1) — is
 * called by its bare name only. `calls` also holds member calls (`qs.parse(…)`, `JSON.parse(…)`)
 * and a body holds mere mentions of the name, which reach other functions: a caller G outside the
 * closure's container must call it by its bare name (held-out batch 19c, body-parser 5dee3137: the
 * new `urlencoded.parse` was "extracted from" `json`, whose code only says `JSON.parse`; 8c36f57e:
 * the removed `urlencoded.parse` was "inlined into" `createQueryParser`, which only says `qs.parse`).
 */
function isClosure(f: SymbolInfo, fileSyms: readonly SymbolInfo[]): boolean {
  const dot = f.qualname.lastIndexOf('.');
  if (f.kind !== 'fn' || dot < 0) return false;
  const container = f.qualname.slice(0, dot);
  return fileSyms.some((s) => s.qualname === container && s.kind !== 'class');
}

/**
 * Whether `g`'s own code — its body minus the functions nested in it, which are symbols of their
 * own (spec §3.1) — names `name`. A symbol's `calls` and body tokens include its nested
 * functions'; "G now calls F" (§3.3) is about G's code (held-out batch 8, yargs f45a817f: only
 * `command.addHandler` calls the new `commandMiddlewareFactory`, not `command`).
 */
function ownCodeNames(g: SymbolInfo, name: string, syms: readonly SymbolInfo[]): boolean {
  let inChildren = 0;
  // A nested function's declaration (\`function f(\`, \`def f(\`, \`const f = …\`) names it once in
  // G's body; its own body drops that name (§3.1). The declaration is no call: without counting
  // it here, every function nested in G looked called by G's own code (held-out batch 11, eslint
  // 55f0cb68: brace-style's new nested removeNewlineBetween, called only by the new nested
  // validateCurlyPair, was "extracted from" create).
  for (const c of childrenOf(g, syms)) inChildren += countOf(c.bodyTokens, name) + (c.name === name ? 1 : 0);
  // A body drops its own name (§3.1), so a G delegating to a same-named F (werkzeug 81d2ed03
  // `get_path_info`) shows no mention at all: only a mention found in a nested function and
  // nowhere else in G is taken away from G.
  return inChildren === 0 || countOf(g.bodyTokens, name) > inChildren;
}

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

/**
 * sameNameSuccessor for every symbol of one file pair: both lists grouped once by (qualname, kind,
 * accessor), so that I2, which looks up each public symbol of a changed file on every keystroke,
 * is O(symbols) instead of two scans of the file's symbols per symbol (webpack's Compilation.js:
 * ~300 methods, 180,000 comparisons per keystroke; issue 14, eleventh pass).
 */
export function sameNameSuccessors(oldSyms: readonly SymbolInfo[], newSyms: readonly SymbolInfo[], hunksOf?: () => readonly Hunk[] | undefined): (s: SymbolInfo) => SymbolInfo | undefined {
  const keyOf = (x: SymbolInfo) => `${x.qualname}\u0000${x.kind}\u0000${accessorOf(x)}`;
  const group = (syms: readonly SymbolInfo[]) => {
    const m = new Map<string, SymbolInfo[]>();
    for (const x of syms) {
      const k = keyOf(x);
      const list = m.get(k);
      if (list) list.push(x);
      else m.set(k, [x]);
    }
    return m;
  };
  let olds: Map<string, SymbolInfo[]> | undefined;
  let news: Map<string, SymbolInfo[]> | undefined;
  // Duplicates (several of one name and kind on a side) pair as the tokens pair them
  // (duplicatePairs: the line diff, then identical text, then position), so that I2 and
  // MODIFY_SIG judge the same successor — twins that changed places (cattrs 4c20ab73) are not a
  // signature change for either (held-out batch 19b). Without hunks, position.
  const dup = new Map<string, Map<SymbolInfo, SymbolInfo | undefined>>();
  return (s) => {
    olds ??= group(oldSyms);
    news ??= group(newSyms);
    const k = keyOf(s);
    const os = olds.get(k);
    const ns = news.get(k);
    const at = os?.indexOf(s) ?? -1;
    // As sameNameSuccessor: a symbol not in the base list takes the first of its kind.
    if (!ns || at < 0 || (os!.length === 1 && ns.length === 1) || !hunksOf) return ns?.[Math.max(0, at)];
    let m = dup.get(k);
    if (!m) dup.set(k, (m = new Map(duplicatePairs(os!, ns, hunksOf()))));
    return m.get(s);
  };
}

/**
 * Same-name symbols of one file, base → head (§3.2 as amended: duplicates are a multiset).
 * Position alone pairs the wrong ones when the count changed — a test file gains a second nested
 * `customFetch` above the first (ky 6ed304d2): the old one with the new one, the untouched one
 * reported added — and when the same definitions changed places: cattrs 4c20ab73 swaps the two
 * branches of an `if`/`else` holding four nested `structure_tagged_union`s, and position paired
 * definitions with different parameters (a MODIFY_SIG for an unchanged signature; held-out batch
 * 19b). So, whatever the counts, first a base symbol whose first line no hunk touches pairs with
 * the head symbol that starts where the line diff puts that line (same column): the diff says it
 * is the same declaration, whatever its body became; then symbols with an unchanged body and
 * signature pair (first with first); the rest by position. The diff goes first because identical
 * bodies do not say which is which: undici 57f50a278b adds a test with empty `resume`/`abort`
 * helpers above a dozen tests holding the same helpers, and first-with-first reported the last
 * ones as added. One of each side is the common case and pairs at once.
 */
function duplicatePairs(olds: readonly SymbolInfo[], news: readonly SymbolInfo[], hunks: readonly Hunk[] | undefined): [SymbolInfo, SymbolInfo | undefined][] {
  if (olds.length === 0 || news.length === 0 || (olds.length === 1 && news.length === 1)) return olds.map((s, k) => [s, news[k]]);
  const taken = new Set<SymbolInfo>();
  const out = new Map<SymbolInfo, SymbolInfo | undefined>();
  if (hunks) {
    for (const s of olds) {
      if (!oldLineKept(hunks, s.range.line)) continue;
      const line = mapOldLineToNew(hunks, s.range.line);
      const n = news.find((x) => !taken.has(x) && x.range.line === line && x.range.col === s.range.col);
      if (n) {
        taken.add(n);
        out.set(s, n);
      }
    }
  }
  const same = (a: SymbolInfo, b: SymbolInfo) => a.bodyHash === b.bodyHash && a.signature.text === b.signature.text;
  for (const s of olds) {
    if (out.has(s)) continue;
    const n = news.find((x) => !taken.has(x) && same(s, x));
    if (n) {
      taken.add(n);
      out.set(s, n);
    }
  }
  const restNew = news.filter((x) => !taken.has(x));
  let k = 0;
  for (const s of olds) if (!out.has(s)) out.set(s, restNew[k++]);
  return olds.map((s) => [s, out.get(s)]);
}

/**
 * Pairing's working state, shared by its phases: the pairs so far and the symbols still free on
 * each side, keyed by `key`. Each phase is a function of its own rather than one closure-laden
 * function: as one 14.5 KB function every deoptimisation made V8 recompile all of it on a
 * background thread (120–250 ms of TurboFan per compile, five times in bench a's 440 steps),
 * which on two cores preempts the keystroke being analysed (issue 14, tenth pass).
 */
interface PairState {
  input: PairingInput;
  pairs: SymbolPair[];
  oldFree: Map<string, SideSymbol>; // key change|qualname|position
  newFree: Map<string, SideSymbol>;
  /** Default-export names, import targets and lines read once per side of each file (import-bindings.ts). */
  bindings: ImportBindings;
}

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

/** The symbols of `q` in every accessor flavour, from a byQual map. */
const ofQualname = (m: Map<string, SymbolInfo[]>, q: string): SymbolInfo[] => ['', 'get', 'set'].flatMap((a) => m.get(`${q}\u0000${a}`) ?? []);

export function pairSymbols(input: PairingInput): PairingResult {
  const st: PairState = { input, pairs: [], oldFree: new Map(), newFree: new Map(), bindings: new ImportBindings(input.files) };
  pairSameQualname(st);
  // 2. Renames within a file, 3. moves across files.
  matchFree(st, true);
  matchFree(st, false);

  // Every symbol of both sides, for the evidence below.
  const oldSide: SideSymbol[] = [];
  const newSide: SideSymbol[] = [];
  for (const f of input.files) {
    for (const sym of f.oldSyms) oldSide.push({ change: f.change, file: f.oldFile!, sym });
    for (const sym of f.newSyms) newSide.push({ change: f.change, file: f.newFile!, sym });
  }
  pairClassesByMembers(st, oldSide, newSide);
  // Call-site evidence through a caller that evidence itself paired (spec §3.2: "the change's call
  // sites of the old name now call the new name"). A pass reads each caller's head successor from
  // the pairs made before it, so a callee whose only caller was renamed in the same pass found no
  // switched call site (held-out batch 24b, arrow 9b25a4c1: `_get_tzinfo` → `_parse` by its caller
  // `__init__`, and `_get_tzinfo_str` → `_parse_str`, called only from `_get_tzinfo` / `_parse`).
  // Another pass, while the last one paired something, sees those successors (at most two more).
  for (let pass = 0, took = pairByEvidence(st, oldSide, newSide); took > 0 && pass < 2 && st.oldFree.size > 0 && st.newFree.size > 0; pass++) {
    took = pairByEvidence(st, oldSide, newSide);
  }

  const { extracted, inlined } = extractAndInline(st);
  for (const e of extracted) carry(st, e.source.old, e.sym);
  for (const i of inlined) carry(st, i.sym, i.target.new);
  // Evidence again for what an extract or inline left behind (held-out batch 20b, nodemailer
  // 15db667a: `_send` inlined into `send`, its closure `getRegion` now the method
  // `SESTransport.getRegion`, Jaccard 0.750). The first pass kept out every symbol inside a
  // removed or added container ("deleted/added with it", §3.2), but an extracted or inlined
  // function is neither: its nested functions that `carry` found no place for are still free
  // symbols of the change, and the same-name / call-site evidence judges them like any other.
  // Symbols the first pass could already see gain no candidate here but the newly visible ones.
  if (extracted.length || inlined.length) pairByEvidence(st, oldSide, newSide);
  pairFunctionConstructors(st);

  return { pairs: st.pairs, added: [...st.newFree.values()], deleted: [...st.oldFree.values()], extracted, inlined };
}

/**
 * An ES5 constructor function turned into a class (`function C(a) {…}` + `C.prototype.m = …` →
 * `class C { constructor(a) {…} m() {…} }`; commander 80b3587e, held-out batch 17a knex 41606d79):
 * the class pairs with the function by its name, the prototype methods with the class methods by
 * theirs, and the class's `constructor` — the function's own code, still called as `new C(a)` —
 * is the function too, not an added method. It is paired with the function as well (one base
 * symbol, two head symbols: the only such pair), so its signature and body are compared with the
 * function's. JS/TS only: a Python `__init__` takes `self`, which the function did not.
 */
function pairFunctionConstructors(st: PairState): void {
  for (const p of [...st.pairs]) {
    if (p.old.sym.kind !== 'fn' || p.new.sym.kind !== 'class') continue;
    const wanted = `${p.new.sym.qualname}.constructor`;
    for (const c of st.newFree.values()) {
      if (c.change !== p.new.change || c.sym.qualname !== wanted || c.sym.kind !== 'method') continue;
      st.newFree.delete(key(c));
      st.pairs.push({ old: p.old, new: c, how: 'member', nameChanged: false, fileChanged: false });
      break;
    }
  }
}

/**
 * Whether a base and a head symbol of one qualname are one symbol by their kinds: a class stays a
 * class; a function may become a class (an ES5 constructor, pairFunctionConstructors), but a class
 * is not the function that took its name (held-out batch 21a-4, pydantic 8aad3a2f: `class
 * PrivateAttr` renamed `ModelPrivateAttr`, a factory `def PrivateAttr(…)` added in its place — the
 * class pairs with its renamed self by body, §3.2, and the function is added).
 */
function kindsPair(o: SymbolInfo, n: SymbolInfo): boolean {
  return o.kind !== 'class' || n.kind === 'class';
}

/**
 * A function whose name a class took, where the file's old class of another name is that class
 * renamed (its body as similar as §3.2's rename asks, and its name gone): two renames, not an ES5
 * constructor turned class plus a class deleted (chalk d798222a5a: `class ChalkClass` → `class
 * Chalk`, `function Chalk` → `function createChalk`; paired by name, DEL_CLASS spanned the whole
 * unchanged class and I3 blocked the commit).
 */
function classRenamedInto(o: SymbolInfo, n: SymbolInfo, oldSyms: readonly SymbolInfo[], newByQ: Map<string, SymbolInfo[]>): boolean {
  if (o.kind !== 'fn' || n.kind !== 'class') return false;
  return oldSyms.some((c) => c.kind === 'class' && c.qualname !== n.qualname && !newByQ.has(c.qualname) && similar(c, n) >= RENAME_JACCARD);
}

/**
 * A plain method turned accessor of the same name, or the reverse (held-out batch 25b, lru-cache
 * 733feec6: `reset () { …; return this.clear() }` → `get reset () { …; return this.clear }`). The
 * method keeps its name and class; only its calling convention changed — spec §3.3 MODIFY_SIG
 * ("decorators only when they change the calling convention (`staticmethod`, `classmethod`,
 * `property`)"; a JS/TS getter is JS's `property`, and a Python `@property` already pairs by name).
 * §3.2's "get with get, set with set" is about an accessor pair sharing a name: here the pair is
 * made only when the flavour vanished from the head and the head's flavour is new — the base holds
 * no symbol of the name in the head's flavour, the head none in the base's — and one side is a
 * plain method. Of a getter and a setter both new, the getter carries the method (it is what a
 * reader of the old method reads); the setter is added.
 */
function accessorTurned(s: SymbolInfo, oldSyms: readonly SymbolInfo[], newSyms: readonly SymbolInfo[], pairedNew: ReadonlySet<SymbolInfo>): SymbolInfo | undefined {
  if (s.kind !== 'method') return undefined;
  // `oldSyms` / `newSyms`: the file's symbols of s's qualname (byQual), not the whole file — a
  // keystroke that leaves many members unpaired must not scan every symbol for each.
  const same = (x: SymbolInfo) => x.qualname === s.qualname && x.kind === s.kind;
  const from = accessorOf(s);
  const oldFlavours = oldSyms.filter(same).map(accessorOf);
  const newFlavours = newSyms.filter(same).map(accessorOf);
  // The base's flavour is gone from the head, and s is its only symbol of the name in that flavour.
  if (newFlavours.includes(from) || oldFlavours.filter((a) => a === from).length !== 1) return undefined;
  const wanted = from === '' ? (newFlavours.includes('get') ? 'get' : 'set') : '';
  if (oldFlavours.includes(wanted)) return undefined;
  const cands = newSyms.filter((x) => same(x) && accessorOf(x) === wanted && !pairedNew.has(x));
  return cands.length === 1 ? cands[0] : undefined;
}

/** 1. Same file (incl. git renames: one FileChange), same qualname. */
function pairSameQualname(st: PairState): void {
  const { input, pairs, oldFree, newFree } = st;
  for (const f of input.files) {
    const newByQ = byQual(f.newSyms);
    const oldByQ = byQual(f.oldSyms);
    const pairedNew = new Set<SymbolInfo>();
    const leftOld: SymbolInfo[] = [];
    const pairSame = (s: SymbolInfo, n: SymbolInfo) => {
      pairedNew.add(n);
      pairs.push({
        old: { change: f.change, file: f.oldFile!, sym: s },
        new: { change: f.change, file: f.newFile!, sym: n },
        how: 'same', nameChanged: false, fileChanged: false,
      });
    };
    for (const [q, olds] of oldByQ) {
      const news = newByQ.get(q) ?? [];
      for (const [s, n] of duplicatePairs(olds, news, f.hunks)) {
        if (n && (!kindsPair(s, n) || classRenamedInto(s, n, f.oldSyms, newByQ))) {
          const side = { change: f.change, file: f.oldFile!, sym: s };
          oldFree.set(key(side), side);
        } else if (n) {
          pairSame(s, n);
        } else {
          leftOld.push(s);
        }
      }
    }
    for (const s of leftOld) {
      const n = accessorTurned(s, ofQualname(oldByQ, s.qualname), ofQualname(newByQ, s.qualname), pairedNew);
      if (n) {
        pairSame(s, n);
      } else {
        const side = { change: f.change, file: f.oldFile!, sym: s };
        oldFree.set(key(side), side);
      }
    }
    for (const news of newByQ.values()) {
      for (const n of news) {
        if (pairedNew.has(n)) continue;
        const side = { change: f.change, file: f.newFile!, sym: n };
        newFree.set(key(side), side);
      }
    }
  }
}

function take(st: PairState, o: SideSymbol, n: SideSymbol, how: PairHow, nameChanged: boolean, fileChanged: boolean): SymbolPair {
  st.oldFree.delete(key(o));
  st.newFree.delete(key(n));
  const p: SymbolPair = { old: o, new: n, how, nameChanged, fileChanged };
  st.pairs.push(p);
  followMembers(st, o, n);
  return p;
}

/** Members follow their container (spec §3.2): Old.m ↔ New.m under the new qualified name. */
function followMembers(st: PairState, o: SideSymbol, n: SideSymbol): void {
  const { pairs, oldFree, newFree } = st;
  const oPrefix = `${o.sym.qualname}.`;
  const nPrefix = `${n.sym.qualname}.`;
  // Members already paired on their own (a container paired by evidence after them) follow it too.
  for (const p of pairs) {
    if ((p.how === 'rename' || p.how === 'move') && p.old.change === o.change && p.new.change === n.change
      && p.old.sym.qualname.startsWith(oPrefix) && p.new.sym.qualname.startsWith(nPrefix)
      && p.old.sym.qualname.slice(oPrefix.length) === p.new.sym.qualname.slice(nPrefix.length)) {
      p.how = 'member';
      p.nameChanged = false;
      p.fileChanged = false;
    }
  }
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
    if (target) take(st, m, target, 'member', false, false);
  }
}

function similar(a: SymbolInfo, b: SymbolInfo): number {
  if (a.kind === 'class' ? b.kind !== 'class' : b.kind === 'class') return 0;
  // Bodiless declarations (abstract, overload-only, `declare`) have no body to compare.
  if (!a.bodyHash || !b.bodyHash || (a.bodyTokens.length === 0 && b.bodyTokens.length === 0)) return 0;
  if (a.bodyHash === b.bodyHash) return 1;
  if (a.bodyTokens.length < SMALL_BODY || b.bodyTokens.length < SMALL_BODY) return 0;
  return jaccard(a.bodyTokens, b.bodyTokens);
}

/**
 * How far apart two signatures are: parameters that differ in name, optionality or type text, and
 * the difference in count. Only breaks a tie between two removed symbols equally similar to one
 * added symbol (matchFree).
 */
function signatureDistance(a: SymbolInfo, b: SymbolInfo): number {
  const pa = a.signature.params;
  const pb = b.signature.params;
  let d = Math.abs(pa.length - pb.length);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x.name !== y.name) d++;
    if ((x.optional || x.hasDefault) !== (y.optional || y.hasDefault)) d++;
    if ((x.type ?? '') !== (y.type ?? '')) d++;
  }
  return d;
}

// 2. Renames within a file (sameFile), 3. moves across files.
function matchFree(st: PairState, sameFile: boolean): void {
  const { oldFree, newFree } = st;
  const olds = [...oldFree.values()].sort(
    (a, b) => depth(a.sym.qualname) - depth(b.sym.qualname) || a.change - b.change || a.sym.range.line - b.sym.range.line,
  );
  const eligible = (o: SideSymbol, n: SideSymbol) =>
    (n.change === o.change) === sameFile &&
    (!sameFile || n.sym.kind === o.sym.kind) &&
    accessorOf(n.sym) === accessorOf(o.sym); // get with get, set with set (§3.2)
  // Across files §3.2 asks no same kind: a method carried to another file as a module function
  // (or the reverse) is a move by its body like any other (held-out batch 22b, tornado 4686042f:
  // HTTPConnection._parse_mime_body became httputil.parse_multipart_form_data, Jaccard 0.969).
  // The same-file rename keeps §3.2's "same kind".
  /** The best score `o` reaches among the free added symbols. */
  const bestOf = (o: SideSymbol) => {
    let b = 0;
    for (const n of newFree.values()) if (eligible(o, n)) b = Math.max(b, similar(o.sym, n.sym));
    return b;
  };
  for (const o of olds) {
    if (!oldFree.has(key(o))) continue;
    let best: SideSymbol | undefined;
    let bestScore = 0;
    let ties = 0;
    for (const n of newFree.values()) {
      if (!eligible(o, n)) continue;
      const sc = similar(o.sym, n.sym);
      if (sc < RENAME_JACCARD) continue;
      if (sc > bestScore) {
        best = n;
        bestScore = sc;
        ties = 0;
      } else if (sc === bestScore) {
        // An equal candidate is a tie whichever of the two stands nearer: counted only when it
        // lost to the nearer one, a tiny body's second candidate was seen as unique when it came
        // nearer (held-out batch 17b sweep, loguru 9a13a38c: two `pass` bodies, `set_ctime` in
        // two branches renamed `set_ctime_macos` and `set_ctime_fallback`; the second one paired).
        ties++;
        if (best && Math.abs(n.sym.range.line - o.sym.range.line) < Math.abs(best.sym.range.line - o.sym.range.line)) best = n;
      }
    }
    if (!best) continue;
    // Tiny identical bodies (`return null`) are ambiguous: pair only a unique candidate.
    if (o.sym.bodyTokens.length < SMALL_BODY && ties > 0) continue;
    // Two removed symbols equally similar to this added one (a duplicated helper merged into one
    // shared function): the one whose signature it kept is the one carried there, the other is
    // deleted (held-out batch 19c, unstorage f7e70072: the kv and r2 drivers' private getBinding,
    // Jaccard 0.954 each, became one required `getBinding(binding)` — r2's signature, kv's
    // default went to getKVBinding). First come used to win, whatever the signatures said.
    // Cheap tests first: the body measures run only for a rival nearer in signature whose size
    // allows the same score (Jaccard ≤ the smaller multiset over the larger).
    const target = best;
    const mine = signatureDistance(o.sym, target.sym);
    const sizeAllows = (r: SideSymbol) => {
      const [a, b] = [r.sym.bodyTokens.length, target.sym.bodyTokens.length];
      return r.sym.bodyHash === target.sym.bodyHash || Math.min(a, b) >= bestScore * Math.max(a, b);
    };
    const rival = (r: SideSymbol) =>
      r !== o && oldFree.has(key(r)) && signatureDistance(r.sym, target.sym) < mine && eligible(r, target) && sizeAllows(r) && similar(r.sym, target.sym) === bestScore && bestOf(r) === bestScore;
    if (mine > 0 && olds.some(rival)) continue;
    const nameChanged = best.sym.qualname !== o.sym.qualname;
    take(st, o, best, sameFile ? 'rename' : 'move', nameChanged, !sameFile);
  }
}

// 3b. Classes renamed with their members (spec §3.2 evidence, as amended): a removed and an
// added class of one file whose members mostly carry the same names is one class renamed, even
// when its bodies changed too much for the similarity rule.
function pairClassesByMembers(st: PairState, oldSide: SideSymbol[], newSide: SideSymbol[]): void {
  const { oldFree, newFree } = st;
  const membersBy = (all: SideSymbol[]) => {
    const m = new Map<string, Set<string>>();
    for (const s of all) if (s.sym.container !== undefined) {
      const k = `${s.change}|${s.sym.container}`;
      (m.get(k) ?? m.set(k, new Set()).get(k)!).add(`${s.sym.name}|${accessorOf(s.sym)}`);
    }
    return m;
  };
  const oldMembers = membersBy(oldSide);
  const newMembers = membersBy(newSide);
  const cands: [SideSymbol, SideSymbol][] = [];
  const newClasses = [...newFree.values()].filter((s) => s.sym.kind === 'class');
  for (const o of oldFree.values()) {
    if (o.sym.kind !== 'class') continue;
    const om = oldMembers.get(`${o.change}|${o.sym.qualname}`);
    if (!om || om.size < 2) continue;
    for (const n of newClasses) {
      if (n.change !== o.change) continue;
      const nm = newMembers.get(`${n.change}|${n.sym.qualname}`);
      let common = 0;
      if (nm) for (const k of om) if (nm.has(k)) common++;
      if (common >= 2 && common >= CLASS_MEMBER_SHARE * om.size) cands.push([o, n]);
    }
  }
  for (const [o, n] of uniquePairs(cands)) if (oldFree.has(key(o)) && newFree.has(key(n))) take(st, o, n, 'rename', true, false);
}

// 3c. Evidence beyond bodies (spec §3.2): a removed and an added symbol of the same name (a
// function carried to another container or file), or whose removed name's call sites now call
// the added name while nothing calls the old one any more, are one symbol renamed/moved — when
// both are unique candidates and their bodies still share a floor of tokens. Symbols inside an
// added/deleted container are added/deleted with it.
/** Returns how many pairs it made. */
function pairByEvidence(st: PairState, oldSide: SideSymbol[], newSide: SideSymbol[]): number {
  const { input, pairs, oldFree, newFree } = st;
  // A class's `calls` hold its methods' calls: as a caller it stands only for its own code (class
  // attributes, decorators' arguments), or every new name any method calls would be "called by"
  // the class that called the old one (held-out batch 17b sweep, loguru 9f83c2f5: `parse_ansi` →
  // `AnsiMarkup.parse`, its callers switched, had a second candidate in the new `AnsiMarkup.verify`
  // through the class `Logger`, whose `level` called the old name and whose `add` calls the new one).
  // Judged per looked-up name (ownCodeNames), and only for the few names looked up: counting a
  // class's own calls up front cost 3.4 ms per side for webpack's 24,000-token `Compilation`.
  const callersOf = (syms: readonly SideSymbol[]) => {
    const m = new Map<string, SideSymbol[]>();
    for (const s of syms) for (const c of s.sym.calls) (m.get(c) ?? m.set(c, []).get(c)!).push(s);
    const symsOf = new Map<number, SymbolInfo[]>();
    for (const s of syms) (symsOf.get(s.change) ?? symsOf.set(s.change, []).get(s.change)!).push(s.sym);
    const judgedNames = new Map<string, SideSymbol[]>();
    return (name: string): SideSymbol[] => {
      let list = judgedNames.get(name);
      if (!list) {
        list = (m.get(name) ?? []).filter((c) => c.sym.kind !== 'class' || ownCodeNames(c.sym, name, symsOf.get(c.change) ?? []));
        judgedNames.set(name, list);
      }
      return list;
    };
  };
  // Old symbol (by position) → the head qualname it is paired with.
  const successor = new Map<string, string>();
  for (const p of pairs) successor.set(key(p.old), `${p.new.change}|${p.new.sym.qualname}`);
  const freeQuals = (m: Map<string, SideSymbol>) => {
    const q = new Set<string>();
    for (const s of m.values()) q.add(`${s.change}|${s.sym.qualname}`);
    return q;
  };
  const oldFreeQ = freeQuals(oldFree);
  const newFreeQ = freeQuals(newFree);
  const insideFree = (s: SideSymbol, free: Set<string>) => {
    const parts = s.sym.qualname.split('.');
    for (let i = 1; i < parts.length; i++) if (free.has(`${s.change}|${parts.slice(0, i).join('.')}`)) return true;
    return false;
  };
  // An enclosing function calling what it encloses says little: the evidence is another caller.
  const encloses = (c: SideSymbol, s: SideSymbol) => c.change === s.change && s.sym.qualname.startsWith(`${c.sym.qualname}.`);
  // Names each changed file's head imports from another changed file (spec §3.2: a symbol
  // removed from A and a similar one added in B, where A now imports that name from B, is a
  // move — execa 214b6abe: generator.js's applyEncoding became encoding.js's
  // getEncodingStartGenerator, which generator.js now imports).
  const headFiles = new Map<string, number>();
  for (const f of input.files) if (f.newFile) headFiles.set(f.newFile, f.change);
  const importedFrom = new Map<number, Map<number, Set<string>>>();
  for (const f of input.files) {
    if (!f.newFile || !f.newImports?.length) continue;
    const byFile = new Map<number, Set<string>>();
    for (const imp of f.newImports) {
      const target = resolveImport(f.newFile, imp.spec, (q) => headFiles.has(q));
      const tc = target === undefined ? undefined : headFiles.get(target);
      if (tc === undefined || tc === f.change) continue;
      const names = byFile.get(tc) ?? byFile.set(tc, new Set()).get(tc)!;
      // The source module's own names, not the local aliases (graphql-js e95ea9b7 moved
      // _collectSubfields to collectFields.ts and imports it back as `collectSubfields as
      // _collectSubfields`): the name B declares is the one that says which symbol went there.
      for (const nm of imp.imported ?? imp.names) names.add(nm);
    }
    if (byFile.size) importedFrom.set(f.change, byFile);
  }
  const importsName = (from: number, to: number, name: string) => importedFrom.get(from)?.get(to)?.has(name) === true;
  const family = (s: SymbolInfo) => (s.kind === 'class' ? 'class' : 'fn');
  // Methods pulled up into a new base class (held-out batch 4, werkzeug 4b505387: URL's
  // properties moved into the new `_URLMixin`, `class URL(_URLTuple, _URLMixin)`): a member of an
  // added class is not "added with it" when the head class that the removed member's class
  // became inherits from that added class — it is the same method, still reached through C.
  const headTexts = new Map<number, string>();
  for (const f of input.files) if (f.newText !== undefined) headTexts.set(f.change, f.newText);
  let headClass: Map<string, SideSymbol> | undefined; // base class (change|qualname) → its head class, built on first need
  const heirOf = (k: string) => {
    if (!headClass) {
      headClass = new Map();
      for (const p of pairs) if (p.old.sym.kind === 'class') headClass.set(`${p.old.change}|${p.old.sym.qualname}`, p.new);
    }
    return headClass.get(k);
  };
  const basesCache = new Map<SideSymbol, Set<string>>();
  const basesOf = (c: SideSymbol) => {
    let b = basesCache.get(c);
    if (!b) {
      const text = headTexts.get(c.change);
      b = text === undefined ? new Set() : classBaseNames(text, c.sym);
      basesCache.set(c, b);
    }
    return b;
  };
  const pulledUp = (o: SideSymbol, n: SideSymbol) => {
    if (o.sym.container === undefined || n.sym.container === undefined || o.sym.name !== n.sym.name || o.change !== n.change) return false;
    if (!newFreeQ.has(`${n.change}|${n.sym.container}`)) return false;
    const heir = heirOf(`${o.change}|${o.sym.container}`);
    if (!heir) return false;
    const baseName = n.sym.container.slice(n.sym.container.lastIndexOf('.') + 1);
    return basesOf(heir).has(baseName);
  };
  // A member of a removed class whose siblings similarity already carried into one head class
  // (held-out batch 25b, waitress 0bd32b8a: ServerBase folded into its subclass HTTPServer, which
  // kept the name; nine methods paired by their identical bodies, while the twin docstring-and-pass
  // `handle_read` / `handle_connect` — ambiguous by body, 17b — were left DEL + ADD because members
  // of a free class were not judged here). Such a member follows its siblings by §3.2's same-name
  // evidence — into that class only, and by no other evidence: its class is gone, not renamed.
  const heirsOf = new Map<string, Set<string>>();
  for (const p of pairs) {
    const c = p.old.sym.container;
    if (c === undefined || p.new.sym.container === undefined || !oldFreeQ.has(`${p.old.change}|${c}`)) continue;
    const k = `${p.old.change}|${c}`;
    (heirsOf.get(k) ?? heirsOf.set(k, new Set()).get(k)!).add(`${p.new.change}|${p.new.sym.container}`);
  }
  const heirClasses = (o: SideSymbol) => (o.sym.container === undefined ? undefined : heirsOf.get(`${o.change}|${o.sym.container}`));
  const olds = [...oldFree.values()].filter((o) => (!insideFree(o, oldFreeQ) || heirClasses(o) !== undefined) && o.sym.bodyHash);
  const inNewClass = [...newFree.values()].filter((n) => n.sym.bodyHash && n.sym.container !== undefined && insideFree(n, newFreeQ));
  const news = [...newFree.values()].filter((n) => !insideFree(n, newFreeQ) && n.sym.bodyHash);
  // Every call of every symbol on both sides (a 6,500-line class's thousands): only read when
  // there is a free pair to judge, which a keystroke inside a method body rarely leaves (issue 14).
  const judged = olds.length > 0 && news.length > 0;
  const none = (): SideSymbol[] => [];
  const oldCallers = judged ? callersOf(oldSide) : none;
  const newCallers = judged ? callersOf(newSide) : none;
  // Callers in other files that call a module-level function by the name their import binds (an
  // alias, or any name for a default export: import-bindings.ts). yargs f45a817f: the anonymous
  // `module.exports = function …` (`default`) became `function globalMiddlewareFactory`, and
  // yargs.js, which called it as `globalMiddlewareFactory(…)` through `require`, now destructures
  // that name — the call sites switched, though no caller ever spelled `default`.
  // Remembered per symbol: the rename loop asks for each added symbol once per removed one.
  const bindingMemo = new Map<string, SideSymbol[]>();
  const bindingCallers = (side: 'old' | 'new', f: SideSymbol, byName: (name: string) => SideSymbol[]): SideSymbol[] => {
    if (f.sym.qualname !== f.sym.name || !judged) return [];
    const memoKey = `${side}|${f.file}|${key(f)}`;
    const hit = bindingMemo.get(memoKey);
    if (hit) return hit;
    const ff = input.files.find((x) => x.change === f.change);
    const fText = side === 'new' ? ff?.newText : ff?.oldText;
    const isDefault = f.sym.name === 'default' || (fText !== undefined && st.bindings.defaultExportName(side, f.change, fText) === f.sym.name);
    const out: SideSymbol[] = [];
    bindingMemo.set(memoKey, out);
    for (const cf of input.files) {
      if (cf.change === f.change) continue;
      const path = side === 'new' ? cf.newFile : cf.oldFile;
      const imports = side === 'new' ? cf.newImports : cf.oldImports;
      if (!path || !imports?.length) continue;
      const text = side === 'new' ? cf.newText : cf.oldText;
      for (const nm of st.bindings.callNames(side, { change: cf.change, path, imports, text }, f.file, f.sym.name, isDefault)) {
        if (nm !== f.sym.name) out.push(...byName(nm).filter((c) => c.change === cf.change));
      }
    }
    return out;
  };
  const cands: [SideSymbol, SideSymbol][] = [];
  for (const o of olds) {
    // Head qualnames of the old name's callers, when nothing in the head calls the old name. A
    // module's anonymous default export is called by the names its importers bind, never as
    // `default` (a `x.default(…)` method call is another function): still called when a head
    // file calls that module's default binding.
    const headFile = input.files.find((x) => x.change === o.change)?.newFile;
    // A symbol of a deleted file is called by nothing in the head, whatever calls its name: a head
    // call of that name reaches another definition (held-out batch 23a, yup 41b9c582: isodate.js's
    // default-exported `parseIsoDate` rewritten in a new parseIsoDate.ts, which date.ts now calls).
    const gone = headFile === undefined;
    const stillCalled = gone ? false : o.sym.name === 'default'
      ? bindingCallers('new', { ...o, file: headFile }, newCallers).length > 0
      : newCallers(o.sym.name).length > 0;
    const before = stillCalled ? new Set<string>() : new Set(
      [...oldCallers(o.sym.name), ...bindingCallers('old', o, oldCallers)].filter((c) => c.sym !== o.sym && !encloses(c, o)).map((c) => successor.get(key(c))).filter((q): q is string => !!q),
    );
    const heirs = insideFree(o, oldFreeQ) ? heirClasses(o) : undefined;
    for (const n of news) {
      if (family(o.sym) !== family(n.sym) || accessorOf(o.sym) !== accessorOf(n.sym)) continue;
      const sameName = o.sym.name === n.sym.name;
      if (heirs && !(sameName && heirs.has(`${n.change}|${n.sym.container}`))) continue;
      // §3.2's call sites switched from the old symbol to the new one: for a same-named pair that
      // is seen only when the old file is gone and its callers reached it through an import's
      // binding (`isoParse(…)` → `parseIsoDate(…)`); then the call-site floor applies, not the
      // same-name one.
      const callSites = (!sameName || gone) && before.size > 0
        && [...newCallers(n.sym.name), ...bindingCallers('new', n, newCallers)].some((c) => c.sym !== n.sym && !encloses(c, n) && before.has(`${c.change}|${c.sym.qualname}`));
      const imported = !sameName && !callSites && o.change !== n.change && !n.sym.container && importsName(o.change, n.change, n.sym.name);
      if (!sameName && !callSites && !imported) continue;
      const sim = o.sym.bodyHash === n.sym.bodyHash ? 1 : jaccard(o.sym.bodyTokens, n.sym.bodyTokens);
      if (sim >= (callSites ? CALL_SITE_JACCARD : sameName || imported ? SAME_NAME_JACCARD : CALL_SITE_JACCARD)) cands.push([o, n]);
    }
    for (const n of inNewClass) {
      if (heirs) continue;
      if (o.sym.kind !== n.sym.kind || accessorOf(o.sym) !== accessorOf(n.sym) || !pulledUp(o, n)) continue;
      const sim = o.sym.bodyHash === n.sym.bodyHash ? 1 : jaccard(o.sym.bodyTokens, n.sym.bodyTokens);
      if (sim >= SAME_NAME_JACCARD) cands.push([o, n]);
    }
  }
  let took = 0;
  for (const [o, n] of uniquePairs(cands)) {
    if (!oldFree.has(key(o)) || !newFree.has(key(n))) continue;
    const sameFile = o.change === n.change;
    take(st, o, n, sameFile ? 'rename' : 'move', o.sym.qualname !== n.sym.qualname, !sameFile);
    took++;
  }
  return took;
}

// 4. Extract / inline.
function extractAndInline(st: PairState): Pick<PairingResult, 'extracted' | 'inlined'> {
  const { input, pairs, oldFree, newFree } = st;
  const extracted: PairingResult['extracted'] = [];
  const inlined: PairingResult['inlined'] = [];
  const callers = pairs.filter((p) => p.old.sym.kind !== 'class');
  const newSyms = new Map(input.files.map((f) => [f.change, f.newSyms]));
  const newSymsOf = (change: number) => newSyms.get(change) ?? [];
  // The names G's file calls F by: F's own name, or — F a module-level function of another file —
  // the binding G's file imports it under (an alias, or any name for a default export; held-out
  // batch 22c, react-hook-form bcd355c8: useForm calls the new `pickErrors.ts` default export as
  // `pickErrors(…)`). Read only when the own name is not called.
  const fileOf = new Map(input.files.map((f) => [f.change, f]));
  const callNames = (side: 'old' | 'new', caller: SideSymbol, f: SideSymbol): string[] => {
    const own = [f.sym.name];
    if (caller.change === f.change || f.sym.qualname !== f.sym.name) return own;
    const cf = fileOf.get(caller.change);
    const ff = fileOf.get(f.change);
    const path = side === 'new' ? cf?.newFile : cf?.oldFile;
    const imports = side === 'new' ? cf?.newImports : cf?.oldImports;
    if (!path || !imports?.length) return own;
    const fText = side === 'new' ? ff?.newText : ff?.oldText;
    const isDefault = f.sym.name === 'default' || (fText !== undefined && st.bindings.defaultExportName(side, f.change, fText) === f.sym.name);
    const text = side === 'new' ? cf?.newText : cf?.oldText;
    return st.bindings.callNames(side, { change: caller.change, path, imports, text }, f.file, f.sym.name, isDefault);
  };
  for (const n of [...newFree.values()]) {
    if (n.sym.kind === 'class' || n.sym.bodyTokens.length < SMALL_BODY) continue;
    let best: SymbolPair | undefined;
    let bestC = 0;
    for (const g of callers) {
      const own = g.new.sym.calls.includes(n.sym.name) && ownCodeNames(g.new.sym, n.sym.name, newSymsOf(g.new.change));
      const callName = own ? n.sym.name : callNames('new', g.new, n).find((nm) => nm !== n.sym.name && g.new.sym.calls.includes(nm) && ownCodeNames(g.new.sym, nm, newSymsOf(g.new.change)));
      if (callName === undefined) continue;
      // G must have given up a good part of F's code (the tokens that left G; G may also have
      // gained code). A function nested in G's head still counts as part of G's head.
      const nested = g.new.change === n.change && n.sym.qualname.startsWith(`${g.new.sym.qualname}.`);
      if (!nested && isClosure(n.sym, newSymsOf(n.change)) && ownBareCalls(g.new.sym, n.sym.name, newSymsOf(g.new.change)) <= 0) continue;
      // A closure nested in G is called by G's own code by its bare name, as for inline (held-out
      // batch 15b): a mention of the name is not a call of it. Held-out batch 17b, loguru
      // 6a135f1d: G's own code assigned a variable `compress = compress_generic(gzip.open)`, and
      // the `def compress` nested in the extracted `compress_generic` (called only by G's nested
      // `compress_function`) was "extracted from G" as well, where it is part of an extracted
      // function's new code (§3.2: its own ADD_FN).
      if (nested && n.sym.kind === 'fn' && ownBareCalls(g.new.sym, n.sym.name, newSymsOf(g.new.change)) <= 0) continue;
      const headOwn = nested ? minus(g.new.sym.bodyTokens, n.sym.bodyTokens) : g.new.sym.bodyTokens;
      const c = containment(n.sym.bodyTokens, g.old.sym.bodyTokens);
      // The tokens G's new call statement repeats (`const {file, args} = F(rawFile, rawArgs)` for
      // `const {file, args} = handleArguments(rawFile, rawArgs)` moved into F, execa fa04e3ca) are
      // plumbing of the call, not code G kept: they count as having left G — when the call is new
      // in G (fastify 31c5f7e2: Reply.send's old `getHeader(this, …)` calls a module function that
      // merely shares the new method's name).
      const plumbing = g.old.sym.calls.includes(callName) ? [] : callStatementTokens(g.new.sym.bodyTokens, callName);
      const kept = minus(headOwn, plumbing);
      if (containment(n.sym.bodyTokens, minus(g.old.sym.bodyTokens, kept)) < MIN_CARRIED_SHARE) continue;
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
  const oldSyms = new Map(input.files.map((f) => [f.change, f.oldSyms]));
  const oldSymsOf = (change: number) => oldSyms.get(change) ?? [];
  const successorOf = new Map(pairs.map((p) => [p.old.sym, p.new.sym] as const));
  /** F nested in G: G's own code called it, or a caller nested in G is gone or holds F's code. */
  const inlinedThere = (g: SymbolPair, o: SideSymbol) => {
    const syms = oldSymsOf(g.old.change);
    if (ownBareCalls(g.old.sym, o.sym.name, syms) > 0) return true;
    const inside = `${g.old.sym.qualname}.`;
    return syms.some((s) => {
      if (s === o.sym || !s.qualname.startsWith(inside) || ownBareCalls(s, o.sym.name, syms) <= 0) return false;
      const next = successorOf.get(s);
      return !next || containment(o.sym.bodyTokens, next.bodyTokens) >= EXTRACT_CONTAINMENT;
    });
  };
  for (const o of [...oldFree.values()]) {
    if (o.sym.kind === 'class' || o.sym.bodyTokens.length < SMALL_BODY) continue;
    let best: SymbolPair | undefined;
    let bestC = 0;
    for (const g of callers) {
      if (!g.old.sym.calls.includes(o.sym.name) && !callNames('old', g.old, o).some((nm) => g.old.sym.calls.includes(nm))) continue;
      // G must have taken in a good part of F's code. A function nested in G was already part of
      // G's body (its tokens counted there), so only its standing inside G's head is checked.
      const nested = g.old.change === o.change && o.sym.qualname.startsWith(`${g.old.sym.qualname}.`);
      if (!nested && isClosure(o.sym, oldSymsOf(o.change)) && bareCalls(g.old.sym.bodyTokens, o.sym.name) <= 0) continue;
      // Inlined "there" (§3.3 INLINE_FN, as amended in docs/accuracy.md "Rules settled by the
      // corpus") by the functions nested in G that called it (express 75054e17: `done`,
      // called by the nested `middleware`, now stands in its successor `callbacks`): when G's own
      // code never called F, one of those callers must be gone or hold F's code in its head.
      // Otherwise F was deleted: a large G's head holds a short body's tokens somewhere (held-out
      // batch 15b, lodash a542f8ab: `clearTimeout`, called only inside `debounce`, whose timers
      // stopped calling it, "stood" in the 34,000-token `runInContext`). A closure is called by
      // its bare name: `calls` also holds member calls of the same name, which reach another
      // function (lodash d110b64e: only a LazyWrapper method's `this.reverse().find(predicate)`
      // "called" the nested `runInContext.find`).
      if (nested && o.sym.kind === 'fn' && !inlinedThere(g, o)) continue;
      // F's code must stand in G's own head code: not inside a function nested in G that this
      // change adds, which is a function of its own (held-out batch 8, yargs 2213e2dd: `rescan`'s
      // loop went into the new nested `parseArgs`, not into `Argv`).
      const addedInside = childrenOf(g.new.sym, newSymsOf(g.new.change)).filter((c) => newFree.has(key({ change: g.new.change, file: g.new.file, sym: c })));
      const headOwn = addedInside.length ? minus(g.new.sym.bodyTokens, addedInside.flatMap((c) => c.bodyTokens)) : g.new.sym.bodyTokens;
      if (!nested && containment(o.sym.bodyTokens, minus(headOwn, g.old.sym.bodyTokens)) < MIN_CARRIED_SHARE) continue;
      const c = containment(o.sym.bodyTokens, headOwn);
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
  return { extracted, inlined };
}

// 5. Nested functions carried along by an extract or inline (spec §3.2): paired under their new
// qualified name, tokens only for their own changes (no RENAME/MOVE of their own).
function carry(st: PairState, oldScope: SideSymbol, newScope: SideSymbol): void {
  const { pairs, oldFree, newFree } = st;
  const inOld = (s: SideSymbol) => s.change === oldScope.change && s.sym.qualname.startsWith(`${oldScope.sym.qualname}.`);
  const inNew = (s: SideSymbol) => s.change === newScope.change && s.sym.qualname.startsWith(`${newScope.sym.qualname}.`);
  for (const p of pairs) {
    if ((p.how === 'rename' || p.how === 'move') && inOld(p.old) && inNew(p.new) && p.old.sym.name === p.new.sym.name) {
      p.how = 'member';
      p.nameChanged = false;
      p.fileChanged = false;
      p.carried = true;
    }
  }
  for (const o of [...oldFree.values()]) {
    if (!inOld(o)) continue;
    const n = [...newFree.values()].find((c) => inNew(c) && c.sym.name === o.sym.name && c.sym.kind === o.sym.kind && accessorOf(c.sym) === accessorOf(o.sym));
    if (n) take(st, o, n, 'member', false, false).carried = true;
  }
}

/** The candidate pairs whose two sides have no other candidate (ambiguity pairs nothing). */
function uniquePairs(cands: [SideSymbol, SideSymbol][]): [SideSymbol, SideSymbol][] {
  const count = new Map<SymbolInfo, number>();
  for (const [o, n] of cands) {
    count.set(o.sym, (count.get(o.sym) ?? 0) + 1);
    count.set(n.sym, (count.get(n.sym) ?? 0) + 1);
  }
  return cands.filter(([o, n]) => count.get(o.sym) === 1 && count.get(n.sym) === 1);
}
