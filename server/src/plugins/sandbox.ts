// One plugin in its own sandboxed Node process (issue 16, spec §7 playbook 11): started once,
// kept alive across changes (the editor re-analyses on every pause in typing), killed on the
// first misbehaviour. The walls, outermost first:
//   - a fresh network namespace (`unshare -rn`, Linux) when available: no interface but a
//     downed loopback, so no socket reaches anything, whatever the plugin loads;
//   - Node's permission model: `--experimental-permission --allow-fs-read=<roots>` and nothing
//     else: no writes, no child processes, no workers, no native addons, no reads outside;
//   - the bootstrap (sandbox-bootstrap.ts): socket entry points closed, every forbidden call
//     reported to the host before it is refused;
//   - limits: a deadline per change (then SIGKILL), `--max-old-space-size` plus an RSS watch
//     (buffers live outside the V8 heap), a cap on the answer's bytes read before parsing;
//   - an empty environment (no tokens or credentials of the user's shell reach the plugin).
// Any failure is a `SandboxFailure` with a reason and evidence; the caller quarantines.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import { redactSecrets } from '../redact';
import type { PluginChange } from './plugin-api';
import { OUTPUT_LIMITS } from './plugin-output';
import { SideTable } from './side-table';
import { BOOTSTRAP_SOURCE } from './sandbox-bootstrap';

/** Why a plugin is stopped (quarantine.json `reason`, docs/plugins.md "Quarantine"). */
export type FailureReason = 'timeout' | 'memory' | 'crash' | 'forbidden' | 'invalid-output' | 'exception' | 'load-error' | 'invalid-manifest';

export class SandboxFailure extends Error {
  constructor(readonly reason: FailureReason, message: string, readonly evidence: Record<string, unknown> = {}) {
    super(message);
  }
}

export interface SandboxLimits {
  /** Deadline of one detect() call, ms (default 3000; loading the module has its own allowance, STARTUP_MS more). */
  timeoutMs: number;
  /** V8 heap cap, MiB (default 128). */
  heapMb: number;
  /** Resident-set cap, MiB (default 384): catches Buffer/ArrayBuffer hogs the heap cap does not see. */
  rssMb: number;
}

export const DEFAULT_LIMITS: SandboxLimits = { timeoutMs: 3000, heapMb: 128, rssMb: 384 };
/** Start-up allowance on top of the first deadline: node + the permission model + import. */
const STARTUP_MS = 3000;

export interface SandboxCapabilities {
  /** Node's permission model works in this runtime (Node ≥ 20). */
  permission: boolean;
  /** How the network is closed: a fresh namespace plus the bootstrap's guards, or the guards only. */
  network: 'namespace' | 'guards-only';
  /** The prefix to run node under (`unshare -rn`), if any. */
  prefix: string[];
}

let caps: SandboxCapabilities | undefined;

/** Probed once per process: can we sandbox at all, and can we close the network at the kernel level? */
export function sandboxCapabilities(nodePath = process.execPath): SandboxCapabilities {
  if (caps) return caps;
  const env = nodeEnv();
  const probe = (cmd: string, args: string[]) => spawnSync(cmd, args, { env, stdio: 'ignore', timeout: 10_000 }).status === 0;
  const nodeArgs = ['--experimental-permission', '--no-warnings', '-e', '0'];
  // One spawn in the common case: the namespace and the permission model together.
  let prefix: string[] = [];
  let permission = false;
  if (process.platform === 'linux' && process.env.GLX_SANDBOX_NO_NETNS !== '1') {
    for (const p of [['unshare', '-rn'], ['unshare', '-n']]) {
      if (probe(p[0], [...p.slice(1), nodePath, ...nodeArgs])) {
        prefix = p;
        permission = true;
        break;
      }
    }
  }
  if (!permission) permission = probe(nodePath, nodeArgs);
  caps = { permission, network: prefix.length ? 'namespace' : 'guards-only', prefix };
  return caps;
}

/** The sandbox's environment: nothing of the user's (tokens, credentials), only what node itself needs. */
function nodeEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? '/usr/bin:/bin', NODE_OPTIONS: '' };
  // The language server may run inside the editor's Electron: make it behave as plain node.
  if (process.versions.electron) env.ELECTRON_RUN_AS_NODE = '1';
  return env;
}

