// The Δ pipeline over a change set (spec §3.2–§3.6): tokenize → normalize → fingerprint →
// energy → features → explain. Pure and synchronous; the CLI, the language server and the
// benchmarks all call this one function so the editor and CI see the same result.
import type { Policy } from '../config/policy';
import type { ChangeSet } from '../delta/change-set';
import { energy, type EnergyReport } from '../delta/energy';
import { features, type Features } from '../delta/features';
import { fingerprint, type Fingerprint } from '../delta/fingerprint';
import { normalize } from '../delta/normalize';
import type { DeltaToken } from '../delta/token';
import { runSources, type SourceError, type TokenSource } from '../delta/token-source';
import { tokenizeWithStats } from '../delta/tokenize';
import { explainChange, type ChangeExplanation, type ExplainPart } from '../explain/explanation';
import { explainSentences } from '../explain/sentences';

export interface DeltaResult {
  tokens: DeltaToken[];
  fingerprint: Fingerprint;
  energy: EnergyReport;
  features: Features;
  /**
   * The explanation of every ΔZ above (spec §3.6): `change` (whole change and modules, shares
   * adding up), `rows` = each module's parts flattened (share of that module's ΔZ), `sentences`.
   */
  explain: DeltaExplain;
  modules: string[];
  /** Files present in the change set but given no tokens (binary, too large). */
  skipped: { path: string; reason: string }[];
  /** Files whose head does not parse (their hunks stay unexplained). */
  parseErrors: { path: string; line: number; col: number; message: string }[];
  /** Generated or minified files analysed at file level, and why (engine/generated.ts). */
  generated: { path: string; reason: string }[];
  /** Token sources (DeltaOptions.sources) that threw: their tokens are missing from this result. */
  sourceErrors: SourceError[];
}

export interface DeltaExplain {
  change: ChangeExplanation;
  rows: ExplainPart[];
  sentences: string[];
}

export interface DeltaOptions {
  hotspots?: ReadonlySet<string>;
  sastCritical?: Record<string, number>;
  /** Tokens that do not come from AST diffs (SAST, plugins): delta/token-source.ts. */
  sources?: readonly TokenSource[];
}

export function computeDelta(cs: ChangeSet, policy: Policy, opts: DeltaOptions = {}): DeltaResult {
  const { tokens: ast, loc } = tokenizeWithStats(cs, policy);
  const extra = opts.sources?.length ? runSources(opts.sources, cs, policy) : { tokens: [], errors: [] };
  const tokens = normalize(extra.tokens.length ? [...ast, ...extra.tokens] : ast);
  const fp = fingerprint(tokens, true);
  const inputs = { hotspots: opts.hotspots, sastCritical: opts.sastCritical };
  const e = energy(tokens, inputs);
  const change = explainChange(tokens, inputs, e);
  const skipped: DeltaResult['skipped'] = [];
  const parseErrors: DeltaResult['parseErrors'] = [];
  const generated: DeltaResult['generated'] = [];
  const why = new Map<string, string>();
  for (const c of cs.changes) {
    const reason = c.new?.generated ?? c.old?.generated;
    if (!reason) continue;
    generated.push({ path: c.new?.path ?? c.old?.path ?? '', reason });
    for (const v of [c.old, c.new]) if (v) why.set(v.path, reason);
  }
  // Each token of a generated file says why it is file-level (meta only: not in the fingerprint).
  if (why.size) for (const t of tokens) if (why.has(t.file)) t.meta.generated = why.get(t.file);
  let touchedHot = false;
  for (const c of cs.changes) {
    const path = c.new?.path ?? c.old?.path ?? '';
    const sk = c.new?.skipped ?? c.old?.skipped;
    if (sk) {
      skipped.push({ path, reason: sk });
      continue;
    }
    if (opts.hotspots?.has(path)) touchedHot = true;
    for (const pe of c.new?.analysis?.parseErrors ?? []) parseErrors.push({ path, ...pe });
  }
  const modules = [...new Set(tokens.map((t) => t.module))].sort();
  return {
    tokens,
    fingerprint: fp,
    energy: e,
    features: features(tokens, fp, loc, cs.changes.length - skipped.length, touchedHot),
    explain: { change, rows: change.modules.flatMap((m) => m.parts), sentences: explainSentences(change) },
    modules,
    skipped,
    parseErrors,
    generated,
    sourceErrors: extra.errors,
  };
}
