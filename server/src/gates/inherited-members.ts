// What a declaration inherits, read from its own file: I2 (spec §3.7) must not call a member
// "removed" when it moved into a type or class the declaration now extends. ofetch 3baf1cc076
// moved `onRequest`/`onResponse`/… out of `interface FetchOptions` into a new `interface
// FetchHooks` that `FetchOptions` extends, and I2 failed all four as removed (docs/gates.md
// "Members moved into what a declaration extends"). Pure, over one FileAnalysis.
import type { FileAnalysis, SymbolInfo, TypeDecl, TypeMember } from '../symbols/types';

const IDENT = /[A-Za-z_$][\w$]*/g;

/**
 * `extends …`/`implements …` of a declaration starting at `line` (its head up to the `{`, from
 * the analysis's code lines): `interface Options extends KyOptions, Omit<RequestInit, …>` makes
 * `KyOptions` part of what `Options` is written in. For Python the bases in `class K(A, B):`.
 * The extractors keep members, not heritage.
 */
export function heritageText(a: FileAnalysis, line: number): string | undefined {
  let head = '';
  for (let l = line - 1; l < a.codeLines.length && l < line + 4; l++) {
    head += ` ${a.codeLines[l] ?? ''}`;
    if (a.lang === 'python' ? head.includes(':') : head.includes('{')) break;
  }
  if (a.lang === 'python') return /\bclass\s+\w+\s*\(([^)]*)\)/.exec(head)?.[1];
  return /\b(?:extends|implements)\b([^{]*)/.exec(head)?.[1];
}

/** The names a heritage text mentions (`Omit<RequestInit, "body">, FetchHooks<T, R>` → Omit, RequestInit, FetchHooks, T, R). */
const heritageNames = (text: string | undefined): string[] => (text ? text.replace(/(["'`]).*?\1/g, '').match(IDENT) ?? [] : []);

/**
 * Where a member the head declaration no longer declares comes from now:
 * - `found`: a type (or class) declared in the same file that the declaration extends declares it
 *   (searched through up to four levels of in-file heritage);
 * - `unread`: the declaration's heritage changed and names something declared elsewhere, which
 *   may declare it — the text of the file cannot tell (REVIEW, docs/gates.md "FAIL needs proof");
 * - undefined: nothing it extends can hold it — the member is gone.
 */
export type Inherited<M> = { kind: 'found'; member: M; from: string } | { kind: 'unread'; bases: string[] };

export function inheritedTypeMember(oldA: FileAnalysis, oldDecl: TypeDecl, newA: FileAnalysis, newDecl: TypeDecl, name: string): Inherited<TypeMember> | undefined {
  const find = (decl: TypeDecl, depth: number, seen: Set<string>): { member: TypeMember; from: string } | undefined => {
    if (depth > 4) return undefined;
    for (const base of heritageNames(heritageText(newA, decl.range.line))) {
      if (seen.has(base)) continue;
      seen.add(base);
      const t = newA.types.find((x) => x.name === base && !x.qualname.includes('.'));
      if (!t) continue;
      const m = t.members.find((x) => x.name === name);
      if (m) return { member: m, from: t.name };
      const deeper = find(t, depth + 1, seen);
      if (deeper) return deeper;
    }
    return undefined;
  };
  const hit = find(newDecl, 0, new Set([newDecl.name]));
  if (hit) return { kind: 'found', ...hit };
  return unreadBases(heritageText(oldA, oldDecl.range.line), heritageText(newA, newDecl.range.line), newA);
}

/** As inheritedTypeMember, for a class's method (getter with getter, static with static: §3.2's pairing by kind). */
export function inheritedMethod(oldA: FileAnalysis, oldCls: SymbolInfo, newA: FileAnalysis, newCls: SymbolInfo, method: SymbolInfo): Inherited<SymbolInfo> | undefined {
  const find = (cls: SymbolInfo, depth: number, seen: Set<string>): { member: SymbolInfo; from: string } | undefined => {
    if (depth > 4) return undefined;
    for (const base of heritageNames(heritageText(newA, cls.range.line))) {
      if (seen.has(base)) continue;
      seen.add(base);
      const k = newA.symbols.find((x) => x.kind === 'class' && !x.container && x.name === base);
      if (!k) continue;
      const m = newA.symbols.find((x) => x.container === k.qualname && x.name === method.name && x.kind === 'method' && x.signature.callKind === method.signature.callKind);
      if (m) return { member: m, from: k.name };
      const deeper = find(k, depth + 1, seen);
      if (deeper) return deeper;
    }
    return undefined;
  };
  const hit = find(newCls, 0, new Set([newCls.name]));
  if (hit) return { kind: 'found', ...hit };
  return unreadBases(heritageText(oldA, oldCls.range.line), heritageText(newA, newCls.range.line), newA);
}

/** The bases the head added that this file does not declare: what a removed member may now come from. */
function unreadBases(oldText: string | undefined, newText: string | undefined, newA: FileAnalysis): Inherited<never> | undefined {
  const had = new Set(heritageNames(oldText));
  const declared = (n: string) => newA.types.some((t) => t.name === n) || newA.symbols.some((s) => !s.container && s.name === n);
  const bases = heritageNames(newText).filter((n) => !had.has(n) && !declared(n) && !BUILTIN_GENERICS.has(n) && !/^[A-Z]$/.test(n));
  return bases.length ? { kind: 'unread', bases } : undefined;
}

/** Utility types that take members away or keep them as they are; never where a member comes from. */
const BUILTIN_GENERICS = new Set(['Omit', 'Pick', 'Partial', 'Required', 'Readonly', 'Record', 'Exclude', 'Extract', 'NonNullable', 'object', 'Object', 'Generic', 'Protocol', 'ABC', 'typing', 'abc']);
