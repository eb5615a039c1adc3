// Turns a tree-sitter tree into a FileAnalysis (spec §3.1), top-level statement by top-level
// statement. Each top-level node is analysed by the language's extractor into a ChunkResult whose
// positions are relative to the node's first row; results are cached by (language, start column,
// node text). Re-analysing a file after a one-character edit therefore walks only the changed
// declaration — this is what keeps the editor's edit→tokens path within a few milliseconds
// (issue: p95 ≤ 5 ms on a 2,000-line file), and it also lets the CLI reuse base chunks when
// analysing head. Walking whole trees through the wasm boundary costs ~1 µs per node.
import type { Node, Tree } from 'web-tree-sitter';
import { parserFor } from '../parsing/languages';
import { parseText } from '../parsing/parse-text';
import { sha256Hex } from '../util/hash';
import { knownLineStarts } from '../util/line-starts';
import type { ChunkResult, LanguageExtractor } from './extractor';
import { pyExtractor } from './python';
import { tsExtractor } from './typescript';
import type { FileAnalysis, Lang, Span, SymbolInfo } from './types';
import { NestingTooDeep } from './nesting-budget';
import { flatCopy, flattenStrings } from '../util/flat-strings';
import { withCarry, type ActiveCarry } from './carry-over';
import { lazyBodyTokensOf, NO_TOKENS, setLazyBodyTokens } from './lazy-tokens';

// The driver ↔ extractor contract lives in extractor.ts (the extractors import it; importing it
// from here made analyze ↔ python/typescript a cycle). Re-exported for existing importers.
export type { ChunkResult, LanguageExtractor } from './extractor';

function extractorFor(lang: Lang): LanguageExtractor {
  return lang === 'python' ? pyExtractor : tsExtractor;
}

/**
 * Bounded cache of chunk results keyed by language + column + doc comment + text of a top-level
 * node. The node text itself is the Map key (a slice of the source: hashing it needs no copy,
 * unlike a concatenated key); the few other parts are compared on the entry. Two generations
 * instead of an LRU list: a hit in the old generation is promoted, and when the young one
 * fills up the old one is dropped — O(1) without per-hit bookkeeping.
 *
 * Bounded by bytes, not entries (issue 14): a keystroke inside a 6,000-line class adds a new
 * copy of the whole class text (the key) and its result, so 10,000 entries could hold
 * gigabytes. Each entry is charged an estimate of its retained size (the key's UTF-16 bytes plus
 * the result, which holds about as many characters again in code rows and hashes, plus a fixed
 * overhead); a generation holds at most half the budget.
 */
interface ChunkEntry {
  lang: Lang;
  /** Node type: the same text can be an error-free token at one place and an ERROR node at another. */
  type: string;
  col: number;
  doc: string;
  /** The key, a flat copy (promotion to the young generation reuses it). */
  text: string;
  result: ChunkResult;
}

/** Default budget of a cache: ~32 MiB of retained keys and results. */
export const CHUNK_CACHE_BYTES = 32 * 1024 * 1024;

/**
 * Chunks at least this long are admitted on their second sighting only (see ChunkCache.set).
 * Typing inside a 6,500-line class makes a new class text per keystroke that is never seen
 * again; storing each one kept ~1 MB of results alive per keystroke until the generation
 * flipped, promoted to the old generation (GC was a third of the edit time). The class is cheap
 * to re-extract anyway: its unchanged members are replayed (typescript.ts opaqueMember).
 */
export const BIG_CHUNK_CHARS = 16 * 1024;
/** How many big chunk texts seen once are remembered for admission. */
const BIG_SEEN = 8;

/**
 * A short stand-in for a big chunk's text in ChunkCache's second-sighting list: its length and
 * 1,024 characters sampled across it. The texts themselves were slices of their file versions,
 * so the list kept eight whole 400 K-character buffers alive (issue 14, ninth pass: a heap
 * snapshot after 210 keystrokes in webpack's Compilation.js); a flat copy per keystroke would
 * cost a copy of the class. Two different texts may share a fingerprint: that only admits an
 * entry on its first sighting — entries are still looked up by their whole text.
 */
