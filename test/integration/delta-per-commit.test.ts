// `glx delta --range A..B --per-commit` (issue 14): one delta.commit.v1 JSON line per first-parent
// commit of the range, newest first, written while the walk goes on; the tokens of each line are
// the tokens `glx delta --range <sha>` computes for that commit alone; nothing is written under
// .glx/; bad flag combinations are bad input (exit 2). Real git repository, real glx process.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { TempRepo } from '../helpers/temp-repo';

const GLX = path.resolve(__dirname, '..', '..', '..', 'bin', 'glx');

function glx(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [GLX, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

let repo: TempRepo;
const shas: string[] = [];

before(() => {
  repo = new TempRepo('glx-per-commit-');
  shas.push(repo.commit({
    'src/math.ts': 'export function add(a: number, b: number): number {\n  return a + b;\n}\n',
    'lib/util.py': 'def norm(s):\n    return s.strip().lower()\n',
  }, 'initial import'));
  shas.push(repo.commit({
    'src/math.ts': 'export function add(a: number, b: number, c = 0): number {\n  return a + b + c;\n}\n\nexport function mul(a: number, b: number): number {\n  return a * b;\n}\n',
  }, 'math: add takes c, new mul'));
  shas.push(repo.commit({
    'lib/util.py': 'def normalize(s):\n    return s.strip().lower()\n\n\ndef words(s):\n    return [w for w in normalize(s).split() if w]\n',
  }, 'util: rename norm, add words'));
  shas.push(repo.commit({ 'README.md': '# demo\n\nA token for AKIAIOSFODNN7EXAMPLE is not here.\n' }, 'docs: readme'));
});

after(() => repo.cleanup());

test('one delta.commit.v1 line per commit of A..B, newest first, tokens equal to glx delta of that commit', () => {
  const r = glx(['delta', '--range', `${shas[0]}..HEAD`, '--per-commit', '--tokens'], repo.dir);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => l.sha), [shas[3], shas[2], shas[1]]);
  assert.deepEqual(lines.map((l) => l.subject), ['docs: readme', 'util: rename norm, add words', 'math: add takes c, new mul']);
  for (const l of lines) {
    assert.equal(l.schema, 'delta.commit.v1');
    assert.equal(l.summary.tokens, l.tokens.length);
    assert.equal(Object.values(l.summary.byKind as Record<string, number>).reduce((a, b) => a + b, 0), l.tokens.length);
    assert.ok(l.dz >= 0 && l.dz <= 1);
    assert.equal(l.time, '2026-01-01T00:00:00.000Z');
    assert.match(l.fingerprint, /^fp:sha256:/);
  }
  const kinds = (i: number) => Object.keys(lines[i].summary.byKind).sort();
  assert.ok(kinds(2).includes('ADD_FN'), `mul is an added function: ${kinds(2)}`);
  assert.ok(kinds(2).includes('MODIFY_SIG'), `add gained a parameter: ${kinds(2)}`);
  assert.ok(kinds(1).includes('RENAME_FN') || kinds(1).includes('ADD_FN'), `util: ${kinds(1)}`);
  // No analysis artifacts: the per-commit stream is a query.
  assert.equal(fs.existsSync(path.join(repo.dir, '.glx')), false, '.glx/ was created');
  // The same tokens as the one-commit analysis (hot spots change ΔZ, never tokens).
  for (const l of lines) {
    const one = glx(['delta', '--range', l.sha, '--json'], repo.dir);
    assert.equal(one.code, 0, one.stderr);
    const report = JSON.parse(one.stdout);
    const strip = (ts: { kind: string; file: string; range: unknown; symbol?: string }[]) => ts.map((t) => `${t.kind} ${t.file} ${t.symbol ?? ''} ${JSON.stringify(t.range)}`).sort();
    assert.deepEqual(strip(l.tokens), strip(report.tokens), `tokens of ${l.subject}`);
    assert.equal(l.fingerprint, report.fingerprint, `fingerprint of ${l.subject}`);
  }
  // Secrets in files never reach the stream (the README line holds an AWS-style key id).
  assert.doesNotMatch(r.stdout, /AKIAIOSFODNN7EXAMPLE/);
});

test('one commit X is X alone; A...B walks from the merge base; without --tokens no token list', () => {
  const one = glx(['delta', '--range', shas[1], '--per-commit'], repo.dir);
  assert.equal(one.code, 0, one.stderr);
  const lines = one.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => l.sha), [shas[1]]);
  assert.equal(lines[0].tokens, undefined);
  const root = glx(['delta', '--range', shas[0], '--per-commit'], repo.dir);
  assert.equal(root.code, 0, root.stderr);
  assert.deepEqual(root.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l).sha), [shas[0]]);
  const sym = glx(['delta', '--range', `${shas[1]}...HEAD`, '--per-commit'], repo.dir);
  assert.equal(sym.code, 0, sym.stderr);
  assert.deepEqual(sym.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l).sha), [shas[3], shas[2]]);
});

test('bad flag combinations and revisions are bad input, named', () => {
  const cases: [string[], RegExp][] = [
    [['delta', '--per-commit'], /--per-commit needs --range/],
    [['delta', '--tokens', '--range', 'HEAD'], /--tokens needs --per-commit/],
    [['delta', '--per-commit', '--range', 'HEAD', '--json'], /cannot be combined with --json/],
    [['delta', '--per-commit', '--range', 'HEAD', '--head', 'HEAD'], /cannot be combined with --head/],
  ];
  for (const [args, re] of cases) {
    const r = glx(args, repo.dir);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, re);
  }
  const bad = glx(['delta', '--per-commit', '--range', 'nope..HEAD'], repo.dir);
  assert.notEqual(bad.code, 0);
  assert.match(bad.stderr, /nope/);
  assert.equal(bad.stdout, '');
});
