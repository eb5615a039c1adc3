// Printing query results: an aligned text table (`--table`, the default on a terminal) or
// JSON (`--json`, schema `egdb.query.v1`). Shared by `glx egdb query`, `glx egql` and the editor.
import type { QueryResult } from './store';

export const QUERY_RESULT_SCHEMA = 'egdb.query.v1';

export function cellText(v: unknown): string {
  if (v === null || v === undefined) return 'NULL';
  if (v instanceof Uint8Array) return `<${v.length} bytes>`;
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Math.round(v * 1e6) / 1e6);
  return String(v);
}

export function formatTable(r: QueryResult, maxCell = 80): string {
  const clip = (s: string) => (s.length > maxCell ? `${s.slice(0, maxCell - 1)}…` : s).replace(/\s+/g, ' ');
  const cells = r.rows.map((row) => row.map((v) => clip(cellText(v))));
  const widths = r.columns.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i]?.length ?? 0)));
  const line = (vals: string[]) => vals.map((v, i) => v.padEnd(widths[i])).join(' │ ').trimEnd();
  const out = [line(r.columns), widths.map((w) => '─'.repeat(w)).join('─┼─'), ...cells.map(line)];
  out.push(`(${r.rows.length} row${r.rows.length === 1 ? '' : 's'})`);
  return `${out.join('\n')}\n`;
}

export function resultJson(r: QueryResult, extra: Record<string, unknown> = {}) {
  return { schema: QUERY_RESULT_SCHEMA, ...extra, columns: r.columns, rows: r.rows.map((row) => row.map((v) => (v instanceof Uint8Array ? Buffer.from(v).toString('base64') : v))) };
}
