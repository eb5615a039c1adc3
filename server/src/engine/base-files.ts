// The base side of the repository as the mosaic and gate I3 see it (spec §3.9, §3.7): every
// analysable file of the base commit with its line count (and, when asked, its text and
// analysis), read once through cat-file; and the base ∪ head layout built from it and a change
// set. An unchanged file has the same text on both sides, so the head never needs reading: what
// differs is in the change set. The one implementation behind `glx invariants` (I3), `glx
// mosaic` and the editor's Mosaic panel and I3 — so all three lay out the same files.
//
// Gate I3 needs only the line counts of unchanged files (issue 14): `readBaseLocs` streams the
// blobs in batches and counts newlines in the bytes (no decoding, no text kept, no parsing), so
// its memory is the path → count map. Whole-base analyses are read only for the mosaic's Ψ and
// layers (`readBaseFiles` with `analyse`), i.e. when a mosaic is asked for.
import { knownLineCount } from '../util/line-diff';
import type { Policy } from '../config/policy';
import type { ChangeSet } from '../delta/change-set';
import { EMPTY_TREE, isIgnoredPath, type GitRepo } from '../git';
import { isBinary, isTooLarge } from '../git/file-filter';
import { comparePaths, countLines, markSortedLayout, sortByPath, type LayoutFile } from '../mosaic/layout';
import type { ChunkCache } from '../symbols/analyze';
import type { FileAnalysis } from '../symbols/types';
import { makeVersion, textVersion } from './file-version';
import type { GeneratedCheck } from './generated';
import { throwIfCancelled } from '../errors';

export interface BaseFiles {
  sha: string;
  texts: Map<string, string>;
  /** Line counts of `texts`, computed once per base. */
  locs: Map<string, number>;
  /** Analyses (symbols, imports, metrics) when read with `analyse`. */
  analyses: Map<string, FileAnalysis>;
}

export interface ReadBaseOptions {
  /** Parse and analyse every file (Ψ symbols, cc/fan-in layers); a chunk cache makes re-reads cheap. */
  analyse?: ChunkCache;
  /** Generated/minified files get no analysis (engine/generated.ts; config rules only: no .gitattributes query for the whole base). */
  generated?: GeneratedCheck;
  /** Keep the decoded texts (default true). The language server's mosaic takes old texts from its change set. */
  texts?: boolean;
  /** Called every 64 files: the language server yields so requests keep flowing. */
  pause?: () => Promise<void>;
  /** Files read so far of the total, every 64 files (a CLI progress line). */
  onProgress?: (done: number, total: number) => void;
  /** Checked every 64 files (CancelledError). */
  signal?: AbortSignal;
}

/** What reading the base needs from git (a GitRepo; tests count the reads). */
export type BaseReader = Pick<GitRepo, 'listFiles' | 'readBlobs'>;

/** The base's line counts only: all gate I3 needs of unchanged files. */
export interface BaseLocs {
  sha: string;
  locs: Map<string, number>;
}

/** Blobs per cat-file batch: bounds the bytes held at once while counting. */
const LOC_BATCH = 256;

/**
 * Lines of a blob exactly as `countLines(decodeText(buf))` counts them (CRLF and lone CR are
 * one line end, a trailing line end closes the last line, a lone BOM is empty), without
 * decoding: 0x0A and 0x0D never occur inside a UTF-8 multi-byte sequence. Undefined when the
 * engine skips the blob (binary, over 2 MiB — spec §2).
 */
export function countLinesOfBytes(buf: Uint8Array): number | undefined {
  if (isBinary(buf) || isTooLarge(buf)) return undefined;
  let start = 0;
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) start = 3;
  if (buf.length === start) return 0;
  let n = 0;
  const b = Buffer.isBuffer(buf) ? buf : Buffer.from(buf.buffer, buf.byteOffset, buf.length);
  for (let i = b.indexOf(10, start); i !== -1; i = b.indexOf(10, i + 1)) n++;
  // Lone CRs (not followed by LF) end lines too.
  for (let i = b.indexOf(13, start); i !== -1; i = b.indexOf(13, i + 1)) if (b[i + 1] !== 10) n++;
  const last = b[b.length - 1];
  return last === 10 || last === 13 ? n : n + 1;
}

/**
 * Line counts of every file of the base commit but ignored directories, binary and
 * over-2-MiB files (the files readBaseFiles keeps): blobs read in batches, counted as bytes and
 * dropped. The language server's gate I3 and `glx invariants` use this; nothing is parsed.
 */
export async function readBaseLocs(repo: BaseReader, sha: string, opts: { pause?: () => Promise<void> } = {}): Promise<BaseLocs> {
  const out: BaseLocs = { sha, locs: new Map() };
  if (sha === EMPTY_TREE) return out;
  const paths = (await repo.listFiles(sha)).filter((p) => !isIgnoredPath(p));
  for (let i = 0; i < paths.length; i += LOC_BATCH) {
    const batch = paths.slice(i, i + LOC_BATCH);
    const blobs = await repo.readBlobs(batch.map((p) => `${sha}:${p}`));
    for (let k = 0; k < batch.length; k++) {
      const buf = blobs[k];
      if (!buf) continue;
      const n = countLinesOfBytes(buf);
      if (n !== undefined) out.locs.set(batch[k], n);
    }
    if (opts.pause) await opts.pause();
  }
  return out;
}

