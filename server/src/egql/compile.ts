// EGQL → parameterized SQL for SQLite and PostgreSQL (spec §3.10: "compiles to parameterized
// SQL only"). Every user value becomes a bound parameter; identifiers in the SQL come only
// from the fixed field tables below, never from the query text. `~` is a case-insensitive
// match: a value with `*` is a glob (`delta.*`), otherwise a substring.
import type { Dialect } from '../egdb/schema';
import { EgqlError } from './lexer';
import { FIELDS, parse, type Cond, type Expr, type Query, type Target } from './parser';

export interface CompiledQuery {
  sql: string;
  params: (string | number)[];
  dialect: Dialect;
  target: Target;
}

export interface CompileOptions {
  /** Clock for LAST (tests pin it); default Date.now(). */
  now?: number;
}

interface TargetSql {
  from: string;
  /** EGQL field → SQL expression. */
  col: Record<string, string>;
  time?: string;
  sha: string;
  branch: string;
  defaultSelect: string;
  defaultOrder: string;
}

const TARGET_SQL: Record<Exclude<Target, 'graph'>, TargetSql> = {
  events: {
    from: 'events e',
    col: { id: 'e.id', topic: 'e.topic', ts: 'e.ts', ts_utc: 'e.ts_utc', source: 'e.source', sha: 'e.repo_sha', branch: 'e.repo_branch', correlation_id: 'e.correlation_id', causation_id: 'e.causation_id', key: 'e.idempotency_key' },
    time: 'e.ts',
    sha: 'e.repo_sha',
    branch: 'e.repo_branch',
    defaultSelect: 'e.id AS id, e.topic AS topic, e.ts_utc AS ts_utc, e.source AS source, e.repo_sha AS sha, e.repo_branch AS branch, e.payload_json AS payload',
    defaultOrder: 'e.ts, e.id',
  },
  tokens: {
    from: 'delta_tokens t LEFT JOIN commits c ON c.sha = t.sha',
    col: { token: 't.token', kind: 't.token', category: 't.category', module: 't.module', file: 't.file', symbol: 't.symbol', line: 't.line', weight: 't.weight', contrib: 't.contrib', sha: 't.sha', ts: 'c.ts', branch: 'c.branch' },
    time: 'c.ts',
    sha: 't.sha',
    branch: 'c.branch',
    defaultSelect: 't.sha AS sha, c.ts AS ts, t.token AS kind, t.category AS category, t.module AS module, t.file AS file, t.symbol AS symbol, t.line AS line, t.weight AS weight',
    defaultOrder: 'c.ts, t.sha, t.seq',
  },
  invariants: {
    from: 'invariants_results i LEFT JOIN commits c ON c.sha = i.sha',
    col: { gate: 'i.gate', kind: 'i.gate', module: 'i.module', score: 'i.score', threshold: 'i.threshold', action: 'i.action', sha: 'i.sha', ts: 'c.ts', branch: 'c.branch' },
    time: 'c.ts',
    sha: 'i.sha',
    branch: 'c.branch',
    defaultSelect: 'i.sha AS sha, c.ts AS ts, i.gate AS gate, i.module AS module, i.score AS score, i.threshold AS threshold, i.action AS action',
    defaultOrder: 'c.ts, i.sha, i.gate, i.module',
  },
};

const GRAPH_COL: Record<string, string> = { src: 'g.src', dst: 'g.dst', depth: 'g.depth' };
const DEFAULT_DEPTH = 3;
const MAX_DEPTH = 32;
const UNIT_SECONDS = { m: 60, h: 3600, d: 86400 } as const;

function likePattern(v: string): string {
  const esc = v.replace(/[\\%_]/g, (c) => `\\${c}`);
  return esc.includes('*') ? esc.replace(/\*/g, '%') : `%${esc}%`;
}

const unix = (iso: string) => Math.floor(Date.parse(iso) / 1000);

class Builder {
  readonly params: (string | number)[] = [];
  constructor(readonly dialect: Dialect) {}
  p(v: string | number): string {
    this.params.push(v);
    return '?';
  }
  /** `?` → `$n` for PostgreSQL (the generated SQL has no `?` of its own). */
  finish(sql: string): string {
    if (this.dialect === 'sqlite') return sql;
    let n = 0;
    return sql.replace(/\?/g, () => `$${++n}`);
  }
}

function condSql(b: Builder, c: Cond, col: Record<string, string>, times: Set<string>): string {
  const column = col[c.key];
  if (!column) throw new EgqlError(`${c.key} cannot be used in a condition here`, c.keyPos, c.key.length);
  let v: string | number = c.value.value;
  if (times.has(c.key) && c.value.kind === 'datetime') v = unix(String(v));
  if (c.key === 'gate' && typeof v === 'string') v = v.toUpperCase();
  if (c.key === 'topic' && c.op === '=' && typeof v === 'string' && !v.includes('@')) v = `${v}@v1`;
  const like = b.dialect === 'postgres' ? 'ILIKE' : 'LIKE';
  // Topics are a small vocabulary kept in event_topics: match it there, then read only the
  // matching topics through the (topic, ts) index (same answer as LIKE over every event).
  if (c.op === '~' && column === 'e.topic') return `e.topic IN (SELECT topic FROM event_topics WHERE topic ${like} ${b.p(likePattern(String(v)))} ESCAPE '\\')`;
  if (c.op === '~') return `${column} ${like} ${b.p(likePattern(String(v)))} ESCAPE '\\'`;
  const op = c.op === '!=' ? '<>' : c.op;
  return `${column} ${op} ${b.p(v)}`;
}

