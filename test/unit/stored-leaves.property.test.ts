// memberLeaves reads an opaque member's tokens, rows and comments straight off its stored subtree
// (syntax-snapshot.ts storedLeaves) instead of placing a copy of the subtree first (issue 14:
// ~0.4 MB and a copy per keystroke in webpack's Compilation.js). Property: for every member a
// walk stores — real classes of the accuracy corpus (TS and JS), edited at random so members
// with comments, strings, regexes, template literals, nested classes and syntax errors are
// stored — the aggregates equal those of the code it replaces (below: a placed snapshot, then
// its leaves and rowsRaw's rows).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, test } from 'node:test';
import fc from 'fast-check';
import { initParsers, parserFor } from '../../server/src/parsing/languages';
import {
  memberLeaves, OPAQUE, rowsRaw, snapshot, SnapshotSpec, storedSnapshot, type MemberLeaves, type SNode, type Snapshot, type StoredSubtree,
} from '../../server/src/symbols/syntax-snapshot';
import type { Lang } from '../../server/src/symbols/types';

before(async () => {
  await initParsers();
});

const ROOT = path.join(__dirname, '..', '..', '..');
const FILES: { file: string; lang: Lang }[] = [
  { file: 'test/corpus/got/c0b53464/before/source/core/index.ts', lang: 'typescript' },
  { file: 'test/corpus/vscode-lsp/36abb8a1/before/jsonrpc/src/common/connection.ts', lang: 'typescript' },
  { file: 'test/corpus/webpack/91cbe577/before/lib/css/CssGenerator.js', lang: 'javascript' },
];

/** The TypeScript extractor's walk settings (typescript.ts SNAPSHOT), with a member cache of its own. */
function spec(): SnapshotSpec {
  return new SnapshotSpec({
    atomic: ['string', 'comment', 'regex', 'hash_bang_line', 'html_comment'],
    namedLeaves: ['identifier', 'property_identifier', 'type_identifier', 'number', 'this', 'string_fragment', 'regex_pattern'],
    reuse: { parents: ['class_body', 'object', 'statement_block'], minChars: 200, opaque: ['class_body'] },
  });
}

// ---- the code storedLeaves replaces (syntax-snapshot.ts before issue 14's seventh pass): a placed copy, its leaves, rowsRaw ----
function memberLeavesOld(entry: StoredSubtree, commentType = 'comment'): MemberLeaves {
  const local = storedSnapshot(entry, 0, commentType);
  const tokens: string[] = [];
  const ident: number[] = [];
  const comments: number[] = [];
  for (const l of local.leaves) {
    if (l.t === commentType) {
      comments.push(l.s, l.e);
      continue;
    }
    ident.push(l.t.endsWith('identifier') ? 1 : 0);
    tokens.push(local.src.slice(l.s, l.e));
  }
  const rows = rowsRaw(local, commentType);
  return { tokens, ident: Uint8Array.from(ident), codeRows: rows.codeRows, commentRows: rows.commentRows, comments };
}
// ---- end of the copy ----

/** memberLeaves of a stored subtree, through a snapshot in which it stands opaque. */
function newLeaves(entry: StoredSubtree): MemberLeaves {
  const o: SNode = { t: entry.t, s: 0, e: entry.text.length, f: null, k: OPAQUE, p: null, missing: false };
  const snap = { opaque: new Map([[o, { t: entry.t, root: entry.root, text: entry.text }]]) } as unknown as Snapshot;
  return memberLeaves(snap, o);
}

const SNIPPETS = ['// note\n', '/* c */', ' ', '\n', 'x', '`t ${a} u`', '/re+g/g', "'s'", 'foo(1);\n', '{', '}', 'class Q { m() { return 1; } }\n', ''];

for (const { file, lang } of FILES) {
  test(`memberLeaves off the stored tree equals the placed copy's: every member stored while editing ${path.basename(file)}`, () => {
    const src0 = fs.readFileSync(path.join(ROOT, file), 'utf8');
    const parser = parserFor(lang);
    let compared = 0;
    fc.assert(
      fc.property(
        fc.array(fc.record({ at: fc.nat(src0.length), del: fc.oneof(fc.constant(0), fc.nat(40)), ins: fc.constantFrom(...SNIPPETS) }), { minLength: 0, maxLength: 4 }),
        (edits) => {
          let text = src0;
          for (const e of edits) {
            const at = e.at % (text.length + 1);
            text = text.slice(0, at) + e.ins + text.slice(Math.min(text.length, at + e.del));
          }
          const tree = parser.parse(text)!;
          try {
            const s = spec();
            for (const node of tree.rootNode.children) {
              if (!node) continue;
              const snap = snapshot(node, text, s);
              for (const entry of snap.stored.values()) {
                if (!entry.root) continue;
                assert.deepEqual(newLeaves(entry), memberLeavesOld(entry));
                compared++;
              }
            }
          } finally {
            tree.delete();
          }
        },
      ),
      { numRuns: Number(process.env.STORED_LEAVES_RUNS ?? 8) },
    );
    assert.ok(compared > 20, `only ${compared} stored members compared`);
  });
}
