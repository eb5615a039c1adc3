// The SAST bridge's per-file results kept across `glx` runs (issue 14 "Warm starts"): the
// built-in scanners (secrets, tree-sitter pattern queries, deny rules) on one file change cost a
// parse of the head file and the query compilation — 0.3 s for webpack's lib/Compilation.js on
// every run, for the same two texts. Stored under `.glx/cache/sast/` (engine/warm-store.ts:
// content-addressed, a bad entry is a miss), keyed by the path, both texts' sha256, `full` and
// the security policy; the rules are part of the engine identity.
import { createHash } from 'node:crypto';
import { redactSecrets } from '../redact';
import type { ScanKey, ScanPersist, ScanResults } from '../sast/change-scan';
import { textKey, WarmStore } from '../engine/warm-store';
import { afterAnswer } from '../util/after-answer';

const isResults = (v: unknown): v is ScanResults => {
  const r = v as ScanResults;
  const finding = (f: unknown) => !!f && typeof (f as { ruleId?: unknown }).ruleId === 'string' && typeof (f as { file?: unknown }).file === 'string' && typeof (f as { line?: unknown }).line === 'number';
  return !!r && Array.isArray(r.head) && Array.isArray(r.base) && r.head.every(finding) && r.base.every((b) => !!b && finding(b.f) && typeof b.code === 'string');
};

/** The ScanPersist of a workspace's `.glx/`, or undefined when the cache is off (GLX_CACHE=0). */
export function sastCache(glxDir: string): ScanPersist | undefined {
  const store = WarmStore.forGlxDir(glxDir, 'sast');
  if (!store) return undefined;
  const policyKeys = new WeakMap<object, string>();
  const keyOf = (k: ScanKey) => {
    let pk = policyKeys.get(k.security);
    if (pk === undefined) {
      pk = createHash('sha256').update(JSON.stringify(k.security)).digest('hex');
      policyKeys.set(k.security, pk);
    }
    // Without pattern rules (a generated file): another entry; the usual key is unchanged.
    return `${k.path}\0${textKey(k.baseText)}\0${textKey(k.headText)}\0${k.full ? 1 : 0}\0${pk}${k.patterns === false ? '\0np' : ''}`;
  };
  return {
    get: (k) => store.get(keyOf(k), isResults),
    // After the answer in a daemon (util/after-answer.ts): the secret scan of both texts and the write.
    put: (k, results) => afterAnswer(() => {
      // spec §3.11: findings are redacted, but the normalized base code of a finding is source
      // text; a version any secret detector matches is not kept on disk at all.
      if (redactSecrets(k.headText) !== k.headText || (k.baseText !== undefined && redactSecrets(k.baseText) !== k.baseText)) return;
      store.put(keyOf(k), results);
    }),
  };
}
