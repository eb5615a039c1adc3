// The live analysis state of one workspace (rust-analyzer's AnalysisHost shape): the base's
// change set, the head side where open editor buffers override disk, one incremental
// tree-sitter tree per open document, a ChunkCache, and the current DeltaResult.
//
// Owns: turning inputs into a DeltaResult through the one engine pipeline (computeDelta).
// Must never: do I/O (git and file reads happen in adapters, see git-workspace.ts), import
// anything from vscode or the LSP libraries. Inputs arrive as data (`setBase`,
// `setBaseVersion`, `openDocument`, `applyChange`); `snapshot()` answers queries.
import { forgetLineStarts, rememberLineStarts, rowOf, sharedLineStarts, spliceLineStarts } from '../util/line-starts';
import type { Tree } from 'web-tree-sitter';
import type { Policy } from '../config/policy';
import type { ChangeSet, FileChange, FileVersion } from '../delta/change-set';
import type { DeltaToken } from '../delta/token';
import type { TokenSource } from '../delta/token-source';
import { BINARY_SNIFF_BYTES, MAX_ANALYZED_BYTES } from '../git/file-filter';
import { languageOf, parserFor } from '../parsing/languages';
import { parseText } from '../parsing/parse-text';
import { analyzeTree, ChunkCache } from '../symbols/analyze';
import { changedRanges } from '../parsing/changed-ranges';
import { composeWindow, nextRecords, withWalkHint, type EditWindow, type WalkHint, type WalkRecord } from '../symbols/walk-hint';
import type { FileAnalysis, Lang, ParseProblem } from '../symbols/types';
import { computeDelta, type DeltaOptions, type DeltaResult } from './delta-engine';
import { precomputedSource } from '../delta/token-source';
import { scanChangeSafe, type ChangeScan } from '../sast/change-scan';
import type { SecurityPolicy } from '../sast/security-policy';
import type { RawFinding } from '../sast/types';
import { makeVersion } from './file-version';
import { knownLines, setVersionLines } from '../util/line-diff';
import { lendTree, revokeTree } from '../sast/tree-cache';
import type { GeneratedCheck } from './generated';

/** The resolved base (spec §1) the change set was diffed against. */
export interface HostBase {
  rev: string;
  sha: string;
  source: 'explicit' | 'merge-base' | 'HEAD' | 'empty-tree';
}

/** One changed file as the git adapter reports it, both sides already turned into FileVersions. */
export interface HostChange {
  status: FileChange['status'];
  similarity?: number;
  /** Base side (absent for additions). */
  old?: FileVersion;
  /** Head side as on disk (absent for deletions). */
  disk?: FileVersion;
}

export interface BaseInput {
  base: HostBase;
  headSha: string | null;
  changes: HostChange[];
  /** Files of each side, for import resolution (ΔFAN_IN). */
  fileExists?: ChangeSet['fileExists'];
  hotspots?: ReadonlySet<string>;
  /** Generated/minified detection (engine/generated.ts): such buffers are analysed at file level. */
  generated?: GeneratedCheck;
}

/** An LSP-shaped content change: a range edit in UTF-16 code units, or a full text (no range). */
export interface ContentChange {
  range?: { start: { line: number; character: number }; end: { line: number; character: number } };
  text: string;
}

/**
 * The editor's chunk cache budget (issue 14), sized to the open buffers (fifth pass). The cache
 * saves the re-walk of a buffer's unchanged top-level chunks on each keystroke; the entries it
 * needs are those chunks (ChunkCache's estimate: 6 bytes per character), and everything else it
 * holds is dead — every keystroke stores the new text of the declaration being typed in, so the
 * cache fills to its budget whatever the budget is. Its young generation must hold the open
 * buffers' chunks with room to spare, or a keystroke re-walks the whole file: both generations
 * together 2 × 6 × 1.5 = 18 bytes per open character, in powers of two from 4 to 32 MiB.
 * Measured (docs/benchmarks.md, fifth pass): webpack's Compilation.js (190 K characters) needs
 * 4 MiB, and at 16 MiB the heap after 1,000 keystrokes held ~18 MB more for the same CPU per
 * edit; lib/css/syntax.js (467 K characters, 284 functions) at a fixed 4 MiB re-walked on every
 * keystroke (88 vs 25 ms of CPU per edit).
 */
