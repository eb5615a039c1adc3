// The Mosaic in the language server (spec §3.9, §6): answers glitchlab/mosaic with the map of
// the working tree and editor buffers against the base, pushes glitchlab/mosaicUpdate after
// each re-analysis while a panel is subscribed, and maps the editor cursor to the cells of the
// symbol under it (glitchlab/mosaicCursor). Read-only, like the rest of the server.
//
// What depends only on the base (file list, texts, LOC, analyses, churn) is read once per base
// commit through cat-file; an unchanged file's head equals its base, so each update rebuilds the
// change set from the snapshot's changed files only and recomputes layout, layers and I3.
import { pathToFileURL } from 'node:url';
import type { Connection } from 'vscode-languageserver/node';
import { readPolicy } from '../config/read-policy';
import type { Policy } from '../config/policy';
import type { ChangeSet, FileChange, FileVersion } from '../delta/change-set';
import { makeVersion } from '../engine/file-version';
import type { HostSnapshot, WorkspaceHost } from '../engine/workspace-host';
import { EMPTY_TREE, isIgnoredPath, type GitRepo } from '../git';
import { DEFAULT_PARAMS, type MosaicParams } from '../mosaic/layers';
import { cellId, comparePaths, countLines, forLineCells, parseCellId, type LayoutFile } from '../mosaic/layout';
import { buildMosaicMap, cellsOfLines, computeMosaic, psiCell, type Mosaic, type MosaicCell, type MosaicInput } from '../mosaic/map';
import { ChunkCache } from '../symbols/analyze';
import type { FileAnalysis } from '../symbols/types';
import {
  MosaicCellRequest, MosaicCursorRequest, MosaicFindRequest, MosaicRequest, MosaicUpdateNotification,
  type MosaicCursorResult, type MosaicGridParams, type MosaicView,
} from '../protocol';
import type { WorkspacePaths } from './workspace-paths';

export interface MosaicServerState {
  repo?: GitRepo;
  host?: WorkspaceHost;
  paths?: WorkspacePaths;
}

interface BaseFiles {
  sha: string;
  texts: Map<string, string>;
  /** Line counts of `texts`, computed once per base: every live update lays out all files. */
  locs: Map<string, number>;
  analyses: Map<string, FileAnalysis>;
  churn: Map<string, number>;
}

export class MosaicFeatures {
  private subscribed = false;
  private params: MosaicParams = { ...DEFAULT_PARAMS };
  private baseFiles?: Promise<BaseFiles>;
  private baseSha?: string;
  private last?: { generation: number; mosaic: Mosaic; analyses: ReadonlyMap<string, FileAnalysis> };
  private pushQueued = false;
  private readonly cache = new ChunkCache();

  constructor(private readonly conn: Connection, private readonly state: () => MosaicServerState) {}

  listen(): void {
    this.conn.onRequest(MosaicRequest.type, async (p) => {
      if (p?.subscribe !== undefined) this.subscribed = p.subscribe;
      this.params = paramsFrom(p ?? {}, this.params);
      const snap = this.snapshot();
      if (!snap) throw new Error('GlitchLab is still indexing');
      return this.view(snap);
    });
    this.conn.onRequest(MosaicCursorRequest.type, (p) => this.cursor(p.uri, p.line));
    this.conn.onRequest(MosaicCellRequest.type, (p) => this.cell(p?.cell) ?? null);
    this.conn.onRequest(MosaicFindRequest.type, (p) => ({ cell: this.find(typeof p?.query === 'string' ? p.query.trim() : '') }));
  }

  /** Hook: the server published a new snapshot (after edits, re-index, config change). */
  onSnapshot(snap: HostSnapshot): void {
    if (!this.subscribed || this.pushQueued) return;
    this.pushQueued = true;
    // Coalesce bursts of publishes into one update computed from the newest snapshot.
    setImmediate(() => {
      this.pushQueued = false;
      const current = this.snapshot() ?? snap;
      this.view(current).then(
        (v) => void this.conn.sendNotification(MosaicUpdateNotification.type, v),
        (e) => this.conn.console.warn(`glitchlab: mosaic: ${(e as Error).message}`),
      );
    });
  }

  private snapshot(): HostSnapshot | undefined {
    const host = this.state().host;
    return host?.currentBase ? host.snapshot() : undefined;
  }

