// A fuzzed edit stream against the real language server over stdio (issue 11, "make probing
// part of the project"): random incremental edits — ordinary typing, deletions, invalid and
// out-of-range ranges, huge pastes, deep nesting, binary bytes, whole-document replacements —
// from a fixed seed. Used by test/robustness/lsp-fuzz.test.ts (bounded) and `npm run soak`
// (30,000 edits). The server must stay alive, keep answering, and keep its memory bounded.
import * as fs from 'node:fs';
import fc from 'fast-check';
import { DeltaReportRequest } from '../../server/src/protocol';
import type { LspSession } from './lsp-client';

type Pos = { line: number; character: number };
export interface Edit {
  range?: { start: Pos; end: Pos };
  text: string;
}

const pos = fc.record({ line: fc.integer({ min: -2, max: 400 }), character: fc.integer({ min: -2, max: 200 }) });
const snippet = fc.constantFrom(
  'x', ';', '\n', '{', '}', '(', ')', '[', ']', 'function f(a, b = 1) {\n  return a + b;\n}\n', 'export class C { m() { return 1; } }\n',
  '/* unterminated comment', '"unterminated string', '`${', 'import { x } from "./y";\n', 'const key = "AKIA' + 'IOSFODNN7EXAMPLE";\n',
);
const smallText = fc.oneof(
  { weight: 6, arbitrary: snippet },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);
const hugeText = fc.oneof(
  fc.integer({ min: 200, max: 3_000 }).map((n) => '['.repeat(n)),
  fc.integer({ min: 100, max: 800 }).map((n) => 'if (a) {\n'.repeat(n)),
  fc.integer({ min: 1_000, max: 20_000 }).map((n) => `const big = "${'z'.repeat(n)}";\n`),
  fc.integer({ min: 50, max: 400 }).map((n) => Array.from({ length: n }, (_, i) => `export function g${i}(a: number) { return a * ${i}; }\n`).join('')),
  fc.uint8Array({ minLength: 100, maxLength: 4_000 }).map((b) => Buffer.from(b).toString('latin1')),
);

/** One edit: mostly small typing at a random (possibly invalid) place, sometimes huge or whole-document. */
export const editArbitrary: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 20, arbitrary: fc.record({ start: pos, end: pos, text: smallText }).map(({ start, end, text }) => ({ range: { start, end }, text })) },
  { weight: 2, arbitrary: fc.record({ start: pos, text: hugeText }).map(({ start, text }) => ({ range: { start, end: start }, text })) },
  { weight: 1, arbitrary: fc.oneof(hugeText, smallText).map((text) => ({ text })) },
);

/** Resident memory of a process, in MB (Linux /proc). */
export function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

export interface FuzzOutcome {
  edits: number;
  alive: boolean;
  answered: boolean;
  rss: { start: number; peak: number; end: number };
}

/**
 * Sends `count` fuzzed edits (seeded) to `uri`, asking for a delta report every `askEvery`
 * edits and resetting the document to `reset` every `resetEvery` (so the text does not grow
 * without bound over a soak run). Ends with one request that must be answered.
 */
export async function runEditFuzz(s: LspSession, uri: string, reset: string, opts: { count: number; seed: number; askEvery?: number; resetEvery?: number; onProgress?: (done: number, rss: number) => void }): Promise<FuzzOutcome> {
  const edits = fc.sample(editArbitrary, { numRuns: opts.count, seed: opts.seed });
  const pid = s.proc.pid!;
  const start = rssMb(pid);
  let peak = start;
  for (let i = 0; i < edits.length; i++) {
    if (s.proc.exitCode !== null) return { edits: i, alive: false, answered: false, rss: { start, peak, end: NaN } };
    s.change(uri, [edits[i]]);
    if (opts.resetEvery && (i + 1) % opts.resetEvery === 0) s.change(uri, [{ text: reset }]);
    if (opts.askEvery && (i + 1) % opts.askEvery === 0) {
      await s.send(DeltaReportRequest.type, {}).catch(() => undefined);
      peak = Math.max(peak, rssMb(pid));
      opts.onProgress?.(i + 1, rssMb(pid));
    }
  }
  s.change(uri, [{ text: reset }]);
  let answered = false;
  try {
    const r = await s.send(DeltaReportRequest.type, {});
    answered = r.schema === 'delta.report.v1';
  } catch {
    answered = false;
  }
  const end = s.proc.exitCode === null ? rssMb(pid) : NaN;
  peak = Math.max(peak, end || 0);
  return { edits: edits.length, alive: s.proc.exitCode === null, answered, rss: { start, peak, end } };
}