function leaves(e: Expr): Cond[] {
  return e.type === 'cond' ? [e] : [...leaves(e.left), ...leaves(e.right)];
}

function exprSql(b: Builder, e: Expr, col: Record<string, string>, times: Set<string>): string {
  if (e.type === 'cond') return condSql(b, e, col, times);
  // `topic~'a' OR topic~'b'`: one lookup in event_topics, so the (topic, ts) index still serves
  // the query (an OR of two IN-subqueries makes SQLite scan every event).
  const ls = e.type === 'or' ? leaves(e) : [];
  if (ls.length && col.topic === 'e.topic' && ls.every((c) => c.key === 'topic' && c.op === '~') && !JSON.stringify(e).includes('"type":"and"')) {
    const like = b.dialect === 'postgres' ? 'ILIKE' : 'LIKE';
    return `e.topic IN (SELECT topic FROM event_topics WHERE ${ls.map((c) => `topic ${like} ${b.p(likePattern(String(c.value.value)))} ESCAPE '\\'`).join(' OR ')})`;
  }
  const l = exprSql(b, e.left, col, times);
  const r = exprSql(b, e.right, col, times);
  return e.type === 'and' ? `(${l} AND ${r})` : `(${l} OR ${r})`;
}

function sourceSql(b: Builder, q: Query, shaCol: string, branchCol: string): string | undefined {
  const v = q.source.value;
  if (q.source.kind === 'branch') return `${branchCol} = ${b.p(v)}`;
  if (v === '*') return undefined;
  if (v.toUpperCase() === 'WORKTREE') return `${shaCol} = ${b.p('WORKTREE')}`;
  if (v.length === 40) return `${shaCol} = ${b.p(v.toLowerCase())}`;
  return `${shaCol} LIKE ${b.p(`${v.toLowerCase()}%`)}`;
}

function sinceSql(b: Builder, q: Query, timeCol: string | undefined, now: number): string | undefined {
  if (!q.since) return undefined;
  if (!timeCol) throw new EgqlError(`${q.target} has no time: SINCE/LAST do not apply`, q.since.pos, q.since.kind === 'since' ? 5 : 4);
  const from = q.since.kind === 'since' ? unix(q.since.iso) : Math.floor(now / 1000) - q.since.amount * UNIT_SECONDS[q.since.unit];
  return `${timeCol} >= ${b.p(from)}`;
}

function tailSql(b: Builder, q: Query, col: Record<string, string>, defaultOrder: string, textFields: Set<string>): { select?: string; rest: string } {
  // Text ordering is byte order on both backends (PostgreSQL's default collation follows the
  // locale), and ties are broken by the remaining keys, so both give the same row order.
  const ord = (name: string) => (b.dialect === 'postgres' && textFields.has(name) ? `${col[name]} COLLATE "C"` : col[name]);
  let select: string | undefined;
  let rest = '';
  if (q.groupBy.length) {
    select = `${q.groupBy.map((k) => `${col[k.name]} AS ${k.name}`).join(', ')}, COUNT(*) AS count`;
    rest += ` GROUP BY ${q.groupBy.map((k) => col[k.name]).join(', ')}`;
  }
  const ties = q.groupBy.length ? q.groupBy.map((k) => ord(k.name)) : defaultOrder.split(', ').map((c) => (b.dialect === 'postgres' && /\.(sha|id|src|dst|gate|module|file)$/.test(c) ? `${c} COLLATE "C"` : c));
  if (q.orderBy) {
    const k = q.orderBy.key;
    if (q.groupBy.length && k.name !== 'count' && !q.groupBy.some((g) => g.name === k.name)) throw new EgqlError(`ORDER BY ${k.name}: a grouped query can order by its GROUP BY keys or count`, k.pos, k.length);
    if (!q.groupBy.length && k.name === 'count') throw new EgqlError('ORDER BY count needs GROUP BY', k.pos, k.length);
    const expr = k.name === 'count' ? 'COUNT(*)' : ord(k.name);
    rest += ` ORDER BY ${expr} ${q.orderBy.dir}, ${ties.join(', ')}`;
  } else rest += ` ORDER BY ${ties.join(', ')}`;
  if (q.limit !== undefined) rest += ` LIMIT ${b.p(q.limit)}`;
  return { select, rest };
}

