// Hostile input against the built `glx` (issue 11, "make probing part of the project"):
// property-based file contents and names committed to a real repository, and a table of
// corrupt / truncated / 0-byte / wrong-type state files against every verb that reads them.
// The contract (docs/errors.md, docs/reliability.md): exit 0, 1 (a gate decision), 2 (bad
// input) or 66 (not found) — never 70 — and every stderr line is one `glx: …` line, no stack.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { TempRepo } from '../helpers/temp-repo';

const GLX = path.resolve(__dirname, '..', '..', '..', 'bin', 'glx');

function glx(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [GLX, ...args], { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, GLX_DEBUG: '', GLX_EGDB_LOCK_TIMEOUT_MS: '2000' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function assertContract(r: { code: number; stderr: string }, what: string, allowed = [0, 1, 2, 66]): void {
  assert.ok(allowed.includes(r.code), `${what}: exit ${r.code}\n${r.stderr}`);
  assert.doesNotMatch(r.stderr, /^\s+at /m, `${what}: a stack trace\n${r.stderr}`);
  for (const line of r.stderr.split('\n').filter(Boolean)) assert.match(line, /^glx: /, `${what}: a stderr line that is not glx's own: ${line}`);
}

const name = fc.oneof(
  fc.constantFrom('a.ts', 'b.py', 'c.js', 'd.tsx', 'e.jsx', 'back\\slash.ts', 'sp ace.py', 'ünïcödé.ts', '日本.js', 'tab\there.ts', "quote'.py", '-dash.ts'),
  fc.stringMatching(/^[a-z][a-z0-9_]{0,8}\.(ts|py|js)$/),
);
const content = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.uint8Array({ maxLength: 2_000 }).map((b) => Buffer.from(b)),
  fc.integer({ min: 1, max: 6_000 }).map((n) => '['.repeat(n)),
  fc.integer({ min: 1, max: 3_000 }).map((n) => `${'def f():\n'.repeat(n)}    pass\n`),
  fc.integer({ min: 1, max: 100_000 }).map((n) => `const x = "${'q'.repeat(n)}";`),
  fc.constantFrom('\0\0\0', '\r\n\r\n', '\uFEFFexport const a = 1;\r\n', 'export function f(a = "-----BEGIN PRIVATE KEY-----") {}\n'),
);

test('hostile file contents and names through glx delta / glx ast index: never an internal error, never a stack', { timeout: 600_000 }, () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(name, content, content), { minLength: 1, maxLength: 3 }), (files) => {
      const repo = new TempRepo('glx-hostile-');
      try {
        const before: Record<string, string | Buffer> = { 'README.md': '# x\n' };
        for (const [n, a] of files) before[`src/${n}`] = a;
        repo.commit(before, 'init');
        for (const [n, , b] of files) repo.write(`src/${n}`, b);
        const delta = glx(['delta', '--json'], repo.dir);
        assertContract(delta, `delta ${JSON.stringify(files.map((f) => f[0]))}`, [0, 2]);
        if (delta.code === 0) assert.doesNotThrow(() => JSON.parse(delta.stdout), 'delta --json prints JSON');
        assertContract(glx(['ast', 'index'], repo.dir), 'ast index', [0, 2]);
      } finally {
        repo.cleanup();
      }
    }),
    { numRuns: 12, seed: 4242, endOnFailure: true },
  );
});

const CORRUPTIONS: [string, string | Buffer][] = [
  ['0-byte', ''],
  ['truncated JSON', '{"schema": "spec.state.v1", "modules": {"src": {"alpha": 0.'],
  ['binary', Buffer.from([0x00, 0xff, 0xfe, 0x13, 0x37, 0x00, 0x80])],
  ['wrong type (a list)', '[1, 2, 3]'],
  ['wrong field types', '{"schema": 7, "modules": "all", "tokens": {}, "rows": null}'],
];
const STATE_FILES: { file: string; verbs: string[][] }[] = [
  { file: '.glx/spec_state.json', verbs: [['invariants', '--ci'], ['calibrate', 'update'], ['delta']] },
  { file: '.glx/egdb.db', verbs: [['egql', 'SELECT events FROM sha(*)'], ['egdb', 'rebuild']] },
  { file: '.glx/delta_report.json', verbs: [['egdb', 'rebuild'], ['report']] },
  { file: '.glx/security/queue.json', verbs: [['invariants', '--ci'], ['report']] },
  { file: 'spec/invariants.yaml', verbs: [['delta'], ['invariants', '--ci'], ['mosaic']] },
];

test('corrupt, truncated, 0-byte and wrong-type state files against every verb that reads them', { timeout: 600_000 }, () => {
  const repo = new TempRepo('glx-state-');
  try {
    repo.commit({ 'src/a.ts': 'export function a(x: number) {\n  return x;\n}\n' }, 'init');
    repo.commit({ 'src/a.ts': 'export function a(x: number, y = 1) {\n  return x + y;\n}\n' }, 'second');
    repo.write('src/a.ts', 'export function a(x: number, y = 2) {\n  return x * y;\n}\n');
    for (const { file, verbs } of STATE_FILES) {
      for (const [label, bytes] of CORRUPTIONS) {
        for (const verb of verbs) {
          fs.rmSync(path.join(repo.dir, '.glx'), { recursive: true, force: true });
          fs.mkdirSync(path.dirname(path.join(repo.dir, file)), { recursive: true });
          fs.writeFileSync(path.join(repo.dir, file), bytes);
          assertContract(glx(verb, repo.dir), `${file} ${label}: glx ${verb.join(' ')}`);
        }
      }
    }
  } finally {
    repo.cleanup();
  }
});
