// Progress and cancellation of long CLI work (issue 15 deliver 5): on a TTY a progress line on
// stderr, redrawn in place and erased at the end; none without a TTY or with --json; Ctrl-C
// stops the work at its next step with `glx: <what>: cancelled`, exit 130, nothing written.
// The TTY is real: util-linux `script` runs glx on a pseudo-terminal.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { openWorkspace } from '../../server/src/app/workspace';
import { updateThresholds } from '../../server/src/app/calibrate-thresholds';
import { CancelledError } from '../../server/src/errors';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { CalibrateRequest, EgdbConfigureNotification, SpecMonitorRequest } from '../../server/src/protocol';
import { LspSession } from '../helpers/lsp-client';
import { TempRepo } from '../helpers/temp-repo';

const GLX = path.resolve(__dirname, '..', '..', '..', 'bin', 'glx');
const COMMITS = 400;
let repo: TempRepo;

/** COMMITS first-parent commits, each changing one function (git fast-import: fast to build). */
function manyCommits(dir: string): void {
  let stream = '';
  for (let i = 1; i <= COMMITS; i++) {
    const body = `export function f(a: number): number {\n  return a + ${i};\n}\nexport function g${i % 7}(b: string): string {\n  return b.repeat(${i % 5});\n}\n`;
    const msg = `change ${i}`;
    stream += `commit refs/heads/main\nmark :${i}\ncommitter T <t@example.com> ${1_700_000_000 + i * 60} +0000\ndata ${Buffer.byteLength(msg)}\n${msg}\n`;
    if (i > 1) stream += `from :${i - 1}\n`;
    stream += `M 100644 inline src/a.ts\ndata ${Buffer.byteLength(body)}\n${body}\n`;
  }
  spawnSync('git', ['fast-import', '--quiet'], { cwd: dir, input: stream });
  spawnSync('git', ['checkout', '-q', '-f', 'main'], { cwd: dir });
}

before(() => {
  repo = new TempRepo('glx-progress-');
  manyCommits(repo.dir);
});
after(() => repo.cleanup());

const stateFile = () => path.join(repo.dir, '.glx', 'spec_state.json');

test('a use case stops at the next step when its signal is aborted: CancelledError, nothing written', async () => {
  const ws = await openWorkspace(repo.dir);
  try {
    const controller = new AbortController();
    let seen = 0;
    await assert.rejects(
      updateThresholds(ws, { window: { commits: 50, days: 100_000 }, byModule: false, warn: () => undefined, signal: controller.signal, onProgress: (d) => ((seen = d), d === 3 && controller.abort()) }),
      (e: unknown) => e instanceof CancelledError && /^calibration: cancelled$/.test((e as Error).message),
    );
    assert.equal(seen, 3, 'stopped right after the step that saw the abort');
    assert.ok(!fs.existsSync(stateFile()), 'no spec_state.json from a cancelled calibration');
  } finally {
    await ws.repo.close();
  }
});

test('without a TTY, and with --json, no progress line: stderr holds only real messages', () => {
  const r = spawnSync(process.execPath, [GLX, 'gates', 'backtest', '--commits', '5', '--json'], { cwd: repo.dir, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.doesNotMatch(r.stderr, /commits judged|\r/);
  fs.rmSync(path.join(repo.dir, '.glx'), { recursive: true, force: true });
});

test('on a TTY: a progress line redrawn in place and erased; Ctrl-C → "calibration: cancelled", exit 130, nothing written', async () => {
  // The progress line of a short run.
  const short = spawnSync('script', ['-qec', `${process.execPath} ${GLX} gates backtest --commits 8`, '/dev/null'], { cwd: repo.dir, encoding: 'utf8', env: { ...process.env, TERM: 'xterm' } });
  assert.equal(short.status, 0, short.stdout);
  assert.match(short.stdout, /\r\x1b\[Kglx: backtest: commits judged \d+\/\d+ \(\d+ %\)/);
  assert.match(short.stdout, /\r\x1b\[K(?!glx: backtest)/, 'the line is erased at the end');
  fs.rmSync(path.join(repo.dir, '.glx'), { recursive: true, force: true });

  // Ctrl-C on the terminal while calibrating COMMITS commits.
  const child = spawn('script', ['-qec', `${process.execPath} ${GLX} calibrate update --window ${COMMITS}`, '/dev/null'], { cwd: repo.dir, env: { ...process.env, TERM: 'xterm' } });
  let out = '';
  let sent = false;
  child.stdout.on('data', (d) => {
    out += String(d);
    if (!sent && /calibrating: commits \d+\//.test(out)) {
      sent = true;
      child.stdin.write('\x03');
    }
  });
  const code = await new Promise<number | null>((r) => child.on('exit', r));
  assert.ok(sent, `a progress line was shown: ${JSON.stringify(out.slice(0, 300))}`);
  assert.equal(code, 130, out);
  assert.match(out, /glx: calibration: cancelled/);
  assert.doesNotMatch(out, /^\s+at /m, 'no stack');
  assert.ok(!fs.existsSync(stateFile()), 'no spec_state.json from a cancelled calibration');
});

test('editor: Cancel on a recalibration sends $/cancelRequest; the server stops the walk, answers RequestCancelled, writes nothing', async () => {
  fs.rmSync(path.join(repo.dir, '.glx'), { recursive: true, force: true });
  const s = LspSession.spawn();
  try {
    await s.initialize(repo.dir, { debounceMs: 0 });
    await s.waitStatus((st) => st.state === 'ready', 'ready', 0, 60_000);
    await s.conn.sendNotification(EgdbConfigureNotification.method, { url: null, ingest: true }); // a trusted workspace (the client sends this only then)
    for (let i = 0; i < 100 && !(await s.conn.sendRequest(SpecMonitorRequest.type, null)).writable; i++) await new Promise((r) => setTimeout(r, 100));
    const cts = new CancellationTokenSource();
    const pending = s.conn.sendRequest(CalibrateRequest.type, { action: 'update' }, cts.token);
    setTimeout(() => cts.cancel(), 300);
    await assert.rejects(pending, (e: { code?: number; message?: string }) => e.code === -32800 && /calibration: cancelled/.test(e.message ?? ''));
    assert.ok(!fs.existsSync(stateFile()), 'no spec_state.json from a cancelled recalibration');
    // The server goes on: a second, uncancelled request completes.
    const r = await s.conn.sendRequest(CalibrateRequest.type, { action: 'update' });
    assert.match(r.message, /^calibrated /);
  } finally {
    await s.close();
  }
});
