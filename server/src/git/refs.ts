// The repository's layout and its refs read in process (issue 14 "Warm starts": a warm
// `glx delta` spawned `git rev-parse` twice, `for-each-ref`, `merge-base` and `symbolic-ref` —
// five processes of 3–10 ms each before and after the work — to read a handful of small files).
//
// Only the plain layouts are read here; anything else answers `undefined` and the caller asks
// git as before, so an answer from this file is git's answer or none:
// - discovery: a `.git` directory or `gitdir:` file found walking up from the directory, owned
//   by us (else git's safe.directory rules decide), on one filesystem, no GIT_CEILING_DIRECTORIES,
//   no `core.worktree`/`core.bare` in the config, not from inside the git directory;
// - refs: the files backend (no reftable): `HEAD` and per-worktree refs in the worktree's git
//   directory, the others loose in the common directory, else in `packed-refs`; symbolic refs
//   followed up to 5 levels (git's limit is 5 too).
// Equality with git on temp repositories: test/integration/git-refs-in-process.test.ts.
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface RepoLayout {
  /** `git rev-parse --show-toplevel` (symlinks resolved). */
  top: string;
  /** `--absolute-git-dir`. */
  gitDir: string;
  /** `--git-common-dir`, absolute. */
  commonDir: string;
}

