// The Mosaic through the real language server (dist/server.js --stdio) on a real temp repo:
// glitchlab/mosaic answers the map of the working tree, live glitchlab/mosaicUpdate pushes
// follow edits in open buffers, glitchlab/mosaicCursor maps the cursor's symbol to its cells.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { fileUri, LspSession, rng } from '../helpers/lsp-client';
import { TempRepo } from '../helpers/temp-repo';
import { MosaicCellRequest, MosaicCursorRequest, MosaicFindRequest, MosaicRequest, MosaicUpdateNotification, type MosaicCursorResult, type MosaicFindResult, type MosaicView } from '../../server/src/protocol';
import type { MosaicCell } from '../../server/src/mosaic/map';

const fn = (name: string, n: number) =>
  `export function ${name}(x: number): number {\n${Array.from({ length: n }, (_, i) => `  x = x * ${i + 2} + ${i};`).join('\n')}\n  return x;\n}\n`;

const cleanups: (() => Promise<void> | void)[] = [];
after(async () => {
  for (const c of cleanups.reverse()) await c();
});

test('mosaic over LSP: map, live update after an edit, cursor cells', async () => {
  const repo = new TempRepo('glx-mosaic-lsp-');
  cleanups.push(() => repo.cleanup());
  const files: Record<string, string> = { 'README.md': '# demo\n' };
  for (let i = 0; i < 4; i++) files[`src/m${i}.ts`] = fn(`f${i}`, 15) + fn(`g${i}`, 15);
  repo.commit(files, 'base');
  repo.write('src/m1.ts', files['src/m1.ts'].replace('function g1(x: number)', 'function g1(x: number, y = 2)'));
  const s = LspSession.spawn();
  cleanups.push(() => s.close());
  await s.initialize(repo.dir, { debounceMs: 0 });
  await s.waitStatus((st) => st.state === 'ready', 'ready');

  const view = await s.request<MosaicView>(MosaicRequest.method, { subscribe: true, rows: 32, cols: 32 });
  assert.equal(view.map.schema, 'glx.mosaic.map.v1');
  assert.equal(view.map.grid.rows, 32);
  assert.ok(view.rootUri.startsWith('file://'));
  assert.equal(view.map.fileCount, 5);
  assert.equal(view.map.layers.heat.length, 32 * 32);
  assert.ok(!('cells' in view.map), 'Ψ is fetched per cell, not pushed');
  // Ψ of a cell on request; find → the cell of a symbol.
  const found = await s.request<MosaicFindResult>(MosaicFindRequest.method, { query: 'g1' });
  assert.match(found.cell ?? '', /^MOZ::32x32@r\d\dc\d\d$/);
  assert.equal(found.label, 'symbol g1 in src/m1.ts');
  assert.ok(found.cells.length >= 1 && found.cells.includes(found.cell!), JSON.stringify(found));
  // Every cell of g1 belongs to src/m1.ts's region; a file query finds the file's whole region.
  const m1 = view.map.regions.files.indexOf('src/m1.ts');
  const idx = (id: string) => { const m = /@r(\d+)c(\d+)$/.exec(id)!; return Number(m[1]) * 32 + Number(m[2]); };
  assert.ok(found.cells.every((c) => view.map.regions.cellFile[idx(c)] === m1), 'g1 lies inside src/m1.ts');
  const byFile = await s.request<MosaicFindResult>(MosaicFindRequest.method, { query: 'm1.ts' });
  assert.equal(byFile.label, 'file src/m1.ts');
  assert.deepEqual(byFile.cells.map(idx).filter((i) => view.map.regions.cellFile[i] === m1).length, view.map.regions.cellFile.filter((f) => f === m1).length, 'the file query covers the whole region');
  const several = await s.request<MosaicFindResult>(MosaicFindRequest.method, { query: 'src/m' });
  assert.equal(several.label, '4 files matching "src/m"');
  assert.deepEqual(view.map.regions.files, ['README.md', 'src/m0.ts', 'src/m1.ts', 'src/m2.ts', 'src/m3.ts']);
  const psi = await s.request<MosaicCell | null>(MosaicCellRequest.method, { cell: found.cell });
  assert.ok(psi?.files.some((f) => f.path === 'src/m1.ts' && f.symbols?.includes('g1') && f.head), JSON.stringify(psi));
  assert.equal(await s.request(MosaicCellRequest.method, { cell: 'MOZ::64x64@r00c00' }), null, 'another grid: no cell');
  assert.deepEqual(await s.request(MosaicFindRequest.method, { query: 'no-such-thing' }), { cell: null, cells: [], label: '' });
  assert.equal(view.map.i3.status, 'PASS');
  assert.ok(view.map.layers.tokens.some((v) => v > 0), 'the signature change is on the tokens layer');

  // Edit another file in an open buffer: a live update arrives with its tokens.
  const uri = fileUri(repo.dir, 'src/m3.ts');
  const mark = s.mark();
  s.open(uri, files['src/m3.ts']);
  s.change(uri, [{ range: rng(0, 28), text: ', z = 1' }]);
  const lit = (v: MosaicView) => v.map.layers.tokens.filter((x) => x > 0).length;
  const note = await s.waitFor((n) => n.method === MosaicUpdateNotification.method && lit(n.params as MosaicView) > lit(view), 'a mosaic update with src/m3.ts changed', mark);
  const updated = note.params as MosaicView;
  const newly = updated.map.layers.tokens.findIndex((x, i) => x > 0 && !(view.map.layers.tokens[i] > 0));
  const cellId = `MOZ::32x32@r${String(Math.floor(newly / 32)).padStart(2, '0')}c${String(newly % 32).padStart(2, '0')}`;
  const newPsi = await s.request<MosaicCell | null>(MosaicCellRequest.method, { cell: cellId });
  assert.ok(newPsi?.files.some((f) => f.path === 'src/m3.ts'), JSON.stringify(newPsi));
  assert.ok(updated.generation > view.generation);
  assert.equal(updated.map.i3.status, 'PASS');

  // The cursor inside g3 (line 20, 0-based): the cells of g3, all holding src/m3.ts.
  const cur = await s.request<MosaicCursorResult>(MosaicCursorRequest.method, { uri, line: 20 });
  assert.equal(cur.symbol, 'g3');
  assert.equal(cur.file, 'src/m3.ts');
  assert.ok(cur.cells.length > 0);
  for (const id of cur.cells) {
    const c = await s.request<MosaicCell | null>(MosaicCellRequest.method, { cell: id });
    assert.ok(c?.files.some((f) => f.path === 'src/m3.ts'), id);
  }

  // Broken mid-edit: I3 fails and names the file.
  const mark2 = s.mark();
  s.change(uri, [{ range: rng(3, 0), text: '  x = x * (5 + 3;\n  if (x > {\n' }]);
  const broken = await s.waitFor((n) => n.method === MosaicUpdateNotification.method && (n.params as MosaicView).map.i3.status === 'FAIL', 'I3 FAIL after breaking the file', mark2);
  assert.ok((broken.params as MosaicView).map.i3.files.some((f) => f.path === 'src/m3.ts'));

  await s.request(MosaicRequest.method, { subscribe: false });
});
