// A large body's tokens, concatenated only when something reads them (issue 14, twelfth pass).
//
// A symbol's `bodyTokens` feed the pairing's similarity rules (§3.2: rename, move, extract and
// inline need the tokens of symbols the name pairing left unpaired, or of the group an
// extraction came from). For a body holding opaque members — webpack's 6,500-line `Compilation`
// class, re-analysed on every keystroke — the array was built on every keystroke: ~23,000
// pointers copied into a fresh array of ~185 KB, which V8 allocates in its large-object space and
// promotes whenever a scavenge finds it alive (0.2 MB per keystroke of what a full GC must free,
// 0.45 ms of CPU; docs/benchmarks.md "twelfth pass"). Most keystrokes never read it: a class
// paired by name is compared by its hash and its own code lines. So such a body keeps the
// segments — runs of plain tokens and its members' memoised token arrays — and `bodyTokens` is an
// accessor that concatenates them on first read and keeps the result.
//
// The accessor is transparent to every reader: property reads, spreads, JSON (the analysis
// cache) and deepStrictEqual all see the same array an eager extraction builds (tested by
// test/unit/lazy-body-tokens.property.test.ts). The segments are held as a non-enumerable own
// memo (util/own-memo.ts), so they die with the symbol.
import type { SymbolInfo } from './types';
import { ownMemo, setOwnMemo } from '../util/own-memo';

/** A body's tokens as segments, and their concatenation once read. */
export interface LazyTokens {
  readonly segs: readonly (readonly string[])[];
  readonly total: number;
  tokens?: string[];
}

const LAZY = Symbol('lazyBodyTokens');
/** What `bodyTokens` holds in a symbol literal before its accessor is defined (never read). */
export const NO_TOKENS: string[] = [];

function concatenated(l: LazyTokens): string[] {
  // Filled by index, not `[].concat(...segs)`: concat over a few hundred spread arguments cost
  // ~0.4 ms per keystroke in webpack's Compilation class (issue 14, eleventh pass profile).
  const tokens = new Array<string>(l.total);
  let w = 0;
  for (let i = 0; i < l.segs.length; i++) {
    const seg = l.segs[i];
    for (let j = 0; j < seg.length; j++) tokens[w++] = seg[j];
  }
  return tokens;
}

function getTokens(this: SymbolInfo): string[] {
  const l = ownMemo<LazyTokens>(this, LAZY) as LazyTokens;
  return (l.tokens ??= concatenated(l));
}

/** An assignment replaces the accessor with a plain data property (python.ts-style writers, tests). */
function setTokens(this: SymbolInfo, value: string[]): void {
  Object.defineProperty(this, 'bodyTokens', { value, writable: true, enumerable: true, configurable: true });
}

/** Makes `info.bodyTokens` the concatenation of `l`'s segments, built when first read. */
export function setLazyBodyTokens(info: SymbolInfo, l: LazyTokens): void {
  setOwnMemo(info, LAZY, l);
  Object.defineProperty(info, 'bodyTokens', { get: getTokens, set: setTokens, enumerable: true, configurable: true });
}

/** The segments behind `s.bodyTokens` when they are lazy (a copy of `s` should share them), else undefined. */
export function lazyBodyTokensOf(s: SymbolInfo): LazyTokens | undefined {
  const l = ownMemo<LazyTokens>(s, LAZY);
  // An assignment since (setTokens) made the property plain: the segments no longer describe it.
  return l && Object.getOwnPropertyDescriptor(s, 'bodyTokens')?.get === getTokens ? l : undefined;
}
