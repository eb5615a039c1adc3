// The editor's first-run calibration off the main thread (issue 14; spec §3.8 "first run";
// docs/gates.md "Where that walk runs"): the real language server (dist/server.js, its worker
// dist/calibrate-worker.js) in a repository without .glx/spec_state.json reports the walk as a
// work-done progress, then re-decides with the calibrated thresholds — the numbers
// `glx calibrate update` writes for the same history — and writes nothing to the workspace.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { fileUri, LspSession } from '../helpers/lsp-client';
import { TempRepo } from '../helpers/temp-repo';

const GLX = path.resolve(__dirname, '..', '..', '..', 'bin', 'glx');
const cleanups: (() => Promise<void> | void)[] = [];
after(async () => {
  for (const c of cleanups.reverse()) await c();
});

test('no spec_state.json: the worker calibrates in the background, with progress, to the thresholds glx calibrate computes', async () => {
  const r = new TempRepo('glx-firstrun-worker-');
  cleanups.push(() => r.cleanup());
  r.commit({ 'core/a.ts': 'export function a0(x: number): number {\n  return x;\n}\n' }, 'init');
  for (let i = 1; i <= 24; i++) {
    r.commit({ 'core/a.ts': Array.from({ length: i + 1 }, (_, k) => `export function a${k}(x: number): number {\n  return x + ${k * (i % 3)};\n}\n`).join('\n') }, `c${i}`);
  }
  const head = r.read('core/a.ts');
  const edited = `${head}\nexport function extra(y: string): string {\n  return y.trim();\n}\n`;
  const s = LspSession.spawn();
  cleanups.push(() => s.close());
  await s.initialize(r.dir, { debounceMs: 0 });
  await s.waitStatus((st) => st.state === 'ready', 'ready');
  s.open(fileUri(r.dir, 'core/a.ts'), head);
  s.change(fileUri(r.dir, 'core/a.ts'), [{ range: { start: { line: head.split('\n').length - 1, character: 0 }, end: { line: head.split('\n').length - 1, character: 0 } }, text: edited.slice(head.length) }]);
  const st = await s.waitStatus((x) => x.thresholds?.basis === 'quantile', 'calibrated thresholds', 0, 120_000);
  await s.waitFor((n) => n.method === 'window/logMessage' && /first run: thresholds calibrated in memory from 25 commit\(s\) of HEAD \(25 sample\(s\)\)/.test(n.params.message), 'the first-run line', 0, 10_000);
  // Progress (its own token, beside the indexing progress): begin, one report per commit (25/25 last), end.
  const begin = await s.waitFor((n) => n.method === '$/progress' && n.params.value.kind === 'begin' && n.params.value.title === 'GlitchLab: first-run calibration', 'progress begin', 0, 10_000);
  const token = begin.params.token;
  await s.waitFor((n) => n.method === '$/progress' && n.params.token === token && n.params.value.kind === 'end', 'progress end', 0, 10_000);
  const reports = s.notes.filter((n) => n.method === '$/progress' && n.params.token === token && n.params.value.kind === 'report').map((n) => n.params.value.message);
  assert.equal(reports.at(-1), '25/25 commits');
  assert.ok(reports.length >= 2, `progress per commit (${reports.length} reports)`);
  assert.equal(fs.existsSync(path.join(r.dir, '.glx', 'spec_state.json')), false, 'the server writes nothing');
  // The CLI on the same history: the same numbers.
  const cal = spawnSync(process.execPath, [GLX, 'calibrate', 'update'], { cwd: r.dir, encoding: 'utf8', timeout: 120_000 });
  assert.equal(cal.status, 0, cal.stderr);
  const state = JSON.parse(fs.readFileSync(path.join(r.dir, '.glx', 'spec_state.json'), 'utf8'));
  const all = state.modules['*'];
  assert.deepEqual([st.thresholds.alpha, st.thresholds.beta, st.thresholds.zeta], [all.alpha, all.beta, all.zeta]);
});
