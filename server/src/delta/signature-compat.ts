// Signature compatibility (spec §3.7 I2 parameter rules; spec §3.3 MODIFY_SIG meta.compatible).
// The one place that judges a signature change: I2 (gates/i2-contracts.ts) turns the findings
// into port verdicts, the signatures emitter (emit-signatures.ts) into `meta.compatible` and the
// MODIFY_SIG weight. Engine-level and pure: delta/ never imports gates/.
//
// FAIL: a parameter removed, renamed where callers may pass it by name (Python keywords),
// reordered, made required, made keyword-only; a required parameter added; an optional one
// inserted before existing parameters; a parameter type provably narrowed or incompatible
// (type-change.ts: a rewrite the text cannot decide is REVIEW); a calling-convention change. REVIEW: an optional parameter
// added at the end when `public_api.allow_optional_params` is false; return type changed; async
// added/removed. PASS: the rest (optional parameter at the end when allowed, rest parameter
// added, type widened, positional-only rename).
import type { Lang, Param, Signature } from '../symbols/types';
import { paramTypeFinding, typeRelation } from './type-change';
import { canonicalType, sameQuotes, splitTop, unionMembers, widens, type PortFinding } from './type-text';

export { canonicalType, splitTop, unionMembers, widens };

export type { PortFinding, PortVerdict } from './type-text';

/**
 * MODIFY_SIG's `meta.compatible` (spec §3.3): I2's rules accept the change — no finding is FAIL
 * or REVIEW under the same `allowOptional` policy I2 uses.
 */
export function isCompatibleChange(a: Signature, b: Signature, lang: Lang, allowOptional: boolean): boolean {
  return compareSignatures(a, b, lang, allowOptional).every((f) => f.verdict === 'PASS');
}

const positional = (p: Param) => !p.rest && !p.kwOnly;

/**
 * A Python parameter named private (`_key`, `__x`): the convention before PEP 570 for "pass me by
 * position" (typeshed writes positional-only parameters `__x`) and for internal hooks. A rename of
 * one, or the removal of an optional one, breaks no caller of the public API — REVIEW, not FAIL,
 * and still no `compatible` MODIFY_SIG (werkzeug 37b9423dfd `Headers.add(_key, _value)` →
 * `add(key, value, /)`, rich f000c31491 `cell_len(text, _cell_len=…)`); `self`/`cls` are never it.
 */
const privateParam = (p: Param) => p.name.startsWith('_') && !/^__\w+__$/.test(p.name);

