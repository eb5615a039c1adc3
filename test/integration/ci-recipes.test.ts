// Issue 15, "CI in one copy-paste": the GitHub Actions workflow and the GitLab CI job of
// docs/ci.md are read from that page, and their `glx` commands run — as written — on a
// pull request's merge commit in a clone of the depth the page recommends, and in a full
// clone. Both must take the same decision with the same exit code and ΔZ: the recommended
// depth keeps the calibration window (hot spots, spec §3.6/§3.8) intact.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { parse as parseYaml } from 'yaml';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const DOC = fs.readFileSync(path.join(ROOT, 'docs', 'ci.md'), 'utf8');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'glx-ci-recipes-'));
const origin = path.join(tmp, 'origin');
const shim = path.join(tmp, 'bin');

/** The YAML block that follows `heading` in docs/ci.md. */
function yamlAfter(heading: string): any {
  const at = DOC.indexOf(heading);
  assert.ok(at >= 0, heading);
  const m = /```yaml\n([\s\S]*?)```/.exec(DOC.slice(at));
  assert.ok(m, `a yaml block after ${heading}`);
  return parseYaml(m[1]);
}

function git(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...env } }).trim();
}

/** Commits `files` at `hoursAgo` (inside the 90-day calibration window). */
function commitAt(dir: string, files: Record<string, string>, hoursAgo: number, msg: string): void {
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  const date = new Date(Date.now() - hoursAgo * 3600_000).toISOString();
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', msg], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
}

const fn = (name: string, params: string, n: number) => `export function ${name}(${params}): number {\n  return ${n};\n}\n`;

