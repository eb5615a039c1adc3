// The "add a deprecated compatibility adapter" quick fix (spec §6, §3.7 I2): after a public
// function's signature changed, keep the OLD calling convention alive under `<name>_v1`,
// forwarding to the new function. Why `_v1` and not an overload: the old and the new function
// share one name, so the old convention needs a new name that callers can migrate to in one
// search-and-replace, and the adapter carries the deprecation marker that I2 recognises
// (`@deprecated` JSDoc / `warnings.warn(..., DeprecationWarning)`). docs/editor.md records this.
// Pure text generation: the caller turns the result into a WorkspaceEdit.
import type { FileAnalysis, Lang, Param, SymbolInfo } from '../symbols/types';

export interface TextInsertion {
  /** 0-based line to insert before (column 0). */
  line: number;
  text: string;
}

export interface AdapterPlan {
  title: string;
  insertions: TextInsertion[];
}

/** Arguments for calling the NEW function from the OLD parameters: matched by name; new parameters keep their defaults. */
function tsArgs(oldParams: Param[], newParams: Param[]): { args: string[]; todo: string[] } {
  const byName = new Map(oldParams.map((p) => [p.name, p] as const));
  const args: string[] = [];
  const todo: string[] = [];
  for (const q of newParams) {
    const o = byName.get(q.name);
    if (q.rest) {
      if (o?.rest) args.push(`...${o.name}`);
      else if (!o && oldParams.some((p) => p.rest)) args.push(`...${oldParams.find((p) => p.rest)!.name}`);
      break;
    }
    if (o && !o.rest) args.push(o.name);
    else if (q.optional || q.hasDefault) args.push('undefined');
    else {
      args.push('undefined as never');
      todo.push(q.name);
    }
  }
  while (args.length && args[args.length - 1] === 'undefined') args.pop();
  return { args, todo };
}

function pyArgs(oldParams: Param[], newParams: Param[]): { args: string[]; todo: string[] } {
  const byName = new Map(oldParams.filter((p) => !p.rest).map((p) => [p.name, p] as const));
  const oldStar = oldParams.find((p) => p.rest && !p.kwRest);
  const oldKw = oldParams.find((p) => p.kwRest);
  const args: string[] = [];
  const todo: string[] = [];
  let positional = true;
  for (const q of newParams) {
    if (q.rest && !q.kwRest) {
      if (oldStar && positional) args.push(`*${oldStar.name}`);
      positional = false;
      continue;
    }
    if (q.kwRest) {
      if (oldKw) args.push(`**${oldKw.name}`);
      continue;
    }
    const o = byName.get(q.name);
    if (!o) {
      positional = false;
      if (!q.hasDefault) {
        args.push(`${q.name}=...`);
        todo.push(q.name);
      }
      continue;
    }
    if (positional && !q.kwOnly && !o.kwOnly) args.push(o.name);
    else {
      positional = false;
      args.push(q.posOnly ? o.name : `${q.name}=${o.name}`);
    }
  }
  return { args, todo };
}

function insertLineAfter(sym: SymbolInfo, text: string): number {
  // range.endLine is 1-based inclusive: 0-based insert line after it is endLine.
  const lines = text.split('\n').length;
  return Math.min(sym.range.endLine, lines);
}

/** Where `import warnings` goes: before the first import that is not `__future__`, after a module docstring. */
function pyImportLine(head: FileAnalysis, text: string): number {
  const imports = [...head.imports].sort((a, b) => a.line - b.line);
  const firstPlain = imports.find((i) => i.spec !== '__future__');
  if (firstPlain) return firstPlain.line - 1;
  const future = imports.filter((i) => i.spec === '__future__');
  if (future.length) return future[future.length - 1].endLine;
  const lines = text.split('\n');
  const m = /^\s*[rRuUbB]?("""|''')/.exec(lines[0] ?? '');
  if (m) {
    const q = m[1];
    const rest = lines[0].slice(lines[0].indexOf(q) + 3);
    if (rest.includes(q)) return 1;
    for (let i = 1; i < lines.length; i++) if (lines[i].includes(q)) return i + 1;
  }
  return 0;
}

/**
 * The adapter for a public top-level function whose signature changed from `oldSym` to
 * `newSym`; undefined when none applies (methods, nested functions, an existing `_v1`).
 */
export function planCompatAdapter(lang: Lang, oldSym: SymbolInfo, newSym: SymbolInfo, head: FileAnalysis, headText: string): AdapterPlan | undefined {
  if (newSym.kind !== 'fn' || oldSym.kind !== 'fn' || newSym.container || newSym.qualname.includes('.')) return undefined;
  const name = newSym.name;
  const adapter = `${name}_v1`;
  if (head.symbols.some((s) => s.qualname === adapter)) return undefined;
  const at = insertLineAfter(newSym, headText);
  const needsNl = at >= headText.split('\n').length - 1 && !headText.endsWith('\n') ? '\n' : '';
  if (lang === 'python') {
    const { args, todo } = pyArgs(oldSym.signature.params, newSym.signature.params);
    const isAsync = oldSym.signature.async;
    const body = [
      `${isAsync ? 'async ' : ''}def ${adapter}${oldSym.signature.text}:`,
      `    warnings.warn("${adapter} is deprecated; use ${name}", DeprecationWarning, stacklevel=2)`,
      ...(todo.length ? [`    # TODO: pass the new required parameter(s) ${todo.join(', ')}`] : []),
      `    return ${isAsync ? 'await ' : ''}${name}(${args.join(', ')})`,
    ];
    const insertions: TextInsertion[] = [{ line: at, text: `${needsNl}\n\n${body.join('\n')}\n` }];
    if (!head.imports.some((i) => i.spec === 'warnings')) insertions.unshift({ line: pyImportLine(head, headText), text: 'import warnings\n' });
    return { title: `Add deprecated adapter ${adapter}${oldSym.signature.text} forwarding to ${name}`, insertions };
  }
  const typed = lang === 'typescript' || lang === 'tsx';
  const { args, todo } = tsArgs(oldSym.signature.params, newSym.signature.params);
  const sig = typed ? oldSym.signature.text : `(${oldSym.signature.params.map((p) => `${p.rest ? '...' : ''}${p.name}${p.defaultText !== undefined ? ` = ${p.defaultText}` : ''}`).join(', ')})`;
  const esm = typed || /^\s*export\s/m.test(headText) || !/\b(module\.)?exports\b/.test(headText);
  const call = `${name}(${(typed ? args : args.map((a) => a.replace(' as never', ''))).join(', ')})`;
  const lines = [
    `/** @deprecated Use {@link ${name}} with the new signature. */`,
    `${esm ? 'export ' : ''}function ${adapter}${sig} {`,
    ...(todo.length ? [`  // TODO: pass the new required parameter(s) ${todo.join(', ')}`] : []),
    `  return ${call};`,
    '}',
    ...(esm ? [] : [`module.exports.${adapter} = ${adapter};`]),
  ];
  return { title: `Add deprecated adapter ${adapter}${oldSym.signature.text} forwarding to ${name}`, insertions: [{ line: at, text: `${needsNl}\n${lines.join('\n')}\n` }] };
}