/** Findings for one public callable whose name stayed (spec §3.7 I2 parameter rules). */
export function compareSignatures(a: Signature, b: Signature, lang: Lang, allowOptional: boolean): PortFinding[] {
  const out: PortFinding[] = [];
  const byKeyword = lang === 'python';
  const posA = a.params.filter(positional);
  const posB = b.params.filter(positional);
  const newByName = new Map(b.params.map((p) => [p.name, p] as const));
  const oldNames = new Set(a.params.map((p) => p.name));
  const hadPositionalRest = a.params.some((p) => p.rest && !p.kwRest);
  const renamedTo = new Map<string, Param>();
  for (const p of a.params) {
    if (p.rest) {
      const q = b.params.find((x) => x.rest && !!x.kwRest === !!p.kwRest);
      if (!q) out.push({ verdict: 'FAIL', reason: `parameter ${p.kwRest ? '**' : byKeyword ? '*' : '...'}${p.name} removed` });
      // A rest parameter's type is a parameter type like any other (held-out batch 13, poetry
      // 4ed5e1a8 `*overrides: dict[DependencyPackage, …]` → `dict[Package, …]`): judged the same way.
      else if (p.type && q.type && p.type !== q.type) out.push(paramTypeFinding(`${p.kwRest ? '**' : byKeyword ? '*' : '...'}${q.name}`, p.type, q.type, lang));
      continue;
    }
    let q = newByName.get(p.name);
    const i = posA.indexOf(p);
    if (!q) {
      // Same position, a name the base did not have: a rename (§3.7 I2) — also when parameters were
      // appended or dropped in the same change (held-out batch 15b, typeorm a1c6bb00
      // `orUpdate(statement?)` → `orUpdate(statementOrOverwrite?, conflictTarget?)`: a positional
      // rename plus an optional parameter appended, not "statement removed").
      const cand = positional(p) ? posB[i] : undefined;
      if (cand && !oldNames.has(cand.name)) {
        renamedTo.set(cand.name, p);
        if (byKeyword && !p.posOnly && !privateParam(p)) out.push({ verdict: 'FAIL', reason: `parameter ${p.name} renamed to ${cand.name} (callers may pass it by keyword)` });
        else if (byKeyword && !p.posOnly) out.push({ verdict: 'REVIEW', reason: `parameter ${p.name} renamed to ${cand.name} (a private name: only a caller passing it by keyword breaks)` });
        else out.push({ verdict: 'PASS', reason: `parameter ${p.name} renamed to ${cand.name} (positional only, callers unaffected)` });
        q = cand;
      } else {
        // TS/JS: a leading parameter folded into a rest parameter that now starts at or before
        // it (ufo f7d47110af `joinURL(base, ...input)` → `joinURL(...input)`): every call that
        // worked still binds, its argument now one of the rest's (Python callers may have passed it
        // by keyword: removed). Same element type: PASS; another: its type is judged.
        const restB = !byKeyword && positional(p) ? b.params.find((x) => x.rest && !x.kwRest) : undefined;
        if (restB && b.params.indexOf(restB) <= i) {
          const elem = restB.type ? restElement(restB.type) : undefined;
          if (!p.type || !restB.type || (elem !== undefined && canonicalType(elem) === canonicalType(p.type))) out.push({ verdict: 'PASS', reason: `parameter ${p.name} folded into ...${restB.name} (callers' arguments still bind)` });
          else out.push({ verdict: 'REVIEW', reason: `parameter ${p.name} folded into ...${restB.name}: ${p.type} → ${restB.type}` });
          continue;
        }
        // An optional parameter with a private name: an internal hook no caller of the public
        // API passes (werkzeug 37b9423dfd dropped `Headers.__getitem__(key, _get_mode=False)`).
        if (byKeyword && privateParam(p) && (p.optional || p.hasDefault)) out.push({ verdict: 'REVIEW', reason: `optional private parameter ${p.name} removed (only a caller passing it breaks)` });
        else out.push({ verdict: 'FAIL', reason: `parameter ${p.name} removed` });
        continue;
      }
    } else if (positional(p) && positional(q) && posB.indexOf(q) !== i) {
      out.push({ verdict: 'FAIL', reason: `parameter ${p.name} reordered (position ${i + 1} → ${posB.indexOf(q) + 1})` });
    }
    const optA = p.optional || p.hasDefault;
    const optB = q.optional || q.hasDefault;
    if (optA && !optB) out.push({ verdict: 'FAIL', reason: `parameter ${p.name} made required` });
    if (!p.kwOnly && q.kwOnly) out.push({ verdict: 'FAIL', reason: `parameter ${p.name} made keyword-only` });
    if (p.type && q.type && p.type !== q.type) out.push(paramTypeFinding(p.name, p.type, q.type, lang));
  }
  for (let j = 0; j < b.params.length; j++) {
    const q = b.params[j];
    if (oldNames.has(q.name) || renamedTo.has(q.name)) continue;
    if (q.rest) continue; // a new ...rest / *args / **kwargs accepts what callers passed before
    if (!(q.optional || q.hasDefault) && !q.kwRest) {
      // Split out of a positional rest the base already had (ufo 69e26f8983 `joinURL(...input)` →
      // `joinURL(base, ...input)`): every call passing an argument still binds; only a call with
      // none breaks (REVIEW).
      const restAfter = hadPositionalRest && !q.kwOnly && b.params.slice(j + 1).some((x) => x.rest && !x.kwRest);
      if (restAfter && b.params.slice(0, j).every((x) => oldNames.has(x.name))) {
        out.push({ verdict: 'REVIEW', reason: `required parameter ${q.name} split out of the rest parameter (a call passing no argument breaks)` });
        continue;
      }
      out.push({ verdict: 'FAIL', reason: `required parameter ${q.name} added` });
      continue;
    }
    // A positional rest parameter the base already had (`*args`, `...rest`) is an existing
    // parameter: what callers passed into it now binds q (held-out batch 19c, structlog 0e209d95:
    // `logger=None` inserted before `*args, **kwargs` takes the 5th positional argument that went
    // on to logging.Formatter). A `**kwargs`, or a rest added in this change, receives nothing
    // positional that callers passed before.
    const atEnd = b.params.slice(j + 1).every((x) => (x.rest ? x.kwRest || !hadPositionalRest : !oldNames.has(x.name) && (x.optional || x.hasDefault)));
    if (!atEnd && !q.kwOnly) out.push({ verdict: 'FAIL', reason: `optional parameter ${q.name} inserted before existing parameters` });
    else out.push({ verdict: allowOptional ? 'PASS' : 'REVIEW', reason: `optional parameter ${q.name} added at the end` });
  }
  if ((a.callKind ?? '') !== (b.callKind ?? '')) out.push({ verdict: 'FAIL', reason: `calling convention changed (${a.callKind ?? 'plain'} → ${b.callKind ?? 'plain'})` });
  // A Python return annotation only re-spelled (`t.List["te.Self"]` → `list[te.Self]`,
  // type-change.ts pythonSpelling) is the same type.
  const respelled = lang === 'python' && !!a.returnType && !!b.returnType && typeRelation(a.returnType, b.returnType, lang) === 'same';
  if ((a.returnType ?? '') !== (b.returnType ?? '') && a.returnType && b.returnType && !respelled) out.push({ verdict: 'REVIEW', reason: `return type changed: ${a.returnType} → ${b.returnType}` });
  if (a.async !== b.async) out.push({ verdict: 'REVIEW', reason: `${b.async ? 'became' : 'no longer'} async (callers get ${b.async ? 'a promise/coroutine' : 'a plain value'})` });
  return out;
}

