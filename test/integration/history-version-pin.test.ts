// The history walk reads the next commit's blobs while this commit is analysed, and a side whose
// version is in the bounded VersionCache is not read (engine/git-change-set.ts readChanges). If
// this commit's versions push that version out of the cache before finishChanges looks it up,
// the version must still be the one found — it was made from the bytes never read, an empty
// file (found in the sixth pass: webpack's walk gave every symbol of `lib/RuntimePlugin.js`
// deleted in bc65f6b51, in some runs only, because the head side's check runs after the base
// side's read resolves). Real repository, real cat-file, the cache's own eviction.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Policy } from '../../server/src/config/policy';
import { makeVersion } from '../../server/src/engine/file-version';
import { finishChanges, readChanges, VersionCache } from '../../server/src/engine/git-change-set';
import { GitRepo } from '../../server/src/git';
import { initParsers } from '../../server/src/parsing/languages';
import { TempRepo } from '../helpers/temp-repo';

const v1 = 'export function f(x: number) {\n  return x + 1;\n}\n';
const v2 = 'export function f(x: number) {\n  return x + 2;\n}\n\nexport function g() {\n  return f(1);\n}\n';
const v3 = 'export function f(x: number) {\n  return x + 3;\n}\n\nexport function g() {\n  return f(2);\n}\n';

let repo: TempRepo;
before(async () => {
  await initParsers();
  repo = new TempRepo();
  repo.commit({ 'src/a.ts': v1 }, 'add');
  repo.commit({ 'src/a.ts': v2 }, 'two');
  repo.commit({ 'src/a.ts': v3 }, 'three');
});
after(() => repo.cleanup());

/** Versions of `chars` characters of text: each insertion into a VersionCache of `max` bytes flips a generation. */
const filler = (i: number, chars: number) => makeVersion(`pad/${i}.txt`, 'x'.repeat(chars));

test('a side found cached when its read starts stays that version after the cache evicted it', async () => {
  const git = await GitRepo.open(repo.dir);
  try {
    const policy = new Policy();
    const [newest] = await git.logWithChanges('HEAD', { maxCount: 1 });
    const file = newest.files.find((f) => f.newPath === 'src/a.ts')!;
    assert.equal(file.status, 'M');
    // The base side of the newest commit (v2) is cached, as the walk caches a head side.
    const versions = new VersionCache(2000, 10_000);
    const cachedV2 = makeVersion('src/a.ts', v2);
    versions.set(file.oldOid!, 'src/a.ts', cachedV2);
    const read = readChanges(git, newest.files, policy, versions);
    // Another commit's versions arrive meanwhile: two generation flips evict v2.
    versions.set('0'.repeat(40), 'pad/1.txt', filler(1, 450));
    versions.set('1'.repeat(40), 'pad/2.txt', filler(2, 450));
    assert.equal(versions.has(file.oldOid!, 'src/a.ts'), false, 'the test evicts the cached version');
    const [change] = await finishChanges(read, undefined, versions);
    assert.equal(change.old?.text, v2, 'the base side is the version found, not a version of unread bytes');
    assert.equal(change.old, cachedV2);
    assert.equal(change.new?.text, v3);
    assert.deepEqual(change.old?.analysis?.symbols.map((s) => s.name), ['f', 'g']);
  } finally {
    await git.close();
  }
});

test('a side not cached when its read starts is read, whatever the cache holds later', async () => {
  const git = await GitRepo.open(repo.dir);
  try {
    const policy = new Policy();
    const [newest] = await git.logWithChanges('HEAD', { maxCount: 1 });
    const versions = new VersionCache(2000, 10_000);
    const read = readChanges(git, newest.files, policy, versions);
    versions.set('0'.repeat(40), 'pad/1.txt', filler(1, 450));
    const [change] = await finishChanges(read, undefined, versions);
    assert.equal(change.old?.text, v2);
    assert.equal(change.new?.text, v3);
  } finally {
    await git.close();
  }
});
