// The I2 repair planner behind the "add a deprecated compatibility adapter" quick fix (spec §6,
// §3.7 I2). Engine side: pure functions over the two analyses of a file, the head text and one
// I2 port result; they return plain data (a title and line insertions) or the reason no adapter
// can be generated. No LSP types, no I/O: lsp/editor-features.ts turns a plan into a
// WorkspaceEdit, lsp/gate-features.ts appends a decline reason to the I2 diagnostic.
//
// Only a FAILING port gets a plan, and the adapter is exactly what I2's deprecation-adapter rule
// accepts (gates/i2-contracts.ts):
//   - renamed public function/method → a deprecated forwarder under the OLD name with the OLD
//     signature (the old name is public again, so the port no longer fails);
//   - broken signature under the same name → the old name is taken by the new function, so the
//     forwarder gets `<name>_v1` (the next free `_vN`): marked deprecated, calling the new
//     function, with a signature compatible with the OLD one.
// Arguments are mapped the way I2 pairs parameters (by name, else a same-position rename when
// the arity is unchanged); the adapter declines rather than invent a value (docs/editor.md).
import type { I2Port } from '../gates/i2-contracts';
import { widens } from '../delta/signature-compat';
import type { FileAnalysis, Lang, Param, SymbolInfo } from '../symbols/types';

export interface TextInsertion {
  /** 0-based line to insert before (column 0); a line past the end means the end of the text. */
  line: number;
  text: string;
}

export interface AdapterPlan {
  title: string;
  /** Name of the adapter the plan adds (the old name after a rename, `<name>_vN` after a signature break). */
  adapter: string;
  insertions: TextInsertion[];
}

/** A plan, or why none can be generated (shown on the I2 diagnostic). */
export type I2Fix = { kind: 'adapter'; plan: AdapterPlan } | { kind: 'declined'; reason: string };

export interface I2FixInput {
  port: I2Port;
  /** Base-side analysis of `port.file`. */
  base: FileAnalysis | undefined;
  /** Head-side analysis of the file holding `port.successor`. */
  head: FileAnalysis | undefined;
  /** Head text of that file (the buffer when it is open). */
  headText: string | undefined;
}

const declined = (reason: string): I2Fix => ({ kind: 'declined', reason });

/**
 * What can be done about one I2 port: undefined when it does not FAIL (or nothing is known about
 * it), else an adapter plan or the reason no adapter can be generated.
 */
export function planI2Fix({ port, base, head, headText }: I2FixInput): I2Fix | undefined {
  if (port.verdict !== 'FAIL') return undefined;
  switch (port.change) {
    case 'removed':
      return declined('no adapter can be generated; restore it or re-export it');
    case 'unexported':
      return declined('no adapter can be generated; export it again');
    case 'moved':
    case 'module-moved':
      return declined(`no adapter is generated for a move; re-export the old name from ${port.file}`);
    case 'type':
      return declined('no adapter can be generated for a type; restore the member or widen the type');
    case 'renamed':
    case 'signature':
      break;
    default:
      return undefined;
  }
  if (!port.successor || !base || !head || headText === undefined) return undefined;
  const oldSym = base.symbols.find((s) => s.qualname === port.symbol && s.kind === port.kind);
  const newSym = head.symbols.find((s) => s.qualname === port.successor!.symbol && s.kind === port.kind) ?? head.symbols.find((s) => s.qualname === port.successor!.symbol);
  if (!oldSym || !newSym) return undefined;
  return planAdapter(head.lang, oldSym, newSym, head, headText, port.change);
}