export function bigChunkFingerprint(text: string): string {
  const n = text.length;
  const step = Math.max(1, Math.floor(n / 1024));
  let sample = '';
  for (let i = 0; i < n && sample.length < 1024; i += step) sample += text[i];
  return `${n}:${flatCopy(sample)}`;
}

/** Estimated bytes an entry keeps alive (key text, result strings/arrays, entry objects). */
export function chunkEntryBytes(text: string, doc: string): number {
  return 6 * text.length + 2 * doc.length + 512;
}

export class ChunkCache {
  private young = new Map<string, ChunkEntry[]>();
  private old = new Map<string, ChunkEntry[]>();
  private bytes = 0;
  /** Fingerprints of big chunk texts seen once (most recent last): admitted when seen again. */
  private seenBig: string[] = [];
  /** @param maxBytes the budget of both generations together (estimated retained bytes). */
  constructor(private readonly maxBytes = CHUNK_CACHE_BYTES) {}

  /** Estimated bytes held by the young generation (the old one holds at most as much). */
  get youngBytes(): number {
    return this.bytes;
  }

  private static find(list: ChunkEntry[] | undefined, lang: Lang, type: string, col: number, doc: string): ChunkEntry | undefined {
    if (!list) return undefined;
    for (const e of list) if (e.col === col && e.lang === lang && e.type === type && e.doc === doc) return e;
    return undefined;
  }

  get(lang: Lang, type: string, col: number, doc: string, text: string): ChunkResult | undefined {
    const hit = ChunkCache.find(this.young.get(text), lang, type, col, doc);
    if (hit) return hit.result;
    const o = ChunkCache.find(this.old.get(text), lang, type, col, doc);
    if (o) this.store(o, false);
    return o?.result;
  }

  private secondSighting(text: string): boolean {
    const seen = this.seenBig;
    const f = bigChunkFingerprint(text);
    for (let i = seen.length - 1; i >= 0; i--) {
      if (seen[i] === f) {
        seen.splice(i, 1);
        return true;
      }
    }
    seen.push(f);
    if (seen.length > BIG_SEEN) seen.shift();
    return false;
  }

  set(lang: Lang, type: string, col: number, doc: string, text: string, result: ChunkResult): void {
    this.store({ lang, type, col, doc, text, result }, true);
  }

  /** `fresh`: the entry's strings may be slices of a file version (a miss just extracted). */
  private store(e: ChunkEntry, fresh: boolean): void {
    const { text, doc } = e;
    const cost = chunkEntryBytes(text, doc);
    // An entry larger than a generation is not kept at all (it would evict everything else).
    if (cost > this.maxBytes / 2) return;
    if (text.length >= BIG_CHUNK_CHARS && !this.secondSighting(text)) return;
    if (this.bytes + cost > this.maxBytes / 2) {
      this.old = this.young;
      this.young = new Map();
      this.bytes = 0;
    }
    const list = this.young.get(text);
    // Bounded per text: 20,000 identical stray tokens at different columns must not make every
    // lookup linear (issue 11 item 2: no quadratic slowdown on hostile files).
    if (list && list.length >= 16) return;
    // Stored copies must not keep this version's whole file text alive (util/flat-strings.ts):
    // the key, the doc comment and the result's names and tokens are slices of it. Only misses
    // that are kept pay the copy, a fraction of the extraction just done.
    const entry: ChunkEntry = fresh ? { ...e, doc: flatCopy(doc), text: flatCopy(text), result: flattenStrings(e.result) } : e;
    if (list) list.push(entry);
    else this.young.set(entry.text, [entry]);
    this.bytes += cost;
  }
}

const defaultCache = new ChunkCache();

