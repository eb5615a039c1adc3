// Use case: backtest the gates on the branch's own history (issue 17, spec §3.8 "What the gates
// must achieve on real code"). Each of the last N first-parent commits is judged the way CI
// judges it (`glx invariants --ci --commit C`): Δ of `C^..C` with the hot spots of the window
// before it, I1 against thresholds calibrated ONLY on the commits before it (the calibration
// window ending at C^: §3.8 window of N commits / D days, measured from C^'s commit time; the
// defaults α 0.35 / β 0.50 / ζ 0.70 while fewer than 20 samples), I2 over the change set, I3 over
// the base ∪ head layout, I4 N/A (no recorded reports for past commits), then the one aggregation
// `decideGates`. Every BLOCK/HARD_BLOCK is explained from the one explanation model (explain/)
// and the gates' lines (gates/gate-lines.ts). `glx gates backtest`, the palette command and
// `npm run bench:backtest` call this.
//
// Samples are the per-change ΔZ over all tokens (the `*` entry of spec_state.json: one set of
// thresholds for every module, as `glx calibrate update` without --by-module keeps them).
import { ALL_MODULES } from '../calibration/calibrate';
import { reachSamples, windowLength } from '../calibration/window';
import { publicSurfaceFor } from './public-surface-at';
import { emptyState, moduleState, thresholdsOf, type Sample, type SpecState } from '../calibration/spec-state';
import type { DeltaToken } from '../delta/token';
import { countLines } from '../mosaic/layout';
import { hotspotsFromCounts } from '../engine/hotspots';
import { readBaseFiles, layoutOf } from '../engine/base-files';
import { walkHistory } from '../engine/history';
import { integrationMerges } from '../engine/integration-merges';
import { tokenShare } from '../explain/explanation';
import { decideGates, naI4 } from '../gates/evaluate';
import { evaluateI2 } from '../gates/i2-contracts';
import { declaredBreakingIn } from './evaluate-change';
import { i1ModuleLine, i2PortLine, i3Line } from '../gates/gate-lines';
import type { Decision } from '../gates/decision';
import { evaluateI3 } from '../mosaic/i3';
import { isIgnoredPath } from '../git';
import type { PluginHost } from '../plugins/plugin-host';
import { openWalkPlugins } from './walk-plugins';
import type { Workspace } from './workspace';
import { throwIfCancelled } from '../errors';

export const BACKTEST_SCHEMA = 'glx.backtest.v1';
export const DECISIONS: readonly Decision[] = ['ACCEPT', 'REVIEW', 'BLOCK', 'HARD_BLOCK'];

export interface BacktestOptions {
  /** How many first-parent commits to judge (newest last). */
  commits: number;
  /** Revision whose first-parent history is judged (default HEAD). */
  rev?: string;
  onProgress?: (done: number, total: number) => void;
  /** Cancels between commits (CancelledError). */
  signal?: AbortSignal;
  /** Plugins on the walk (issue 16: each commit judged with the tokens CI judges it with); false in an untrusted workspace. */
  plugins?: PluginHost | false;
  /** Where a plugin quarantined during the walk is reported. */
  warn?: (line: string) => void;
}

/** One responsible token: its kind, symbol/file and its share of its module's ΔZ (explain/). */
export interface BacktestToken {
  kind: string;
  file: string;
  symbol?: string;
  module: string;
  share: number;
}

/** Why one gate blocked: the gate's line (gate-lines.ts) and the tokens behind it. */
export interface BacktestFinding {
  gate: 'I1' | 'I2' | 'I3';
  decision: Decision;
  /** The gate's line as every surface prints it. */
  line: string;
  tokens: BacktestToken[];
}

export interface BacktestCommit {
  sha: string;
  subject: string;
  ts: number;
  decision: Decision;
  decidedBy: string | null;
  /** ΔZ of the whole change. */
  dz: number;
  /** How many calibration samples the thresholds came from (< 20: defaults). */
  samples: number;
  thresholds: { alpha: number; beta: number; zeta: number; basis: string };
  /** For BLOCK and worse: one sentence a tech lead can read. */
  sentence?: string;
  findings: BacktestFinding[];
  /** Every I2 FAIL port line (also for commits another gate decided). */
  i2Fails: string[];
  /** Overrides applied (a breaking change the commit declared: I2 FAIL reviewed, not blocked). */
  overrides?: string[];
}

