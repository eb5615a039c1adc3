// The labelled corpus of real commits (test/corpus/, docs/accuracy.md) scored against the engine:
// each case's before/after files become a change set exactly as the git adapter builds one
// (makeVersionPair: the head parsed incrementally from the base), computeDelta runs with the
// default policy, and the structural tokens are compared with the hand-checked expected tokens
// on (kind, file, symbol). Shared by `npm run accuracy` (bench/accuracy.ts) and the regression
// test (test/unit/accuracy-corpus.test.ts). Reads files only; no git, no network.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Policy } from '../server/src/config/policy';
import type { ChangeSet, FileChange } from '../server/src/delta/change-set';
import type { DeltaToken } from '../server/src/delta/token';
import { computeDelta } from '../server/src/engine/delta-engine';
import { makeVersion, makeVersionPair } from '../server/src/engine/file-version';
import { applyUnifiedDiff } from './corpus-patch';

/**
 * The kinds the corpus labels: the symbol-level decisions of §3.2 and the signature and import
 * tokens. MODIFY_BODY, flow, type-hint, coverage and doc tokens follow mechanically from a
 * pairing and are left out (docs/accuracy.md "What is scored").
 */
export const SCORED_KINDS = [
  'ADD_FN', 'DEL_FN', 'RENAME_FN', 'EXTRACT_FN', 'INLINE_FN', 'MOVE_SYMBOL',
  'ADD_CLASS', 'DEL_CLASS', 'RENAME_CLASS', 'MODIFY_SIG', 'ΔIMPORT',
] as const;

export interface ExpectedToken {
  kind: string;
  file: string;
  /** Qualified name; for ΔIMPORT `+spec` / `-spec`. */
  symbol: string;
  /** MODIFY_SIG only: I2 accepts the change (spec §3.3). */
  compatible?: boolean;
  /** One line: why this token is right, checked against the diff. */
  reason: string;
}

export interface CorpusFile {
  status: 'M' | 'A' | 'D' | 'R';
  old?: string;
  new?: string;
  similarity?: number;
  /** Modified/renamed files: sha256 of the head, which is stored as `after/<new>.diff` against the base. */
  afterSha256?: string;
}

export interface CorpusCase {
  /** Directory relative to the corpus root (`<project>/<short sha>`). */
  id: string;
  dir: string;
  repo: string;
  sha: string;
  subject: string;
  files: CorpusFile[];
  expected: ExpectedToken[];
}

export const CORPUS_ROOT = path.resolve(__dirname, '..', '..', 'test', 'corpus');

export function loadCorpus(root = CORPUS_ROOT): CorpusCase[] {
  const cases: CorpusCase[] = [];
  for (const project of fs.readdirSync(root).sort()) {
    const pdir = path.join(root, project);
    if (!fs.statSync(pdir).isDirectory()) continue;
    for (const c of fs.readdirSync(pdir).sort()) {
      const file = path.join(pdir, c, 'case.json');
      if (!fs.existsSync(file)) continue;
      const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Omit<CorpusCase, 'id' | 'dir'>;
      cases.push({ ...raw, id: `${project}/${c}`, dir: path.join(pdir, c) });
    }
  }
  return cases;
}

/** Both sides of one corpus file as text (the head rebuilt from the stored diff when there is one). */
export function sidesOf(c: CorpusCase, f: CorpusFile): { before?: string; after?: string } {
  const read = (side: 'before' | 'after', p: string) => fs.readFileSync(path.join(c.dir, side, p), 'utf8');
  const before = f.old !== undefined && f.status !== 'A' ? read('before', f.old) : undefined;
  if (f.new === undefined || f.status === 'D') return { before };
  const diffFile = path.join(c.dir, 'after', `${f.new}.diff`);
  if (before === undefined || !fs.existsSync(diffFile)) return { before, after: read('after', f.new) };
  const after = applyUnifiedDiff(before, fs.readFileSync(diffFile, 'utf8'));
  const sum = createHash('sha256').update(after, 'utf8').digest('hex');
  if (f.afterSha256 && sum !== f.afterSha256) throw new Error(`corpus ${c.id}: ${f.new}: the rebuilt head does not match afterSha256`);
  return { before, after };
}