  private async view(snap: HostSnapshot): Promise<MosaicView> {
    const { repo, host } = this.state();
    if (!repo || !host || !snap.base) throw new Error('GlitchLab is still indexing');
    const t0 = performance.now();
    const base = await this.loadBase(repo, snap.base.sha);
    const policy = readPolicy(repo.root).policy;
    const input = this.input(snap, host, base, policy);
    const mosaic = computeMosaic(input);
    this.last = { generation: snap.generation, mosaic, analyses: input.facts.analyses };
    const revs = { base: { rev: snap.base.rev, sha: snap.base.sha }, head: { rev: 'WORKTREE', sha: snap.headSha } };
    // Ψ and the file list stay on the server (MosaicCellRequest): a live update carries the layers.
    const { cells: _c, files: _f, artifacts: _a, ...rest } = buildMosaicMap(mosaic, input, revs, [], new Date(), { psi: false });
    const map = { ...rest, fileCount: mosaic.layout.files.length };
    return { rootUri: pathToFileURL(repo.root).toString(), generation: snap.generation, millis: Math.round((performance.now() - t0) * 10) / 10, map };
  }

  /**
   * The base ∪ head layout input the panel uses, for gate I3 in the editor (gate-features.ts,
   * spec §3.7): the same files, LOCs, change set and tokens as `glx invariants`. Base files are
   * read once per base commit; the caller evaluates it on the debounced full snapshot only.
   */
  async layoutInput(snap: HostSnapshot): Promise<MosaicInput | undefined> {
    const { repo, host } = this.state();
    if (!repo || !host || !snap.base) return undefined;
    const base = await this.loadBase(repo, snap.base.sha);
    return this.input(snap, host, base, readPolicy(repo.root).policy);
  }

  private loadBase(repo: GitRepo, sha: string): Promise<BaseFiles> {
    if (this.baseFiles && this.baseSha === sha) return this.baseFiles;
    this.baseSha = sha;
    this.baseFiles = (async () => {
      const texts = new Map<string, string>();
      const locs = new Map<string, number>();
      const analyses = new Map<string, FileAnalysis>();
      const churn = new Map<string, number>();
      if (sha === EMPTY_TREE) return { sha, texts, locs, analyses, churn };
      const paths = (await repo.listFiles(sha)).filter((p) => !isIgnoredPath(p));
      const blobs = await repo.readBlobs(paths.map((p) => `${sha}:${p}`));
      for (let i = 0; i < paths.length; i++) {
        // Analysing thousands of files takes seconds: yield now and then so diagnostics and
        // other requests keep flowing while the panel's first view is prepared.
        if (i % 64 === 63) await new Promise((r) => setImmediate(r));
        const buf = blobs[i];
        if (!buf) continue;
        const v = makeVersion(paths[i], buf, this.cache);
        if (v.skipped || v.text === undefined) continue;
        texts.set(paths[i], v.text);
        locs.set(paths[i], countLines(v.text));
        if (v.analysis) analyses.set(paths[i], v.analysis);
      }
      const history = await repo.logWithChanges(sha, { maxCount: 90, since: '90.days.ago' }).catch(() => []);
      for (const c of history) for (const f of c.files) {
        const p = f.newPath ?? f.oldPath;
        if (p) churn.set(p, (churn.get(p) ?? 0) + 1);
      }
      return { sha, texts, locs, analyses, churn };
    })();
    this.baseFiles.catch(() => (this.baseFiles = undefined));
    return this.baseFiles;
  }

  /** Change set, layout files and facts from the snapshot's changed files over the base. */
  private input(snap: HostSnapshot, host: WorkspaceHost, base: BaseFiles, policy: Policy): MosaicInput {
    const keep = (p: string) => !isIgnoredPath(p) && !policy.isIgnored(p);
    const changes: FileChange[] = [];
    const files = new Map<string, LayoutFile>();
    const analyses = new Map(base.analyses);
    const touchedBase = new Set<string>();
    for (const [path, status] of snap.changed) {
      const basePath = status === 'A' ? undefined : status === 'D' ? path : host.basePathOf(path);
      const oldText = basePath !== undefined ? base.texts.get(basePath) : undefined;
      const newText = status === 'D' ? undefined : snap.textOf(path);
      if (basePath) touchedBase.add(basePath);
      const change: FileChange = { status };
      if (basePath !== undefined && oldText !== undefined) {
        change.old = { path: basePath, text: oldText, analysis: base.analyses.get(basePath) };
        if (keep(basePath)) files.set(basePath, { ...(files.get(basePath) ?? { path: basePath, locHead: 0 }), locBase: base.locs.get(basePath) ?? countLines(oldText) });
      }
      if (status !== 'D' && newText !== undefined) {
        const a = snap.analysisOf(path, 'head');
        const pe = snap.parseErrors.get(path);
        // Every parse error of a broken head (not only the first): I3 leaves out each hunk that
        // holds one, as `glx invariants` does with the file's own analysis (gate-features.ts parity).
        const nv: FileVersion = { path, text: newText, analysis: a && pe ? { ...a, ok: false, parseErrors: !a.ok && a.parseErrors.length ? a.parseErrors : [pe] } : a };
        change.new = nv;
        if (a) analyses.set(path, a);
        if (keep(path)) {
          const prev = files.get(path);
          files.set(path, { path, locBase: prev?.locBase ?? 0, locHead: countLines(newText) });
        }
      } else if (status === 'D') analyses.delete(path);
      if (change.old || change.new) changes.push(change);
    }
    for (const [p, loc] of base.locs) {
      if (touchedBase.has(p) || files.has(p) || !keep(p)) continue;
      files.set(p, { path: p, locBase: loc, locHead: loc });
    }
    // Deleted files keep their base analysis for Ψ symbols.
    for (const [path, status] of snap.changed) if (status === 'D' && base.analyses.has(path)) analyses.set(path, base.analyses.get(path)!);
    const cs: ChangeSet = { changes };
    return {
      files: [...files.values()], changeSet: cs, tokens: snap.result.tokens,
      facts: { analyses, churn: base.churn }, params: this.params, tau: policy.config.i3.tau,
    };
  }

