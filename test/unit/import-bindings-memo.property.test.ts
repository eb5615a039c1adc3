// delta/import-bindings.ts `ImportBindings` keeps, for one pairing, what it read of each side of
// each file (default-export name, import targets, lines) — issue 14: read per (symbol, caller)
// pair it made webpack's history walk 1.6× slower. Kept or not, the answers must be the same: one
// shared instance asked a random sequence of questions about random files — the same file with
// other texts and imports on its two sides, keyed `side|change` as pairing keys them — answers
// each exactly as a fresh instance does.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { ImportBindings, defaultExportName, type ImportingFile } from '../../server/src/delta/import-bindings';
import type { ImportInfo } from '../../server/src/symbols/types';

const PATHS = ['src/a.ts', 'src/b.ts', 'src/c.ts', 'src/d.js'];
const spec = (p: string) => `./${p.slice(4).replace(/\.(ts|js)$/, '')}`;

type Line = { text: string; imp?: Omit<ImportInfo, 'line' | 'endLine'> };
const importLine = fc.tuple(fc.constantFrom(...PATHS), fc.constantFrom('f', 'g', 'pick'), fc.constantFrom('fx', 'alias', 'pickErrors'), fc.nat(3)).map(([p, own, local, form]): Line => {
  switch (form) {
    case 0: return { text: `import ${local} from '${spec(p)}';`, imp: { spec: spec(p), names: ['default'] } };
    case 1: return { text: `import { ${own} as ${local} } from '${spec(p)}';`, imp: { spec: spec(p), names: [local], imported: [own] } };
    case 2: return { text: `const ${local} = require('${spec(p)}');`, imp: { spec: spec(p), names: ['default'] } };
    default: return { text: `import { ${own} } from '${spec(p)}';`, imp: { spec: spec(p), names: [own] } };
  }
});
const otherLine = fc.constantFrom<Line>(
  { text: 'export default function pick(o) { return o; }' },
  { text: 'module.exports = g;' },
  { text: 'function f(x) { return fx(x) + alias(x); }' },
  { text: '' },
);
const fileText = fc.array(fc.oneof(importLine, otherLine), { maxLength: 8 });

function importingFile(key: string, path: string, lines: Line[], withText: boolean): ImportingFile {
  const imports: ImportInfo[] = [];
  lines.forEach((l, i) => { if (l.imp) imports.push({ ...l.imp, line: i + 1, endLine: i + 1 }); });
  return { key, path, imports, text: withText ? lines.map((l) => l.text).join('\n') : undefined };
}

test('ImportBindings answers as a fresh instance would, whatever it was asked before', () => {
  const side = fc.constantFrom('old', 'new');
  const world = fc.record({
    // change k is PATHS[k]; each side of it its own lines
    files: fc.array(fc.record({ old: fileText, new: fileText, withText: fc.boolean() }), { minLength: PATHS.length, maxLength: PATHS.length }),
    asks: fc.array(fc.record({ side, from: fc.nat(PATHS.length - 1), target: fc.nat(PATHS.length - 1), name: fc.constantFrom('f', 'g', 'pick', 'default'), isDefault: fc.boolean() }), { minLength: 1, maxLength: 30 }),
  });
  fc.assert(fc.property(world, ({ files, asks }) => {
    const shared = new ImportBindings();
    const exists = (p: string) => PATHS.includes(p);
    for (const a of asks) {
      const f = files[a.from];
      const from = importingFile(`${a.side}|${a.from}`, PATHS[a.from], a.side === 'old' ? f.old : f.new, f.withText);
      const target = PATHS[a.target];
      assert.deepEqual(shared.callNames(from, target, a.name, a.isDefault, exists), new ImportBindings().callNames(from, target, a.name, a.isDefault, exists));
      if (from.text !== undefined) assert.equal(shared.defaultExportName(from.key, from.text), defaultExportName(from.text));
    }
  }), { numRuns: 400 });
});

test('a default import is read through the name its own line binds (the lines are the asking file’s)', () => {
  const b = new ImportBindings();
  const exists = (p: string) => PATHS.includes(p);
  const a = importingFile('new|0', 'src/a.ts', [{ text: "import pickErrors from './b';", imp: { spec: './b', names: ['default'] } }], true);
  const c = importingFile('new|2', 'src/c.ts', [{ text: '' }, { text: "const fx = require('./b');", imp: { spec: './b', names: ['default'] } }], true);
  assert.deepEqual(b.callNames(a, 'src/b.ts', 'pick', true, exists), ['pick', 'pickErrors']);
  assert.deepEqual(b.callNames(c, 'src/b.ts', 'pick', true, exists), ['pick', 'fx']);
  assert.deepEqual(b.callNames(a, 'src/b.ts', 'pick', false, exists), ['pick']);
  assert.deepEqual(b.callNames(a, 'src/c.ts', 'pick', true, exists), ['pick']);
});
