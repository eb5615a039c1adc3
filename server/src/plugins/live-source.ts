// Plugins in the editor (issue 16): the language server's analysis is synchronous and runs on
// every pause in typing (engine/workspace-host.ts), the sandbox is asynchronous. This source
// bridges the two: asked for a change set, it answers at once from the results of earlier
// sandbox runs — exactly when that change set was already run, else the last tokens of the
// files whose both sides are unchanged — and starts a run for the new change set in the
// background (one at a time; the newest waiting one next). When a run finishes, `onUpdate`
// tells the server to recompute and republish, which then finds the answer ready. Typing in a
// file no plugin wants costs a hash per changed file and no process round-trip (the host
// skips plugins whose view is empty, and caches answers per view).
import type { Policy } from '../config/policy';
import type { ChangeSet, FileVersion } from '../delta/change-set';
import type { DeltaToken } from '../delta/token';
import type { TokenSource } from '../delta/token-source';
import { sha256Hex } from '../util/hash';
import type { PluginHost, PluginRun } from './plugin-host';

const READY_MAX = 16;

const textHash = new WeakMap<FileVersion, string>();
function versionKey(v: FileVersion | undefined): string {
  if (!v) return '-';
  let h = textHash.get(v);
  if (h === undefined) {
    h = `${v.path}:${v.text === undefined ? v.skipped ?? 'none' : sha256Hex(v.text)}`;
    textHash.set(v, h);
  }
  return h;
}

/** The change set's identity for plugins: every file's both sides, by content. */
function keysOf(cs: ChangeSet): { key: string; files: Map<string, string> } {
  const files = new Map<string, string>();
  for (const c of cs.changes) files.set(c.new?.path ?? c.old?.path ?? '', `${c.status}|${versionKey(c.old)}|${versionKey(c.new)}`);
  return { key: sha256Hex([...files.values()].join('\n')), files };
}

const clone = (t: DeltaToken): DeltaToken => ({ ...t, range: { ...t.range }, meta: { ...t.meta } });

export class LivePluginSource implements TokenSource {
  readonly id = 'plugins';
  private readonly ready = new Map<string, DeltaToken[]>();
  private last?: { files: Map<string, string>; tokens: DeltaToken[] };
  private inflight = false;
  private queued?: { key: string; cs: ChangeSet; policy: Policy };
  /** Settles when no run is in flight (tests, benchmarks). */
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly host: PluginHost, private readonly onUpdate: (run: PluginRun) => void) {}

  tokens(cs: ChangeSet, policy: Policy): DeltaToken[] {
    const { key, files } = keysOf(cs);
    const hit = this.ready.get(key);
    if (hit) {
      this.last = { files, tokens: hit };
      return hit.map(clone);
    }
    this.request(key, cs, policy);
    const last = this.last;
    if (!last) return [];
    // Until the sandbox answers: what is still exactly valid — tokens of files unchanged on both sides.
    return last.tokens.filter((t) => last.files.get(t.file) !== undefined && last.files.get(t.file) === files.get(t.file)).map(clone);
  }

  /** Whether the answer for `cs` is ready (the next tokens() call returns it exactly). */
  isReady(cs: ChangeSet): boolean {
    return this.ready.has(keysOf(cs).key);
  }

  /** Resolves once no sandbox run is in flight or waiting. */
  idle(): Promise<void> {
    if (!this.inflight && !this.queued) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private request(key: string, cs: ChangeSet, policy: Policy): void {
    if (this.inflight) {
      this.queued = { key, cs, policy };
      return;
    }
    this.inflight = true;
    void this.host
      .run(cs, policy)
      .then(
        (run) => {
          if (this.ready.size >= READY_MAX) this.ready.delete(this.ready.keys().next().value as string);
          this.ready.set(key, run.tokens);
          this.onUpdate(run);
        },
        () => undefined, // run() reports plugin failures as notes; anything else leaves no answer
      )
      .finally(() => {
        this.inflight = false;
        const q = this.queued;
        this.queued = undefined;
        if (q && !this.ready.has(q.key)) this.request(q.key, q.cs, q.policy);
        else if (!this.inflight) for (const w of this.idleWaiters.splice(0)) w();
      });
  }
}
