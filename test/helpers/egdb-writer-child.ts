// A separate writer process for the concurrency test: ingests `count` synthetic commits
// (`start`…) into the SQLite EGDB file given on the command line, one ingest per commit, as a
// CLI run would while the language server writes too.
import { SqliteStore } from '../../server/src/egdb/sqljs-store';
import { batchFor, shaOf, syntheticTokens } from './egdb-fixtures';

async function main() {
  const [file, start, count] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4])];
  const store = new SqliteStore(file);
  for (let i = start; i < start + count; i++) {
    await store.ingest([batchFor(shaOf(i), syntheticTokens(5, i), 1_700_000_000 + i)]);
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    process.stderr.write(`${(e as Error).stack}\n`);
    process.exit(1);
  },
);
