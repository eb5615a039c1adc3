// The daemon's small parts (issue 14, sixth pass; docs/warm-starts.md "The daemon"): which argv
// the launcher sends, the frame reader across arbitrary chunk boundaries, the private directory
// check, the environment identity, socket names within the unix limit, and a request's process
// context restored after the verb (also when it throws).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { withRequestContext } from '../../server/src/daemon/capture';
import { servedByDaemon } from '../../server/src/daemon/client';
import { daemonFiles, findWorkspaceRoot, privateDirProblem, shortHash } from '../../server/src/daemon/paths';
import { encodeFrame, envKey, forwardedEnv, frameReader, type Frame } from '../../server/src/daemon/wire';

test('servedByDaemon: glx delta only, not --per-commit, --repo or after --', () => {
  assert.equal(servedByDaemon(['delta']), true);
  assert.equal(servedByDaemon(['delta', '--json', '--base', 'main']), true);
  assert.equal(servedByDaemon(['delta', '--range', 'a..b', '--per-commit']), false);
  assert.equal(servedByDaemon(['delta', '--repo', '/x']), false);
  assert.equal(servedByDaemon(['delta', '--repo=/x']), false);
  assert.equal(servedByDaemon(['mosaic']), false);
  assert.equal(servedByDaemon([]), false);
});

test('frameReader: frames split anywhere come out whole and in order', () => {
  fc.assert(
    fc.property(fc.array(fc.string(), { maxLength: 6 }), fc.array(fc.nat(40), { maxLength: 8 }), (texts, cuts) => {
      const frames: Frame[] = texts.map((d, i) => (i % 2 ? { t: 'out', d } : { t: 'err', d }));
      const bytes = Buffer.from(frames.map(encodeFrame).join(''));
      const got: Frame[] = [];
      const read = frameReader<Frame>((f) => got.push(f), () => assert.fail('no bad frame'));
      let at = 0;
      for (const c of [...cuts, bytes.length]) {
        const end = Math.min(bytes.length, at + c);
        read(bytes.subarray(at, end));
        at = end;
      }
      read(bytes.subarray(at));
      assert.deepEqual(got, frames);
    }),
  );
  let bad = '';
  frameReader(() => assert.fail('no frame'), (why) => (bad = why))(Buffer.from('{not json}\n'));
  assert.equal(bad, 'a malformed frame');
  bad = '';
  frameReader(() => undefined, (why) => (bad = why), 10)(Buffer.from('x'.repeat(20)));
  assert.equal(bad, 'a frame too long');
});

