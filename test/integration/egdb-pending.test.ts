// egdb/pending.ts in process (issue 14, docs/warm-starts.md): a store opened before `glx delta`
// deferred its events still sees them on its next call (the language server keeps its EGQL
// store open); events fold oldest first; a named store (`db`) neither defers nor folds; the
// journal gets one line per folded event.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { journalPath } from '../../server/src/egdb/journal';
import { isDefaultTarget, openEgdb } from '../../server/src/egdb/open';
import { deferDelta, hasPending, pendingDir } from '../../server/src/egdb/pending';
import { commitAt, shaOf, syntheticReport, syntheticTokens, tempDir } from '../helpers/egdb-fixtures';

test('a long-lived store folds events deferred after it was opened, oldest first', async () => {
  const glxDir = tempDir('glx-pending-');
  const store = openEgdb({ glxDir, env: {} });
  try {
    await store.init();
    assert.equal((await store.query('SELECT count(*) FROM delta_fingerprints')).rows[0][0], 0);
    // Two analyses of commits and two of the working tree, deferred while the store is open.
    for (let i = 0; i < 2; i++) deferDelta(glxDir, { report: syntheticReport(shaOf(i), syntheticTokens(5, i)), commit: commitAt(shaOf(i), 1_700_000_000 + i), source: 'cli:delta' });
    const wt = [7, 8].map((seed) => syntheticReport(shaOf(9), syntheticTokens(4, seed), { fingerprint: `fp:sha256:${String(seed).repeat(64)}` }));
    for (const r of wt) deferDelta(glxDir, { report: { ...r, sha: null }, source: 'cli:delta' });
    assert.ok(hasPending(glxDir));
    const n = await store.query('SELECT count(*) FROM delta_fingerprints');
    assert.equal(n.rows[0][0], 3, 'two commits and the working tree');
    assert.ok(!hasPending(glxDir));
    const last = await store.query("SELECT hash FROM delta_fingerprints WHERE sha = 'WORKTREE'");
    assert.deepEqual(last.rows, [[wt[1].fingerprint]], 'the newest working-tree analysis wins, as with direct writes');
    assert.equal(fs.readFileSync(journalPath(glxDir), 'utf8').split('\n').filter(Boolean).length, 4);
  } finally {
    await store.close();
    fs.rmSync(glxDir, { recursive: true, force: true });
  }
});

test('a named store neither defers nor folds', async () => {
  const glxDir = tempDir('glx-pending-named-');
  const db = path.join(glxDir, 'other.db');
  try {
    assert.equal(isDefaultTarget({ db, env: {} }), false);
    assert.equal(isDefaultTarget({ env: { GLX_EGDB_URL: db } }), false);
    assert.equal(isDefaultTarget({ env: {} }), true);
    deferDelta(glxDir, { report: syntheticReport(shaOf(1), syntheticTokens(3, 1)), source: 'cli:delta' });
    const store = openEgdb({ glxDir, db, env: {} });
    try {
      await store.init();
      assert.equal((await store.query('SELECT count(*) FROM delta_fingerprints')).rows[0][0], 0);
      assert.equal(fs.readdirSync(pendingDir(glxDir)).length, 1, 'left for the default store');
    } finally {
      await store.close();
    }
  } finally {
    fs.rmSync(glxDir, { recursive: true, force: true });
  }
});
