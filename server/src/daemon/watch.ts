// Placeholder replaced by the working-tree watcher (see docs/warm-starts.md "The daemon").
export class WorktreeWatch {
  constructor(readonly root: string, readonly log: (line: string) => void) {}
  beforeRequest(): void {}
  describe(): string {
    return 'off';
  }
  close(): void {}
}
