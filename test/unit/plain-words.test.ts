// Plain words for tokens (explain/plain-words.ts) and the Delta Inspector's webview message
// validation (protocol/webview-inspector.ts): what a newcomer reads first, and what an untrusted
// webview may ask for.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TOKEN_KINDS, type TokenKind } from '../../server/src/delta/catalogue';
import type { DeltaToken } from '../../server/src/delta/token';
import { plainWords } from '../../server/src/explain/plain-words';
import { parseInspectorWebviewMessage, parseSpecMonitorWebviewMessage } from '../../server/src/protocol';

const tok = (kind: TokenKind, extra: Partial<DeltaToken> = {}): DeltaToken => ({
  schema: 'delta.tokens.v1', kind, category: TOKEN_KINDS[kind].category, file: 'src/p.ts', uid: `u:${kind}`, module: 'src',
  range: { line: 1, col: 0, endLine: 1 }, magnitude: 1, weight: TOKEN_KINDS[kind].weight, meta: { public_api: true }, ...extra,
});

test('a compatible signature change says callers keep working; a breaking one says they may break', () => {
  const before = { params: ['total: number', 'rate: number'], arity: 2 };
  assert.equal(
    plainWords(tok('MODIFY_SIG', { symbol: 'applyDiscount', before, after: { params: ['total: number', 'rate: number', 'cap = Infinity'], arity: 3 }, meta: { public_api: true, compatible: true, detail: ['arity'] } })),
    '`applyDiscount` gained an optional parameter `cap`: callers keep working.',
  );
  assert.equal(
    plainWords(tok('MODIFY_SIG', { symbol: 'Cart.add', before, after: { params: ['total: number'], arity: 1 }, meta: { public_api: true, compatible: false, detail: ['arity'] } })),
    '`add` lost parameter `rate`: callers written against the old signature may break.',
  );
  assert.match(plainWords(tok('MODIFY_SIG', { symbol: 'f', before, after: { params: ['total: number', 'rate: number', 'c: number'] }, meta: { public_api: false, compatible: false, detail: ['arity'] } })), /^`f` gained parameter `c`: its callers in this repository need checking\.$/);
});

test('renames, removals and bodies in plain words', () => {
  assert.equal(plainWords(tok('RENAME_FN', { symbol: 'Cart.subtotal', meta: { public_api: true, from: 'Cart.computeTotal', to: 'Cart.subtotal' } })), '`Cart.computeTotal` was renamed to `Cart.subtotal`: callers using the old name break unless it stays exported or an adapter keeps it.');
  assert.equal(plainWords(tok('DEL_FN', { symbol: 'mul' })), '`mul` was removed: code that calls it breaks.');
  assert.match(plainWords(tok('MODIFY_BODY', { symbol: 'formatPrice' })), /^The body of `formatPrice` changed; its signature did not/);
  for (const k of Object.keys(TOKEN_KINDS) as TokenKind[]) assert.ok(plainWords(tok(k, { symbol: 'x' })).length > 5, k);
});

test("a plugin's token reads as what its manifest says the kind means, about what it names, and which plugin said so", () => {
  const t = (meta: Record<string, unknown>, symbol?: string): DeltaToken => ({
    schema: 'delta.tokens.v1', kind: 'http.ROUTE_ADDED', category: 'flow', file: 'src/routes.ts', uid: 'PLUGIN::x', module: 'src',
    ...(symbol ? { symbol } : {}), range: { line: 4, col: 0, endLine: 4 }, magnitude: 1, weight: 0.1, meta: { public_api: false, plugin: 'http-routes', ...meta },
  });
  assert.equal(plainWords(t({ what: 'an HTTP route (method + path) the service did not answer before.' }, 'POST /orders')), '`POST /orders`: an HTTP route (method + path) the service did not answer before (plugin http-routes).');
  assert.equal(plainWords(t({})), '`src/routes.ts`: http.ROUTE_ADDED reported (plugin http-routes).');
});

test('the Inspector webview may only ask for repo-relative paths and sane lines', () => {
  assert.deepEqual(parseInspectorWebviewMessage({ type: 'open', file: 'src/p.ts', line: 3 }), { type: 'open', file: 'src/p.ts', line: 3 });
  assert.deepEqual(parseInspectorWebviewMessage({ type: 'diff', file: 'a/b.py', line: 1 }), { type: 'diff', file: 'a/b.py', line: 1 });
  for (const bad of [
    { type: 'open', file: '../x.ts', line: 1 }, { type: 'open', file: '/etc/passwd', line: 1 }, { type: 'fix', file: 'C:/x', line: 1 },
    { type: 'open', file: 'a\\b.ts', line: 1 }, { type: 'open', file: 'src/p.ts', line: 0 }, { type: 'open', file: 'src/p.ts', line: 1.5 },
    { type: 'run', file: 'src/p.ts', line: 1 }, null, 'open',
  ]) assert.equal(parseInspectorWebviewMessage(bad), undefined, JSON.stringify(bad));
});

test('the Spec Monitor webview can only press its three buttons', () => {
  for (const t of ['ready', 'freeze', 'unfreeze', 'recalibrate']) assert.deepEqual(parseSpecMonitorWebviewMessage({ type: t, extra: 1 }), { type: t });
  for (const bad of [{ type: 'calibrate', action: 'update' }, { type: 'freeze ' }, {}, null, 3]) assert.equal(parseSpecMonitorWebviewMessage(bad), undefined);
});
