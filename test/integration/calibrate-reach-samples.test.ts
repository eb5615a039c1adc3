// The calibration window reaches back to twenty *samples*, not twenty commits (spec §3.8 "fewer
// than 20 samples → defaults"; docs/gates.md "The window"). date-fns dd66398305's backtest judged
// 455c37c6cb against the defaults (ζ 0.70: an I1 HARD_BLOCK) because its 20-commit window held a
// commit with no token. Here: a quiet history whose last 90 days hold 3 commits, so the window is
// the 20 newest commits, one of which is empty. calibrate() and the backtest must both reach one
// commit further and learn from 20 samples.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { calibrate } from '../../server/src/calibration/calibrate';
import { readPolicy } from '../../server/src/config/read-policy';
import { GitRepo } from '../../server/src/git';
import { initParsers } from '../../server/src/parsing/languages';
import { TempRepo } from '../helpers/temp-repo';

const GLX = path.resolve(__dirname, '..', '..', '..', 'bin', 'glx');
let repo: TempRepo;
const shas: string[] = [];

function commitAt(r: TempRepo, date: string, files: Record<string, string>, message: string): string {
  for (const [f, t] of Object.entries(files)) r.write(f, t);
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  execFileSync('git', ['add', '-A'], { cwd: r.dir, env });
  execFileSync('git', ['commit', '-q', '--allow-empty', '-m', message], { cwd: r.dir, env });
  return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: r.dir, encoding: 'utf8' }).trim();
}

const fn = (i: number) => Array.from({ length: (i % 5) + 1 }, (_, k) => `export function f${k}(x: number): number {\n  return x + ${k * i};\n}\n`).join('\n');

before(async () => {
  await initParsers();
  repo = new TempRepo('glx-reach-samples-');
  // 25 commits a year ago (one a day), then 3 in the last days; the 10th newest changes nothing.
  for (let i = 0; i < 28; i++) {
    const date = i < 25 ? new Date(Date.UTC(2025, 0, 1 + i)).toISOString() : new Date(Date.UTC(2026, 0, 1 + i - 25)).toISOString();
    const empty = i === 27 - 9;
    shas.push(commitAt(repo, date, empty ? {} : { 'src/a.ts': fn(i) }, empty ? 'chore: empty' : `c${i}`));
  }
});
after(() => repo.cleanup());

test('calibrate: twenty commits holding nineteen samples reach one commit further (quantile thresholds, not the defaults)', async () => {
  const policy = readPolicy(repo.dir).policy;
  const git = await GitRepo.open(repo.dir);
  try {
    const r = await calibrate(git, policy, { branch: 'HEAD', window: { commits: 90, days: 90 }, byModule: false, lambda: 0.15, autoFreeze: false, threads: 1 });
    const all = r.state.modules['*'];
    assert.equal(all.n, 20);
    assert.equal(all.basis, 'quantile');
    assert.equal(r.windowCommits, 21);
    assert.deepEqual(r.state.sampled, [...shas].reverse().slice(0, 21));
    // Incremental: a second run over the same history keeps the same thresholds.
    const again = await calibrate(git, policy, { branch: 'HEAD', window: { commits: 90, days: 90 }, byModule: false, lambda: 0.15, autoFreeze: false, threads: 1, previous: r.state });
    assert.deepEqual({ ...again.state.modules['*'], samples: undefined }, { ...all, samples: undefined });
    // The commits bound still caps it: 20 commits at most, 19 samples, the defaults.
    const capped = await calibrate(git, policy, { branch: 'HEAD', window: { commits: 20, days: 90 }, byModule: false, lambda: 0.15, autoFreeze: false, threads: 1 });
    assert.equal(capped.state.modules['*'].n, 19);
    assert.equal(capped.state.modules['*'].basis, 'default');
  } finally {
    await git.close();
  }
});

test('the backtest judges the newest commit against the same twenty samples', () => {
  const out = spawnSync(process.execPath, [GLX, 'gates', 'backtest', '--commits', '1', '--json'], { cwd: repo.dir, encoding: 'utf8', timeout: 120_000, env: { ...process.env, GLX_EGDB: 'off' } });
  assert.equal(out.status, 0, out.stderr);
  const c = JSON.parse(out.stdout).commits[0];
  assert.equal(c.sha, shas[27]);
  // The window before the newest commit: its 20 newest predecessors hold 19 samples (one is empty), so it reaches one further.
  assert.equal(c.samples, 20);
  assert.equal(c.thresholds.basis, 'quantile');
});