const readText = (file: string): string | undefined => {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

const isDir = (p: string): boolean => fs.statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;

/** git's is_git_directory(): HEAD, objects/ (or a commondir) and refs/. */
function looksLikeGitDir(dir: string): boolean {
  if (!fs.existsSync(path.join(dir, 'HEAD'))) return false;
  const common = readText(path.join(dir, 'commondir'));
  const base = common !== undefined ? path.resolve(dir, common.trim()) : dir;
  return isDir(path.join(base, 'objects')) && isDir(path.join(base, 'refs'));
}

/** A config (or config.worktree) that moves or removes the working tree: let git decide. */
function configNeedsGit(gitDir: string, commonDir: string): boolean {
  for (const f of [path.join(commonDir, 'config'), path.join(gitDir, 'config.worktree')]) {
    const text = readText(f);
    if (text && /^\s*(worktree\s*=|bare\s*=\s*(true|yes|on|1)\b|refstorage\s*=)/im.test(text)) return true;
  }
  return false;
}

/** The layout `git rev-parse --show-toplevel --absolute-git-dir --git-common-dir` reports, for the plain cases; undefined: ask git. */
export function discoverRepo(dir: string, env: NodeJS.ProcessEnv = process.env): RepoLayout | undefined {
  if (env.GIT_CEILING_DIRECTORIES || env.GIT_DISCOVERY_ACROSS_FILESYSTEM) return undefined;
  let cur: string;
  try {
    cur = fs.realpathSync(dir);
  } catch {
    return undefined;
  }
  if (cur.split(path.sep).includes('.git')) return undefined; // inside a git directory
  const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
  const dev = fs.statSync(cur, { throwIfNoEntry: false })?.dev;
  for (;;) {
    const st = fs.statSync(cur, { throwIfNoEntry: false });
    if (!st || st.dev !== dev) return undefined; // git stops at a filesystem boundary
    const dotGit = path.join(cur, '.git');
    const dg = fs.statSync(dotGit, { throwIfNoEntry: false });
    if (dg) {
      let gitDir: string;
      if (dg.isDirectory()) gitDir = dotGit;
      else if (dg.isFile()) {
        const m = /^gitdir: (.+?)\s*$/m.exec(readText(dotGit) ?? '');
        if (!m) return undefined;
        gitDir = path.resolve(cur, m[1]);
      } else return undefined;
      if (!looksLikeGitDir(gitDir)) return undefined;
      // safe.directory: a tree or git dir owned by someone else is git's call.
      if (uid !== undefined && (st.uid !== uid || fs.statSync(gitDir).uid !== uid)) return undefined;
      const common = readText(path.join(gitDir, 'commondir'));
      const commonDir = common !== undefined ? path.resolve(gitDir, common.trim()) : gitDir;
      if (configNeedsGit(gitDir, commonDir) || isDir(path.join(commonDir, 'reftable'))) return undefined;
      return { top: cur, gitDir: fs.realpathSync(gitDir), commonDir: fs.realpathSync(commonDir) };
    }
    const up = path.dirname(cur);
    if (up === cur) return undefined;
    cur = up;
  }
}

const SHA_RE = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/** Refs kept per working tree (git's is_per_worktree_ref); the rest live in the common directory. */
const PER_WORKTREE = /^(HEAD|[A-Z_]+_HEAD|refs\/(bisect|worktree|rewritten)\/)/;

/** What a ref name is: a commit id, a symbolic ref (to follow), or nothing. */
type RefValue = { sha: string } | { symref: string } | undefined;

/** Whether the refs of this layout are files this reader knows (not reftable, no refStorage setting). */
export function refsReadable(layout: Pick<RepoLayout, 'gitDir' | 'commonDir'>): boolean {
  if (isDir(path.join(layout.commonDir, 'reftable'))) return false;
  return ![path.join(layout.commonDir, 'config'), path.join(layout.gitDir, 'config.worktree')].some((f) => /^\s*refstorage\s*=/im.test(readText(f) ?? ''));
}

/** Refs of one repository read from its files; `undefined` from any method means "ask git". */
export class RefReader {
  /** packed-refs as last read, with the stat it was read at (a long-lived repo sees later packs). */
  private packed?: { stamp: string; map: Map<string, string> | null };

  constructor(private readonly layout: Pick<RepoLayout, 'gitDir' | 'commonDir'>) {}

  /** `git rev-parse --verify <ref>` for a full ref name (or HEAD); null: no such ref; undefined: ask git. */
  resolve(ref: string): string | null | undefined {
    let name = ref;
    for (let depth = 0; depth <= 5; depth++) {
      const v = this.read(name);
      if (v === undefined) return undefined;
      if (v === null) return null;
      if ('sha' in v) return v.sha;
      name = v.symref;
    }
    return undefined; // a longer chain than git follows
  }

  /** The ref HEAD points to (`refs/heads/main`), null when detached; undefined: ask git. */
  headTarget(): string | null | undefined {
    const v = this.read('HEAD');
    if (v === undefined || v === null) return undefined;
    return 'symref' in v ? v.symref : null;
  }

  /** One level: loose file, else packed-refs. null: absent; undefined: unreadable or unexpected. */
  private read(name: string): RefValue | null | undefined {
    if (name !== 'HEAD' && !name.startsWith('refs/')) return undefined;
    if (name.split('/').some((c) => c === '' || c === '.' || c === '..')) return undefined;
    const dir = PER_WORKTREE.test(name) ? this.layout.gitDir : this.layout.commonDir;
    let text: string | undefined;
    try {
      text = fs.readFileSync(path.join(dir, name), 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // ENOTDIR/EISDIR: a directory where a ref file would be (refs/heads/a when a/b exists).
      if (code !== 'ENOENT' && code !== 'ENOTDIR' && code !== 'EISDIR') return undefined;
    }
    if (text !== undefined) {
      const t = text.trim();
      if (t.startsWith('ref: ')) return { symref: t.slice(5).trim() };
      return SHA_RE.test(t) ? { sha: t } : undefined;
    }
    if (name === 'HEAD') return undefined;
    const packed = this.packedRefs();
    if (packed === null) return undefined;
    const sha = packed.get(name);
    return sha ? { sha } : null;
  }

  private packedRefs(): Map<string, string> | null {
    const file = path.join(this.layout.commonDir, 'packed-refs');
    const st = fs.statSync(file, { throwIfNoEntry: false, bigint: true });
    const stamp = st ? `${st.ino}:${st.size}:${st.mtimeNs}` : 'none';
    if (this.packed?.stamp === stamp) return this.packed.map;
    const text = st ? readText(file) : undefined;
    let map: Map<string, string> | null = new Map();
    if (text !== undefined) {
      for (const line of text.split('\n')) {
        if (line === '' || line.startsWith('#') || line.startsWith('^')) continue;
        const sp = line.indexOf(' ');
        const sha = line.slice(0, sp);
        if (sp < 0 || !SHA_RE.test(sha)) {
          map = null; // not a format we know: ask git
          break;
        }
        map.set(line.slice(sp + 1), sha);
      }
    }
    this.packed = { stamp, map };
    return map;
  }
}
