// Bulk object reads through ONE long-lived `git cat-file --batch` child (each git process
// costs ~16–20 ms; a batch stream answers hundreds of reads in that time — DEPENDENCIES.md).
// Owns the child's lifecycle (lazy start, restart after death, close) and the parsing of its
// output stream. Requests are pipelined: names are written as they come and answers are
// matched to a FIFO of pending reads, strictly in order.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { GitError } from './errors';
import { GIT_CONFIG_ARGS, gitEnv, runGit } from './run';

interface Pending {
  name: string;
  resolve: (b: Buffer | undefined) => void;
  reject: (e: Error) => void;
}

const HEADER_RE = /^([0-9a-f]{40}|[0-9a-f]{64}) ([a-z]+) (\d+)$/;

export class BlobReader {
  private child: ChildProcessWithoutNullStreams | undefined;
  private readonly queue: Pending[] = [];
  /** Unparsed stdout, kept as chunks so a large blob is concatenated once, not per chunk. */
  private chunks: Buffer[] = [];
  private buffered = 0;
  /** Size of the object whose header was parsed and whose content is still arriving. */
  private bodySize: number | undefined;
  private closed = false;
  private stderrTail = '';

  constructor(readonly cwd: string) {}

  /** Process id of the current child (undefined before the first read or after it exited). */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  /**
   * Content of an object named by oid or `<rev>:<path>`; undefined when git reports it
   * missing (or ambiguous). Any object type is returned as its raw content.
   */
  read(name: string): Promise<Buffer | undefined> {
    if (this.closed) return Promise.reject(new GitError(`${name}: blob reader is closed`, { kind: 'internal' }));
    // One request per line: a newline would split it into two and desynchronise the stream.
    if (name === '' || name.includes('\0')) return Promise.reject(new GitError(`${JSON.stringify(name)}: not a valid object name`));
    // Git allows newlines in file names (issue 11 item 4): resolve `<rev>:<path>` to its object
    // id with one argv-passed rev-parse (no line protocol involved), then read the id here.
    if (/[\n\r]/.test(name)) return this.readByArgv(name);
    return new Promise((resolve, reject) => {
      const child = this.ensureChild();
      this.queue.push({ name, resolve, reject });
      if (this.queue.length === 1) this.setRef(true);
      child.stdin.write(name + '\n');
    });
  }

