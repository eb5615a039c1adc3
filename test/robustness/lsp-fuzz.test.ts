// The real language server over stdio under a fuzzed edit stream (test/helpers/edit-fuzz.ts):
// 600 seeded edits incl. invalid ranges, huge pastes, deep nesting and binary bytes on a TS and
// a Python file. It must stay alive, answer at the end with the reset text's tokens, and stay
// within a memory bound. The long version is `npm run soak`.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DeltaReportRequest } from '../../server/src/protocol';
import { runEditFuzz } from '../helpers/edit-fuzz';
import { LspSession, fileUri } from '../helpers/lsp-client';
import { TempRepo } from '../helpers/temp-repo';

const TS = 'export function add(a: number, b: number): number {\n  return a + b;\n}\n';
const PY = 'def add(a, b):\n    return a + b\n';
/** Generous: the server idles near 100 MB; a leak of the fuzzed texts would pass this quickly. */
const RSS_BOUND_MB = 600;

let repo: TempRepo;
let s: LspSession;

before(async () => {
  repo = new TempRepo('glx-fuzz-');
  repo.commit({ 'src/a.ts': TS, 'py/a.py': PY }, 'init');
  s = LspSession.spawn();
  await s.initialize(repo.dir, { debounceMs: 0 });
  await s.waitStatus((st) => st.state === 'ready', 'ready');
});
after(async () => {
  await s.close();
  repo.cleanup();
});

for (const [file, text, lang, seed] of [['src/a.ts', TS, 'typescript', 11], ['py/a.py', PY, 'python', 23]] as const) {
  test(`fuzzed edits on ${file}: the server survives, answers, and stays within ${RSS_BOUND_MB} MB`, { timeout: 240_000 }, async () => {
    const uri = fileUri(repo.dir, file);
    s.open(uri, text, lang);
    const changed = text.replace('a + b', 'a - b');
    const out = await runEditFuzz(s, uri, changed, { count: 300, seed, askEvery: 25, resetEvery: 50 });
    assert.ok(out.alive, `server exited; stderr: ${s.stderr.join('').slice(-2000)}`);
    assert.ok(out.answered, 'the last request was answered');
    assert.ok(out.rss.peak < RSS_BOUND_MB, `RSS peak ${out.rss.peak.toFixed(0)} MB`);
    // After the reset the analysis is the reset text's, not a leftover of the fuzz.
    const r = await s.send(DeltaReportRequest.type, { files: [file] });
    assert.deepEqual(r.tokens.map((t) => t.kind), ['MODIFY_BODY'], JSON.stringify(r.tokens.map((t) => [t.kind, t.symbol])));
  });
}
