// EGQL parser (spec §3.10), recursive descent over lexer tokens:
//   query  := "SELECT" target "FROM" source ["WHERE" cond {("AND"|"OR") cond}]
//             ["GROUP BY" key {"," key}] ["ORDER BY" key ["ASC"|"DESC"]]
//             ["SINCE" ISO8601 | "LAST" INT ("m"|"h"|"d")] ["LIMIT" INT]
//   target := "events" | "tokens" | "invariants" | "graph"
//   source := "sha(" REV ")" | "branch(" NAME ")"
//   cond   := key OP value | "topic~" STRING | "token=" NAME | "gate=" NAME | "start=" STRING | "depth" OP INT
// Errors are EgqlError with the exact position of the offending token. Field names are checked
// against the target here too (so the editor underlines an unknown field where it stands).
import { EGQL_LIMITS, EgqlError, lex, posAt, type Pos, type Tok } from './lexer';

export const TARGETS = ['events', 'tokens', 'invariants', 'graph'] as const;
export type Target = (typeof TARGETS)[number];
export type Op = '=' | '!=' | '<' | '<=' | '>' | '>=' | '~';

export type FieldType = 'text' | 'number' | 'time';
/** The fields each target exposes (EGQL name → type); compile.ts maps them to columns. */
export const FIELDS: Record<Target, Record<string, FieldType>> = {
  events: { id: 'text', topic: 'text', ts: 'time', ts_utc: 'text', source: 'text', sha: 'text', branch: 'text', correlation_id: 'text', causation_id: 'text', key: 'text' },
  tokens: { token: 'text', kind: 'text', category: 'text', module: 'text', file: 'text', symbol: 'text', line: 'number', weight: 'number', contrib: 'number', sha: 'text', ts: 'time', branch: 'text' },
  invariants: { gate: 'text', kind: 'text', module: 'text', score: 'number', threshold: 'number', action: 'text', sha: 'text', ts: 'time', branch: 'text' },
  graph: { src: 'text', dst: 'text', depth: 'number', start: 'text' },
};

export interface Value {
  kind: 'string' | 'number' | 'name' | 'datetime';
  value: string | number;
  pos: Pos;
  length: number;
}

export interface Cond {
  type: 'cond';
  key: string;
  keyPos: Pos;
  op: Op;
  opPos: Pos;
  value: Value;
}
export interface BoolExpr {
  type: 'and' | 'or';
  left: Expr;
  right: Expr;
}
export type Expr = Cond | BoolExpr;

export interface KeyRef {
  name: string;
  pos: Pos;
  length: number;
}

export interface Query {
  target: Target;
  targetPos: Pos;
  source: { kind: 'sha' | 'branch'; value: string; pos: Pos; /** Where the revision/name stands (errors point there). */ valuePos?: Pos; valueLength?: number };
  where?: Expr;
  groupBy: KeyRef[];
  orderBy?: { key: KeyRef; dir: 'ASC' | 'DESC' };
  since?: { kind: 'since'; iso: string; pos: Pos } | { kind: 'last'; amount: number; unit: 'm' | 'h' | 'd'; pos: Pos };
  limit?: number;
}

const describe = (t: Tok) => (t.kind === 'eof' ? 'end of query' : t.kind === 'string' ? `string ${t.text}` : `${JSON.stringify(t.text)}`);

class Parser {
  private i = 0;
  private conditions = 0;
  constructor(private readonly toks: Tok[]) {}

  private get t(): Tok {
    return this.toks[this.i];
  }
  private next(): Tok {
    return this.toks[this.i++];
  }
  private fail(t: Tok, expected: string): never {
    throw new EgqlError(`expected ${expected}, found ${describe(t)}`, t, Math.max(1, t.length));
  }
  private isKw(k: string): boolean {
    return this.t.kind === 'keyword' && this.t.value === k;
  }
  private kw(k: string, expected = k): Tok {
    if (!this.isKw(k)) this.fail(this.t, expected);
    return this.next();
  }

