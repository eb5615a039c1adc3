// Loads web-tree-sitter and the grammar .wasm files (spec §2: TypeScript, TSX, JavaScript incl.
// JSX, Python). The .wasm files are found next to the bundle (dist/wasm/, copied by esbuild.mjs)
// or, when running from sources/tests, in node_modules. Loading is done once per process.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Language, Parser } from 'web-tree-sitter';
import type { Lang } from '../symbols/types';

const WASM_FILES: Record<Lang | 'runtime', { pkg: string; file: string }> = {
  runtime: { pkg: 'web-tree-sitter', file: 'tree-sitter.wasm' },
  typescript: { pkg: 'tree-sitter-typescript', file: 'tree-sitter-typescript.wasm' },
  tsx: { pkg: 'tree-sitter-typescript', file: 'tree-sitter-tsx.wasm' },
  javascript: { pkg: 'tree-sitter-javascript', file: 'tree-sitter-javascript.wasm' },
  python: { pkg: 'tree-sitter-python', file: 'tree-sitter-python.wasm' },
};

/** Where a wasm file is: beside the bundle first, then in the package inside node_modules. */
export function locateWasm(key: keyof typeof WASM_FILES): string {
  const { pkg, file } = WASM_FILES[key];
  const candidates = [path.join(__dirname, 'wasm', file), path.join(__dirname, file)];
  let dir = __dirname;
  for (let i = 0; i < 8; i++) {
    candidates.push(path.join(dir, 'node_modules', pkg, file));
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  for (const c of candidates) if (fs.existsSync(c)) return c;
  throw new Error(`${file}: grammar file not found (looked beside the bundle and in node_modules/${pkg})`);
}

const EXT_LANG: Record<string, Lang> = {
  '.ts': 'typescript', '.mts': 'typescript', '.cts': 'typescript',
  '.tsx': 'tsx',
  '.js': 'javascript', '.mjs': 'javascript', '.cjs': 'javascript', '.jsx': 'javascript',
  '.py': 'python', '.pyi': 'python',
};

/** Language with symbol-level support for a path, or undefined (file-level tokens only). */
export function languageOf(filePath: string): Lang | undefined {
  if (filePath.endsWith('.d.ts')) return 'typescript';
  return EXT_LANG[path.extname(filePath).toLowerCase()];
}

let initPromise: Promise<void> | undefined;

/**
 * The options object of the wasm runtime: emscripten uses it as its Module object and keeps
 * `HEAP8` (a view of the wasm memory) on it, so the memory's size can be read (issue 14: the
 * benchmarks split RSS into JS heap, wasm memory and the rest).
 */
let runtimeModule: { locateFile: () => string; HEAP8?: Int8Array } | undefined;
function moduleOptions(runtime: string): { locateFile: () => string } {
  runtimeModule = { locateFile: () => runtime };
  return runtimeModule;
}

/** Bytes of tree-sitter's wasm memory (grows, never shrinks); 0 before initParsers. */
export function wasmMemoryBytes(): number {
  return runtimeModule?.HEAP8?.buffer.byteLength ?? 0;
}
const languages = new Map<Lang, Language>();

/** Initialise the runtime and load every grammar. Idempotent; call once at start-up. */
export function initParsers(): Promise<void> {
  if (!initPromise) {
    initPromise = (async () => {
      const runtime = locateWasm('runtime');
      await Parser.init(moduleOptions(runtime));
      for (const lang of ['typescript', 'tsx', 'javascript', 'python'] as Lang[]) {
        languages.set(lang, await Language.load(locateWasm(lang)));
      }
    })();
  }
  return initPromise;
}

export function getLanguage(lang: Lang): Language {
  const l = languages.get(lang);
  if (!l) throw new Error(`tree-sitter grammar for ${lang} is not loaded: call initParsers() first`);
  return l;
}

/** Is `l` one of the TypeScript grammars (typescript, tsx)? False before initParsers. */
export function isTypeScriptLanguage(l: Language | null | undefined): boolean {
  return !!l && (l === languages.get('typescript') || l === languages.get('tsx'));
}

const parsers = new Map<Lang, Parser>();

/** One reusable parser per language (parsers are not thread-bound; JS is single-threaded). */
export function parserFor(lang: Lang): Parser {
  let p = parsers.get(lang);
  if (!p) {
    p = new Parser();
    p.setLanguage(getLanguage(lang));
    parsers.set(lang, p);
  }
  return p;
}
