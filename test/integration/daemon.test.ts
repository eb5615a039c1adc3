// `glx daemon` (issue 14, sixth pass; docs/warm-starts.md "The daemon"), real repositories and
// real processes: start/status/stop and a racing second start; the launcher's fallbacks — a
// killed daemon (stale socket and lock), a version mismatch (which also ends the old daemon), a
// socket directory that is not private (mode, symlink, owner), CI, GLX_DAEMON=0 — each with the
// in-process output; two clients at once; bad input (exit 2) through the daemon; the files'
// modes; secrets kept out of the daemon's log; the daemon ends when its root disappears.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import * as net from 'node:net';
import { TempRepo } from '../helpers/temp-repo';
import { daemonFiles } from '../../server/src/daemon/paths';
import { bundleHash } from '../../server/src/daemon/client';
import { encodeFrame, envKey, forwardedEnv, PROTOCOL, type Frame, type RunRequest } from '../../server/src/daemon/wire';
import { comparable, daemonEnv, daemonStatus, GLX, glxAsync, glxRun, privateSocketDir, startForeground, waitFor } from '../helpers/daemon';

const A = 'export function area(r: number): number {\n  return 3.14 * r * r;\n}\n';

function makeRepo(): TempRepo {
  const repo = new TempRepo('glx-dmn-');
  repo.commit({ 'src/shapes.ts': A, 'py/calc.py': 'def total(xs):\n    return sum(xs)\n' }, 'base');
  repo.write('src/shapes.ts', `${A}export function perimeter(r: number): number {\n  return 2 * 3.14 * r;\n}\n`);
  repo.write('src/extra.ts', 'export const k = 1;\n');
  return repo;
}

function socketFiles(dir: string): string[] {
  return fs.readdirSync(dir).filter((n) => n.endsWith('.sock'));
}

let repo: TempRepo;
let sockets: string;
let env: NodeJS.ProcessEnv;
let inProcess: ReturnType<typeof comparable>;

before(() => {
  repo = makeRepo();
  sockets = privateSocketDir();
  env = daemonEnv(sockets);
  inProcess = comparable(glxRun(['delta'], repo.dir, { ...env, GLX_DAEMON: '0' }));
  assert.equal(inProcess.code, 0, inProcess.stderr);
});

after(() => {
  glxRun(['daemon', 'stop'], repo.dir, env);
  repo.cleanup();
  fs.rmSync(sockets, { recursive: true, force: true });
});

test('start (twice, racing) → one daemon, status, served output ≡ in-process, files private, stop', { timeout: 120_000 }, async () => {
  const [s1, s2] = await Promise.all([glxAsync(['daemon', 'start'], repo.dir, env), glxAsync(['daemon', 'start'], repo.dir, env)]);
  assert.equal(s1.code, 0, s1.stderr);
  assert.equal(s2.code, 0, s2.stderr);
  const st = daemonStatus(repo.dir, env);
  assert.ok(st.running);
  const pids = [s1.stdout, s2.stdout].map((o) => /pid (\d+)/.exec(o)?.[1]);
  assert.deepEqual(pids, [String(st.daemon!.pid), String(st.daemon!.pid)], `${s1.stdout} ${s2.stdout}`);
  assert.equal((fs.statSync(sockets).mode & 0o777).toString(8), '700');
  const [sock] = socketFiles(sockets);
  assert.equal((fs.statSync(path.join(sockets, sock)).mode & 0o777).toString(8), '600');

  const r = comparable(glxRun(['delta'], repo.dir, env));
  assert.ok(r.served, 'served by the daemon');
  assert.deepEqual({ ...r, served: false }, inProcess);
  // From a subdirectory too: the report path printed is relative to the cwd.
  const sub = comparable(glxRun(['delta'], path.join(repo.dir, 'src'), env));
  const subIn = comparable(glxRun(['delta'], path.join(repo.dir, 'src'), { ...env, GLX_DAEMON: '0' }));
  assert.ok(sub.served);
  assert.deepEqual({ ...sub, served: false }, subIn);
  assert.match(sub.stdout, /report: \.\.\/\.glx\/delta_report\.json/);

  const stop = glxRun(['daemon', 'stop'], repo.dir, env);
  assert.equal(stop.code, 0);
  assert.match(stop.stdout, /stopped/);
  assert.deepEqual(socketFiles(sockets), []);
  assert.equal(daemonStatus(repo.dir, env).running, false);
  const after = comparable(glxRun(['delta'], repo.dir, env));
  assert.equal(after.served, false);
  assert.deepEqual(after, inProcess);
});

