// Issue 17: integration merges (engine/integration-merges.ts, docs/gates.md). A first-parent
// merge that brings a long-lived branch made of merged changes (`Merge stable into main`) is
// reported but not gated by I1, and is no calibration sample; a feature branch merged the same
// way — even one that merged main into itself — is judged like any change.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import { GitRepo } from '../../server/src/git';
import { findIntegrationMerges, integrationMerges } from '../../server/src/engine/integration-merges';
import { TempRepo } from '../helpers/temp-repo';

const GLX = path.resolve(__dirname, '..', '..', '..', 'bin', 'glx');
function glx(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [GLX, ...args], { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, GLX_EGDB: 'off' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Five public functions in one file: enough Δ for I1 to BLOCK against the defaults. */
const funcs = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, k) => `export function ${prefix}${k}(x: number, y: number): number {\n  if (x > y) {\n    return x - ${k};\n  }\n  return y + ${k};\n}\n`).join('\n');

let repo: TempRepo;
let sync: string;
let feature: string;
before(() => {
  repo = new TempRepo();
  repo.commit({ 'src/a.ts': funcs('a', 2) }, 'init');
  repo.git('branch', 'stable');
  // Three fixes reviewed into stable, each its own merged branch.
  repo.git('checkout', '-q', 'stable');
  for (let i = 0; i < 3; i++) {
    repo.git('checkout', '-q', '-b', `fix${i}`);
    repo.commit({ [`src/fix${i}.ts`]: funcs(`f${i}_`, 3) }, `fix ${i}`);
    repo.git('checkout', '-q', 'stable');
    repo.git('merge', '-q', '--no-ff', '-m', `Merge pull request #${i} fix${i}`, `fix${i}`);
  }
  repo.git('checkout', '-q', 'main');
  repo.commit({ 'src/b.ts': funcs('b', 1) }, 'main moves on');
  repo.git('merge', '-q', '--no-ff', '-m', 'Merge stable into main', 'stable');
  sync = repo.git('rev-parse', 'HEAD').trim();
  // A feature branch of plain commits that synced with main once: a change like any other.
  repo.git('checkout', '-q', '-b', 'feature');
  repo.commit({ 'src/c.ts': funcs('c', 4) }, 'feature part 1');
  repo.git('checkout', '-q', 'main');
  repo.commit({ 'src/d.ts': funcs('d', 1) }, 'main again');
  repo.git('checkout', '-q', 'feature');
  repo.git('merge', '-q', '--no-ff', '-m', "Merge branch 'main' into feature", 'main');
  repo.commit({ 'src/e.ts': funcs('e', 4) }, 'feature part 2');
  repo.git('checkout', '-q', 'main');
  repo.git('merge', '-q', '--no-ff', '-m', 'Merge pull request #9 feature', 'feature');
  feature = repo.git('rev-parse', 'HEAD').trim();
});
after(() => repo.cleanup());

test('the stable sync is an integration merge bringing its six commits; the feature pull request is not', async () => {
  const git = await GitRepo.open(repo.dir);
  const list = await git.log(feature, { firstParent: true });
  const found = await integrationMerges(git, list);
  assert.deepEqual([...found], [[sync, 6]]);
  // Judged alone, as `glx invariants --commit` does, the answer is the same.
  const [one] = await git.log(sync, { maxCount: 1 });
  assert.deepEqual([...(await integrationMerges(git, [one]))], [[sync, 6]]);
  const [two] = await git.log(feature, { maxCount: 1 });
  assert.equal((await integrationMerges(git, [two])).size, 0);
});

test('glx invariants --commit: I1 reports the integration merge without gating it; the feature merge is gated', () => {
  const s = glx(['invariants', '--commit', sync, '--no-calibrate', '--json'], repo.dir);
  assert.ok(s.code === 0 || s.code === 1, s.stderr);
  const js = JSON.parse(s.stdout);
  const m = js.gates.I1.modules[0];
  assert.equal(m.gated, false);
  assert.ok(m.dz > m.beta, `the sync's ΔZ ${m.dz} is above β ${m.beta}: it would block if gated`);
  assert.equal(m.decision, 'ACCEPT');
  assert.match(m.explain, /an integration merge of 6 commits already merged on their own branch: reported, not gated/);
  const f = glx(['invariants', '--commit', feature, '--no-calibrate', '--json'], repo.dir);
  const jf = JSON.parse(f.stdout);
  assert.equal(jf.gates.I1.modules[0].gated, true);
  assert.ok(jf.gates.I1.modules[0].dz > jf.gates.I1.modules[0].beta);
  assert.match(jf.gates.I1.decision, /^(HARD_)?BLOCK$/);
});

test('gates backtest: the integration merge is not blocked by I1 and is no sample of the commits after it', () => {
  const r = glx(['gates', 'backtest', '--commits', '4', '--json'], repo.dir);
  assert.equal(r.code, 0, r.stderr);
  const j = JSON.parse(r.stdout);
  const bySha = new Map(j.commits.map((c: { sha: string }) => [c.sha, c]));
  const s = bySha.get(sync) as { decision: string; findings: unknown[] };
  assert.doesNotMatch(s.decision, /BLOCK/);
  const f = bySha.get(feature) as { decision: string; samples: number };
  assert.match(f.decision, /^(HARD_)?BLOCK$/);
  // Before `feature`: init, main moves on, the sync (not a sample), main again → 3 samples.
  assert.equal(f.samples, 3);
});

test('glx calibrate update: the integration merge is no sample (and is not analysed)', () => {
  const r = glx(['calibrate', 'update'], repo.dir);
  assert.equal(r.code, 0, r.stderr);
  const state = JSON.parse(fs.readFileSync(path.join(repo.dir, '.glx', 'spec_state.json'), 'utf8'));
  const shas = state.modules['*'].samples.map((x: { sha: string }) => x.sha);
  assert.ok(!shas.includes(sync), 'the sync is not a sample');
  assert.ok(shas.includes(feature), 'the feature merge is');
  fs.rmSync(path.join(repo.dir, '.glx'), { recursive: true, force: true });
});

test('property: a linear history or one of feature merges without third-branch merges has no integration merge', () => {
  fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 30 }), (kinds) => {
    // Synthetic graph: each first-parent commit is plain (0) or merges a side branch of k plain commits.
    const graph = new Map<string, string[]>();
    const chain: { sha: string; parents: string[]; ts: number; author: string; subject: string }[] = [];
    let prev = 'root';
    graph.set(prev, []);
    let n = 0;
    for (const k of kinds) {
      const sha = `m${n++}`;
      if (k === 0) graph.set(sha, [prev]);
      else {
        let side = prev;
        for (let i = 0; i < k; i++) {
          const s = `s${n++}`;
          graph.set(s, [side]);
          side = s;
        }
        graph.set(sha, [prev, side]);
      }
      chain.unshift({ sha, parents: graph.get(sha)!, ts: n, author: 'a', subject: sha });
      prev = sha;
    }
    return findIntegrationMerges(chain, graph).size === 0;
  }));
});
