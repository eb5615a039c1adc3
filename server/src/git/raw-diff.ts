// Parsers for git's NUL-separated machine output: `--raw -z` diff records and the
// `git log -z --format=…` stream used by GitRepo.log/logWithChanges. Pure functions over the
// text git printed; they own the ChangedFile/CommitInfo shapes and the rule that symlinks
// and submodules are not files for GlitchLab. They never run git.

export type ChangeStatus = 'A' | 'D' | 'M' | 'R' | 'C' | 'T';

/** One changed file between a base and a head. Paths are repo-relative POSIX. */
export interface ChangedFile {
  status: ChangeStatus;
  /** Path on the base side (absent for A). */
  oldPath?: string;
  /** Path on the head side (absent for D). */
  newPath?: string;
  /** Rename/copy similarity in percent (R/C only). */
  similarity?: number;
  /** Blob id on the base side (absent for A). */
  oldOid?: string;
  /** Blob id on the head side, when the content is a stored blob. */
  newOid?: string;
  /** The head content is the file on disk (modified in the working tree, or untracked). */
  newFromWorktree?: boolean;
  oldMode?: string;
  newMode?: string;
  /**
   * What git reported is not what `status` says: an unmerged path (U, read as M) or a change
   * from or to a symlink/submodule (read as the regular file's deletion or addition). Set so a
   * caller deriving file lists from the diff knows to list instead (engine/git-change-set.ts).
   */
  reinterpreted?: true;
}

export interface CommitInfo {
  sha: string;
  parents: string[];
  /** Committer time, unix seconds. */
  ts: number;
  author: string;
  subject: string;
}

export interface CommitChanges {
  commit: CommitInfo;
  /** Changes against the first parent; a root commit against the empty tree. */
  files: ChangedFile[];
}

/** Format for `git log -z`: a record separator, then five NUL-terminated fields. */
export const LOG_FORMAT = '%x1e%H%x00%P%x00%ct%x00%an%x00%s';

const ZERO_OID_RE = /^0+$/;
const RAW_RE = /^:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])(\d*)$/;

/** Regular files (plain or executable). Symlinks (120000), submodules (160000) and trees are not. */
export function isRegularFileMode(mode: string | undefined): boolean {
  return mode === '100644' || mode === '100755' || mode === '100664';
}

export interface RawParseOptions {
  /** The head side is the working tree: an all-zero new oid means "read it from disk". */
  worktree?: boolean;
  /** Paths whose new side exists only on disk (untracked files added with intent-to-add). */
  diskOnly?: ReadonlySet<string>;
}

/**
 * Parses `--raw -z` records starting at tokens[i]; stops at the first token that is not a
 * raw record (or at the end). Returns the files and the index of the first unconsumed token.
 */
export function parseRawRecords(tokens: readonly string[], start: number, opts: RawParseOptions = {}): { files: ChangedFile[]; next: number } {
  const files: ChangedFile[] = [];
  let i = start;
  while (i < tokens.length) {
    let t = tokens[i];
    if (t.startsWith('\n')) t = t.slice(1);
    if (!t.startsWith(':')) break;
    const m = RAW_RE.exec(t);
    if (!m) throw new Error(`unexpected raw diff record ${JSON.stringify(t.slice(0, 120))}`);
    const [, oldMode, newMode, oldOid, newOid, letter, score] = m;
    const twoPaths = letter === 'R' || letter === 'C';
    const p1 = tokens[i + 1];
    const p2 = twoPaths ? tokens[i + 2] : undefined;
    if (p1 === undefined || (twoPaths && p2 === undefined)) throw new Error('truncated raw diff record');
    i += twoPaths ? 3 : 2;
    const f = toChangedFile(letter, oldMode, newMode, oldOid, newOid, score, p1, p2, opts);
    if (f) files.push(f);
  }
  return { files, next: i };
}