export const EDITOR_CHUNK_CACHE_MIN_BYTES = 4 * 1024 * 1024;
export const EDITOR_CHUNK_CACHE_MAX_BYTES = 32 * 1024 * 1024;
export const EDITOR_CHUNK_BYTES_PER_OPEN_CHAR = 18;

/** The budget for buffers of `openChars` characters in all. */
export function editorChunkBudget(openChars: number): number {
  const want = EDITOR_CHUNK_BYTES_PER_OPEN_CHAR * openChars;
  let b = EDITOR_CHUNK_CACHE_MIN_BYTES;
  while (b < want && b < EDITOR_CHUNK_CACHE_MAX_BYTES) b *= 2;
  return b;
}

/** Above this many changed + open files an edit is first answered by a local pass (fileSnapshot). */
export const LOCAL_THRESHOLD = 64;

export interface HostSnapshot {
  base: HostBase | null;
  headSha: string | null;
  result: DeltaResult;
  /** The change set `result` was computed from (both sides' analyses): what the gates read, as in the CLI. */
  changeSet: ChangeSet;
  /** Tokens per repo-relative head path (base path for deleted files). */
  byFile: ReadonlyMap<string, DeltaToken[]>;
  /** Changed files (head paths; base paths for deletions), with their status. */
  changed: ReadonlyMap<string, FileChange['status']>;
  /** First parse problem of each open document that does not parse now (spec §3.1). */
  parseErrors: ReadonlyMap<string, ParseProblem>;
  /** Head text of a changed or open file (buffer first, then disk), for positions. */
  textOf(path: string): string | undefined;
  /**
   * The lines of `textOf(path)` when the host already holds them (an open buffer's kept lines:
   * no split of the buffer per publish), else undefined. splitLines' shape: no last empty line.
   */
  linesOf?(path: string): readonly string[] | undefined;
  /** Analysis of a side of a file (head: the buffer's last good analysis when it is open). */
  analysisOf(path: string, side: 'base' | 'head'): FileAnalysis | undefined;
  /** Monotonic: changes whenever the inputs changed. */
  generation: number;
  /** SAST bridge (§3.11): the built-in scanners on the changed lines + imported findings (sec tokens came from here). */
  sast?: ChangeScan & { error?: string };
}

interface OpenDoc {
  path: string;
  version: number;
  text: string;
  lang?: Lang;
  /** Why the buffer gets no analysis at all (spec §2: binary / over 2 MiB). */
  skipped?: 'binary' | 'too-large';
  /** Incremental tree, edited in place by applyChange and reparsed lazily. */
  tree?: Tree;
  /** The buffer's text changed since the last parse. */
  stale: boolean;
  current?: FileVersion;
  /** Last version whose parse had no errors: what tokens are computed from while the buffer is broken. */
  lastGood?: FileVersion;
  parseError?: ParseProblem;
  /**
   * `text.split('\n')`, kept across range edits (issue 14): only the edited lines are new strings,
   * so a keystroke does not split a 6,500-line buffer again, and the line diff's lookups hit
   * strings whose hashes are cached. Undefined until first needed and after a full replacement.
   */
  raw?: string[];
  /** `text`'s line starts, derived across range edits (util/line-starts.ts spliceLineStarts). */
  starts?: readonly number[];
  /** Where the text changed since the last analysis, while `tree` is the edited tree of that one. */
  window?: EditWindow;
  /** The class bodies the last analysis walked (symbols/walk-hint.ts): the next one starts from them. */
  walks?: WalkRecord[];
}

/** Replaces the lines an edit [s, e) touched in `raw` (text.split('\n') of the text before it), in place. */
function spliceRawLines(raw: string[], starts: readonly number[], s: number, e: number, inserted: string): void {
  const sl = rowOf(starts, s);
  const el = rowOf(starts, e);
  const joined = raw[sl].slice(0, s - starts[sl]) + inserted + raw[el].slice(e - starts[el]);
  const repl = joined.indexOf('\n') < 0 ? [joined] : joined.split('\n');
  if (repl.length === 1 && sl === el) raw[sl] = joined;
  else raw.splice(sl, el - sl + 1, ...repl);
}

