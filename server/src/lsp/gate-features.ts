// The gates in the editor (spec §6, §3.7): the same I1/I2 evaluation and aggregation CI runs
// (gates/), over the language server's live snapshot. Gives diagnostics at the responsible
// place (I2 at the broken port, I1 at the top contributor), the decision and thresholds for
// the status bar, α/β/ζ on the file code lens and the "why" (explain lines) on hovers.
// I3 and I4 are evaluated asynchronously (refresh): I3 over the Mosaic panel's base ∪ head
// layout (mosaic-features.ts layoutInput, the layout `glx invariants` uses) on the debounced
// full snapshot only, never per keystroke; I4 from the configured report files, re-read when
// they (or the config, the base, EGDB) change. When a result arrives the server re-sends the
// status and the spec/invariants.yaml diagnostics (config-diagnostics.ts), so the status-bar
// decision equals `glx invariants --ci` on the same working tree (docs/gates.md "Editor").
// No connection here: server.ts calls these hooks and sends what they return.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DiagnosticSeverity, type CodeLens, type Diagnostic, type Hover, type Position } from 'vscode-languageserver-protocol';
import { calibrateInWorker, type WorkerCalibration } from '../calibration/calibrate-in-worker';
import { readSpecState, thresholdsOf, type SpecState } from '../calibration/spec-state';
import { GitRepo } from '../git';
import { readPolicy } from '../config/read-policy';
import { Policy } from '../config/policy';
import type { HostSnapshot } from '../engine/workspace-host';
import type { Decision } from '../gates/decision';
import type { I2Port, I2Result } from '../gates/i2-contracts';
import { planI2Fix, type I2Fix } from '../fixes/compat-adapter';
import { sastCriticalCount } from '../gates/repo-inputs';
import { evaluateI4, parseI4Config, type I4Check, type I4Config, type I4Result } from '../gates/i4-observable';
import { decideGates, naI3, naI4, type GatesOutcome } from '../gates/evaluate';
import type { PublicSurface } from '../gates/public-surface';
import { publicSurfaceAt, surfaceFiles } from '../app/public-surface-at';
import { i1ModuleLine, i2PortLine } from '../gates/gate-lines';
import { evaluateI3, type I3Result } from '../mosaic/i3';
import type { MosaicInput } from '../mosaic/map';

/** What gate I3 reads (lsp/mosaic-features.ts layoutInput): base ∪ head line counts, the change set, the tokens. */
type I3Input = Pick<MosaicInput, 'files' | 'changeSet' | 'tokens'>;
import { i4BaseFromEgdb } from '../egdb/i4-measurements';
import { moduleScope, thresholdWords } from '../explain/sentences';
import type { GateThresholds, GlitchlabSettings, StatusParams } from '../protocol';
import { fileLines } from './text-lines';

export const GATES_DOCS_URL = 'https://github.com/glitchlab/glitchlab-vscode/blob/main/docs/gates.md';

/** The gates' outcome for one snapshot (decideGates) and the thresholds the status bar shows. */
export interface GateView extends GatesOutcome {
  generation: number;
  thresholds?: GateThresholds;
}

/** Reads a file again only when its mtime changed. */
class MtimeCache<T> {
  private key = '';
  private value: T | undefined;
  constructor(private readonly load: () => T) {}
  get(file: string): T | undefined {
    let k = 'absent';
    try {
      k = String(fs.statSync(file).mtimeMs);
    } catch {
      /* absent */
    }
    if (k !== this.key || this.value === undefined) {
      this.key = k;
      this.value = this.load();
    }
    return this.value;
  }
}

/** An I2 FAIL located in a file, its published diagnostic and what can repair it (code actions). */
export interface I2Repair {
  port: I2Port;
  diagnostic: Diagnostic;
  fix: I2Fix | undefined;
}

