// Real `glx` processes and a real daemon for the daemon's tests (issue 14, sixth pass): each test
// gets its own private socket directory (GLX_DAEMON_DIR, 0700) so no other daemon of the
// machine is touched, and CI is removed from the environment (the launcher never uses a daemon
// under CI).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const GLX = path.resolve(__dirname, '..', '..', '..', 'bin', 'glx');

export type Run = { code: number; stdout: string; stderr: string };

export function daemonEnv(dir: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GLX_DAEMON_DIR: dir, GLX_DAEMON_DEBUG: '1', ...extra };
  delete env.CI;
  delete env.GLX_DAEMON;
  return env;
}

export function privateSocketDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'glx-dmn-'));
  fs.chmodSync(d, 0o700);
  return d;
}

export function glxRun(args: string[], cwd: string, env: NodeJS.ProcessEnv): Run {
  const r = spawnSync(process.execPath, [GLX, ...args], { cwd, encoding: 'utf8', timeout: 180_000, env });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function glxAsync(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [GLX, ...args], { cwd, env });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    p.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** `glx daemon run` in the foreground, resolved once it answers `status`. */
export async function startForeground(cwd: string, env: NodeJS.ProcessEnv, args: string[] = []): Promise<ChildProcess> {
  const child = spawn(process.execPath, [GLX, 'daemon', 'run', '--idle', '10', ...args], { cwd, env, stdio: 'ignore' });
  for (let i = 0; i < 200; i++) {
    await new Promise((r) => setTimeout(r, 50));
    const s = glxRun(['daemon', 'status', '--json'], cwd, env);
    if (s.code === 0 && (JSON.parse(s.stdout) as { running: boolean }).running) return child;
    if (child.exitCode !== null) break;
  }
  child.kill('SIGKILL');
  throw new Error('the daemon did not start');
}

export function daemonStatus(cwd: string, env: NodeJS.ProcessEnv): { running: boolean; daemon?: { pid: number; watch: string; served: number } } {
  return JSON.parse(glxRun(['daemon', 'status', '--json'], cwd, env).stdout) as { running: boolean; daemon?: { pid: number; watch: string; served: number } };
}

/** A run's output with what legitimately differs between two runs removed (the report's time) and the debug lines split off. */
export function comparable(r: Run): { code: number; stdout: string; stderr: string; served: boolean } {
  const lines = r.stderr.split('\n');
  const served = lines.includes('glx: daemon: served by the daemon');
  const stderr = lines.filter((l) => !l.startsWith('glx: daemon: ')).join('\n');
  return { code: r.code, stdout: r.stdout.replace(/"generated_utc": "[^"]*"/g, '"generated_utc": "…"'), stderr, served };
}

export function waitFor(cond: () => boolean, ms = 10_000): Promise<boolean> {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const tick = () => {
      if (cond()) return resolve(true);
      if (Date.now() - t0 > ms) return resolve(false);
      setTimeout(tick, 50);
    };
    tick();
  });
}
