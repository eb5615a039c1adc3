// Probe (not a test): time of the TypeScript extractor on a generated ~2,000-line file —
// cold analysis, and re-analysis after a one-character edit with a warm chunk cache (the
// editor's edit→tokens path; spec issue budget p95 ≤ 5 ms, extractor share ≲ 3 ms).
// Run: npx tsc -p tsconfig.test.json && node out/bench/symbols-ts-probe.js
import { initParsers, parserFor } from '../server/src/parsing/languages';
import { analyzeTree, ChunkCache } from '../server/src/symbols/analyze';

/** A realistic mix: imports, interfaces, documented classes with methods, functions, arrows. */
export function generateTsFile(targetLines = 2000): string {
  const parts: string[] = [
    "import { readFile } from 'node:fs/promises';",
    "import * as path from 'node:path';",
    "import type { Options } from './options';",
    '',
  ];
  let i = 0;
  while (parts.join('\n').split('\n').length < targetLines) {
    parts.push(
      `/** Settings of part ${i}. */`,
      `export interface Settings${i} {`,
      '  name: string;',
      '  retries?: number;',
      '  onDone(result: string): void;',
      '}',
      '',
      `/**`,
      ` * Service number ${i}: loads, parses and caches.`,
      ` */`,
      `export class Service${i} {`,
      '  private cache = new Map<string, string>();',
      '  constructor(private readonly root: string, public options?: Options) {}',
      '',
      '  /** Load one file, with retries. */',
      '  async load(name: string, retries = 3): Promise<string> {',
      '    for (let attempt = 0; attempt < retries; attempt++) {',
      '      try {',
      '        const text = await readFile(path.join(this.root, name), "utf8");',
      '        if (text.length > 0 && !text.startsWith("#")) {',
      '          this.cache.set(name, text);',
      '          return text;',
      '        }',
      '      } catch (err) {',
      '        if (attempt === retries - 1) throw err;',
      '      }',
      '    }',
      "    return this.cache.get(name) ?? '';",
      '  }',
      '',
      '  parse(text: string): string[] {',
      '    return text.split("\\n").map((line) => line.trim()).filter((line) => line && !line.startsWith("//"));',
      '  }',
      '',
      '  get size(): number { return this.cache.size; }',
      '}',
      '',
      `export function helper${i}(items: number[], factor = 2): number {`,
      '  let total = 0;',
      '  for (const item of items) {',
      '    total += item > 10 ? item * factor : item;',
      '  }',
      '  function clamp(x: number) { return Math.min(Math.max(x, 0), 1000); }',
      '  return clamp(total);',
      '}',
      '',
      `export const format${i} = (value: number, unit?: string): string => \`\${value.toFixed(2)} \${unit ?? ''}\`;`,
      '',
    );
    i++;
  }
  return parts.join('\n');
}

/** The same methods inside ONE class: a top-level chunk as large as the file (worst case). */
export function generateOneClassFile(targetLines = 2000): string {
  const parts = ['export class Big {'];
  for (let i = 0; parts.length < targetLines; i++) {
    parts.push(
      '  /** Load one file, with retries. */',
      `  async load${i}(name: string, retries = 3): Promise<string> {`,
      '    for (let attempt = 0; attempt < retries; attempt++) {',
      '      try {',
      '        const text = await readFile(path.join(this.root, name), "utf8");',
      '        if (text.length > 0 && !text.startsWith("#")) {',
      '          this.cache.set(name, text);',
      '          return text;',
      '        }',
      '      } catch (err) {',
      '        if (attempt === retries - 1) throw err;',
      '      }',
      '    }',
      "    return this.cache.get(name) ?? '';",
      '  }',
      '',
    );
  }
  parts.push('}', '');
  return parts.join('\n');
}

/** Median and p95 of analyzeTree after one-character edits at `needle` occurrences, warm cache. */
function warmEdits(src: string, needle: string, runs: number): number[] {
  const parser = parserFor('typescript');
  const cache = new ChunkCache();
  const tree = parser.parse(src)!;
  analyzeTree(tree, src, 'src/big.ts', 'typescript', cache);
  tree.delete();
  const spots: number[] = [];
  for (let at = src.indexOf(needle); at !== -1; at = src.indexOf(needle, at + 1)) spots.push(at);
  const out: number[] = [];
  for (let n = 0; n < runs; n++) {
    const at = spots[n % spots.length];
    const edited = `${src.slice(0, at)}${String.fromCharCode(97 + (n % 26))}${src.slice(at)}`;
    const t = parser.parse(edited)!;
    try {
      const t0 = process.hrtime.bigint();
      analyzeTree(t, edited, 'src/big.ts', 'typescript', cache);
      out.push(Number(process.hrtime.bigint() - t0) / 1e6);
    } finally {
      t.delete();
    }
  }
  return out.sort((a, b) => a - b);
}

async function main(): Promise<void> {
  await initParsers();
  const parser = parserFor('typescript');
  const src = generateTsFile();
  const lines = src.split('\n').length;
  const time = (fn: () => void, n: number): number[] => {
    const out: number[] = [];
    for (let k = 0; k < n; k++) {
      const t0 = process.hrtime.bigint();
      fn();
      out.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    return out.sort((a, b) => a - b);
  };
  const q = (xs: number[], p: number): string => xs[Math.min(xs.length - 1, Math.floor(xs.length * p))].toFixed(2);

  const tree = parser.parse(src)!;
  const cold = time(() => { analyzeTree(tree, src, 'src/big.ts', 'typescript', new ChunkCache()); }, 20);

  // One-character edits at different places: each run edits a fresh spot so the changed chunk
  // is never in the cache; every other chunk is.
  const warm = warmEdits(src, 'total += item', 60);
  const warmClass = warmEdits(src, 'this.cache.set(name, text)', 60);
  const big = generateOneClassFile();
  const warmBig = warmEdits(big, 'this.cache.set(name, text)', 20);
  const reparse = time(() => { parser.parse(src)!.delete(); }, 10);
  tree.delete();
  console.log(`${lines} lines (and a one-class file of ${big.split('\n').length} lines)`);
  console.log(`cold analyzeTree (fresh chunk cache): median ${q(cold, 0.5)} ms, p95 ${q(cold, 0.95)} ms`);
  console.log(`full parse (not included anywhere):   median ${q(reparse, 0.5)} ms`);
  console.log(`analyzeTree after a 1-char edit in a function, warm cache: median ${q(warm, 0.5)} ms, p95 ${q(warm, 0.95)} ms`);
  console.log(`… in a 36-line class:                          median ${q(warmClass, 0.5)} ms, p95 ${q(warmClass, 0.95)} ms`);
  console.log(`… in a file that is one 2,000-line class:      median ${q(warmBig, 0.5)} ms, p95 ${q(warmBig, 0.95)} ms`);
}

if (require.main === module) void main();
