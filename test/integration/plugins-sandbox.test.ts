// Sandboxed plugins end to end (issue 16): a well-behaved plugin's tokens flow to the report,
// ΔZ, the gates and EGDB/EGQL; every hostile plugin (infinite loop, memory hog, file write,
// process spawn, socket, fetch, read outside the repository, garbage, out-of-range lines,
// oversized answer, throw) is stopped and quarantined with the right reason while the analysis
// stays identical to a run without it; release brings a plugin back; the network stays closed
// by each wall on its own (the namespace, and the bootstrap's guards without the namespace).
// Real temp git repositories, the real sandbox (node --experimental-permission), the built glx.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { analyseChange } from '../../server/src/app/analyse-change';
import { openWorkspace } from '../../server/src/app/workspace';
import { gitChangeSet } from '../../server/src/engine/git-change-set';
import { EMPTY_TREE } from '../../server/src/git';
import { PluginHost } from '../../server/src/plugins/plugin-host';
import { readQuarantine } from '../../server/src/plugins/quarantine';
import { sandboxCapabilities } from '../../server/src/plugins/sandbox';
import { ACME_PLUGIN, hostilePlugins, writePlugin } from '../helpers/plugin-fixtures';
import { TempRepo } from '../helpers/temp-repo';

const GLX = path.resolve(__dirname, '..', '..', '..', 'bin', 'glx');
const glx = (args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) => {
  const e = { ...process.env, ...env };
  delete e.GLX_EGDB_URL;
  const r = spawnSync(process.execPath, [GLX, ...args], { cwd, encoding: 'utf8', timeout: 120_000, env: e });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
};

const BASE = `import express from 'express';
const app = express();
app.get('/health', (req, res) => res.send('ok'));
app.delete('/legacy/:id', (req, res) => res.sendStatus(410));
export default app;
`;
const HEAD = `import express from 'express';
const app = express();
app.get('/health', (req, res) => res.send('ok'));
app.post('/users', (req, res) => res.status(201).send(req.body));
export default app;
`;

const repos: TempRepo[] = [];
after(() => repos.forEach((r) => r.cleanup()));
function repo(): TempRepo {
  const r = new TempRepo('glx-plugins-');
  repos.push(r);
  r.commit({ 'src/app.ts': BASE, 'src/util.ts': 'export const one = 1;\n' }, 'base');
  r.write('src/app.ts', HEAD);
  return r;
}

