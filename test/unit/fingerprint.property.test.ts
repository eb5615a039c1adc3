// Fingerprint properties (spec §3.5), checked with fast-check on realistic TS and Python code:
// unchanged under whitespace, blank lines, comments, import reordering and CRLF; changed by
// any semantic change. Also: every changed line is inside some token's span (spec §3.3).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import fc from 'fast-check';
import { initParsers } from '../../server/src/parsing/languages';
import { directDelta, uncoveredLines } from '../helpers/direct-delta';

before(async () => {
  await initParsers();
});

const TS = `import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { Logger } from './logger';

export interface Options {
  root: string;
  strict?: boolean;
}

export async function loadAll(opts: Options, names: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const n of names) {
    const text = await readFile(path.join(opts.root, n), 'utf8');
    if (opts.strict && !text) throw new Error('empty ' + n);
    out.push(text);
  }
  return out;
}

export class Cache {
  private items = new Map<string, string>();
  constructor(private readonly log: Logger) {}

  get(key: string): string | undefined {
    this.log.debug('get ' + key);
    return this.items.get(key);
  }

  set(key: string, value: string): void {
    this.items.set(key, value);
  }
}

function helper(x: number): number {
  return x * 2 + 1;
}
`;

const PY = `import os
import json
from typing import Optional


def read_json(path: str, default: Optional[dict] = None) -> dict:
    if not os.path.exists(path):
        return default or {}
    with open(path) as fh:
        return json.load(fh)


class Registry:
    def __init__(self):
        self.items = {}

    def add(self, name, value):
        self.items[name] = value

    def find(self, name):
        return self.items.get(name)


def _slug(text):
    return text.lower().replace(" ", "-")
`;

/** Semantic edits of each sample; every one must produce a distinct fingerprint. */
const SEMANTIC: Record<'ts' | 'py', ((s: string) => string)[]> = {
  ts: [
    (s) => s.replace('function helper(x: number)', 'function helper(x: number, y = 1)'),
    (s) => s.replace('function helper(', 'function twice('),
    (s) => s.replace('  set(key: string, value: string): void {\n    this.items.set(key, value);\n  }\n', ''),
    (s) => s.replace("import * as path from 'node:path';\n", "import * as path from 'node:path';\nimport { EventEmitter } from 'node:events';\n"),
    (s) => s.replace('return x * 2 + 1;', 'return x * 3 + 1;'),
    (s) => s.replace('  strict?: boolean;\n', '  strict?: boolean;\n  depth: number;\n'),
    (s) => `${s}\nexport const VERSION = '1.0';\n`,
  ],
  py: [
    (s) => s.replace('def find(self, name):', 'def find(self, name, default=None):'),
    (s) => s.replace('def _slug(text):', 'def _slugify(text):'),
    (s) => s.replace('import json\n', ''),
    (s) => s.replace('return text.lower()', 'return text.upper()'),
    (s) => s.replace('class Registry:', 'class Registry(dict):'),
    (s) => `${s}\n\ndef extra():\n    return 42\n`,
  ],
};

/** Semantics-preserving noise: applied line-wise at safe places (before top-level lines). */
type Noise = { kind: 'blank' | 'comment' | 'trailing' | 'crlf' | 'reorder'; at: number };
const noiseArb = fc.array(
  fc.record({ kind: fc.constantFrom<Noise['kind']>('blank', 'comment', 'trailing', 'crlf', 'reorder'), at: fc.nat(1000) }),
  { minLength: 1, maxLength: 6 },
);

