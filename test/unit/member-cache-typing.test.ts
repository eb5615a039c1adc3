// Issue 14, memory under typing (tenth pass): a re-analysis after an edit stores a member it
// walked again at the same place (the one being typed in) only on its second sighting. While
// typing in one method its text changes at every keystroke, and a copy stored per keystroke was
// never read (≈ 380 KB per key in webpack's Compilation.js, promoted and freed only by a full
// GC); once the developer moves on, the next walk sees the method unchanged and stores it. A
// member edited after a jump is stored at once, as before. Every analysis stays exactly a fresh
// one's.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { initParsers } from '../../server/src/parsing/languages';
import { analyzeSource, ChunkCache } from '../../server/src/symbols/analyze';
import { clearTsMemberCache, setTsMemberReuse, tsMemberReuseHits } from '../../server/src/symbols/typescript';

before(async () => {
  await initParsers();
});

const METHODS = 12;
function source(bodies: Map<number, string>): string {
  const ms = Array.from({ length: METHODS }, (_, i) => {
    const extra = bodies.get(i) ?? '';
    return `  method${i}(a: number, b: string): string {\n    const label = b.repeat(a) + 'item ${i} of the list';\n    if (a > ${i}) {\n      return label.toUpperCase() + String(a * ${i + 1});${extra}\n    }\n    return label.slice(0, ${i + 3}) + 'done';\n  }\n`;
  });
  return `export class Register {\n${ms.join('\n')}}\n`;
}

function fresh(text: string) {
  setTsMemberReuse(false);
  try {
    return analyzeSource(text, 'a.ts', 'typescript', new ChunkCache());
  } finally {
    setTsMemberReuse(true);
  }
}

test('typing in one method: its versions are not stored while it changes, and it is stored once the next edit is elsewhere', () => {
  clearTsMemberCache();
  const cache = new ChunkCache();
  const bodies = new Map<number, string>();
  const step = (): number => {
    const text = source(bodies);
    const h0 = tsMemberReuseHits();
    assert.deepEqual(analyzeSource(text, 'a.ts', 'typescript', cache), fresh(text));
    return tsMemberReuseHits() - h0;
  };
  step(); // the first analysis stores every member
  // Five keystrokes in method3: each version is walked; the other eleven members are reused.
  for (let k = 1; k <= 5; k++) {
    bodies.set(3, ` // typed ${'x'.repeat(k)}`);
    assert.equal(step(), METHODS - 1, `keystroke ${k}: the other members reused`);
  }
  // The developer moves to method8: method3's last version is seen a second time (walked and
  // now stored), method8 is walked.
  bodies.set(8, ' // elsewhere');
  assert.equal(step(), METHODS - 2, 'method3 (second sighting) and method8 walked');
  // Another key in method8: method3 is reused from the store now.
  bodies.set(8, ' // elsewhere!');
  assert.equal(step(), METHODS - 1, 'method3 reused after its second sighting');
  // Back to a text of method3 typed before (seen once then, so stored now) while method8's
  // last version is seen a second time: both walked, both stored.
  bodies.set(3, ' // typed xx');
  assert.equal(step(), METHODS - 2, "method3's earlier text and method8's last version walked");
  bodies.set(0, ' // a third place');
  assert.equal(step(), METHODS - 1, 'method3 and method8 reused, method0 walked');
});
