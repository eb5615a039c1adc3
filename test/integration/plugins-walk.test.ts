// Plugins on history walks (issue 16): the pipelined batch walk (engine/history.ts
// `batchSources`, plugins/plugin-walk.ts) gives every commit exactly the tokens a run of its own
// gives it, in order, whatever the batch size; calibration and the backtest sample/judge with
// the plugins' tokens, skip a quarantined plugin and run none when told so (untrusted
// workspace); the side table sends each file side once per sandbox process and stays in step
// with the process when it evicts. Real temp git repositories, the real sandbox.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, test } from 'node:test';
import fc from 'fast-check';
import { backtestGates } from '../../server/src/app/backtest';
import { updateThresholds } from '../../server/src/app/calibrate-thresholds';
import { openWorkspace } from '../../server/src/app/workspace';
import { computeDelta } from '../../server/src/engine/delta-engine';
import { gitChangeSet } from '../../server/src/engine/git-change-set';
import { walkHistory } from '../../server/src/engine/history';
import { EMPTY_TREE } from '../../server/src/git';
import { initParsers } from '../../server/src/parsing/languages';
import type { PluginChange } from '../../server/src/plugins/plugin-api';
import { PluginHost } from '../../server/src/plugins/plugin-host';
import { pluginWalk } from '../../server/src/plugins/plugin-walk';
import { quarantine, readQuarantine } from '../../server/src/plugins/quarantine';
import { PluginSandbox } from '../../server/src/plugins/sandbox';
import { SideTable } from '../../server/src/plugins/side-table';
import { ACME_PLUGIN, writePlugin } from '../helpers/plugin-fixtures';
import { TempRepo } from '../helpers/temp-repo';

process.env.GLX_EGDB = 'off';
const repos: TempRepo[] = [];
after(() => repos.forEach((r) => r.cleanup()));

const app = (routes: string[], extra = '') =>
  `import express from 'express';\nconst app = express();\n${routes.map((r) => `app.${r}, (req, res) => res.send('ok'));\n`).join('')}${extra}export default app;\n`;

/**
 * 13 commits: some add or remove routes (acme emits on those), the others change code the
 * plugin does not report (a helper function, a second file).
 */
function history(): { r: TempRepo; shas: string[]; routeCommits: Set<string> } {
  const r = new TempRepo('glx-plugins-walk-');
  repos.push(r);
  const shas: string[] = [];
  const routeCommits = new Set<string>();
  let routes = ["get('/health'"];
  let helper = 'export function helper(a: number) { return a + 1; }\n';
  shas.push(r.commit({ 'src/app.ts': app(routes), 'src/util.ts': helper }, 'c0'));
  routeCommits.add(shas[0]);
  for (let i = 1; i <= 12; i++) {
    if (i % 3 === 1) {
      routes = [...routes, `post('/items${i}'`];
      shas.push(r.commit({ 'src/app.ts': app(routes) }, `route ${i}`));
      routeCommits.add(shas[i]);
    } else if (i % 3 === 2) {
      helper += `export function helper${i}(a: number, b: number) {\n  if (a > b) return a - b;\n  return b * ${i};\n}\n`;
      shas.push(r.commit({ 'src/util.ts': helper }, `helper ${i}`));
    } else {
      const gone = routes.length > 2 ? routes[1] : undefined;
      routes = routes.filter((x) => x !== gone);
      shas.push(r.commit({ 'src/app.ts': app(routes, `// rev ${i}\n`) }, `edit ${i}`));
      if (gone) routeCommits.add(shas[i]);
    }
  }
  writePlugin(r.dir, 'acme', ACME_PLUGIN);
  return { r, shas, routeCommits };
}

/** What one commit's Δ is with the plugins run on that commit alone (the reference). */
async function alone(dir: string, shas: string[]) {
  const ws = await openWorkspace(dir);
  const host = new PluginHost({ root: ws.repo.root, glxDir: path.join(ws.repo.root, '.glx-alone'), by: 'test' });
  try {
    const out = new Map<string, { dz: number; tokens: string[]; fp: string }>();
    for (let i = 0; i < shas.length; i++) {
      const cs = await gitChangeSet(ws.repo, i ? shas[i - 1] : EMPTY_TREE, shas[i], ws.policy);
      const run = await host.run(cs, ws.policy);
      const d = computeDelta(cs, ws.policy, { sources: run.sources });
      out.set(shas[i], { dz: d.energy.overall.dz, tokens: d.tokens.map((t) => `${t.kind} ${t.file}:${t.range.line} ${t.symbol ?? ''}`), fp: d.fingerprint.hash });
    }
    return out;
  } finally {
    host.dispose();
    await ws.repo.close();
  }
}