  private async readByArgv(name: string): Promise<Buffer | undefined> {
    const r = await runGit(this.cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', name], { okExitCodes: [0, 1, 128] });
    const oid = r.stdout.trim();
    if (r.exitCode !== 0 || !/^[0-9a-f]{40,64}$/.test(oid)) return undefined;
    return this.read(oid);
  }

  /** Starts the child now (its start overlaps other work: `glx delta`'s prefetch); reads start it anyway. */
  start(): void {
    if (this.closed) return;
    this.ensureChild();
    if (this.queue.length === 0) this.setRef(false);
  }

  /** Reads all names, pipelined in one go; results in input order. */
  readMany(names: readonly string[]): Promise<(Buffer | undefined)[]> {
    return Promise.all(names.map((n) => this.read(n)));
  }

  /** Ends the child after it has answered every pending read. Later reads reject. */
  async close(): Promise<void> {
    this.closed = true;
    const child = this.child;
    if (!child) return;
    await new Promise<void>((resolve) => {
      child.once('close', () => resolve());
      // Keep the loop alive until the child is gone, or `await close()` would never settle.
      this.setRef(true);
      child.stdin.end();
    });
  }

  private ensureChild(): ChildProcessWithoutNullStreams {
    if (this.child) return this.child;
    const child = spawn('git', ['--no-pager', ...GIT_CONFIG_ARGS, 'cat-file', '--batch'], {
      cwd: this.cwd,
      env: gitEnv(),
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
    });
    this.child = child;
    this.chunks = [];
    this.buffered = 0;
    this.bodySize = undefined;
    this.stderrTail = '';
    child.stdout.on('data', (c: Buffer) => {
      if (this.child !== child) return;
      this.chunks.push(c);
      this.buffered += c.length;
      this.drain();
    });
    child.stderr.on('data', (c: Buffer) => {
      this.stderrTail = (this.stderrTail + c.toString('utf8')).slice(-2000);
    });
    // A write to a dead child fails with EPIPE; the exit handler rejects the reads.
    child.stdin.on('error', () => undefined);
    child.on('error', (e) => this.onDeath(child, `cannot run git cat-file: ${e.message}`));
    child.on('close', (code, signal) =>
      this.onDeath(child, signal ? `git cat-file was killed (${signal})` : `git cat-file exited with code ${code}`),
    );
    return child;
  }

  /** The child is gone: every read still waiting for it rejects; the next read starts a new child. */
  private onDeath(child: ChildProcessWithoutNullStreams, reason: string): void {
    if (this.child !== child) return;
    this.child = undefined;
    this.chunks = [];
    this.buffered = 0;
    this.bodySize = undefined;
    const pending = this.queue.splice(0);
    const stderr = this.stderrTail;
    for (const p of pending) {
      p.reject(new GitError(`${p.name}: ${reason}`, { args: ['cat-file', '--batch'], exitCode: child.exitCode, stderr }));
    }
  }

  /** Parses as many complete answers as the buffer holds, resolving reads in FIFO order. */
  private drain(): void {
    while (this.queue.length > 0) {
      if (this.bodySize === undefined) {
        const nl = this.indexOfNewline();
        if (nl < 0) return;
        const header = this.take(nl + 1).toString('utf8', 0, nl);
        const m = HEADER_RE.exec(header);
        if (m) {
          this.bodySize = Number(m[3]);
        } else if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
          this.finish(undefined);
          continue;
        } else {
          this.protocolError(`unexpected cat-file header ${JSON.stringify(header.slice(0, 200))}`);
          return;
        }
      }
      const size = this.bodySize;
      if (this.buffered < size + 1) return;
      const body = this.take(size);
      this.take(1); // the LF that terminates every object
      this.bodySize = undefined;
      this.finish(body);
    }
  }

  private finish(value: Buffer | undefined): void {
    const p = this.queue.shift()!;
    if (this.queue.length === 0 && !this.closed) this.setRef(false);
    p.resolve(value);
  }

  private protocolError(reason: string): void {
    const child = this.child;
    if (!child) return;
    this.onDeath(child, reason);
    child.kill();
  }

  private indexOfNewline(): number {
    let offset = 0;
    for (const c of this.chunks) {
      const i = c.indexOf(10);
      if (i >= 0) return offset + i;
      offset += c.length;
    }
    return -1;
  }

  /** Removes and returns the first n buffered bytes (n ≤ buffered). */
  private take(n: number): Buffer {
    this.buffered -= n;
    const first = this.chunks[0];
    if (first && first.length >= n) {
      if (first.length === n) this.chunks.shift();
      else this.chunks[0] = first.subarray(n);
      return first.subarray(0, n);
    }
    const out = Buffer.allocUnsafe(n);
    let filled = 0;
    while (filled < n) {
      const c = this.chunks[0];
      const want = n - filled;
      if (c.length <= want) {
        c.copy(out, filled);
        filled += c.length;
        this.chunks.shift();
      } else {
        c.copy(out, filled, 0, want);
        this.chunks[0] = c.subarray(want);
        filled += want;
      }
    }
    return out;
  }

  /**
   * An idle reader must not keep a CLI process alive; while reads are pending it must, or
   * node could exit with an unsettled await.
   */
  private setRef(on: boolean): void {
    const child = this.child;
    if (!child) return;
    const streams = [child.stdin, child.stdout, child.stderr] as unknown as { ref?: () => void; unref?: () => void }[];
    if (on) {
      child.ref();
      for (const s of streams) s.ref?.();
    } else {
      child.unref();
      for (const s of streams) s.unref?.();
    }
  }
}
