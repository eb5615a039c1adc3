// Δ tokens for TypeScript / TSX / JavaScript from realistic before/after code on real temp git
// repos (spec §3.3), including git renames (-M), moves, split/merge and dependencies.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runDelta } from '../helpers/delta';

const API = `import { EventEmitter } from 'node:events';
import type { User } from './types';

/** Fetch a user by id. */
export async function fetchUser(id: string, opts?: { cache: boolean }): Promise<User> {
  const res = await fetch('/api/users/' + id);
  if (!res.ok) {
    throw new Error('not found: ' + id);
  }
  return (await res.json()) as User;
}

export class UserService extends EventEmitter {
  #cache = new Map<string, User>();

  constructor(private readonly baseUrl: string) {
    super();
  }

  async get(id: string): Promise<User> {
    const hit = this.#cache.get(id);
    if (hit) return hit;
    const user = await fetchUser(id);
    this.#cache.set(id, user);
    this.emit('loaded', user);
    return user;
  }

  clear(): void {
    this.#cache.clear();
  }
}

function formatName(user: User): string {
  return user.first + ' ' + user.last;
}

export const toLabel = (user: User) => formatName(user).toUpperCase();
`;

const TYPES = `export interface User {
  id: string;
  first: string;
  last: string;
  email?: string;
}

export type Role = 'admin' | 'member';

export enum Status {
  Active,
  Disabled,
}
`;

const files = { 'src/api.ts': API, 'src/types.ts': TYPES };

test('MODIFY_SIG: parameter made required, return type changed', async () => {
  const after = API.replace('export async function fetchUser(id: string, opts?: { cache: boolean }): Promise<User> {', 'export async function fetchUser(id: string, opts: { cache: boolean }): Promise<User | undefined> {');
  const d = await runDelta(files, { 'src/api.ts': after });
  assert.deepEqual(d.summary(), ['MODIFY_SIG fetchUser']);
  const t = d.of('MODIFY_SIG')[0];
  assert.deepEqual(t.meta.detail, ['defaults', 'return']);
  assert.equal(t.meta.public_api, true);
  assert.equal(t.range.line, 5);
});

test('MODIFY_BODY of a method with ΔCC, ΔBRANCHING and ΔASYNC_AWAIT; private #field kept', async () => {
  const after = API.replace(
    `    const user = await fetchUser(id);`,
    `    const user = await fetchUser(id);
    if (!user || user.id !== id) {
      await this.clear();
    }`,
  );
  const d = await runDelta(files, { 'src/api.ts': after });
  assert.deepEqual(d.summary().sort(), ['MODIFY_BODY UserService.get', 'ΔASYNC_AWAIT UserService.get', 'ΔBRANCHING UserService.get', 'ΔCC UserService.get']);
  assert.deepEqual([d.of('ΔCC')[0].meta.k, d.of('ΔCC')[0].magnitude], [2, Math.round(Math.log2(3) * 1e6) / 1e6]); // if + ||; log2(1 + |k|)
});

test('RENAME_FN of an arrow-function const and of a class method; members follow a renamed class', async () => {
  const renamed = API.replace('export const toLabel = (user: User) =>', 'export const toDisplayLabel = (user: User) =>').replace('  clear(): void {', '  reset(): void {');
  const d = await runDelta(files, { 'src/api.ts': renamed });
  assert.deepEqual(d.summary().sort(), ['RENAME_FN UserService.reset', 'RENAME_FN toDisplayLabel']);
  const cls = await runDelta(files, { 'src/api.ts': API.replace('export class UserService', 'export class AccountService') });
  assert.deepEqual(cls.summary(), ['RENAME_CLASS AccountService']);
});

test('ADD_FN / DEL_FN / ADD_CLASS with methods, DEL of a private helper is not public API', async () => {
  const after = API.replace(/function formatName[\s\S]*?\n}\n/, '').replace('formatName(user)', "(user.first + ' ' + user.last)") +
    `
export class AuditLog {
  private entries: string[] = [];
  record(msg: string): void {
    this.entries.push(new Date().toISOString() + ' ' + msg);
  }
  dump(): string[] {
    return [...this.entries];
  }
}
`;
  const d = await runDelta(files, { 'src/api.ts': after });
  const s = d.summary();
  for (const want of ['ADD_CLASS AuditLog', 'ADD_FN AuditLog.record', 'ADD_FN AuditLog.dump']) assert.ok(s.includes(want), `${want} in ${s.join(', ')}`);
  const del = d.of('DEL_FN').concat(d.of('INLINE_FN'));
  assert.equal(del.length, 1);
  assert.equal(del[0].symbol, 'formatName');
  assert.equal(del[0].meta.public_api, false);
  assert.equal(d.of('ADD_CLASS')[0].meta.public_api, true);
});