/** Skipped before any parsing: a NUL in the first 8000 chars, or more than 2 MiB of UTF-8 (spec §2). */
export function skipReasonForText(text: string): 'binary' | 'too-large' | undefined {
  // UTF-8 is at most 3 bytes per UTF-16 unit: only measure when the length makes it possible.
  if (text.length > MAX_ANALYZED_BYTES / 3 && (text.length > MAX_ANALYZED_BYTES || Buffer.byteLength(text) > MAX_ANALYZED_BYTES)) return 'too-large';
  const head = text.length > BINARY_SNIFF_BYTES ? text.slice(0, BINARY_SNIFF_BYTES) : text;
  if (head.includes('\u0000')) return 'binary';
  return undefined;
}

/** The offset of an LSP position in `text` (UTF-16 code units, like web-tree-sitter), from its line starts (util/line-starts.ts). */
function offsetAt(starts: readonly number[], textLength: number, line: number, character: number): number {
  if (line >= starts.length) return textLength;
  if (line < 0) return 0;
  const lineEnd = line + 1 < starts.length ? starts[line + 1] - 1 : textLength;
  return Math.min(starts[line] + Math.max(0, character), lineEnd);
}

function endPoint(start: { row: number; column: number }, inserted: string): { row: number; column: number } {
  const nl = inserted.lastIndexOf('\n');
  if (nl < 0) return { row: start.row, column: start.column + inserted.length };
  let rows = 0;
  for (let i = inserted.indexOf('\n'); i >= 0; i = inserted.indexOf('\n', i + 1)) rows++;
  return { row: start.row + rows, column: inserted.length - nl - 1 };
}

export class WorkspaceHost {
  private chunkCache: ChunkCache;
  /** The budget the host sized its cache to; undefined when the caller gave the cache. */
  private chunkBudget?: number;
  private policy: Policy;
  private base: HostBase | null = null;
  private headSha: string | null = null;
  /** Git's changes keyed by head path (base path for deletions). */
  private changes = new Map<string, HostChange>();
  /** Base-side path → key in `changes` (renames pair a base path with a different head path). */
  private baseToKey = new Map<string, string>();
  /** Base versions of open files that git does not report as changed (null: not in the base). */
  private probes = new Map<string, FileVersion | null>();
  private docs = new Map<string, OpenDoc>();
  /** Open files the adapter found ignored (`.gitignore`, spec §2 dirs, config globs): never tokens. */
  private ignored = new Set<string>();
  private fileExists?: ChangeSet['fileExists'];
  /** fileExists with the open buffers added (buildChangeSet), kept until either changes. */
  private existsView?: ChangeSet['fileExists'];
  private hotspots?: ReadonlySet<string>;
  // SAST bridge (§3.11): security/policy.yaml and imported scanner findings (.glx/scan_*.sarif).
  private security?: SecurityPolicy;
  private sastImported: RawFinding[] = [];
  private generated?: GeneratedCheck;
  private dirty = true;
  private generation = 0;
  private last?: HostSnapshot;
  private local?: { path: string; generation: number; snap: HostSnapshot };

  constructor(policy: Policy, cache?: ChunkCache) {
    this.policy = policy;
    if (cache) this.chunkCache = cache;
    else this.chunkCache = new ChunkCache((this.chunkBudget = editorChunkBudget(0)));
  }

  /** The chunk cache analyses of this workspace's files go through (sized to the open buffers unless given). */
  get cache(): ChunkCache {
    return this.chunkCache;
  }

  /**
   * Re-sizes the cache when the open buffers' size class changed (open, close, a full
   * replacement): a new, empty cache — the next keystroke in each buffer walks it once, as on
   * opening — so a budget is never held beyond what the open buffers need.
   */
  private sizeCache(): void {
    if (this.chunkBudget === undefined) return;
    let chars = 0;
    for (const d of this.docs.values()) chars += d.text.length;
    const budget = editorChunkBudget(chars);
    if (budget === this.chunkBudget) return;
    this.chunkBudget = budget;
    this.chunkCache = new ChunkCache(budget);
  }

  // ---------------------------------------------------------------- inputs: git side

  /** The SAST bridge's inputs: security/policy.yaml and findings ingested from scanner reports. */
  setSecurity(security: SecurityPolicy | undefined, imported: RawFinding[] = []): void {
    this.security = security;
    this.sastImported = imported;
    this.touch();
  }

