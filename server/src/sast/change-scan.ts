// The bridge's view of one change (spec §3.11 "on added/modified lines", §3.3 `sec` tokens,
// §3.6 sastCritical): the built-in scanners on the changed lines of every head file (the whole
// file with `full`), the same scanners on the base's changed lines (new / worse / fixed), plus
// imported findings, prioritized into NF records; then the `sec` tokens and the per-module
// count of CRITICAL findings on changed lines that computeDelta takes. Synchronous and
// I/O-free (the parsers must be loaded): the CLI and the language server both call it before
// computeDelta and hand the tokens over with precomputedSource (delta/token-source.ts).
import type { Policy } from '../config/policy';
import type { ChangeSet, FileChange } from '../delta/change-set';
import type { DeltaToken } from '../delta/token';
import { TEST_FILE_FACTOR } from '../delta/tokenize-context';
import { isTestPath } from '../symbols/analyze';
import type { FileAnalysis } from '../symbols/types';
import { splitLines, versionHunks, versionLines } from '../util/line-diff';
import { lineIndexOf, type LineIndex } from './line-index';
import { prioritize, type ChangedLines } from './prioritize';
import { normalizeWs } from '../util/hash';
import { RULES } from './rules';
import { scanDeny } from './scan-deny';
import { scanPatterns } from './scan-patterns';
import { scanSecrets } from './scan-secrets';
import { defaultSecurityPolicy, type SecurityPolicy } from './security-policy';
import type { NormalizedFinding, RawFinding } from './types';

export interface ChangeScanOptions {
  security?: SecurityPolicy;
  /** Scan whole head files, not only their changed lines. */
  full?: boolean;
  /** Findings of foreign tools (ingest.ts), bound to this change like the built-in ones. */
  imported?: RawFinding[];
  /** The mosaic cell id of a head line (mosaic/findings.ts mosaicCellOf): NF `mosaic_cell`. */
  cellOf?: (file: string, line: number) => string | undefined;
  /**
   * Per-file scanner results kept across processes (issue 14 "Warm starts"; the CLI's
   * app/sast-cache.ts under `.glx/cache/sast/`): this module stays I/O-free, the caller's store
   * does the reading and writing.
   */
  persist?: ScanPersist;
}

/** What one file's built-in scan depends on: the path, both texts, `full`, the security policy. */
export interface ScanKey {
  path: string;
  baseText: string | undefined;
  headText: string;
  full: boolean;
  security: SecurityPolicy;
  /** False for a generated or minified file (see `builtIn`): the pattern rules did not run. */
  patterns?: boolean;
}

/** The built-in scanners' raw results for one file change (head findings, base findings with their normalized code). */
export interface ScanResults {
  head: RawFinding[];
  base: { f: RawFinding; code: string }[];
}

export interface ScanPersist {
  get(key: ScanKey): ScanResults | undefined;
  put(key: ScanKey, results: ScanResults): void;
}

export interface ChangeScan {
  findings: NormalizedFinding[];
  /** Built-in findings of the base that the head no longer has (state fixed). */
  fixed: NormalizedFinding[];
  tokens: DeltaToken[];
  /** CRITICAL, unsuppressed findings on changed lines, per module (ΔZ input, §3.6). */
  sastCritical: Record<string, number>;
  /** Files scanned and lines scanned (for the figures). */
  stats: { files: number; lines: number };
}

/** Added and modified head lines of one file change (in-process diff: CLI and editor alike). */
export function changedLinesOf(c: FileChange): { lines: ChangedLines; oldLines: Set<number> } {
  const added = new Set<number>();
  const modified = new Set<number>();
  const oldLines = new Set<number>();
  const head = c.new?.text;
  if (head === undefined) return { lines: { added, modified }, oldLines };
  if (!c.old || c.old.text === undefined || c.status === 'A') {
    const n = versionLines(c.new!).length;
    for (let l = 1; l <= n; l++) added.add(l);
    return { lines: { added, modified }, oldLines };
  }
  // Memoised per version pair (util/line-diff.ts): the tokenizer and I3 diff the same pair.
  for (const h of versionHunks(c.old, c.new)) {
    const into = h.oldLines === 0 ? added : modified;
    for (let l = h.newStart; l < h.newStart + h.newLines; l++) into.add(l);
    for (let l = h.oldStart; l < h.oldStart + h.oldLines; l++) oldLines.add(l);
  }
  return { lines: { added, modified }, oldLines };
}