/** Test files per common conventions (spec §3.3 ΔTESTS, §3.7 I2 excludes them from public API). */
export function isTestPath(p: string): boolean {
  const base = p.split('/').pop() ?? p;
  return (
    // End-to-end suites and mocks are tests too (react-hook-form 11bd6df899 deleted its `cypress/`
    // suite moving to Playwright; I1 gated it as shipped code).
    // An integration suite's own directory (handlebars 35ea8e61bf moved `integration-testing/`
    // to `tests/integration/`; I2 blocked its `assert.js` helpers as a public API).
    /(^|\/)(__tests__|__mocks__|tests?|spec|e2e|cypress|integration[-_]?test(s|ing)?|tests?[-_]integration)\//.test(p) ||
    /\.(test|spec)\.[cm]?[jt]sx?$/.test(base) ||
    /^test_.*\.py$/.test(base) ||
    /_test\.py$/.test(base) ||
    base === 'conftest.py'
  );
}

function shiftSpan(s: Span, rows: number): Span {
  return { line: s.line + rows, col: s.col, endLine: s.endLine + rows, endCol: s.endCol };
}

const chunkUidHash = new WeakMap<object, string>();
/** The hash part of a uid by (kind, qualname, body hash): bounded, cleared when full. */
const uidHashes = new Map<string, string>();

/** The 8-hex part of a uid for a cached chunk symbol/type, computed once per object. */
function uidHashOf(s: { qualname: string; bodyHash?: string; hash?: string }, kind: string): string {
  let h = chunkUidHash.get(s);
  if (h === undefined) {
    // By content next: a class chunk missed on a keystroke replays its ~300 unchanged members
    // as new objects (typescript.ts opaqueMember), one sha256 each per keystroke otherwise.
    const k = `${kind}|${s.qualname}|${s.bodyHash ?? s.hash ?? ''}`;
    h = uidHashes.get(k);
    if (h === undefined) {
      h = sha256Hex(k).slice(0, 8);
      if (uidHashes.size > 50000) uidHashes.clear();
      uidHashes.set(k, h);
    }
    chunkUidHash.set(s, h);
  }
  return h;
}

export function symbolUid(path: string, line: number, col: number, kind: string, qualname: string, bodyHash: string): string {
  // The hash part depends only on (kind, qualname, bodyHash): memoised, since every edit
  // recomputes the uids of all symbols of the file.
  const k = `${kind}|${qualname}|${bodyHash}`;
  let h = uidHashes.get(k);
  if (h === undefined) {
    h = sha256Hex(k).slice(0, 8);
    if (uidHashes.size > 50000) uidHashes.clear();
    uidHashes.set(k, h);
  }
  return `AST::${path}@${line}:${col}#${h}`;
}

/**
 * Analyse a parsed file. `tree` must be the tree of exactly `src`.
 * Positions in the result are 1-based lines (spec §3.3).
 */
export function analyzeTree(tree: Tree, src: string, path: string, lang: Lang, cache: ChunkCache = defaultCache, carry?: ActiveCarry): FileAnalysis {
  return carry ? withCarry(carry, () => analyzeTreeWith(tree, src, path, lang, cache, carry)) : analyzeTreeWith(tree, src, path, lang, cache, undefined);
}

/**
 * analyzeTree's body. `carry` (carry-over.ts): the previous version of this path's declarations,
 * looked up before the shared chunk cache, and this version's, filled — change-scoped analysis.
 */