/** What server.ts gives GateFeatures: the I3 layout, whom to tell, where warnings and the first run's progress go. */
export interface GateHooks {
  i3Input: (snap: HostSnapshot) => Promise<I3Input | undefined>;
  changed: () => void;
  warn: (line: string) => void;
  /** The first-run calibration's progress (commits analysed of the window); both undefined when it ended. */
  progress?: (done: number | undefined, total: number | undefined) => void;
}

export class GateFeatures {
  private view?: GateView;
  /** The snapshot `view` was computed from (snapshots are immutable: identity is the cache key). */
  private viewOf?: HostSnapshot;
  private readonly state = new MtimeCache<SpecState | null>(() => {
    try {
      return readSpecState(this.glx('spec_state.json')) ?? null;
    } catch {
      return null; // an unreadable state: defaults (glx calibrate reports the problem)
    }
  });
  private readonly policy = new MtimeCache<Policy>(() => readPolicy(this.root()!).policy);
  /** planI2Fix per port of the cached view (ports are per view: identity is the key). */
  private fixes = new WeakMap<I2Port, I2Fix | null>();

  /** The latest I3/I4 results (of the newest snapshot refresh() finished). */
  private i3?: I3Result;
  private i4?: { key: string; result: I4Result };
  private async_?: GateHooks;
  private i3Running = false;
  private i3Next?: HostSnapshot;
  private i3Done?: HostSnapshot;
  private i4Running = false;
  private i4Again = false;
  private lastSnap?: HostSnapshot;
  /**
   * First run (spec §3.8 as amended; decision in docs/gates.md): with no .glx/spec_state.json the
   * editor calibrates in the background, IN MEMORY (the server never writes to the workspace),
   * from the first-parent history of HEAD over the configured window; until it is done the
   * gates use the defaults. A spec_state.json written later (glx calibrate / glx invariants)
   * takes over and stops a walk still running. The walk runs in a worker thread with its own
   * memory limit (calibration/calibrate-in-worker.ts, issue 14): in this thread it took minutes
   * of the event loop and 0.6–1.0 GB on webpack.
   */
  private firstRun?: { state?: SpecState; started: boolean; job?: WorkerCalibration };

  constructor(private readonly root: () => string | undefined) {}

  private surface?: { sha: string; files: string[]; value?: PublicSurface };

  private calibrateInBackground(root: string): void {
    if (this.firstRun?.started) return;
    const run: NonNullable<GateFeatures['firstRun']> = { started: true };
    this.firstRun = run;
    let job: WorkerCalibration;
    try {
      job = calibrateInWorker({ root, branch: 'HEAD' }, { onProgress: (done, total) => this.async_?.progress?.(done, total) });
    } catch (e) {
      this.async_?.warn(`first-run calibration: ${(e as Error).message}`); // e.g. the worker script missing from a partial build: defaults
      return;
    }
    run.job = job;
    job.result
      .then((r) => {
        if (!r || run.job !== job) return; // cancelled, no commits, or superseded
        run.state = r.state;
        this.viewOf = undefined; // re-decide with the calibrated thresholds
        this.async_?.warn(`first run: thresholds calibrated in memory from ${r.windowCommits} commit(s) of HEAD (${r.state.modules['*']?.n ?? 0} sample(s)); run glx calibrate update to keep them`);
        this.async_?.changed();
      })
      .catch((e: Error) => this.async_?.warn(e.message))
      .finally(() => {
        if (run.job === job) run.job = undefined;
        this.async_?.progress?.(undefined, undefined);
      });
  }

  /** Holds a first-run calibration's worker while a keystroke is answered (calibrate-in-worker.ts hold). */
  holdFirstRun(): void {
    this.firstRun?.job?.hold();
  }

  /** Lets it run again once the keystroke's diagnostics are out. */
  releaseFirstRun(): void {
    this.firstRun?.job?.release();
  }

  /** Stops a first-run calibration still running (server shutdown). */
  dispose(): void {
    this.firstRun?.job?.cancel();
  }