test('a killed daemon (stale socket and lock) → in-process, same output; start again works', { timeout: 120_000 }, async () => {
  const d = await startForeground(repo.dir, env);
  d.kill('SIGKILL');
  await new Promise((r) => d.once('exit', r));
  assert.equal(socketFiles(sockets).length, 1, 'the socket file is left behind');
  const r = glxRun(['delta'], repo.dir, env);
  assert.match(r.stderr, /glx: daemon: in-process: socket: ECONNREFUSED/);
  assert.deepEqual(comparable(r), inProcess);
  const s = glxRun(['daemon', 'start'], repo.dir, env);
  assert.equal(s.code, 0, s.stderr);
  assert.ok(comparable(glxRun(['delta'], repo.dir, env)).served);
  glxRun(['daemon', 'stop'], repo.dir, env);
});

test('two clients at once are both served, one after the other, with the same output', { timeout: 120_000 }, async () => {
  const d = await startForeground(repo.dir, env);
  try {
    const runs = await Promise.all([glxAsync(['delta'], repo.dir, env), glxAsync(['delta', '--json'], repo.dir, env), glxAsync(['delta'], repo.dir, env)]);
    const [a, j, b] = runs.map(comparable);
    assert.ok(a.served && j.served && b.served);
    assert.deepEqual({ ...a, served: false }, inProcess);
    assert.deepEqual({ ...b, served: false }, inProcess);
    const jIn = comparable(glxRun(['delta', '--json'], repo.dir, { ...env, GLX_DAEMON: '0' }));
    assert.deepEqual({ ...j, served: false }, jIn);
    // Bad input: the same one line and exit 2 through the daemon.
    const bad = comparable(glxRun(['delta', '--base', 'no-such-rev'], repo.dir, env));
    const badIn = comparable(glxRun(['delta', '--base', 'no-such-rev'], repo.dir, { ...env, GLX_DAEMON: '0' }));
    assert.ok(bad.served);
    assert.equal(bad.code, 2);
    assert.deepEqual({ ...bad, served: false }, badIn);
    // A client that goes away before its answer cancels nothing else: the next one is served.
    const gone = spawnSync(process.execPath, [GLX, 'delta'], { cwd: repo.dir, env, timeout: 30 });
    assert.ok(gone.signal !== null || gone.status !== null);
    assert.ok(comparable(glxRun(['delta'], repo.dir, env)).served);
  } finally {
    d.kill('SIGTERM');
    await new Promise((r) => d.once('exit', r));
  }
});

test('secrets never reach the daemon log', { timeout: 60_000 }, async () => {
  const d = await startForeground(repo.dir, env);
  try {
    const token = `ghp_${'A1b2C3d4E5'.repeat(4)}`;
    const r = comparable(glxRun(['delta', '--base', token], repo.dir, env));
    assert.ok(r.served);
    assert.equal(r.code, 2);
    const log = fs.readFileSync(path.join(repo.dir, '.glx', 'logs', 'daemon.log'), 'utf8');
    assert.match(log, /glx delta --base/);
    assert.ok(!log.includes(token), 'the token is redacted in the log');
  } finally {
    d.kill('SIGTERM');
    await new Promise((r) => d.once('exit', r));
  }
});

test('CI, GLX_DAEMON=0 and --repo run in-process even with a daemon up', { timeout: 60_000 }, async () => {
  const d = await startForeground(repo.dir, env);
  try {
    for (const [extra, args, why] of [
      [{ CI: 'true' }, ['delta'], /in-process: CI is set/],
      [{ GLX_DAEMON: '0' }, ['delta'], /in-process: GLX_DAEMON=0|^$/],
    ] as const) {
      const r = glxRun([...args], repo.dir, { ...env, ...extra });
      assert.match(r.stderr.split('\n')[0], why);
      assert.deepEqual(comparable(r), inProcess);
    }
    const viaRepo = comparable(glxRun(['delta', '--repo', repo.dir], os.tmpdir(), env));
    assert.equal(viaRepo.served, false);
    assert.equal(viaRepo.code, 0);
  } finally {
    d.kill('SIGTERM');
    await new Promise((r) => d.once('exit', r));
  }
});

