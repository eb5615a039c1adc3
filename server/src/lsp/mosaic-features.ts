// The Mosaic in the language server (spec §3.9, §6): answers glitchlab/mosaic with the map of
// the working tree and editor buffers against the base, pushes glitchlab/mosaicUpdate after
// each re-analysis while a panel is subscribed, and maps the editor cursor to the cells of the
// symbol under it (glitchlab/mosaicCursor). Read-only, like the rest of the server.
//
// What depends only on the base (file list, texts, LOC, analyses — engine/base-files.ts — and
// churn over the configured calibration window — engine/history-window.ts, the CLI's too) is
// read once per base commit; an unchanged file's head equals its base, so each update rebuilds
// the change set from the snapshot's changed files only and recomputes layout, layers and I3.
//
// Bounded and lazy (issue 14): gate I3 (layoutInput, called with no panel open) needs only the
// line counts of unchanged files — read once per base by counting newlines in the blobs
// (readBaseLocs: nothing parsed, no text kept) — and the base sides of changed files, which the
// snapshot's change set already holds. The whole base is analysed only while a Mosaic panel is
// subscribed (view()), and released when the panel unsubscribes.
import { pathToFileURL } from 'node:url';
import type { Connection } from 'vscode-languageserver/node';
import { readPolicy } from '../config/read-policy';
import type { Policy } from '../config/policy';
import type { ChangeSet, FileChange, FileVersion } from '../delta/change-set';
import { layoutOf, readBaseFiles, readBaseLocs, type BaseFiles, type BaseLocs } from '../engine/base-files';
import { generatedCheck } from '../engine/generated';
import { historyWindow } from '../engine/history-window';
import { headAnalyses } from '../mosaic/git-mosaic-source';
import type { HostSnapshot, WorkspaceHost } from '../engine/workspace-host';
import type { GitRepo } from '../git';
import { findingsByCell, type MosaicFinding } from '../mosaic/findings';
import { DEFAULT_PARAMS, type MosaicParams } from '../mosaic/layers';
import { cellId, comparePaths, parseCellId } from '../mosaic/layout';
import { findCells, regionsOf } from '../mosaic/regions';
import { buildMosaicMap, cellsOfLines, computeMosaic, psiCell, type Mosaic, type MosaicCell, type MosaicInput } from '../mosaic/map';
import { ChunkCache } from '../symbols/analyze';
import type { MosaicFileFacts } from '../mosaic/layers';
import {
  MosaicCellRequest, MosaicCursorRequest, MosaicFindRequest, MosaicRequest, MosaicUpdateNotification,
  type MosaicCursorResult, type MosaicFindResult, type MosaicGridParams, type MosaicView,
} from '../protocol';
import type { WorkspacePaths } from './workspace-paths';
import { GlxError } from '../errors';
import { ErrorReporter } from './error-reporting';

export interface MosaicServerState {
  repo?: GitRepo;
  host?: WorkspaceHost;
  paths?: WorkspacePaths;
}

/** The base's analyses and the calibration window's churn, read once per base commit while a panel is open. */
type BaseState = BaseFiles & { churn: Map<string, number> };

/** What gate I3 reads of a snapshot (mosaic/i3.ts evaluateI3): the layout, the change set, the tokens. */
export type I3LayoutInput = Pick<MosaicInput, 'files' | 'changeSet' | 'tokens'>;

const STILL_INDEXING = () => new GlxError('GlitchLab is still indexing; try again in a moment', {}, 'busy');

export class MosaicFeatures {
  private subscribed = false;
  private params: MosaicParams = { ...DEFAULT_PARAMS };
  private baseFiles?: Promise<BaseState>;
  private baseSha?: string;
  /** Line counts of the base (gate I3), read once per base commit; never analyses. */
  private baseLocs?: { sha: string; locs: Promise<BaseLocs> };
  private last?: { generation: number; mosaic: Mosaic; analyses: ReadonlyMap<string, MosaicFileFacts>; findings: ReadonlyMap<number, readonly MosaicFinding[]> };
  private pushQueued = false;
  private cache = new ChunkCache();

  constructor(
    private readonly conn: Connection,
    private readonly state: () => MosaicServerState,
    private readonly errors = new ErrorReporter(conn),
  ) {}

