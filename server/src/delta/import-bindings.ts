// The names under which one changed file reaches a function of another (spec §3.3: "G now calls F"
// across files). A file calls an imported function by the name its import binds: the function's
// own name (`import { pick } from './pick'`), an alias (`import { pick as p }`, `from .m import f as
// g`) or, for a module's default export, whatever name the importer chooses (`import pickErrors
// from './logic/pickErrors'`, `const pickErrors = require('./pickErrors')`). Held-out batch 22c,
// react-hook-form bcd355c8: useForm's error-picking reduce became `src/logic/pickErrors.ts`'s
// anonymous default export, which useForm calls as `pickErrors(…)` — judged by the function's own
// name (`default`), useForm "did not call it" and the extract was an addition.
//
// The extractor records a default import as `default` without the local binding; it is read from
// the import statement's own lines here (as namespace-qualifiers.ts reads `import * as ns`).
import type { ImportInfo } from '../symbols/types';
import { resolveImport } from './import-resolve';

const ESM_DEFAULT = /\bimport\s+(?:type\s+)?([A-Za-z_$][\w$]*)\s*(?:,|\bfrom\b)/;
const TS_IMPORT_REQUIRE = /\bimport\s+([A-Za-z_$][\w$]*)\s*=\s*require\s*\(/;
const CJS_DEFAULT = /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*require\s*\(\s*['"`][^'"`]*['"`]\s*\)\s*(?:;|$)/m;

/** The local name a default import / whole-module `require` binds, read from its lines. */
function defaultBinding(lines: readonly string[], imp: ImportInfo): string | undefined {
  const text = lines.slice(imp.line - 1, imp.endLine).join('\n');
  return (ESM_DEFAULT.exec(text) ?? TS_IMPORT_REQUIRE.exec(text) ?? CJS_DEFAULT.exec(text))?.[1];
}

/** The local name `x = require('m').prop` binds to `prop`, read from the import's lines. */
function requirePropBinding(lines: readonly string[], imp: ImportInfo, prop: string): string | undefined {
  const text = lines.slice(imp.line - 1, imp.endLine).join('\n');
  const re = new RegExp(`([A-Za-z_$][\\w$]*)\\s*=\\s*require\\s*\\(\\s*['"\`][^'"\`]*['"\`]\\s*\\)\\s*\\.\\s*${prop.replace(/[$]/g, '\\$&')}(?![\\w$])`);
  return re.exec(text)?.[1];
}

/**
 * The name a module's default export declares, when it is a named function or class
 * (`export default function getValidateError(…)`, `export default Foo`, `module.exports = Foo`).
 */
export function defaultExportName(text: string): string | undefined {
  return /\bexport\s+default\s+(?:async\s+)?(?:function\s*\*?\s*|class\s+)?([A-Za-z_$][\w$]*)/.exec(text)?.[1]
    ?? /\bmodule\.exports\s*=\s*([A-Za-z_$][\w$]*)\s*(?:;|$)/m.exec(text)?.[1];
}

export type Side = 'old' | 'new';

/** One side of one changed file as pairing asks about it. */
export interface ImportingFile {
  /** The change's index in the change set. */
  change: number;
  path: string;
  imports: readonly ImportInfo[];
  text: string | undefined;
}

/**
 * What pairing reads of a file's whole text and imports, read once per side of each file and
 * kept for one pairing (issue 14). Pairing asks per (symbol, caller) pair; reading the text each
 * time — a regex over the whole exporting file, a split of the whole importing file, a
 * resolution of every import — made webpack's 200-commit history walk 1.6× slower (its 698-file
 * commits: 48 of 130 s of samples in the two default-export regexes). `files`: the change set's
 * paths per change (which paths exist on each side, for import resolution).
 */
export class ImportBindings {
  private readonly defaults = new Map<string, string | undefined>();
  private readonly lines = new Map<string, readonly string[]>();
  private readonly targets = new Map<string, readonly (string | undefined)[]>();
  private readonly paths: Partial<Record<Side, Set<string>>> = {};

  constructor(private readonly files: readonly { oldFile?: string; newFile?: string }[]) {}

  /** `defaultExportName(text)` of one side of change `change`, read once. */
  defaultExportName(side: Side, change: number, text: string): string | undefined {
    const key = `${side}|${change}`;
    if (this.defaults.has(key)) return this.defaults.get(key);
    const name = defaultExportName(text);
    this.defaults.set(key, name);
    return name;
  }

  /**
   * The names by which `from` (on `side`) calls the function `name` of the file `target`
   * (`isDefault`: it is that module's default export): its own name always, plus the bindings
   * of `from`'s imports that resolve to `target` among the side's files and take it.
   */
  callNames(side: Side, from: ImportingFile, target: string, name: string, isDefault: boolean): string[] {
    const out = [name];
    const key = `${side}|${from.change}`;
    let targets = this.targets.get(key);
    if (!targets) {
      const paths = (this.paths[side] ??= new Set(this.files.flatMap((f) => { const q = side === 'new' ? f.newFile : f.oldFile; return q ? [q] : []; })));
      this.targets.set(key, (targets = from.imports.map((imp) => resolveImport(from.path, imp.spec, (q) => paths.has(q)))));
    }
    from.imports.forEach((imp, k) => {
      if (targets[k] !== target) return;
      imp.names.forEach((bound, i) => {
        const own = imp.imported?.[i] ?? bound;
        if (bound === 'default' && own !== 'default') {
          // `var renderWithParse5 = require('./parsers/parse5').render`: the extractor records the
          // binding as `default` and what it takes (`render`) as imported; the local name is the
          // declaration's (held-out batch 24a, cheerio 63e4616d: static.js's render now calls the
          // parse5 branch it gave to parsers/parse5.js's exports.render as renderWithParse5(…) —
          // "G now calls F", spec §3.3 — and the extract was an addition).
          if (own !== name || from.text === undefined) return;
          let lines = this.lines.get(key);
          if (!lines) this.lines.set(key, (lines = from.text.split('\n')));
          const local = requirePropBinding(lines, imp, own);
          if (local && !out.includes(local)) out.push(local);
        } else if (own === 'default' || bound === 'default') {
          if (!isDefault || from.text === undefined) return;
          let lines = this.lines.get(key);
          if (!lines) this.lines.set(key, (lines = from.text.split('\n')));
          const local = defaultBinding(lines, imp);
          if (local && !out.includes(local)) out.push(local);
        } else if (own === name && bound !== name && !out.includes(bound)) out.push(bound);
      });
    });
    return out;
  }
}