test('types: ADD_TYPE, MODIFY_TYPE (member optionality / added member), DEL_TYPE', async () => {
  const after = TYPES.replace('  email?: string;', '  email: string;\n  phone?: string;').replace("export type Role = 'admin' | 'member';\n", '').concat('\nexport interface Team {\n  name: string;\n  members: User[];\n}\n');
  const d = await runDelta(files, { 'src/types.ts': after });
  assert.deepEqual(d.summary().sort(), ['ADD_TYPE Team', 'DEL_TYPE Role', 'MODIFY_TYPE User']);
  assert.deepEqual((d.of('MODIFY_TYPE')[0].meta.detail as string[]).sort(), ['added', 'optionality']);
  assert.equal(d.of('DEL_TYPE')[0].meta.public_api, true);
});

test('git rename with edits: RENAME_FILE / MOVE_FILE and symbols keep their identity', async () => {
  const d = await runDelta(files, { 'src/users/api.ts': API.replace("'./types'", "'../types'").replace('this.#cache.clear();', 'this.#cache.clear();\n    this.emit("cleared");') }, { renames: [['src/api.ts', 'src/users/api.ts']] });
  const s = d.summary();
  assert.ok(s.includes('MOVE_FILE src/users/api.ts'), s.join(', '));
  assert.ok(s.includes('MODIFY_BODY UserService.clear'), s.join(', '));
  assert.equal(d.of('MOVE_SYMBOL').length, 0);
  assert.equal(d.of('DEL_FN').length, 0);
  const same = await runDelta(files, {}, { renames: [['src/types.ts', 'src/model.ts']] });
  assert.ok(same.summary().includes('RENAME_FILE src/model.ts'));
});

test('MOVE_SYMBOL (+ RENAME_FN paired), SPLIT_FILE and MERGE_FILE', async () => {
  const util = `export function clamp(x: number, lo: number, hi: number): number {
  if (x < lo) return lo;
  if (x > hi) return hi;
  return x;
}

export function lerp(a: number, b: number, t: number): number {
  const k = clamp(t, 0, 1);
  return a + (b - a) * k;
}
`;
  const d = await runDelta(
    { 'src/math/util.ts': util, 'src/app.ts': "import { clamp } from './math/util';\nexport const v = clamp(2, 0, 1);\n" },
    {
      'src/math/util.ts': '',
      'src/math/clamp.ts': util.split('\n\n')[0] + '\n',
      'src/math/interp.ts': "import { clamp } from './clamp';\n\n" + util.split('\n\n')[1].replace('function lerp', 'function interpolate'),
    },
  );
  const moves = d.of('MOVE_SYMBOL').map((t) => `${t.symbol}<-${String(t.meta.fromFile)}`).sort();
  assert.deepEqual(moves, ['clamp<-src/math/util.ts', 'interpolate<-src/math/util.ts']);
  const rn = d.of('RENAME_FN')[0];
  assert.equal(rn.meta.from, 'lerp');
  const mv = d.of('MOVE_SYMBOL').find((t) => t.symbol === 'interpolate')!;
  assert.ok(rn.meta.pair && rn.meta.pair === mv.meta.pair, 'move+rename share meta.pair');
  assert.deepEqual(d.of('SPLIT_FILE').map((t) => t.file), ['src/math/util.ts']);
  // Three small files merged into one: no single source dominates, so git sees no rename.
  const third = 'export function sign(x: number): number {\n  if (x > 0) return 1;\n  if (x < 0) return -1;\n  return 0;\n}\n';
  const merged = await runDelta(
    { 'src/a.ts': util.split('\n\n')[0] + '\n', 'src/b.ts': util.split('\n\n')[1], 'src/c.ts': third },
    { 'src/a.ts': null, 'src/b.ts': null, 'src/c.ts': null, 'src/all.ts': `${util}\n${third}` },
  );
  assert.deepEqual(merged.of('MERGE_FILE').map((t) => t.file), ['src/all.ts']);
  assert.deepEqual(merged.of('DEL_FILE').map((t) => t.file).sort(), ['src/a.ts', 'src/b.ts', 'src/c.ts']);
  assert.equal(merged.of('ADD_FILE').length, 1);
});

test('EXTRACT_FN from a method body', async () => {
  const before = `export function summarize(items: { price: number; qty: number; tax?: number }[]): string {
  let total = 0;
  for (const it of items) {
    const base = it.price * it.qty;
    total += base + base * (it.tax ?? 0);
  }
  return 'total: ' + total.toFixed(2);
}
`;
  const after = `export function summarize(items: { price: number; qty: number; tax?: number }[]): string {
  const total = sumItems(items);
  return 'total: ' + total.toFixed(2);
}

function sumItems(items: { price: number; qty: number; tax?: number }[]): number {
  let total = 0;
  for (const it of items) {
    const base = it.price * it.qty;
    total += base + base * (it.tax ?? 0);
  }
  return total;
}
`;
  const d = await runDelta({ 'src/sum.ts': before }, { 'src/sum.ts': after });
  assert.equal(d.of('EXTRACT_FN').length, 1);
  assert.equal(d.of('EXTRACT_FN')[0].meta.source, 'summarize');
  assert.equal(d.of('ADD_FN').length, 0);
  assert.ok(d.of('MODIFY_BODY').some((t) => t.symbol === 'summarize'));
});