export function changeSetOfCase(c: CorpusCase): ChangeSet {
  const changes: FileChange[] = [];
  for (const f of c.files) {
    const { before, after } = sidesOf(c, f);
    if (f.status === 'A') changes.push({ status: 'A', new: makeVersion(f.new!, after) });
    else if (f.status === 'D') changes.push({ status: 'D', old: makeVersion(f.old!, before) });
    else {
      const [o, n] = makeVersionPair(f.old!, before, f.new!, after);
      changes.push({ status: f.status, old: o, new: n, ...(f.similarity !== undefined ? { similarity: f.similarity } : {}) });
    }
  }
  return { changes };
}

/** The key a token is scored on; MODIFY_SIG is split by compatibility (a wrong verdict is a miss). */
export function scoreKind(kind: string, compatible?: boolean): string {
  return kind === 'MODIFY_SIG' ? `MODIFY_SIG/${compatible ? 'compatible' : 'breaking'}` : kind;
}

export interface Scored {
  kind: string;
  file: string;
  symbol: string;
}

export function actualTokens(c: CorpusCase): Scored[] {
  const r = computeDelta(changeSetOfCase(c), new Policy());
  return scoredOf(r.tokens);
}

export function scoredOf(tokens: readonly DeltaToken[]): Scored[] {
  const out: Scored[] = [];
  for (const t of tokens) {
    if (!(SCORED_KINDS as readonly string[]).includes(t.kind)) continue;
    const symbol = t.kind === 'ΔIMPORT' ? `${t.meta.sign}${String(t.meta.spec)}` : t.symbol ?? '';
    out.push({ kind: scoreKind(t.kind, t.meta.compatible as boolean | undefined), file: t.file, symbol });
  }
  return out;
}

export interface Miss {
  case: string;
  sha: string;
  kind: string;
  file: string;
  symbol: string;
  reason?: string;
}

export interface KindScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface AccuracyReport {
  cases: number;
  projects: number;
  expected: number;
  perKind: Record<string, KindScore>;
  overall: KindScore;
  falsePositives: Miss[];
  falseNegatives: Miss[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const keyOf = (s: Scored) => `${s.kind}\u0000${s.file}\u0000${s.symbol}`;

/** Multiset comparison per case (a symbol that gets two identical tokens must be expected twice). */
export function scoreCorpus(cases: readonly CorpusCase[], run: (c: CorpusCase) => Scored[] = actualTokens): AccuracyReport {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (k: string, f: 'tp' | 'fp' | 'fn') => {
    let c = counts.get(k);
    if (!c) counts.set(k, (c = { tp: 0, fp: 0, fn: 0 }));
    c[f]++;
  };
  const falsePositives: Miss[] = [];
  const falseNegatives: Miss[] = [];
  let expectedTotal = 0;
  for (const c of cases) {
    const want = new Map<string, ExpectedToken[]>();
    for (const e of c.expected) {
      const k = keyOf({ kind: scoreKind(e.kind, e.compatible), file: e.file, symbol: e.symbol });
      want.set(k, [...(want.get(k) ?? []), e]);
      expectedTotal++;
    }
    for (const a of run(c)) {
      const k = keyOf(a);
      const list = want.get(k);
      if (list?.length) {
        list.pop();
        bump(a.kind, 'tp');
      } else {
        bump(a.kind, 'fp');
        falsePositives.push({ case: c.id, sha: c.sha, ...a });
      }
    }
    for (const list of want.values()) {
      for (const e of list) {
        const kind = scoreKind(e.kind, e.compatible);
        bump(kind, 'fn');
        falseNegatives.push({ case: c.id, sha: c.sha, kind, file: e.file, symbol: e.symbol, reason: e.reason });
      }
    }
  }
  const perKind: Record<string, KindScore> = {};
  const all = { tp: 0, fp: 0, fn: 0 };
  for (const [k, c] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    perKind[k] = { ...c, precision: ratio(c.tp, c.tp + c.fp), recall: ratio(c.tp, c.tp + c.fn) };
    all.tp += c.tp;
    all.fp += c.fp;
    all.fn += c.fn;
  }
  return {
    cases: cases.length,
    projects: new Set(cases.map((c) => c.repo)).size,
    expected: expectedTotal,
    perKind,
    overall: { ...all, precision: ratio(all.tp, all.tp + all.fp), recall: ratio(all.tp, all.tp + all.fn) },
    falsePositives,
    falseNegatives,
  };
}
