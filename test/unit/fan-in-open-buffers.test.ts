// The fan-out's import resolution is remembered per existence oracle (delta/emit-imports.ts,
// issue 14 eleventh pass), and the editor's host keeps one oracle while the file lists and the
// open buffers stay (engine/workspace-host.ts). Opening or closing a buffer changes what exists
// on the head side: the host must hand out a new oracle, or a remembered "resolves to nothing"
// would hide the new file's fan-in.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Policy } from '../../server/src/config/policy';
import { makeVersion } from '../../server/src/engine/file-version';
import { WorkspaceHost } from '../../server/src/engine/workspace-host';
import { initParsers } from '../../server/src/parsing/languages';
import { ChunkCache } from '../../server/src/symbols/analyze';

test('a buffer opened for a file the edited one imports gets its ΔFAN_IN; closed, it is gone again', async () => {
  await initParsers();
  const base = 'function f() {\n  return 1;\n}\nmodule.exports = { f };\n';
  const head = "const b = require('./b');\nfunction f() {\n  return b.g();\n}\nmodule.exports = { f };\n";
  const onDisk = new Set(['a.js']);
  const host = new WorkspaceHost(new Policy());
  host.setBase({ base: { rev: 'HEAD', sha: '0'.repeat(40), source: 'HEAD' }, headSha: '0'.repeat(40), changes: [], fileExists: (_side, p) => onDisk.has(p) });
  host.setBaseVersion('a.js', makeVersion('a.js', base, new ChunkCache()));
  host.openDocument('a.js', head, 1);
  const fanIn = () => host.snapshot().result.tokens.filter((t) => t.kind === 'ΔFAN_IN').map((t) => `${t.file} ${String(t.meta.sign)}${t.magnitude}`);
  assert.deepEqual(fanIn(), [], './b resolves to nothing yet');
  host.applyChange('a.js', [{ range: { start: { line: 2, character: 14 }, end: { line: 2, character: 14 } }, text: ' ' }], 2);
  assert.deepEqual(fanIn(), [], 'still nothing after a keystroke (the remembered answer)');
  host.openDocument('b.js', 'exports.g = () => 2;\n', 1);
  assert.deepEqual(fanIn(), ['b.js +1'], 'the open buffer exists on the head side');
  host.applyChange('a.js', [{ range: { start: { line: 2, character: 15 }, end: { line: 2, character: 15 } }, text: ' ' }], 3);
  assert.deepEqual(fanIn(), ['b.js +1']);
  host.closeDocument('b.js');
  assert.deepEqual(fanIn(), [], 'closed: gone from the head side again');
  host.dispose();
});
