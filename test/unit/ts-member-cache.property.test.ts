// Member-level reuse of walked subtrees (syntax-snapshot.ts SubtreeReuse, enabled for TS/TSX/JS
// in typescript.ts): after analysing a file, random edits — many of which break the syntax — are
// applied one after the other and each version is parsed incrementally and analysed through the
// warm caches (top-level chunk cache + member cache), as the editor does, and a full parse of
// it through the same caches, as the CLI does. Every analysis must deepEqual the analysis of the
// same tree with an empty chunk cache and the member cache off.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, test } from 'node:test';
import fc from 'fast-check';
import type { Tree } from 'web-tree-sitter';
import { initParsers, parserFor } from '../../server/src/parsing/languages';
import { analyzeSource, analyzeTree, ChunkCache } from '../../server/src/symbols/analyze';
import { setTsMemberReuse, tsMemberReuseHits } from '../../server/src/symbols/typescript';
import type { Lang } from '../../server/src/symbols/types';
import { editIncrementally, freshAnalysis, fullParseEqualsFresh } from '../helpers/member-replay';

before(async () => {
  await initParsers();
});

const root = path.resolve(__dirname, '../../..');
const disk = (p: string) => fs.readFileSync(path.join(root, p), 'utf8');

const REACT_TSX = `import React, { useEffect, useState } from 'react';
import type { Item } from './types';

/** A list with a filter box. */
export function ItemList({ items, onPick }: { items: Item[]; onPick: (i: Item) => void }) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (!open) return;
    const t = setTimeout(() => setOpen(false), 5000);
    return () => clearTimeout(t);
  }, [open]);
  const shown = items.filter((i) => i.name.toLowerCase().includes(query.toLowerCase()));
  return (
    <div className="item-list">
      <input value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Filter…" />
      {shown.length === 0 ? <p>No items</p> : null}
      <ul>
        {shown.map((i) => (
          <li key={i.id} onClick={() => onPick(i)}>
            {i.name} <small>{i.kind}</small>
          </li>
        ))}
      </ul>
    </div>
  );
}

export class Panel extends React.Component<{ title: string }, { collapsed: boolean }> {
  state = { collapsed: false };

  /** Toggle the body. */
  toggle = () => {
    this.setState((s) => ({ collapsed: !s.collapsed }));
    if (this.props.title.length > 40) console.warn('long title', this.props.title);
  };

  componentDidMount(): void {
    window.addEventListener('keydown', this.onKey);
    for (const el of document.querySelectorAll('.panel')) el.classList.add('ready');
  }

  componentWillUnmount(): void {
    window.removeEventListener('keydown', this.onKey);
  }

  private onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && !this.state.collapsed) this.toggle();
  };

  render() {
    return (
      <section className="panel">
        <h2 onClick={this.toggle}>{this.props.title}</h2>
        {this.state.collapsed ? null : <div className="body">{this.props.children}</div>}
      </section>
    );
  }
}

export const styles = {
  panel: { border: '1px solid #ccc', padding: 8, margin: '4px 0', borderRadius: 4 },
  title: { fontWeight: 'bold', fontSize: 14, cursor: 'pointer', userSelect: 'none' as const },
  renderBadge(count: number) {
    return count > 99 ? <span className="badge">99+</span> : <span className="badge">{count}</span>;
  },
};
`;

const COMMONJS = `'use strict';
const fs = require('fs');
const path = require('path');
const { EventEmitter } = require('events');

function Store(dir) {
  EventEmitter.call(this);
  this.dir = dir;
  this.items = new Map();
}

Store.prototype.load = function load(name) {
  const file = path.join(this.dir, name + '.json');
  if (!fs.existsSync(file)) return undefined;
  try {
    const data = JSON.parse(fs.readFileSync(file, 'utf8'));
    this.items.set(name, data);
    this.emit('load', name);
    return data;
  } catch (err) {
    this.emit('error', err);
    return undefined;
  }
};

Store.prototype.save = function (name, data) {
  const file = path.join(this.dir, name + '.json');
  fs.writeFileSync(file, JSON.stringify(data, null, 2));
  this.items.set(name, data);
  for (const [k, v] of this.items) if (v === undefined) this.items.delete(k);
};

class Cache {
  constructor(limit) {
    this.limit = limit || 100;
    this.map = new Map();
  }

  get(key) {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }

  set(key, value) {
    this.map.set(key, value);
    while (this.map.size > this.limit) this.map.delete(this.map.keys().next().value);
    return this;
  }

  static from(entries) {
    const c = new Cache(entries.length);
    for (const [k, v] of entries) c.set(k, v);
    return c;
  }
}

module.exports = {
  Store,
  Cache,
  open(dir) {
    const s = new Store(dir);
    if (!fs.existsSync(dir)) fs.mkdirSync(dir, { recursive: true });
    s.on('error', (e) => console.error('store', dir, e.message));
    return s;
  },
  helpers: {
    keyOf(name) {
      return String(name).trim().toLowerCase().replace(/[^a-z0-9]+/g, '-');
    },
  },
};
`;

