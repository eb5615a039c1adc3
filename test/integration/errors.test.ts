// The one error model (server/src/errors.ts, docs/errors.md) end to end: each kind — bad
// input, not found, busy, internal — through the built `glx` (exit code of its kind, exactly
// one stderr line, no stack unless GLX_DEBUG=1) and through the language server over stdio
// (one clear line for the user, stacks only in the log with GLX_DEBUG=1, and the server still
// answers the next request). Real temp git repos, a real lock file, real processes; the
// internal error is an EIO injected by a test-only --require preload (test/helpers/fault-eio.ts).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { EXIT_CODES, toGlxError, userMessage } from '../../server/src/errors';
import { LockTimeoutError } from '../../server/src/egdb/lock';
import { InputError } from '../../server/src/cli/context';
import { UsageError } from '../../server/src/cli/args';
import { GitError } from '../../server/src/git';
import { fileUri, LspSession, SERVER, type Note } from '../helpers/lsp-client';
import { TempRepo } from '../helpers/temp-repo';
import { testPng } from '../helpers/test-png';
import { DeltaReportRequest, EgdbConfigureNotification, EgqlRunRequest, SelectBaseRequest } from '../../server/src/protocol';

const GLX = path.resolve(__dirname, '..', '..', '..', 'bin', 'glx');
const FAULT = path.resolve(__dirname, '..', 'helpers', 'fault-eio.js');
const STACK_LINE = /^\s+at /m;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function glx(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}, node: string[] = []): Run {
  const r = spawnSync(process.execPath, [...node, GLX, ...args], { cwd, encoding: 'utf8', timeout: 60_000, env: { ...process.env, GLX_DEBUG: '', ...env } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** The contract of every error: its kind's exit code, exactly one line `glx: …`, no stack. */
function assertOneLine(r: Run, code: number, re: RegExp, what: string): void {
  assert.equal(r.code, code, `${what}: exit ${r.code}, stderr: ${r.stderr}`);
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  assert.equal(lines.length, 1, `${what}: exactly one stderr line, got:\n${r.stderr}`);
  assert.match(lines[0], /^glx: /, what);
  assert.match(lines[0], re, what);
  assert.doesNotMatch(r.stderr, STACK_LINE, `${what}: no stack trace`);
}

/** A lock file as a live writer holds it: this test process's pid, this host, created now. */
function holdLock(lockFile: string): void {
  fs.mkdirSync(path.dirname(lockFile), { recursive: true });
  fs.writeFileSync(lockFile, JSON.stringify({ pid: process.pid, host: os.hostname(), created: Date.now() }));
}

let repo: TempRepo;

before(() => {
  repo = new TempRepo('glx-errors-');
  repo.commit({ 'src/math.ts': 'export function add(a: number, b: number): number {\n  return a + b;\n}\n', 'a.png': testPng(0) }, 'init');
  repo.write('src/math.ts', 'export function add(a: number, b: number, c = 0): number {\n  return a + b + c;\n}\n');
});
after(() => repo.cleanup());

test('the kind table: 2 bad input, 66 not found, 75 busy, 70 internal; foreign errors are classified', () => {
  assert.deepEqual({ ...EXIT_CODES }, { 'bad-input': 2, 'not-found': 66, internal: 70, busy: 75, cancelled: 130 });
  assert.equal(new UsageError('x').kind, 'bad-input');
  assert.equal(new InputError('x').kind, 'bad-input');
  assert.equal(new InputError('x', { kind: 'not-found' }).kind, 'not-found');
  assert.equal(new GitError('--base x: unknown revision').kind, 'bad-input');
  assert.equal(new LockTimeoutError('l: locked').kind, 'busy');
  const enoent = Object.assign(new Error("ENOENT: no such file or directory, open 'x.json'"), { code: 'ENOENT', path: 'x.json' });
  assert.deepEqual([toGlxError(enoent).kind, userMessage(enoent)], ['not-found', 'x.json: no such file or directory']);
  const eacces = Object.assign(new Error('EACCES'), { code: 'EACCES', path: '/root/x' });
  assert.deepEqual([toGlxError(eacces).kind, userMessage(eacces)], ['bad-input', '/root/x: permission denied']);
  const bug = new TypeError("Cannot read properties of undefined (reading 'x')\nsecond line");
  assert.equal(toGlxError(bug).kind, 'internal');
  assert.match(userMessage(bug), /^internal error: Cannot read properties of undefined \(reading 'x'\) \(.*GLX_DEBUG=1.*\)$/);
  assert.doesNotMatch(userMessage(bug), /\n/);
  // A message that does not name its input gets it in front.
  assert.equal(userMessage(new InputError('no such file', { input: '--freeze f.json' })), '--freeze f.json: no such file');
});

describe('glx: each kind → its exit code and one line', () => {
  test('bad input (exit 2): unknown flag, unknown revision, malformed spec/invariants.yaml', () => {
    assertOneLine(glx(['delta', '--frobnicate'], repo.dir), 2, /^glx: delta: unknown option --frobnicate/, 'bad flag');
    assertOneLine(glx(['delta', '--base', 'no-such-ref'], repo.dir), 2, /^glx: --base no-such-ref: unknown revision$/, 'bad revision');
    const bad = new TempRepo('glx-errors-cfg-');
    try {
      bad.commit({ 'spec/invariants.yaml': 'schema: invariants.v1\nweights:\n  MODIFY_SIG: lots\n', 'a.ts': 'export const x = 1;\n' });
      assertOneLine(glx(['delta'], bad.dir), 2, /^glx: spec\/invariants\.yaml:3:15: weights\.MODIFY_SIG must be a number$/, 'malformed config');
    } finally {
      bad.cleanup();
    }
  });

  test('not found (exit 66): a PNG to compare, a --freeze file', () => {
    assertOneLine(glx(['metrics', 'compare', 'missing.png', 'a.png', '--out', '.glx/c.json'], repo.dir), 66, /^glx: missing\.png: no such file$/, 'metrics compare');
    assertOneLine(glx(['invariants', '--ci', '--freeze', 'missing.json'], repo.dir), 66, /^glx: --freeze missing\.json: no such file$/, '--freeze');
    // Issue 11 item 8: outside a repository the store verbs used to create .glx/ wherever the shell was.
    const bare = fs.mkdtempSync(path.join(os.tmpdir(), 'glx-norepo-'));
    try {
      for (const args of [['egdb', 'init'], ['egql', 'SELECT events FROM sha(*)']]) {
        assertOneLine(glx(args, bare), 66, /not inside a git repository, and no EGDB store here; run glx in a repository, or give --repo DIR or --db/, args.join(' '));
      }
      assert.deepEqual(fs.readdirSync(bare), [], 'nothing created outside a repository');
      const named = glx(['egdb', 'init', '--db', path.join(bare, 'team.db')], bare);
      assert.equal(named.code, 0, named.stderr);
      assert.deepEqual(fs.readdirSync(bare), ['team.db'], 'a named store only');
    } finally {
      fs.rmSync(bare, { recursive: true, force: true });
    }
  });

  test('busy (exit 75): the EGDB writer lock held by another live process, short GLX_EGDB_LOCK_TIMEOUT_MS', () => {
    const lock = path.join(repo.dir, '.glx', 'egdb.db.lock');
    holdLock(lock);
    try {
      const t0 = Date.now();
      const r = glx(['egdb', 'init'], repo.dir, { GLX_EGDB_LOCK_TIMEOUT_MS: '300' });
      assertOneLine(r, 75, /^glx: .*egdb\.db\.lock: EGDB is locked by another writer \(pid \d+ on .+\), waited 300 ms; try again when it has finished .*GLX_EGDB_LOCK_TIMEOUT_MS.*delete the lock file if that process is gone$/, 'egdb init while locked');
      assert.ok(r.stderr.includes(lock), 'names the lock file');
      assert.ok(Date.now() - t0 < 30_000, 'gave up after the configured timeout, not the 60 s default');
      const debug = glx(['egdb', 'init'], repo.dir, { GLX_EGDB_LOCK_TIMEOUT_MS: '100', GLX_DEBUG: '1' });
      assert.equal(debug.code, 75);
      assert.match(debug.stderr, /^glx: .*EGDB is locked/);
      assert.match(debug.stderr, STACK_LINE, 'GLX_DEBUG=1 adds the stack');
      assertOneLine(glx(['egdb', 'init'], repo.dir, { GLX_EGDB_LOCK_TIMEOUT_MS: 'soon' }), 2, /^glx: GLX_EGDB_LOCK_TIMEOUT_MS=soon: expected a number of milliseconds$/, 'bad timeout');
    } finally {
      fs.rmSync(lock, { force: true });
    }
    assert.equal(glx(['egdb', 'init'], repo.dir).code, 0, 'works again once the lock is released');
  });

  test('internal (exit 70): an I/O error glx cannot explain; GLX_DEBUG=1 adds the stack', () => {
    const fault = { GLX_FAULT_EIO_CALL: 'renameSync', GLX_FAULT_EIO_PATH: `\\${path.sep}\\.glx\\${path.sep}` };
    const r = glx(['delta'], repo.dir, fault, ['--require', FAULT]);
    assertOneLine(r, 70, /^glx: internal error: EIO: i\/o error, rename '.*\.glx.*' \(a bug or an environment failure: rerun with GLX_DEBUG=1 for the stack trace and report it\)$/, 'EIO');
    const d = glx(['delta'], repo.dir, { ...fault, GLX_DEBUG: '1' }, ['--require', FAULT]);
    assert.equal(d.code, 70);
    const lines = d.stderr.split('\n');
    assert.match(lines[0], /^glx: internal error: EIO/, 'the one line comes first');
    assert.match(d.stderr, STACK_LINE, 'then the stack');
    assert.match(d.stderr, /writeFileAtomic|renameSync/, 'the stack shows where it failed');
  });
});

// ------------------------------------------------------------------ the language server

function logs(s: LspSession, from = 0): string {
  return s.notes.slice(from).filter((n: Note) => n.method === 'window/logMessage').map((n) => String(n.params.message)).join('\n');
}

async function startServer(dir: string, env: NodeJS.ProcessEnv = {}, node: string[] = []): Promise<LspSession> {
  const s = LspSession.spawn([...node, SERVER, '--stdio'], undefined, { GLX_DEBUG: '', ...env });
  await s.initialize(dir, { debounceMs: 0 });
  return s;
}

const EGQL = { query: 'SELECT tokens FROM sha(*) LIMIT 5' };

describe('language server: each kind → one line for the user, the server keeps answering', () => {
  test('busy: ▶ Run on a corrupt EGDB whose writer lock is held → one line naming the lock; next request answered', async () => {
    const r = new TempRepo('glx-errors-lsp-');
    r.commit({ 'src/a.ts': 'export const a = 1;\n' }, 'init');
    r.write('.glx/egdb.db', 'this is not a database');
    holdLock(path.join(r.dir, '.glx', 'egdb.db.lock'));
    const s = await startServer(r.dir, { GLX_EGDB_LOCK_TIMEOUT_MS: '300' });
    try {
      await s.waitStatus((st) => st.state === 'ready', 'ready');
      const from = s.mark();
      const res = await s.request(EgqlRunRequest.method, EGQL);
      assert.equal(res.ok, false);
      assert.match(res.error, /egdb\.db\.lock: EGDB is locked by another writer .*waited 300 ms; try again/);
      assert.doesNotMatch(res.error, /\n/);
      assert.doesNotMatch(res.error, STACK_LINE);
      assert.doesNotMatch(logs(s, from), STACK_LINE, 'no stack in the log without GLX_DEBUG');
      const report = await s.request(DeltaReportRequest.method, {});
      assert.equal(report.schema, 'delta.report.v1', 'the server still answers');
      // A hook nobody waits for (publishing HEAD into EGDB once trusted): one editor message.
      const mark = s.mark();
      await s.conn.sendNotification(EgdbConfigureNotification.method, { url: null, ingest: true });
      const shown = await s.waitFor((n) => n.method === 'window/showMessage', 'showMessage for the failed publish', mark);
      assert.equal(shown.params.type, 2, 'Warning');
      assert.match(shown.params.message, /^GlitchLab: EGDB: HEAD [0-9a-f]{12} not published: .*egdb\.db\.lock: EGDB is locked by another writer/);
      assert.doesNotMatch(shown.params.message, /\n/);
      assert.equal((await s.request(DeltaReportRequest.method, {})).schema, 'delta.report.v1', 'still answering');
    } finally {
      await s.close();
      r.cleanup();
    }
  });

  test('bad input: selectBase with an unknown revision → status error with one line; malformed config → its diagnostic; both recover', async () => {
    const r = new TempRepo('glx-errors-lsp-');
    r.commit({ 'src/a.ts': 'export const a = 1;\n', 'spec/invariants.yaml': 'weights:\n  MODIFY_SIG: lots\n' }, 'init');
    const s = await startServer(r.dir);
    try {
      await s.waitStatus((st) => st.state === 'ready', 'ready despite the malformed config');
      const cfg = await s.waitDiagnostics(fileUri(r.dir, 'spec/invariants.yaml'), (d) => d.length > 0, 'config problem');
      assert.match(cfg[0].message, /weights\.MODIFY_SIG must be a number/);
      const st = await s.request(SelectBaseRequest.method, { base: 'no-such-ref' });
      assert.equal(st.state, 'error');
      assert.match(st.message, /no-such-ref: unknown revision/);
      assert.doesNotMatch(st.message, /\n/);
      const back = await s.request(SelectBaseRequest.method, { base: null });
      assert.equal(back.state, 'ready', 'the server still answers and recovers');
    } finally {
      await s.close();
      r.cleanup();
    }
  });

  test('not found: a workspace folder that does not exist → status error; requests fail with RequestFailed {kind: not-found}', async () => {
    const gone = path.join(os.tmpdir(), `glx-errors-gone-${process.pid}`);
    const s = await startServer(gone);
    try {
      const st = await s.waitStatus((x) => x.state === 'error', 'error status');
      assert.equal(st.message, `${gone}: no such directory`);
      await assert.rejects(s.request(DeltaReportRequest.method, {}), (e: { code: number; message: string; data: { kind: string } }) => {
        assert.equal(e.code, -32803, 'LSPErrorCodes.RequestFailed');
        assert.equal(e.message, `${gone}: no such directory`);
        assert.equal(e.data.kind, 'not-found');
        return true;
      });
      const again = await s.request(EgqlRunRequest.method, EGQL);
      assert.equal(again.ok, false, 'still answers');
      assert.match(again.error, /no git repository/);
    } finally {
      await s.close();
    }
  });

  test('internal: an I/O error reading EGDB → one line for the user; the stack only in the log, only with GLX_DEBUG=1', async () => {
    const r = new TempRepo('glx-errors-lsp-');
    r.commit({ 'src/a.ts': 'export const a = 1;\n' }, 'init');
    const fault = { GLX_FAULT_EIO_CALL: 'readFileSync', GLX_FAULT_EIO_PATH: 'egdb\\.db$' };
    for (const debug of [false, true]) {
      const s = await startServer(r.dir, { ...fault, GLX_DEBUG: debug ? '1' : '' }, ['--require', FAULT]);
      try {
        await s.waitStatus((st) => st.state === 'ready', 'ready');
        const from = s.mark();
        const res = await s.request(EgqlRunRequest.method, EGQL);
        assert.equal(res.ok, false);
        assert.match(res.error, /^internal error: EIO: i\/o error, readFile '.*egdb\.db' \(.*GLX_DEBUG=1/);
        assert.doesNotMatch(res.error, STACK_LINE);
        const log = logs(s, from);
        assert.match(log, /glitchlab: egql: internal error: EIO/);
        if (debug) assert.match(log, STACK_LINE, 'GLX_DEBUG=1: the stack is in the log');
        else assert.doesNotMatch(log, STACK_LINE, 'no stack in the log without GLX_DEBUG');
        const report = await s.request(DeltaReportRequest.method, {});
        assert.equal(report.schema, 'delta.report.v1', 'the server still answers');
      } finally {
        await s.close();
      }
    }
    r.cleanup();
  });
});
