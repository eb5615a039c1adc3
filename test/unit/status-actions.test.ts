// Issue 15, bugs 3-4: every command is in the palette (no `when` hides one: Run EGQL Query ran
// Open Mosaic by fuzzy match outside .egql editors), and the status bar click leads somewhere
// useful (what the item means, the decision's lines, next steps) instead of an empty output.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { statusRows } from '../../client/src/status-actions';
import { ALL_COMMAND_IDS, CommandIds, type StatusParams } from '../../server/src/protocol';

const ROOT = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

test('every contributed command is in the command palette (no commandPalette entry hides one)', () => {
  const palette: { command: string; when?: string }[] = manifest.contributes.menus?.commandPalette ?? [];
  const hidden = palette.filter((e) => e.when !== undefined).map((e) => `${e.command} when ${e.when}`);
  assert.deepEqual(hidden, []);
  for (const c of manifest.contributes.commands) assert.equal(c.category, 'GlitchLab', c.command);
  assert.ok(ALL_COMMAND_IDS.includes(CommandIds.statusActions));
});

test('the status bar item runs Status and Next Steps, whose rows explain the item and offer actions', () => {
  const src = fs.readFileSync(path.join(ROOT, 'client', 'src', 'extension.ts'), 'utf8');
  assert.match(src, /new Ctx\(context, CommandIds\.statusActions\)/);
  const st: StatusParams = {
    state: 'ready', dz: 0.65, modules: { src: 0.65 }, tokens: 5, files: 2, headSha: 'b'.repeat(40), message: '',
    base: { rev: 'main', sha: 'a'.repeat(40), source: 'merge-base' },
    decision: 'REVIEW', summary: 'whole change: ΔZ 0.65 · 5 semantic tokens in 2 files',
    explain: ['REVIEW: module src ΔZ 0.65 is above α 0.35', 'I2 PASS: no public contract broken'],
  };
  const rows = statusRows(st, true);
  const labels = rows.map((r) => r.label);
  assert.ok(labels.includes('Δ whole change ΔZ 0.65 · REVIEW'));
  assert.ok(labels.includes(st.summary!));
  for (const l of st.explain!) assert.ok(labels.includes(l), l); // the server's lines, word for word
  assert.ok(labels.some((l) => /base main \(aaaaaaaaaaaa\)/.test(l)));
  const actions = rows.flatMap((r) => (r.kind === 'action' ? [r.command] : []));
  assert.deepEqual(actions, [CommandIds.openSpecMonitor, CommandIds.openDeltaInspector, CommandIds.hudTriage, CommandIds.selectBase, CommandIds.openMosaic, CommandIds.showOutput]);
  // Server down: restarting it comes first.
  const down = statusRows({ ...st, state: 'error', message: 'the language server stopped' }, false);
  assert.equal(down.find((r) => r.kind === 'action')?.label, '$(debug-restart) Restart Language Server');
  assert.ok(statusRows(undefined, false).some((r) => /starting/.test(r.label)));
});
