// The state of a repository a playbook rollback must restore byte for byte: HEAD and every ref,
// the working tree's tree hash (git write-tree through a temporary index: tracked and
// untracked, not ignored), every file under .glx/ by sha256 — except the run's own record
// (.glx/logs/) and the analysis cache (.glx/cache/) — and EGDB's content except the playbook's own rows (runs, steps, playbook.*
// events), which the run adds by design (docs/playbooks.md).
import { execFileSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SqliteStore } from '../../server/src/egdb/sqljs-store';

export interface RepoState {
  head: string;
  refs: string;
  tree: string;
  glx: Record<string, string>;
  egdb: string;
}

function git(dir: string, args: string[], env: NodeJS.ProcessEnv = {}): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env } }).trim();
}

export function worktreeTree(dir: string): string {
  const idx = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'glx-idx-')), 'index');
  try {
    git(dir, ['add', '-A'], { GIT_INDEX_FILE: idx });
    return git(dir, ['write-tree'], { GIT_INDEX_FILE: idx });
  } finally {
    fs.rmSync(path.dirname(idx), { recursive: true, force: true });
  }
}

function glxFiles(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const root = path.join(dir, '.glx');
  const walk = (rel: string) => {
    const abs = path.join(root, rel);
    // .glx/cache/ is the warm-start analysis cache (docs/analysis-cache.md): content-addressed
    // derived data any analysis may add to, a dry run included; not state a rollback restores.
    if (rel === 'logs' || rel.startsWith('logs/') || rel === 'cache' || rel.startsWith('cache/') || !fs.existsSync(abs)) return;
    const st = fs.lstatSync(abs);
    if (st.isDirectory()) {
      for (const n of fs.readdirSync(abs).sort()) walk(rel ? `${rel}/${n}` : n);
      if (rel) out[`${rel}/`] = 'dir';
    } else if (rel !== 'egdb.db') {
      out[rel] = crypto.createHash('sha256').update(fs.readFileSync(abs)).digest('hex');
    }
  };
  walk('');
  return out;
}

/**
 * EGDB's state that a rollback restores: the thresholds as the gates read them. Events, runs and
 * steps are history (an undo appends its own facts); facts keyed by an immutable commit sha stay
 * true after a rollback (docs/playbooks.md).
 */
export async function egdbDump(dir: string): Promise<string> {
  const file = path.join(dir, '.glx', 'egdb.db');
  if (!fs.existsSync(file)) return '';
  const store = new SqliteStore(file);
  try {
    const out: string[] = [];
    for (const [t, cols] of [['spec_thresholds', 'module, alpha, beta, zeta, frozen'], ['spec_drift', 'module, ts, detector, value']]) {
      const r = await store.query(`SELECT ${cols} FROM ${t} ORDER BY 1, 2`).catch(() => ({ rows: [] as unknown[][] }));
      out.push(`${t}: ${r.rows.map((row) => JSON.stringify(row)).join('\n')}`);
    }
    // No thresholds at all is the same state as no store.
    return out.every((l) => /^\w+: $/.test(l)) ? '' : out.join('\n');
  } finally {
    await store.close();
  }
}

export async function repoState(dir: string): Promise<RepoState> {
  return {
    head: git(dir, ['rev-parse', 'HEAD']),
    refs: git(dir, ['for-each-ref', '--format=%(refname) %(objectname)']),
    tree: worktreeTree(dir),
    glx: glxFiles(dir),
    egdb: await egdbDump(dir),
  };
}