test('ΔIMPORT +/- and reorder emits nothing; ΔTYPE_HINTS loosen to any', async () => {
  const after = API.replace("import { EventEmitter } from 'node:events';\nimport type { User } from './types';", "import type { User } from './types';\nimport { EventEmitter } from 'node:events';")
    .replace('function formatName(user: User): string {', 'function formatName(user: any): string {');
  const d = await runDelta(files, { 'src/api.ts': after });
  assert.equal(d.of('ΔIMPORT').length, 0);
  const hints = d.of('ΔTYPE_HINTS');
  assert.equal(hints.length, 1);
  assert.equal(hints[0].meta.dir, 'loosen');
  assert.equal(hints[0].weight, 0.04);
  const imp = await runDelta(files, { 'src/api.ts': API.replace("import { EventEmitter } from 'node:events';\n", "import { EventEmitter } from 'node:events';\nimport * as path from 'node:path';\n") });
  assert.deepEqual(imp.of('ΔIMPORT').map((t) => `${String(t.meta.sign)}${String(t.meta.spec)}`), ['+node:path']);
});

test('JavaScript: CommonJS exports, prototype methods, JSX component, tests', async () => {
  const before = {
    'lib/math.js': "function Vec(x, y) { this.x = x; this.y = y; }\nVec.prototype.len = function () {\n  return Math.hypot(this.x, this.y);\n};\nexports.add = function (a, b) {\n  return a + b;\n};\nmodule.exports.Vec = Vec;\n",
    'web/Button.jsx': "export function Button({ label, onClick }) {\n  return <button onClick={onClick}>{label}</button>;\n}\n",
    'test/math.test.js': "const { add } = require('../lib/math');\ntest('adds', () => { expect(add(1, 2)).toBe(3); });\n",
  };
  const d = await runDelta(before, {
    'lib/math.js': before['lib/math.js'].replace('exports.add = function (a, b) {', 'exports.add = function (a, b, c = 0) {').replace('return a + b;', 'return a + b + c;').replace('return Math.hypot(this.x, this.y);', 'return Math.sqrt(this.x * this.x + this.y * this.y);'),
    'web/Button.jsx': "export function Button({ label, onClick, disabled }) {\n  return <button disabled={disabled} onClick={onClick}>{label}</button>;\n}\n",
    'test/math.test.js': before['test/math.test.js'] + "test('adds three', () => { expect(add(1, 2, 3)).toBe(6); });\n",
  });
  const s = d.summary();
  for (const want of ['MODIFY_SIG add', 'MODIFY_BODY Vec.len', 'MODIFY_SIG Button']) assert.ok(s.includes(want), `${want} in ${s.join(', ')}`);
  const tests = d.of('ΔTESTS')[0];
  assert.equal(tests.meta.sign, '+');
  assert.equal(tests.weight, -0.02);
});

test('ΔDEPENDENCY from package.json; README and docs get ΔREADME / ΔSPEC; binary files get nothing', async () => {
  const pkg = (deps: Record<string, string>) => `${JSON.stringify({ name: 'x', version: '1.0.0', dependencies: deps }, null, 2)}\n`;
  const d = await runDelta(
    { 'package.json': pkg({ lodash: '^4.17.0', react: '^18.0.0' }), 'README.md': '# X\n\nIntro.\n', 'docs/guide.md': '# Guide\n', 'assets/logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]) },
    { 'package.json': pkg({ react: '^19.0.0', zod: '^3.0.0' }), 'README.md': '# X\n\nIntro, updated.\n', 'docs/guide.md': '# Guide\n\nMore.\n', 'assets/logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 9, 9, 9]) },
  );
  assert.deepEqual(d.of('ΔDEPENDENCY').map((t) => `${String(t.meta.name)}:${String(t.meta.change)}`).sort(), ['lodash:removed', 'react:version', 'zod:added']);
  assert.equal(d.of('ΔREADME').length, 1);
  assert.equal(d.of('ΔSPEC').length, 1);
  assert.equal(d.tokens.filter((t) => t.file === 'assets/logo.png').length, 0);
  assert.deepEqual(d.result.skipped, [{ path: 'assets/logo.png', reason: 'binary' }]);
});

test('a TS file broken mid-edit keeps its symbols (no DEL flood)', async () => {
  const broken = API.replace('  clear(): void {\n    this.#cache.clear();\n  }', '  clear(): void {\n    this.#cache.clear(\n  }');
  const d = await runDelta(files, { 'src/api.ts': broken });
  assert.equal(d.of('DEL_FN').length, 0);
  assert.equal(d.of('DEL_CLASS').length, 0);
  assert.ok(d.result.parseErrors.some((e) => e.path === 'src/api.ts'));
});

test('a committed range gives the same tokens and fingerprint as the working tree', async () => {
  const after = { 'src/api.ts': API.replace('return user.first', 'return user.last') };
  const wt = await runDelta(files, after);
  const committed = await runDelta(files, after, { commitAfter: true });
  assert.equal(committed.result.fingerprint.hash, wt.result.fingerprint.hash);
  assert.deepEqual(committed.summary(), wt.summary());
});