export interface BacktestResult {
  schema: typeof BACKTEST_SCHEMA;
  rev: string;
  head: string;
  judged: number;
  distribution: Record<Decision, number>;
  /** Oldest first. */
  commits: BacktestCommit[];
  elapsed_ms: number;
}

const TOP_TOKENS = 3;

export async function backtestGates(ws: Workspace, opts: BacktestOptions): Promise<BacktestResult> {
  const started = Date.now();
  const rev = opts.rev ?? 'HEAD';
  const head = await ws.repo.revParse(rev, rev);
  const cal = ws.policy.config.calibration;
  const W = cal.windowCommits;
  const days = cal.windowDays;
  // The judged commits plus the calibration window before the oldest of them, newest first.
  const history = await ws.repo.logWithChanges(head, { maxCount: opts.commits + W });
  const index = new Map(history.map((h, i) => [h.commit.sha, i] as const));
  /** Commits inside the window ending at the parent of history[i] (newest first). */
  const windowOf = (i: number) => {
    const times = history.slice(i + 1, i + 1 + W).map((h) => h.commit.ts);
    return Array.from({ length: windowLength(times, { commits: W, days }) }, (_, k) => i + 1 + k);
  };
  const hotspotsFor = (sha: string) => {
    const i = index.get(sha);
    if (i === undefined) return undefined;
    const w = windowOf(i);
    const churn = new Map<string, number>();
    for (const j of w) for (const f of history[j].files) {
      const p = f.newPath ?? f.oldPath;
      if (p) churn.set(p, (churn.get(p) ?? 0) + 1);
    }
    return hotspotsFromCounts(churn, w.length);
  };

  const judgedCount = Math.min(opts.commits, history.length);
  // Integration merges (`Merge stable into main`): I1 reports, does not gate, and their ΔZ is no
  // sample — the sum of many changes, each judged on its own branch (docs/gates.md).
  const merges = await integrationMerges(ws.repo, history.map((h) => h.commit));
  // Line counts of every file at the newest commit; walking back, each commit's parent is its
  // child's layout with the child's changes undone (no tree read per commit).
  const locs = new Map((await readBaseFiles(ws.repo, head)).locs);
  const dzBy = new Map<string, number | undefined>();
  const pending: { i: number; make: (state: SpecState | undefined, samples: number) => BacktestCommit }[] = [];
  let done = 0;
  // The plugins on every commit (issue 16): judged with the tokens CI judges it with.
  const plugins = openWalkPlugins(ws, { plugins: opts.plugins, by: 'backtest', warn: opts.warn });
  try {
    for await (const { commit, result, cs } of walkHistory(ws.repo, head, ws.policy, { maxCount: history.length, hotspotsFor, ...(plugins.batchSources ? { batchSources: plugins.batchSources } : {}) })) {
      const i = index.get(commit.sha)!;
      dzBy.set(commit.sha, result.tokens.length && !merges.has(commit.sha) ? result.explain.change.dz : undefined);
      // Undo this commit: its parent's line counts.
      for (const c of cs.changes) if (c.new) locs.delete(c.new.path);
      for (const c of cs.changes) {
        if (!c.old || c.status === 'A' || c.status === 'C' || isIgnoredPath(c.old.path)) continue;
        if (c.old.skipped || c.old.text === undefined) locs.delete(c.old.path);
        else locs.set(c.old.path, countLines(c.old.text));
      }
      if (i < judgedCount) {
        const tau = ws.policy.config.i3.tau;
        const I3 = evaluateI3({ files: layoutOf({ locs }, cs, ws.policy), changeSet: cs, tokens: result.tokens, tau });
        const parent = history[i + 1]?.commit.sha;
        const publicSurface = parent ? await publicSurfaceFor(ws.repo, parent, cs, result.tokens, ws.policy) : undefined;
        // A break the commit declares (`feat!:`, `BREAKING CHANGE:`) is reviewed, not blocked, as in CI
        // (app/evaluate-change.ts): the messages of C^..C, read only when I2 fails.
        const I2 = evaluateI2(cs, result.tokens, ws.policy, publicSurface);
        const declaredBreaking = I2.status === 'FAIL' && commit.parents.length ? await declaredBreakingIn(ws, commit.parents[0], commit.sha) : undefined;
        pending.push({
          i,
          make: (state, samples) => {
            const g = decideGates({ result, cs, policy: ws.policy, state, I3, I4: naI4(), publicSurface, integrationMerge: merges.get(commit.sha), declaredBreaking, I2 });
            const t = thresholdsOf(state, ALL_MODULES);
            const findings: BacktestFinding[] = [];
            const explained = new Map(result.explain.change.modules.map((m) => [m.module, m] as const));
            const tokensOf = (pred: (t: DeltaToken) => boolean): BacktestToken[] =>
              result.tokens
                .filter(pred)
                .map((x) => ({ kind: x.kind, file: x.file, symbol: x.symbol, module: x.module, share: round2(tokenShare(x, explained.get(x.module))) }))
                .filter((x) => x.share > 0) // a decrease (weight 0) explains nothing of the ΔZ
                .sort((a, b) => b.share - a.share)
                .slice(0, TOP_TOKENS);
            for (const m of g.I1.modules) {
              if (m.decision !== 'BLOCK' && m.decision !== 'HARD_BLOCK') continue;
              findings.push({ gate: 'I1', decision: m.decision, line: i1ModuleLine(m), tokens: tokensOf((x) => x.module === m.module) });
            }
            const fails = g.I2.ports.filter((p) => p.verdict === 'FAIL');
            // A declared break lowered I2 (an override): its ports are not what blocks.
            const i2Blocks = g.aggregate.gates.find((x) => x.gate === 'I2')?.effective === 'BLOCK';
            for (const p of i2Blocks ? fails : []) {
              findings.push({ gate: 'I2', decision: 'BLOCK', line: i2PortLine(p), tokens: tokensOf((x) => x.file === p.location.file && (x.symbol === p.symbol || x.symbol?.startsWith(`${p.symbol}.`) === true)) });
            }
            if (g.I3.status === 'FAIL') findings.push({ gate: 'I3', decision: 'BLOCK', line: i3Line(g.I3), tokens: [] });
            const bad = g.decision === 'BLOCK' || g.decision === 'HARD_BLOCK';
            return {
              sha: commit.sha, subject: commit.subject, ts: commit.ts, decision: g.decision, decidedBy: g.aggregate.decidedBy ?? null,
              dz: result.explain.change.dz, samples, thresholds: { alpha: t.alpha, beta: t.beta, zeta: t.zeta, basis: t.basis },
              ...(bad ? { sentence: sentenceOf(g.decision, findings) } : {}),
              findings: bad ? findings : [], i2Fails: fails.map(i2PortLine),
              ...(g.aggregate.overrides.length ? { overrides: g.aggregate.overrides.map((o) => `${o.gate} ${o.from}→${o.to}: ${o.reason}`) } : {}),
            };
          },
        });
      }
      opts.onProgress?.(++done, history.length);
      throwIfCancelled(opts.signal, 'gates backtest');
    }
  } finally {
    plugins.close();
  }

  // Chronological judgement: each commit against the samples of the window before it (§3.8).
  const commits: BacktestCommit[] = [];
  for (const p of pending.sort((a, b) => b.i - a.i)) {
    const samples: Sample[] = [];
    // The window reaches back to MIN_SAMPLES commits with a sample, as calibration does (window.ts reachSamples).
    const first = p.i + 1;
    const sampled = (j: number) => dzBy.get(history[first + j].commit.sha) !== undefined;
    const length = reachSamples(windowOf(p.i).length, Math.min(W, history.length - first), sampled);
    for (let j = first; j < first + length; j++) {
      const c = history[j].commit;
      const dz = dzBy.get(c.sha);
      if (dz !== undefined) samples.push({ sha: c.sha, ts: c.ts, dz });
    }
    const state: SpecState = { ...emptyState({ commits: W, days }, cal.lambda), modules: { [ALL_MODULES]: moduleState(samples, cal.lambda) } };
    commits.push(p.make(state, samples.length));
  }
  const distribution = Object.fromEntries(DECISIONS.map((d) => [d, 0])) as Record<Decision, number>;
  for (const c of commits) distribution[c.decision]++;
  return { schema: BACKTEST_SCHEMA, rev, head, judged: commits.length, distribution, commits, elapsed_ms: Date.now() - started };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** One sentence why a commit was blocked, from the deciding gates' findings. */
export function sentenceOf(decision: Decision, findings: readonly BacktestFinding[]): string {
  const i2 = findings.filter((f) => f.gate === 'I2');
  const i1 = findings.filter((f) => f.gate === 'I1');
  const i3 = findings.find((f) => f.gate === 'I3');
  const parts: string[] = [];
  if (i2.length) parts.push(`${i2.length} public API contract${i2.length === 1 ? '' : 's'} broken (${i2.map((f) => f.line.replace(/^I2 FAIL: public /, '')).slice(0, 2).join('; ')}${i2.length > 2 ? '; …' : ''})`);
  if (i3) parts.push('part of the change is not explained by semantic tokens (I3)');
  // I1: the module sentence itself (spec §3.6: its parts are per kind and add up to the ΔZ). It
  // used to name the three largest single tokens as "mostly …" — +0.05 each on textual 58288077d2,
  // whose ΔZ 0.94 was mostly MODIFY_BODY (+0.41 over many methods): two stories for one number.
  // The largest tokens stay listed under the finding.
  for (const f of i1) parts.push(f.line.replace(/^I1 \S+: /, ''));
  return `${decision}: ${parts.join('; and ') || 'see the gates'}.`;
}

/** The backtest as markdown: what a tech lead reads before turning the gates on. */
export function backtestMarkdown(r: BacktestResult): string {
  const n = r.judged || 1;
  const pct = (k: number) => `${((100 * k) / n).toFixed(1)} %`;
  const blocked = r.commits.filter((c) => c.decision === 'BLOCK' || c.decision === 'HARD_BLOCK');
  const lines = [
    `# Gates backtest — last ${r.judged} first-parent commits of ${r.rev} (${r.head.slice(0, 10)})`,
    '',
    'Each commit judged as CI would have judged it: thresholds calibrated only on the commits before it (defaults while fewer than 20 samples), I4 not replayed.',
    '',
    '| decision | commits | share |',
    '|---|---:|---:|',
    ...DECISIONS.map((d) => `| ${d} | ${r.distribution[d]} | ${pct(r.distribution[d])} |`),
    '',
    `Targets (spec §3.8): HARD_BLOCK ≤ 1 % — ${pct(r.distribution.HARD_BLOCK)}; BLOCK or worse ≤ 5 % — ${pct(r.distribution.BLOCK + r.distribution.HARD_BLOCK)}.`,
    '',
  ];
  if (!blocked.length) lines.push('No commit would have been blocked.');
  else {
    lines.push(`## Blocked commits (${blocked.length})`, '');
    for (const c of blocked) {
      lines.push(`### ${c.sha.slice(0, 10)} ${c.subject}`, '', c.sentence ?? c.decision, '');
      for (const f of c.findings) {
        lines.push(`- ${f.line}`);
        for (const t of f.tokens) lines.push(`  - ${t.kind} ${t.symbol ?? ''} (${t.file}) share +${t.share.toFixed(2)}`);
      }
      lines.push('');
    }
  }
  const declared = r.commits.filter((c) => c.overrides?.length);
  if (declared.length) {
    lines.push(`## Breaking changes declared by their commit (${declared.length}): reviewed, not blocked`, '');
    for (const c of declared) lines.push(`- ${c.sha.slice(0, 10)} ${c.subject} — ${c.decision}; ${c.overrides!.join('; ')}`);
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

/** Plain text for the terminal. */
export function backtestText(r: BacktestResult): string {
  const n = r.judged || 1;
  const pct = (k: number) => `${((100 * k) / n).toFixed(1)}%`;
  const out = [`backtest: ${r.judged} first-parent commits of ${r.rev} (${r.head.slice(0, 10)}) judged as CI would have, in ${(r.elapsed_ms / 1000).toFixed(1)} s`];
  out.push(`  ${DECISIONS.map((d) => `${d} ${r.distribution[d]} (${pct(r.distribution[d])})`).join(' · ')}`);
  for (const c of r.commits) {
    if (c.decision !== 'BLOCK' && c.decision !== 'HARD_BLOCK') continue;
    out.push(`${c.sha.slice(0, 10)} ${c.subject}`);
    out.push(`  ${c.sentence}`);
    for (const f of c.findings) {
      out.push(`  ${f.line}`);
      for (const t of f.tokens) out.push(`    ${t.kind} ${t.symbol ?? ''} (${t.file}) +${t.share.toFixed(2)}`);
    }
  }
  for (const c of r.commits) if (c.overrides?.length) out.push(`${c.sha.slice(0, 10)} ${c.subject}`, `  ${c.decision}: ${c.overrides.join('; ')}`);
  return `${out.join('\n')}\n`;
}