// Per-file results of the built-in scanners for the last (base, head) texts seen: the editor's
// full snapshot after a pause re-scans only the files whose text changed since (a large change
// set would otherwise re-parse every file, the tree cache holding only a few).
interface FileMemo {
  baseText: string | undefined;
  headText: string;
  full: boolean;
  security: SecurityPolicy;
  patterns: boolean;
  diff: { lines: ChangedLines; oldLines: Set<number> };
  head: RawFinding[];
  base: { f: RawFinding; code: string }[];
}
const MAX_MEMO = 1024;
const memos = new Map<string, FileMemo>();

function memoFor(path: string, baseText: string | undefined, headText: string, full: boolean, security: SecurityPolicy, patterns: boolean): FileMemo | undefined {
  const m = memos.get(path);
  return m && m.full === full && m.security === security && m.patterns === patterns && m.headText === headText && m.baseText === baseText ? m : undefined;
}

function remember(path: string, m: FileMemo): void {
  memos.delete(path);
  memos.set(path, m);
  if (memos.size > MAX_MEMO) memos.delete(memos.keys().next().value as string);
}

/**
 * The built-in scanners on one side of one file. `patterns` false — a generated or minified file
 * (engine/generated.ts; docs/configuration.md): no pattern rules, as the file gets no parse for
 * its tokens either. A finding there is fixed in the generator's input, not in its output (the
 * Semgrep language server skips minified files for the same reason), and the parse of a
 * 770 KB `types.d.ts` or a 390 KB one-line schema checker per change was most of what scanning
 * webpack's history still parsed. Secrets and deny rules still run: they read text, and a key
 * leaks from a bundle just the same.
 */
function builtIn(file: string, text: string, security: SecurityPolicy, lines: ReadonlySet<number> | undefined, side: 'head' | 'base', patterns: boolean): RawFinding[] {
  const idx = lineIndexOf(text, `${side}:${file}`);
  return [...scanSecrets(file, text, lines, idx), ...(patterns ? scanPatterns(file, text, lines, idx, `${side}:${file}`, true, side === 'base') : []), ...scanDeny(file, text, security, lines, idx)];
}

