// Focused, deterministic cases for the daemon's watcher (daemon/watch.ts; docs/warm-starts.md
// "Skipping the working-tree scan", "Freshness"): each one is a sequence of working-tree
// operations after which the daemon's `glx delta --json` must equal the in-process one, byte
// for byte (stdout but its generated_utc, stderr, exit code, the token artifact). Each case
// names the way the daemon's view could go stale; every case failed before its fix.
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { TempRepo } from '../helpers/temp-repo';
import { comparable, daemonEnv, glxRun, privateSocketDir, startForeground } from '../helpers/daemon';

function source(n: number, js = false): string {
  const t = js ? '' : ': number';
  return `export function f${n}(x${t})${t} {\n  return x * ${n};\n}\n`;
}

interface Ctx {
  repo: TempRepo;
  env: NodeJS.ProcessEnv;
  /** glx delta through the daemon then in-process: asserts they are identical, returns the in-process stdout. */
  same(what: string): string;
}

async function withDaemon(setup: (repo: TempRepo) => void, body: (ctx: Ctx) => Promise<void> | void): Promise<void> {
  const repo = new TempRepo('glx-dmn-race-');
  const sockets = privateSocketDir();
  const env = daemonEnv(sockets);
  let daemon: ChildProcess | undefined;
  try {
    setup(repo);
    daemon = await startForeground(repo.dir, env);
    const tokens = () => fs.readFileSync(path.join(repo.dir, '.glx', 'delta.tokens.v1.json'), 'utf8');
    const same = (what: string) => {
      const d = comparable(glxRun(['delta', '--json'], repo.dir, env));
      const tokensD = d.code === 0 ? tokens() : '';
      const p = comparable(glxRun(['delta', '--json'], repo.dir, { ...env, GLX_DAEMON: '0' }));
      const tokensP = p.code === 0 ? tokens() : '';
      assert.ok(d.served, `the daemon served (${what})`);
      assert.deepEqual({ ...d, served: true, tokens: tokensD }, { ...p, served: true, tokens: tokensP }, `daemon ≡ in-process ${what}`);
      return p.stdout;
    };
    await body({ repo, env, same });
  } finally {
    daemon?.kill('SIGTERM');
    repo.cleanup();
    fs.rmSync(sockets, { recursive: true, force: true });
  }
}

test('an ignored directory that a checkout fills with tracked files is watched (its edits are seen)', { timeout: 120_000 }, async () => {
  await withDaemon(
    (repo) => {
      repo.commit({ 'src/a.ts': source(1) }, 'base');
      repo.git('checkout', '-q', '-b', 'other');
      repo.commit({ 'src/deep/e.ts': source(6) }, 'other');
      repo.git('checkout', '-q', 'main');
    },
    ({ repo, same }) => {
      // On main, src/deep/ holds an untracked file only; then it is ignored: the watch set
      // rebuilt for the new rules leaves it out (ignored, no tracked file in it).
      repo.write('src/deep/e.ts', source(7));
      same('after an untracked file');
      repo.write('.gitignore', 'src/deep/\n');
      same('after ignoring src/deep/');
      // The other branch tracks src/deep/e.ts: the checkout makes it a tracked file of an ignored directory.
      repo.git('checkout', '-q', '-f', 'other');
      same('after the checkout');
      repo.write('src/deep/e.ts', repo.read('src/deep/e.ts') + source(8));
      const out = same('after editing the tracked file of the ignored directory');
      assert.match(out, /src\/deep\/e\.ts/, 'the edit is part of the answer');
    },
  );
});
