// walkHistory (one git log + pipelined cat-file + version cache) gives, for every commit, the
// same Δ as analysing that commit alone with `glx delta --range X` would.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Policy } from '../../server/src/config/policy';
import { computeDelta } from '../../server/src/engine/delta-engine';
import { gitChangeSet } from '../../server/src/engine/git-change-set';
import { walkHistory, type CommitDelta } from '../../server/src/engine/history';
import { GitRepo } from '../../server/src/git';
import { initParsers } from '../../server/src/parsing/languages';
import { TempRepo } from '../helpers/temp-repo';

let repo: TempRepo;
before(async () => {
  await initParsers();
  repo = new TempRepo();
  repo.commit({ 'src/a.ts': 'export function f(x: number) {\n  return x + 1;\n}\n', 'src/b.ts': "import { f } from './a';\nexport const y = f(1);\n", 'py/m.py': 'def g(a):\n    return a\n' }, 'root');
  repo.commit({ 'src/a.ts': 'export function f(x: number, y = 2) {\n  return x + y;\n}\n' }, 'sig');
  repo.commit({ 'src/a.ts': 'export function f(x: number, y = 2) {\n  if (x > y) return x;\n  return x + y;\n}\n', 'py/m.py': 'def g(a, b=None):\n    return a\n' }, 'body');
  repo.git('mv', 'src/b.ts', 'src/c.ts');
  repo.commit({ 'src/c.ts': "import { f } from './a';\nimport * as path from 'node:path';\nexport const y = f(1);\n" }, 'rename');
  repo.commit({ 'src/a.ts': null }, 'delete');
});
after(() => repo.cleanup());

test('every commit of the walk equals the single-commit analysis', async () => {
  const git = await GitRepo.open(repo.dir);
  try {
    const policy = new Policy();
    const walked: CommitDelta[] = [];
    for await (const d of walkHistory(git, 'HEAD', policy)) walked.push(d);
    assert.equal(walked.length, 5);
    assert.deepEqual(walked.map((w) => w.commit.subject), ['delete', 'rename', 'body', 'sig', 'root']);
    for (const w of walked) {
      const r = await git.resolveRange({ range: w.commit.sha });
      const single = computeDelta(await gitChangeSet(git, r.base.sha, w.commit.sha, policy), policy);
      assert.equal(w.result.fingerprint.hash, single.fingerprint.hash, w.commit.subject);
      assert.deepEqual(w.result.tokens.map((t) => t.kind), single.tokens.map((t) => t.kind), w.commit.subject);
    }
    const kinds = (s: string) => walked.find((w) => w.commit.subject === s)!.result.tokens.map((t) => t.kind);
    assert.ok(kinds('sig').includes('MODIFY_SIG'));
    assert.ok(kinds('rename').includes('RENAME_FILE'));
    assert.ok(kinds('delete').includes('DEL_FILE'));
    // skip: already-sampled commits are not recomputed (calibration is incremental)
    const skipped: string[] = [];
    for await (const d of walkHistory(git, 'HEAD', policy, { skip: new Set([walked[1].commit.sha, walked[3].commit.sha]) })) skipped.push(d.commit.subject);
    assert.deepEqual(skipped, ['delete', 'body', 'root']);
  } finally {
    await git.close();
  }
});
