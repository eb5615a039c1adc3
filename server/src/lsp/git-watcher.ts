// Watches the git state that moves the base or the change set: HEAD, the index, packed-refs
// and refs/** (commit, checkout, rebase, reset, fetch). Debounced: one callback after the
// events settle. fs.watch only; it never touches the repository.
import * as fs from 'node:fs';
import * as path from 'node:path';

const GIT_DIR_FILES = new Set(['HEAD', 'index', 'packed-refs', 'ORIG_HEAD', 'MERGE_HEAD', 'REBASE_HEAD', 'CHERRY_PICK_HEAD']);

export class GitWatcher {
  private watchers: fs.FSWatcher[] = [];
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly gitDir: string,
    private readonly commonDir: string,
    private readonly onMove: () => void,
    private readonly settleMs = 120,
  ) {}

  start(): void {
    const watchDir = (dir: string, filter?: (name: string) => boolean, recursive = false) => {
      try {
        const w = fs.watch(dir, { recursive, persistent: false }, (_event, name) => {
          if (filter && (!name || !filter(String(name)))) return;
          this.fire();
        });
        w.on('error', () => undefined);
        this.watchers.push(w);
      } catch {
        /* a missing directory (no refs yet) is not an error */
      }
    };
    watchDir(this.gitDir, (n) => GIT_DIR_FILES.has(n));
    if (this.commonDir !== this.gitDir) watchDir(this.commonDir, (n) => n === 'packed-refs');
    // Lock files appear and vanish around every ref update; the rename onto the ref fires too.
    watchDir(path.join(this.commonDir, 'refs'), (n) => !n.endsWith('.lock'), true);
  }

  private fire(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.onMove();
    }, this.settleMs);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const w of this.watchers) w.close();
    this.watchers = [];
  }
}
