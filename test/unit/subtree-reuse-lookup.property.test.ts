// SubtreeReuse's lookup by length (issue 14, eleventh pass: syntax-snapshot.ts `youngByLength`).
// The member cache found a young entry by hashing the walked member's text as a Map key on every
// keystroke; it now scans the young entries of the same length and compares texts. Property:
// over random interleavings of set/get with texts that often share a length (and types that
// differ), with generations rotating, every get returns the very entry the original lookup —
// the first young entry of that text and type with a root, else the old generation's, which is
// promoted — returns, checked against a model of the original two-generation cache.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Language } from 'web-tree-sitter';
import { SubtreeReuse, type SNode, type StoredSubtree } from '../../server/src/symbols/syntax-snapshot';

/** The original lookup (main before this pass), as a model. */
class ModelCache {
  young = new Map<string, StoredSubtree[]>();
  old = new Map<string, StoredSubtree[]>();
  size = 0;
  chars = 0;
  constructor(private readonly max: number, private readonly maxChars: number) {}
  get(t: string, text: string): StoredSubtree | undefined {
    const hit = this.young.get(text)?.find((x) => x.t === t && x.root);
    if (hit) return hit;
    const o = this.old.get(text)?.find((x) => x.t === t && x.root);
    if (o) this.set(o.text, o);
    return o;
  }
  set(text: string, v: StoredSubtree): void {
    if (text.length > this.maxChars / 2) return;
    if (this.size >= this.max / 2 || this.chars + text.length > this.maxChars / 2) {
      this.old = this.young;
      this.young = new Map();
      this.size = 0;
      this.chars = 0;
    }
    this.chars += text.length;
    const list = this.young.get(text);
    if (list) list.push(v);
    else this.young.set(text, [v]);
    this.size++;
  }
}

const node: SNode = { t: 'x', s: 0, e: 1, f: null, k: [], p: null, missing: false };

test('SubtreeReuse.get by length returns the entry the text-keyed lookup returns, across generations', () => {
  // Texts of a few lengths, many of them equal in length but different ("ab" / "ba" …), some
  // built by slicing a larger string (as the walk does) so equal texts are different objects.
  const text = fc.constantFrom('ab', 'ba', 'aa', 'abc', 'cba', 'abcd', 'dcba', 'x'.repeat(40), 'y'.repeat(40), `${'x'.repeat(39)}y`);
  const op = fc.record({
    kind: fc.constantFrom('get', 'get', 'set'),
    t: fc.constantFrom('method_definition', 'statement_block'),
    text,
    // An entry whose lazily copied root is gone (null): never returned by either lookup.
    noRoot: fc.boolean(),
  });
  fc.assert(
    fc.property(fc.array(op, { minLength: 1, maxLength: 80 }), fc.integer({ min: 2, max: 12 }), (ops, max) => {
      const lang = {} as Language;
      const cache = new SubtreeReuse(['class_body'], 0, max, 120);
      const model = new ModelCache(max, 120);
      let n = 0;
      for (const o of ops) {
        // Equal texts as different string objects, like a slice of the walked buffer.
        const key = `#${o.text}#`.slice(1, -1);
        if (o.kind === 'set') {
          const entry: StoredSubtree = { t: o.t, root: (o.noRoot ? null : node) as SNode, text: o.text };
          (entry as unknown as { id: number }).id = n++;
          cache.set(lang, key, entry);
          model.set(key, entry);
        } else {
          assert.equal(cache.get(lang, o.t, key), model.get(o.t, key));
        }
      }
    }),
    { numRuns: 400 },
  );
});
