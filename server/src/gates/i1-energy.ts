// I1 energy gate (spec §3.7): per module, ΔZ ≤ α ACCEPT; ≤ β REVIEW; ≤ ζ BLOCK; > ζ HARD_BLOCK,
// with α/β/ζ from the calibration state (spec §3.8) or its defaults. The explain is the
// module's sentence of the one explanation model (explain/, spec §3.6): its ΔZ, where it stands
// against the thresholds, and the shares that add up to it; the location is the top
// contributor, where the editor puts the diagnostic (spec §6). Pure.
import { thresholdsOf, type SpecState } from '../calibration/spec-state';
import { contribution } from '../delta/energy';
import type { DeltaToken } from '../delta/token';
import { isDevDependency, isDevManifestKey } from '../delta/dependencies';
import type { DeltaResult } from '../engine/delta-engine';
import { moduleSentence } from '../explain/sentences';
import { isTestPath } from '../symbols/analyze';
import { unshippedDirOf } from '../config/policy';
import { worst, type Decision, type GateLocation, type GateStatus } from './decision';

export interface I1Module {
  module: string;
  dz: number;
  alpha: number;
  beta: number;
  zeta: number;
  basis: string;
  decision: Decision;
  /**
   * False for a module whose changed files are all test files (spec §3.6 as amended), all
   * documentation, or all outside shipped code (docs/gates.md "What I1 gates"), and for an
   * integration merge: reported, not gated.
   */
  gated: boolean;
  /** `module core: ΔZ 0.41 above α 0.32 — MODIFY_SIG +0.30, ΔCC +0.11` (spec §3.6). */
  explain: string;
  /** The largest parts of the module's ΔZ: kind, share of ΔZ, raw contribution. */
  top: { kind: string; share: number; raw: number }[];
  location?: GateLocation & { symbol?: string; kind: string };
}

export interface I1Result {
  gate: 'I1';
  status: GateStatus;
  decision: Decision;
  modules: I1Module[];
}

export function levelOf(dz: number, t: { alpha: number; beta: number; zeta: number }): Decision {
  if (dz <= t.alpha) return 'ACCEPT';
  if (dz <= t.beta) return 'REVIEW';
  if (dz <= t.zeta) return 'BLOCK';
  return 'HARD_BLOCK';
}

export interface I1Options {
  /**
   * The change is an integration merge bringing this many commits (engine/integration-merges.ts):
   * each was judged where it was merged, so the sum is reported, not gated (docs/gates.md).
   */
  integrationMerge?: number;
}

export function evaluateI1(result: Pick<DeltaResult, 'tokens' | 'explain'>, state: SpecState | undefined, opts: I1Options = {}): I1Result {
  const modules: I1Module[] = [];
  for (const me of result.explain.change.modules) {
    const m = me.module;
    const t = thresholdsOf(state, m);
    const mine = result.tokens.filter((x) => x.module === m);
    // A module whose changed files are all test files is reported but not gated (§3.6 as amended);
    // so is one whose files are all documentation or all outside shipped code.
    const ungated = mine.length > 0 ? notShipped(mine) : undefined;
    const merged = opts.integrationMerge;
    const gated = !ungated && merged === undefined;
    const decision = gated ? levelOf(me.dz, t) : 'ACCEPT';
    const why = ungated ?? `an integration merge of ${merged} commit${merged === 1 ? '' : 's'} already merged on their own branch`;
    const topToken = topContributor(mine);
    modules.push({
      module: m, dz: me.dz, alpha: t.alpha, beta: t.beta, zeta: t.zeta, basis: t.basis, decision, gated,
      explain: gated ? moduleSentence(me, { decision, ...t }) : `${moduleSentence(me)} (${why}: reported, not gated)`,
      top: me.parts.filter((p) => p.share > 0).slice(0, 3).map((p) => ({ kind: p.kind, share: p.share, raw: p.raw })),
      location: topToken ? { file: topToken.file, line: topToken.range.line, endLine: topToken.range.endLine, symbol: topToken.symbol, kind: topToken.kind } : undefined,
    });
  }
  modules.sort((a, b) => (a.module < b.module ? -1 : 1));
  // Several modules: the worst decides (spec §3.7 aggregation).
  const decision = worst(modules.map((m) => m.decision));
  const status: GateStatus = modules.length === 0 ? 'N/A' : decision === 'ACCEPT' ? 'PASS' : decision === 'REVIEW' ? 'REVIEW' : 'FAIL';
  return { gate: 'I1', status, decision, modules };
}

/** Prose formats: a change to them alone is documentation, whatever directory holds it. */
const DOC_EXT = /\.(?:md|mdx|markdown|rst|adoc|asciidoc)$/i;

/**
 * Why a module's tokens are reported but not gated, or undefined when they are gated. I1 asks
 * whether a change is unusually large for the code a project ships (spec §3.7): a release
 * commit deleting forty changelog fragments (`.changeset/*.md`, prettier `changelog_unreleased/`),
 * regenerated reference docs, a docs site's dependency bump or a new example app is not — the
 * gates' backtests blocked such commits in 8 of 1,000 (docs/gates.md "What I1 gates").
 */
export function notShipped(tokens: readonly DeltaToken[]): string | undefined {
  if (tokens.every((x) => isTestPath(x.file))) return 'test files only';
  if (tokens.every((x) => DOC_EXT.test(x.file) || x.kind === 'ΔREADME')) return 'documentation only';
  const unshipped = (f: string) => unshippedDirOf(f) !== undefined;
  if (tokens.every((x) => unshipped(x.file))) return `no shipped code (${[...new Set(tokens.map((x) => `${unshippedDirOf(x.file)}/`))].sort().join(', ')})`;
  // The maintainers' tooling: devDependencies bumped, scripts or a tool's configuration edited,
  // the lockfile regenerated with them (ufo 0dbe44fc00, nodemailer 47a561714c: renovate's "update
  // dev dependencies" blocked by I1). A lockfile alone is not enough: an application ships it.
  const lock = (x: DeltaToken) => LOCKFILE.test(x.file);
  const rest = tokens.filter((x) => !lock(x));
  if (rest.length && rest.every((x) => isTestPath(x.file) || DOC_EXT.test(x.file) || x.kind === 'ΔREADME' || unshipped(x.file) || devTooling(x))) return 'development tooling only (dev dependencies, scripts, tool configuration)';
  return undefined;
}

/** Lockfiles npm, pnpm, yarn, bun, Poetry, uv, PDM and Pipenv write (not npm-shrinkwrap.json: it is published). */
const LOCKFILE = /(?:^|\/)(?:package-lock\.json|pnpm-lock\.yaml|yarn\.lock|bun\.lockb?|poetry\.lock|uv\.lock|pdm\.lock|Pipfile\.lock)$/;

/** A token of a manifest that only development reads (delta/dependencies.ts). */
function devTooling(x: DeltaToken): boolean {
  if (x.kind === 'ΔDEPENDENCY') return typeof x.meta.section === 'string' && isDevDependency(x.file, x.meta.section);
  const keys = x.meta.manifestKeys;
  return x.kind === 'MODIFY_FILE' && Array.isArray(keys) && keys.length > 0 && keys.every((k) => typeof k === 'string' && isDevManifestKey(x.file, k));
}

function topContributor(tokens: readonly DeltaToken[]): DeltaToken | undefined {
  let best: DeltaToken | undefined;
  let bestC = 0;
  for (const t of tokens) {
    const c = contribution(t);
    if (c > bestC) {
      best = t;
      bestC = c;
    }
  }
  return best;
}