  /** computeDelta's options with the bridge's sec tokens and sastCritical for `cs` (CLI parity: app/analyse-change.ts). */
  private deltaOptions(cs: ChangeSet): { opts: DeltaOptions; sast: ChangeScan & { error?: string } } {
    const sast = scanChangeSafe(cs, this.policy, { security: this.security, imported: this.sastImported });
    // Plugin sources (issue 16) and the SAST bridge's sec tokens enter through the same extension point.
    return { opts: { hotspots: this.hotspots, sources: [...this.sources(), precomputedSource('sast', sast.tokens)], sastCritical: sast.sastCritical }, sast };
  }

  setPolicy(policy: Policy): void {
    this.policy = policy;
    this.touch();
  }

  /** Replace the whole git side (after indexing or a base refresh). Open buffers are kept. */
  setBase(input: BaseInput): void {
    const baseChanged = this.base?.sha !== input.base.sha;
    this.base = input.base;
    this.headSha = input.headSha;
    this.changes = new Map();
    this.baseToKey = new Map();
    for (const c of input.changes) {
      const key = c.disk?.path ?? c.old?.path;
      if (!key) continue;
      this.changes.set(key, c);
      if (c.old) this.baseToKey.set(c.old.path, key);
    }
    this.fileExists = input.fileExists;
    this.existsView = undefined;
    this.hotspots = input.hotspots;
    if (this.generated !== input.generated) for (const d of this.docs.values()) d.stale = true;
    this.generated = input.generated;
    if (baseChanged) {
      for (const p of this.probes.keys()) if (!this.ignored.has(p)) this.probes.delete(p);
    }
    this.touch();
  }

  get currentBase(): HostBase | null {
    return this.base;
  }

  /** Whether an open (or about to be opened) file needs its base content from the adapter. */
  needsBaseVersion(path: string): boolean {
    return this.base !== null && !this.changes.has(path) && !this.probes.has(path);
  }

  /** An open file that is ignored (spec §2): it never gets tokens. */
  markIgnored(path: string): void {
    this.ignored.add(path);
    this.probes.set(path, null);
    this.touch();
  }

  /** The base version of a file git did not report as changed; null when the base lacks it. */
  setBaseVersion(path: string, version: FileVersion | null): void {
    this.probes.set(path, version);
    this.touch();
  }

  // ---------------------------------------------------------------- inputs: editor buffers

  isOpen(path: string): boolean {
    return this.docs.has(path);
  }

  openDocument(path: string, text: string, version = 0): void {
    this.closeDocument(path);
    const doc: OpenDoc = { path, version, text: '', stale: true };
    this.docs.set(path, doc);
    this.existsView = undefined; // a new path may exist on the head side now
    this.setText(doc, text);
    this.sizeCache();
    this.touch();
  }

  /**
   * Apply LSP content changes to an open buffer. Cheap: updates the text and edits the tree in
   * place (`tree.edit`); the reparse (`parser.parse(text, oldTree)`) and re-analysis happen in
   * the next snapshot(), so a burst of keystrokes costs one parse.
   */
  applyChange(path: string, changes: readonly ContentChange[] | string, version?: number): void {
    const doc = this.docs.get(path);
    if (!doc) {
      this.openDocument(path, typeof changes === 'string' ? changes : changes.map((c) => c.text).join(''), version);
      return;
    }
    if (version !== undefined) doc.version = version;
    if (typeof changes === 'string') {
      this.setText(doc, changes);
      this.sizeCache();
    } else {
      for (const ch of changes) {
        if (!ch.range) {
          this.setText(doc, ch.text);
          continue;
        }
        const starts = doc.starts ?? sharedLineStarts(doc.text);
        const s = offsetAt(starts, doc.text.length, ch.range.start.line, ch.range.start.character);
        const e = Math.max(s, offsetAt(starts, doc.text.length, ch.range.end.line, ch.range.end.character));
        const next = doc.text.slice(0, s) + ch.text + doc.text.slice(e);
        const raw = doc.raw;
        if (raw && ch.text.indexOf('\r') < 0) spliceRawLines(raw, starts, s, e, ch.text);
        if (doc.tree && !doc.skipped) {
          const startPosition = { row: ch.range.start.line, column: s - starts[Math.min(ch.range.start.line, starts.length - 1)] };
          const endLine = Math.min(ch.range.end.line, starts.length - 1);
          const oldEndPosition = { row: endLine, column: e - starts[endLine] };
          revokeTree(doc.tree); // no longer the tree of the text it was lent for
          doc.tree.edit({
            startIndex: s, oldEndIndex: e, newEndIndex: s + ch.text.length,
            startPosition, oldEndPosition, newEndPosition: endPoint(startPosition, ch.text),
          });
          doc.window = composeWindow(doc.window, s, e, s + ch.text.length);
        }
        const noCr = ch.text.indexOf('\r') < 0;
        this.setText(doc, next, true, noCr);
        if (raw && noCr) doc.raw = raw; // a CR normalises the whole text: split again
        if (noCr) {
          // The next version's line starts from this one's: every reader of it shares them.
          doc.starts = spliceLineStarts(starts, s, e, ch.text);
          rememberLineStarts(doc.text, doc.starts, doc);
        }
      }
    }
    this.touch();
  }

