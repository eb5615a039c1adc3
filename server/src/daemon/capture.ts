// One request's process context inside the daemon: the launcher's working directory, its
// forwarded environment (GLX_*, NO_COLOR, FORCE_COLOR) and umask, its terminal-ness, and
// process.stdout/stderr writes sent to its socket instead of the daemon's own streams. The CLI
// reads all of these at call time (process.cwd(), process.env, process.stdout.write), so a verb
// runs unmodified and prints byte for byte what it prints in its own process. Requests are
// served one at a time (daemon/server.ts), which is what makes swapping process-wide state safe.
import { isForwarded } from './wire';

export interface RequestContext {
  cwd: string;
  env: Record<string, string>;
  umask: number;
  tty: { stdout: boolean; stderr: boolean; columns?: number };
  out: (b: Buffer) => void;
  err: (b: Buffer) => void;
}

type Write = typeof process.stdout.write;

function capturing(sink: (b: Buffer) => void): Write {
  return function write(this: unknown, chunk: unknown, encoding?: unknown, cb?: unknown): boolean {
    const callback = typeof encoding === 'function' ? encoding : cb;
    const enc = typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8';
    sink(typeof chunk === 'string' ? Buffer.from(chunk, enc) : Buffer.from(chunk as Uint8Array));
    if (typeof callback === 'function') process.nextTick(callback as () => void);
    return true;
  } as Write;
}

function setProp(stream: NodeJS.WriteStream, name: 'isTTY' | 'columns', value: unknown): () => void {
  const had = Object.prototype.hasOwnProperty.call(stream, name);
  const old = (stream as unknown as Record<string, unknown>)[name];
  Object.defineProperty(stream, name, { value, configurable: true, writable: true, enumerable: true });
  return () => {
    if (had) Object.defineProperty(stream, name, { value: old, configurable: true, writable: true, enumerable: true });
    else delete (stream as unknown as Record<string, unknown>)[name];
  };
}

/** Runs fn with the request's context in place; everything is restored afterwards, also on a throw. */
export async function withRequestContext<T>(ctx: RequestContext, fn: () => Promise<T>): Promise<T> {
  const savedCwd = process.cwd();
  const savedEnv: Record<string, string | undefined> = {};
  for (const k of Object.keys(process.env)) if (isForwarded(k)) savedEnv[k] = process.env[k];
  const savedUmask = process.umask(ctx.umask);
  const writes = [process.stdout.write, process.stderr.write] as const;
  const restores: (() => void)[] = [];
  try {
    process.chdir(ctx.cwd);
    for (const k of Object.keys(savedEnv)) delete process.env[k];
    for (const [k, v] of Object.entries(ctx.env)) if (isForwarded(k)) process.env[k] = v;
    process.stdout.write = capturing(ctx.out);
    process.stderr.write = capturing(ctx.err);
    restores.push(setProp(process.stdout, 'isTTY', ctx.tty.stdout), setProp(process.stderr, 'isTTY', ctx.tty.stderr));
    if (ctx.tty.columns !== undefined) restores.push(setProp(process.stdout, 'columns', ctx.tty.columns));
    return await fn();
  } finally {
    process.stdout.write = writes[0];
    process.stderr.write = writes[1];
    for (const r of restores.reverse()) r();
    for (const k of Object.keys(process.env)) if (isForwarded(k)) delete process.env[k];
    for (const [k, v] of Object.entries(savedEnv)) if (v !== undefined) process.env[k] = v;
    process.umask(savedUmask);
    try {
      process.chdir(savedCwd);
    } catch {
      /* the daemon's own directory went away: the root check ends the daemon */
    }
  }
}
