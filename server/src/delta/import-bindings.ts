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
function defaultBinding(text: string, imp: ImportInfo): string | undefined {
  const lines = text.split('\n').slice(imp.line - 1, imp.endLine).join('\n');
  return (ESM_DEFAULT.exec(lines) ?? TS_IMPORT_REQUIRE.exec(lines) ?? CJS_DEFAULT.exec(lines))?.[1];
}

/**
 * The name a module's default export declares, when it is a named function or class
 * (`export default function getValidateError(…)`, `export default Foo`, `module.exports = Foo`).
 */
export function defaultExportName(text: string): string | undefined {
  return /\bexport\s+default\s+(?:async\s+)?(?:function\s*\*?\s*|class\s+)?([A-Za-z_$][\w$]*)/.exec(text)?.[1]
    ?? /\bmodule\.exports\s*=\s*([A-Za-z_$][\w$]*)\s*(?:;|$)/m.exec(text)?.[1];
}

export interface ImportingFile {
  path: string;
  imports: readonly ImportInfo[];
  text: string | undefined;
}

/**
 * The names by which `from` calls the function `name` of the file `target` (`isDefault`: it is
 * that module's default export): its own name always, plus the bindings of `from`'s imports that
 * resolve to `target` and take it. `exists` tells which paths are files of the change.
 */
export function callNamesIn(from: ImportingFile, target: string, name: string, isDefault: boolean, exists: (p: string) => boolean): string[] {
  const out = [name];
  for (const imp of from.imports) {
    if (resolveImport(from.path, imp.spec, exists) !== target) continue;
    imp.names.forEach((bound, i) => {
      const own = imp.imported?.[i] ?? bound;
      if (own === 'default' || bound === 'default') {
        if (!isDefault || from.text === undefined) return;
        const local = defaultBinding(from.text, imp);
        if (local && !out.includes(local)) out.push(local);
      } else if (own === name && bound !== name && !out.includes(bound)) out.push(bound);
    });
  }
  return out;
}