export function scanChangeSet(cs: ChangeSet, policy: Policy, opts: ChangeScanOptions = {}): ChangeScan {
  const security = opts.security ?? defaultSecurityPolicy();
  const changed = new Map<string, ChangedLines>();
  const analyses = new Map<string, FileAnalysis>();
  const texts = new Map<string, LineIndex>();
  const raw: RawFinding[] = [];
  const baseRaw: { f: RawFinding; code: string }[] = [];
  const sides = new Map<string, { base?: string; head: string }>();
  let files = 0;
  let lineCount = 0;
  for (const c of cs.changes) {
    const head = c.new;
    if (!head || head.text === undefined || head.skipped) continue;
    const baseText = c.status !== 'A' ? c.old?.text : undefined;
    // Generated on either side → file level on both (engine/file-version.ts fileLevelPair).
    const patterns = !head.generated && !(c.status !== 'A' && c.old?.generated);
    const memo = memoFor(head.path, baseText, head.text, !!opts.full, security, patterns);
    const { lines, oldLines } = memo?.diff ?? changedLinesOf(c);
    changed.set(head.path, lines);
    if (head.analysis) analyses.set(head.path, head.analysis);
    const idx = lineIndexOf(head.text, `head:${head.path}`);
    texts.set(head.path, idx);
    sides.set(head.path, { base: c.status !== 'A' ? c.old?.text : undefined, head: head.text });
    const scanLines = opts.full ? undefined : new Set([...lines.added, ...lines.modified]);
    if (scanLines && scanLines.size === 0) continue;
    files++;
    lineCount += scanLines ? scanLines.size : idx.lineCount;
    if (memo) {
      raw.push(...memo.head);
      baseRaw.push(...memo.base);
      continue;
    }
    const key: ScanKey = { path: head.path, baseText, headText: head.text, full: !!opts.full, security, patterns };
    const stored = opts.persist?.get(key);
    if (stored) {
      remember(head.path, { baseText, headText: head.text, full: !!opts.full, security, patterns, diff: { lines, oldLines }, head: stored.head, base: stored.base });
      raw.push(...stored.head);
      baseRaw.push(...stored.base);
      continue;
    }
    const headFindings = builtIn(head.path, head.text, security, scanLines, 'head', patterns);
    const baseFindings: { f: RawFinding; code: string }[] = [];
    if (baseText !== undefined && oldLines.size) {
      // The base's findings on the lines this change replaced, keyed under the head path.
      const baseIdx = lineIndexOf(baseText, `base:${head.path}`);
      for (const f of builtIn(head.path, baseText, security, opts.full ? undefined : oldLines, 'base', patterns)) baseFindings.push({ f, code: normalizeWs(baseIdx.line(f.line)) });
    }
    remember(head.path, { baseText, headText: head.text, full: !!opts.full, security, patterns, diff: { lines, oldLines }, head: headFindings, base: baseFindings });
    opts.persist?.put(key, { head: headFindings, base: baseFindings });
    raw.push(...headFindings);
    baseRaw.push(...baseFindings);
  }
  for (const f of opts.imported ?? []) raw.push(f);
  const ctx = { policy, security, changed, analyses, cellOf: opts.cellOf, lineText: (file: string, line: number) => texts.get(file)?.line(line) };
  const findings = prioritize(raw, ctx);
  // new / worse / unchanged: the same code (the flagged line, whitespace-normalized) counted in
  // the base and in the head. Absent from the base → new; more copies than the base had → worse;
  // otherwise code that only moved or was touched around. Counted lazily, only for files with
  // findings on changed lines (most keystrokes have none).
  const occ = occurrenceCounter(sides);
  for (const f of findings) {
    if (f.delta_bind === 'unchanged') continue;
    const line = normalizeWs(texts.get(f.location.file)?.line(f.location.line) ?? '');
    const { base, head } = occ(f.location.file, line);
    f.state = base === 0 ? 'new' : head > base ? 'worse' : 'unchanged';
  }
  // fixed: a flagged base line whose code the head has fewer copies of.
  const gone: RawFinding[] = [];
  const seenGone = new Set<string>();
  for (const { f, code: line } of baseRaw) {
    const k = `${f.file}\u0000${line}\u0000${f.ruleId}`;
    if (f.suppression || seenGone.has(k)) continue;
    seenGone.add(k);
    const { base, head } = occ(f.file, line);
    if (head < base) gone.push({ ...f, line: nearestHeadLine(cs, f.file, f.line), endLine: undefined });
  }
  const fixed = prioritize(gone, ctx).map((f) => ({ ...f, state: 'fixed' as const }));
  const tokens = secTokens([...findings, ...fixed], policy);
  const sastCritical: Record<string, number> = {};
  for (const f of findings) {
    if (f.severity !== 'CRITICAL' || f.suppression || f.delta_bind === 'unchanged') continue;
    sastCritical[f.module] = (sastCritical[f.module] ?? 0) + 1;
  }
  return { findings, fixed, tokens, sastCritical, stats: { files, lines: lineCount } };
}

/**
 * The bridge's part of a Δ analysis (CLI and editor alike): sec tokens and sastCritical for
 * computeDelta. Never throws: a scanner failure is returned as `error` and the analysis goes on
 * without sec tokens (like a failing token source, delta/token-source.ts).
 */