/** The adapter keeping `oldSym`'s name (rename) or calling convention (signature) alive, forwarding to `newSym`. */
export function planAdapter(lang: Lang, oldSym: SymbolInfo, newSym: SymbolInfo, head: FileAnalysis, headText: string, change: 'renamed' | 'signature'): I2Fix {
  if (oldSym.kind === 'class' || newSym.kind === 'class') {
    return declined(`no adapter is generated for a class; keep the old name as an alias (${lang === 'python' ? `${oldSym.name} = ${newSym.name}` : `export { ${newSym.name} as ${oldSym.name} }`})`);
  }
  if (oldSym.kind !== newSym.kind || (oldSym.container ?? '') !== (newSym.container ?? '')) return declined(`no adapter can be generated: ${oldSym.qualname} became ${newSym.qualname} in another scope`);
  if (oldSym.kind === 'method' && (oldSym.name === 'constructor' || oldSym.name === '__init__' || oldSym.name === '__new__')) {
    return declined('no adapter can be generated for a constructor (a class has one); add a deprecated factory with the old parameters by hand');
  }
  if (oldSym.name === 'default' || newSym.name === 'default') return declined('no adapter is generated for a default export');
  const ck = (s: SymbolInfo) => s.signature.callKind ?? 'plain';
  if (ck(oldSym) !== ck(newSym)) return declined(`no adapter can be generated: the calling convention changed (${ck(oldSym)} → ${ck(newSym)})`);
  if (change === 'signature' && (ck(newSym) === 'getter' || ck(newSym) === 'setter' || ck(newSym) === 'property')) return declined('no adapter is generated for an accessor whose type changed');
  if (lang === 'python' && ck(newSym) === 'setter') return declined('no adapter is generated for a property setter; keep the old property name by hand');

  const scope = head.symbols.filter((s) => (s.container ?? '') === (newSym.container ?? ''));
  let adapter = oldSym.name;
  if (change === 'renamed') {
    if (scope.some((s) => s.name === oldSym.name)) return declined(`no adapter can be generated: the old name ${oldSym.name} is taken in the head`);
  } else {
    let n = 1;
    while (scope.some((s) => s.name === `${newSym.name}_v${n}`)) n++;
    adapter = `${newSym.name}_v${n}`;
  }
  const py = lang === 'python';
  // Python methods: the receiver (self/cls) is the adapter's own first parameter, never forwarded.
  const receiver = py && oldSym.kind === 'method' && ck(oldSym) !== 'static' ? oldSym.signature.params[0]?.name : undefined;
  const oldParams = receiver ? oldSym.signature.params.slice(1) : oldSym.signature.params;
  const newParams = py && oldSym.kind === 'method' && ck(newSym) !== 'static' ? newSym.signature.params.slice(1) : newSym.signature.params;
  const mapped = py ? pyArgs(oldParams, newParams) : tsArgs(oldParams, newParams, lang === 'typescript' || lang === 'tsx');
  if ('reason' in mapped) return declined(mapped.reason);

  const lines = headText.split('\n');
  const at = Math.min(newSym.range.endLine, lines.length);
  const needsNl = at >= lines.length - 1 && !headText.endsWith('\n') ? '\n' : '';
  const indent = /^\s*/.exec(lines[newSym.range.line - 1] ?? '')![0];
  const unit = indentUnit(lines, newSym, indent, py ? '    ' : '  ');
  const oldLabel = oldSym.kind === 'method' ? oldSym.qualname.replace(/\.[^.]+$/, `.${adapter}`) : adapter;
  const title = change === 'renamed'
    ? `Add deprecated adapter ${oldSym.qualname}${oldSym.signature.text} forwarding to ${newSym.qualname}`
    : `Add deprecated adapter ${oldLabel}${oldSym.signature.text} forwarding to ${newSym.qualname}`;
  const useText = change === 'renamed' ? `use ${newSym.qualname} instead` : `use ${newSym.qualname} with the new signature instead`;
  const ignored = mapped.ignored.length ? [`${mapped.ignored.join(', ')}: no longer taken by ${newSym.name} (ignored)`] : [];

  if (py) {
    const isAsync = oldSym.signature.async;
    const target = receiver ? `${receiver}.${newSym.name}` : ck(newSym) === 'static' ? `${oldSym.container!.split('.').pop()}.${newSym.name}` : newSym.name;
    const deco = ck(oldSym) === 'static' ? ['@staticmethod'] : ck(oldSym) === 'classmethod' ? ['@classmethod'] : ck(oldSym) === 'property' ? ['@property'] : [];
    const call = ck(newSym) === 'property' ? target : `${target}(${mapped.args.join(', ')})`;
    const body = [
      ...deco,
      `${isAsync ? 'async ' : ''}def ${adapter}${oldSym.signature.text}:`,
      `${unit}"""Deprecated: ${useText}."""`,
      `${unit}warnings.warn(${JSON.stringify(`${oldLabel} is deprecated; ${useText}`)}, DeprecationWarning, stacklevel=2)`,
      ...ignored.map((c) => `${unit}# ${c}`),
      `${unit}return ${isAsync && ck(newSym) !== 'property' ? 'await ' : ''}${call}`,
    ].map((l) => indent + l);
    const gap = oldSym.kind === 'method' ? '\n' : '\n\n';
    const insertions: TextInsertion[] = [{ line: at, text: `${needsNl}${gap}${body.join('\n')}\n` }];
    if (!head.imports.some((i) => i.spec === 'warnings' && i.names.includes('warnings'))) insertions.unshift({ line: pyImportLine(head, headText), text: 'import warnings\n' });
    // A module with `__all__` only exports what it lists: list the adapter at the end of the file.
    if (oldSym.kind === 'fn' && head.dunderAll && !head.dunderAll.includes(adapter)) {
      insertions.push({ line: lines.length, text: `${headText.endsWith('\n') ? '' : '\n'}__all__.append(${JSON.stringify(adapter)})\n` });
    }
    return { kind: 'adapter', plan: { title, adapter, insertions } };
  }

  const typed = lang === 'typescript' || lang === 'tsx';
  const isMethod = oldSym.kind === 'method';
  const isStatic = ck(oldSym) === 'static';
  const sig = typed ? oldSym.signature.text : `(${oldSym.signature.params.map((p) => `${p.rest ? '...' : ''}${p.name}${p.defaultText !== undefined ? ` = ${p.defaultText}` : ''}`).join(', ')})`;
  const typeParams = typed ? typeParamsOf(newSym, lines, sig) : '';
  const target = isMethod ? `${isStatic ? oldSym.container!.split('.').pop() : 'this'}.${newSym.name}` : newSym.name;
  let decl: string;
  let stmt: string;
  if (ck(oldSym) === 'getter') {
    decl = `${isStatic ? 'static ' : ''}get ${adapter}${sig}`;
    stmt = `return ${target};`;
  } else if (ck(oldSym) === 'setter') {
    decl = `${isStatic ? 'static ' : ''}set ${adapter}${sig.replace(/\)\s*:\s*void\s*$/, ')')}`;
    stmt = `${target} = ${oldSym.signature.params[0]?.name};`;
  } else {
    const esm = typed || /^\s*export\s/m.test(headText) || !/\b(module\.)?exports\b/.test(headText);
    const exported = !isMethod && (newSym.exported || oldSym.exported) && esm;
    decl = `${isMethod ? (isStatic ? 'static ' : '') : exported ? 'export ' : ''}${oldSym.signature.async ? 'async ' : ''}${isMethod ? '' : 'function '}${adapter}${typeParams}${sig}`;
    stmt = `return ${target}(${mapped.args.join(', ')});`;
  }
  const out = [
    `/** @deprecated Use ${newSym.qualname}${change === 'signature' ? ' with the new signature' : ''} instead. */`,
    `${decl} {`,
    ...ignored.map((c) => `${unit}// ${c}`),
    `${unit}${stmt}`,
    '}',
  ].map((l) => indent + l);
  const insertions: TextInsertion[] = [{ line: at, text: `${needsNl}\n${out.join('\n')}\n` }];
  // CommonJS: export the adapter at the end, after any `module.exports = { … }` that would replace it.
  const cjs = !isMethod && !typed && !/^\s*export\s/m.test(headText) && /\b(module\.)?exports\b/.test(headText);
  if (cjs) insertions.push({ line: lines.length, text: `${headText.endsWith('\n') ? '' : '\n'}module.exports.${adapter} = ${adapter};\n` });
  return { kind: 'adapter', plan: { title, adapter, insertions } };
}