  parse(): Query {
    this.kw('SELECT');
    const tt = this.t;
    if (tt.kind !== 'ident' || !(TARGETS as readonly string[]).includes(String(tt.value).toLowerCase())) this.fail(tt, `a target (${TARGETS.join(' | ')})`);
    this.next();
    const target = String(tt.value).toLowerCase() as Target;
    this.kw('FROM');
    const source = this.source();
    const q: Query = { target, targetPos: tt, source, groupBy: [] };
    if (this.isKw('WHERE')) {
      this.next();
      q.where = this.orExpr(target);
    }
    if (this.isKw('GROUP')) {
      this.next();
      this.kw('BY', 'BY after GROUP');
      q.groupBy.push(this.key(target, false));
      while (this.t.kind === 'comma') {
        this.next();
        q.groupBy.push(this.key(target, false));
      }
    }
    if (this.isKw('ORDER')) {
      this.next();
      this.kw('BY', 'BY after ORDER');
      const key = this.key(target, true);
      let dir: 'ASC' | 'DESC' = 'ASC';
      if (this.isKw('ASC') || this.isKw('DESC')) dir = this.next().value as 'ASC' | 'DESC';
      q.orderBy = { key, dir };
    }
    if (this.isKw('SINCE')) {
      const kw = this.next();
      const v = this.t;
      if (v.kind !== 'datetime' && !(v.kind === 'string' && !Number.isNaN(Date.parse(String(v.value))))) this.fail(v, 'an ISO 8601 date/time after SINCE (2026-01-31 or 2026-01-31T12:00:00Z)');
      if (Number.isNaN(Date.parse(String(v.value)))) throw new EgqlError(`invalid date/time ${v.text}`, v, v.length);
      this.next();
      q.since = { kind: 'since', iso: String(v.value), pos: kw };
    } else if (this.isKw('LAST')) {
      const kw = this.next();
      const v = this.t;
      if (v.kind === 'duration') {
        this.next();
        q.since = { kind: 'last', amount: Number(v.value), unit: v.unit!, pos: kw };
      } else if (v.kind === 'number' && Number.isInteger(v.value)) {
        this.next();
        const u = this.t;
        if (u.kind !== 'ident' || !['m', 'h', 'd'].includes(String(u.value))) this.fail(u, 'a unit m | h | d');
        this.next();
        q.since = { kind: 'last', amount: Number(v.value), unit: u.value as 'm' | 'h' | 'd', pos: kw };
      } else this.fail(v, 'a duration after LAST (30m, 12h, 7d)');
      if (!Number.isInteger(q.since.amount) || q.since.amount <= 0) throw new EgqlError('LAST needs a positive whole number', v, v.length);
    }
    if (this.isKw('LIMIT')) {
      this.next();
      const v = this.t;
      if (v.kind !== 'number' || !Number.isInteger(v.value) || Number(v.value) < 0) this.fail(v, 'a whole number after LIMIT');
      if (Number(v.value) > EGQL_LIMITS.maxLimit) throw new EgqlError(`LIMIT ${v.text} is larger than ${EGQL_LIMITS.maxLimit.toLocaleString('en-US')}`, v, v.length);
      this.next();
      q.limit = Number(v.value);
    }
    if (this.t.kind !== 'eof') {
      const expected = ['WHERE', 'GROUP BY', 'ORDER BY', 'SINCE', 'LAST', 'LIMIT'];
      this.fail(this.t, q.where && (this.t.kind === 'ident' || this.t.kind === 'keyword') ? `AND | OR | ${expected.slice(1).join(' | ')} or end of query` : `${expected.join(' | ')} or end of query`);
    }
    return q;
  }

  private source(): Query['source'] {
    const t = this.t;
    if (t.kind !== 'ident' || !['sha', 'branch'].includes(String(t.value).toLowerCase())) this.fail(t, 'sha(REV) or branch(NAME)');
    this.next();
    const kind = String(t.value).toLowerCase() as 'sha' | 'branch';
    if (this.t.kind !== 'lparen') this.fail(this.t, `"(" after ${kind}`);
    this.next();
    const v = this.t;
    // An abbreviated sha may lex as a number (`1234567`) or a duration (`539d`): take its text.
    if (v.kind !== 'ident' && v.kind !== 'string' && v.kind !== 'number' && v.kind !== 'duration') this.fail(v, kind === 'sha' ? 'a revision (a sha or prefix, HEAD, HEAD~3, a branch or tag, *)' : 'a branch name');
    this.next();
    const value = v.kind === 'string' ? String(v.value) : v.text;
    if (!value) throw new EgqlError(`empty ${kind === 'sha' ? 'revision' : 'branch name'}`, v, v.length);
    // Any revision git resolves is accepted here (README: `sha(REV)`); `resolveRevisions`
    // (revisions.ts) turns it into a commit sha before compiling. Only what can never be a
    // revision is refused now: an option-like `-x` or control characters.
    if (kind === 'sha' && !isRevisionSyntax(value)) throw new EgqlError(`sha(${value}): not a revision — ${REVISION_FORMS}`, v, v.length);
    const close = this.toks[this.i];
    if (close.kind !== 'rparen') this.fail(close, '")"');
    this.next();
    return { kind, value, pos: t, valuePos: v, valueLength: v.length };
  }

  private orExpr(target: Target): Expr {
    let left: Expr = this.andExpr(target);
    while (this.isKw('OR')) {
      this.next();
      left = { type: 'or', left, right: this.andExpr(target) };
    }
    return left;
  }