  closeDocument(path: string): void {
    const doc = this.docs.get(path);
    if (!doc) return;
    revokeTree(doc.tree);
    doc.tree?.delete();
    forgetLineStarts(doc);
    this.docs.delete(path);
    this.existsView = undefined;
    this.sizeCache();
    // The file on disk is the head again; its base probe is still valid for a later reopen.
    this.touch();
  }

  /** Frees every tree (WASM memory is not garbage-collected). */
  dispose(): void {
    for (const d of this.docs.values()) {
      revokeTree(d.tree);
      d.tree?.delete();
      forgetLineStarts(d);
    }
    this.docs.clear();
  }

  /** `crFree`: `raw` is known to hold no CR (a range edit without one into a normalised buffer). */
  private setText(doc: OpenDoc, raw: string, keepTree = false, crFree = false): void {
    const text = !crFree && raw.indexOf('\r') >= 0 ? raw.replace(/\r\n?/g, '\n') : raw;
    // A CR changes offsets: the edited tree no longer matches, start over.
    const treeValid = keepTree && text === raw;
    doc.text = text;
    doc.raw = undefined;
    doc.starts = undefined;
    doc.stale = true;
    doc.lang = languageOf(doc.path);
    doc.skipped = skipReasonForText(text);
    if ((!treeValid || doc.skipped || !doc.lang) && doc.tree) {
      revokeTree(doc.tree);
      doc.tree.delete();
      doc.tree = undefined;
    }
    // Without the edited tree there is nothing to say where the earlier walks' nodes went.
    if (!doc.tree) {
      doc.window = undefined;
      doc.walks = undefined;
    }
  }

  private touch(): void {
    this.dirty = true;
    this.generation++;
  }

  // ---------------------------------------------------------------- token sources (issue 16)

  /** Tokens beyond the AST diff (sandboxed plugins: lsp/plugin-features.ts), asked on every computeDelta. */
  private sources: () => readonly TokenSource[] = () => [];

  /** Sets the extra token sources; the next snapshot recomputes with them. */
  setSources(sources: () => readonly TokenSource[]): void {
    this.sources = sources;
    this.touch();
  }

  /** A source's answer changed (a plugin finished in its sandbox): the next snapshot recomputes. */
  invalidate(): void {
    this.touch();
  }

  // ---------------------------------------------------------------- compute

