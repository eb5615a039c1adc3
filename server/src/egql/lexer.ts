// EGQL lexer (spec §3.10). Every token carries its offset and 1-based line/column so that
// parse and compile errors point at the exact character. Keywords are case-insensitive.
import { GlxError } from '../errors';

export type TokKind = 'keyword' | 'ident' | 'string' | 'number' | 'duration' | 'datetime' | 'op' | 'lparen' | 'rparen' | 'comma' | 'eof';

export interface Pos {
  /** 0-based offset into the query text. */
  offset: number;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units (what editors count). */
  col: number;
}

export interface Tok extends Pos {
  kind: TokKind;
  /** Source text of the token. */
  text: string;
  /** Decoded value: the string's contents, the keyword in upper case, the number. */
  value: string | number;
  /** Duration unit for `7d`-style tokens. */
  unit?: 'm' | 'h' | 'd';
  length: number;
}

export const KEYWORDS = ['SELECT', 'FROM', 'WHERE', 'AND', 'OR', 'GROUP', 'ORDER', 'BY', 'ASC', 'DESC', 'SINCE', 'LAST', 'LIMIT'] as const;
const KEYWORD_SET = new Set<string>(KEYWORDS);

/** An EGQL query that does not lex, parse or compile: bad input, with its exact position. */
export class EgqlError extends GlxError {
  constructor(
    message: string,
    readonly pos: Pos,
    readonly length = 1,
  ) {
    super(message, {}, 'bad-input');
  }
  /** `line:col: message`, the one-line form the CLI prints. */
  format(): string {
    return `${this.pos.line}:${this.pos.col}: ${this.message}`;
  }
}

export function posAt(text: string, offset: number): Pos {
  let line = 1;
  let col = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      col = 1;
    } else col++;
  }
  return { offset, line, col };
}

// Letters of any script: branch, module and symbol names may be non-ASCII (git allows
// `główna`, Python identifiers may be `変数`; issue 11 item 7).
const IDENT_START = /[\p{L}_\u0394]/u;
const IDENT_PART = /[\p{L}\p{N}\p{M}_.\-/@\u0394]/u;

/**
 * Size limits of one query (docs/egdb.md "Limits"), checked before any work so an oversized
 * query gets one error at its position instead of a stack overflow or a database error.
 */
export const EGQL_LIMITS = {
  /** Characters of query text. */
  maxLength: 16_384,
  /** Conditions in WHERE (SQLite's expression depth limit is 1,000; AND/OR chains nest). */
  maxConditions: 256,
  /** The largest LIMIT (a 64-bit integer for both backends). */
  maxLimit: 1_000_000_000,
} as const;
const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?/;

export function lex(text: string): Tok[] {
  if (text.length > EGQL_LIMITS.maxLength)
    throw new EgqlError(`query is ${text.length.toLocaleString('en-US')} characters long; the limit is ${EGQL_LIMITS.maxLength.toLocaleString('en-US')}`, posAt(text, EGQL_LIMITS.maxLength), 1);
  const out: Tok[] = [];
  let i = 0;
  let line = 1;
  let col = 1;
  const advance = (n: number) => {
    for (let k = 0; k < n; k++) {
      if (text[i] === '\n') {
        line++;
        col = 1;
      } else col++;
      i++;
    }
  };
  const push = (kind: TokKind, len: number, value: string | number, unit?: Tok['unit']) => {
    out.push({ kind, text: text.slice(i, i + len), value, unit, offset: i, line, col, length: len });
    advance(len);
  };
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) {
      advance(1);
      continue;
    }
    if (c === '-' && text[i + 1] === '-') {
      // Comment to the end of the line (as in SQL).
      while (i < text.length && text[i] !== '\n') advance(1);
      continue;
    }
    if (c === '(') {
      push('lparen', 1, '(');
      // `sha(REV)` / `branch(NAME)`: the argument is a git revision as written (HEAD~3, HEAD^2,
      // v1.0, origin/main, main@{1}), one raw token up to `)` or white space (issue 15).
      const fn = out[out.length - 2];
      if (fn?.kind === 'ident' && /^(sha|branch)$/i.test(String(fn.value)) && text[i] !== "'" && text[i] !== '"') {
        let j = i;
        while (j < text.length && text[j] !== ')' && !/\s/.test(text[j])) j++;
        if (j > i) push('ident', j - i, text.slice(i, j));
      }
      continue;
    }
    if (c === ')') {
      push('rparen', 1, ')');
      continue;
    }
    if (c === '*') {
      // `sha(*)`: every commit.
      push('ident', 1, '*');
      continue;
    }
    if (c === ',') {
      push('comma', 1, ',');
      continue;
    }
    const two = text.slice(i, i + 2);
    if (two === '<=' || two === '>=' || two === '!=' || two === '<>') {
      push('op', 2, two === '<>' ? '!=' : two);
      continue;
    }
    if (c === '=' || c === '<' || c === '>' || c === '~') {
      push('op', 1, c);
      continue;
    }
    if (c === "'" || c === '"') {
      let j = i + 1;
      let value = '';
      for (;;) {
        if (j >= text.length || text[j] === '\n') throw new EgqlError('unterminated string', { offset: i, line, col }, j - i);
        if (text[j] === '\\' && j + 1 < text.length) {
          value += text[j + 1];
          j += 2;
          continue;
        }
        if (text[j] === c) {
          // SQL-style doubled quote inside a string.
          if (text[j + 1] === c) {
            value += c;
            j += 2;
            continue;
          }
          break;
        }
        value += text[j++];
      }
      push('string', j + 1 - i, value);
      continue;
    }
    if (/\d/.test(c)) {
      const iso = ISO.exec(text.slice(i));
      if (iso && iso[0].length >= 10) {
        push('datetime', iso[0].length, iso[0]);
        continue;
      }
      let j = i;
      while (j < text.length && /\d/.test(text[j])) j++;
      if (text[j] === '.' && /\d/.test(text[j + 1] ?? '')) {
        j++;
        while (j < text.length && /\d/.test(text[j])) j++;
      }
      const num = Number(text.slice(i, j));
      const unit = text[j];
      if ((unit === 'm' || unit === 'h' || unit === 'd') && !IDENT_PART.test(text[j + 1] ?? ' ')) {
        push('duration', j + 1 - i, num, unit);
        continue;
      }
      if (IDENT_START.test(text[j] ?? ' ')) {
        // A revision or name that starts with digits (abbreviated sha `1a2b3c`).
        let k = j;
        while (k < text.length && IDENT_PART.test(text[k])) k++;
        push('ident', k - i, text.slice(i, k));
        continue;
      }
      push('number', j - i, num);
      continue;
    }
    if (IDENT_START.test(c)) {
      let j = i;
      while (j < text.length && IDENT_PART.test(text[j])) j++;
      const word = text.slice(i, j);
      const up = word.toUpperCase();
      if (KEYWORD_SET.has(up)) push('keyword', j - i, up);
      else push('ident', j - i, word);
      continue;
    }
    throw new EgqlError(`unexpected character ${JSON.stringify(c)}`, { offset: i, line, col }, 1);
  }
  out.push({ kind: 'eof', text: '', value: '', offset: i, line, col, length: 0 });
  return out;
}
