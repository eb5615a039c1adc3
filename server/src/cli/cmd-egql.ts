// `glx egql 'QUERY' [--json|--table]` — spec §3.10/§5: EGQL compiled to parameterized SQL for
// the store's dialect and run on EGDB. A query error is one line with its line:column, exit 2.
import { formatTable, resultJson } from '../egdb/result-format';
import { compile } from '../egql/compile';
import { parse } from '../egql/parser';
import { resolveRevisions } from '../egql/revisions';
import { GitRepo } from '../git';
import { EgqlError } from '../egql/lexer';
import { helpText, parseArgs, UsageError, type FlagSpec } from './args';
import { openStoreFor, runQuery } from './cmd-egdb';
import { InputError } from './context';

const flagsSpec: FlagSpec = {
  db: { type: 'string', value: 'FILE|URL', desc: 'SQLite file or postgres:// URL (default: $GLX_EGDB_URL, else .glx/egdb.db)' },
  repo: { type: 'string', value: 'DIR', desc: 'repository whose .glx/ is used (default: the one containing the cwd)' },
  json: { type: 'boolean', desc: 'print {schema:"egdb.query.v1", query, sql, columns, rows}' },
  table: { type: 'boolean', desc: 'print an aligned table (default)' },
  sql: { type: 'boolean', desc: 'print the compiled SQL and its parameters instead of running it' },
  help: { type: 'boolean', short: 'h', desc: 'show this help' },
};

export const egqlHelp = helpText(
  "glx egql 'SELECT tokens FROM branch(main) WHERE token=MODIFY_SIG LAST 7d' [--json|--table]",
  `Run an EGQL query on EGDB. Grammar (spec §3.10):
  SELECT events|tokens|invariants|graph FROM sha(REV)|branch(NAME)
    REV: a sha or prefix, HEAD, HEAD~3, a branch, a tag, WORKTREE or *
    [WHERE cond {AND|OR cond}] [GROUP BY key {, key}] [ORDER BY key [ASC|DESC]]
    [SINCE ISO8601 | LAST INT m|h|d] [LIMIT INT]
  cond: key OP value | topic~ 'text' | token=NAME | gate=NAME | start='file' | depth OP INT`,
  flagsSpec,
);

export async function cmdEgql(argv: readonly string[]): Promise<number> {
  const { flags, positionals } = parseArgs(argv, flagsSpec, 'egql');
  if (flags.help) {
    process.stdout.write(egqlHelp);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(`egql: expected one query argument, got ${positionals.length} (quote the query)`);
  const text = positionals[0];
  const { store, root, inRepo } = await openStoreFor(flags);
  try {
    let compiled;
    try {
      // sha(HEAD~3), sha(v1.0), sha(main): resolved by git to the commit EGDB knows (issue 15).
      const repo = inRepo ? await GitRepo.open(root).catch(() => undefined) : undefined;
      try {
        compiled = compile(await resolveRevisions(parse(text), repo && ((rev) => repo.tryRevParse(rev))), store.dialect);
      } finally {
        await repo?.close();
      }
    } catch (e) {
      // Same kind (bad input); the CLI's line adds the position: `egql 1:33: …`.
      if (e instanceof EgqlError) throw new InputError(`egql ${e.format()}`, { cause: e });
      throw e;
    }
    if (flags.sql) {
      process.stdout.write(`${compiled.sql}\n-- params: ${JSON.stringify(compiled.params)}\n`);
      return 0;
    }
    const r = await runQuery(store, compiled.sql, compiled.params, 'egql');
    process.stdout.write(flags.json ? `${JSON.stringify(resultJson(r, { query: text, sql: compiled.sql }))}\n` : formatTable(r));
    return 0;
  } finally {
    await store.close();
  }
}