/** Every file of the base commit but ignored directories (spec §2), binary and over-2-MiB files. */
export async function readBaseFiles(repo: BaseReader, sha: string, opts: ReadBaseOptions = {}): Promise<BaseFiles> {
  const out: BaseFiles = { sha, texts: new Map(), locs: new Map(), analyses: new Map() };
  if (sha === EMPTY_TREE) return out;
  const paths = (await repo.listFiles(sha)).filter((p) => !isIgnoredPath(p));
  const blobs = await repo.readBlobs(paths.map((p) => `${sha}:${p}`));
  for (let i = 0; i < paths.length; i++) {
    if (i % 64 === 63) {
      if (opts.pause) await opts.pause();
      opts.onProgress?.(i + 1, paths.length);
      throwIfCancelled(opts.signal, 'reading the base');
    }
    const buf = blobs[i];
    if (!buf) continue;
    const v = opts.analyse ? makeVersion(paths[i], buf, opts.analyse, opts.generated) : textVersion(paths[i], buf);
    if (v.skipped || v.text === undefined) continue;
    if (opts.texts !== false) out.texts.set(paths[i], v.text);
    out.locs.set(paths[i], countLines(v.text));
    if (v.analysis) out.analyses.set(paths[i], v.analysis);
  }
  return out;
}

/** Per base line-count map and policy: the kept unchanged-file entries in layout order, built once. */
const keptCache = new WeakMap<ReadonlyMap<string, number>, { ignore: string; files: readonly LayoutFile[] }>();

function keptBaseFiles(locs: ReadonlyMap<string, number>, policy: Policy): readonly LayoutFile[] {
  // Keyed by the ignore globs, not the Policy object: callers re-read the config per snapshot.
  const ignore = JSON.stringify(policy.config.ignore);
  const hit = keptCache.get(locs);
  if (hit && hit.ignore === ignore) return hit.files;
  const files: LayoutFile[] = [];
  for (const [p, loc] of locs) {
    if (isIgnoredPath(p) || policy.isIgnored(p)) continue;
    files.push(Object.freeze({ path: p, locBase: loc, locHead: loc }));
  }
  const sorted = sortByPath(files);
  keptCache.set(locs, { ignore, files: sorted });
  return sorted;
}

/**
 * base ∪ head with line counts per side: the change set's files with their two sides, every
 * other base file unchanged (same LOC on both sides). Paths the config ignores take no cells.
 * The result is in layout (path) order and marked so buildLayout does not sort it again: per
 * editor snapshot only the change set's files are new work (the base part is built once per
 * base and policy), so I3 costs a merge, not a sort and a filter of the whole repository.
 */
export function layoutOf(base: Pick<BaseFiles, 'locs'>, cs: ChangeSet, policy: Policy): LayoutFile[] {
  const kept = keptBaseFiles(base.locs, policy);
  const keep = (p: string) => !isIgnoredPath(p) && !policy.isIgnored(p);
  const files = new Map<string, LayoutFile>();
  const touched = new Set<string>();
  for (const c of cs.changes) {
    if (c.old) {
      touched.add(c.old.path);
      if (!c.old.skipped && keep(c.old.path)) {
        const f = files.get(c.old.path) ?? { path: c.old.path, locBase: 0, locHead: 0 };
        // The base version's lines are usually known (the line diff split it once): no count per keystroke.
        f.locBase = c.old.text !== undefined ? knownLineCount(c.old) ?? countLines(c.old.text) : base.locs.get(c.old.path) ?? 0;
        files.set(c.old.path, f);
      }
    }
    if (c.new) {
      touched.add(c.new.path);
      if (!c.new.skipped && keep(c.new.path) && c.new.text !== undefined) {
        const f = files.get(c.new.path) ?? { path: c.new.path, locBase: 0, locHead: 0 };
        f.locHead = knownLineCount(c.new) ?? countLines(c.new.text); // the same count (splitLines ≡ countLines), known for editor buffers
        files.set(c.new.path, f);
      }
    }
  }
  const changed = [...files.values()].sort((a, b) => comparePaths(a.path, b.path));
  // Typing rarely changes which files changed or their line counts: the same inputs give the
  // same (frozen) array back, so I3's layout built from it is reused (mosaic/layout.ts buildLayout).
  const sig = `${[...touched].sort().join('\u0000')}\u0001${changed.map((f) => `${f.path}\u0000${f.locBase}\u0000${f.locHead}`).join('\u0001')}`;
  const last = lastLayout.get(kept);
  if (last && last.sig === sig) return last.out;
  const out: LayoutFile[] = [];
  let k = 0;
  for (const f of kept) {
    if (touched.has(f.path)) continue;
    while (k < changed.length && comparePaths(changed[k].path, f.path) < 0) out.push(changed[k++]);
    out.push(f);
  }
  while (k < changed.length) out.push(changed[k++]);
  for (const f of changed) Object.freeze(f);
  Object.freeze(out);
  lastLayout.set(kept, { sig, out });
  return markSortedLayout(out);
}

/** The last layoutOf result per kept-base list, with the signature of the change set's part (path, LOCs, touched paths). */
const lastLayout = new WeakMap<readonly LayoutFile[], { sig: string; out: LayoutFile[] }>();
