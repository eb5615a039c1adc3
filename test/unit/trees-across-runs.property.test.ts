// The daemon's trees kept across requests (engine/version-trees.ts treesAcrossRuns) and its cache
// writes deferred until after the answer (util/after-answer.ts), issue 14 "glx delta warm":
// - one base and a working file edited again and again (random edits, some breaking the syntax,
//   some undone), each request's pair made with the kept trees, with and without the analysis
//   store: every analysis is the one a fresh parse gives;
// - analyseChange uses the kept trees when the process keeps them (a one-shot run does not);
// - a deferred write is written by runAfterAnswer, not before; without deferral, at once.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import { analyseChange } from '../../server/src/app/analyse-change';
import { openWorkspace } from '../../server/src/app/workspace';
import { AnalysisStore } from '../../server/src/engine/analysis-store';
import { makeVersionPair } from '../../server/src/engine/file-version';
import { keepTreesAcrossRuns, treesAcrossRuns, VersionTrees } from '../../server/src/engine/version-trees';
import { initParsers } from '../../server/src/parsing/languages';
import { analyzeSource } from '../../server/src/symbols/analyze';
import { deferAfterAnswer, pendingAfterAnswer, runAfterAnswer } from '../../server/src/util/after-answer';
import { rememberAcrossRequests } from '../../server/src/util/recent-memo';
import { TempRepo } from '../helpers/temp-repo';

before(async () => {
  await initParsers();
});

after(() => {
  rememberAcrossRequests(false);
  keepTreesAcrossRuns(false);
  deferAfterAnswer(false);
});

const BASE = `'use strict';\nconst path = require('path');\n\nclass Server {\n  constructor(opts) {\n    this.opts = opts;\n  }\n\n  listen(port) {\n    return new Promise((resolve) => setTimeout(resolve, port));\n  }\n}\n\nfunction start(opts) {\n  return new Server(opts).listen(opts.port);\n}\n\nfunction stop(s) {\n  return s.close();\n}\n\nmodule.exports = { Server, start, stop, root: path.resolve('.') };\n`;
const snippets = ['x', ' ', '\n', '(', ')', '{', '}', 'if (a) {', '  return 1;\n', '// c\n', ',', '\n\nfunction g() {}\n', '  m() { return 2; }\n'];
const edit = fc.record({ at: fc.nat(), del: fc.nat(30), ins: fc.constantFrom(...snippets), lineStart: fc.boolean(), undo: fc.boolean() });

function apply(text: string, e: { at: number; del: number; ins: string; lineStart: boolean }): string {
  let at = e.at % (text.length + 1);
  if (e.lineStart) at = text.lastIndexOf('\n', at - 1) + 1;
  return text.slice(0, at) + e.ins + text.slice(at + e.del);
}

let runs = 0;
const json = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

test('a working file changed request after request, parsed from its kept tree: every analysis is a fresh parse', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glx-trees-runs-'));
  try {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 2, maxLength: 8 }), fc.boolean(), (edits, withStore) => {
        // A path of its own per run: file-version.ts remembers recent pairs by path and text, and a
        // remembered pair is not parsed again (this test is about the pairs that are).
        const file = `web/app${++runs}.js`;
        const trees = new VersionTrees(undefined, true);
        const store = withStore ? new AnalysisStore(path.join(dir, String(Math.random()).slice(2))) : undefined;
        const heads: string[] = [];
        let head = BASE;
        try {
          for (const e of edits) {
            head = e.undo && heads.length > 1 ? heads[heads.length - 2] : apply(head, e);
            heads.push(head);
            const stored = store ? { old: store.at(file, 'b'.repeat(40)), new: store.at(file, `h${heads.length}`.padEnd(40, '0')) } : undefined;
            const [o, n] = makeVersionPair(file, Buffer.from(BASE), file, Buffer.from(head), undefined, undefined, stored, trees);
            // As JSON: a side read from the store is a JSON round trip (no `undefined` members).
            assert.deepEqual(json(o.analysis), json(analyzeSource(BASE, file, 'javascript')), 'base');
            assert.deepEqual(json(n.analysis), json(analyzeSource(head, file, 'javascript')), `head after ${heads.length} edits`);
          }
          assert.ok(trees.size >= 1, 'a tree is kept for the path');
        } finally {
          trees.clear();
        }
      }),
      { numRuns: 60 },
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('analyseChange keeps trees across runs only when the process does (the daemon), with the same report', async () => {
  const repo = new TempRepo('glx-trees-runs-');
  try {
    repo.commit({ 'web/app.js': BASE }, 'base');
    const run = async () => {
      const ws = await openWorkspace(repo.dir);
      try {
        const a = await analyseChange(ws, {}, { plugins: false, cache: false });
        return a.result.tokens.map((t) => `${t.kind} ${t.file} ${t.symbol ?? ''}`).sort();
      } finally {
        await ws.repo.close();
      }
    };
    const v1 = BASE.replace('return s.close();', 'return s.close(true);');
    const v2 = BASE.replace('return s.close();', 'return s.close(false, 1);\n  // closed');
    assert.equal(treesAcrossRuns(), undefined);
    // As the daemon runs (cli/cmd-daemon.ts): trees kept, recent versions remembered.
    keepTreesAcrossRuns(true);
    rememberAcrossRequests(true);
    try {
      repo.write('web/app.js', v1);
      const t1 = await run();
      assert.equal(treesAcrossRuns()!.size, 1, 'the changed file’s tree is kept for the next request');
      repo.write('web/app.js', v2);
      const t2 = await run(); // parsed from v1's kept tree
      assert.ok(t2.length > 0);
      // The same contents analysed afresh (nothing kept; switched off, nothing is remembered) give the same tokens.
      keepTreesAcrossRuns(false);
      rememberAcrossRequests(false);
      assert.deepEqual(await run(), t2);
      repo.write('web/app.js', v1);
      assert.deepEqual(await run(), t1);
      assert.equal(treesAcrossRuns(), undefined, 'a one-shot run keeps nothing');
    } finally {
      keepTreesAcrossRuns(false);
      rememberAcrossRequests(false); // a failure above must not leave the next tests remembering
    }
  } finally {
    repo.cleanup();
  }
});

