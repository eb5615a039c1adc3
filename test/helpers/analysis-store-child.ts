// A separate process for the analysis-cache concurrency test: reads and writes the same keys of
// one `.glx/cache/analysis` directory as other processes do, `rounds` times. Every hit must be
// exactly the analysis this process computes itself (JSON-equal): a torn or mixed entry would be
// a wrong answer, and the process exits 1 naming it.
import { AnalysisStore } from '../../server/src/engine/analysis-store';
import { initParsers } from '../../server/src/parsing/languages';
import { analyzeSource } from '../../server/src/symbols/analyze';
import { storeFixtures } from './analysis-store-fixtures';

async function main() {
  const [dir, rounds, cap] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4] ?? 0)];
  await initParsers();
  const store = new AnalysisStore(dir, cap > 0 ? cap : undefined);
  const fixtures = storeFixtures();
  const expected = fixtures.map((f) => JSON.stringify(analyzeSource(f.text, f.path, f.lang)));
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < fixtures.length; i++) {
      const f = fixtures[(i + r + process.pid) % fixtures.length];
      const want = expected[(i + r + process.pid) % fixtures.length];
      const hit = store.get(f.path, f.oid);
      if (hit) {
        if (JSON.stringify(hit) !== want) throw new Error(`wrong analysis read for ${f.path}`);
      } else {
        store.put(f.path, f.oid, f.text, JSON.parse(want));
      }
    }
  }
  process.stdout.write(JSON.stringify(store.stats));
}

main().then(
  () => process.exit(0),
  (e) => {
    process.stderr.write(`${(e as Error).stack}\n`);
    process.exit(1);
  },
);