  /**
   * The packages' public surface at the snapshot's base, as `glx invariants` reads it
   * (app/public-surface-at.ts): read in the background, once per base and set of files, and only
   * for the TS/JS files where I2 has a port that is not PASS (most edits touch no public API, and
   * the surface costs parses of the entry files' re-export chain); then the gates are decided
   * again. A port in a file of a package not read yet (a monorepo's other package) widens the set.
   */
  private surfaceFor(root: string, sha: string | undefined, policy: Policy, judged?: I2Result): PublicSurface | undefined {
    if (!policy.config.publicApi.entryPoints || !sha || sha.length !== 40) return undefined;
    const known = this.surface?.sha === sha ? this.surface : undefined;
    if (!judged) return known?.value;
    const want = surfaceFiles(judged).filter((f) => !known?.files.includes(f));
    if (!want.length) return known?.value;
    const files = [...(known?.files ?? []), ...want].sort();
    const asked = (this.surface = { sha, files, value: known?.value });
    void (async () => {
      const repo = await GitRepo.open(root);
      try {
        const value = await publicSurfaceAt(repo, sha, files);
        if (this.surface !== asked || !value) return;
        this.surface = { sha, files, value };
        this.viewOf = undefined;
        this.async_?.changed();
      } finally {
        await repo.close();
      }
    })().catch((e) => this.async_?.warn(`public API surface: ${(e as Error).message}`));
    return known?.value;
  }

  /** Hook-up for I3/I4 (server.ts): where the layout comes from and whom to tell when results change. */
  attach(opts: GateHooks): void {
    this.async_ = opts;
  }

  /** The calibration state the gates read, and where it comes from (the file, the first run's in-memory calibration, or none → defaults). */
  specState(): { state?: SpecState; source: 'file' | 'memory' | 'defaults' } {
    const fromFile = this.state.get(this.glx('spec_state.json')) ?? undefined;
    if (fromFile) return { state: fromFile, source: 'file' };
    return this.firstRun?.state ? { state: this.firstRun.state, source: 'memory' } : { source: 'defaults' };
  }

  /** I4's failing checks, for the spec/invariants.yaml diagnostics. */
  i4Checks(): I4Check[] {
    return this.i4?.result.checks ?? [];
  }

  /**
   * Hook: a full snapshot was published (debounced) or watched files changed (no snapshot).
   * Recomputes I3 for the newest snapshot (coalesced: one run at a time, the newest waiting)
   * and I4 when its inputs' mtimes changed.
   */
  refresh(snap?: HostSnapshot): void {
    if (snap) this.lastSnap = snap;
    const s = snap ?? this.lastSnap;
    if (!s || !this.async_) return;
    if (snap && this.i3Done !== snap) {
      this.i3Next = snap;
      void this.runI3();
    }
    void this.runI4(s);
  }

  private async runI3(): Promise<void> {
    if (this.i3Running || !this.async_) return;
    this.i3Running = true;
    try {
      while (this.i3Next) {
        const snap = this.i3Next;
        this.i3Next = undefined;
        const root = this.root();
        const input = await this.async_.i3Input(snap).catch((e) => {
          this.async_?.warn(`I3: ${(e as Error).message}`);
          return undefined;
        });
        const policy = root ? this.policy.get(path.join(root, 'spec', 'invariants.yaml')) : undefined;
        const tau = (policy ?? new Policy()).config.i3.tau; // the config's default, as the CLI
        const r = input ? evaluateI3({ files: input.files, changeSet: input.changeSet, tokens: input.tokens, tau }) : naI3(tau);
        this.i3Done = snap;
        if (this.i3Next) continue; // a newer snapshot is waiting: its result is the one to show
        const changed = JSON.stringify(r) !== JSON.stringify(this.i3);
        this.i3 = r;
        if (changed) {
          this.viewOf = undefined;
          this.async_.changed();
        }
      }
    } finally {
      this.i3Running = false;
    }
  }

