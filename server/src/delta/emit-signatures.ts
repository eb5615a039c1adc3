// Signature tokens (spec §3.3 row MODIFY_SIG): one MODIFY_SIG per paired function whose
// parameters, return type, async or calling convention changed; before/after carry arity and
// parameter lists, meta.detail what changed (signature-diff.ts). When the body changed too, the
// one MODIFY_SIG spans the whole symbol (meta.bodyChanged, docs/tokens.md "Symbols").
// meta.compatible says whether I2's rules (spec §3.7, signature-compat.ts — the same function
// I2 calls, with the same public_api.allow_optional_params) accept the change: compatible
// weighs 0.08, breaking 0.22 (overrides: Policy.compatibleSigWeight, docs/tokens.md "Signatures").
import type { FileAnalysis, Lang, Signature, SymbolInfo } from '../symbols/types';
import { isCompatibleChange } from './signature-compat';
import { diffSignature, sigPayload, type SigDetail, type SigDiff } from './signature-diff';
import { namespaceAliases, onlyHere, withoutQualifiers } from './namespace-qualifiers';
import { alignTypes } from './type-equivalence';
import { declarationChain, typeParamDelta, withBounds, type TypeParamDelta } from './type-params';
import { baseSpan, markPairOwn, span, touches, type ChangeCtx, type PairCtx, type TokenizeContext } from './tokenize-context';