const files: { file: string; lang: Lang; src: string }[] = [
  { file: 'server/src/delta/tokenize.ts', lang: 'typescript', src: disk('server/src/delta/tokenize.ts') },
  { file: 'server/src/symbols/typescript.ts', lang: 'typescript', src: disk('server/src/symbols/typescript.ts') },
  { file: 'web/src/ItemList.tsx', lang: 'tsx', src: REACT_TSX },
  { file: 'lib/store.js', lang: 'javascript', src: COMMONJS },
];

/** Snippets to insert: plain typing, tokens that open/close constructs, whole members. */
const snippets = [
  'x', ' ', '\n', ';', ',', '(', ')', '{', '}', '[', '<', '>', '/', '*', '`', "'", '"', '//', '/*', '*/',
  'if (a) {', 'return 1;\n', '=> ', 'async ', 'static ', 'private ', '@dec ', 'class ', 'function ',
  '\n  foo(a: number): string { return String(a); }\n', '\n  bar = () => { baz(); };\n',
  '/** doc @deprecated */\n', '<div>', '</div>', '{x}', 'export ', 'await ', 'it("t", () => {});\n',
];



for (const { file, lang, src } of files) {
  test(`${file}: warm member cache + incremental parse equal a fresh full analysis`, () => {
    const parser = parserFor(lang);
    const hits0 = tsMemberReuseHits();
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ at: fc.nat(src.length), del: fc.oneof(fc.constant(0), fc.nat(3), fc.nat(40)), ins: fc.oneof(fc.constantFrom(...snippets), fc.constant('')) }),
          { minLength: 1, maxLength: 4 },
        ),
        (edits) => {
          const cache = new ChunkCache();
          let text = src;
          let tree: Tree = parser.parse(text)!;
          try {
            analyzeTree(tree, text, file, lang, cache);
            for (const e of edits) {
              ({ tree, text } = editIncrementally(parser, tree, text, e));
              // The editor's path: the incrementally parsed tree through the warm caches.
              assert.deepEqual(analyzeTree(tree, text, file, lang, cache), freshAnalysis(tree, text, file, lang));
              fullParseEqualsFresh(parser, text, file, lang, cache);
            }
          } finally {
            tree.delete();
          }
        },
      ),
      { numRuns: Number(process.env.MEMBER_CACHE_RUNS ?? 25) },
    );
    // The property is about reuse: it must actually have happened.
    assert.ok(tsMemberReuseHits() > hits0, 'no member subtree was reused');
  });
}

test('a class re-analysed after an edit in one method reuses the other members', () => {
  const src = files[1].src;
  const cache = new ChunkCache();
  analyzeSource(src, 'a.ts', 'typescript', cache);
  const at = src.indexOf('private keyName(');
  assert.ok(at > 0);
  const text = `${src.slice(0, at)}private keyNames(${src.slice(at + 'private keyName('.length)}`;
  const hits0 = tsMemberReuseHits();
  const warm = analyzeSource(text, 'a.ts', 'typescript', cache);
  assert.ok(tsMemberReuseHits() - hits0 > 10, 'the unchanged methods of ChunkExtractor were walked again');
  setTsMemberReuse(false);
  try {
    assert.deepEqual(warm, analyzeSource(text, 'a.ts', 'typescript', new ChunkCache()));
  } finally {
    setTsMemberReuse(true);
  }
});