  /** Re-parse one open buffer incrementally and analyse it (chunk cache: only changed declarations are walked). */
  private refreshDoc(doc: OpenDoc): void {
    if (!doc.stale) return;
    doc.stale = false;
    doc.parseError = undefined;
    if (doc.skipped) {
      doc.current = { path: doc.path, skipped: doc.skipped };
      doc.lastGood = doc.current;
      return;
    }
    const why = doc.lang ? this.generated?.(doc.path, doc.text) : undefined;
    if (!doc.lang || why) {
      // Generated or minified: file level, no parse (engine/generated.ts).
      doc.current = why ? { path: doc.path, text: doc.text, generated: why } : { path: doc.path, text: doc.text };
      this.shareLines(doc, doc.current);
      doc.lastGood = doc.current;
      return;
    }
    const parser = parserFor(doc.lang);
    const from = doc.tree;
    const tree = parseText(parser, doc.text, from);
    if (!tree) {
      doc.current = makeVersion(doc.path, doc.text, this.cache);
    } else {
      revokeTree(doc.tree);
      doc.tree = tree;
      // The class bodies walked last time, and where the text and the tree changed since
      // (symbols/walk-hint.ts): a keystroke re-walks the members near the edit only. Read while
      // `from` is alive (the changed ranges compare it with the new tree; lendTree reads them too).
      const edited = from && doc.window && doc.walks;
      const hint: WalkHint = {
        ...(edited ? (doc.window as EditWindow) : { lo: 0, hiOld: 0, hiNew: 0 }),
        changed: edited ? changedRanges(from, tree) : [],
        prev: edited ? (doc.walks as WalkRecord[]) : [],
        next: [],
      };
      // The SAST bridge's pattern scan reads this very text: it borrows the tree instead of parsing it again (sast/tree-cache.ts).
      // `from` was alive for the whole parse: the scan may trust node ids shared with it (tree-cache.ts treeParsedFrom).
      // It is deleted only after lending, which reads its changed ranges against the new tree.
      lendTree(doc.lang, doc.text, tree, from);
      from?.delete();
      const lang = doc.lang;
      doc.current = { path: doc.path, text: doc.text, analysis: withWalkHint(hint, () => analyzeTree(tree, doc.text, doc.path, lang, this.cache)) };
      doc.walks = nextRecords(hint);
      doc.window = undefined;
    }
    this.shareLines(doc, doc.current);
    const a = doc.current.analysis;
    if (a && !a.ok) doc.parseError = a.parseErrors[0] ?? { line: 1, col: 0, message: 'syntax error' };
    else doc.lastGood = doc.current;
  }

  /** Hands the buffer's kept lines to the line diff (util/line-diff.ts): a copy, the kept array changes with the next edit. */
  private shareLines(doc: OpenDoc, v: FileVersion): void {
    const raw = (doc.raw ??= doc.text.split('\n'));
    setVersionLines(v, raw[raw.length - 1] === '' ? raw.slice(0, -1) : raw.slice());
  }

  /** The head version tokens are computed from: a broken buffer contributes its last good analysis (spec §3.1). */
  private headVersion(doc: OpenDoc): FileVersion | undefined {
    this.refreshDoc(doc);
    if (doc.parseError && doc.lastGood) return doc.lastGood;
    return doc.current;
  }

  private buildChangeSet(only?: ReadonlySet<string>): { cs: ChangeSet; changed: Map<string, FileChange['status']> } {
    const out: FileChange[] = [];
    const changed = new Map<string, FileChange['status']>();
    for (const [key, c] of this.changes) {
      if (only && !only.has(key)) continue;
      const doc = c.disk ? this.docs.get(c.disk.path) : undefined;
      const head = doc ? this.headVersion(doc) : c.disk;
      // Edited back to the base text: no longer a change.
      if (doc && c.status === 'M' && head?.text !== undefined && head.text === c.old?.text) continue;
      out.push({ status: c.status, similarity: c.similarity, old: c.old, new: head });
      changed.set(key, c.status);
    }
    for (const doc of this.docs.values()) {
      if (only && !only.has(doc.path)) continue;
      if (this.changes.has(doc.path) || this.ignored.has(doc.path)) continue;
      if (!this.probes.has(doc.path)) continue; // base content not provided yet
      // A base path git saw deleted/renamed away and that is open again under its old name.
      if (this.baseToKey.has(doc.path) && this.baseToKey.get(doc.path) !== doc.path) continue;
      const old = this.probes.get(doc.path) ?? undefined;
      const head = this.headVersion(doc);
      if (old && head && old.text !== undefined && head.text === old.text && !doc.parseError) continue;
      if (old && old.skipped && head?.skipped) continue;
      const status = old ? 'M' : 'A';
      out.push({ status, old, new: head });
      changed.set(doc.path, status);
    }
    out.sort((a, b) => {
      const pa = a.new?.path ?? a.old?.path ?? '';
      const pb = b.new?.path ?? b.old?.path ?? '';
      return pa < pb ? -1 : pa > pb ? 1 : 0;
    });
    // One function while the lists and the open buffers stay (ChangeSet.fileExists: its answers
    // may be remembered — the fan-out's import resolution is, across keystrokes).
    const exists = this.fileExists;
    const docs = this.docs;
    const fileExists: ChangeSet['fileExists'] = exists
      ? (this.existsView ??= (side, p) => exists(side, p) || (side === 'new' && docs.has(p)))
      : undefined;
    // Keystroke after keystroke over the same base: the pairs' answers are worth remembering.
    return { cs: { changes: out, fileExists, rememberPairFacts: true }, changed };
  }