function analyzeTreeWith(tree: Tree, src: string, path: string, lang: Lang, cache: ChunkCache, carry: ActiveCarry | undefined): FileAnalysis {
  const ex = extractorFor(lang);
  const root = tree.rootNode;
  const known = knownLineStarts(src);
  let newlines = known ? known.length - 1 : 0;
  if (!known) for (let i = src.indexOf('\n'); i !== -1; i = src.indexOf('\n', i + 1)) newlines++;
  const lineCount = src.length === 0 ? 0 : newlines + 1 - (src.endsWith('\n') ? 1 : 0);
  const file: FileAnalysis = {
    path, lang, ok: !root.hasError, parseErrors: [], lineCount,
    symbols: [], types: [], imports: [], exportAliases: [], testCases: 0,
    commentOnlyLines: [], codeLines: new Array<string>(Math.max(lineCount, 0)).fill(''),
  };
  const exportedNames = new Set<string>();
  // Comment-only rows of the chunks in file order: each chunk's list is increasing and chunks come
  // in row order, so the file's list is built without a Set and a sort (issue 14: webpack's
  // Compilation.js has 1,642 of them, hashed, spread and sorted again on every keystroke).
  const commentOnly = { rows: [] as number[], unordered: false };
  // All top-level nodes in one wasm call (each carries its start index and position).
  const kids = root.children;
  let prev: Node | null = null;
  let prevType = '';
  for (const node of kids) {
    if (!node) continue;
    const startRow = node.startPosition.row;
    const type = node.type;
    // A top-level declaration's doc comment is the previous top-level node, and chunk() reads
    // it (hasDoc/docHash/deprecated): it belongs in the cache key.
    const doc = prev && prevType === 'comment' && prev.endPosition.row >= startRow - 1 ? prev.text : '';
    prev = node;
    prevType = type;
    const col = node.startPosition.column;
    const text = node.text;
    // The path's previous version first (unchanged declarations carried over), then the cache.
    let chunk = carry?.prev?.getChunk(lang, type, col, doc, text) ?? cache.get(lang, type, col, doc, text);
    // Cached chunks are error-free; in a file with errors the same text and type may hold an
    // ERROR/MISSING node this time (error recovery elsewhere changed how it parsed).
    if (chunk && !file.ok && node.hasError) chunk = undefined;
    if (!chunk) {
      try {
        chunk = ex.chunk(node, src, lang, path);
      } catch (e) {
        if (e instanceof NestingTooDeep) return fileLevelAnalysis(src, path, lang, lineCount, startRow + 1, e.message);
        throw e;
      }
      // A chunk with errors is cheap to recompute and must report fresh positions.
      if (chunk.parseErrors.length === 0) cache.set(lang, type, col, doc, text, chunk);
    }
    if (carry?.next && chunk.parseErrors.length === 0 && !(!file.ok && node.hasError)) carry.next.setChunk(lang, type, col, doc, text, chunk);
    placeChunk(file, chunk, startRow, exportedNames, commentOnly);
  }
  // A line with code is not comment-only even if a comment chunk also touched it.
  const rows = commentOnly.unordered ? [...new Set(commentOnly.rows)].sort((a, b) => a - b) : commentOnly.rows;
  file.commentOnlyLines = rows.filter((l) => !file.codeLines[l - 1]);
  if (!file.ok && file.parseErrors.length === 0) {
    file.parseErrors.push({ line: 1, col: 0, message: 'syntax error' });
  }
  ex.finish(file, exportedNames, isTestPath(path));
  // Until here `uid` holds the hash part (computed once per cached chunk symbol); finish() may
  // have renamed nothing that enters it (kind, qualname, body hash), so the hash stays valid.
  for (const s of file.symbols) s.uid = `AST::${path}@${s.range.line}:${s.range.col}#${s.uid}`;
  for (const t of file.types) t.uid = `AST::${path}@${t.range.line}:${t.range.col}#${t.uid}`;
  return file;
}

/**
 * A chunk's result placed at its row in the file's analysis: symbols, types and imports shifted,
 * code and comment rows merged. A function of its own, not part of analyzeTreeWith's loop, so
 * that V8 compiles (and, after a deoptimisation, recompiles) each separately: as one function
 * analyzeTreeWith cost 100–190 ms of TurboFan per compile on the background thread that competes
 * with the keystroke on two cores (issue 14, tenth pass).
 */
function placeChunk(file: FileAnalysis, chunk: ChunkResult, startRow: number, exportedNames: Set<string>, commentOnly: { rows: number[]; unordered: boolean }): void {
  const off = startRow + 1; // relative row 0 → absolute 1-based line
  for (const s of chunk.symbols) file.symbols.push(placedSymbol(s, off));
  for (const t of chunk.types) file.types.push({ ...t, uid: uidHashOf(t, 'type'), range: shiftSpan(t.range, off) });
  for (const im of chunk.imports) file.imports.push({ ...im, line: im.line + off, endLine: im.endLine + off });
  file.exportAliases.push(...chunk.exportAliases);
  for (const name of chunk.exportedNames) exportedNames.add(name);
  if (chunk.dunderAll) file.dunderAll = [...(file.dunderAll ?? []), ...chunk.dunderAll];
  file.testCases += chunk.testCases;
  const rows = commentOnly.rows;
  for (const r of chunk.commentOnlyRows) {
    const line = r + off;
    const last = rows.length ? rows[rows.length - 1] : 0;
    if (line === last) continue;
    // A row before the last one (no extractor makes one): sorted and deduplicated at the end.
    if (line < last) commentOnly.unordered = true;
    rows.push(line);
  }
  const codeRows = chunk.codeRows;
  const codeLines = file.codeLines;
  for (let r = 0; r < codeRows.length; r++) {
    const rowText = codeRows[r];
    const idx = r + startRow;
    if (!rowText || idx >= codeLines.length) continue;
    codeLines[idx] = codeLines[idx] ? `${codeLines[idx]} ${rowText}` : rowText;
  }
  for (const e of chunk.parseErrors) file.parseErrors.push({ ...e, line: e.line + off });
}