/** A TCP server counting connections: nothing of the sandbox may reach it. */
let server: net.Server;
let connections = 0;
let port = 0;
before(async () => {
  server = net.createServer((s) => {
    connections++;
    s.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as net.AddressInfo).port;
});
after(() => server.close());

const analysisOf = async (dir: string, plugins = true) => {
  const ws = await openWorkspace(dir);
  try {
    return await analyseChange(ws, {}, plugins ? { by: 'test' } : { plugins: false });
  } finally {
    await ws.repo.close();
  }
};

test('a well-behaved plugin: its tokens reach the report, ΔZ, the fingerprint, the gates and EGDB (token=acme.ROUTE_ADDED)', async () => {
  const r = repo();
  const without = await analysisOf(r.dir, false);
  writePlugin(r.dir, 'acme', ACME_PLUGIN);
  const d = glx(['delta', '--json'], r.dir);
  assert.equal(d.code, 0, d.stderr);
  assert.equal(d.stderr, '');
  const report = JSON.parse(d.stdout);
  const added = report.tokens.filter((t: { kind: string }) => t.kind === 'acme.ROUTE_ADDED');
  assert.equal(added.length, 1);
  assert.deepEqual(
    { file: added[0].file, line: added[0].range.line, symbol: added[0].symbol, category: added[0].category, weight: added[0].weight, module: added[0].module, plugin: added[0].meta.plugin },
    { file: 'src/app.ts', line: 4, symbol: 'POST /users', category: 'flow', weight: 0.3, module: 'src', plugin: 'acme' },
  );
  // A removed route is reported at the head line where it stood, with its base span.
  const removed = report.tokens.find((t: { kind: string }) => t.kind === 'acme.ROUTE_REMOVED');
  assert.deepEqual([removed.range.line, removed.meta.baseRange], [4, { line: 4, endLine: 4 }]);
  assert.ok(report.energy.overall.dz > without.result.energy.overall.dz, `${report.energy.overall.dz} > ${without.result.energy.overall.dz}`);
  assert.notEqual(report.fingerprint, without.result.fingerprint.hash);
  assert.match(report.fingerprint, /^fp:sha256:/);
  assert.ok(report.explain.sentences.some((s: string) => s.includes('acme.ROUTE_ADDED')), report.explain.sentences.join('\n'));

  // The gates see them: I1's explanation of module src names the plugin kind.
  const inv = glx(['invariants', '--ci', '--no-calibrate'], r.dir);
  assert.ok(inv.code === 0 || inv.code === 1, inv.stderr);
  const scored = JSON.parse(fs.readFileSync(path.join(r.dir, '.glx', 'delta_report.json'), 'utf8'));
  assert.match(JSON.stringify(scored.scores.I1.modules.src), /acme\.ROUTE_(ADDED|REMOVED)/);

  // EGDB: recorded by the CLI analysis, found by EGQL with the namespaced kind.
  const q = glx(['egql', 'SELECT tokens FROM sha(WORKTREE) WHERE token=acme.ROUTE_ADDED', '--json'], r.dir);
  assert.equal(q.code, 0, q.stderr);
  const rows = JSON.parse(q.stdout);
  assert.equal(rows.rows.length, 1, q.stdout);
  const col = (name: string) => rows.rows[0][rows.columns.indexOf(name)];
  assert.deepEqual([col('kind'), col('file'), col('symbol')], ['acme.ROUTE_ADDED', 'src/app.ts', 'POST /users']);
});

test('hostile plugins are stopped and quarantined with the right reason; the analysis is identical to a run without them; release brings one back', async () => {
  const r = repo();
  const outside = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'glx-outside-')), 'secret.txt');
  fs.writeFileSync(outside, 'TOPSECRET-outside-the-repository');
  // A symlink inside the repository to the outside directory: reading through it is reading outside.
  fs.symlinkSync(path.dirname(outside), path.join(r.dir, 'leak'));
  writePlugin(r.dir, 'acme', ACME_PLUGIN);
  const reference = await analysisOf(r.dir);
  assert.deepEqual(reference.plugins.notes.map((n) => [n.plugin, n.status]), [['acme', 'ran']]);
  const hostile = hostilePlugins({ port, outsideFile: outside, repo: r.dir });
  for (const [name, p] of Object.entries(hostile)) writePlugin(r.dir, name, p.source);

  const a = await analysisOf(r.dir);
  assert.deepEqual(a.result.tokens, reference.result.tokens);
  assert.equal(a.result.fingerprint.hash, reference.result.fingerprint.hash);
  assert.deepEqual(a.result.energy, reference.result.energy);
  const q = readQuarantine(path.join(r.dir, '.glx')).file.plugins;
  for (const [name, p] of Object.entries(hostile)) {
    assert.ok(q[name], `${name} quarantined`);
    assert.equal(q[name].reason, p.reason, `${name}: ${q[name].reason} — ${q[name].message}`);
    assert.equal(a.plugins.notes.find((n) => n.plugin === name)?.status, 'quarantined-now', name);
  }
  assert.equal(q.acme, undefined);
  // Each forbidden effect did not happen.
  assert.equal(fs.existsSync(path.join(r.dir, 'pwned.txt')), false);
  assert.equal(fs.existsSync(path.join(r.dir, 'spawned.txt')), false);
  assert.equal(connections, 0, 'the test server saw a connection from the sandbox');
  assert.doesNotMatch(fs.readFileSync(path.join(r.dir, '.glx', 'quarantine.json'), 'utf8'), /TOPSECRET/);
  assert.match(q.writer.message, /fs\.write .*pwned\.txt/);
  assert.match(q.socket.message, new RegExp(`net\\.connect 127\\.0\\.0\\.1:${port}`));
  assert.match(q.reader.message, /fs\.read .*secret\.txt/);
  assert.match(q.symlinker.message, /(fs\.read|FileSystemRead) .*leak\/secret\.txt/);
  assert.match(q.thrower.message, /kaboom in detect/);

  // Next analysis: they are not started again, and it says so; still the same result.
  const b = glx(['delta', '--json'], r.dir);
  assert.equal(b.code, 0, b.stderr);
  for (const name of Object.keys(hostile)) assert.match(b.stderr, new RegExp(`plugin ${name} is in quarantine \\(${hostile[name].reason}\\) and was not run`));
  assert.equal(JSON.parse(b.stdout).fingerprint, reference.result.fingerprint.hash);

  // Release: fixed, the plugin runs again and its token joins the change.
  writePlugin(r.dir, 'thrower', `export const manifest = { name: 'thrower', version: '1.0.1', files: ['src/**'], tokens: { 'thrower.X': { category: 'docs', weight: 0.01 } } };
export function detect(c) { return [{ kind: 'thrower.X', file: c.files[0].path, line: 1 }]; }\n`);
  const rel = glx(['plugins', 'release', 'thrower'], r.dir);
  assert.equal(rel.code, 0, rel.stderr);
  assert.match(rel.stdout, /^plugin thrower released from quarantine \(was: exception/);
  const c = await analysisOf(r.dir);
  assert.ok(c.result.tokens.some((t) => t.kind === 'thrower.X'));
  assert.equal(readQuarantine(path.join(r.dir, '.glx')).file.plugins.thrower, undefined);
  const again = glx(['plugins', 'release', 'thrower'], r.dir);
  assert.equal(again.code, 66);
  assert.match(again.stderr, /^glx: plugin "thrower" is not in quarantine/);
});