  /** The current Δ of the workspace; recomputed only when an input changed since the last call. */
  snapshot(): HostSnapshot {
    if (!this.dirty && this.last) return this.last;
    const { cs, changed } = this.base ? this.buildChangeSet() : { cs: { changes: [] as FileChange[] }, changed: new Map<string, FileChange['status']>() };
    const { opts, sast } = this.deltaOptions(cs);
    const result = computeDelta(cs, this.policy, opts);
    const byFile = new Map<string, DeltaToken[]>();
    for (const t of result.tokens) {
      let list = byFile.get(t.file);
      if (!list) byFile.set(t.file, (list = []));
      list.push(t);
    }
    const parseErrors = new Map<string, ParseProblem>();
    for (const d of this.docs.values()) if (d.parseError) parseErrors.set(d.path, d.parseError);
    const docs = this.docs;
    const changes = this.changes;
    const probes = this.probes;
    const headOf = (p: string): FileVersion | undefined => {
      const d = docs.get(p);
      if (d) return d.parseError && d.lastGood ? d.lastGood : d.current;
      return changes.get(p)?.disk;
    };
    this.last = {
      base: this.base,
      headSha: this.headSha,
      result,
      changeSet: cs,
      byFile,
      changed,
      parseErrors,
      generation: this.generation,
      sast,
      textOf: (p) => docs.get(p)?.text ?? changes.get(p)?.disk?.text,
      linesOf: (p) => {
        // Live like textOf: only while the buffer's analysed version is its text now.
        const d = docs.get(p);
        return d && !d.skipped && d.current?.text === d.text ? knownLines(d.current) : undefined;
      },
      analysisOf: (p, side) => {
        if (side === 'head') return headOf(p)?.analysis;
        return (changes.get(p)?.old ?? probes.get(p) ?? undefined)?.analysis;
      },
    };
    this.dirty = false;
    return this.last;
  }

  /** Whether an edit is answered by fileSnapshot's local pass first (large change sets). */
  get isLarge(): boolean {
    return this.changes.size + this.docs.size > LOCAL_THRESHOLD;
  }

  /**
   * A view that is exact for `path` as far as the file itself goes, cheap on a large change set:
   * only `path` and the files its last cross-file tokens name (moves, renames across files) are
   * re-tokenized; every other file keeps its tokens from the last full snapshot(), as do the
   * workspace totals (`result`). The language server answers a keystroke with this and runs the
   * full snapshot() once the edits pause. Small change sets get the full snapshot directly.
   */
  fileSnapshot(path: string): HostSnapshot {
    if (!this.dirty && this.last) return this.last;
    if (!this.last || !this.isLarge || !this.base) return this.snapshot();
    if (this.local && this.local.path === path && this.local.generation === this.generation) return this.local.snap;
    const full = this.last;
    const only = new Set([path, this.basePathOf(path)]);
    for (const t of full.byFile.get(path) ?? []) {
      const from = (t.meta as Record<string, unknown>).fromFile;
      if (typeof from === 'string') only.add(from);
    }
    for (const [file, tokens] of full.byFile) {
      if (tokens.some((t) => (t.meta as Record<string, unknown>).fromFile === path)) only.add(file);
    }
    const { cs, changed: localChanged } = this.buildChangeSet(only);
    const { opts: localOpts, sast: localSast } = this.deltaOptions(cs);
    const local = computeDelta(cs, this.policy, localOpts);
    const byFile = new Map(full.byFile);
    byFile.set(path, local.tokens.filter((t) => t.file === path));
    const changed = new Map(full.changed);
    changed.delete(path);
    const st = localChanged.get(path);
    if (st) changed.set(path, st);
    const parseErrors = new Map<string, ParseProblem>();
    for (const d of this.docs.values()) if (d.parseError) parseErrors.set(d.path, d.parseError);
    const sast = full.sast && { ...full.sast, findings: [...full.sast.findings.filter((f) => f.location.file !== path), ...localSast.findings.filter((f) => f.location.file === path)] };
    const snap: HostSnapshot = { ...full, byFile, changed, parseErrors, generation: this.generation, sast };
    this.local = { path, generation: this.generation, snap };
    return snap;
  }

  /** Base path of a head path (differs for renames). */
  basePathOf(headPath: string): string {
    const c = this.changes.get(headPath);
    return c?.old?.path ?? headPath;
  }
}
