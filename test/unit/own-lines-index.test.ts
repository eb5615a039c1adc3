// ownLines with nested symbols found through the analysis's symbols sorted by line (issue 14,
// fifth pass: delta/tokenize-context.ts symbolsByLine) must equal the filter over every symbol
// it replaced, for every symbol of real analyses: this repository's own sources and the
// accuracy corpus's Python and JS/TS files (nested classes, methods, closures).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, test } from 'node:test';
import { ownLines } from '../../server/src/delta/tokenize-context';
import { makeVersion } from '../../server/src/engine/file-version';
import { initParsers, languageOf } from '../../server/src/parsing/languages';
import { ChunkCache } from '../../server/src/symbols/analyze';
import type { FileAnalysis, SymbolInfo } from '../../server/src/symbols/types';

before(async () => {
  await initParsers();
});

const ROOT = path.resolve(__dirname, '../../..');

/** The original: a filter over all symbols, then the mask. */
function referenceOwnLines(a: FileAnalysis, s: SymbolInfo, from = s.range.line): number[] {
  const prefix = `${s.qualname}.`;
  const nested = a.symbols.filter((x) => x !== s && x.qualname.startsWith(prefix) && x.range.line >= s.range.line && x.range.endLine <= s.range.endLine);
  const out: number[] = [];
  for (let l = from; l <= s.range.endLine; l++) if (!nested.some((n) => l >= n.range.line && l <= n.range.endLine)) out.push(l);
  return out;
}

function filesUnder(dir: string, limit: number): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (out.length >= limit) return;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (languageOf(p)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

test('ownLines through the by-line index equals the filter over all symbols (real analyses)', () => {
  const files = [...filesUnder(path.join(ROOT, 'server/src/delta'), 40), ...filesUnder(path.join(ROOT, 'test/corpus'), 400)];
  let symbols = 0;
  let nestedSeen = 0;
  for (const f of files) {
    const text = fs.readFileSync(f, 'utf8');
    const a = makeVersion(path.relative(ROOT, f), text, new ChunkCache()).analysis;
    if (!a) continue;
    for (const s of a.symbols) {
      symbols++;
      const ref = referenceOwnLines(a, s);
      if (ref.length < s.range.endLine - s.range.line + 1) nestedSeen++;
      assert.deepEqual(ownLines(a, s), ref, `${f} ${s.qualname}`);
      const mid = s.range.line + ((s.range.endLine - s.range.line) >> 1);
      assert.deepEqual(ownLines(a, s, mid), referenceOwnLines(a, s, mid), `${f} ${s.qualname} from ${mid}`);
    }
  }
  assert.ok(symbols > 1000 && nestedSeen > 100, `${symbols} symbols, ${nestedSeen} with nested ones`);
});
