// Real temporary git repositories for tests. Every test that needs git makes its own repo
// under the OS temp dir; nothing is mocked.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export class TempRepo {
  readonly dir: string;
  constructor(prefix = 'glx-test-') {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    this.git('init', '-q', '-b', 'main');
    this.git('config', 'user.email', 'test@example.com');
    this.git('config', 'user.name', 'GlitchLab Test');
    this.git('config', 'commit.gpgsign', 'false');
    this.git('config', 'core.autocrlf', 'false');
  }

  git(...args: string[]): string {
    return execFileSync('git', args, {
      cwd: this.dir,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z' },
    }).trim();
  }

  write(rel: string, content: string | Buffer): void {
    const abs = path.join(this.dir, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    const before = fs.statSync(abs, { throwIfNoEntry: false });
    fs.writeFileSync(abs, content);
    // A rewrite of the same size within the same second as the last commit can look unchanged to
    // git's stat check (racy git): `replicas: 2` → `replicas: 3` was missed about once in six
    // runs. Moving the mtime past the old one makes git read the content.
    if (before) {
      const t = new Date(Math.max(Date.now(), before.mtimeMs + 2000));
      fs.utimesSync(abs, t, t);
    }
  }

  read(rel: string): string {
    return fs.readFileSync(path.join(this.dir, rel), 'utf8');
  }

  remove(rel: string): void {
    fs.rmSync(path.join(this.dir, rel), { force: true, recursive: true });
  }

  /** Write files (null deletes) and commit everything; returns the new commit sha. */
  commit(files: Record<string, string | Buffer | null>, message = 'change'): string {
    for (const [rel, content] of Object.entries(files)) {
      if (content === null) this.remove(rel);
      else this.write(rel, content);
    }
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD');
  }

  cleanup(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