test('a socket directory that is not private → in-process, same output', { timeout: 60_000 }, async () => {
  const d = await startForeground(repo.dir, env);
  try {
    fs.chmodSync(sockets, 0o755);
    let r = glxRun(['delta'], repo.dir, env);
    assert.match(r.stderr, /in-process: .*its mode is 755, not 700/);
    assert.deepEqual(comparable(r), inProcess);
    fs.chmodSync(sockets, 0o700);
    const link = `${sockets}-link`;
    fs.symlinkSync(sockets, link);
    try {
      r = glxRun(['delta'], repo.dir, { ...env, GLX_DAEMON_DIR: link });
      assert.match(r.stderr, /in-process: .*it is a symbolic link/);
      assert.deepEqual(comparable(r), inProcess);
    } finally {
      fs.rmSync(link);
    }
    if (process.getuid?.() === 0) {
      fs.chownSync(sockets, 12345, 12345);
      try {
        r = glxRun(['delta'], repo.dir, env);
        assert.match(r.stderr, /in-process: .*belongs to uid 12345/);
        assert.deepEqual(comparable(r), inProcess);
      } finally {
        fs.chownSync(sockets, 0, 0);
      }
    }
    assert.ok(comparable(glxRun(['delta'], repo.dir, env)).served, 'served again once private');
  } finally {
    d.kill('SIGTERM');
    await new Promise((r) => d.once('exit', r));
  }
});

test('a launcher of another CLI bundle is refused, runs in-process, and the old daemon exits', { timeout: 120_000 }, async () => {
  const dist = path.resolve(GLX, '..', '..', 'dist');
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'glx-dmn-dist-'));
  try {
    fs.copyFileSync(path.join(dist, 'glx.js'), path.join(copy, 'glx.js'));
    fs.writeFileSync(path.join(copy, 'glx-cli.js'), `${fs.readFileSync(path.join(dist, 'glx-cli.js'), 'utf8')}\n// another build\n`);
    fs.cpSync(path.join(dist, 'wasm'), path.join(copy, 'wasm'), { recursive: true });
    const d = await startForeground(repo.dir, env);
    const exited = new Promise((r) => d.once('exit', r));
    const run = (e: NodeJS.ProcessEnv) => {
      const r = spawnSync(process.execPath, [path.join(copy, 'glx.js'), 'delta'], { cwd: repo.dir, env: e, encoding: 'utf8' });
      return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
    };
    const r = run(env);
    assert.match(r.stderr, /in-process: refused: another CLI bundle/);
    assert.deepEqual(comparable(r), comparable(run({ ...env, GLX_DAEMON: '0' })));
    assert.ok(await Promise.race([exited.then(() => true), new Promise((res) => setTimeout(() => res(false), 10_000))]), 'the old daemon exited');
    assert.equal(daemonStatus(repo.dir, env).running, false);
  } finally {
    fs.rmSync(copy, { recursive: true, force: true });
  }
});

test('the daemon ends when its root disappears', { timeout: 60_000 }, async () => {
  const other = makeRepo();
  const d = await startForeground(other.dir, env);
  const exited = new Promise((r) => d.once('exit', r));
  other.cleanup();
  assert.ok(await Promise.race([exited.then(() => true), new Promise((res) => setTimeout(() => res(false), 15_000))]), 'exited');
  assert.ok(await waitFor(() => socketFiles(sockets).length === 0), 'its socket is removed');
});

test('a daemon that never answers (a silent socket) → in-process after the hello timeout, same output', { timeout: 60_000 }, async () => {
  const files = daemonFiles(fs.realpathSync(repo.dir), env);
  const conns: net.Socket[] = [];
  const silent = net.createServer((c) => conns.push(c)); // accepts, says nothing
  await new Promise<void>((r) => silent.listen(files.socket, () => r()));
  // Keeps the test's event loop busy while the glx process waits (the server's handles alone may not).
  const keep = setInterval(() => undefined, 100);
  try {
    const r = await glxAsync(['delta'], repo.dir, env);
    assert.match(r.stderr, /in-process: no answer from the daemon in time/);
    assert.deepEqual(comparable(r), inProcess);
  } finally {
    clearInterval(keep);
    for (const c of conns) c.destroy();
    silent.close();
    fs.rmSync(files.socket, { force: true });
  }
});

/** Sends one crafted request to the daemon of repo and returns its first frame. */
function ask(req: RunRequest): Promise<Frame | undefined> {
  return new Promise((resolve) => {
    const s = net.createConnection(daemonFiles(fs.realpathSync(repo.dir), env).socket);
    let buf = '';
    s.on('connect', () => s.write(encodeFrame(req)));
    s.on('data', (d) => {
      buf += d.toString();
      const nl = buf.indexOf('\n');
      if (nl >= 0) {
        resolve(JSON.parse(buf.slice(0, nl)) as Frame);
        s.destroy();
      }
    });
    s.on('error', () => resolve(undefined));
    s.on('close', () => resolve(undefined));
  });
}