  /** Everything I4's result depends on, as mtimes: config, reports, images, baseline, EGDB, base. */
  private i4Key(root: string, cfg: I4Config | undefined, baseSha: string | undefined): string {
    const m = (p: string) => {
      try {
        const st = fs.statSync(path.resolve(root, p));
        return `${st.mtimeMs}:${st.size}`;
      } catch {
        return 'absent';
      }
    };
    const files = cfg ? [...cfg.junit, ...cfg.coverage, ...cfg.perf, ...cfg.images.flatMap((i) => [i.baseline, i.current]), ...(cfg.baseline ? [cfg.baseline] : [])] : [];
    return [baseSha ?? '', m(path.join('spec', 'invariants.yaml')), m(path.join('.glx', 'egdb.db')), ...files.map((f) => `${f}=${m(f)}`)].join('|');
  }

  private async runI4(snap: HostSnapshot): Promise<void> {
    if (this.i4Running) {
      this.i4Again = true;
      return;
    }
    const root = this.root();
    if (!root || !this.async_) return;
    this.i4Running = true;
    try {
      do {
        this.i4Again = false;
        const policy = this.policy.get(path.join(root, 'spec', 'invariants.yaml'))!;
        let cfg: I4Config | undefined;
        let result: I4Result;
        let bad: string | undefined;
        try {
          cfg = parseI4Config(policy.config.i4);
        } catch (e) {
          bad = (e as Error).message;
        }
        const baseSha = (this.lastSnap ?? snap).base?.sha;
        const key = `${bad ?? ''}#${this.i4Key(root, cfg, baseSha)}`;
        if (this.i4?.key === key) continue;
        if (bad) {
          // An invalid `i4:` (the CLI exits 2 naming the key): shown at the entry, gate N/A.
          result = { gate: 'I4', status: 'N/A', decision: 'ACCEPT', checks: [{ kind: 'baseline', config: 'i4', file: 'spec/invariants.yaml', decision: 'BLOCK', reason: bad }] };
        } else {
          // Base values: EGDB's measurements of the base commit, else the baseline file (as the CLI).
          const base = cfg && (cfg.coverage.length || cfg.perf.length) ? await i4BaseFromEgdb(path.join(root, '.glx'), baseSha) : undefined;
          result = await evaluateI4(cfg, root, { base });
        }
        this.i4 = { key, result };
        this.viewOf = undefined;
        this.async_.changed();
      } while (this.i4Again);
    } catch (e) {
      this.async_.warn(`I4: ${(e as Error).message}`);
    } finally {
      this.i4Running = false;
    }
  }

  private glx(f: string): string {
    return path.join(this.root() ?? '.', '.glx', f);
  }

  /** Gates over the snapshot — the same decideGates() `glx invariants` runs; cached per snapshot. */
  evaluate(snap: HostSnapshot): GateView | undefined {
    const root = this.root();
    if (!root) return undefined;
    const fromFile = this.state.get(this.glx('spec_state.json')) ?? undefined;
    if (!fromFile && !fs.existsSync(this.glx('spec_state.json'))) this.calibrateInBackground(root);
    else if (this.firstRun?.job) this.firstRun.job.cancel(); // a spec_state.json appeared: it takes over
    const state = fromFile ?? this.firstRun?.state;
    const policy = this.policy.get(path.join(root, 'spec', 'invariants.yaml'))!;
    if (this.viewOf === snap && this.view) return this.view;
    // An invalid i4 section is reported on the config (not a gate result): I4 N/A as in evaluateI4.
    const I4: I4Result = this.i4 && this.i4.result.status !== 'N/A' ? this.i4.result : naI4();
    const outcome = decideGates({
      result: snap.result, cs: snap.changeSet, policy, state, publicSurface: this.surfaceFor(root, snap.base?.sha, policy),
      // §3.7 escalation, as the CLI (app/evaluate-change.ts): the last scan's queue or the live scan of the change.
      I3: this.i3 ?? naI3(policy.config.i3.tau), I4, sastCritical: Math.max(sastCriticalCount(path.join(root, '.glx')), Object.values(snap.sast?.sastCritical ?? {}).reduce((x, y) => x + y, 0)),
    });
    // Ports the surface could narrow (a file of a package not read yet): read it in the background.
    this.surfaceFor(root, snap.base?.sha, policy, outcome.I2);
    // The module shown: the one deciding I1 (highest ΔZ relative to its α), else the largest ΔZ.
    const lead = [...outcome.I1.modules].sort((a, b) => b.dz - b.alpha - (a.dz - a.alpha))[0];
    const t = lead ? thresholdsOf(state, lead.module) : undefined;
    const thresholds = lead && t ? { module: lead.module, alpha: t.alpha, beta: t.beta, zeta: t.zeta, basis: t.basis, frozen: !!state?.frozen } : undefined;
    this.viewOf = snap;
    this.view = { ...outcome, generation: snap.generation, thresholds };
    return this.view;
  }

