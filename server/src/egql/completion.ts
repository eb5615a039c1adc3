// EGQL completion (spec §3.10 "editor support"): what may come next at the cursor — keywords,
// targets, fields of the query's target, the known topics after `topic~`/`topic=`, token
// kinds after `token=`, gates after `gate=`. Pure: takes the query text before the cursor.
import { CATEGORY_ORDER, TOKEN_KINDS } from '../delta/catalogue';
import { TOPICS } from '../egdb/events';
import { lex, type Tok } from './lexer';
import { FIELDS, TARGETS, type Target } from './parser';

export type CompletionKind = 'keyword' | 'target' | 'field' | 'topic' | 'value' | 'source';

export interface EgqlCompletion {
  label: string;
  kind: CompletionKind;
  insertText?: string;
  detail?: string;
}

const kw = (...words: string[]): EgqlCompletion[] => words.map((w) => ({ label: w, kind: 'keyword' as const }));
const CLAUSES = ['WHERE', 'GROUP BY', 'ORDER BY', 'SINCE', 'LAST', 'LIMIT'];

function fieldsOf(target: Target | undefined, withCount: boolean): EgqlCompletion[] {
  const t = target ?? 'events';
  const out: EgqlCompletion[] = Object.entries(FIELDS[t]).map(([name, type]) => ({ label: name, kind: 'field' as const, detail: `${t} · ${type}` }));
  if (withCount) out.push({ label: 'count', kind: 'field', detail: 'rows per group' });
  return out;
}

function valuesFor(field: string, op: string): EgqlCompletion[] {
  if (field === 'topic') return TOPICS.map((t) => ({ label: `${t}@v1`, kind: 'topic' as const, insertText: `'${op === '~' ? t : `${t}@v1`}'` }));
  if (field === 'token' || field === 'kind') return Object.keys(TOKEN_KINDS).map((k) => ({ label: k, kind: 'value' as const, detail: (TOKEN_KINDS as Record<string, { category: string }>)[k].category }));
  if (field === 'gate') return ['I1', 'I2', 'I3', 'I4'].map((g) => ({ label: g, kind: 'value' as const }));
  if (field === 'category') return CATEGORY_ORDER.map((c) => ({ label: c, kind: 'value' as const }));
  if (field === 'action') return ['ACCEPT', 'REVIEW', 'BLOCK', 'HARD_BLOCK', 'PASS', 'FAIL'].map((a) => ({ label: a, kind: 'value' as const }));
  if (field === 'start') return [{ label: "'path/to/file.ts'", kind: 'value', insertText: "''" }];
  return [];
}

/** Completions for the cursor at the end of `before` (the query text up to the cursor). */
export function completeAt(before: string): EgqlCompletion[] {
  let toks: Tok[];
  try {
    toks = lex(before).filter((t) => t.kind !== 'eof');
  } catch {
    return [];
  }
  // A word being typed (no space after it) is replaced by the completion: look before it.
  const last = toks[toks.length - 1];
  if (last && last.offset + last.length === before.length && (last.kind === 'ident' || last.kind === 'keyword') && !/\s$/.test(before)) toks = toks.slice(0, -1);
  const targetIdx = toks.findIndex((t) => t.kind === 'keyword' && t.value === 'SELECT');
  const targetTok = targetIdx >= 0 ? toks[targetIdx + 1] : undefined;
  const target = targetTok && (TARGETS as readonly string[]).includes(String(targetTok.value).toLowerCase()) ? (String(targetTok.value).toLowerCase() as Target) : undefined;
  const p = toks[toks.length - 1];
  const pp = toks[toks.length - 2];
  if (!p) return kw('SELECT');
  const up = p.kind === 'keyword' ? String(p.value) : '';
  if (up === 'SELECT') return TARGETS.map((t) => ({ label: t, kind: 'target' as const }));
  if (p === targetTok) return kw('FROM');
  if (up === 'FROM') return [
    { label: 'sha(*)', kind: 'source', insertText: 'sha(*)', detail: 'every commit' },
    { label: 'sha(…)', kind: 'source', insertText: 'sha()', detail: 'one commit (sha, prefix, HEAD~1, a branch or tag)' },
    { label: 'branch(…)', kind: 'source', insertText: 'branch(main)', detail: 'the commits seen on a branch' },
  ];
  if (up === 'WHERE' || up === 'AND' || up === 'OR') return fieldsOf(target, false);
  if (up === 'BY') return fieldsOf(target, pp?.value === 'ORDER');
  if (p.kind === 'comma') return fieldsOf(target, false);
  if (up === 'LAST') return ['1h', '24h', '7d', '30d'].map((d) => ({ label: d, kind: 'value' as const }));
  if (up === 'SINCE') return [{ label: new Date().toISOString().slice(0, 10), kind: 'value' }];
  if (up === 'LIMIT') return [{ label: '100', kind: 'value' }];
  if (p.kind === 'op' && pp?.kind === 'ident') return valuesFor(String(pp.value).toLowerCase(), String(p.value));
  if (p.kind === 'ident' && pp?.kind === 'keyword' && ['WHERE', 'AND', 'OR'].includes(String(pp.value))) {
    const f = String(p.value).toLowerCase();
    if (f === 'topic') return [{ label: '~', kind: 'keyword' }, { label: '=', kind: 'keyword' }];
    return ['=', '!=', '<', '<=', '>', '>=', '~'].map((o) => ({ label: o, kind: 'keyword' as const }));
  }
  if (up === 'ASC' || up === 'DESC') return kw('SINCE', 'LAST', 'LIMIT');
  if (p.kind === 'ident' && pp?.kind === 'keyword' && pp.value === 'BY') {
    const isOrder = toks[toks.length - 3]?.value === 'ORDER';
    return isOrder ? kw('ASC', 'DESC', 'SINCE', 'LAST', 'LIMIT') : kw('ORDER BY', 'SINCE', 'LAST', 'LIMIT');
  }
  if (p.kind === 'rparen') return kw(...CLAUSES);
  if (['string', 'number', 'ident', 'datetime', 'duration'].includes(p.kind) && pp?.kind === 'op') return kw('AND', 'OR', ...CLAUSES.slice(1));
  if (p.kind === 'duration' || p.kind === 'datetime') return kw('LIMIT');
  return kw('SELECT', 'FROM', 'WHERE', 'AND', 'OR', 'GROUP BY', 'ORDER BY', 'ASC', 'DESC', 'SINCE', 'LAST', 'LIMIT');
}

/** Splits a .egql document into queries: separated by `;` or by a blank line; `--` comments kept. */
export function splitQueries(text: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  let start = 0;
  let quote: string | undefined;
  const flush = (end: number) => {
    const chunk = text.slice(start, end);
    const lead = chunk.length - chunk.trimStart().length;
    const body = chunk.trim();
    // A chunk of comments only is not a query.
    if (body && body.split('\n').some((l) => l.trim() && !l.trim().startsWith('--'))) out.push({ text: body, offset: start + lead });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
      else if (c === '\n') quote = undefined;
      continue;
    }
    if (c === '-' && text[i + 1] === '-') {
      while (i < text.length && text[i] !== '\n') i++;
      i--;
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    else if (c === ';') {
      flush(i);
      start = i + 1;
    } else if (c === '\n' && /^[ \t]*\r?\n/.test(text.slice(i + 1))) {
      flush(i);
      start = i + 1;
    }
  }
  flush(text.length);
  return out;
}
