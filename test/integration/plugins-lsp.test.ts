// Plugins in the language server (issue 16): never run in an untrusted workspace (no sandbox
// process, no tokens, nothing written); in a trusted one the example plugin's tokens appear in
// the live report and follow edits of the buffer; a hostile plugin added meanwhile is stopped,
// quarantined, said once (a warning) and marked by a diagnostic on its file, while the other
// plugin's tokens stay. Real server over stdio, real temp repository, real sandbox.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { DeltaReportRequest, EgdbConfigureNotification, type DeltaReportResult } from '../../server/src/protocol';
import { writePlugin } from '../helpers/plugin-fixtures';
import { fileUri, LspSession, ROOT } from '../helpers/lsp-client';
import { TempRepo } from '../helpers/temp-repo';

const HTTP_ROUTES = fs.readFileSync(path.join(ROOT, 'examples', 'plugins', 'http-routes', 'http-routes.mjs'), 'utf8');
const BASE = "import express from 'express';\nconst app = express();\napp.get('/health', (req, res) => res.send('ok'));\nexport default app;\n";
const HEAD = "import express from 'express';\nconst app = express();\napp.get('/health', (req, res) => res.send('ok'));\napp.post('/orders', (req, res) => res.sendStatus(201));\nexport default app;\n";

const cleanup: (() => Promise<void> | void)[] = [];
after(async () => {
  for (const c of cleanup.reverse()) await c();
});

async function session(): Promise<{ s: LspSession; r: TempRepo }> {
  const r = new TempRepo('glx-plugins-lsp-');
  r.commit({ 'src/app.ts': BASE }, 'base');
  r.write('src/app.ts', HEAD);
  writePlugin(r.dir, 'http-routes', HTTP_ROUTES);
  const s = LspSession.spawn();
  cleanup.push(() => r.cleanup(), () => s.close());
  await s.initialize(r.dir);
  await s.waitStatus((st) => st.state === 'ready', 'ready');
  return { s, r };
}

const routeKinds = (rep: DeltaReportResult) => rep.tokens.filter((t) => t.kind.startsWith('http.')).map((t) => `${t.kind} ${t.symbol}`).sort();

async function until<T>(what: string, f: () => Promise<T | undefined>, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await f();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const childrenOf = (pid: number) => {
  try {
    return execFileSync('ps', ['-o', 'args=', '--ppid', String(pid)], { encoding: 'utf8' }).trim();
  } catch {
    return ''; // ps exits 1 when there are none
  }
};

test('untrusted workspace: plugins never run — no tokens, no sandbox process, nothing written', async () => {
  const { s, r } = await session();
  const uri = fileUri(r.dir, 'src/app.ts');
  s.open(uri, HEAD);
  await s.waitFor((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri, 'diagnostics');
  const rep = await s.send(DeltaReportRequest.type, {});
  await new Promise((res) => setTimeout(res, 1500));
  const again = await s.send(DeltaReportRequest.type, {});
  assert.deepEqual(routeKinds(rep), []);
  assert.deepEqual(routeKinds(again), []);
  assert.ok(rep.tokens.some((t) => t.kind === 'ΔTOPLEVEL'), 'the built-in analysis runs');
  assert.doesNotMatch(childrenOf(s.proc.pid!), /experimental-permission/);
  assert.equal(fs.existsSync(path.join(r.dir, '.glx', 'quarantine.json')), false);
});

test('trusted workspace: the plugin\'s tokens join the live report and follow edits; a hostile plugin is quarantined, said once, marked on its file', async () => {
  const { s, r } = await session();
  const uri = fileUri(r.dir, 'src/app.ts');
  s.open(uri, HEAD);
  await s.conn.sendNotification(EgdbConfigureNotification.method, { url: null, ingest: true });
  await until('the plugin token', async () => {
    const k = routeKinds(await s.send(DeltaReportRequest.type, {}));
    return k.includes('http.ROUTE_ADDED POST /orders') ? k : undefined;
  });
  // Typing: a new route on line 5, the old one removed.
  s.change(uri, [{ range: { start: { line: 3, character: 0 }, end: { line: 4, character: 0 } }, text: "app.put('/orders/:id', (req, res) => res.sendStatus(204));\n" }]);
  const kinds = await until('tokens after the edit', async () => {
    const k = routeKinds(await s.send(DeltaReportRequest.type, {}));
    return k.includes('http.ROUTE_ADDED PUT /orders/:id') ? k : undefined;
  });
  assert.deepEqual(kinds, ['http.ROUTE_ADDED PUT /orders/:id']);

  // A hostile plugin appears: stopped on the next analysis, the other plugin's tokens stay.
  const bad = writePlugin(r.dir, 'spawner', "import { execSync } from 'node:child_process';\nexport const manifest = { name: 'spawner', version: '1.0.0', files: ['src/**'], tokens: { 'spawner.X': { category: 'flow', weight: 0.1 } } };\nexport function detect() { execSync('id'); return []; }\n");
  const from = s.mark();
  s.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '// orders\n' }]);
  const warn = await s.waitFor((n) => n.method === 'window/showMessage' && /plugin spawner was stopped and quarantined \(forbidden\)/.test(n.params.message), 'the quarantine warning', from, 20_000);
  assert.equal(warn.params.type, 2);
  const diags = await s.waitDiagnostics(fileUri(path.dirname(bad), path.basename(bad)), (d) => d.length === 1, 'the plugin file diagnostic', from, 20_000);
  // The sandbox reports the attempt twice — its violation message (operation and target) and the
  // error the plugin let escape (operation named like node's permission errors) — and the record
  // keeps whichever reached the host first (plugins/sandbox-bootstrap.ts): both name child_process.
  assert.match(diags[0].message, /plugin spawner is in quarantine \(forbidden\): tried a forbidden operation: child_process (id|\(glitchlab sandbox: child_process is not allowed\))/);
  assert.equal(diags[0].code, 'plugin-forbidden');
  const q = JSON.parse(fs.readFileSync(path.join(r.dir, '.glx', 'quarantine.json'), 'utf8'));
  assert.equal(q.plugins.spawner.by, 'lsp');
  const after1 = routeKinds(await s.send(DeltaReportRequest.type, {}));
  assert.deepEqual(after1, ['http.ROUTE_ADDED PUT /orders/:id']);
  // Said once: more edits do not repeat the warning.
  s.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '// more\n' }]);
  await new Promise((res) => setTimeout(res, 1500));
  assert.equal(s.notes.filter((n) => n.method === 'window/showMessage' && /spawner/.test(n.params.message)).length, 1);
});