/** Emit MODIFY_SIG for a paired function if its signature changed; returns the signature diff. */
export function emitModifySig(ctx: TokenizeContext, pc: PairCtx, bodyChanged: boolean): SigDiff {
  const { p, o, n, oc, nc, common, facts } = pc;
  // Whether type parameters must be read (below). A remembered answer holds only when they need
  // not be: a constraint edited in an enclosing class's header changes what this signature means
  // while the signature itself, its code and its key in pair-facts.ts stay the same.
  const readTypeParams = o.signature.text !== n.signature.text || !!o.overloads || !!n.overloads ||
    ((typed(o.signature) || typed(n.signature)) && (headerTouched(oc, 'old', oc.oldA, o) || headerTouched(nc, 'new', nc.newA, n)));
  // No signature change found for the same inputs by an earlier run (pair-facts.ts): its
  // type texts, the declared renames and no type parameter to read.
  if (!readTypeParams && facts?.sigSame && facts.sigRenames === ctx.declaredRenamesKey()) return { detail: [], decoratorsChanged: facts.sigSame.decoratorsChanged };
  // Types that differ only in spelling or by a rename made in the same change (a type, a class, or
  // a type parameter of the symbol or its class) are the same type; a type parameter whose
  // constraint changed stands for its bound on each side (type-params.ts, held-out batch 13). The
  // declaration text is read only when a type parameter can have changed: the signature text changed
  // (a rename), or — for annotated signatures, the only ones a bound can reach — a line of the
  // symbol's or an enclosing declaration's header is in the diff. Most pairs are body edits.
  const tpd: TypeParamDelta | undefined = readTypeParams
      ? typeParamDelta(oc.change.status === 'A' ? undefined : oc.change.old?.text, oc.oldA, o, nc.change.new?.text, nc.newA, n)
      : undefined;
  const tp = tpd?.renames;
  const lang = oc.oldA?.lang ?? nc.newA?.lang ?? 'typescript';
  // A namespace import dropped or added by the change: its qualifier is spelling (namespace-qualifiers.ts).
  const oldNs = readTypeParams ? namespaceAliases(oc.oldA, oc.change.old?.text) : new Set<string>();
  const newNs = readTypeParams ? namespaceAliases(nc.newA, nc.change.new?.text) : new Set<string>();
  const oSig = withoutQualifiers(o.signature, onlyHere(oldNs, newNs));
  const nSig = withoutQualifiers(n.signature, onlyHere(newNs, oldNs));
  const aligned = alignTypes(oSig, nSig, ctx.declaredRenames(), tp, lang);
  const bounded = tpd !== undefined && tpd.bounds.size > 0;
  const base = bounded ? withBounds(aligned, tpd.bounds, 'old', lang) : aligned;
  const head = bounded ? withBounds(nSig, tpd.bounds, 'new', lang) : nSig;
  const allowOptional = ctx.policy.config.publicApi.allowOptionalParams;
  let sd = diffSignature(base, head);
  let compatible = !sd.detail.length || isCompatibleChange(base, head, lang, allowOptional);
  if (conventionChanged(o, n) && !literalStillHolds(o, n, oc.oldA, oc.change.old?.text, nc.newA, nc.change.new?.text)) {
    sd = { detail: sd.detail.includes('kind') ? sd.detail : [...sd.detail, 'kind'], decoratorsChanged: sd.decoratorsChanged };
    compatible = false;
  }
  // Which signatures the token shows and where it lies: the first one's, unless only a later
  // overload changed — then that overload's, over the whole declaration (its range runs to the
  // last signature, symbols/typescript.ts foldOverloads). Handlebars 1fc4ef09c1 changed the second
  // `registerPartial` of its typings: the token lay on the unchanged first line, showing the same
  // signature twice, and I3 found the changed line unexplained.
  let shown: [Signature, Signature] = [o.signature, n.signature];
  let wholeDeclaration = false;
  if (o.overloads || n.overloads) {
    const ov = diffOverloads(o.overloads ?? [], n.overloads ?? [], (a, b) => alignTypes(a, b, ctx.declaredRenames(), tp, lang), lang, allowOptional);
    if (ov.detail.length) {
      if (!sd.detail.length && ov.first) shown = ov.first;
      wholeDeclaration = true;
      sd = { detail: [...new Set([...sd.detail, ...ov.detail])], decoratorsChanged: sd.decoratorsChanged };
      compatible = compatible && ov.compatible;
    }
  }
  if (!sd.detail.length) {
    if (facts && !readTypeParams) {
      facts.sigSame = { decoratorsChanged: sd.decoratorsChanged };
      facts.sigRenames = ctx.declaredRenamesKey();
    }
    return sd;
  }
  const whole = bodyChanged || wholeDeclaration;
  const r = whole ? n.range : n.sigRange;
  ctx.emit('MODIFY_SIG', p.new.file, span(r), {
    ...common, before: sigPayload(shown[0]), after: sigPayload(shown[1]),
    baseRange: baseSpan(whole ? o.range : o.sigRange),
    ...(compatible ? { effectiveWeight: ctx.policy.compatibleSigWeight(ctx.policy.moduleOf(p.new.file), p.new.file) } : {}),
    meta: {
      detail: sd.detail, bodyChanged, compatible,
      ...(sd.decoratorsChanged ? { decorators: { before: o.signature.decorators, after: n.signature.decorators } } : {}),
    },
  });
  if (bodyChanged) markPairOwn(pc);
  else if (wholeDeclaration) {
    nc.cov.markNew(n.range.line, n.range.endLine);
    oc.cov.markOld(o.range.line, o.range.endLine);
  } else {
    nc.cov.markNew(n.sigRange.line, n.sigRange.endLine);
    oc.cov.markOld(o.sigRange.line, o.sigRange.endLine);
  }
  return sd;
}

/**
 * A method that became a plain function, or the reverse: callers switch between `this.f(…)` /
 * `obj.f(…)` and `f(…)`, a calling-convention change (§3.3 MODIFY_SIG "kind"; docs/accuracy.md
 * labelling convention "a module function that becomes a method, or the reverse, is a breaking
 * MODIFY_SIG"). Python shows it in `self`; a TS/JS signature does not (held-out batch 17a, xstate
 * 09d3b42d: `Interpreter.reportUnhandledExceptionOnInvocation` moved verbatim to utils.ts).
 */
const conventionChanged = (o: SymbolInfo, n: SymbolInfo): boolean =>
  o.kind !== 'class' && n.kind !== 'class' && (o.kind === 'method') !== (n.kind === 'method') && !constructorOf(o, n);

/**
 * A method of a module-level object literal (`const locale = { months: (…) => … }`) that became a
 * module function the same literal still holds under its name (`const months = (…) => …` with
 * `{ months, … }` or `months: months`), or the reverse: callers still call `locale.months(…)`, so
 * the calling convention did not change (§3.3 MODIFY_SIG "kind" is about how the function is
 * called; held-out batch 23a, dayjs bf347c36 `ru.js`). A class's method is not such a member.
 */