type Mapped = { args: string[]; ignored: string[] } | { reason: string };

/**
 * For every NEW parameter, the OLD one it corresponds to — the pairing I2 uses
 * (compareSignatures): same name, else the parameter at the same position when the arity did
 * not change and the new name is new (a rename).
 */
export function correspondence(oldParams: Param[], newParams: Param[]): Map<Param, Param> {
  const out = new Map<Param, Param>();
  const oldNames = new Set(oldParams.map((p) => p.name));
  const positional = (p: Param) => !p.rest && !p.kwOnly;
  const posOld = oldParams.filter(positional);
  const posNew = newParams.filter(positional);
  for (const q of newParams) {
    const o = oldParams.find((p) => p.name === q.name && !!p.rest === !!q.rest && !!p.kwRest === !!q.kwRest);
    if (o) out.set(q, o);
  }
  if (oldParams.length === newParams.length) {
    for (const p of oldParams) {
      if (!positional(p) || newParams.some((q) => q.name === p.name)) continue;
      const cand = posNew[posOld.indexOf(p)];
      if (cand && !oldNames.has(cand.name) && !out.has(cand)) out.set(cand, p);
    }
  }
  return out;
}

function checkTypes(o: Param, q: Param, lang?: Lang): string | undefined {
  if (o.type && q.type && o.type !== q.type && !widens(o.type, q.type, lang)) {
    return `no adapter can be generated: parameter ${o.name} changed type (${o.type} → ${q.type}) and an adapter cannot convert the value`;
  }
  return undefined;
}

