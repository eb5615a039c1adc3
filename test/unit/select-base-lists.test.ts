// Issue 15, bug 1: "Select Base…" listed recent commits as `dca371c%09demo-shop: …%091 year ago`
// (`git log --format` needs `%x09`). The lists are read on a real repository here.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { baseCandidates, LOG_ARGS } from '../../client/src/git-lists';
import { TempRepo } from '../helpers/temp-repo';

test('Select Base rows: branches/tags and recent commits with subject and date in separate fields', async () => {
  const repo = new TempRepo();
  try {
    const first = repo.commit({ 'a.ts': 'export const a = 1;\n' }, 'demo-shop: first commit');
    repo.git('tag', 'v1.0');
    repo.git('checkout', '-q', '-b', 'feature/x');
    repo.commit({ 'a.ts': 'export const a = 2;\n' }, 'feature: tweak\twith a tab');
    const { refs, commits } = await baseCandidates(repo.dir);
    assert.ok(LOG_ARGS.some((a) => a.includes('%x09')) && !LOG_ARGS.some((a) => /%09/.test(a)));
    assert.equal(commits.length, 2);
    for (const c of commits) {
      assert.match(c.sha, /^[0-9a-f]{7,}$/);
      assert.doesNotMatch(`${c.sha}${c.subject}${c.when}`, /%09|%x09/);
      assert.match(c.when, /ago$/);
    }
    assert.equal(commits[1].subject, 'demo-shop: first commit');
    assert.equal(commits[0].subject, 'feature: tweak\twith a tab');
    assert.ok(first.startsWith(commits[1].sha));
    assert.deepEqual(refs.map((r) => r.name).sort(), ['feature/x', 'main', 'v1.0']);
    assert.equal(refs.find((r) => r.name === 'v1.0')?.subject, 'demo-shop: first commit');
  } finally {
    repo.cleanup();
  }
});