test('walkHistory with the plugins batched and pipelined: every commit, in order, with exactly its own tokens (any batch size)', async () => {
  await initParsers();
  const { r, shas, routeCommits } = history();
  const ref = await alone(r.dir, shas);
  const ws = await openWorkspace(r.dir);
  const host = new PluginHost({ root: ws.repo.root, glxDir: ws.glxDir, by: 'test' });
  try {
    const plainOrder: string[] = [];
    for await (const { commit } of walkHistory(ws.repo, 'HEAD', ws.policy)) plainOrder.push(commit.sha);
    for (const batch of [1, 4, 5, 13, 40]) {
      const pw = pluginWalk(host, ws.policy, batch);
      const order: string[] = [];
      for await (const { commit, result } of walkHistory(ws.repo, 'HEAD', ws.policy, { batchSources: pw })) {
        order.push(commit.sha);
        const want = ref.get(commit.sha)!;
        assert.deepEqual(result.tokens.map((t) => `${t.kind} ${t.file}:${t.range.line} ${t.symbol ?? ''}`), want.tokens, `batch ${batch}, ${commit.subject}`);
        assert.equal(result.fingerprint.hash, want.fp);
        assert.equal(result.tokens.some((t) => t.meta.plugin === 'acme'), routeCommits.has(commit.sha), `batch ${batch}, ${commit.subject}: plugin tokens exactly on the route commits`);
      }
      assert.deepEqual(order, plainOrder, `batch ${batch}: the walk's order`);
      assert.deepEqual(pw.notes().map((n) => [n.plugin, n.status]), [['acme', 'ran']]);
    }
  } finally {
    host.dispose();
    await ws.repo.close();
  }
});

test('calibration samples the ΔZ with the plugins\' tokens; plugins: false (untrusted) and a quarantined plugin sample without them', async () => {
  await initParsers();
  const { r, shas, routeCommits } = history();
  const ref = await alone(r.dir, shas);
  const window = { commits: 50, days: 36500 };
  const calibrated = async (plugins?: false) => {
    fs.rmSync(path.join(r.dir, '.glx', 'spec_state.json'), { force: true });
    const ws = await openWorkspace(r.dir);
    const warnings: string[] = [];
    try {
      const res = await updateThresholds(ws, { window, byModule: false, warn: (l) => warnings.push(l), ...(plugins === false ? { plugins } : {}) });
      return { samples: new Map(res.state.modules['*'].samples.map((s) => [s.sha, s.dz] as const)), warnings };
    } finally {
      await ws.repo.close();
    }
  };
  const withPlugin = await calibrated();
  const without = await calibrated(false);
  assert.equal(withPlugin.samples.size, shas.length);
  for (const sha of shas) {
    // Each sample is the ΔZ of the commit with its own plugin tokens, as `glx delta --range <sha>` computes it.
    assert.ok(Math.abs(withPlugin.samples.get(sha)! - ref.get(sha)!.dz) < 1e-9, `sample of ${sha.slice(0, 7)} = ΔZ with the plugin`);
    if (routeCommits.has(sha)) assert.ok(withPlugin.samples.get(sha)! > without.samples.get(sha)!, `a route commit samples higher with the plugin (${sha.slice(0, 7)})`);
    else assert.equal(withPlugin.samples.get(sha), without.samples.get(sha), `a commit the plugin says nothing about samples the same (${sha.slice(0, 7)})`);
  }
  assert.deepEqual(withPlugin.warnings, []);

  // The same run again gives the same samples (nothing left over from the first walk).
  assert.deepEqual([...(await calibrated()).samples], [...withPlugin.samples]);

  // A quarantined plugin is not run: the samples are those without it, and the walk says so once.
  const glxDir = path.join(r.dir, '.glx');
  quarantine(glxDir, 'acme', { source: '.glx/plugins/acme.mjs', reason: 'exception', message: 'test', evidence: {}, sha256: 'x', since: new Date().toISOString(), by: 'test' });
  const quarantined = await calibrated();
  assert.deepEqual([...quarantined.samples], [...without.samples]);
  assert.equal(quarantined.warnings.length, 1);
  assert.match(quarantined.warnings[0], /^plugin acme is in quarantine \(exception\) and was not run/);
  assert.ok(readQuarantine(glxDir).file.plugins.acme);
});

test('the backtest judges each commit with the plugins\' tokens (and without them with plugins: false)', async () => {
  await initParsers();
  const { r, shas, routeCommits } = history();
  const ws = await openWorkspace(r.dir);
  try {
    const on = await backtestGates(ws, { commits: shas.length });
    const off = await backtestGates(ws, { commits: shas.length, plugins: false });
    assert.equal(on.commits.length, shas.length);
    for (const [i, c] of on.commits.entries()) {
      assert.equal(c.sha, off.commits[i].sha);
      if (routeCommits.has(c.sha)) assert.ok(c.dz > off.commits[i].dz, `${c.subject}: higher with the route tokens`);
      else assert.equal(c.dz, off.commits[i].dz, c.subject);
    }
  } finally {
    await ws.repo.close();
  }
});