/** Union members of a type text: `A | B`, `Union[A, B]`, `Optional[A]`. */
/**
 * `(a: A) => R` → `(a: A, ctx: C) => R`: a function type that only gained trailing parameters.
 * A callback the user wrote for the old type still fits the new one (TS accepts functions with
 * fewer parameters), so an option or hook type changed this way breaks no caller.
 */
export function onlyTrailingParamsAdded(oldT: string, newT: string): boolean {
  const fn = (t: string) => {
    const s = t.replace(/\s+/g, ' ').trim();
    if (!s.startsWith('(')) return undefined;
    let depth = 0;
    for (let i = 0; i < s.length; i++) {
      const ch = s[i];
      if ('([{<'.includes(ch)) depth++;
      else if (')]}'.includes(ch) || (ch === '>' && s[i - 1] !== '=')) depth--;
      if (depth === 0) {
        const rest = s.slice(i + 1).trim();
        if (!rest.startsWith('=>')) return undefined;
        return { params: splitTop(s.slice(1, i), ',').filter(Boolean), ret: rest.slice(2).trim() };
      }
    }
    return undefined;
  };
  const a = fn(oldT);
  const b = fn(newT);
  if (!a || !b || a.ret !== b.ret || b.params.length <= a.params.length) return false;
  return a.params.every((p, i) => p === b.params[i]);
}

/** Arms of a union (≥ 2 arms) that the new type no longer lists; empty when not a union. */
export function lostArms(oldT: string, newT: string): string[] {
  // A function type `(…) => A | B` is not a union of its own: its arms belong to the return type.
  if (hasTopLevelArrow(oldT) || hasTopLevelArrow(newT)) return [];
  const o = unionMembers(oldT);
  if (o.length < 2) return [];
  const arms = unionMembers(newT);
  // Compared by value: `"each"` and `'each'` are one arm (type-text.ts sameQuotes).
  const n = new Set(arms.map(sameQuotes));
  // An arm rewritten is not an arm lost (FAIL needs proof, docs/gates.md): the same generic with
  // other type arguments (xstate e6f6ec42e0: `ActiveMachineSnapshot<…, TConfig>` →
  // `ActiveMachineSnapshot<…>`), or a function type that only gained trailing parameters
  // (xstate 28c9961bb6: `(() => void)` → `((enq?: E) => void)`).
  const rewritten = (m: string) => arms.some((x) => {
    const h = genericHead(m);
    return (h !== undefined && h === genericHead(x)) || onlyTrailingParamsAdded(unparen(m), unparen(x));
  });
  const lost = o.filter((m) => !n.has(sameQuotes(m)) && !rewritten(m));
  // A new arm that is a name or type expression the old union did not list (not a primitive or
  // literal, not a rewrite of an old arm) may stand for the arms that went: elysia 7acc183b59
  // turned `string | boolean | number | Cb` into `Errors[keyof Errors]`, whose values include
  // them all. Only the checker can tell; FAIL needs proof (docs/gates.md), so nothing is proven lost.
  if (lost.length && arms.some((x) => !o.some((m) => sameQuotes(m) === sameQuotes(x)) && !isPrimitiveOrLiteral(x) && !o.some((m) => sameGeneric(m, x)))) return [];
  return lost;
}

const sameGeneric = (a: string, b: string): boolean => {
  const h = genericHead(a);
  return h !== undefined && h === genericHead(b);
};

/** A keyword type or a literal type: an arm whose values the text states exactly. */
const isPrimitiveOrLiteral = (arm: string): boolean =>
  /^(?:string|number|boolean|bigint|symbol|null|undefined|void|never|None|int|str|float|bool|bytes|true|false)$/.test(arm) ||
  /^-?\d[\d_.]*n?$/.test(arm) || /^(['"`]).*\1$/.test(arm);

/** `Name` of a generic instantiation `Name<…>` (qualified names too), else undefined. */
function genericHead(arm: string): string | undefined {
  return /^([A-Za-z_$][\w$.]*)\s*<[^]*>$/.exec(arm.trim())?.[1];
}

/** `(X)` → `X` when the parentheses enclose the whole text. */
function unparen(t: string): string {
  const s = t.trim();
  if (!s.startsWith('(') || !s.endsWith(')')) return s;
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')') depth--;
    if (depth === 0 && i < s.length - 1) return s;
  }
  return s.slice(1, -1).trim();
}

function hasTopLevelArrow(t: string): boolean {
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    if ('([{<'.includes(ch)) depth++;
    else if (')]}'.includes(ch) || (ch === '>' && t[i - 1] !== '=')) depth--;
    else if (ch === '>' && depth === 0) return true;
  }
  return false;
}

/** The element type of a rest parameter's array type (`string[]`, `Array<string>`, `readonly T[]`), or undefined. */
function restElement(t: string): string | undefined {
  const x = t.trim().replace(/^readonly\s+/, '');
  const arr = /^(.*)\[\]$/.exec(x);
  if (arr) return arr[1].replace(/^\((.*)\)$/, '$1');
  const gen = /^(?:Readonly)?Array<(.*)>$/.exec(x);
  return gen?.[1];
}