before(() => {
  // glx on PATH, as `npm install -g glitchlab-cli` puts it there.
  fs.mkdirSync(shim);
  fs.writeFileSync(path.join(shim, 'glx'), `#!/bin/sh\nexec "${process.execPath}" "${path.join(ROOT, 'bin', 'glx')}" "$@"\n`, { mode: 0o755 });
  fs.mkdirSync(origin);
  git(origin, ['init', '-q', '-b', 'main']);
  git(origin, ['config', 'user.email', 'ci@example.com']);
  git(origin, ['config', 'user.name', 'CI']);
  git(origin, ['config', 'commit.gpgsign', 'false']);
  // 130 commits on main: old files churn early (beyond a 100-deep clone), src/hot.ts late.
  let h = 400;
  commitAt(origin, { 'src/hot.ts': fn('price', 'a: number', 0), 'src/cold.ts': fn('cold', 'x: number', 0), 'src/old.ts': fn('old', '', 0), 'README.md': '# shop\n' }, h--, 'init');
  for (let i = 1; i < 130; i++) {
    const files: Record<string, string> = i < 40 ? { 'src/old.ts': fn('old', '', i) } : i % 3 === 0 ? { 'src/cold.ts': fn('cold', 'x: number', i) } : { 'src/hot.ts': fn('price', 'a: number', i) };
    commitAt(origin, files, h--, `change ${i}`);
  }
  // The pull request: a feature branch, main moves on, GitHub's merge commit refs/pull/1/merge.
  git(origin, ['checkout', '-q', '-b', 'feature']);
  commitAt(origin, { 'src/hot.ts': fn('price', 'a: number, rate = 1', 500), 'src/cold.ts': `${fn('cold', 'x: number', 7)}export function warm(): number {\n  return 1;\n}\n` }, h--, 'feature');
  git(origin, ['checkout', '-q', 'main']);
  commitAt(origin, { 'README.md': '# shop\n\nmoved on\n' }, h--, 'main moves on');
  git(origin, ['checkout', '-q', '-b', 'pr-merge']);
  const date = new Date(Date.now() - h * 3600_000).toISOString();
  git(origin, ['merge', '-q', '--no-ff', '-m', 'Merge feature into main', 'feature'], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  git(origin, ['checkout', '-q', 'main']);
});
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A checkout of the merge commit, as the CI runner makes it (depth 0 = full history). */
function checkout(name: string, depth: number): string {
  const dir = path.join(tmp, name);
  const args = ['clone', '-q', '--branch', 'pr-merge', ...(depth ? ['--depth', String(depth)] : []), `file://${origin}`, dir];
  execFileSync('git', args, { cwd: tmp });
  return dir;
}

function bash(script: string, cwd: string, env: NodeJS.ProcessEnv): { code: number; out: string } {
  const r = spawnSync('bash', ['-e', '-c', script], { cwd, encoding: 'utf8', env: { ...process.env, PATH: `${shim}${path.delimiter}${process.env.PATH}`, ...env }, timeout: 120_000 });
  return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
}

interface Outcome {
  exit: number;
  decision: string;
  dz: number;
  /** z(Δ) features, the hot-spot flag among them. */
  features: unknown;
  comment: string;
}

function outcome(dir: string, exit: number, commentFile: string): Outcome {
  const report = JSON.parse(fs.readFileSync(path.join(dir, '.glx', 'delta_report.json'), 'utf8'));
  const comment = fs.readFileSync(path.join(dir, commentFile), 'utf8');
  return { exit, decision: report.decision, dz: report.energy.overall.dz, features: report.features, comment };
}

/** Runs the workflow's steps that call glx (installing and posting are the runner's business). */
function runGithub(dir: string, steps: { run?: string }[]): Outcome {
  const out = path.join(dir, '..', `${path.basename(dir)}.github_output`);
  fs.writeFileSync(out, '');
  for (const s of steps) {
    if (!s.run || !/\bglx\b/.test(s.run) || /npm install/.test(s.run)) continue;
    const r = bash(s.run, dir, { GITHUB_OUTPUT: out });
    assert.equal(r.code, 0, `step failed: ${s.run}\n${r.out}`);
  }
  const exit = Number(/^exit=(\d+)$/m.exec(fs.readFileSync(out, 'utf8'))?.[1]);
  return outcome(dir, exit, 'glitchlab-comment.md');
}

test('GitHub Actions workflow of docs/ci.md: fetch-depth 100 decides as a full clone does', () => {
  const wf = yamlAfter('## GitHub Actions');
  const steps: { uses?: string; with?: Record<string, unknown>; run?: string }[] = wf.jobs.gates.steps;
  const depth = Number(steps.find((s) => s.uses?.startsWith('actions/checkout'))?.with?.['fetch-depth']);
  assert.equal(depth, 100);
  const shallow = checkout('gh-shallow', depth);
  assert.equal(git(shallow, ['rev-parse', '--is-shallow-repository']), 'true');
  const full = checkout('gh-full', 0);
  const a = runGithub(shallow, steps);
  const b = runGithub(full, steps);
  // The decision itself depends on the thresholds the first run calibrates from this synthetic
  // history (issue 17: quantiles of many tiny commits are tight); what the recipe must give is
  // the same decision on the shallow checkout as on the full clone.
  assert.ok([0, 1].includes(a.exit), a.comment);
  assert.deepEqual(a, b);
  assert.match(a.comment, /^> /);
  // The measured change is the PR's own (HEAD^1 = main's tip): main's README edit is not in it.
  const report = JSON.parse(fs.readFileSync(path.join(shallow, '.glx', 'delta_report.json'), 'utf8'));
  assert.deepEqual([...new Set(report.tokens.map((t: { file: string }) => t.file))].sort(), ['src/cold.ts', 'src/hot.ts']);
  // .glx/ ignores itself: the checkout stays clean.
  assert.equal(git(shallow, ['status', '--porcelain']), '?? glitchlab-comment.md');
});

test('GitLab CI job of docs/ci.md (merged results pipeline): GIT_DEPTH 100 decides as a full clone does', () => {
  const job = yamlAfter('## GitLab CI').glitchlab;
  const depth = Number(job.variables.GIT_DEPTH);
  assert.equal(depth, 100);
  const script = (job.script as string[]).join('\n');
  const run = (dir: string): Outcome => {
    const r = bash(script, dir, { CI_MERGE_REQUEST_EVENT_TYPE: 'merged_result', CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main' });
    return outcome(dir, r.code, 'glitchlab-comment.md');
  };
  const a = run(checkout('gl-shallow', depth));
  const b = run(checkout('gl-full', 0));
  assert.ok([0, 1].includes(a.exit), a.comment);
  assert.deepEqual(a, b);
});
