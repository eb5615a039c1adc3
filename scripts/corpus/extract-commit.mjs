#!/usr/bin/env node
// Copies one commit's changed TS/JS/Python files (base = first parent, head = the commit) into a
// corpus case directory, so the accuracy corpus (test/corpus/, docs/accuracy.md) is reproducible
// from a public repository without keeping the repository:
//   node scripts/corpus/extract-commit.mjs <git-dir> <sha> <out-dir> [--repo owner/name] [--with-tests] [--max-bytes N]
// Writes <out-dir>/before/<path> (base side), <out-dir>/after/<path> for added files and
// <out-dir>/after/<path>.diff (the commit's unified diff of that file) for modified/renamed ones,
// and <out-dir>/case.json (repo, sha, subject, files with their git status and the head's sha256). An existing case.json keeps its hand-checked
// `expected` list: re-extracting never loses labels.
// Test files are left out unless --with-tests (the corpus labels product code; docs/accuracy.md).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const withTests = args.includes('--with-tests');
if (withTests) args.splice(args.indexOf('--with-tests'), 1);
const repoName = flag('--repo');
const maxBytes = Number(flag('--max-bytes') ?? 300_000);
const [gitDir, sha, outDir] = args;
if (!gitDir || !sha || !outDir) {
  process.stderr.write('usage: extract-commit.mjs <git-dir> <sha> <out-dir> [--repo owner/name] [--with-tests] [--max-bytes N]\n');
  process.exit(2);
}
if (!fs.existsSync(gitDir)) {
  process.stderr.write(`extract-commit: git dir ${gitDir}: does not exist\n`);
  process.exit(2);
}

const git = (...a) => execFileSync('git', ['--git-dir', gitDir, ...a], { encoding: 'utf8', maxBuffer: 256 << 20 });
let full;
try {
  full = git('rev-parse', '--verify', `${sha}^{commit}`).trim();
} catch {
  process.stderr.write(`extract-commit: ${sha}: not a commit of ${gitDir}\n`);
  process.exit(2);
}
const parents = git('rev-list', '--parents', '-n', '1', full).trim().split(' ').slice(1);
if (parents.length !== 1) {
  process.stderr.write(`extract-commit: ${full}: has ${parents.length} parents (only ordinary commits are corpus cases)\n`);
  process.exit(2);
}
const subject = git('log', '-1', '--format=%s', full).trim();

const SOURCE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs|py)$/;
const TEST = /(^|\/)(__tests__|tests?|spec)\/|\.(test|spec)\.[^/]+$|(^|\/)test_[^/]*\.py$|_test\.py$|\.test-d\.ts$|(^|\/)conftest\.py$/;
const wanted = (p) => SOURCE.test(p) && (withTests || !TEST.test(p));

const files = [];
const rows = git('diff-tree', '-r', '-M', '--no-commit-id', '--name-status', '-z', parents[0], full).split('\0').filter(Boolean);
for (let i = 0; i < rows.length; ) {
  const status = rows[i++];
  const s = status[0];
  const a = rows[i++];
  const b = s === 'R' || s === 'C' ? rows[i++] : a;
  if (!wanted(a) && !wanted(b)) continue;
  files.push({ status: s, old: s === 'A' ? undefined : a, new: s === 'D' ? undefined : b, similarity: s === 'R' ? Number(status.slice(1)) : undefined });
}
if (files.length === 0) {
  process.stderr.write(`extract-commit: ${full}: changes no TS/JS/Python source file\n`);
  process.exit(2);
}

const blob = (rev, p) => execFileSync('git', ['--git-dir', gitDir, 'show', `${rev}:${p}`], { maxBuffer: 256 << 20 });
const out = path.resolve(outDir);
const inside = (root, p) => {
  const r = path.resolve(root, p);
  if (!r.startsWith(root + path.sep)) throw new Error(`extract-commit: path ${p} leaves ${root}`);
  return r;
};
const write = (root, p, data) => {
  const dest = inside(root, p);
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  fs.writeFileSync(dest, data);
};
fs.rmSync(path.join(out, 'before'), { recursive: true, force: true });
fs.rmSync(path.join(out, 'after'), { recursive: true, force: true });
const sha256 = (buf) => createHash('sha256').update(buf).digest('hex');
for (const f of files) {
  const before = f.old ? blob(parents[0], f.old) : undefined;
  const after = f.new ? blob(full, f.new) : undefined;
  for (const [p, data] of [[f.old, before], [f.new, after]]) {
    if (data && data.length > maxBytes) {
      process.stderr.write(`extract-commit: ${p} is ${data.length} bytes, over --max-bytes ${maxBytes}\n`);
      process.exit(2);
    }
  }
  if (before) write(path.join(out, 'before'), f.old, before);
  if (after && !before) write(path.join(out, 'after'), f.new, after);
  if (after && before) {
    // A modified file keeps the corpus small as the base plus the commit's own hunks: the
    // loader (bench/accuracy-corpus.ts) rebuilds the head and checks it against afterSha256.
    const patch = execFileSync('git', ['--git-dir', gitDir, 'diff', '--no-color', '--no-ext-diff', '-U3', `${parents[0]}:${f.old}`, `${full}:${f.new}`], { maxBuffer: 256 << 20 });
    write(path.join(out, 'after'), `${f.new}.diff`, patch);
    f.afterSha256 = sha256(after);
  }
}

const casePath = path.join(out, 'case.json');
const previous = fs.existsSync(casePath) ? JSON.parse(fs.readFileSync(casePath, 'utf8')) : {};
const record = {
  repo: repoName ?? previous.repo ?? path.basename(path.dirname(path.resolve(gitDir))).replace('+', '/'),
  sha: full,
  subject,
  files: files.map((f) => Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined))),
  expected: previous.expected ?? [],
};
const tmp = `${casePath}.tmp-${process.pid}`;
fs.writeFileSync(tmp, JSON.stringify(record, null, 2) + '\n');
fs.renameSync(tmp, casePath);
process.stdout.write(`${out}: ${files.length} file(s)\n`);
