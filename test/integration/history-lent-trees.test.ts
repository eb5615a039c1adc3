// The history walk lends the SAST scanners its trees of the commit's texts (issue 14:
// engine/version-trees.ts `lend`, sast/tree-cache.ts `lendTreesFrom`) — `glx delta --per-commit`
// had parsed both sides of every changed file again, from scratch past the scanners' 24 trees.
// A lent tree must be a tree of exactly the scanned text, alive while it is scanned: every
// commit's findings with lent trees equal the scanners' own parse of the same change set. Real
// repository (30 files changed at once, findings added, moved, fixed, a syntax error), real
// cat-file, real tree-sitter. Fails when a tree is lent after the walk edits it, or freed early.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sastForChange } from '../../server/src/app/sast';
import { Policy } from '../../server/src/config/policy';
import type { ChangeSet } from '../../server/src/delta/change-set';
import { walkHistory } from '../../server/src/engine/history';
import { GitRepo } from '../../server/src/git';
import { initParsers } from '../../server/src/parsing/languages';
import { borrowedTrees } from '../../server/src/sast/tree-cache';
import { defaultSecurityPolicy } from '../../server/src/sast/security-policy';
import type { ChangeScan } from '../../server/src/sast/change-scan';
import { TempRepo } from '../helpers/temp-repo';

const N = 30;
const ts = (i: number, body: string) => `import { exec } from 'child_process';\n\nexport function run${i}(cmd: string) {\n${body}\n  return cmd.length;\n}\n\nexport function other${i}(x: number) {\n  return x * ${i};\n}\n`;
const py = (body: string) => `import subprocess\n\n\ndef run(cmd):\n${body}\n    return len(cmd)\n`;

let repo: TempRepo;
before(async () => {
  await initParsers();
  repo = new TempRepo('glx-lent-trees-');
  const files = (f: (i: number) => string) => Object.fromEntries(Array.from({ length: N }, (_, i) => [`src/m${i}.ts`, f(i)]));
  repo.commit({ ...files((i) => ts(i, '  const n = 1;')), 'tool/run.py': py('    n = 1') }, 'import');
  repo.commit({ ...files((i) => ts(i, i % 3 === 0 ? '  eval(cmd);\n  exec(cmd);' : '  const n = 2;')), 'tool/run.py': py('    subprocess.run(cmd, shell=True)') }, 'thirty files, findings added');
  repo.commit({ 'src/m0.ts': ts(0, '  const pad = 0;\n  eval(cmd);\n  exec(cmd);'), 'src/m3.ts': ts(3, '  eval(cmd'), 'tool/run.py': py('    n = 3\n    subprocess.run(cmd, shell=True)') }, 'moved, and a syntax error');
  repo.commit({ ...files((i) => ts(i, '  const n = 4;')), 'tool/run.py': py('    n = 4') }, 'every finding fixed');
});
after(() => repo.cleanup());

const findings = (s: ChangeScan) => [...s.findings, ...s.fixed].map((f) => `${f.location.file}:${f.location.line} ${f.rule_id} ${f.state}`).sort();

test('per-commit scans with the walk’s lent trees find what the scanners’ own parses find', async () => {
  const git = await GitRepo.open(repo.dir);
  const policy = new Policy();
  const security = defaultSecurityPolicy();
  const walked: { cs: ChangeSet; scan: ChangeScan }[] = [];
  const before = borrowedTrees();
  try {
    for await (const _ of walkHistory(git, 'HEAD', policy, {
      deltaOptionsFor: (cs) => {
        const scan = sastForChange(cs, policy, { security });
        walked.push({ cs, scan });
        return { sastCritical: scan.sastCritical };
      },
    })) { /* drained */ }
  } finally {
    await git.close();
  }
  assert.equal(walked.length, 4);
  assert.ok(borrowedTrees() - before >= 2 * N, `the scans took ${borrowedTrees() - before} lent trees`);
  const withFindings = walked.filter((w) => w.scan.findings.length + w.scan.fixed.length > 0);
  assert.ok(withFindings.length >= 3, 'findings added, moved and fixed');
  for (const w of walked) {
    // Another policy object: the scanners' per-file memo (keyed by it) is bypassed, so this parses.
    const fresh = sastForChange(w.cs, policy, { security: defaultSecurityPolicy() });
    assert.deepEqual(findings(w.scan), findings(fresh));
    assert.deepEqual(w.scan.tokens.map((t) => `${t.kind} ${t.file} ${JSON.stringify(t.range)}`).sort(), fresh.tokens.map((t) => `${t.kind} ${t.file} ${JSON.stringify(t.range)}`).sort());
  }
});