test('the network stays closed by each wall alone: the namespace without the guards, the guards without the namespace', async (t) => {
  const caps = sandboxCapabilities();
  if (caps.network === 'namespace') {
    // Raw node in the namespace the sandbox uses, no bootstrap: connecting to the test server fails.
    const code = `const s=require('net').connect(${port},'127.0.0.1',()=>{console.log('CONNECTED');process.exit(0)});s.on('error',e=>{console.log(e.code);process.exit(3)})`;
    const res = spawnSync(caps.prefix[0], [...caps.prefix.slice(1), process.execPath, '-e', code], { encoding: 'utf8', timeout: 20_000 });
    assert.equal(res.status, 3, res.stdout + res.stderr);
    assert.match(res.stdout, /ENETUNREACH|ECONNREFUSED/);
  } else t.diagnostic('no network namespace on this machine: only the guards are tested');
  const r = repo();
  const hostile = hostilePlugins({ port, outsideFile: '/nonexistent', repo: r.dir });
  writePlugin(r.dir, 'socket', hostile.socket.source);
  writePlugin(r.dir, 'fetcher', hostile.fetcher.source);
  const res = glx(['delta'], r.dir, { GLX_SANDBOX_NO_NETNS: '1' });
  assert.equal(res.code, 0, res.stderr);
  assert.match(res.stderr, /plugin socket quarantined \(forbidden\): tried a forbidden operation: net\.connect/);
  assert.match(res.stderr, /plugin fetcher quarantined \(forbidden\): tried a forbidden operation: fetch/);
  assert.equal(connections, 0);
});

