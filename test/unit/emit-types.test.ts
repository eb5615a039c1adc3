// emit-types.ts (spec §3.3 types rows): ADD/DEL/MODIFY_TYPE per file, ΔTYPE_HINTS per pair.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TYPE_HINTS_LOOSEN_WEIGHT } from '../../server/src/delta/catalogue';
import { emitTypeHints, emitTypes } from '../../server/src/delta/emit-types';
import { rig, summary } from '../helpers/emitters';

const TYPES = `export interface User {
  id: string;
  email?: string;
}

export type Role = 'admin' | 'member';

export enum Status {
  Active,
  Disabled,
}
`;

test('interface member made required and a member added: MODIFY_TYPE with detail; a removed alias is DEL_TYPE', async () => {
  const b = `export interface User {
  id: string;
  email: string;
  name: string;
}

export enum Status {
  Active,
  Disabled,
}
`;
  const r = await rig({ 'src/types.ts': TYPES }, { 'src/types.ts': b });
  emitTypes(r.ctx, r.change('src/types.ts'));
  assert.deepEqual(summary(r.tokens()), ['MODIFY_TYPE User', 'DEL_TYPE Role']);
  const mod = r.tokens('MODIFY_TYPE')[0];
  assert.deepEqual(mod.meta.detail, ['optionality', 'added']);
  assert.equal(mod.meta.typeKind, 'interface');
  assert.equal(mod.meta.public_api, true);
  assert.deepEqual(r.tokens('DEL_TYPE')[0].meta.baseRange, { line: 6, endLine: 6 });
});

test('an enum reordered is MODIFY_TYPE{order}; a comment inside an interface is ΔCOMMENTS{format}, not a type change', async () => {
  const b = TYPES.replace('  Active,\n  Disabled,', '  Disabled,\n  Active,').replace('  id: string;', '  /** Primary key. */\n  id: string;');
  const r = await rig({ 'src/types.ts': TYPES }, { 'src/types.ts': b });
  emitTypes(r.ctx, r.change('src/types.ts'));
  assert.deepEqual(r.tokens().map((t) => `${t.kind} ${String(t.meta.reason ?? t.meta.detail)}`), ['ΔCOMMENTS format', 'MODIFY_TYPE order']);
});

test('Python: a parameter annotation loosened to Any and the return annotation added: ΔTYPE_HINTS loosen and +', async () => {
  const a = 'def load(path: str, retries: int):\n    return open(path).read()\n';
  const b = 'from typing import Any\n\n\ndef load(path: str, retries: Any) -> str:\n    return open(path).read()\n';
  const r = await rig({ 'app/io.py': a }, { 'app/io.py': b });
  emitTypeHints(r.ctx, r.pair('load'));
  const byDir = new Map(r.tokens().map((t) => [String(t.meta.dir), t] as const));
  assert.deepEqual([...byDir.keys()], ['+', 'loosen']);
  assert.equal(byDir.get('+')!.magnitude, 1);
  assert.equal(byDir.get('loosen')!.weight, TYPE_HINTS_LOOSEN_WEIGHT);
  assert.equal(byDir.get('+')!.weight, 0.02);
});