function applyNoise(src: string, lang: 'ts' | 'py', noise: Noise[]): string {
  let lines = src.split('\n');
  let crlf = false;
  for (const n of noise) {
    const topLevel = lines.map((l, i) => (/^(export |import |from |function |class |def |interface |const |async )/.test(l) ? i : -1)).filter((i) => i >= 0);
    const at = topLevel[n.at % topLevel.length];
    switch (n.kind) {
      case 'blank':
        lines.splice(at, 0, '');
        break;
      case 'comment':
        lines.splice(at, 0, lang === 'ts' ? `// note ${n.at}` : `# note ${n.at}`);
        break;
      case 'trailing': {
        const i = n.at % lines.length;
        if (lines[i].trim()) lines[i] = `${lines[i]}   `;
        break;
      }
      case 'crlf':
        crlf = true;
        break;
      case 'reorder': {
        // Swap two adjacent import lines (same semantics: imports are a set).
        const imps = lines.map((l, i) => (/^(import |from \S+ import )/.test(l) ? i : -1)).filter((i) => i >= 0);
        const k = n.at % imps.length;
        if (imps.length >= 2 && imps[k] + 1 === imps[(k + 1) % imps.length]) {
          const [a, b] = [imps[k], imps[k] + 1];
          [lines[a], lines[b]] = [lines[b], lines[a]];
        }
        break;
      }
    }
  }
  lines = lines.map((l) => l);
  return crlf ? lines.join('\r\n') : lines.join('\n');
}

for (const lang of ['ts', 'py'] as const) {
  const file = lang === 'ts' ? 'src/cache.ts' : 'pkg/registry.py';
  const src = lang === 'ts' ? TS : PY;

  test(`${lang}: noise alone gives the empty-change fingerprint and ΔZ 0`, () => {
    const empty = directDelta({ [file]: src }, { [file]: src }).fingerprint.hash;
    fc.assert(
      fc.property(noiseArb, (noise) => {
        const r = directDelta({ [file]: src }, { [file]: applyNoise(src, lang, noise) });
        assert.equal(r.fingerprint.hash, empty, JSON.stringify(r.tokens.map((t) => t.kind)));
        assert.equal(r.energy.overall.dz, 0);
      }),
      { numRuns: 60 },
    );
  });

  test(`${lang}: a semantic edit keeps its fingerprint under noise`, () => {
    fc.assert(
      fc.property(fc.nat(SEMANTIC[lang].length - 1), noiseArb, (k, noise) => {
        const after = SEMANTIC[lang][k](src);
        const clean = directDelta({ [file]: src }, { [file]: after });
        const noisy = directDelta({ [file]: src }, { [file]: applyNoise(after, lang, noise) });
        assert.equal(noisy.fingerprint.hash, clean.fingerprint.hash, `${clean.fingerprint.tokens.join(',')} vs ${noisy.fingerprint.tokens.join(',')}`);
      }),
      { numRuns: 60 },
    );
  });

  test(`${lang}: every semantic edit changes the fingerprint, and each differs from the others`, () => {
    const empty = directDelta({ [file]: src }, { [file]: src }).fingerprint.hash;
    const seen = new Map<string, number>();
    SEMANTIC[lang].forEach((edit, i) => {
      const r = directDelta({ [file]: src }, { [file]: edit(src) });
      assert.notEqual(r.fingerprint.hash, empty, `edit ${i} produced no semantic token`);
      assert.ok(!seen.has(r.fingerprint.hash), `edit ${i} has the same fingerprint as edit ${seen.get(r.fingerprint.hash)}`);
      seen.set(r.fingerprint.hash, i);
    });
  });

  test(`${lang}: every changed line lies inside some token's span (random line edits)`, () => {
    const lines = src.split('\n');
    const edit = fc.record({ op: fc.constantFrom('del', 'dup', 'ins', 'swap'), at: fc.nat(lines.length - 1) });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        const l = [...lines];
        for (const e of edits) {
          const i = e.at % l.length;
          if (e.op === 'del') l.splice(i, 1);
          else if (e.op === 'dup') l.splice(i, 0, l[i]);
          else if (e.op === 'ins') l.splice(i, 0, lang === 'ts' ? '  const inserted = 1;' : '    inserted = 1');
          else if (i + 1 < l.length) [l[i], l[i + 1]] = [l[i + 1], l[i]];
        }
        const after = l.join('\n');
        const r = directDelta({ [file]: src }, { [file]: after });
        assert.deepEqual(uncoveredLines({ [file]: src }, { [file]: after }, r), []);
      }),
      { numRuns: 80 },
    );
  });
}