test('glx plugins validate: manifests checked, each plugin run on its files at HEAD; run --sandbox prints one plugin\'s tokens', () => {
  const r = repo();
  writePlugin(r.dir, 'acme', ACME_PLUGIN);
  writePlugin(r.dir, 'badmanifest', `export const manifest = { name: 'badmanifest', version: 'one', files: [], tokens: { ROUTE: { category: 'x', weight: 9 } } };\nexport function detect() { return []; }\n`);
  writePlugin(r.dir, 'misnamed', `export const manifest = { name: 'other', version: '1.0.0', files: ['**'], tokens: { 'other.X': { category: 'ast', weight: 0.1 } } };\nexport function detect() { return []; }\n`);
  const v = glx(['plugins', 'validate'], r.dir);
  assert.equal(v.code, 1, v.stderr);
  assert.match(v.stdout, /^ok +acme 1\.0\.0 — kinds acme\.ROUTE_ADDED, acme\.ROUTE_REMOVED; fixture 2 file\(s\), 2 token\(s\)$/m);
  assert.match(v.stdout, /^QUARANTINED +badmanifest \(invalid-manifest\): manifest\.version: must be a semantic version/m);
  assert.match(v.stdout, /^QUARANTINED +misnamed \(invalid-manifest\): manifest\.name "other" must equal the plugin's name "misnamed"/m);
  const run = glx(['plugins', 'run', '--sandbox', 'acme'], r.dir);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /^plugin acme on [0-9a-f]+\.\.WORKTREE: 2 token\(s\)\n  acme\.ROUTE_ADDED src\/app\.ts:4 POST \/users · weight 0\.3 × 1\n  acme\.ROUTE_REMOVED src\/app\.ts:4 DELETE \/legacy\/:id/);
  const byPath = glx(['plugins', 'run', '--sandbox', '.glx/plugins/acme.mjs'], r.dir);
  assert.equal(byPath.stdout, run.stdout, 'the seed names the plugin by its file');
  const missing = glx(['plugins', 'run', '--sandbox', 'nope'], r.dir);
  assert.equal(missing.code, 66);
  assert.match(missing.stderr, /^glx: no plugin named "nope" \(found: acme, badmanifest, misnamed;/);
  const q = glx(['plugins', 'run', '--sandbox', 'badmanifest'], r.dir);
  assert.equal(q.code, 2);
  assert.match(q.stderr, /^glx: plugin badmanifest is in quarantine \(invalid-manifest/);
});

test('runMany (history walks): one round trip per batch, the same tokens as a run per change set; a plugin failing in the batch contributes to none', async () => {
  const r = new TempRepo('glx-plugins-many-');
  repos.push(r);
  const shas = [r.commit({ 'src/app.ts': BASE }, 'c0')];
  shas.push(r.commit({ 'src/app.ts': HEAD }, 'c1'));
  shas.push(r.commit({ 'src/app.ts': HEAD.replace("app.post('/users'", "app.patch('/users/:id'") }, 'c2'));
  shas.push(r.commit({ 'src/other.ts': 'export const x = 1;\n' }, 'c3'));
  writePlugin(r.dir, 'acme', ACME_PLUGIN);
  writePlugin(r.dir, 'thrower', `${`export const manifest = { name: 'thrower', version: '1.0.0', files: ['src/other.ts'], tokens: { 'thrower.X': { category: 'flow', weight: 0.1 } } };\n`}export function detect() { throw new Error('only on other.ts'); }\n`);
  const ws = await openWorkspace(r.dir);
  try {
    const css = await Promise.all(shas.map((s, i) => gitChangeSet(ws.repo, i ? shas[i - 1] : EMPTY_TREE, s, ws.policy)));
    const single = new PluginHost({ root: r.dir, glxDir: path.join(r.dir, '.glx-single'), by: 'test' });
    const each = [];
    for (const cs of css.slice(0, 3)) each.push((await single.run(cs, ws.policy)).tokens);
    single.dispose();
    const many = new PluginHost({ root: r.dir, glxDir: path.join(r.dir, '.glx'), by: 'test' });
    const runs = await many.runMany(css, ws.policy);
    many.dispose();
    assert.deepEqual(runs.slice(0, 3).map((x) => x.tokens.filter((t) => t.meta.plugin === 'acme')), each.map((t) => t.filter((x) => x.meta.plugin === 'acme')));
    assert.deepEqual(runs.map((x) => x.tokens.map((t) => `${t.kind} ${t.symbol}`)), [
      ['acme.ROUTE_ADDED GET /health', 'acme.ROUTE_ADDED DELETE /legacy/:id'],
      ['acme.ROUTE_ADDED POST /users', 'acme.ROUTE_REMOVED DELETE /legacy/:id'],
      ['acme.ROUTE_ADDED PATCH /users/:id', 'acme.ROUTE_REMOVED POST /users'],
      [],
    ]);
    // The thrower failed on commit 3 only, and contributes to none of the four.
    for (const x of runs) assert.equal(x.notes.find((n) => n.plugin === 'thrower')?.status, 'quarantined-now');
    assert.equal(readQuarantine(path.join(r.dir, '.glx')).file.plugins.thrower.reason, 'exception');
  } finally {
    await ws.repo.close();
  }
});
