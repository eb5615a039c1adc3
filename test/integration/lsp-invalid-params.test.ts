// Issue 11 item 8: a request whose params have the wrong shape gets InvalidParams with one
// sentence naming the field (never a raw TypeError text), and the server keeps answering.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CHECKED_METHODS, EgqlRunRequest, MosaicCursorRequest, SelectBaseRequest } from '../../server/src/protocol';
import { LspSession, fileUri } from '../helpers/lsp-client';
import { TempRepo } from '../helpers/temp-repo';

let repo: TempRepo;
let s: LspSession;

before(async () => {
  repo = new TempRepo();
  repo.commit({ 'src/a.ts': 'export function a(x: number) {\n  return x;\n}\n' }, 'init');
  s = LspSession.spawn();
  await s.initialize(repo.dir);
  await s.waitStatus((st) => st.state === 'ready', 'ready');
});
after(async () => {
  await s.close();
  repo.cleanup();
});

async function failure(method: string, params: unknown): Promise<{ code: number; message: string }> {
  try {
    await s.conn.sendRequest(method, params);
  } catch (e) {
    const err = e as { code: number; message: string };
    return { code: err.code, message: err.message };
  }
  assert.fail(`${method} ${JSON.stringify(params)} was answered`);
}

test('custom requests: wrong shapes answer InvalidParams naming the field; the server goes on', async () => {
  const cases: [string, unknown, RegExp][] = [
    [EgqlRunRequest.method, {}, /^glitchlab\/egqlRun: params\.query must be string, got nothing$/],
    [EgqlRunRequest.method, { query: 42 }, /params\.query must be string, got number 42/],
    [EgqlRunRequest.method, { query: 'SELECT events FROM sha(*)', maxRows: 'many' }, /params\.maxRows, when given, must be number/],
    [MosaicCursorRequest.method, { uri: fileUri(repo.dir, 'src/a.ts') }, /params\.line must be number, got nothing/],
    [SelectBaseRequest.method, null, /params are required \(base\)/],
    [SelectBaseRequest.method, [1], /params must be an object, got a list/],
  ];
  for (const [method, params, re] of cases) {
    const f = await failure(method, params);
    assert.equal(f.code, -32602, `${method}: InvalidParams`);
    assert.match(f.message, re);
    assert.doesNotMatch(f.message, /TypeError|Cannot read|undefined/);
  }
  const ok = await s.conn.sendRequest(EgqlRunRequest.method, { query: 'SELECT events FROM sha(*)' });
  assert.ok(ok, 'still answering');
  assert.ok(CHECKED_METHODS.length >= 12);
});

test('standard requests with broken params do not leak a TypeError and do not stop the server', async () => {
  for (const method of ['textDocument/hover', 'textDocument/codeLens', 'textDocument/codeAction', 'workspace/executeCommand']) {
    let message = '';
    try {
      const r = await s.conn.sendRequest(method, {});
      message = JSON.stringify(r);
    } catch (e) {
      message = (e as Error).message;
    }
    assert.doesNotMatch(message, /TypeError|Cannot read propert/, `${method}: ${message}`);
  }
  const ok = await s.conn.sendRequest(EgqlRunRequest.method, { query: 'SELECT events FROM sha(*)' });
  assert.ok(ok, 'still answering');
});
