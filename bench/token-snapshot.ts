// Token snapshot for refactoring checks (no assertions): runs tokenizeWithStats over the change
// of each of the last N first-parent commits of a repository (plus a few multi-commit ranges)
// and writes one JSON line per change set with every raw token (kind, file, uid, range,
// magnitude, weight, meta, before/after) and the ΔLOC. Two snapshots taken before and after a
// refactoring of the tokenizer must be byte-identical (`cmp a.jsonl b.jsonl`).
// Usage: node out/bench/token-snapshot.js <repo-dir> <out.jsonl> [N=150]
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { Policy } from '../server/src/config/policy';
import { tokenizeWithStats } from '../server/src/delta/tokenize';
import { gitChangeSet } from '../server/src/engine/git-change-set';
import { GitRepo } from '../server/src/git';
import { initParsers } from '../server/src/parsing/languages';

async function main(): Promise<void> {
  const [dir, outFile, nArg] = process.argv.slice(2);
  if (!dir || !outFile) throw new Error('usage: token-snapshot <repo-dir> <out.jsonl> [N]');
  const n = Number(nArg ?? 150);
  await initParsers();
  const shas = execFileSync('git', ['-C', dir, 'rev-list', '--first-parent', '-n', String(n + 1), 'HEAD'], { encoding: 'utf8' }).trim().split('\n');
  const ranges: [string, string][] = [];
  for (let i = 0; i + 1 < shas.length; i++) ranges.push([shas[i + 1], shas[i]]);
  const at = (k: number) => shas[Math.min(k, shas.length - 1)];
  ranges.push([at(10), at(0)], [at(50), at(20)], [at(shas.length - 1), at(0)]);
  const git = await GitRepo.open(dir);
  const policies = [new Policy()];
  const lines: string[] = [];
  try {
    for (const [base, head] of ranges) {
      for (const policy of policies) {
        const cs = await gitChangeSet(git, base, head, policy);
        const r = tokenizeWithStats(cs, policy);
        lines.push(JSON.stringify({ base, head, loc: r.loc, tokens: r.tokens }));
      }
    }
  } finally {
    await git.close();
  }
  fs.writeFileSync(outFile, `${lines.join('\n')}\n`);
  console.log(`${ranges.length} change sets, ${lines.reduce((s, l) => s + (JSON.parse(l) as { tokens: unknown[] }).tokens.length, 0)} tokens → ${outFile}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
