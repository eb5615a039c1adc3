// The part of the sql.js API EGDB uses, typed here instead of importing `@types/sql.js`: those
// typings pull in `@types/emscripten`, whose global `EmscriptenModule` merges with
// web-tree-sitter's own declaration and breaks `Parser.init({ locateFile })` type-checking.
export type SqlValue = string | number | Uint8Array | null;

export interface Statement {
  bind(values?: SqlValue[]): boolean;
  step(): boolean;
  get(): SqlValue[];
  getColumnNames(): string[];
  run(values?: SqlValue[]): void;
  free(): boolean;
}

export interface Database {
  run(sql: string, params?: SqlValue[]): Database;
  exec(sql: string, params?: SqlValue[]): { columns: string[]; values: SqlValue[][] }[];
  prepare(sql: string): Statement;
  export(): Uint8Array;
  close(): void;
  getRowsModified(): number;
}

export interface SqlJsStatic {
  Database: new (data?: ArrayLike<number> | Buffer | null) => Database;
}

export type InitSqlJs = (config?: { locateFile?: (file: string) => string }) => Promise<SqlJsStatic>;

/** sql.js's loader, required on first use (issue 14: verbs that never open EGDB never evaluate it). */
export const initSqlJs: InitSqlJs = (config) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const init = require('sql.js') as InitSqlJs;
  return init(config);
};