/**
 * A chunk symbol at its file row, built as one object literal rather than spread from the chunk's:
 * a spread copies its source's hidden class, and chunk symbols come by several paths (fresh
 * extraction, a cached or flattened copy, a member replayed or recorded in place), so the file's
 * symbols had four hidden classes in webpack's Compilation.js, and the pairing and the tokenizer
 * that read them deoptimised on each new one (issue 14, tenth pass). Built here, they have one
 * per combination of the optional keys, which keep the extractor's order (container last).
 */
function placedSymbol(s: SymbolInfo, off: number): SymbolInfo {
  // Lazy body tokens (lazy-tokens.ts) are shared, not read: reading would concatenate them.
  const lazy = lazyBodyTokensOf(s);
  const out: SymbolInfo = {
    kind: s.kind,
    name: s.name,
    qualname: s.qualname,
    range: shiftSpan(s.range, off),
    sigRange: shiftSpan(s.sigRange, off),
    bodyRange: s.bodyRange ? shiftSpan(s.bodyRange, off) : undefined,
    signature: s.signature,
    exported: s.exported,
    public: s.public,
    hasDoc: s.hasDoc,
    docHash: s.docHash,
    deprecated: s.deprecated,
    bodyHash: s.bodyHash,
    bodyTokens: lazy ? NO_TOKENS : s.bodyTokens,
    calls: s.calls,
    metrics: s.metrics,
    uid: uidHashOf(s, s.kind),
  };
  if (s.container !== undefined) out.container = s.container;
  if (s.overloads !== undefined) out.overloads = s.overloads;
  if (lazy) setLazyBodyTokens(out, lazy);
  return out;
}

/**
 * A file past the nesting budget (nesting-budget.ts, issue 11 item 2), analysed at file level:
 * no symbols, types or imports; one parse problem saying why (one diagnostic in the editor);
 * `ok: false`, so its changed lines are MODIFY_FILE and nothing looks deleted (§3.1); code
 * lines are the whitespace-normalised text, so a change is still told from a reformat.
 */
export function fileLevelAnalysis(src: string, path: string, lang: Lang, lineCount: number, line: number, why: string): FileAnalysis {
  const codeLines = new Array<string>(Math.max(lineCount, 0)).fill('');
  let from = 0;
  for (let i = 0; i < codeLines.length; i++) {
    const nl = src.indexOf('\n', from);
    const text = src.slice(from, nl === -1 ? src.length : nl);
    codeLines[i] = text.length > 4096 ? sha256Hex(text) : text.trim().replace(/\s+/g, ' ');
    if (nl === -1) break;
    from = nl + 1;
  }
  return {
    path, lang, ok: false, parseErrors: [{ line, col: 0, message: why }], lineCount,
    symbols: [], types: [], imports: [], exportAliases: [], testCases: 0, commentOnlyLines: [], codeLines,
  };
}

/** Parse and analyse a whole source text (no incremental tree). Frees the tree. */
export function analyzeSource(src: string, path: string, lang: Lang, cache?: ChunkCache): FileAnalysis {
  const tree = parseText(parserFor(lang), src);
  if (!tree) throw new Error(`${path}: tree-sitter returned no tree`);
  try {
    return analyzeTree(tree, src, path, lang, cache);
  } finally {
    tree.delete();
  }
}