test('glx gates backtest runs the plugins on each commit; --no-plugins (the editor, untrusted) runs none', () => {
  const { r, routeCommits } = history();
  const GLX = path.resolve(__dirname, '..', '..', '..', 'bin', 'glx');
  const backtest = (...extra: string[]) => {
    const res = spawnSync(process.execPath, [GLX, 'gates', 'backtest', '--json', '--commits', '13', ...extra], { cwd: r.dir, encoding: 'utf8', timeout: 120_000, env: { ...process.env, GLX_EGDB: 'off' } });
    assert.equal(res.status, 0, res.stderr);
    return JSON.parse(res.stdout) as { commits: { sha: string; dz: number }[] };
  };
  const on = backtest();
  const off = backtest('--no-plugins');
  assert.equal(on.commits.length, 13);
  on.commits.forEach((c, i) => {
    if (routeCommits.has(c.sha)) assert.ok(c.dz > off.commits[i].dz, c.sha);
    else assert.equal(c.dz, off.commits[i].dz, c.sha);
  });
});

test('side table: each side crosses the pipe once per process; after evictions the process still rebuilds every view exactly', async () => {
  await initParsers();
  const r = new TempRepo('glx-plugins-sides-');
  repos.push(r);
  // The plugin echoes what it received: the text lengths and line counts per file side, the hunks.
  const echo = `export const manifest = { name: 'echo', version: '1.0.0', files: ['**/*'], tokens: { 'echo.SAW': { category: 'flow', weight: 0 } } };
export function detect(change) {
  return change.files.map((f) => ({ kind: 'echo.SAW', file: f.path, line: 1, symbol: JSON.stringify([f.status, f.before && [f.before.text.length, f.before.lineCount, f.before.symbols.length], f.after && [f.after.text.length, f.after.lineCount, f.after.symbols.length], f.hunks.length]).slice(0, 300) }));
}
`;
  const file = writePlugin(r.dir, 'echo', echo);
  const view = (files: Record<string, [string | undefined, string | undefined]>): PluginChange => ({
    files: Object.entries(files).map(([p, [b, a]]) => ({
      status: b === undefined ? 'A' : a === undefined ? 'D' : 'M',
      path: p,
      ...(b !== undefined ? { before: { path: p, text: b, lineCount: b.split('\n').length, symbols: [] } } : {}),
      ...(a !== undefined ? { after: { path: p, text: a, lineCount: a.split('\n').length, symbols: [] } } : {}),
      hunks: [{ oldStart: 1, oldLines: 1, newStart: 1, newLines: 1 }],
    })),
  });
  const expected = (v: PluginChange) =>
    v.files.map((f) => JSON.stringify([f.status, f.before && [f.before.text.length, f.before.lineCount, 0], f.after && [f.after.text.length, f.after.lineCount, 0], f.hunks.length]));
  const sandbox = new PluginSandbox(file, [fs.realpathSync(r.dir)]);
  // A tiny table (about three sides) so that almost every request forgets some.
  (sandbox as unknown as { sides: SideTable }).sides = new SideTable(3000);
  try {
    await sandbox.start();
    const texts = Array.from({ length: 8 }, (_, i) => `line ${i}\n`.repeat(40 + i * 7));
    const pool = texts.map((t, i) => view({ [`f${i}.ts`]: [i ? texts[i - 1] : undefined, t] }).files[0]);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(fc.integer({ min: 0, max: pool.length - 1 }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), async (batch) => {
        // The same side objects recur across requests (as versions do in a walk): sent once while held.
        const views = batch.map((idx) => ({ files: [...new Set(idx)].map((i) => pool[i]) }));
        const answers = (await sandbox.detectMany(views)) as { symbol: string }[][];
        assert.deepEqual(answers.map((a) => a.map((t) => t.symbol)), views.map(expected));
      }),
      { numRuns: 40 },
    );
    assert.ok(sandbox.alive);
  } finally {
    sandbox.dispose();
  }
});

test('side table: a side already held is named, not sent again; the body is what the process expects', () => {
  const t = new SideTable(1_000_000);
  const side = { path: 'a.ts', text: 'x\n', lineCount: 1, symbols: [] };
  const v: PluginChange = { files: [{ status: 'M', path: 'a.ts', before: side, after: side, hunks: [] }] };
  const first = t.encode([v]);
  assert.equal(first, `"sides":{"1":${JSON.stringify(side)}},"forget":[],"changes":[{"files":[{"status":"M","path":"a.ts","before":1,"after":1,"hunks":[]}]}]`);
  assert.equal(t.encode([v]), '"sides":{},"forget":[],"changes":[{"files":[{"status":"M","path":"a.ts","before":1,"after":1,"hunks":[]}]}]');
  // Past the cap the oldest side not named by this request is forgotten.
  const small = new SideTable(JSON.stringify(side).length + 1);
  small.encode([v]);
  const other = { path: 'b.ts', text: 'y\n', lineCount: 1, symbols: [] };
  const body = small.encode([{ files: [{ status: 'A', path: 'b.ts', after: other, hunks: [] }] }]);
  assert.match(body, /^"sides":\{"2":.*\},"forget":\[1\],/);
  assert.equal(small.size, 1);
});
