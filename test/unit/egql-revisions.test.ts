// Issue 15, bug 2: `sha(REV)` accepts any revision git resolves; the error names the forms.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compile } from '../../server/src/egql/compile';
import { EgqlError } from '../../server/src/egql/lexer';
import { parse } from '../../server/src/egql/parser';
import { resolveRevisions } from '../../server/src/egql/revisions';

const FULL = 'a'.repeat(40);
const git = async (rev: string) => (['HEAD', 'HEAD~3', 'v1.0', 'aaaa'].includes(rev) ? FULL : undefined);

test('sha(HEAD), sha(HEAD~3), sha(v1.0) resolve to the commit; *, WORKTREE and unknown hex prefixes stay', async () => {
  for (const rev of ['HEAD', 'HEAD~3', 'v1.0', 'aaaa']) {
    const q = await resolveRevisions(parse(`SELECT tokens FROM sha(${rev})`), git);
    assert.equal(q.source.value, FULL);
    assert.deepEqual(compile(q, 'sqlite').params, [FULL]);
  }
  assert.equal((await resolveRevisions(parse('SELECT tokens FROM sha(*)'), git)).source.value, '*');
  assert.equal((await resolveRevisions(parse('SELECT tokens FROM sha(WORKTREE)'), git)).source.value, 'WORKTREE');
  // A prefix this clone does not have may still be in a team EGDB: kept as a prefix.
  assert.equal((await resolveRevisions(parse('SELECT tokens FROM sha(beef12)'), git)).source.value, 'beef12');
  assert.equal((await resolveRevisions(parse('SELECT tokens FROM sha(beef12)'), undefined)).source.value, 'beef12');
  assert.equal((await resolveRevisions(parse('SELECT tokens FROM branch(main)'), git)).source.value, 'main');
});

test('an unknown revision is an error at the revision, naming the forms that exist', async () => {
  await assert.rejects(resolveRevisions(parse('SELECT tokens FROM sha(nope~2)'), git), (e: unknown) => {
    assert.ok(e instanceof EgqlError);
    assert.equal(e.format(), '1:24: sha(nope~2): git does not know this revision — sha(REV) takes a commit sha or a prefix of at least 4 hex digits, any revision git resolves (HEAD, HEAD~3, a branch, a tag, origin/main), WORKTREE (the last working-tree analysis) or * (every commit)');
    return true;
  });
  await assert.rejects(resolveRevisions(parse('SELECT tokens FROM sha(HEAD)'), undefined), /no git repository here to resolve it/);
});
