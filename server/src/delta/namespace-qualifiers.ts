// A type spelled through a namespace import that the change drops (or adds) is the same type
// spelled bare: `import * as t from '@sinclair/typebox'` replaced by named imports turns
// `(type: t.TSchema) => t.TSchema` into `(type: TSchema) => TSchema` with no change to what a
// caller passes or gets (spec §3.3 MODIFY_SIG as amended, "MODIFY_SIG ignores spelling" in
// docs/accuracy.md — the TS counterpart of Python's `typing.X` = `X`; held-out batch 21a-2,
// typebox 6b76fb94). Only a qualifier whose namespace import exists on one side alone is read as
// spelling: `v1.Schema` → `v2.Schema`, or `t.X` → `X` while `t` is still imported, stay changes.
// Python's counterpart: a module bound by `import m` / `import m as a` / `import a.b` (held-out batch
// 22c-3, trio 5bfba27b: `import types` replaced by `from types import CodeType, …` turned
// `runcode(self, code: types.CodeType)` into `(self, code: CodeType)`).
import type { FileAnalysis, Signature } from '../symbols/types';

const NS_BINDING = /\*\s*as\s+([A-Za-z_$][\w$]*)/;
const cache = new WeakMap<FileAnalysis, Set<string>>();

/**
 * Local names bound to a whole module: `import * as ns from 'm'` in a TS/JS file (the extractor
 * records only `*`), `import m` / `import m as a` / `import a.b` in a Python file (not `from m
 * import x`, whose names are the module's members; the two forms are told apart by the statement).
 */
export function namespaceAliases(a: FileAnalysis | undefined, text: string | undefined): Set<string> {
  if (!a || text === undefined) return new Set();
  const known = cache.get(a);
  if (known) return known;
  const out = new Set<string>();
  let lines: string[] | undefined;
  for (const imp of a.imports) {
    if (a.lang === 'python') {
      lines ??= text.split('\n');
      if (/^\s*import\s/.test(lines[imp.line - 1] ?? '')) for (const n of imp.names) out.add(n);
      continue;
    }
    if (!imp.names.includes('*')) continue;
    lines ??= text.split('\n');
    const m = NS_BINDING.exec(lines.slice(imp.line - 1, imp.endLine).join('\n'));
    if (m) out.add(m[1]);
  }
  cache.set(a, out);
  return out;
}

/** The aliases of `own` that `other` does not bind: qualifiers that left (or came) with their import. */
export function onlyHere(own: Set<string>, other: Set<string>): Set<string> {
  return new Set([...own].filter((n) => !other.has(n)));
}

/** The signature with `ns.` dropped from its parameter and return types, for each ns given. */
export function withoutQualifiers(sig: Signature, ns: Set<string>): Signature {
  if (!ns.size) return sig;
  const re = new RegExp(`(?<![\\w$.])(?:${[...ns].map((n) => n.replace(/[$.]/g, '\\$&')).join('|')})\\.(?=[A-Za-z_$])`, 'g');
  const strip = (t: string | undefined) => (t === undefined ? t : t.replace(re, ''));
  return { ...sig, params: sig.params.map((p) => (p.type === undefined ? p : { ...p, type: strip(p.type) })), returnType: strip(sig.returnType) };
}