/** Parses the whole output of `git diff --raw -z` / `git diff-tree -r -z --raw`. */
export function parseRawDiff(out: string, opts: RawParseOptions = {}): ChangedFile[] {
  const tokens = out.split('\0');
  const { files, next } = parseRawRecords(tokens, 0, opts);
  for (let j = next; j < tokens.length; j++) {
    if (tokens[j].trim() !== '') throw new Error(`unexpected diff output ${JSON.stringify(tokens[j].slice(0, 120))}`);
  }
  return files;
}

function toChangedFile(
  letter: string,
  oldModeRaw: string,
  newModeRaw: string,
  oldOidRaw: string,
  newOidRaw: string,
  score: string,
  p1: string,
  p2: string | undefined,
  opts: RawParseOptions,
): ChangedFile | undefined {
  let status: ChangeStatus;
  switch (letter) {
    case 'A': case 'D': case 'M': case 'R': case 'C': case 'T':
      status = letter;
      break;
    case 'U': // unmerged path in the working tree: its content on disk is the head
      status = 'M';
      break;
    default: // X (unknown) and anything newer git may invent
      return undefined;
  }
  const oldPath = status === 'A' ? undefined : p1;
  const newPath = status === 'D' ? undefined : (p2 ?? p1);
  const oldMode = oldModeRaw === '000000' ? undefined : oldModeRaw;
  const newMode = newModeRaw === '000000' ? undefined : newModeRaw;
  const oldOk = oldPath !== undefined && isRegularFileMode(oldMode);
  const newOk = newPath !== undefined && isRegularFileMode(newMode);
  // Symlinks and submodules are skipped; a file that became one (or came from one) is a
  // deletion (addition) of the regular file.
  if (!oldOk && !newOk) return undefined;
  const reinterpreted = letter === 'U' || (oldPath !== undefined && !oldOk) || (newPath !== undefined && !newOk);
  if (oldPath !== undefined && !oldOk) status = 'A';
  else if (newPath !== undefined && !newOk) status = 'D';
  const f: ChangedFile = { status };
  if (reinterpreted) f.reinterpreted = true;
  if (status !== 'A') {
    f.oldPath = oldPath;
    f.oldMode = oldMode;
    if (!ZERO_OID_RE.test(oldOidRaw)) f.oldOid = oldOidRaw;
  }
  if (status !== 'D') {
    f.newPath = newPath;
    f.newMode = newMode;
    const diskOnly = opts.diskOnly?.has(newPath!) ?? false;
    if (opts.worktree && (diskOnly || ZERO_OID_RE.test(newOidRaw))) f.newFromWorktree = true;
    else if (!ZERO_OID_RE.test(newOidRaw)) f.newOid = newOidRaw;
  }
  if ((status === 'R' || status === 'C') && score !== '') f.similarity = Number(score);
  return f;
}

/**
 * Parses `git log -z --format=LOG_FORMAT [--raw]` output. Commits are read structurally (a
 * header of five fields, then raw records), so paths containing `\x1e` or `:` are safe.
 */
export function parseLog(out: string, opts: RawParseOptions = {}): CommitChanges[] {
  const tokens = out.split('\0');
  const result: CommitChanges[] = [];
  let i = 0;
  while (i < tokens.length) {
    let t = tokens[i];
    if (t.startsWith('\n')) t = t.slice(1);
    if (t === '') {
      i++;
      continue;
    }
    if (!t.startsWith('\x1e') || i + 4 >= tokens.length) throw new Error(`unexpected git log output ${JSON.stringify(t.slice(0, 120))}`);
    const sha = t.slice(1);
    const parents = tokens[i + 1] === '' ? [] : tokens[i + 1].split(' ');
    const ts = Number(tokens[i + 2]);
    const author = tokens[i + 3];
    const subject = tokens[i + 4];
    const { files, next } = parseRawRecords(tokens, i + 5, opts);
    result.push({ commit: { sha, parents, ts, author, subject }, files });
    i = next;
  }
  return result;
}