export function scanChangeSafe(cs: ChangeSet, policy: Policy, opts: ChangeScanOptions = {}): ChangeScan & { error?: string } {
  try {
    return scanChangeSet(cs, policy, opts);
  } catch (e) {
    return { findings: [], fixed: [], tokens: [], sastCritical: {}, stats: { files: 0, lines: 0 }, error: (e as Error).message };
  }
}

/** Whitespace-normalized line → copies in the base and in the head of a file (memoized per file). */
function occurrenceCounter(sides: ReadonlyMap<string, { base?: string; head: string }>): (file: string, line: string) => { base: number; head: number } {
  const memo = new Map<string, { base: Map<string, number>; head: Map<string, number> }>();
  const count = (text: string | undefined) => {
    const m = new Map<string, number>();
    if (text) for (const l of splitLines(text)) {
      const n = normalizeWs(l);
      if (n) m.set(n, (m.get(n) ?? 0) + 1);
    }
    return m;
  };
  return (file, line) => {
    const s = sides.get(file);
    // Most flagged code is new: when the base does not even contain its first word run, skip
    // counting (a normalized line's longest whitespace-free piece must occur in the raw text).
    const piece = line.split(' ').reduce((a, b) => (b.length > a.length ? b : a), '');
    if (piece && !s?.base?.includes(piece)) return { base: 0, head: 1 };
    let e = memo.get(file);
    if (!e) {
      e = { base: count(s?.base), head: count(s?.head) };
      memo.set(file, e);
    }
    return { base: e.base.get(line) ?? 0, head: e.head.get(line) ?? 0 };
  };
}

/** The head line where a base line's code stood (a deleted line maps to its hunk's start). */
function nearestHeadLine(cs: ChangeSet, file: string, baseLine: number): number {
  const c = cs.changes.find((x) => x.new?.path === file);
  if (!c?.old?.text || c.new?.text === undefined) return baseLine;
  let shift = 0;
  for (const h of versionHunks(c.old, c.new)) {
    if (baseLine < h.oldStart) break;
    if (baseLine < h.oldStart + h.oldLines) return Math.max(1, h.newStart);
    shift = h.newStart + h.newLines - (h.oldStart + h.oldLines);
  }
  return Math.max(1, baseLine + shift);
}

/**
 * `sec` tokens (spec §3.3) for findings on changed lines: new or worse (weighted, policy
 * overrides and the test-file quarter applied like every token) and fixed (weight 0).
 * Suppressed findings and findings on unchanged lines give no token.
 */
export function secTokens(findings: readonly NormalizedFinding[], policy: Policy): DeltaToken[] {
  const out: DeltaToken[] = [];
  for (const f of findings) {
    if (f.suppression) continue;
    if (f.state !== 'fixed' && (f.delta_bind === 'unchanged' || (f.state !== 'new' && f.state !== 'worse'))) continue;
    const file = f.location.file;
    const base = f.state === 'fixed' ? 0 : policy.weightOf(f.token_kind, f.module, file);
    out.push({
      schema: 'delta.tokens.v1',
      kind: f.token_kind,
      category: 'sec',
      file,
      uid: `SAST::${file}@${f.location.line}#${f.id.slice(3, 11)}`,
      module: f.module,
      range: { line: f.location.line, col: f.location.col - 1, endLine: f.location.endLine },
      magnitude: 1,
      weight: isTestPath(file) ? Math.round(base * TEST_FILE_FACTOR * 1e6) / 1e6 : base,
      meta: {
        public_api: f.public_api,
        state: f.state,
        finding: f.id,
        rule: f.rule_id,
        tool: f.tool,
        severity: f.severity,
        queue: f.queue,
        evidence: [`${f.rule_id}: ${RULES[f.rule_id]?.title ?? f.message}`.slice(0, 200)],
      },
    });
  }
  return out;
}
