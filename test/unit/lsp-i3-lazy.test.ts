// Issue 14: the language server's gate I3 (lsp/mosaic-features.ts layoutInput, evaluated with
// no Mosaic panel open) parses nothing of the base and reads each base blob once per base
// commit — not per snapshot. Before, it analysed every base file (webpack: +1.1 GB, 7 s CPU).
// Counts parses and blob reads; times nothing.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import type { Connection } from 'vscode-languageserver/node';
import { Policy } from '../../server/src/config/policy';
import { makeVersion } from '../../server/src/engine/file-version';
import { WorkspaceHost } from '../../server/src/engine/workspace-host';
import type { GitRepo } from '../../server/src/git';
import { MosaicFeatures } from '../../server/src/lsp/mosaic-features';
import { evaluateI3 } from '../../server/src/mosaic/i3';
import { initParsers, parserFor } from '../../server/src/parsing/languages';

const SHA = 'b'.repeat(40);
const fn = (i: number, body = 'return x + 1;') => `export function f${i}(x: number): number {\n  ${body}\n}\n`;

test('I3 in the editor: no base file parsed, each base blob read once across snapshots', async () => {
  await initParsers();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'glx-i3-lazy-'));
  const files: Record<string, string> = {};
  for (let i = 0; i < 60; i++) files[`src/u${i}.ts`] = fn(i).repeat(1 + (i % 3));
  const oldA = fn(100);
  files['src/a.ts'] = oldA;
  const reads: string[] = [];
  const repo = {
    root,
    listFiles: async () => Object.keys(files).sort(),
    readBlobs: async (names: readonly string[]) => {
      reads.push(...names);
      return names.map((n) => Buffer.from(files[n.slice(n.indexOf(':') + 1)]));
    },
  } as unknown as GitRepo;

  const host = new WorkspaceHost(new Policy());
  const newA = fn(100, 'return x + 2;');
  host.setBase({
    base: { rev: 'HEAD', sha: SHA, source: 'HEAD' }, headSha: SHA,
    changes: [{ status: 'M', old: makeVersion('src/a.ts', oldA), disk: makeVersion('src/a.ts', newA) }],
  });
  host.openDocument('src/a.ts', newA, 1);
  const features = new MosaicFeatures({} as Connection, () => ({ repo, host }));

  // Count every parse (tree-sitter) while only I3's input is built.
  const parser = parserFor('typescript');
  const parse = parser.parse.bind(parser);
  let parses = 0;
  parser.parse = ((...args: Parameters<typeof parse>) => {
    parses++;
    return parse(...args);
  }) as typeof parser.parse;
  try {
    for (let k = 0; k < 4; k++) {
      if (k > 0) host.applyChange('src/a.ts', [{ range: { start: { line: 1, character: 13 }, end: { line: 1, character: 14 } }, text: String(k + 2) }], k + 1);
      const snap = host.snapshot(); // the edit's own parse happens here, not in I3
      parses = 0;
      const input = await features.layoutInput(snap);
      assert.ok(input, 'an I3 input');
      assert.equal(parses, 0, `snapshot ${k}: I3 parsed ${parses} base file(s)`);
      assert.equal(reads.length, 61, `snapshot ${k}: base blobs read once per base commit, not per snapshot (${reads.length} reads)`);
      assert.equal(input.files.length, 61);
      assert.equal(input.files.find((f) => f.path === 'src/u2.ts')?.locBase, 9);
      const r = evaluateI3({ files: input.files, changeSet: input.changeSet, tokens: input.tokens });
      assert.notEqual(r.status, 'N/A', 'the changed file counts for I3');
    }
  } finally {
    parser.parse = parse;
    fs.rmSync(root, { recursive: true, force: true });
  }
});