const requiredReason = (q: Param) => `no adapter can be generated: required parameter ${q.name} has no counterpart in the old signature, so an adapter cannot supply its value; give it a default or write the adapter by hand`;

function ignoredOf(oldParams: Param[], used: Set<Param>): string[] {
  return oldParams.filter((p) => !used.has(p)).map((p) => p.name);
}

/** TS/JS arguments for calling the NEW function from the OLD parameters. */
function tsArgs(oldParams: Param[], newParams: Param[], typed: boolean): Mapped {
  const map = correspondence(oldParams, newParams);
  const used = new Set<Param>();
  const args: string[] = [];
  for (const q of newParams) {
    if (q.rest) {
      const o = map.get(q) ?? oldParams.find((p) => p.rest);
      if (o) {
        args.push(`...${o.name}`);
        used.add(o);
      }
      break;
    }
    const o = map.get(q);
    if (o && !o.rest) {
      const bad = checkTypes(o, q);
      if (bad) return { reason: bad };
      // `b?: T` (no default) → required `b: T`: the adapter would pass `undefined` on.
      if (typed && o.optional && !o.hasDefault && !(q.optional || q.hasDefault)) {
        return { reason: `no adapter can be generated: parameter ${o.name} was optional without a default and is now required, so an adapter cannot supply its value` };
      }
      args.push(o.name);
      used.add(o);
    } else if (q.optional || q.hasDefault) args.push('undefined');
    else return { reason: requiredReason(q) };
  }
  while (args.length && args[args.length - 1] === 'undefined') args.pop();
  return { args, ignored: ignoredOf(oldParams, used) };
}

/** Python arguments: positional while the order allows, then keywords (`new=old`). */
function pyArgs(oldParams: Param[], newParams: Param[]): Mapped {
  const map = correspondence(oldParams, newParams);
  const used = new Set<Param>();
  const oldStar = oldParams.find((p) => p.rest && !p.kwRest);
  const oldKw = oldParams.find((p) => p.kwRest);
  const args: string[] = [];
  let positional = true;
  for (const q of newParams) {
    if (q.rest && !q.kwRest) {
      if (oldStar && positional) {
        args.push(`*${oldStar.name}`);
        used.add(oldStar);
      }
      positional = false;
      continue;
    }
    if (q.kwRest) {
      if (oldKw) {
        args.push(`**${oldKw.name}`);
        used.add(oldKw);
      }
      continue;
    }
    const o = map.get(q);
    if (!o || o.rest) {
      if (!q.hasDefault && !q.optional) return { reason: requiredReason(q) };
      positional = false;
      continue;
    }
    const bad = checkTypes(o, q, 'python');
    if (bad) return { reason: bad };
    used.add(o);
    if (positional && !q.kwOnly) args.push(o.name);
    else if (q.posOnly) return { reason: `no adapter can be generated: positional-only parameter ${q.name} cannot be passed after a parameter the old signature lacks` };
    else {
      positional = false;
      args.push(`${q.name}=${o.name}`);
    }
  }
  return { args, ignored: ignoredOf(oldParams, used) };
}

