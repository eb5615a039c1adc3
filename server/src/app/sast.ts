// Use cases of the SAST bridge (spec §3.11, playbook 5): `scanChange` — the built-in scanners
// on a change (changed lines first, whole files with `full`), foreign scanner output (SARIF
// 2.1.0, Bandit, Gitleaks; `--inputs` and `.glx/scan_*.sarif`), normalized, deduplicated and
// prioritized, written to `.glx/security/merged.sarif` and `queue.json` (atomically) and into
// EGDB; `triage` — the queues read back, with where each secret entered history and how to
// remove it. `sastForChange` is what analyseChange and the language server call before
// computeDelta (sec tokens + sastCritical). The playbook runner calls scanChange/triage.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Policy } from '../config/policy';
import type { ChangeSet } from '../delta/change-set';
import { openEgdb } from '../egdb/open';
import { egdbDisabled } from '../egdb/record-analysis';
import { sastBatch } from '../egdb/sast-batch';
import { layoutOf, readBaseLocs } from '../engine/base-files';
import { gitChangeSet } from '../engine/git-change-set';
import { mosaicCellOf } from '../mosaic/findings';
import { DEFAULT_PARAMS } from '../mosaic/layers';
import { buildLayout } from '../mosaic/layout';
import { GlxError, InputError } from '../errors';
import { scanChangeSafe, scanChangeSet, type ChangeScan, type ScanPersist } from '../sast/change-scan';
import { scanSecrets } from '../sast/scan-secrets';
import { ingestText } from '../sast/ingest';
import { mergedSarif } from '../sast/sarif-write';
import { readSecurityPolicy, type SecurityPolicy } from '../sast/security-policy';
import type { IngestProblem, NormalizedFinding, Queue, RawFinding } from '../sast/types';
import { writeJsonAtomic } from '../util/atomic-write';
import { secretOrigins, type SecretOrigin } from './sast-history';
import type { Workspace } from './workspace';

export const QUEUE_SCHEMA_FILE = 'queue.json';
export const MERGED_SARIF_FILE = 'merged.sarif';

export function securityDir(glxDir: string): string {
  return path.join(glxDir, 'security');
}

/** security/policy.yaml of the workspace; a problem is bad input with its line and column. */
export function loadSecurityPolicy(root: string): SecurityPolicy {
  const { policy, problems } = readSecurityPolicy(root);
  if (problems.length) {
    const p = problems[0];
    throw new InputError(`${p.file}:${p.line}:${p.col}: ${p.message}${problems.length > 1 ? ` (+${problems.length - 1} more)` : ''}`, { input: p.file });
  }
  return policy;
}

/** `.glx/scan_*.sarif` (spec §3.11: SARIF dropped there by other tools is picked up). */
export function discoveredInputs(glxDir: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(glxDir);
  } catch {
    return [];
  }
  return names.filter((n) => /^scan_.*\.sarif$/i.test(n)).sort().map((n) => path.join(glxDir, n));
}

export interface ImportedFindings {
  findings: RawFinding[];
  problems: IngestProblem[];
  tools: { input: string; format: string | undefined; tool: string; results: number }[];
}

/**
 * Reads and ingests scanner outputs. A missing file is not-found; bad content becomes
 * problems (file + JSON path) and the valid parts are kept. `base` is where relative paths in
 * Bandit/Gitleaks reports start (the repository root by default).
 */