function literalStillHolds(o: SymbolInfo, n: SymbolInfo, oldA: FileAnalysis | undefined, oldText: string | undefined, newA: FileAnalysis | undefined, newText: string | undefined): boolean {
  if (o.name !== n.name) return false;
  const [member, memberA, fn, fnText] = o.kind === 'method' ? [o, oldA, n, newText] : [n, newA, o, oldText];
  if (member.kind !== 'method' || fn.kind === 'method' || fn.container !== undefined || !member.container || member.container.includes('.')) return false;
  if (!memberA || memberA.symbols.some((s) => s.kind === 'class' && s.qualname === member.container)) return false;
  return fnText !== undefined && literalKeys(fnText, member.container).has(`${fn.name}=${fn.name}`);
}

/** The `key=value` pairs of the plain-name properties (`a`, `a: b`) at the top level of `const name = {…}`. */
function literalKeys(text: string, name: string): Set<string> {
  const out = new Set<string>();
  const decl = new RegExp(`\\b(?:const|let|var)\\s+${name.replace(/[$]/g, '\\$&')}\\s*=\\s*\\{`).exec(text);
  if (!decl) return out;
  let depth = 1;
  let segment = '';
  const flush = () => {
    const m = /^\s*([A-Za-z_$][\w$]*)\s*(?::\s*([A-Za-z_$][\w$]*)\s*)?$/.exec(segment);
    if (m) out.add(`${m[1]}=${m[2] ?? m[1]}`);
    segment = '';
  };
  for (let i = decl.index + decl[0].length; i < text.length && depth > 0; i++) {
    const ch = text[i];
    if (ch === '"' || ch === "'" || ch === '`') {
      const end = text.indexOf(ch, i + 1);
      if (end < 0) break;
      if (depth === 1) segment += 'S';
      i = end;
      continue;
    }
    if (ch === '{' || ch === '(' || ch === '[') depth++;
    else if (ch === '}' || ch === ')' || ch === ']') depth--;
    if (depth === 0) break;
    if (depth === 1) {
      if (ch === ',') flush();
      else if (ch !== '}' && ch !== ')' && ch !== ']') segment += ch;
      else segment += 'X';
    }
  }
  flush();
  return out;
}

/** `function C` paired with `C.constructor` (pairing.ts `pairFunctionConstructors`): both are called `new C(…)`. */
const constructorOf = (o: SymbolInfo, n: SymbolInfo): boolean => n.name === 'constructor' && n.container === o.qualname;

/** Is a header line (name … body opening) of `sym` or of a declaration enclosing it in the diff? */
function headerTouched(c: ChangeCtx, side: 'old' | 'new', a: FileAnalysis | undefined, sym: SymbolInfo): boolean {
  if (!a) return false;
  return declarationChain(a, sym).some((x) => touches(c, side, x.sigRange.line, x.sigRange.endLine));
}

/** Does the signature annotate a parameter or its return (only then can type parameters matter)? */
const typed = (s: Signature) => s.returnType !== undefined || s.params.some((p) => p.type !== undefined);

/**
 * The overload signatures after the first of a function declared only by overloads (`.d.ts`;
 * symbols/typescript.ts `overloads`), compared by position (held-out batch 4, commander
 * e85e05a5). An overload added is one more way to call the function (compatible); one removed
 * breaks the calls that used it.
 */
function diffOverloads(
  a: readonly Signature[], b: readonly Signature[], align: (x: Signature, y: Signature) => Signature, lang: Lang, allowOptional: boolean,
): { detail: SigDetail[]; compatible: boolean; first?: [Signature, Signature] } {
  const detail = new Set<SigDetail>();
  let compatible = true;
  let first: [Signature, Signature] | undefined;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (!x || !y) {
      detail.add('arity');
      if (!y) compatible = false;
      continue;
    }
    const ax = align(x, y);
    const d = diffSignature(ax, y);
    if (d.detail.length && !first) first = [x, y];
    for (const k of d.detail) detail.add(k);
    if (d.detail.length && !isCompatibleChange(ax, y, lang, allowOptional)) compatible = false;
  }
  return { detail: [...detail], compatible, ...(first ? { first } : {}) };
}
