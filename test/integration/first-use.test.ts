// Issue 15, "a new user's first ten minutes": regression tests for the bugs a newcomer hit, on
// real temp repositories with the built `glx` and language server.
//  5. `.glx/`, `.vscode/` and scratch `.egql` files are not the user's change (default ignores).
//  6. `.glx/.gitignore` (`*`) is written on first use (CLI; server only when trusted).
//  2. `glx egql … sha(HEAD)` (any revision git resolves) works; an unknown one names the forms.
//  8. CLI cosmetics: no `((root))`, gates in order I1–I4, I4 N/A says why, the EGDB row of a
//     BLOCK module carries β (the threshold that decided), not α.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { EgdbConfigureNotification, EgqlRunRequest, type EgqlRunResult } from '../../server/src/protocol';
import { GLX_GITIGNORE } from '../../server/src/util/glx-dir';
import { LspSession } from '../helpers/lsp-client';
import { TempRepo } from '../helpers/temp-repo';

const GLX = path.resolve(__dirname, '..', '..', '..', 'bin', 'glx');
function glx(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const env = { ...process.env };
  delete env.GLX_EGDB_URL;
  const r = spawnSync(process.execPath, [GLX, ...args], { cwd, encoding: 'utf8', timeout: 60_000, env });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
const repos: TempRepo[] = [];
after(() => repos.forEach((r) => r.cleanup()));
function repo(files: Record<string, string>): TempRepo {
  const r = new TempRepo();
  repos.push(r);
  r.commit(files, 'base');
  return r;
}

const ADD = 'export function add(a: number, b: number): number {\n  return a + b;\n}\n';
const NEW_SIG = 'export function add(a: number): number {\n  return a;\n}\n';

test('bug 5: .glx/, .vscode/, .idea/ and .egql files are not part of the change; "!glob" takes them back', () => {
  const r = repo({ 'src/math.ts': ADD });
  r.write('src/math.ts', NEW_SIG);
  r.write('scratch.egql', 'SELECT tokens FROM sha(HEAD)\n');
  r.write('queries/hot.egql', 'SELECT tokens FROM sha(*)\n');
  r.write('.vscode/settings.json', '{ "glitchlab.debounceMs": 50 }\n');
  r.write('.idea/workspace.xml', '<project/>\n');
  r.write('.glx/scratch/notes.txt', 'mine\n');
  const res = glx(['delta', '--json'], r.dir);
  assert.equal(res.code, 0, res.stderr);
  const files = new Set<string>(JSON.parse(res.stdout).tokens.map((t: { file: string }) => t.file));
  assert.deepEqual([...files], ['src/math.ts']);
  // The config can say otherwise: a `!glob` in `ignore:` measures editor settings again.
  r.write('spec/invariants.yaml', 'ignore: ["!.vscode/**"]\n');
  r.git('add', 'spec/invariants.yaml');
  r.git('commit', '-qm', 'config');
  r.write('src/math.ts', NEW_SIG);
  const back = JSON.parse(glx(['delta', '--json'], r.dir).stdout).tokens.map((t: { file: string }) => t.file);
  assert.ok(back.includes('.vscode/settings.json'), back.join(','));
  assert.ok(!back.some((f: string) => f.endsWith('.egql')), back.join(','));
});

test('bug 6: glx writes .glx/.gitignore (*) on first use, so .glx/ never shows up untracked; an existing one is kept', () => {
  const r = repo({ 'src/math.ts': ADD });
  r.write('src/math.ts', NEW_SIG);
  assert.equal(glx(['invariants', '--ci'], r.dir).code, 1);
  assert.equal(fs.readFileSync(path.join(r.dir, '.glx', '.gitignore'), 'utf8'), GLX_GITIGNORE);
  assert.match(GLX_GITIGNORE, /^\*$/m);
  assert.equal(r.git('status', '--porcelain'), 'M src/math.ts'); // (trimmed by TempRepo.git)
  // A team that tracks an artifact keeps its own .gitignore.
  fs.writeFileSync(path.join(r.dir, '.glx', '.gitignore'), '*\n!spec_state.json\n');
  glx(['delta'], r.dir);
  assert.equal(fs.readFileSync(path.join(r.dir, '.glx', '.gitignore'), 'utf8'), '*\n!spec_state.json\n');
  // glx egdb / egql (another entry point) does it too.
  const r2 = repo({ 'a.ts': ADD });
  assert.equal(glx(['egdb', 'init'], r2.dir).code, 0);
  assert.ok(fs.existsSync(path.join(r2.dir, '.glx', '.gitignore')));
  assert.equal(r2.git('status', '--porcelain'), '');
});

test('bug 2: glx egql sha(HEAD), sha(HEAD~1), sha(<tag>) resolve through git; an unknown revision names the forms (exit 2)', () => {
  const r = repo({ 'src/math.ts': ADD });
  const c1 = r.git('rev-parse', 'HEAD');
  r.git('tag', 'v1.0');
  const c2 = r.commit({ 'src/math.ts': NEW_SIG }, 'break add');
  for (const [rev, sha] of [['HEAD', c2], ['HEAD~1', c1], ['v1.0', c1], ['main', c2], [c2.slice(0, 7), c2]]) {
    const res = glx(['egql', `SELECT tokens FROM sha(${rev})`, '--sql'], r.dir);
    assert.equal(res.code, 0, `${rev}: ${res.stderr}`);
    assert.match(res.stdout, new RegExp(`-- params: \\["${sha}"\\]`), rev);
  }
  assert.equal(glx(['delta', '--range', 'HEAD'], r.dir).code, 0); // publishes HEAD into EGDB
  const rows = glx(['egql', 'SELECT tokens FROM sha(HEAD)', '--json'], r.dir);
  assert.equal(rows.code, 0, rows.stderr);
  assert.ok(JSON.parse(rows.stdout).rows.some((row: unknown[]) => row.includes('MODIFY_SIG')), rows.stdout);
  const bad = glx(['egql', 'SELECT tokens FROM sha(nope~1)'], r.dir);
  assert.equal(bad.code, 2);
  assert.equal(bad.stderr, 'glx: egql 1:24: sha(nope~1): git does not know this revision — sha(REV) takes a commit sha or a prefix of at least 4 hex digits, any revision git resolves (HEAD, HEAD~3, a branch, a tag, origin/main), WORKTREE (the last working-tree analysis) or * (every commit)\n');
});

test('bug 8: CLI cosmetics — (root) once, gates in order I1..I4, I4 N/A says why, BLOCK rows carry β', () => {
  const r = repo({ 'math.ts': ADD, 'src/util.ts': 'export function id(x: number) {\n  return x;\n}\n' });
  r.write('math.ts', NEW_SIG);
  r.write('src/util.ts', 'export function id(x: number, y: number) {\n  return x + y;\n}\nexport function two() {\n  return 2;\n}\n');
  const d = glx(['delta'], r.dir);
  assert.doesNotMatch(d.stdout, /\(\(root\)\)/);
  assert.match(d.stdout, /MODIFY_SIG \(root\) \+0\.\d\d/);
  const inv = glx(['invariants', '--ci'], r.dir);
  assert.equal(inv.code, 1, inv.stderr);
  const gates = inv.stdout.split('\n').map((l) => /^\s+(I\d) /.exec(l)?.[1]).filter(Boolean);
  assert.deepEqual([...new Set(gates)], ['I1', 'I2', 'I3', 'I4']);
  assert.match(inv.stdout, /I4 N\/A: nothing configured/);
  assert.doesNotMatch(inv.stdout, /N\/A: N\/A|\(\(root\)\)/);
  // A module whose ΔZ crossed β: its EGDB row's threshold is β (the default 0.45), not α.
  const big = repo({ 'src/a.ts': `${ADD}export function sub(a: number, b: number): number {\n  return a - b;\n}\n` });
  big.write('src/a.ts', 'export function plus(a: number): number {\n  return a;\n}\nexport class K {\n  m(): void {}\n}\n');
  const res = glx(['invariants', '--ci'], big.dir);
  const rows = JSON.parse(glx(['egql', "SELECT invariants FROM sha(*) WHERE gate=I1", '--json'], big.dir).stdout);
  const col = (n: string) => rows.columns.indexOf(n);
  const i1 = rows.rows.filter((row: unknown[]) => row[col('action')] === 'BLOCK' || row[col('action')] === 'HARD_BLOCK');
  assert.ok(i1.length > 0, `${res.stdout}\n${JSON.stringify(rows.rows)}`);
  for (const row of i1) assert.ok(Number(row[col('threshold')]) >= 0.45, JSON.stringify(row));
});

test('bugs 2 and 6 in the language server: .glx/.gitignore only once trusted; egqlRun resolves sha(HEAD)', async () => {
  const r = repo({ 'src/a.ts': ADD });
  const head = r.commit({ 'src/a.ts': NEW_SIG }, 'second');
  const s = LspSession.spawn();
  try {
    await s.initialize(r.dir);
    await s.waitStatus((st) => st.state === 'ready', 'ready');
    assert.ok(!fs.existsSync(path.join(r.dir, '.glx')), 'nothing written before the client reports a trusted workspace');
    await s.conn.sendNotification(EgdbConfigureNotification.method, { url: null, ingest: true });
    for (let i = 0; i < 150 && !fs.existsSync(path.join(r.dir, '.glx', 'egdb.db')); i++) await new Promise((res) => setTimeout(res, 100));
    assert.equal(fs.readFileSync(path.join(r.dir, '.glx', '.gitignore'), 'utf8'), GLX_GITIGNORE);
    assert.equal(r.git('status', '--porcelain'), '');
    let res: EgqlRunResult | undefined;
    for (let i = 0; i < 100; i++) {
      res = await s.send(EgqlRunRequest.type, { query: 'SELECT tokens FROM sha(HEAD)' });
      if (res.ok && res.rows.length) break;
      await new Promise((ok) => setTimeout(ok, 100));
    }
    assert.ok(res?.ok && res.rows.length > 0 && res.rows.every((row) => row[0] === head), JSON.stringify(res));
    const bad = await s.send(EgqlRunRequest.type, { query: 'SELECT tokens FROM sha(nope)' });
    assert.equal(bad.ok, false);
    assert.match(!bad.ok ? bad.error : '', /sha\(nope\): git does not know this revision — sha\(REV\) takes .*HEAD~3/);
  } finally {
    await s.close();
  }
});
