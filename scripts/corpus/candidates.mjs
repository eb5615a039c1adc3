#!/usr/bin/env node
// Lists candidate commits for the accuracy corpus (docs/accuracy.md "Held-out commits"):
// first-parent, non-merge commits of <git-dir>'s HEAD touching 1–4 product source files
// (TS/JS/Python; tests, docs, examples, scripts, benchmarks, fixtures and .d.ts not counted)
// and at most --max-lines changed lines in them. One line per commit:
//   <sha> <files> <lines> <subject>
// With --hard, only subjects that name a hard class (rename, move, extract, refactor, inline,
// split, simplify, clean, helper, remove). Pick from the list by hand or with
// `shuf --random-source=<(yes 42)`, then extract each with extract-commit.mjs.
// --source-paths limits `git log` to TS/JS/Python paths: for a mirror whose large non-source
// blobs are absent (Textualize/rich's gifs: `fatal: unable to read …`; held-out batch 9). It lists
// the same commits except where git pairs a source file with a non-source one as a rename.
//   node scripts/corpus/candidates.mjs <git-dir> [--max-lines 300] [--hard] [--source-paths]
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';

const args = process.argv.slice(2);
const hard = args.includes('--hard');
if (hard) args.splice(args.indexOf('--hard'), 1);
const sourcePaths = args.includes('--source-paths');
if (sourcePaths) args.splice(args.indexOf('--source-paths'), 1);
const mi = args.indexOf('--max-lines');
const maxLines = mi >= 0 ? Number(args.splice(mi, 2)[1]) : 300;
const [gitDir] = args;
if (!gitDir || !Number.isFinite(maxLines)) {
  process.stderr.write('usage: candidates.mjs <git-dir> [--max-lines N] [--hard] [--source-paths]\n');
  process.exit(2);
}
if (!fs.existsSync(gitDir)) {
  process.stderr.write(`candidates: git dir ${gitDir}: does not exist\n`);
  process.exit(2);
}

const SOURCE = /\.(ts|tsx|js|mjs|cjs|py)$/;
const NOT_PRODUCT = /(^|\/)(__tests__|tests?|spec|docs?|examples?|benchmarks?|scripts?|fixtures?)\/|\.(test|spec|test-d)\.[^/]+$|(^|\/)test_[^/]*\.py$|\.d\.ts$/;
const HARD = /renam|move|extract|refactor|remov|inline|split|simplif|clean|helper/i;

// `… | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (e) => process.exit(e.code === 'EPIPE' ? 0 : 1));

const pathspec = sourcePaths ? ['--', '*.py', '*.ts', '*.tsx', '*.js', '*.mjs', '*.cjs'] : [];
const log = execFileSync('git', ['--git-dir', gitDir, 'log', '--first-parent', '--no-merges', '--format=@@%H %s', '--numstat', '-M', 'HEAD', ...pathspec], { encoding: 'utf8', maxBuffer: 1 << 30 });
let cur;
const flush = () => {
  if (cur && cur.files >= 1 && cur.files <= 4 && cur.lines <= maxLines && (!hard || HARD.test(cur.subject))) {
    process.stdout.write(`${cur.sha} ${cur.files} ${cur.lines} ${cur.subject}\n`);
  }
};
for (const line of log.split('\n')) {
  if (line.startsWith('@@')) {
    flush();
    const sp = line.indexOf(' ');
    cur = { sha: line.slice(2, sp), subject: line.slice(sp + 1), files: 0, lines: 0 };
    continue;
  }
  const m = /^(\d+|-)\t(\d+|-)\t(.+)$/.exec(line);
  if (!m || !cur) continue;
  const file = m[3].includes(' => ') ? m[3].replace(/\{?[^{}]* => ([^{}]*)\}?/, '$1').replace('//', '/') : m[3];
  if (!SOURCE.test(file) || NOT_PRODUCT.test(file)) continue;
  cur.files++;
  cur.lines += (m[1] === '-' ? 0 : Number(m[1])) + (m[2] === '-' ? 0 : Number(m[2]));
}
flush();
