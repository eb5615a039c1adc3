// EGDB and EGQL in the real language server over stdio (spec §3.10, §6): each new HEAD is
// published once the client reports a trusted workspace (never before, never per keystroke);
// .egql documents get parse diagnostics at the exact range, completion, "▶ Run" lenses and
// glitchlab/egqlRun results.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { SqliteStore } from '../../server/src/egdb/sqljs-store';
import { CommandIds, EgdbConfigureNotification, EgqlRunRequest, type EgqlRunResult } from '../../server/src/protocol';
import { LspSession, fileUri } from '../helpers/lsp-client';
import { TempRepo } from '../helpers/temp-repo';

let repo: TempRepo;
let s: LspSession;
const dbFile = () => path.join(repo.dir, '.glx', 'egdb.db');

async function until<T>(what: string, fn: () => Promise<T | undefined>, tries = 150): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const v = await fn().catch(() => undefined);
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`gave up waiting for ${what}; server stderr: ${s.stderr.join('').slice(-1500)}`);
}

const commitsInDb = async () => {
  if (!fs.existsSync(dbFile())) return [];
  return (await new SqliteStore(dbFile()).query('SELECT sha FROM commits ORDER BY ts, sha')).rows.map((r) => String(r[0]));
};

before(async () => {
  repo = new TempRepo();
  repo.commit({ 'src/a.ts': 'export function a(x: number) {\n  return x;\n}\n' }, 'init');
  repo.commit({ 'src/a.ts': 'export function a(x: number, y = 1) {\n  return x + y;\n}\n' }, 'second');
  s = LspSession.spawn();
  await s.initialize(repo.dir);
  await s.waitStatus((st) => st.state === 'ready', 'ready');
});
after(async () => {
  await s.close();
  repo.cleanup();
});

test('nothing is written before the client reports a trusted workspace; then HEAD is published once', async () => {
  assert.ok(!fs.existsSync(dbFile()), 'read-only until configured');
  const head = repo.git('rev-parse', 'HEAD');
  await s.conn.sendNotification(EgdbConfigureNotification.method, { url: null, ingest: true });
  assert.deepEqual(await until('HEAD in EGDB', async () => ((await commitsInDb()).includes(head) ? await commitsInDb() : undefined)), [head]);
  const rows = (await new SqliteStore(dbFile()).query("SELECT source, COUNT(*) FROM runs GROUP BY source")).rows;
  assert.deepEqual(rows, [['lsp:head', 1]]);
  const kinds = (await new SqliteStore(dbFile()).query('SELECT kind FROM vw_delta_tokens ORDER BY kind')).rows.map((r) => r[0]);
  assert.ok(kinds.includes('MODIFY_SIG'), kinds.join(','));
});

test('a new commit is published; edits in the editor are not', async () => {
  const uri = fileUri(repo.dir, 'src/a.ts');
  s.open(uri, repo.read('src/a.ts'));
  const from = s.mark();
  s.change(uri, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: '// edit\n' }]);
  await s.waitFor((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri, 'diagnostics after the edit', from);
  const next = repo.commit({ 'src/b.ts': 'export const b = 1;\n' }, 'third');
  const commits = await until('the new HEAD', async () => ((await commitsInDb()).includes(next) ? await commitsInDb() : undefined));
  assert.equal(commits.length, 2);
  const runs = (await new SqliteStore(dbFile()).query('SELECT COUNT(*) FROM runs')).rows[0][0];
  assert.equal(runs, 2, 'one run per HEAD, none per keystroke');
});

test('.egql documents: diagnostics at the exact range, completion, ▶ Run lenses, egqlRun', async () => {
  const uri = fileUri(repo.dir, 'queries/q.egql');
  const text = "-- hottest tokens\nSELECT tokens FROM sha(*)\n  WHERE colour = 1\n\nSELECT events FROM sha(*) WHERE topic~'delta.'\n";
  const from = s.mark();
  s.open(uri, text, 'egql');
  const diags = await s.waitDiagnostics(uri, (d) => d.length === 1, 'one parse error', from);
  assert.deepEqual(diags[0].range, { start: { line: 2, character: 8 }, end: { line: 2, character: 14 } });
  assert.match(diags[0].message, /unknown field "colour" for tokens/);
  assert.equal(diags[0].source, 'egql');

  const fixed = s.mark();
  s.change(uri, [{ range: { start: { line: 2, character: 8 }, end: { line: 2, character: 14 } }, text: 'kind' }]);
  await s.waitDiagnostics(uri, (d) => d.length === 0, 'no errors after the fix', fixed);

  const lenses = await s.request<any[]>('textDocument/codeLens', { textDocument: { uri } });
  assert.deepEqual(lenses.map((l) => [l.range.start.line, l.command.title, l.command.command]), [[0, '▶ Run', CommandIds.egqlRun], [4, '▶ Run', CommandIds.egqlRun]]);
  assert.equal(lenses[1].command.arguments[0].query, "SELECT events FROM sha(*) WHERE topic~'delta.'");

  const targets = await s.request<any[]>('textDocument/completion', { textDocument: { uri }, position: { line: 4, character: 7 } });
  assert.deepEqual(targets.map((c) => c.label), ['events', 'tokens', 'invariants', 'graph']);
  const topics = await s.request<any[]>('textDocument/completion', { textDocument: { uri }, position: { line: 4, character: 38 } });
  assert.ok(topics.some((c) => c.label === 'invariants.evaluated@v1'), JSON.stringify(topics.slice(0, 3)));

  const r = await s.request<EgqlRunResult>(EgqlRunRequest.method, { query: lenses[1].command.arguments[0].query });
  assert.ok(r.ok, JSON.stringify(r));
  if (r.ok) {
    assert.equal(r.dialect, 'sqlite');
    assert.equal(r.rows.length, 4);
    assert.ok(r.columns.includes('topic'));
  }
  const bad = await s.request<EgqlRunResult>(EgqlRunRequest.method, { query: 'SELECT nothing' });
  assert.deepEqual(bad, { ok: false, error: 'expected a target (events | tokens | invariants | graph), found "nothing"', line: 1, col: 8 });
});