test('privateDirProblem: created 0700; a wider mode, a symlink, a file are refused', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'glx-dmn-unit-'));
  try {
    const d = path.join(tmp, 'sockets');
    assert.equal(privateDirProblem(d, false), 'it does not exist');
    assert.equal(privateDirProblem(d, true), undefined);
    assert.equal((fs.statSync(d).mode & 0o777).toString(8), '700');
    fs.chmodSync(d, 0o750);
    assert.equal(privateDirProblem(d, false), 'its mode is 750, not 700');
    fs.chmodSync(d, 0o700);
    fs.symlinkSync(d, path.join(tmp, 'link'));
    assert.equal(privateDirProblem(path.join(tmp, 'link'), true), 'it is a symbolic link');
    fs.writeFileSync(path.join(tmp, 'file'), '');
    assert.equal(privateDirProblem(path.join(tmp, 'file'), true), 'it is not a directory');
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test('socket paths stay within the unix limit; names differ per root; a long XDG_RUNTIME_DIR is not used', () => {
  const long = `/run/user/${'x'.repeat(120)}`;
  const f = daemonFiles('/some/root', { XDG_RUNTIME_DIR: long });
  assert.ok(!f.socket.startsWith(long));
  assert.ok(Buffer.byteLength(f.socket) <= 107, f.socket);
  const g = daemonFiles('/some/root', { XDG_RUNTIME_DIR: '/run/user/1000' });
  assert.equal(g.dir, '/run/user/1000/glitchlab');
  assert.notEqual(daemonFiles('/a', {}).socket, daemonFiles('/b', {}).socket);
  assert.equal(shortHash('/some/root'), shortHash('/some/root'));
  assert.match(shortHash(''), /^[0-9a-f]{16}$/);
});

test('findWorkspaceRoot: the nearest .git (directory or file) above, as a realpath', () => {
  const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'glx-dmn-root-')));
  try {
    fs.mkdirSync(path.join(tmp, 'repo', '.git'), { recursive: true });
    fs.mkdirSync(path.join(tmp, 'repo', 'a', 'sub', '.git'), { recursive: true });
    fs.rmdirSync(path.join(tmp, 'repo', 'a', 'sub', '.git'));
    fs.writeFileSync(path.join(tmp, 'repo', 'a', 'sub', '.git'), 'gitdir: ../../.git/worktrees/x\n');
    fs.mkdirSync(path.join(tmp, 'repo', 'a', 'sub', 'deep'), { recursive: true });
    assert.equal(findWorkspaceRoot(path.join(tmp, 'repo', 'a')), path.join(tmp, 'repo'));
    assert.equal(findWorkspaceRoot(path.join(tmp, 'repo', 'a', 'sub', 'deep')), path.join(tmp, 'repo', 'a', 'sub'));
    fs.symlinkSync(path.join(tmp, 'repo', 'a'), path.join(tmp, 'alias'));
    assert.equal(findWorkspaceRoot(path.join(tmp, 'alias')), path.join(tmp, 'repo'));
    assert.equal(findWorkspaceRoot(path.join(tmp, 'nowhere')), undefined);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test('envKey: PATH, HOME, locale, TZ and every GIT_* variable; forwardedEnv: GLX_*, NO_COLOR, FORCE_COLOR', () => {
  const base = { PATH: '/bin', HOME: '/h', GIT_SSL_CAINFO: '/ca' };
  assert.equal(envKey(base), envKey({ ...base, GLX_DEBUG: '1', EDITOR: 'vi' }));
  assert.notEqual(envKey(base), envKey({ ...base, PATH: '/usr/bin' }));
  assert.notEqual(envKey(base), envKey({ ...base, GIT_INDEX_FILE: '/tmp/i' }));
  assert.notEqual(envKey(base), envKey({ ...base, TZ: 'Europe/Warsaw' }));
  assert.deepEqual(forwardedEnv({ GLX_DEBUG: '1', NO_COLOR: '', FORCE_COLOR: '1', PATH: '/bin', GIT_DIR: 'x' }), { GLX_DEBUG: '1', NO_COLOR: '', FORCE_COLOR: '1' });
});

test('withRequestContext: cwd, GLX_* env, umask, stdout/stderr captured, all restored — also after a throw', async () => {
  const cwd = process.cwd();
  const umask = process.umask();
  process.env.GLX_UNIT_KEEP = 'daemon';
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const tmp = fs.realpathSync(os.tmpdir());
  for (const fail of [false, true]) {
    const p = withRequestContext({ cwd: tmp, env: { GLX_UNIT_REQ: 'r' }, umask: 0o077, tty: { stdout: true, stderr: false, columns: 33 }, out: (b) => out.push(b), err: (b) => err.push(b) }, async () => {
      assert.equal(process.cwd(), tmp);
      assert.equal(process.env.GLX_UNIT_REQ, 'r');
      assert.equal(process.env.GLX_UNIT_KEEP, undefined);
      assert.equal(process.stdout.isTTY, true);
      assert.equal(process.stdout.columns, 33);
      process.stdout.write('héllo ');
      process.stdout.write(Buffer.from([0xff, 0x00]));
      process.stderr.write('warn\n');
      if (fail) throw new Error('verb failed');
      return 7;
    });
    if (fail) await assert.rejects(p, /verb failed/);
    else assert.equal(await p, 7);
    assert.equal(process.cwd(), cwd);
    assert.equal(process.env.GLX_UNIT_REQ, undefined);
    assert.equal(process.env.GLX_UNIT_KEEP, 'daemon');
    assert.equal(process.umask(), umask);
  }
  assert.deepEqual(Buffer.concat(out), Buffer.concat([Buffer.from('héllo '), Buffer.from([0xff, 0x00]), Buffer.from('héllo '), Buffer.from([0xff, 0x00])]));
  assert.equal(Buffer.concat(err).toString(), 'warn\nwarn\n');
  delete process.env.GLX_UNIT_KEEP;
});
