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

/** Whether two default texts (either may be absent) denote the same default. */
export function sameDefault(a: string | undefined, b: string | undefined): boolean {
  if ((a ?? '') === (b ?? '')) return true;
  if (a === undefined || b === undefined) return false;
  return canonicalDefault(a) === canonicalDefault(b);
}
