// The head side parsed incrementally from the base tree (makeVersionPair, used by CLI and
// history walks) must give exactly the analysis a fresh full parse gives.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, test } from 'node:test';
import fc from 'fast-check';
import { makeVersion, makeVersionPair } from '../../server/src/engine/file-version';
import { initParsers } from '../../server/src/parsing/languages';
import { ChunkCache } from '../../server/src/symbols/analyze';

before(async () => {
  await initParsers();
});

const sources: Record<string, string> = {
  'src/engine.ts': fs.readFileSync(path.resolve(__dirname, '../../../server/src/delta/normalize.ts'), 'utf8'),
  'lib/tool.py': `import os\n\n\nclass Tool:\n    """A tool."""\n\n    def run(self, args, *, dry=False):\n        if dry:\n            return None\n        for a in args:\n            os.system(a)\n\n\ndef main(argv=None):\n    return Tool().run(argv or [])\n`,
};

const snippets = ['x', ' ', '\n', '(', ')', '{', '}', ':', 'if (a) {', '  return 1;\n', 'def f():\n    pass\n', '# c\n', '// c\n', ','];

for (const [file, src] of Object.entries(sources)) {
  test(`${file}: incremental head analysis equals a full parse`, () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ at: fc.nat(src.length), del: fc.nat(12), ins: fc.constantFrom(...snippets) }), { minLength: 1, maxLength: 3 }),
        (edits) => {
          let text = src;
          for (const e of edits) {
            const at = e.at % (text.length + 1);
            text = text.slice(0, at) + e.ins + text.slice(at + e.del);
          }
          const [, inc] = makeVersionPair(file, src, file, text, new ChunkCache());
          const full = makeVersion(file, text, new ChunkCache());
          assert.deepEqual(inc.analysis, full.analysis);
        },
      ),
      { numRuns: 60 },
    );
  });
}
