// One `git cat-file --batch` per repository for the life of a long-lived process that opens the
// repository again for every request (issue 14, sixth pass: the daemon, docs/warm-starts.md "The
// daemon"): starting the child is a fork of a large process (~7 ms a request on webpack). Objects
// are immutable, and cat-file finds objects written after it started (loose objects are looked up
// on disk, packs re-scanned on a miss), so a kept reader answers what a new one would. Off unless
// the daemon turns it on; GitRepo.close() then leaves the shared reader running.
import { BlobReader } from './cat-file';

let pool: Map<string, BlobReader> | undefined;

export function shareBlobReaders(on: boolean): void {
  if (!on && pool) for (const r of pool.values()) void r.close();
  pool = on ? (pool ?? new Map()) : undefined;
}

/** The shared reader of `root`, or undefined when sharing is off. */
export function sharedBlobReader(root: string): BlobReader | undefined {
  if (!pool) return undefined;
  let r = pool.get(root);
  if (!r) pool.set(root, (r = new BlobReader(root)));
  return r;
}
