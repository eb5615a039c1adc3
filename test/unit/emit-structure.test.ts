// emit-structure.ts (spec §3.2, §3.3 ast and files rows): file tokens, add/delete/rename/move,
// split, MODIFY_BODY of functions and classes, and the lines each explains.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { ChangeSet } from '../../server/src/delta/change-set';
import {
  emitAddedDeleted, emitClassBody, emitFileTokens, emitFnBody, emitMoveRename, emitSplitMerge, fnBodyChanged, newStructureState,
} from '../../server/src/delta/emit-structure';
import { diffSignature } from '../../server/src/delta/signature-diff';
import { makeVersion } from '../../server/src/engine/file-version';
import { initParsers } from '../../server/src/parsing/languages';
import { rig, summary } from '../helpers/emitters';

before(async () => {
  await initParsers();
});

test('file tokens: ADD_FILE spans the new file, DEL_FILE keeps the base span, a git rename across directories is MOVE_FILE', async () => {
  const util = 'export const one = 1;\nexport const two = 2;\n';
  const cs: ChangeSet = {
    changes: [
      { status: 'A', new: makeVersion('src/new.ts', 'export const a = 1;\nexport const b = 2;\nexport const c = 3;\n') },
      { status: 'D', old: makeVersion('src/old.ts', 'export const gone = 1;\n\nexport const alsoGone = 2;\n') },
      { status: 'R', similarity: 100, old: makeVersion('src/util.ts', util), new: makeVersion('lib/util.ts', util) },
    ],
  };
  const r = await rig({}, {}, { cs });
  emitFileTokens(r.ctx);
  assert.deepEqual(r.tokens().map((t) => `${t.kind} ${t.file} ${t.range.line}-${t.range.endLine}`), [
    'ADD_FILE src/new.ts 1-3', 'DEL_FILE src/old.ts 1-1', 'MOVE_FILE lib/util.ts 1-1',
  ]);
  assert.deepEqual(r.tokens('DEL_FILE')[0].meta.baseRange, { line: 1, endLine: 3 });
  assert.deepEqual(r.tokens('MOVE_FILE')[0].meta, { public_api: false, from: 'src/util.ts', to: 'lib/util.ts', similarity: 100 });
  assert.deepEqual([...r.change('src/new.ts').cov.newLines], [1, 2, 3]);
});

const CART = `export function addItem(cart, item) {
  cart.items.push(item);
  cart.total += item.price * item.qty;
  return cart;
}

export function clearCart(cart) {
  cart.items = [];
  cart.total = 0;
  return cart;
}
`;

test('a function renamed with the same body: RENAME_FN with from/to, both spans explained', async () => {
  const b = CART.replace('clearCart', 'emptyCart');
  const r = await rig({ 'src/cart.js': CART }, { 'src/cart.js': b });
  const pc = r.pair('emptyCart');
  emitMoveRename(r.ctx, pc, newStructureState());
  assert.deepEqual(summary(r.tokens()), ['RENAME_FN emptyCart']);
  assert.deepEqual([r.tokens()[0].meta.from, r.tokens()[0].meta.to], ['clearCart', 'emptyCart']);
  assert.deepEqual([...pc.nc.cov.newLines], [7, 8, 9, 10, 11]);
});

test('functions moved out of one file into two others: MOVE_SYMBOL on each destination, then SPLIT_FILE on the source', async () => {
  const tax = `export function vatOf(amount, rate) {
  const base = Math.round(amount * 100) / 100;
  const vat = base * rate;
  return Math.round(vat * 100) / 100;
}
`;
  const fx = `export function convert(amount, from, to, rates) {
  if (from === to) return amount;
  const eur = amount / rates[from];
  return Math.round(eur * rates[to] * 100) / 100;
}
`;
  const r = await rig({ 'src/money.js': `${tax}\n${fx}` }, { 'src/money.js': '', 'src/tax.js': tax, 'src/fx.js': fx });
  const state = newStructureState();
  for (const pc of r.pairs) emitMoveRename(r.ctx, pc, state);
  emitSplitMerge(r.ctx, state);
  assert.deepEqual(summary(r.tokens()).sort(), ['MOVE_SYMBOL convert', 'MOVE_SYMBOL vatOf', 'SPLIT_FILE src/money.js']);
  assert.deepEqual(r.tokens('SPLIT_FILE')[0].meta.to, ['src/fx.js', 'src/tax.js']);
  assert.equal(r.tokens('MOVE_SYMBOL').find((t) => t.symbol === 'vatOf')!.file, 'src/tax.js');
});

test('added and deleted functions: ADD_FN with its signature, DEL_FN on the head line where it stood with the base span', async () => {
  const b = CART.replace(/export function clearCart[\s\S]*$/, 'export function countItems(cart) {\n  return cart.items.reduce((n, i) => n + i.qty, 0);\n}\n');
  const r = await rig({ 'src/cart.js': CART }, { 'src/cart.js': b });
  emitAddedDeleted(r.ctx, r.pairing);
  assert.deepEqual(summary(r.tokens()), ['ADD_FN countItems', 'DEL_FN clearCart']);
  const del = r.tokens('DEL_FN')[0];
  assert.equal(del.range.line, 7);
  assert.deepEqual(del.meta.baseRange, { line: 7, endLine: 11 });
  assert.deepEqual((r.tokens('ADD_FN')[0].after as { params: string[] }).params, ['cart']);
});

test('MODIFY_BODY: a method body edit explains the method, a class field edit is the class own code', async () => {
  const a = 'class Stack:\n    limit = 10\n\n    def push(self, x):\n        self.items.append(x)\n\n    def pop(self):\n        return self.items.pop()\n';
  const b = 'class Stack:\n    limit = 20\n\n    def push(self, x):\n        if len(self.items) >= self.limit:\n            raise OverflowError()\n        self.items.append(x)\n\n    def pop(self):\n        return self.items.pop()\n';
  const r = await rig({ 'app/stack.py': a }, { 'app/stack.py': b });
  const push = r.pair('Stack.push');
  assert.equal(fnBodyChanged(push), true);
  emitFnBody(r.ctx, push, diffSignature(push.o.signature, push.n.signature), true);
  emitClassBody(r.ctx, r.pair('Stack'));
  assert.deepEqual(summary(r.tokens()), ['MODIFY_BODY Stack.push', 'MODIFY_BODY Stack']);
  // The class's own lines exclude its methods: line 2 is explained by the class token, 4–7 by the method.
  const cov = r.change('app/stack.py').cov.newLines;
  for (const l of [1, 2, 3, 4, 5, 6, 7]) assert.ok(cov.has(l), `line ${l}`);
});