  private andExpr(target: Target): Expr {
    let left: Expr = this.cond(target);
    while (this.isKw('AND')) {
      this.next();
      left = { type: 'and', left, right: this.cond(target) };
    }
    return left;
  }

  private key(target: Target, allowCount: boolean): KeyRef {
    const t = this.t;
    if (t.kind !== 'ident') this.fail(t, `a field of ${target} (${Object.keys(FIELDS[target]).join(', ')}${allowCount ? ', count' : ''})`);
    const name = String(t.value).toLowerCase();
    if (!(name in FIELDS[target]) && !(allowCount && name === 'count'))
      throw new EgqlError(`unknown field ${JSON.stringify(t.text)} for ${target} (fields: ${Object.keys(FIELDS[target]).join(', ')}${allowCount ? ', count' : ''})`, t, t.length);
    this.next();
    return { name, pos: t, length: t.length };
  }

  private cond(target: Target): Cond {
    if (++this.conditions > EGQL_LIMITS.maxConditions)
      throw new EgqlError(`more than ${EGQL_LIMITS.maxConditions} conditions in WHERE; narrow the query (e.g. one ~ pattern instead of many =)`, this.t, Math.max(1, this.t.length));
    if (this.t.kind === 'lparen') this.fail(this.t, 'a condition (parentheses are not part of EGQL; AND binds tighter than OR)');
    const k = this.key(target, false);
    const opTok = this.t;
    if (opTok.kind !== 'op') this.fail(opTok, `an operator after ${k.name} (= != < <= > >= ~)`);
    this.next();
    const op = opTok.value as Op;
    const v = this.t;
    let value: Value;
    if (v.kind === 'string') value = { kind: 'string', value: String(v.value), pos: v, length: v.length };
    else if (v.kind === 'number') value = { kind: 'number', value: Number(v.value), pos: v, length: v.length };
    else if (v.kind === 'datetime') value = { kind: 'datetime', value: String(v.value), pos: v, length: v.length };
    else if (v.kind === 'ident') value = { kind: 'name', value: v.text, pos: v, length: v.length };
    else this.fail(v, `a value after ${k.name}${opTok.text}`);
    this.next();
    const type = FIELDS[target][k.name];
    // The special forms of the spec: topic~ STRING, token= NAME, gate= NAME, start= STRING, depth OP INT.
    if (k.name === 'topic' && op === '~' && value.kind !== 'string') throw new EgqlError('topic~ takes a quoted string', v, v.length);
    if (k.name === 'start' && (op !== '=' || value.kind !== 'string')) throw new EgqlError('start= takes a quoted file path', op !== '=' ? opTok : v, op !== '=' ? opTok.length : v.length);
    if (k.name === 'depth' && (value.kind !== 'number' || !Number.isInteger(value.value) || Number(value.value) < 0)) throw new EgqlError('depth takes a whole number', v, v.length);
    if (op === '~' && type !== 'text') throw new EgqlError(`~ (matches) applies to text fields; ${k.name} is a ${type}`, opTok, opTok.length);
    if (type === 'number' && value.kind !== 'number') throw new EgqlError(`${k.name} is a number; found ${describe(v)}`, v, v.length);
    if (type === 'time' && value.kind !== 'number' && value.kind !== 'datetime') throw new EgqlError(`${k.name} is a time: an ISO 8601 date/time or unix seconds; found ${describe(v)}`, v, v.length);
    if (type === 'time' && value.kind === 'datetime' && Number.isNaN(Date.parse(String(value.value)))) throw new EgqlError(`invalid date/time ${v.text}`, v, v.length);
    return { type: 'cond', key: k.name, keyPos: k.pos, op, opPos: opTok, value };
  }
}

export function parse(text: string): Query {
  return new Parser(lex(text)).parse();
}

/** Parse without throwing: the query or the error (for the editor's diagnostics). */
/** What `sha(…)` accepts, for error messages (editor and CLI alike). */
export const REVISION_FORMS =
  'sha(REV) takes a commit sha or a prefix of at least 4 hex digits, any revision git resolves (HEAD, HEAD~3, a branch, a tag, origin/main), WORKTREE (the last working-tree analysis) or * (every commit)';

/** Could `value` be a git revision (or `*` / WORKTREE)? Resolution itself is git's job. */
export function isRevisionSyntax(value: string): boolean {
  return value === '*' || (!value.startsWith('-') && !/[\s\0-\x1f\x7f]/.test(value));
}

export function tryParse(text: string): { query?: Query; error?: EgqlError } {
  try {
    return { query: parse(text) };
  } catch (e) {
    if (e instanceof EgqlError) return { error: e };
    return { error: new EgqlError((e as Error).message, posAt(text, 0)) };
  }
}
