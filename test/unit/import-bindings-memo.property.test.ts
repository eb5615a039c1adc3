// delta/import-bindings.ts `ImportBindings` keeps, for one pairing, what it read of each side of
// each file (default-export name, import targets, lines) — issue 14: read per (symbol, caller)
// pair it made webpack's history walk 1.6× slower. Kept or not, the answers must be the same: one
// shared instance asked a random sequence of questions about random files — the same file with
// other texts and imports on its two sides, asked by side and change as pairing asks — answers
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

function importingFile(change: number, lines: Line[], withText: boolean): ImportingFile {
  const imports: ImportInfo[] = [];
  lines.forEach((l, i) => { if (l.imp) imports.push({ ...l.imp, line: i + 1, endLine: i + 1 }); });
  return { change, path: PATHS[change], imports, text: withText ? lines.map((l) => l.text).join('\n') : undefined };
}
// Every change keeps its path on both sides: all of PATHS exist on each.
const FILES = PATHS.map((p) => ({ oldFile: p, newFile: p }));

test('ImportBindings answers as a fresh instance would, whatever it was asked before', () => {
  const side = fc.constantFrom('old', 'new');
  const world = fc.record({
    // change k is PATHS[k]; each side of it its own lines
    files: fc.array(fc.record({ old: fileText, new: fileText, withText: fc.boolean() }), { minLength: PATHS.length, maxLength: PATHS.length }),
    asks: fc.array(fc.record({ side, from: fc.nat(PATHS.length - 1), target: fc.nat(PATHS.length - 1), name: fc.constantFrom('f', 'g', 'pick', 'default'), isDefault: fc.boolean() }), { minLength: 1, maxLength: 30 }),
  });
  fc.assert(fc.property(world, ({ files, asks }) => {
    const shared = new ImportBindings(FILES);
    for (const a of asks) {
      const f = files[a.from];
      const from = importingFile(a.from, a.side === 'old' ? f.old : f.new, f.withText);
      const target = PATHS[a.target];
      assert.deepEqual(shared.callNames(a.side, from, target, a.name, a.isDefault), new ImportBindings(FILES).callNames(a.side, from, target, a.name, a.isDefault));
      if (from.text !== undefined) assert.equal(shared.defaultExportName(a.side, a.from, from.text), defaultExportName(from.text));
    }
  }), { numRuns: 400 });
});

test('a default import is read through the name its own line binds (the lines are the asking file’s)', () => {
  const b = new ImportBindings(FILES);
  const a = importingFile(0, [{ text: "import pickErrors from './b';", imp: { spec: './b', names: ['default'] } }], true);
  const c = importingFile(2, [{ text: '' }, { text: "const fx = require('./b');", imp: { spec: './b', names: ['default'] } }], true);
  assert.deepEqual(b.callNames('new', a, 'src/b.ts', 'pick', true), ['pick', 'pickErrors']);
  assert.deepEqual(b.callNames('new', c, 'src/b.ts', 'pick', true), ['pick', 'fx']);
  assert.deepEqual(b.callNames('new', a, 'src/b.ts', 'pick', false), ['pick']);
  assert.deepEqual(b.callNames('new', a, 'src/c.ts', 'pick', true), ['pick']);
});
