// The engine's extension point for Δ tokens that do not come from AST diffs (spec §3.11 SAST
// `sec` tokens, §3.13 plugin tokens). A source sees the change set the AST tokenizer saw and
// returns tokens in the same record shape; computeDelta merges them *before* normalize, so they
// are fused, fingerprinted, weighed, explained and gated exactly like built-in tokens.
//
// Sources are synchronous because computeDelta is (it runs on every keystroke). Work that is
// asynchronous or isolated (a scanner process, a sandboxed plugin) runs first and hands its
// finished tokens over with `precomputedSource`.
import type { Policy } from '../config/policy';
import type { ChangeSet } from './change-set';
import type { DeltaToken } from './token';

export interface TokenSource {
  /** Stable id, shown when the source fails ("sast", "plugin:acme-routes"). */
  readonly id: string;
  tokens(cs: ChangeSet, policy: Policy): DeltaToken[];
}

/** A source that failed: its tokens are left out and the analysis says so (never silently). */
export interface SourceError {
  source: string;
  message: string;
}

/** Wraps tokens computed elsewhere (another process, an earlier async step) as a source. */
export function precomputedSource(id: string, tokens: readonly DeltaToken[]): TokenSource {
  return { id, tokens: () => tokens.map((t) => ({ ...t, meta: { ...t.meta }, range: { ...t.range } })) };
}

/** Runs every source; one that throws adds a SourceError instead of failing the analysis. */
export function runSources(sources: readonly TokenSource[], cs: ChangeSet, policy: Policy): { tokens: DeltaToken[]; errors: SourceError[] } {
  const tokens: DeltaToken[] = [];
  const errors: SourceError[] = [];
  for (const s of sources) {
    try {
      tokens.push(...s.tokens(cs, policy));
    } catch (e) {
      errors.push({ source: s.id, message: e instanceof Error ? e.message : String(e) });
    }
  }
  return { tokens, errors };
}
