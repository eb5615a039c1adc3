// Default values compared by what they denote, not how they are spelled (spec §3.3 MODIFY_SIG
// "defaults"; docs/accuracy.md "Held-out batch 4"): werkzeug d42d55ed rewrote
// `errors='strict'` as `errors="strict"` in a code-style pass and got two MODIFY_SIG. A default
// whose value is the same string in another quote style, or the same expression laid out with
// other whitespace, is the same default. Only the literal's delimiters are normalised: string
// prefixes (`b`, `r`, `u`, `f`) stay outside the quotes and keep their meaning, and a JS template
// with a substitution is left as written (its value is not a constant).

/** A default's text with every string literal in one canonical form and whitespace outside strings dropped. */
export function canonicalDefault(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === "'" || c === '"' || c === '`') {
      const triple = c !== '`' && text.startsWith(c.repeat(3), i);
      const close = triple ? c.repeat(3) : c;
      let j = i + close.length;
      let value = '';
      let done = false;
      while (j < text.length) {
        if (text[j] === '\\' && j + 1 < text.length) {
          // Escaped quotes of either kind denote the quote itself; other escapes stay as written.
          const n = text[j + 1];
          value += n === "'" || n === '"' || n === '`' ? n : `\\${n}`;
          j += 2;
          continue;
        }
        if (c === '`' && text.startsWith('${', j)) break; // a substitution: not a constant
        if (text.startsWith(close, j)) {
          done = true;
          j += close.length;
          break;
        }
        value += text[j++];
      }
      if (!done) return out + text.slice(i).replace(/\s+/g, '');
      out += JSON.stringify(value);
      i = j;
      continue;
    }
    if (!/\s/.test(c)) out += c;
    i++;
  }
  return out;
}

/**
 * A TS default without its type assertions: `{} as G`, `x satisfies T` (at the top level, outside
 * strings and brackets) and a leading `<G>{}`. An assertion is erased at run time, so the value a
 * caller gets is the same (held-out batch 24a, pinia 24bbce02: `getters: G = {}` under a
 * `// @ts-ignore` became `getters: G = {} as G`, and createStore and makeStore each got a
 * MODIFY_SIG for a default that did not change). Python defaults hold no `as`/`satisfies`
 * expression and no leading `<`, so their text passes unchanged.
 */
function withoutAssertions(text: string): string {
  let t = text.trim();
  // `<G>{}` / `<const>['a']`: an old-style assertion in front of the value.
  const angle = /^<[A-Za-z_$][\w$.<>,\s[\]|&]*>\s*(?=[^\s=])/.exec(t);
  if (angle) t = t.slice(angle[0].length);
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (depth === 0 && /\s/.test(c)) {
      const m = /^\s+(?:as|satisfies)\s/.exec(t.slice(i));
      if (m) return t.slice(0, i);
    }
  }
  return t;
}

/** Whether two default texts (either may be absent) denote the same default. */
export function sameDefault(a: string | undefined, b: string | undefined): boolean {
  if ((a ?? '') === (b ?? '')) return true;
  if (a === undefined || b === undefined) return false;
  return canonicalDefault(withoutAssertions(a)) === canonicalDefault(withoutAssertions(b));
}
