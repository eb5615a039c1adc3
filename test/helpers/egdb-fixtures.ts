// Synthetic delta reports and EGDB stores for the EGDB tests and benchmark: deterministic
// (seeded), shaped exactly like the engine's delta.report.v1, and a store per backend
// (SQLite file in a temp dir; PostgreSQL in a fresh schema when GLX_TEST_PG_URL is set).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { DeltaToken } from '../../server/src/delta/token';
import { deltaBatch, type CommitRow, type DeltaIngestInput } from '../../server/src/egdb/ingest';
import { PgStore } from '../../server/src/egdb/pg-store';
import { SqliteStore } from '../../server/src/egdb/sqljs-store';
import type { Store } from '../../server/src/egdb/store';
import { contribution, dzOf } from '../../server/src/delta/energy';
import { TOKEN_KINDS } from '../../server/src/delta/catalogue';

const CATEGORY_OF: Record<string, string> = Object.fromEntries(Object.entries(TOKEN_KINDS).map(([k, v]) => [k, (v as { category: string }).category]));

export const PG_URL = process.env.GLX_TEST_PG_URL;
export const PG_SKIP = PG_URL ? false : 'GLX_TEST_PG_URL is not set: PostgreSQL half skipped (CI sets it; see .ci/run)';

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

const KINDS = Object.keys(CATEGORY_OF);

export function syntheticTokens(n: number, seed = 1, opts: { files?: number; kinds?: string[] } = {}): DeltaToken[] {
  const r = rng(seed);
  const files = opts.files ?? Math.max(1, Math.ceil(n / 20));
  const kinds = opts.kinds ?? KINDS;
  const out: DeltaToken[] = [];
  for (let i = 0; i < n; i++) {
    const f = Math.floor(r() * files);
    const kind = kinds[Math.floor(r() * kinds.length)];
    const module = `m${f % 7}`;
    out.push({
      schema: 'delta.tokens.v1',
      kind: kind as DeltaToken['kind'],
      category: CATEGORY_OF[kind] as DeltaToken['category'],
      file: `${module}/file${f}.ts`,
      uid: `u${i}`,
      module,
      symbol: `fn${i % 97}`,
      range: { line: 1 + Math.floor(r() * 400), col: 1, endLine: 1 },
      magnitude: 1,
      weight: Math.round(r() * 30) / 100,
      meta: { public_api: r() < 0.2, ...(kind === 'ΔIMPORT' ? { spec: `./dep${f % 5}`, sign: '+' } : {}) },
    });
  }
  return out;
}

export function syntheticReport(sha: string, tokens: DeltaToken[], extra: Partial<DeltaIngestInput['report']> = {}): DeltaIngestInput['report'] {
  const kind: Record<string, number> = {};
  const category: Record<string, number> = {};
  let raw = 0;
  for (const t of tokens) {
    kind[t.kind] = (kind[t.kind] ?? 0) + 1;
    category[t.category] = (category[t.category] ?? 0) + 1;
    raw += contribution(t);
  }
  return {
    sha,
    base: { rev: `${sha}^`, sha: `b${sha.slice(1)}` },
    tokens,
    fingerprint: `fp:sha256:${sha.padEnd(64, '0').slice(0, 64)}`,
    features: { histogram: { kind, category }, bigrams: {}, loc: { added: 1, deleted: 0, total: 1 }, files_touched: new Set(tokens.map((t) => t.file)).size, public_api_share: 0, hotspot: false, sast: { total: 0, critical: 0 } },
    energy: { overall: { raw, dz: dzOf(raw) }, modules: {} },
    generated_utc: '2026-01-01T00:00:00.000Z',
    ...extra,
  };
}

export const shaOf = (i: number) => `c${i.toString(16).padStart(39, '0')}`;

export function commitAt(sha: string, ts: number, branch = 'main'): CommitRow {
  return { sha, parent_sha: null, ts, author: 'Test', subject: `commit ${sha.slice(0, 7)}`, branch };
}

export function batchFor(sha: string, tokens: DeltaToken[], ts: number, extra: Partial<DeltaIngestInput> = {}) {
  return deltaBatch({ report: syntheticReport(sha, tokens), commit: commitAt(sha, ts), source: 'test', ...extra });
}

export function tempDir(prefix = 'glx-egdb-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface Backend {
  name: 'sqlite' | 'postgres';
  skip: string | false;
  /** A fresh, empty store; dispose() removes it. */
  fresh(): Promise<{ store: Store; dispose: () => Promise<void>; dir: string }>;
}

let schemaSeq = 0;
export const BACKENDS: Backend[] = [
  {
    name: 'sqlite',
    skip: false,
    async fresh() {
      const dir = tempDir();
      const store = new SqliteStore(path.join(dir, '.glx', 'egdb.db'));
      return { store, dir, dispose: async () => fs.rmSync(dir, { recursive: true, force: true }) };
    },
  },
  {
    name: 'postgres',
    skip: PG_SKIP,
    async fresh() {
      const dir = tempDir();
      const u = new URL(PG_URL!);
      u.searchParams.set('schema', `glx_t_${process.pid}_${Date.now().toString(36)}_${schemaSeq++}`);
      const store = new PgStore(u.toString());
      return {
        store,
        dir,
        dispose: async () => {
          await store.dropSchema().catch(() => undefined);
          await store.close();
          fs.rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  },
];
