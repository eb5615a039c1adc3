// The bundles' web-tree-sitter glue is patched at build time (scripts/build/tree-sitter-glue.cjs,
// issue 14): its i32 accessors read and write the wasm memory through an Int32Array instead of
// emscripten's getValue/setValue. This loads the patched text as a module of its own, beside the
// package's unpatched one, and checks on real sources with random edits that both give the same
// trees, cursor walks, incremental reparses, changed ranges and query captures.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import type * as TS from 'web-tree-sitter';

const ROOT = path.resolve(__dirname, '..', '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { patchTreeSitterGlue } = require(path.join(ROOT, 'scripts', 'build', 'tree-sitter-glue.cjs')) as {
  patchTreeSitterGlue(text: string): { text: string; count: number };
};
const PKG = path.join(ROOT, 'node_modules', 'web-tree-sitter');
const GRAMMARS = {
  typescript: path.join(ROOT, 'node_modules', 'tree-sitter-typescript', 'tree-sitter-typescript.wasm'),
  javascript: path.join(ROOT, 'node_modules', 'tree-sitter-javascript', 'tree-sitter-javascript.wasm'),
  python: path.join(ROOT, 'node_modules', 'tree-sitter-python', 'tree-sitter-python.wasm'),
} as const;
type Lang = keyof typeof GRAMMARS;

interface Runtime {
  parser: TS.Parser;
  langs: Record<Lang, TS.Language>;
  mod: typeof TS;
}

let dir = '';
let plain: Runtime;
let patched: Runtime;

async function load(file: string): Promise<Runtime> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(file) as typeof TS;
  const wasm = path.join(path.dirname(file), 'tree-sitter.wasm');
  await mod.Parser.init({ locateFile: () => wasm });
  const langs = {} as Record<Lang, TS.Language>;
  for (const l of Object.keys(GRAMMARS) as Lang[]) langs[l] = await mod.Language.load(GRAMMARS[l]);
  return { parser: new mod.Parser(), langs, mod };
}

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glx-ts-glue-'));
  const { text, count } = patchTreeSitterGlue(fs.readFileSync(path.join(PKG, 'tree-sitter.cjs'), 'utf8'));
  assert.ok(count > 50, `rewrote ${count} accessors`);
  fs.writeFileSync(path.join(dir, 'tree-sitter.cjs'), text);
  fs.copyFileSync(path.join(PKG, 'tree-sitter.wasm'), path.join(dir, 'tree-sitter.wasm'));
  plain = await load(path.join(PKG, 'tree-sitter.cjs'));
  patched = await load(path.join(dir, 'tree-sitter.cjs'));
  assert.notEqual(plain.mod, patched.mod);
});