  listen(): void {
    const on = this.errors.onRequest.bind(this.errors);
    on(MosaicRequest.type, async (p) => {
      if (p?.subscribe !== undefined) this.subscribed = p.subscribe;
      this.params = paramsFrom(p ?? {}, this.params);
      const snap = this.snapshot();
      if (!snap) throw STILL_INDEXING();
      const v = await this.view(snap);
      // The panel closed: drop the whole-base analyses (the next panel reads them again).
      if (p?.subscribe === false) this.release();
      return v;
    });
    on(MosaicCursorRequest.type, (p) => this.cursor(p.uri, p.line));
    on(MosaicCellRequest.type, (p) => this.cell(p?.cell) ?? null);
    on(MosaicFindRequest.type, (p) => this.find(typeof p?.query === 'string' ? p.query.trim() : ''));
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
        (e) => this.errors.notify('Mosaic', e),
      );
    });
  }

  /** Frees what only an open panel needs: the base's analyses, their chunk cache, the last view. */
  private release(): void {
    this.baseFiles = undefined;
    this.baseSha = undefined;
    this.last = undefined;
    this.cache = new ChunkCache();
  }

  private snapshot(): HostSnapshot | undefined {
    const host = this.state().host;
    return host?.currentBase ? host.snapshot() : undefined;
  }

  private async view(snap: HostSnapshot): Promise<MosaicView> {
    const { repo, host } = this.state();
    if (!repo || !host || !snap.base) throw STILL_INDEXING();
    const t0 = performance.now();
    const base = await this.loadBase(repo, snap.base.sha);
    const policy = readPolicy(repo.root).policy;
    const input = this.input(snap, host, base, policy, base);
    const mosaic = computeMosaic(input);
    // The snapshot's SAST findings on this grid: Ψ of a cell (hover, click) names them.
    this.last = { generation: snap.generation, mosaic, analyses: input.facts.analyses, findings: findingsByCell(mosaic.layout, input.facts.findings ?? []) };
    const revs = { base: { rev: snap.base.rev, sha: snap.base.sha }, head: { rev: 'WORKTREE', sha: snap.headSha } };
    // Ψ and the file list stay on the server (MosaicCellRequest): a live update carries the layers.
    const { cells: _c, files: _f, artifacts: _a, ...rest } = buildMosaicMap(mosaic, input, revs, [], new Date(), { psi: false });
    const map = { ...rest, fileCount: mosaic.layout.files.length, regions: regionsOf(mosaic.layout) };
    return { rootUri: pathToFileURL(repo.root).toString(), generation: snap.generation, millis: Math.round((performance.now() - t0) * 10) / 10, map };
  }

  /**
   * The base ∪ head layout input the panel uses, for gate I3 in the editor (gate-features.ts,
   * spec §3.7): the same files, LOCs, change set and tokens as `glx invariants`. Base files are
   * read once per base commit; the caller evaluates it on the debounced full snapshot only.
   */
  async layoutInput(snap: HostSnapshot): Promise<I3LayoutInput | undefined> {
    const { repo, host } = this.state();
    if (!repo || !host || !snap.base) return undefined;
    const locs = await this.loadLocs(repo, snap.base.sha);
    const { files, changeSet, tokens } = this.input(snap, host, locs, readPolicy(repo.root).policy);
    return { files, changeSet, tokens };
  }

  /** The base's line counts (engine/base-files.ts readBaseLocs), once per base commit. */
  private loadLocs(repo: GitRepo, sha: string): Promise<BaseLocs> {
    if (this.baseLocs?.sha === sha) return this.baseLocs.locs;
    const pause = () => new Promise<void>((r) => setImmediate(r));
    const entry = { sha, locs: readBaseLocs(repo, sha, { pause }) };
    entry.locs.catch(() => {
      if (this.baseLocs === entry) this.baseLocs = undefined;
    });
    this.baseLocs = entry;
    return entry.locs;
  }

  /** The base's files (engine/base-files.ts, as `glx mosaic`) and churn over the configured calibration window, once per base commit. */
  private loadBase(repo: GitRepo, sha: string): Promise<BaseState> {
    if (this.baseFiles && this.baseSha === sha) return this.baseFiles;
    this.baseSha = sha;
    // Analysing thousands of files takes seconds: yield now and then so diagnostics and other
    // requests keep flowing while the panel's first view is prepared.
    const pause = () => new Promise<void>((r) => setImmediate(r));
    const policy = readPolicy(repo.root).policy;
    this.baseFiles = Promise.all([readBaseFiles(repo, sha, { analyse: this.cache, texts: false, pause, generated: generatedCheck(policy.config.generated) }), historyWindow(repo, sha, policy)])
      .then(([files, window]) => ({ ...files, churn: window.churn }));
    this.baseFiles.catch(() => (this.baseFiles = undefined));
    return this.baseFiles;
  }

  /**
   * Change set, layout files and facts from the snapshot's changed files over the base. The base
   * sides come from the snapshot's change set (the host read them when git reported the change);
   * `panel` (the whole base's analyses and churn) only for the panel's view.
   */
  private input(snap: HostSnapshot, host: WorkspaceHost, base: Pick<BaseFiles, 'locs'>, policy: Policy, panel?: BaseState): MosaicInput {
    const olds = new Map<string, FileVersion>();
    const heads = new Map<string, FileVersion>();
    for (const c of snap.changeSet.changes) {
      if (c.old) olds.set(c.old.path, c.old);
      if (c.new) heads.set(c.new.path, c.new);
    }
    const changes: FileChange[] = [];
    for (const [path, status] of snap.changed) {
      const basePath = status === 'A' ? undefined : status === 'D' ? path : host.basePathOf(path);
      const old = basePath !== undefined ? olds.get(basePath) : undefined;
      const oldText = old?.text;
      const newText = status === 'D' ? undefined : snap.textOf(path);
      const change: FileChange = { status };
      // The snapshot's own version objects where nothing differs (issue 14): the line diff is
      // memoised per version pair (util/line-diff.ts versionHunks), so I3 reuses the tokenizer's.
      const oldAnalysis = panel?.analyses.get(basePath ?? '') ?? old?.analysis;
      if (basePath !== undefined && oldText !== undefined) change.old = old && oldAnalysis === old.analysis ? old : { path: basePath, text: oldText, analysis: oldAnalysis };
      if (status !== 'D' && newText !== undefined) {
        const a = snap.analysisOf(path, 'head');
        const pe = snap.parseErrors.get(path);
        // Every parse error of a broken head (not only the first): I3 leaves out each hunk that
        // holds one, as `glx invariants` does with the file's own analysis (gate-features.ts parity).
        const nv: FileVersion = { path, text: newText, analysis: a && pe ? { ...a, ok: false, parseErrors: !a.ok && a.parseErrors.length ? a.parseErrors : [pe] } : a };
        const same = heads.get(path);
        change.new = !pe && same && same.text === newText && same.analysis === a ? same : nv;
      }
      if (change.old || change.new) changes.push(change);
    }
    const cs: ChangeSet = { changes };
    return {
      files: layoutOf(base, cs, policy), changeSet: cs, tokens: snap.result.tokens,
      facts: { analyses: panel ? headAnalyses(panel, cs) : new Map(), churn: panel?.churn, findings: snap.sast?.findings }, params: this.params, tau: policy.config.i3.tau,
    };
  }

  /** Ψ of a cell of the last view (its grid): files, line ranges, symbols. */
  private cell(id: unknown): MosaicCell | undefined {
    const last = this.last;
    const p = typeof id === 'string' ? parseCellId(id) : undefined;
    if (!last || !p) return undefined;
    const layout = last.mosaic.layout;
    if (p.rows !== layout.rows || p.cols !== layout.cols) return undefined;
    return psiCell(layout, last.analyses, p.r * layout.cols + p.c, last.findings);
  }

  /** Every cell of the symbols (exact qualname, then last segment), else of the files (exact, suffix, substring) matching `query` (mosaic/regions.ts findCells). */
  private find(query: string): MosaicFindResult {
    const last = this.last;
    const none: MosaicFindResult = { cell: null, cells: [], label: '' };
    if (!last || !query) return none;
    const layout = last.mosaic.layout;
    const r = findCells(layout, last.analyses, query, [...layout.index.keys()].sort(comparePaths));
    if (!r) return none;
    const id = (c: number) => cellId(layout.rows, layout.cols, c);
    return { cell: id(r.first), cells: r.cells.map(id), label: r.label };
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
