// The mosaic's per-file facts of a base commit, kept across runs (issue 14 "Warm starts":
// `glx mosaic` on webpack spent 9 of its 11 s parsing and analysing every base file, every run).
// A base commit never changes, so what the mosaic reads of each file — its line count and the
// MosaicFileFacts (mosaic/layers.ts: symbols' spans/cc/visibility, public types, imports) — is
// stored once per (base sha, generated-file rules) in `.glx/cache/mosaic/` (warm-store.ts:
// content-addressed, engine identity in the key, a bad entry is a miss). A warm run reads one
// file instead of ~17k blobs; only the change set's files are analysed (by analyseChange, as
// before), so a warm mosaic recomputes only the changed files' cells.
//
// Cold and warm runs hand the mosaic the same projection (`factsOf`), so their outputs are
// identical byte for byte (test/integration/warm-mosaic.test.ts). Only names, spans, numbers
// and import specifiers are stored, and a file's facts in which a secret detector matches
// anything are not (spec §3.11): its path is, and a warm run analyses it again from its blob.
import type { Policy } from '../config/policy';
import type { MosaicFileFacts } from '../mosaic/layers';
import type { FileAnalysis } from '../symbols/types';
import type { ChunkCache } from '../symbols/analyze';
import { redactDeep } from '../redact';
import { readBaseFiles, type BaseReader, type ReadBaseOptions } from './base-files';
import { makeVersion } from './file-version';
import { generatedCheck } from './generated';
import type { WarmStore } from './warm-store';

export interface BaseFacts {
  sha: string;
  locs: Map<string, number>;
  analyses: Map<string, MosaicFileFacts>;
}

/** The part of an analysis the mosaic reads (a fresh object: nothing else of the analysis is kept alive). */
export function factsOf(a: Pick<FileAnalysis, 'symbols' | 'types' | 'imports'>): MosaicFileFacts {
  return {
    symbols: a.symbols.map((s) => ({ kind: s.kind, qualname: s.qualname, public: s.public, range: { line: s.range.line, endLine: s.range.endLine }, metrics: { cc: s.metrics.cc } })),
    types: a.types.map((t) => ({ qualname: t.qualname, public: t.public, range: { line: t.range.line, endLine: t.range.endLine } })),
    imports: a.imports.map((i) => ({ spec: i.spec, line: i.line })),
  };
}

/** Stored form: rows in path order; `facts` null for files without an analysis, `secret` for files not stored. */
interface Pack {
  files: [path: string, loc: number, facts: MosaicFileFacts | null | 'secret'][];
}

const isSpan = (r: unknown) => !!r && typeof (r as { line?: unknown }).line === 'number' && typeof (r as { endLine?: unknown }).endLine === 'number';
const isFacts = (f: unknown): f is MosaicFileFacts => {
  const x = f as MosaicFileFacts;
  return !!x && Array.isArray(x.symbols) && Array.isArray(x.types) && Array.isArray(x.imports)
    && x.symbols.every((s) => typeof s.qualname === 'string' && typeof s.kind === 'string' && typeof s.public === 'boolean' && isSpan(s.range) && typeof s.metrics?.cc === 'number')
    && x.types.every((t) => typeof t.qualname === 'string' && typeof t.public === 'boolean' && isSpan(t.range))
    && x.imports.every((i) => typeof i.spec === 'string' && typeof i.line === 'number');
};
const isPack = (v: unknown): v is Pack =>
  !!v && Array.isArray((v as Pack).files) && (v as Pack).files.every((r) => Array.isArray(r) && r.length === 3 && typeof r[0] === 'string' && typeof r[1] === 'number' && (r[2] === null || r[2] === 'secret' || isFacts(r[2])));

export interface ReadBaseFactsOptions extends Pick<ReadBaseOptions, 'onProgress' | 'signal'> {
  /** `.glx/cache/mosaic/`; without it every run reads and analyses the whole base. */
  store?: WarmStore;
  /** The chunk cache the analyses go through (a cold read). */
  cache: ChunkCache;
}

/** Line counts and mosaic facts of every base file readBaseFiles keeps (from the store when there). */
export async function readBaseFacts(repo: BaseReader, sha: string, policy: Policy, opts: ReadBaseFactsOptions): Promise<BaseFacts> {
  const generated = generatedCheck(policy.config.generated);
  const key = `facts\0${sha}\0${JSON.stringify(policy.config.generated ?? null)}`;
  const hit = opts.store && /^[0-9a-f]{40}$/.test(sha) ? opts.store.get(key, isPack) : undefined;
  if (hit) {
    const out: BaseFacts = { sha, locs: new Map(), analyses: new Map() };
    const secret = hit.files.filter((r) => r[2] === 'secret').map((r) => r[0]);
    const again = new Map<string, MosaicFileFacts>();
    if (secret.length) {
      const blobs = await repo.readBlobs(secret.map((p) => `${sha}:${p}`));
      secret.forEach((p, i) => {
        const v = blobs[i] ? makeVersion(p, blobs[i]!, opts.cache, generated) : undefined;
        if (v?.analysis) again.set(p, factsOf(v.analysis));
      });
    }
    for (const [p, loc, f] of hit.files) {
      out.locs.set(p, loc);
      const facts = f === 'secret' ? again.get(p) : f;
      if (facts) out.analyses.set(p, facts);
    }
    return out;
  }
  const pack: Pack = { files: [] };
  const out: BaseFacts = { sha, locs: new Map(), analyses: new Map() };
  const base = await readBaseFiles(repo, sha, { analyse: opts.cache, generated, onProgress: opts.onProgress, signal: opts.signal, texts: false });
  for (const [p, loc] of base.locs) {
    const a = base.analyses.get(p);
    const facts = a ? factsOf(a) : undefined;
    out.locs.set(p, loc);
    if (facts) out.analyses.set(p, facts);
    // spec §3.11: only names, spans and numbers are stored; facts in which a secret detector
    // matches anything are not (a warm run analyses that file again).
    pack.files.push([p, loc, facts && JSON.stringify(redactDeep(facts)) !== JSON.stringify(facts) ? 'secret' : facts ?? null]);
  }
  if (opts.store && /^[0-9a-f]{40}$/.test(sha)) opts.store.put(key, pack);
  return out;
}