test('the daemon refuses a working directory outside its root, another environment, another node', { timeout: 60_000 }, async () => {
  const d = await startForeground(repo.dir, env);
  const other = new TempRepo('glx-dmn-other-');
  try {
    const bundle = bundleHash(path.resolve(GLX, '..', '..', 'dist', 'glx-cli.js'));
    const req: RunRequest = { t: 'run', v: PROTOCOL, bundle, node: process.version, argv: ['delta'], cwd: repo.dir, env: forwardedEnv(env), envKey: envKey(env), umask: 0o022, tty: { stdout: false, stderr: false } };
    assert.deepEqual(await ask(req), { t: 'hello' }, 'the well-formed request is accepted');
    assert.deepEqual(await ask({ ...req, cwd: other.dir }), { t: 'refuse', reason: `${other.dir} is not in ${fs.realpathSync(repo.dir)}` });
    assert.deepEqual(await ask({ ...req, cwd: os.tmpdir() }), { t: 'refuse', reason: `${os.tmpdir()} is not in ${fs.realpathSync(repo.dir)}` });
    const envRefusal = await ask({ ...req, envKey: envKey({ ...env, PATH: '/nowhere' }) });
    assert.equal(envRefusal?.t, 'refuse');
    assert.ok(daemonStatus(repo.dir, env).running, 'refusals of the environment or the root do not end the daemon');
    const nodeRefusal = await ask({ ...req, node: 'v0.0.1' });
    assert.deepEqual(nodeRefusal, { t: 'refuse', reason: `node v0.0.1, the daemon runs ${process.version}` });
    assert.ok(await waitFor(() => d.exitCode !== null), 'another node version ends the daemon');
  } finally {
    d.kill('SIGTERM');
    other.cleanup();
  }
});

test('--no-watch serves the same; --idle ends an unused daemon', { timeout: 60_000 }, async () => {
  const d = await startForeground(repo.dir, env, ['--no-watch']);
  try {
    const r = comparable(glxRun(['delta'], repo.dir, env));
    assert.ok(r.served);
    assert.deepEqual({ ...r, served: false }, inProcess);
    assert.match(daemonStatus(repo.dir, env).daemon!.watch, /^off/);
  } finally {
    d.kill('SIGTERM');
    await new Promise((r) => d.once('exit', r));
  }
  const idle = glxRun(['daemon', 'start', '--idle', '0.02'], repo.dir, env); // 1.2 s
  assert.equal(idle.code, 0, idle.stderr);
  assert.ok(await waitFor(() => !daemonStatus(repo.dir, env).running, 15_000), 'exited after its idle time');
  assert.match(fs.readFileSync(path.join(repo.dir, '.glx', 'logs', 'daemon.log'), 'utf8'), /stopping: idle for 1 s/);
});

test('the caches a request fills are written after its answer, before the daemon stops; a file changed again answers as in-process', { timeout: 120_000 }, async () => {
  const entries = () => {
    const dir = path.join(repo.dir, '.glx', 'cache', 'analysis');
    return fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }).filter((n) => String(n).endsWith('.json')).length : 0;
  };
  const start = glxRun(['daemon', 'start'], repo.dir, env);
  assert.equal(start.code, 0, start.stderr);
  try {
    for (const n of [1, 2, 3]) {
      // A content nobody analysed yet: its head's analysis is a new cache entry.
      repo.write('src/shapes.ts', `${A}export function grown${n}(r: number): number {\n  return r * ${n};\n}\n`);
      const before = entries();
      const r = comparable(glxRun(['delta'], repo.dir, env));
      assert.ok(r.served, 'served by the daemon');
      assert.ok(await waitFor(() => entries() > before, 10_000), `request ${n}: the analysis entry is written after the answer (util/after-answer.ts)`);
      const inProc = comparable(glxRun(['delta'], repo.dir, { ...env, GLX_DAEMON: '0' }));
      assert.deepEqual({ ...r, served: false }, inProc, `request ${n}: the file parsed from its last tree answers as a new process`);
    }
  } finally {
    glxRun(['daemon', 'stop'], repo.dir, env);
    repo.write('src/shapes.ts', `${A}export function perimeter(r: number): number {\n  return 2 * 3.14 * r;\n}\n`);
  }
});