/** One indentation level of the body (from its first line), else `fallback`. */
function indentUnit(lines: string[], sym: SymbolInfo, indent: string, fallback: string): string {
  const from = sym.bodyRange ? sym.bodyRange.line : sym.sigRange.endLine + 1;
  for (let l = Math.max(from, sym.sigRange.line + 1); l <= sym.range.endLine; l++) {
    const text = lines[l - 1] ?? '';
    if (!text.trim()) continue;
    const ws = /^\s*/.exec(text)![0];
    if (ws.length > indent.length && ws.startsWith(indent)) return ws.slice(indent.length);
    break;
  }
  return fallback;
}

/** The new declaration's type-parameter list (`<T, U extends X>`) when the old signature uses one of its names. */
function typeParamsOf(sym: SymbolInfo, lines: string[], oldSig: string): string {
  const line = lines[sym.sigRange.line - 1] ?? '';
  const m = new RegExp(`(?<![\\w$])${sym.name.replace(/\$/g, '\\$')}\\s*<`).exec(line);
  if (!m) return '';
  const j = m.index + m[0].length - 1;
  let depth = 0;
  for (let k = j; k < line.length; k++) {
    if (line[k] === '<') depth++;
    else if (line[k] === '>' && line[k - 1] !== '=') {
      depth--;
      if (depth === 0) {
        const clause = line.slice(j, k + 1);
        const names = clause.slice(1, -1).split(',').map((p) => /^\s*(?:const\s+)?([A-Za-z_$][\w$]*)/.exec(p)?.[1]).filter((n): n is string => !!n);
        return names.some((n) => new RegExp(`\\b${n.replace(/\$/g, '\\$')}\\b`).test(oldSig)) ? clause : '';
      }
    }
  }
  return '';
}

/**
 * Where `import warnings` goes: before the first module-level import that is not `__future__`
 * (an indented one sits in a `try:`/`if`), else after the `__future__` imports or the module docstring.
 */
function pyImportLine(head: FileAnalysis, text: string): number {
  const lines = text.split('\n');
  const imports = head.imports.filter((i) => /^\S/.test(lines[i.line - 1] ?? '')).sort((a, b) => a.line - b.line);
  const future = imports.filter((i) => i.spec === '__future__');
  const firstPlain = imports.find((i) => i.spec !== '__future__' && (!future.length || i.line > future[future.length - 1].endLine));
  if (firstPlain) return firstPlain.line - 1;
  if (future.length) return future[future.length - 1].endLine;
  // After a shebang/encoding comment and the module docstring.
  let k = 0;
  while (k < lines.length && (/^\s*$/.test(lines[k]) || /^\s*#/.test(lines[k]))) k++;
  const m = /^\s*[rRuUbB]?("""|''')/.exec(lines[k] ?? '');
  if (m) {
    const q = m[1];
    const rest = lines[k].slice(lines[k].indexOf(q) + 3);
    if (rest.includes(q)) return k + 1;
    for (let i = k + 1; i < lines.length; i++) if (lines[i].includes(q)) return i + 1;
  }
  return k;
}

/** Applies insertions the way an LSP client applies the resulting TextEdits (same-line ones in order). */
export function applyInsertions(text: string, insertions: readonly TextInsertion[]): string {
  const lines = text.split('\n');
  const offsetOf = (line: number) => {
    if (line >= lines.length) return text.length;
    let o = 0;
    for (let i = 0; i < line; i++) o += lines[i].length + 1;
    return o;
  };
  const withOffsets = insertions.map((ins, i) => ({ at: offsetOf(ins.line), i, text: ins.text }));
  // From the end backwards so earlier offsets stay valid; same offset: keep the given order.
  withOffsets.sort((a, b) => b.at - a.at || b.i - a.i);
  let out = text;
  for (const w of withOffsets) out = out.slice(0, w.at) + w.text + out.slice(w.at);
  return out;
}
