// Issue 11 item 4: paths exactly as git stores them (`-z` everywhere, POSIX only). A backslash
// is an ordinary character, not a separator (`src/back\slash.ts` used to get
// `src/back/slash.ts`'s symbols; `..\outside.ts` made `glx delta` fail with a PathEscapeError);
// a committed name with a newline no longer breaks `glx ast index --rev` for the whole repo;
// a file the tool cannot read is skipped with one warning, never failing the run.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { TempRepo } from '../helpers/temp-repo';
import { readChanges, finishChanges } from '../../server/src/engine/git-change-set';
import { InputError } from '../../server/src/errors';
import type { GitRepo, ChangedFile } from '../../server/src/git';
import type { Policy } from '../../server/src/config/policy';
import { loadPolicy } from '../../server/src/config/read-policy';
import { initParsers } from '../../server/src/parsing/languages';

const GLX = path.resolve(__dirname, '..', '..', '..', 'bin', 'glx');

function glx(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [GLX, ...args], { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, GLX_DEBUG: '' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const NAMES: Record<string, string> = {
  'src/back\\slash.ts': 'export function back(): number {\n  return 1;\n}\n',
  'src/back/slash.ts': 'export function other(): number {\n  return 2;\n}\n',
  '..\\outside.ts': 'export function outside(): number {\n  return 3;\n}\n',
  'src/new\nline.ts': 'export function nl(): number {\n  return 4;\n}\n',
  'src/sp ace "q" \u00e9.ts': 'export function quoted(): number {\n  return 5;\n}\n',
  'src/tab\there.py': 'def tabbed():\n    return 6\n',
};

let repo: TempRepo;

before(() => {
  repo = new TempRepo('glx-names-');
  repo.commit({ 'src/ok.ts': 'export const ok = 1;\n' }, 'init');
  repo.commit(NAMES, 'hostile names');
  // Working-tree edits to the same files.
  for (const [f, text] of Object.entries(NAMES)) repo.write(f, text.replace(/return (\d)/, 'return $1 + 1'));
});

after(() => repo.cleanup());

describe('file names exactly as git stores them (issue 11 item 4)', () => {
  test('glx delta between revisions: each name is its own file with its own symbols', () => {
    const r = glx(['delta', '--base', 'HEAD~1', '--head', 'HEAD', '--json'], repo.dir);
    assert.equal(r.code, 0, r.stderr);
    const tokens = JSON.parse(r.stdout).tokens as { kind: string; file: string; symbol?: string }[];
    const fns = new Map(tokens.filter((t) => t.kind === 'ADD_FN').map((t) => [t.file, t.symbol]));
    assert.equal(fns.get('src/back\\slash.ts'), 'back');
    assert.equal(fns.get('src/back/slash.ts'), 'other');
    assert.equal(fns.get('..\\outside.ts'), 'outside');
    assert.equal(fns.get('src/new\nline.ts'), 'nl');
    assert.equal(fns.get('src/sp ace "q" \u00e9.ts'), 'quoted');
  });

  test('glx delta on the working tree: no PathEscapeError for a name starting with ..\\', () => {
    const r = glx(['delta', '--json'], repo.dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    const files = new Set((JSON.parse(r.stdout).tokens as { file: string }[]).map((t) => t.file));
    for (const f of Object.keys(NAMES)) assert.ok(files.has(f), `${JSON.stringify(f)} analysed (have ${[...files].map((x) => JSON.stringify(x)).join(', ')})`);
  });

  test('glx ast index (--rev HEAD and the working tree): a newline in a name does not break the run', () => {
    for (const args of [['ast', 'index', '--rev', 'HEAD'], ['ast', 'index']]) {
      const r = glx(args, repo.dir);
      assert.equal(r.code, 0, `glx ${args.join(' ')}: ${r.stderr}`);
      const index = JSON.parse(fs.readFileSync(path.join(repo.dir, '.glx', 'ast_index.json'), 'utf8'));
      const byPath = new Map((index.files as { path: string; symbols: { qualname: string }[] }[]).map((f) => [f.path, f.symbols.map((s) => s.qualname)]));
      assert.deepEqual(byPath.get('src/new\nline.ts'), ['nl']);
      assert.deepEqual(byPath.get('src/back\\slash.ts'), ['back']);
      assert.deepEqual(byPath.get('src/back/slash.ts'), ['other']);
      assert.deepEqual(byPath.get('..\\outside.ts'), ['outside']);
    }
  });

  test('a file that cannot be read is skipped with one warning; the others are analysed', async () => {
    await initParsers();
    const policy: Policy = loadPolicy(repo.dir);
    const warnings: string[] = [];
    const fake = {
      warnings,
      readOld: async () => undefined,
      readNew: async (f: ChangedFile) => {
        if (f.newPath === 'bad.ts') throw new InputError('bad.ts: EACCES: permission denied');
        return Buffer.from('export const x = 1;\n');
      },
    } as unknown as GitRepo;
    const files = [
      { status: 'A', newPath: 'bad.ts', newFromWorktree: true },
      { status: 'A', newPath: 'good.ts', newFromWorktree: true },
    ] as unknown as ChangedFile[];
    const changes = await finishChanges(readChanges(fake, files, policy));
    assert.deepEqual(changes.map((c) => c.new?.path), ['good.ts']);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /^"bad\.ts": skipped \(bad\.ts: EACCES: permission denied\)$/);
  });
});