after(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Every cursor step's words, as the engine's walks read them (syntax-snapshot.ts). */
function cursorWalk(tree: TS.Tree): string[] {
  const out: string[] = [];
  const c = tree.walk();
  try {
    for (;;) {
      const sp = c.startPosition;
      const ep = c.endPosition;
      out.push(`${c.currentDepth} ${c.nodeTypeId} ${c.currentFieldId} ${c.startIndex}-${c.endIndex} ${sp.row}:${sp.column}-${ep.row}:${ep.column} ${c.nodeIsNamed ? 'n' : 'a'}${c.nodeIsMissing ? 'm' : ''}`);
      if (c.gotoFirstChild()) continue;
      while (!c.gotoNextSibling()) if (!c.gotoParent()) return out;
    }
  } finally {
    c.delete();
  }
}

/** What the node API reports: the S-expression, named descendants with ranges, errors. */
function nodeFacts(tree: TS.Tree): string[] {
  const root = tree.rootNode;
  const ids = root.descendantsOfType(['identifier', 'property_identifier', 'string', 'comment']).map((n) => `${n!.type}@${n!.startIndex}-${n!.endIndex}:${n!.text}`);
  const kids = root.namedChildren.map((n) => `${n!.type} ${n!.startPosition.row} ${n!.childCount} ${n!.hasError}`);
  return [root.toString(), String(root.hasError), ...ids, ...kids];
}

const QUERY: Record<Lang, string> = {
  typescript: '(function_declaration name: (identifier) @fn) (method_definition name: (property_identifier) @m)',
  javascript: '(function_declaration name: (identifier) @fn) (method_definition name: (property_identifier) @m)',
  python: '(function_definition name: (identifier) @fn) (class_definition name: (identifier) @c)',
};

function captures(rt: Runtime, lang: Lang, tree: TS.Tree): string[] {
  const q = new rt.mod.Query(rt.langs[lang], QUERY[lang]);
  try {
    return q.captures(tree.rootNode).map((c) => `${c.name} ${c.node.startIndex} ${c.node.text}`);
  } finally {
    q.delete();
  }
}

/** Parse `before`, then `after` incrementally from it: everything both runtimes report. */
function observe(rt: Runtime, lang: Lang, beforeText: string, edit: { at: number; del: number; ins: string }): string[] {
  rt.parser.setLanguage(rt.langs[lang]);
  const t1 = rt.parser.parse(beforeText)!;
  const afterText = beforeText.slice(0, edit.at) + edit.ins + beforeText.slice(edit.at + edit.del);
  const point = (text: string, i: number) => {
    const lines = text.slice(0, i).split('\n');
    return { row: lines.length - 1, column: lines[lines.length - 1].length };
  };
  const old = t1.copy();
  t1.edit({
    startIndex: edit.at, oldEndIndex: edit.at + edit.del, newEndIndex: edit.at + edit.ins.length,
    startPosition: point(beforeText, edit.at), oldEndPosition: point(beforeText, edit.at + edit.del), newEndPosition: point(afterText, edit.at + edit.ins.length),
  });
  const t2 = rt.parser.parse(afterText, t1)!;
  try {
    const ranges = t1.getChangedRanges(t2).map((r) => `${r.startIndex}-${r.endIndex} ${r.startPosition.row}:${r.startPosition.column}`);
    const desc = t2.rootNode.descendantForIndex(Math.min(edit.at, Math.max(0, afterText.length - 1)));
    return [
      ...cursorWalk(old), ...cursorWalk(t2), ...nodeFacts(t2), ...ranges, ...captures(rt, lang, t2),
      `desc ${desc?.type} ${desc?.startIndex} ${desc?.endPosition.row}:${desc?.endPosition.column}`,
    ];
  } finally {
    old.delete();
    t1.delete();
    t2.delete();
  }
}

const SOURCES: { lang: Lang; text: string }[] = [
  { lang: 'typescript', text: fs.readFileSync(path.join(ROOT, 'server', 'src', 'engine', 'version-trees.ts'), 'utf8') },
  { lang: 'typescript', text: fs.readFileSync(path.join(ROOT, 'server', 'src', 'util', 'line-diff.ts'), 'utf8') },
  { lang: 'javascript', text: fs.readFileSync(path.join(ROOT, 'scripts', 'build', 'tree-sitter-glue.cjs'), 'utf8') },
  {
    lang: 'python',
    text: 'import os\n\nclass Walker(object):\n    """Walks."""\n\n    def __init__(self, root, *, depth=3):\n        self.root = root  # the start\n        self.depth = depth\n\n    @property\n    def name(self):\n        return os.path.basename(self.root)\n\n\ndef walk(root):\n    for d, _, files in os.walk(root):\n        yield from (os.path.join(d, f) for f in files if not f.startswith("."))\n',
  },
];
const SNIPPETS = ['', 'x', '(', ')', '{', '}\n', '\n', '  ', 'foo(', 'async ', 'def g():\n    pass\n', 'function h(a, b) { return a; }\n', '"', '/* c */', '# c\n', ':', 'é€'];

test('the patched glue and the package\'s own give the same trees, walks, edits and captures', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: SOURCES.length - 1 }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.integer({ min: 0, max: 40 }),
      fc.constantFrom(...SNIPPETS),
      (which, where, del, ins) => {
        const { lang, text } = SOURCES[which];
        const at = Math.floor(where * text.length);
        const edit = { at, del: Math.min(del, text.length - at), ins };
        assert.deepEqual(observe(patched, lang, text, edit), observe(plain, lang, text, edit));
      },
    ),
    { numRuns: 40 },
  );
});

test('the patch refuses a glue it does not know (an upgraded web-tree-sitter) instead of half-patching it', () => {
  assert.throws(() => patchTreeSitterGlue('function setModule(module2) { C = module2; }\nC.getValue(f(a), "i32");'), /glue changed/);
  assert.throws(() => patchTreeSitterGlue('function setModule(module2) { C = module2; }\n'), /glue changed/);
  assert.throws(() => patchTreeSitterGlue('C.getValue(a, "i32");'), /no setModule/);
  const ok = patchTreeSitterGlue('function setModule(module2) {\n  C = module2;\n}\nx = C.getValue(a + 4, "i32"); C.setValue(b, cursor[2], "i32");');
  assert.equal(ok.count, 2);
  assert.match(ok.text, /C\.HEAP32\[\(a \+ 4\) >> 2\]/);
  assert.match(ok.text, /C\.HEAP32\[\(b\) >> 2\] = cursor\[2\]/);
});