  /** Ψ of a cell of the last view (its grid): files, line ranges, symbols. */
  private cell(id: unknown): MosaicCell | undefined {
    const last = this.last;
    const p = typeof id === 'string' ? parseCellId(id) : undefined;
    if (!last || !p) return undefined;
    const layout = last.mosaic.layout;
    if (p.rows !== layout.rows || p.cols !== layout.cols) return undefined;
    return psiCell(layout, last.analyses, p.r * layout.cols + p.c);
  }

  /** First cell of a symbol (exact qualname, then last segment), else of a file path (exact, suffix, substring). */
  private find(query: string): string | null {
    const last = this.last;
    if (!last || !query) return null;
    const layout = last.mosaic.layout;
    const paths = [...layout.index.keys()].sort(comparePaths);
    const at = (path: string, line: number) => {
      let cell = -1;
      forLineCells(layout, layout.index.get(path)!, layout.files[layout.index.get(path)!].locHead > 0 ? 'head' : 'base', line, (c) => {
        if (cell < 0) cell = c;
      });
      return cellId(layout.rows, layout.cols, cell);
    };
    for (const match of [(q: string) => q === query, (q: string) => q.endsWith(`.${query}`)]) {
      for (const p of paths) {
        const sym = last.analyses.get(p)?.symbols.find((x) => match(x.qualname));
        if (sym) return at(p, sym.range.line);
      }
    }
    const file = paths.find((p) => p === query) ?? paths.find((p) => p.endsWith(`/${query}`)) ?? paths.find((p) => p.includes(query));
    return file ? at(file, 1) : null;
  }

  private cursor(uri: string, line0: number): MosaicCursorResult {
    const { paths, host } = this.state();
    const rel = paths?.toRel(uri);
    if (!rel || !host?.currentBase) return { cells: [], symbol: null, file: rel ?? null };
    const snap = host.fileSnapshot(rel);
    const a = snap.analysisOf(rel, 'head');
    const line = line0 + 1;
    // Innermost symbol around the cursor: the one with the latest start that still contains it.
    const sym = a?.symbols.filter((s) => s.range.line <= line && line <= s.range.endLine).sort((x, y) => y.range.line - x.range.line)[0];
    const mosaic = this.last?.mosaic;
    if (!sym || !mosaic) return { cells: [], symbol: sym?.qualname ?? null, file: rel };
    const layout = mosaic.layout;
    const cells = cellsOfLines(layout, rel, 'head', sym.range.line, sym.range.endLine).map((c) => cellId(layout.rows, layout.cols, c));
    return { cells, symbol: sym.qualname, file: rel };
  }
}

function paramsFrom(p: MosaicGridParams, prev: MosaicParams): MosaicParams {
  const int = (v: unknown, d: number) => (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 1024 ? v : d);
  const unit = (v: unknown, d: number) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1 ? v : d);
  return {
    rows: int(p.rows, prev.rows),
    cols: int(p.cols, prev.cols),
    // `policy` needs analysis/policy.json; the panel offers basic and balanced.
    phi: p.phi === 'basic' || p.phi === 'balanced' ? p.phi : prev.phi,
    kappa: unit(p.kappa, prev.kappa),
    delta: unit(p.delta, prev.delta),
    edgeThr: unit(p.edgeThr, prev.edgeThr),
  };
}