export function readImported(root: string, files: readonly string[], shown: (f: string) => string = (f) => f): ImportedFindings {
  const out: ImportedFindings = { findings: [], problems: [], tools: [] };
  for (const f of files) {
    let text: string;
    try {
      text = fs.readFileSync(f, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new GlxError(`${shown(f)}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, expected a scanner report' : (e as Error).message}`, { kind: code === 'ENOENT' ? 'not-found' : 'bad-input', input: shown(f) });
    }
    const r = ingestText(text, shown(f), root);
    out.findings.push(...r.findings);
    out.problems.push(...r.problems);
    for (const t of r.tools) out.tools.push({ input: shown(f), format: r.format, tool: t.name, results: t.results });
    if (!r.tools.length) out.tools.push({ input: shown(f), format: r.format, tool: '?', results: 0 });
  }
  return out;
}

/** The bridge's part of a Δ analysis (sec tokens + sastCritical): sast/change-scan.ts. */
export function sastForChange(cs: ChangeSet, policy: Policy, opts: { security?: SecurityPolicy; imported?: RawFinding[]; persist?: ScanPersist } = {}): ChangeScan & { error?: string } {
  return scanChangeSafe(cs, policy, opts);
}

export interface ScanChangeOptions {
  /** Which change (as analyseChange's RevisionSpec): base..head, or a range. */
  base?: string;
  head?: string;
  range?: string;
  /** Scanner reports to ingest (paths as the user gave them, relative to `cwd`). */
  inputs?: string[];
  cwd?: string;
  full?: boolean;
  /** Also walk history for secrets (first commit that added each; removed-but-still-in-history ones). */
  history?: boolean | number;
  /** Who runs it, for EGDB (`cli:sast`, `playbook:secret-leak`). */
  source?: string;
  /** Skip EGDB (tests of the artifacts alone). */
  noEgdb?: boolean;
  /** Write nothing (no queue, SARIF or EGDB): playbook 5's plan and dry run read the findings only. */
  noWrite?: boolean;
}

export interface ScanChangeResult {
  findings: NormalizedFinding[];
  fixed: NormalizedFinding[];
  problems: IngestProblem[];
  tools: ImportedFindings['tools'];
  queues: Record<Queue, number>;
  files: { queue: string; sarif: string };
  scanned: { files: number; lines: number };
  egdb?: string;
}

export async function scanChange(ws: Workspace, opts: ScanChangeOptions = {}): Promise<ScanChangeResult> {
  const security = loadSecurityPolicy(ws.repo.root);
  const cwd = opts.cwd ?? process.cwd();
  const explicit = (opts.inputs ?? []).map((f) => path.resolve(cwd, f));
  const files = [...new Set([...explicit, ...discoveredInputs(ws.glxDir)])];
  const imported = readImported(ws.repo.root, files, (f) => path.relative(cwd, f) || f);
  const range = await ws.repo.resolveRange({ base: opts.base, head: opts.head, range: opts.range });
  const headRef = range.head === 'worktree' ? 'worktree' : range.head.sha;
  const cs = await gitChangeSet(ws.repo, range.base.sha, headRef, ws.policy);
  const extra: RawFinding[] = [...imported.findings];
  let origins: Map<string, SecretOrigin> | undefined;
  if (opts.history) origins = await secretOrigins(ws.repo, typeof opts.history === 'number' ? opts.history : 1000);
  // NF `mosaic_cell` (§3.11) on the default grid of `glx mosaic` (64×64): the same layout (base
  // line counts + the change set, engine/base-files.ts layoutOf) and line → cell map as its layers.
  const layout = buildLayout(layoutOf(await readBaseLocs(ws.repo, range.base.sha), cs, ws.policy), DEFAULT_PARAMS.rows, DEFAULT_PARAMS.cols);
  const cellOf = mosaicCellOf(layout);
  const scan = scanChangeSet(cs, ws.policy, { security, full: opts.full, imported: extra, cellOf });
  if (origins) attachOrigins(scan, origins, ws, security, cellOf);
  const findings = scan.findings;
  const dir = securityDir(ws.glxDir);
  const queueFile = path.join(dir, QUEUE_SCHEMA_FILE);
  const sarifFile = path.join(dir, MERGED_SARIF_FILE);
  if (!opts.noWrite) {
    writeJsonAtomic(queueFile, findings);
    writeJsonAtomic(sarifFile, mergedSarif(findings, packageVersion()));
  }
  const queues: Record<Queue, number> = { block: 0, review: 0, fixable: 0, triage: 0 };
  for (const f of findings) queues[f.queue]++;
  let egdb: string | undefined;
  if (!opts.noEgdb && !opts.noWrite && !egdbDisabled()) {
    const store = openEgdb({ glxDir: ws.glxDir, repoRoot: ws.repo.root });
    try {
      const sha = range.head === 'worktree' ? null : range.head.sha;
      await store.ingest([sastBatch({ findings, sha, branch: (await ws.repo.currentBranch().catch(() => undefined)) ?? null, source: opts.source ?? 'cli:sast', artifacts: ['security/queue.json', 'security/merged.sarif'] })]);
      egdb = store.location;
    } finally {
      await store.close();
    }
  }
  return { findings, fixed: scan.fixed, problems: imported.problems, tools: imported.tools, queues, files: { queue: queueFile, sarif: sarifFile }, scanned: scan.stats, egdb };
}

/** Evidence "entered in <sha>" on secrets still in the tree; secrets only in history become findings. */
function attachOrigins(scan: ChangeScan, origins: Map<string, SecretOrigin>, ws: Workspace, security: SecurityPolicy, cellOf: (file: string, line: number) => string | undefined): void {
  const inTree = new Set<string>();
  for (const f of scan.findings) {
    const red = f.evidence.find((e) => e.startsWith('«redacted:'));
    const o = red ? origins.get(red) : undefined;
    if (!red || !o) continue;
    inTree.add(red);
    f.evidence = [...f.evidence, `first added in ${o.sha.slice(0, 12)} (${o.date}) at ${o.file}:${o.line}`].slice(0, 5);
  }
  const onlyHistory = [...origins.values()].filter((o) => !inTree.has(o.redacted));
  if (!onlyHistory.length) return;
  // Still in the working tree (on lines this change did not touch) or only in history?
  const current = new Map<string, RawFinding>();
  for (const file of new Set(onlyHistory.map((o) => o.file))) {
    let text: string | undefined;
    try {
      text = fs.readFileSync(path.join(ws.repo.root, file), 'utf8');
    } catch {
      text = undefined;
    }
    if (text !== undefined) for (const f of scanSecrets(file, text)) current.set(f.secret!.redacted, f);
  }
  const imported = onlyHistory.map((o): RawFinding => {
    const now = current.get(o.redacted);
    const since = `first added in ${o.sha.slice(0, 12)} (${o.date})`;
    return now
      ? { ...now, message: `${now.message}; ${since}`, origin: `history:${o.sha}` }
      : { ...o.finding, message: `${o.finding.message}; removed from the tree but still in history, ${since}` };
  });
  const extra = scanChangeSet({ changes: [] }, ws.policy, { security, imported, cellOf });
  scan.findings.push(...extra.findings);
  scan.findings.sort((a, b) => b.risk_score - a.risk_score);
}

let version: string | undefined;
function packageVersion(): string {
  if (version) return version;
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'glitchlab') return (version = pkg.version ?? '0.0.0');
    } catch {
      /* keep looking */
    }
    dir = path.dirname(dir);
  }
  return (version = '0.0.0');
}

