// `npm run accuracy`: precision and recall of the Δ tokens on the labelled corpus of real commits
// (test/corpus/, docs/accuracy.md), per kind and overall, then every miss (false positive /
// false negative with case, commit, file and symbol).
//   node dist/bench/accuracy.js                 the report
//   node dist/bench/accuracy.js --json          the report as JSON
//   node dist/bench/accuracy.js --show <case>   the scored tokens the engine gives one case (for labelling)
//   node dist/bench/accuracy.js --corpus <dir>  score another corpus directory (same layout)
//   node dist/bench/accuracy.js --dump          every case's scored tokens, one JSON line per case (for labelling)
//   node dist/bench/accuracy.js --write-baseline  record the figures the regression test holds (test/corpus/baseline.json)
import * as fs from 'node:fs';
import * as path from 'node:path';
import { initParsers } from '../server/src/parsing/languages';
import { actualTokens, CORPUS_ROOT, loadCorpus, scoreCorpus, type AccuracyReport } from './accuracy-corpus';

export const BASELINE_FILE = path.join(CORPUS_ROOT, 'baseline.json');

const f3 = (x: number) => x.toFixed(3);

function print(r: AccuracyReport): void {
  const out: string[] = [];
  out.push(`corpus: ${r.cases} commits from ${r.projects} projects, ${r.expected} expected tokens`);
  out.push('');
  out.push(`${'kind'.padEnd(24)} ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'fn'.padStart(4)} ${'precision'.padStart(9)} ${'recall'.padStart(7)}`);
  for (const [k, s] of Object.entries(r.perKind)) {
    out.push(`${k.padEnd(24)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)} ${f3(s.precision).padStart(9)} ${f3(s.recall).padStart(7)}`);
  }
  const o = r.overall;
  out.push(`${'overall'.padEnd(24)} ${String(o.tp).padStart(4)} ${String(o.fp).padStart(4)} ${String(o.fn).padStart(4)} ${f3(o.precision).padStart(9)} ${f3(o.recall).padStart(7)}`);
  out.push('');
  out.push(`false positives (${r.falsePositives.length}):`);
  for (const m of r.falsePositives) out.push(`  ${m.case} ${m.sha.slice(0, 10)} ${m.kind} ${m.file} ${m.symbol}`);
  out.push(`false negatives (${r.falseNegatives.length}):`);
  for (const m of r.falseNegatives) out.push(`  ${m.case} ${m.sha.slice(0, 10)} ${m.kind} ${m.file} ${m.symbol} — ${m.reason ?? ''}`);
  process.stdout.write(out.join('\n') + '\n');
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  await initParsers();
  const ci = argv.indexOf('--corpus');
  const root = ci >= 0 ? path.resolve(argv[ci + 1] ?? '') : undefined;
  if (root && !fs.existsSync(root)) {
    process.stderr.write(`accuracy: corpus ${root}: does not exist\n`);
    process.exit(2);
  }
  const cases = loadCorpus(root);
  const show = argv.indexOf('--show');
  if (show >= 0) {
    const id = argv[show + 1];
    const c = cases.find((x) => x.id === id || x.dir === path.resolve(id ?? ''));
    if (!c) {
      process.stderr.write(`accuracy: case ${id ?? '(missing)'}: not in ${root ?? CORPUS_ROOT}\n`);
      process.exit(2);
    }
    for (const t of actualTokens(c)) process.stdout.write(JSON.stringify(t) + '\n');
    return;
  }
  if (argv.includes('--dump')) {
    for (const c of cases) {
      let tokens: unknown;
      try {
        tokens = actualTokens(c);
      } catch (e) {
        tokens = { error: e instanceof Error ? e.message : String(e) };
      }
      process.stdout.write(JSON.stringify({ case: c.id, subject: c.subject, tokens }) + '\n');
    }
    return;
  }
  const r = scoreCorpus(cases);
  if (argv.includes('--json')) process.stdout.write(JSON.stringify(r, null, 2) + '\n');
  else print(r);
  if (argv.includes('--write-baseline')) {
    const baseline = {
      schema: 'glx.accuracy-baseline.v1',
      cases: r.cases,
      expected: r.expected,
      overall: { precision: r.overall.precision, recall: r.overall.recall },
      perKind: Object.fromEntries(Object.entries(r.perKind).map(([k, s]) => [k, { precision: s.precision, recall: s.recall }])),
    };
    const tmp = `${BASELINE_FILE}.tmp-${process.pid}`;
    fs.writeFileSync(tmp, JSON.stringify(baseline, null, 2) + '\n');
    fs.renameSync(tmp, BASELINE_FILE);
    process.stdout.write(`baseline written: ${BASELINE_FILE}\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exit(70);
});