/** Top-level AND conjuncts (graph's start/depth must be among them). */
function conjuncts(e: Expr | undefined): { all: Cond[]; underOr: Cond[] } {
  const all: Cond[] = [];
  const underOr: Cond[] = [];
  const walk = (x: Expr, or: boolean) => {
    if (x.type === 'cond') (or ? underOr : all).push(x);
    else {
      walk(x.left, or || x.type === 'or');
      walk(x.right, or || x.type === 'or');
    }
  };
  if (e) walk(e, false);
  return { all, underOr };
}

function withoutKeys(e: Expr | undefined, keys: Set<string>): Expr | undefined {
  if (!e) return undefined;
  if (e.type === 'cond') return keys.has(e.key) ? undefined : e;
  const l = withoutKeys(e.left, keys);
  const r = withoutKeys(e.right, keys);
  if (!l) return r;
  if (!r) return l;
  return { ...e, left: l, right: r };
}

function compileGraph(b: Builder, q: Query): string {
  const { all, underOr } = conjuncts(q.where);
  const bad = underOr.find((c) => c.key === 'start');
  if (bad) throw new EgqlError('start= must be a top-level condition (joined by AND)', bad.keyPos, 5);
  const starts = all.filter((c) => c.key === 'start');
  if (starts.length !== 1) throw new EgqlError(starts.length ? 'give one start=' : "graph needs start='path/to/file' in WHERE", starts[1]?.keyPos ?? q.targetPos, 5);
  let depth = DEFAULT_DEPTH;
  for (const c of all.filter((x) => x.key === 'depth')) {
    const v = Number(c.value.value);
    if (c.op === '<=' || c.op === '=') depth = Math.min(depth === DEFAULT_DEPTH ? v : depth, v);
    else if (c.op === '<') depth = Math.min(depth === DEFAULT_DEPTH ? v - 1 : depth, v - 1);
  }
  depth = Math.max(0, Math.min(MAX_DEPTH, depth));
  if (q.since) sinceSql(b, q, undefined, 0); // throws: graph has no time
  // branch(B) for edges: the edges recorded for B's commits. Parameters are added in the
  // order their `?` appear in the text.
  const edgeFilter = q.source.kind === 'branch' ? `sha IN (SELECT sha FROM commits WHERE branch = ${b.p(q.source.value)})` : sourceSql(b, q, 'sha', 'sha');
  const edges = `SELECT DISTINCT src, dst FROM import_edges${edgeFilter ? ` WHERE ${edgeFilter}` : ''}`;
  const startP = b.p(String(starts[0].value.value));
  const depthP = b.p(depth);
  const depthP2 = b.p(depth);
  const filter = withoutKeys(q.where, new Set(['start']));
  const where = filter ? ` WHERE ${exprSql(b, filter, GRAPH_COL, new Set())}` : '';
  const tail = tailSql(b, q, GRAPH_COL, 'g.depth, g.src, g.dst', new Set(['src', 'dst']));
  return (
    `WITH RECURSIVE edges(src, dst) AS (${edges}), ` +
    `walk(src, dst, depth) AS (SELECT src, dst, 1 FROM edges WHERE src = ${startP} AND ${depthP} >= 1 ` +
    `UNION SELECT e.src, e.dst, w.depth + 1 FROM edges e JOIN walk w ON e.src = w.dst WHERE w.depth < ${depthP2}) ` +
    `SELECT ${tail.select ?? 'g.src AS src, g.dst AS dst, g.depth AS depth'} FROM (SELECT src, dst, MIN(depth) AS depth FROM walk GROUP BY src, dst) g${where}${tail.rest}`
  );
}

export function compile(q: Query, dialect: Dialect, opts: CompileOptions = {}): CompiledQuery {
  const b = new Builder(dialect);
  const now = opts.now ?? Date.now();
  if (q.target === 'graph') return { sql: b.finish(compileGraph(b, q)), params: b.params, dialect, target: q.target };
  const t = TARGET_SQL[q.target];
  for (const c of conjuncts(q.where).all.concat(conjuncts(q.where).underOr)) {
    if (c.key === 'start' || c.key === 'depth') throw new EgqlError(`${c.key} applies to graph only`, c.keyPos, c.key.length);
  }
  const times = new Set(Object.entries(FIELDS[q.target]).filter(([, ty]) => ty === 'time').map(([k]) => k));
  const where: string[] = [];
  const src = sourceSql(b, q, t.sha, t.branch);
  if (src) where.push(src);
  if (q.where) where.push(exprSql(b, q.where, t.col, times));
  const since = sinceSql(b, q, t.time, now);
  if (since) where.push(since);
  const tail = tailSql(b, q, t.col, t.defaultOrder, new Set(Object.entries(FIELDS[q.target]).filter(([, ty]) => ty === 'text').map(([k]) => k)));
  const sql = `SELECT ${tail.select ?? t.defaultSelect} FROM ${t.from}${where.length ? ` WHERE ${where.join(' AND ')}` : ''}${tail.rest}`;
  return { sql: b.finish(sql), params: b.params, dialect, target: q.target };
}

/** Parse + compile; throws EgqlError with the position of the problem. */
export function compileEgql(text: string, dialect: Dialect, opts: CompileOptions = {}): CompiledQuery {
  return compile(parse(text), dialect, opts);
}
