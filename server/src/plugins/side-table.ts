// The wire form of change views sent to one sandbox process (issue 16, "≤ 5 % on a history
// walk"): each file side (text + symbols, most of a view's bytes) crosses the pipe ONCE per
// process, then is named by a number. In a history walk ~40 % of the sides are the version one
// commit shares with its neighbour; in the editor the base sides of every file and the head
// sides of the files not being typed in stay the same between keystrokes — so most of what a
// view used to carry was already on the other side. The process keeps what it was sent
// (deep-frozen, sandbox-bootstrap.ts) until the host tells it to forget, oldest first, past
// MAX_CHARS; both ends follow the host's bookkeeping, so they cannot disagree.
//
// Message body: `"sides":{"<id>":<side>,…},"forget":[<id>,…],"changes":[<view with side ids>,…]`.
import { sideText } from './change-view';
import type { ChangeSide, PluginChange } from './plugin-api';

/** Characters of side JSON one process keeps (its heap cap is 128 MiB by default). */
export const SIDE_TABLE_MAX_CHARS = 8 * 1024 * 1024;

export class SideTable {
  /** Sides the process holds, least recently used first. */
  private readonly held = new Map<ChangeSide, { id: number; chars: number }>();
  private chars = 0;
  private nextId = 1;

  constructor(private readonly maxChars = SIDE_TABLE_MAX_CHARS) {}

  /** How many sides the process holds (tests). */
  get size(): number {
    return this.held.size;
  }

  /** The body of one request about `views`; call in the order the messages are written. */
  encode(views: readonly PluginChange[]): string {
    const fresh: string[] = [];
    const used = new Set<ChangeSide>();
    const ref = (s: ChangeSide): number => {
      let h = this.held.get(s);
      if (h) this.held.delete(s); // re-inserted below: most recently used
      else {
        const json = sideText(s);
        h = { id: this.nextId++, chars: json.length };
        this.chars += h.chars;
        fresh.push(`"${h.id}":${json}`);
      }
      this.held.set(s, h);
      used.add(s);
      return h.id;
    };
    const changes = views.map((v) => {
      const files = v.files.map((f) => {
        let j = `{"status":${JSON.stringify(f.status)},"path":${JSON.stringify(f.path)}`;
        if (f.oldPath !== undefined) j += `,"oldPath":${JSON.stringify(f.oldPath)}`;
        if (f.before) j += `,"before":${ref(f.before)}`;
        if (f.after) j += `,"after":${ref(f.after)}`;
        return `${j},"hunks":${JSON.stringify(f.hunks)}}`;
      });
      return `{"files":[${files.join(',')}]}`;
    });
    const forget: number[] = [];
    for (const [s, h] of this.held) {
      if (this.chars <= this.maxChars) break;
      if (used.has(s)) continue; // this message names it
      this.held.delete(s);
      this.chars -= h.chars;
      forget.push(h.id);
    }
    return `"sides":{${fresh.join(',')}},"forget":[${forget.join(',')}],"changes":[${changes.join(',')}]`;
  }
}
