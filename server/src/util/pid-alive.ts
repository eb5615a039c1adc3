// Whether a process id is alive on this host: the stale-lock and interrupted-run checks (EGDB's
// writer lock, the playbook runner's run log) ask the same question. EPERM means it exists but
// belongs to someone else — alive.
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