  /** Optional StatusParams fields: the decision, thresholds, each gate's status and the decision's lines. */
  statusFields(snap: HostSnapshot | undefined): Pick<StatusParams, 'decision' | 'thresholds' | 'gates' | 'explain'> {
    const v = snap ? this.evaluate(snap) : undefined;
    return v ? { decision: v.decision, ...(v.thresholds ? { thresholds: v.thresholds } : {}), gates: { I1: v.I1.decision, I2: v.I2.status, I3: v.I3.status, I4: v.I4.status }, explain: v.explain } : {};
  }

  /**
   * Gate diagnostics belonging to `file`: I2 at the broken port, I1 at the top contributor, each
   * with the line `glx invariants` prints for it. Failures (I2 FAIL, I1 BLOCK/HARD_BLOCK) are
   * Errors and always shown; advisory findings (REVIEW) follow the token diagnostics settings
   * (`glitchlab.diagnostics.tokens` / `.level`).
   */
  diagnostics(snap: HostSnapshot, file: string, settings: GlitchlabSettings): Diagnostic[] {
    const v = this.evaluate(snap);
    if (!v) return [];
    const lines = fileLines(snap, file);
    const at = (line: number): Diagnostic['range'] => {
      const l = Math.max(0, line - 1);
      return { start: { line: l, character: 0 }, end: { line: l, character: lines?.[l]?.length ?? 0 } };
    };
    const advisory = settings.diagnostics.tokens ? (settings.diagnostics.level === 'hint' ? DiagnosticSeverity.Hint : DiagnosticSeverity.Warning) : undefined;
    const out: Diagnostic[] = [];
    for (const p of v.I2.ports) {
      if (p.verdict === 'PASS' || p.location.file !== file) continue;
      const severity = p.verdict === 'FAIL' ? DiagnosticSeverity.Error : advisory;
      if (severity === undefined) continue;
      out.push(this.i2Diagnostic(snap, p, at(p.location.line), severity));
    }
    for (const m of v.I1.modules) {
      if (m.decision === 'ACCEPT' || m.location?.file !== file) continue;
      const severity = m.decision === 'REVIEW' ? advisory : DiagnosticSeverity.Error;
      if (severity === undefined) continue;
      out.push({
        range: at(m.location.line), severity,
        source: 'glitchlab', code: 'I1', codeDescription: { href: `${GATES_DOCS_URL}#i1-energy` },
        message: `${i1ModuleLine(m)} (largest part here: ${m.location.kind}${m.location.symbol ? ` ${m.location.symbol}` : ''})`,
        data: { gate: 'I1', module: m.module },
      });
    }
    return out;
  }

  /** The I2 diagnostic of a port; a FAIL no adapter can repair says why (fixes/compat-adapter.ts). */
  private i2Diagnostic(snap: HostSnapshot, p: I2Port, range: Diagnostic['range'], severity: DiagnosticSeverity): Diagnostic {
    const fix = this.fixOf(snap, p);
    return {
      range, severity,
      source: 'glitchlab', code: 'I2', codeDescription: { href: `${GATES_DOCS_URL}#i2-api-contracts` },
      message: `${i2PortLine(p)}${fix?.kind === 'declined' ? ` — ${fix.reason}` : ''}`,
      data: { gate: 'I2', port: p.port },
    };
  }