test('deferred writes: queued until runAfterAnswer, in order; without deferral written at once', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glx-deferred-'));
  try {
    const store = new AnalysisStore(dir);
    const a = analyzeSource(BASE, 'web/app.js', 'javascript');
    const entries = () => fs.readdirSync(dir, { recursive: true }).filter((n) => String(n).endsWith('.json')).length;
    deferAfterAnswer(true);
    store.put('web/app.js', 'a'.repeat(40), BASE, a);
    store.put('web/app.js', 'c'.repeat(40), BASE, a);
    assert.equal(pendingAfterAnswer(), 2);
    assert.equal(entries(), 0, 'nothing written before the answer');
    runAfterAnswer();
    assert.equal(pendingAfterAnswer(), 0);
    assert.equal(entries(), 2);
    assert.deepEqual(store.get('web/app.js', 'a'.repeat(40)), JSON.parse(JSON.stringify(a)));
    deferAfterAnswer(false);
    store.put('web/app.js', 'd'.repeat(40), BASE, a);
    assert.equal(entries(), 3, 'a one-shot process writes at once');
    // Turning deferral off flushes what waits.
    deferAfterAnswer(true);
    store.put('web/app.js', 'e'.repeat(40), BASE, a);
    deferAfterAnswer(false);
    assert.equal(entries(), 4);
  } finally {
    deferAfterAnswer(false);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('both sides from the analysis cache: the daemon parses the working file after the answer, so its next change is parsed from that tree', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glx-prime-'));
  try {
    const store = new AnalysisStore(dir);
    const head = BASE.replace('return s.close();', 'return s.close(1);');
    const stored = () => ({ old: store.at('web/prime.js', 'b'.repeat(40)), new: store.at('web/prime.js', 'c'.repeat(40)) });
    // A one-shot run fills the cache (no kept trees).
    makeVersionPair('web/prime.js', Buffer.from(BASE), 'web/prime.js', Buffer.from(head), undefined, undefined, stored());
    const trees = new VersionTrees(undefined, true);
    deferAfterAnswer(true);
    try {
      const [o, n] = makeVersionPair('web/prime.js', Buffer.from(BASE), 'web/prime.js', Buffer.from(head), undefined, undefined, stored(), trees);
      assert.deepEqual(json(n.analysis), json(analyzeSource(head, 'web/prime.js', 'javascript')));
      assert.deepEqual(json(o.analysis), json(analyzeSource(BASE, 'web/prime.js', 'javascript')));
      assert.equal(trees.has('web/prime.js'), false, 'nothing parsed before the answer');
      assert.equal(pendingAfterAnswer(), 1);
      runAfterAnswer();
      assert.equal(trees.has('web/prime.js'), true, 'the working file’s tree is kept after it');
      const next = `${head}// more\n`;
      const [, n2] = makeVersionPair('web/prime.js', Buffer.from(BASE), 'web/prime.js', Buffer.from(next), undefined, undefined, { old: store.at('web/prime.js', 'b'.repeat(40)), new: store.at('web/prime.js', 'd'.repeat(40)) }, trees);
      assert.deepEqual(json(n2.analysis), json(analyzeSource(next, 'web/prime.js', 'javascript')));
    } finally {
      deferAfterAnswer(false);
      trees.clear();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
