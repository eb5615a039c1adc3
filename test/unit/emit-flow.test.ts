// emit-flow.ts (spec §3.3 flow rows): per paired symbol, one token per metric that changed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emitFlow } from '../../server/src/delta/emit-flow';
import { rig } from '../helpers/emitters';

const LOAD = `import { fetchUser, aliasesOf, log } from './api';

export async function loadAll(ids: string[], seen: Set<string>): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const id of ids) {
    out.push(await fetchUser(id));
  }
  return out;
}
`;

const LOAD_NESTED = `import { fetchUser, aliasesOf, log } from './api';

export async function loadAll(ids: string[], seen: Set<string>): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const id of ids) {
    for (const alias of aliasesOf(id)) {
      if (seen.has(alias)) continue;
      try {
        out.push(await fetchUser(alias));
      } catch (e) {
        log(e);
      }
    }
  }
  return out;
}
`;

test('a TS function that gains a nested loop, a branch and a try/catch: ΔCC, ΔLOOP_NEST, ΔBRANCHING, ΔEXCEPT_BLOCKS, all +', async () => {
  const r = await rig({ 'src/load.ts': LOAD }, { 'src/load.ts': LOAD_NESTED });
  const pc = r.pair('loadAll');
  emitFlow(r.ctx, pc);
  const by = new Map(r.tokens().map((t) => [t.kind, t] as const));
  assert.deepEqual([...by.keys()], ['ΔCC', 'ΔLOOP_NEST', 'ΔBRANCHING', 'ΔEXCEPT_BLOCKS']);
  const cc = by.get('ΔCC')!;
  // 1 + for → 1 + for, for, if, catch: k = 3, magnitude log2(1 + 3) = 2 (spec §3.3 as amended)
  assert.deepEqual([cc.before, cc.after, cc.magnitude, cc.meta.sign, cc.meta.k], [2, 5, 2, '+', 3]);
  assert.deepEqual([by.get('ΔLOOP_NEST')!.before, by.get('ΔLOOP_NEST')!.after], [1, 2]);
  assert.deepEqual([by.get('ΔEXCEPT_BLOCKS')!.before, by.get('ΔEXCEPT_BLOCKS')!.after], [0, 1]);
  for (const t of r.tokens()) {
    assert.equal(t.symbol, 'loadAll');
    assert.equal(t.meta.public_api, true);
    assert.deepEqual([t.range.line, t.range.endLine], [pc.n.range.line, pc.n.range.endLine]);
    assert.equal(t.meta.sign, '+');
  }
  // Same number of awaits on both sides: no ΔASYNC_AWAIT.
  assert.ok(!by.has('ΔASYNC_AWAIT'));
});

test('a Python function that loses a guard: ΔCC and ΔBRANCHING with sign −, magnitude log2(1 + |k|) and weight 0 (only growth weighs)', async () => {
  const a = 'def parse_port(value):\n    if value is None:\n        return 8080\n    if not value.isdigit():\n        raise ValueError(value)\n    return int(value)\n';
  const b = 'def parse_port(value):\n    if not value.isdigit():\n        raise ValueError(value)\n    return int(value)\n';
  const r = await rig({ 'app/config.py': a }, { 'app/config.py': b });
  emitFlow(r.ctx, r.pair('parse_port'));
  const cc = r.tokens('ΔCC');
  assert.equal(cc.length, 1);
  assert.deepEqual([cc[0].before, cc[0].after, cc[0].magnitude, cc[0].meta.sign, cc[0].weight], [3, 2, 1, '-', 0]);
  assert.equal(r.tokens('ΔBRANCHING')[0]?.meta.sign, '-');
  assert.equal(r.tokens('ΔLOOP_NEST').length, 0);
});

test('an added await in a Python coroutine is ΔASYNC_AWAIT +1; a renamed local changes no metric', async () => {
  const a = 'async def fetch(session, url):\n    resp = session.get(url)\n    return resp\n\n\ndef total(xs):\n    s = 0\n    for x in xs:\n        s += x\n    return s\n';
  const b = 'async def fetch(session, url):\n    resp = await session.get(url)\n    return resp\n\n\ndef total(xs):\n    acc = 0\n    for x in xs:\n        acc += x\n    return acc\n';
  const r = await rig({ 'app/net.py': a }, { 'app/net.py': b });
  for (const pc of r.pairs) emitFlow(r.ctx, pc);
  assert.deepEqual(r.tokens().map((t) => `${t.kind} ${t.symbol} ${t.before}→${t.after}`), ['ΔASYNC_AWAIT fetch 0→1']);
});