export interface TriageEntry {
  finding: NormalizedFinding;
  /** For secrets: the guided removal (placeholder, deny rule, rotation), redacted. */
  steps: string[];
}

export interface TriageResult {
  queues: Record<Queue, TriageEntry[]>;
  suppressed: NormalizedFinding[];
  file: string;
}

/** The queues of the last scan (`.glx/security/queue.json`), with the removal steps of playbook 5. */
export function triage(ws: Workspace, opts: { queue?: Queue } = {}): TriageResult {
  const file = path.join(securityDir(ws.glxDir), QUEUE_SCHEMA_FILE);
  let list: NormalizedFinding[];
  try {
    list = JSON.parse(fs.readFileSync(file, 'utf8')) as NormalizedFinding[];
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new GlxError(`${path.relative(ws.repo.root, file)}: no scan yet (run glx sast scan first)`, { kind: 'not-found', input: file });
    throw new InputError(`${path.relative(ws.repo.root, file)}: not a queue written by glx sast scan (${(e as Error).message.split('\n')[0]})`);
  }
  if (!Array.isArray(list)) throw new InputError(`${path.relative(ws.repo.root, file)}: expected a JSON array of findings`);
  const queues: TriageResult['queues'] = { block: [], review: [], fixable: [], triage: [] };
  const suppressed: NormalizedFinding[] = [];
  for (const f of list) {
    if (f.suppression) {
      suppressed.push(f);
      continue;
    }
    if (opts.queue && f.queue !== opts.queue) continue;
    queues[f.queue]?.push({ finding: f, steps: stepsFor(f) });
  }
  return { queues, suppressed, file };
}

function stepsFor(f: NormalizedFinding): string[] {
  if (f.category !== 'Secrets') return f.fix_hint ? [f.fix_hint] : [];
  const envName = `${f.location.file.replace(/[^A-Za-z0-9]+/g, '_').toUpperCase().slice(-24)}_SECRET`.replace(/^_+/, '');
  const py = f.location.file.endsWith('.py');
  const redacted = f.evidence.find((e) => e.startsWith('«redacted:')) ?? '(redacted)';
  const origin = f.evidence.find((e) => e.startsWith('first added in '));
  return [
    `revoke and rotate the credential ${redacted} at its provider first: removing it from the code does not un-leak it`,
    `replace the literal at ${f.location.file}:${f.location.line} with ${py ? `os.environ["${envName}"]` : `process.env.${envName}`}`,
    `add a deny rule to security/policy.yaml so it cannot come back: deny: [{id: no-${f.rule_id.split('.').pop()}, pattern: "<the provider's prefix>", secret: true}]`,
    origin ? `${origin}: rewrite history (git filter-repo) if the branch was pushed` : 'run glx sast scan --history to find the commit that added it',
  ];
}
