// Runs one git process and collects its output. Owns the environment every git child of
// GlitchLab gets (see gitEnv) and the mapping of failures to GitError. It never interprets
// git's output: parsing lives with the callers (repo.ts, cat-file.ts).
import { spawn } from 'node:child_process';
import { GitError, reasonFromStderr } from './errors';

/** Output larger than this rejects instead of growing without bound (a whole-history log is well below). */
export const MAX_GIT_OUTPUT = 256 * 1024 * 1024;

/**
 * `-c` options that neutralise user configuration which would change porcelain output we
 * parse (relative diff paths, signatures interleaved into `git log`, colour, quoted paths).
 */
export const GIT_CONFIG_ARGS: readonly string[] = [
  '-c', 'core.quotepath=false',
  '-c', 'color.ui=never',
  '-c', 'diff.relative=false',
  '-c', 'diff.noprefix=false',
  '-c', 'log.showSignature=false',
  '-c', 'core.fsmonitor=false',
];

/**
 * Environment for git children: C locale (stable messages we can match), no pager, and
 * GIT_OPTIONAL_LOCKS=0 so read-only commands never take `index.lock` for a stat refresh —
 * the editor runs git constantly next to the user's own git. Variables that would point git
 * at another repository than `cwd` (set when we run inside a git hook) are removed.
 */
export function gitEnv(extra?: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_PREFIX', 'GIT_COMMON_DIR', 'GIT_OBJECT_DIRECTORY', 'GIT_NAMESPACE']) {
    delete env[k];
  }
  Object.assign(env, {
    LC_ALL: 'C',
    LANG: 'C',
    GIT_OPTIONAL_LOCKS: '0',
    GIT_PAGER: 'cat',
    PAGER: 'cat',
    GIT_TERMINAL_PROMPT: '0',
    GIT_ASKPASS: '',
    SSH_ASKPASS: '',
  });
  return { ...env, ...extra };
}

export interface RunGitOptions {
  /** Bytes or text written to stdin, which is then closed. */
  input?: string | Buffer;
  /** Exit codes that count as success (default [0]); e.g. `check-ignore` exits 1 when nothing matched. */
  okExitCodes?: readonly number[];
  /** Names the user-facing input in the error message (`--base nosuchref`); default: `git <args>`. */
  describe?: string;
  /** Extra environment variables (e.g. GIT_INDEX_FILE for a temporary index). */
  env?: NodeJS.ProcessEnv;
  maxBuffer?: number;
}

export interface GitResult<T extends string | Buffer> {
  stdout: T;
  stderr: string;
  exitCode: number;
}

export function runGit(cwd: string, args: readonly string[], opts: RunGitOptions & { encoding: 'buffer' }): Promise<GitResult<Buffer>>;
export function runGit(cwd: string, args: readonly string[], opts?: RunGitOptions & { encoding?: 'utf8' }): Promise<GitResult<string>>;
export function runGit(
  cwd: string,
  args: readonly string[],
  opts: RunGitOptions & { encoding?: 'utf8' | 'buffer' } = {},
): Promise<GitResult<string | Buffer>> {
  const maxBuffer = opts.maxBuffer ?? MAX_GIT_OUTPUT;
  const ok = opts.okExitCodes ?? [0];
  const fullArgs = ['--no-pager', ...GIT_CONFIG_ARGS, ...args];
  return new Promise((resolve, reject) => {
    const fail = (reason: string, exitCode: number | null, stderr: string) => {
      const what = opts.describe ?? `git ${args.join(' ')}`;
      reject(new GitError(`${what}: ${reason}`, { args, exitCode, stderr }));
    };
    let child;
    try {
      child = spawn('git', fullArgs, { cwd, env: gitEnv(opts.env), stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
    } catch (e) {
      fail((e as Error).message, null, '');
      return;
    }
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let outLen = 0;
    let overflow = false;
    let settled = false;
    child.stdout.on('data', (c: Buffer) => {
      if (overflow) return;
      outLen += c.length;
      if (outLen > maxBuffer) {
        overflow = true;
        child.kill();
        return;
      }
      out.push(c);
    });
    child.stderr.on('data', (c: Buffer) => {
      if (err.length < 64) err.push(c);
    });
    child.on('error', (e: NodeJS.ErrnoException) => {
      if (settled) return;
      settled = true;
      const reason = e.code === 'ENOENT' ? 'git executable not found (or the directory does not exist)' : e.message;
      fail(reason, null, '');
    });
    child.on('close', (code, signal) => {
      if (settled) return;
      settled = true;
      const stderr = Buffer.concat(err).toString('utf8');
      if (overflow) return fail(`output exceeds ${maxBuffer} bytes`, code, stderr);
      if (code === null || !ok.includes(code)) {
        return fail(reasonFromStderr(stderr, code ?? (signal ? null : -1)), code, stderr);
      }
      const buf = Buffer.concat(out, outLen);
      resolve({ stdout: opts.encoding === 'buffer' ? buf : buf.toString('utf8'), stderr, exitCode: code });
    });
    // EPIPE when git exits before reading all of stdin is reported through 'close'.
    child.stdin.on('error', () => undefined);
    if (opts.input !== undefined) child.stdin.end(opts.input);
    else child.stdin.end();
  });
}