function rssMbOf(pid: number): number | undefined {
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

interface Pending {
  id: number;
  resolve: (tokens: unknown) => void;
  reject: (e: SandboxFailure) => void;
  timer: NodeJS.Timeout;
  watch?: NodeJS.Timeout;
}

/**
 * A running sandbox for one plugin file. `start()` resolves with the raw manifest the module
 * exports; `detect(view)` with the raw tokens. After any failure the process is dead and every
 * later call rejects with the same failure.
 */
export class PluginSandbox {
  private child?: ChildProcess;
  private buf = '';
  private stderrTail = '';
  private violations: { op: string; target: string }[] = [];
  private pending?: Pending;
  private nextId = 1;
  /** Answer cap of the request in flight (bytes): OUTPUT_LIMITS.bytes per change asked. */
  private capBytes: number = OUTPUT_LIMITS.bytes;
  private failure?: SandboxFailure;
  /** What this process was already sent (one table per process: a new process starts empty). */
  private readonly sides = new SideTable();
  private loaded?: { resolve: (m: unknown) => void; reject: (e: SandboxFailure) => void; timer: NodeJS.Timeout };
  private startPromise?: Promise<unknown>;
  private chain: Promise<unknown> = Promise.resolve();
  /** Set while a kill we ordered is in flight: its exit is not a crash. */
  private killedFor?: SandboxFailure;
  readonly limits: SandboxLimits;

  constructor(readonly file: string, readonly roots: readonly string[], limits: Partial<SandboxLimits> = {}) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
  }

  get alive(): boolean {
    return !!this.child && !this.failure;
  }

  start(): Promise<unknown> {
    if (this.startPromise) return this.startPromise;
    this.startPromise = new Promise<unknown>((resolve, reject) => {
      const c = sandboxCapabilities();
      if (!c.permission) {
        reject((this.failure = new SandboxFailure('load-error', `this Node (${process.version}) has no permission model: plugins cannot be sandboxed, so they do not run`)));
        return;
      }
      const args = [
        ...c.prefix.slice(1),
        process.execPath,
        '--experimental-permission',
        ...this.roots.map((r) => `--allow-fs-read=${r}`),
        `--max-old-space-size=${this.limits.heapMb}`,
        '--no-warnings',
        '--input-type=module',
        '-e',
        BOOTSTRAP_SOURCE,
        this.file,
        JSON.stringify(this.roots),
      ];
      const cmd = c.prefix.length ? c.prefix[0] : args.shift()!;
      const child = spawn(cmd, args, { env: nodeEnv(), stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
      this.child = child;
      this.loaded = {
        resolve,
        reject,
        timer: setTimeout(() => this.fail(new SandboxFailure('timeout', `did not load within ${STARTUP_MS + this.limits.timeoutMs} ms`)), STARTUP_MS + this.limits.timeoutMs),
      };
      child.stdout!.setEncoding('utf8');
      child.stdout!.on('data', (d: string) => this.onStdout(d));
      child.stderr!.setEncoding('utf8');
      child.stderr!.on('data', (d: string) => {
        this.stderrTail = (this.stderrTail + d).slice(-4000);
      });
      child.stdin!.on('error', () => {
        /* the exit handler reports */
      });
      child.on('error', (e) => this.fail(new SandboxFailure('crash', `could not start: ${e.message}`)));
      child.on('exit', (code, signal) => this.onExit(code, signal));
    });
    // A start failure is reported through the promise; keep node from flagging it unhandled meanwhile.
    this.startPromise.catch(() => undefined);
    return this.startPromise;
  }

  /** Runs detect() on one change view; calls are serialised (one plugin process, one change at a time). */
  async detect(view: PluginChange): Promise<unknown> {
    const [answer] = await this.detectMany([view]);
    return answer;
  }

  /**
   * detect() on several views in ONE round trip (history walks: a process wake-up per commit
   * costs more than the plugin's work). Resolves with the answers in order; the deadline and
   * the answer cap scale with the batch. Sides the process already holds are not sent again
   * (side-table.ts).
   */
  async detectMany(views: readonly PluginChange[]): Promise<unknown[]> {
    const answers = await this.request(() => `"type":"detect-many",${this.sides.encode(views)}`, Math.max(1, views.length));
    if (!Array.isArray(answers) || answers.length !== views.length) throw this.fail(new SandboxFailure('invalid-output', `a batch answer of the wrong length (${Array.isArray(answers) ? answers.length : typeof answers} for ${views.length})`));
    return answers;
  }

  /** `body` is made when the request is written (the side table must see requests in wire order). */
  private request(body: () => string, weight: number): Promise<unknown> {
    const run = async (): Promise<unknown> => {
      await this.start();
      if (this.failure) throw this.failure;
      const id = this.nextId++;
      return new Promise<unknown>((resolve, reject) => {
        this.capBytes = OUTPUT_LIMITS.bytes * weight;
        const timer = setTimeout(() => this.fail(this.deadlineFailure()), this.limits.timeoutMs * weight);
        const p: Pending = { id, resolve, reject, timer };
        if (process.platform === 'linux' && this.child?.pid) {
          const pid = this.child.pid;
          p.watch = setInterval(() => {
            const rss = rssMbOf(pid);
            if (rss !== undefined && rss > this.limits.rssMb) this.fail(new SandboxFailure('memory', `resident memory ${Math.round(rss)} MiB exceeds the limit of ${this.limits.rssMb} MiB`, { rssMb: Math.round(rss), limitMb: this.limits.rssMb }));
          }, 50);
        }
        this.pending = p;
        this.child!.stdin!.write(`{"id":${id},${body()}}\n`);
      });
    };
    const next = this.chain.then(run, run);
    this.chain = next.catch(() => undefined);
    return next;
  }

  /**
   * The deadline passed. V8 takes seconds of last-resort collections before it gives up at the
   * heap cap, so a memory hog usually meets the deadline first: a process holding more than its
   * heap limit in resident memory at that moment is stopped for `memory` (a busy loop holds ~50 MiB).
   */
  private deadlineFailure(): SandboxFailure {
    const rss = this.child?.pid ? rssMbOf(this.child.pid) : undefined;
    if (rss !== undefined && rss >= this.limits.heapMb) {
      return new SandboxFailure('memory', `held ${Math.round(rss)} MiB at the ${this.limits.timeoutMs} ms deadline, over the heap limit of ${this.limits.heapMb} MiB`, { rssMb: Math.round(rss), heapMb: this.limits.heapMb, timeoutMs: this.limits.timeoutMs });
    }
    return new SandboxFailure('timeout', `detect() did not return within ${this.limits.timeoutMs} ms`, { timeoutMs: this.limits.timeoutMs, ...(rss !== undefined ? { rssMb: Math.round(rss) } : {}) });
  }

  private onStdout(d: string): void {
    this.buf += d;
    let nl: number;
    while ((nl = this.buf.indexOf('\n')) >= 0) {
      const line = this.buf.slice(0, nl);
      this.buf = this.buf.slice(nl + 1);
      this.onMessage(line);
      if (this.failure) return;
    }
    // The cap applies before parsing: an oversized answer is never held whole.
    if (this.buf.length > this.capBytes) {
      this.fail(new SandboxFailure('invalid-output', `answer larger than ${this.capBytes} bytes`, { bytes: this.buf.length, limit: this.capBytes }));
    }
  }

  private onMessage(line: string): void {
    if (line.length > this.capBytes) {
      this.fail(new SandboxFailure('invalid-output', `answer larger than ${this.capBytes} bytes`, { bytes: line.length, limit: this.capBytes }));
      return;
    }
    let m: { type?: string; id?: number; manifest?: unknown; tokens?: unknown; error?: Record<string, unknown>; op?: string; target?: string };
    try {
      m = JSON.parse(line) as typeof m;
    } catch {
      this.fail(new SandboxFailure('invalid-output', 'a line on the protocol stream is not JSON', { line: redactSecrets(line.slice(0, 200)) }));
      return;
    }
    switch (m.type) {
      case 'violation':
        this.violations.push({ op: String(m.op), target: redactSecrets(String(m.target ?? '')) });
        // A forbidden operation is final even if the plugin catches the error it got.
        this.fail(new SandboxFailure('forbidden', `tried a forbidden operation: ${m.op} ${redactSecrets(String(m.target ?? ''))}`.trim(), { op: m.op, target: redactSecrets(String(m.target ?? '')) }));
        return;
      case 'loaded':
        if (this.loaded) {
          clearTimeout(this.loaded.timer);
          this.loaded.resolve(m.manifest);
          this.loaded = undefined;
        }
        return;
      case 'load-error':
        this.fail(this.classifyError('load-error', 'could not be loaded', m.error));
        return;
      case 'fatal':
        this.fail(this.classifyError('crash', 'crashed', m.error));
        return;
      case 'results':
      case 'error':
      case 'result-unserializable': {
        const p = this.pending;
        if (!p || p.id !== m.id) {
          this.fail(new SandboxFailure('invalid-output', `an answer to a request that was not asked (id ${String(m.id)})`));
          return;
        }
        this.clearPending();
        if (m.type === 'results') p.resolve((m as { results?: unknown }).results);
        else if (m.type === 'error') {
          const f = this.classifyError('exception', 'detect() threw', m.error);
          // A throw is final too: the plugin is quarantined and stopped (docs/plugins.md).
          this.fail(f);
          p.reject(f);
        } else p.reject(this.fail(new SandboxFailure('invalid-output', `detect() returned a value that is not JSON: ${String(m.error?.message ?? '')}`)));
        return;
      }
      default:
        this.fail(new SandboxFailure('invalid-output', `unknown message type ${JSON.stringify(m.type)}`));
    }
  }

  /** A permission refusal the plugin let escape is a forbidden operation, whatever phase it came from. */
  private classifyError(reason: FailureReason, what: string, e: Record<string, unknown> | undefined): SandboxFailure {
    const code = e?.code ? String(e.code) : undefined;
    const msg = redactSecrets(String(e?.message ?? 'unknown error'));
    const evidence: Record<string, unknown> = { name: e?.name, message: msg, ...(code ? { code } : {}), ...(e?.stack ? { stack: redactSecrets(String(e.stack)) } : {}) };
    if (code === 'ERR_ACCESS_DENIED' || code === 'ERR_GLX_SANDBOX') {
      const op = e?.permission ? String(e.permission) : 'forbidden operation';
      return new SandboxFailure('forbidden', `tried a forbidden operation: ${op}${e?.resource ? ` ${redactSecrets(String(e.resource))}` : ''} (${msg})`, { ...evidence, permission: e?.permission, resource: e?.resource ? redactSecrets(String(e.resource)) : undefined });
    }
    return new SandboxFailure(reason, `${what}: ${msg}`, evidence);
  }

  private onExit(code: number | null, signal: NodeJS.Signals | null): void {
    if (this.killedFor) {
      this.settle(this.killedFor);
      return;
    }
    const tail = this.stderrTail;
    let f: SandboxFailure;
    if (/heap out of memory|Reached heap limit|Allocation failed/i.test(tail)) {
      f = new SandboxFailure('memory', `exceeded the heap limit of ${this.limits.heapMb} MiB`, { limitMb: this.limits.heapMb, stderr: redactSecrets(tail.slice(-600)) });
    } else if (this.violations.length) {
      const v = this.violations[0];
      f = new SandboxFailure('forbidden', `tried a forbidden operation: ${v.op} ${v.target}`.trim(), { ...v });
    } else {
      f = new SandboxFailure('crash', `the plugin process exited (${signal ? `signal ${signal}` : `code ${code}`})`, { code, signal, stderr: redactSecrets(tail.slice(-600)) });
    }
    this.failure ??= f;
    this.settle(this.failure);
  }

  private clearPending(): void {
    if (!this.pending) return;
    clearTimeout(this.pending.timer);
    if (this.pending.watch) clearInterval(this.pending.watch);
    this.pending = undefined;
  }

  private settle(f: SandboxFailure): void {
    const p = this.pending;
    this.clearPending();
    p?.reject(f);
    if (this.loaded) {
      clearTimeout(this.loaded.timer);
      this.loaded.reject(f);
      this.loaded = undefined;
    }
  }

  /** Records the first failure, kills the process; pending calls reject with it once the process is gone. */
  private fail(f: SandboxFailure): SandboxFailure {
    if (this.failure) return this.failure;
    this.failure = f;
    if (this.child && this.child.exitCode === null && this.child.signalCode === null) {
      this.killedFor = f;
      this.child.kill('SIGKILL');
    } else this.settle(f);
    return f;
  }

  /** Stops the process (no failure recorded). */
  dispose(): void {
    if (this.child && this.child.exitCode === null && this.child.signalCode === null) {
      this.killedFor ??= new SandboxFailure('crash', 'stopped');
      this.child.kill('SIGKILL');
    }
  }
}