  private fixOf(snap: HostSnapshot, p: I2Port): I2Fix | undefined {
    let f = this.fixes.get(p);
    if (f === undefined) {
      const headFile = p.successor?.file ?? p.location.file;
      f = planI2Fix({ port: p, base: snap.analysisOf(p.file, 'base'), head: snap.analysisOf(headFile, 'head'), headText: snap.textOf(headFile) }) ?? null;
      this.fixes.set(p, f);
    }
    return f ?? undefined;
  }

  /** The I2 FAILs shown in `file`, each with its diagnostic and its fix (the code actions' input). */
  i2Repairs(snap: HostSnapshot, file: string): I2Repair[] {
    const v = this.evaluate(snap);
    if (!v) return [];
    const lines = snap.textOf(file)?.split('\n');
    return v.I2.ports.filter((p) => p.verdict === 'FAIL' && p.location.file === file).map((p) => {
      const l = Math.max(0, p.location.line - 1);
      const diagnostic = this.i2Diagnostic(snap, p, { start: { line: l, character: 0 }, end: { line: l, character: lines?.[l]?.length ?? 0 } }, DiagnosticSeverity.Error);
      return { port: p, diagnostic, fix: this.fixOf(snap, p) };
    });
  }

  /**
   * Next to the file lens, its module's decision labelled as the module's (spec §3.6: the
   * workspace decision appears only where the workspace is meant): `module src: REVIEW · ΔZ 0.57
   * above α 0.32 (β 0.45 · ζ 0.70)`.
   */
  decorateLenses(snap: HostSnapshot, file: string, lenses: CodeLens[]): CodeLens[] {
    const v = this.evaluate(snap);
    const first = lenses.find((l) => l.range.start.line === 0 && l.command);
    if (!v || !first?.command) return lenses;
    const mine = new Set((snap.byFile.get(file) ?? []).map((t) => t.module));
    const mods = v.I1.modules.filter((m) => mine.has(m.module));
    const extra = mods.map((m): CodeLens => ({
      range: first.range,
      command: { ...first.command!, title: `${moduleScope(m.module)}: ${m.decision} · ΔZ ${m.dz.toFixed(2)} ${thresholdWords(m.decision, m)} (α ${m.alpha.toFixed(2)} · β ${m.beta.toFixed(2)} · ζ ${m.zeta.toFixed(2)}${m.basis === 'default' ? ', default thresholds' : ', calibrated'})` },
    }));
    return [first, ...extra, ...lenses.filter((l) => l !== first)];
  }

  /** Appends the gate lines that point at this line (the same lines `glx invariants` prints) to a hover. */
  decorateHover(snap: HostSnapshot, file: string, pos: Position, h: Hover | null): Hover | null {
    const v = this.evaluate(snap);
    if (!v) return h;
    const line = pos.line + 1;
    const why: string[] = [];
    for (const p of v.I2.ports) if (p.verdict !== 'PASS' && p.location.file === file && p.location.line <= line && line <= (p.location.endLine ?? p.location.line)) why.push(i2PortLine(p));
    for (const m of v.I1.modules) if (m.decision !== 'ACCEPT' && m.location?.file === file && m.location.line <= line && line <= (m.location.endLine ?? m.location.line)) why.push(i1ModuleLine(m));
    if (!why.length) return h;
    const text = `**Gates at this line**\n\n${why.map((w) => `- ${w}`).join('\n')}`;
    if (!h) return { contents: { kind: 'markdown', value: text } };
    const prev = typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : String(h.contents);
    return { ...h, contents: { kind: 'markdown', value: `${prev}\n\n---\n\n${text}` } };
  }
}
