// How a type annotation changed, as far as its text can tell (spec §3.7 I2; decision in
// docs/gates.md "FAIL needs proof"). I2 blocks a merge, so it FAILs only what the text proves
// breaks callers: a union that lost arms, a primitive turned into another, a function type
// whose parameters narrowed or whose result now includes values callers never handled. A type
// rewritten into other names (`Buffer → Uint8Array`, `HTTPError → Error`,
// `CacheableLookup['lookup'] → LookupFunction`) may or may not be compatible — that needs the
// type checker, not a diff — so it is REVIEW with the reason, not a block. On got and ky every
// such FAIL of the issue 17 backtest was read: 5 of 8 were compatible.
import { canonicalType, closingParen, splitTop, unionMembers, widens, type PortFinding } from './type-text';

export type TypeRelation = 'same' | 'wider' | 'narrower' | 'incompatible' | 'unknown';

const PRIMITIVES = new Set(['string', 'number', 'boolean', 'bigint', 'symbol', 'null', 'undefined', 'void', 'None', 'int', 'str', 'float', 'bool', 'bytes']);

/** The primitive a keyword or literal arm belongs to, or undefined for any other type. */
function primitiveOf(arm: string): string | undefined {
  if (PRIMITIVES.has(arm)) return arm;
  if (/^-?\d[\d_.]*n?$/.test(arm)) return arm.endsWith('n') ? 'bigint' : 'number';
  if (/^(['"`]).*\1$/.test(arm)) return 'string';
  if (arm === 'true' || arm === 'false') return 'boolean';
  return undefined;
}

/** Does arm `a` accept every value of arm `b` (same text, or `b` a literal of primitive `a`)? */
const covers = (a: string, b: string) => a === b || (PRIMITIVES.has(a) && primitiveOf(b) === a);

/** `lang`: the file's language (widens: Python's collection hierarchy applies to Python only). */
export function typeRelation(oldT: string, newT: string, lang?: string): TypeRelation {
  if (lang === 'python') {
    oldT = pythonSpelling(oldT);
    newT = pythonSpelling(newT);
  }
  if (canonicalType(oldT) === canonicalType(newT)) return 'same';
  if (widens(oldT, newT, lang)) return 'wider';
  if (widens(newT, oldT, lang)) return 'narrower';
  const o = unionMembers(canonicalType(oldT));
  const n = unionMembers(canonicalType(newT));
  if ([...o, ...n].every((x) => primitiveOf(x) !== undefined)) {
    const newCovers = o.every((x) => n.some((y) => covers(y, x)));
    const oldCovers = n.every((y) => o.some((x) => covers(x, y)));
    return newCovers ? 'wider' : oldCovers ? 'narrower' : 'incompatible';
  }
  return 'unknown';
}

/**
 * One spelling for a Python annotation, so that rewriting it in the modern style is no change
 * (markupsafe 6e353f9027: `t.Union[str, "HasHTML"]` → `str | HasHTML`, `t.Optional[str]` → `str |
 * None`, `t.Mapping[str, t.Any]` → `cabc.Mapping[str, t.Any]`, `"te.SupportsIndex"` →
 * `t.SupportsIndex` — each a REVIEW "rewritten" before): the typing and collections.abc module
 * qualifiers dropped (`typing.`, `typing_extensions.`, `collections.abc.` and their usual aliases
 * `t.`, `te.`, `cabc.`), `Union[…]`/`Optional[…]` written with `|`, PEP 585's builtin generics for
 * typing's aliases (`List[int]` → `list[int]`), and a quoted forward reference unquoted — not in a
 * type holding a `Literal[…]`, whose strings are values.
 */
export function pythonSpelling(t: string): string {
  let s = t.replace(/(?<![\w.])(?:typing_extensions|typing|collections\.abc|te|t|cabc)\.(?=[A-Za-z_])/g, '');
  if (!/\bLiteral\[/.test(s)) s = s.replace(/(["'])([A-Za-z_][\w.]*)\1/g, (_, _q, name: string) => pythonSpelling(name));
  s = s.replace(/(?<![\w.])(List|Dict|Tuple|Set|FrozenSet|Type)\[/g, (_, n: string) => `${n.toLowerCase()}[`);
  return unionsWithBars(s);
}

/** `Union[A, B]` → `A | B`, `Optional[A]` → `A | None`, outermost first, its arguments in turn. */
function unionsWithBars(s: string): string {
  for (let guard = 0; guard < 32; guard++) {
    const m = /(?<![\w.])(Union|Optional)\[/.exec(s);
    if (!m) return s;
    const open = m.index + m[0].length - 1;
    const rel = closingParen(s.slice(open));
    if (rel < 0) return s;
    const close = open + rel;
    const args = splitTop(s.slice(open + 1, close), ',').map((x) => unionsWithBars(x.trim())).filter(Boolean);
    const text = (m[1] === 'Optional' ? [...args, 'None'] : args).join(' | ');
    // Beside another union's `|` the arms stay one: `A | (B | None)`.
    const besideBar = s.slice(0, m.index).trimEnd().endsWith('|') || s.slice(close + 1).trimStart().startsWith('|');
    s = s.slice(0, m.index) + (besideBar && text.includes('|') ? `(${text})` : text) + s.slice(close + 1);
  }
  return s;
}

/** A parameter's annotation changed (input position: callers pass values of the old type). */
/** An annotation that declares nothing: Python's `Any`, TypeScript's `any`. */
const UNTYPED = /^(?:typing\.|t\.)?Any$|^any$/;

/**
 * An annotation that declares nothing: `Any`/`any`, or a union with such an arm, which accepts
 * anything too (`t.Any | None`; click 5e906a8afb typed `default: t.Any | None` as `V | str | None`
 * — once the typing qualifier was read, that was a FAIL).
 */
export function untypedAnnotation(t: string, lang?: string): boolean {
  return UNTYPED.test(t.trim()) || unionMembers(canonicalType(lang === 'python' ? pythonSpelling(t) : t)).some((a) => UNTYPED.test(a));
}

export function paramTypeFinding(name: string, oldT: string, newT: string, lang?: string): PortFinding {
  // `Any` / `any` declared nothing: a type written in its place documents what callers were meant
  // to pass — which of their arguments fall outside it the text cannot tell (alembic 91a51160fb
  // typed `server_default: Any` as `Union[_ServerDefaultType, None, Literal[False]]`; I2 failed it
  // as a narrowing). `unknown` and `object` are types, and narrowing them stays a FAIL.
  // `Any` → `t.Any` (the typing module under another name; werkzeug 37b9423dfd's stubs against
  // its module) declares nothing on either side: no narrowing.
  // Python's `object` takes every value too (click bc36cd1a2b: `message: t.Any | None` → `object`)
  // — as the new annotation only: `object` → `str` is a narrowing and stays one.
  const takesAll = (t: string) => untypedAnnotation(t, lang) || (lang === 'python' && unionMembers(canonicalType(pythonSpelling(t))).includes('object'));
  if (untypedAnnotation(oldT, lang) && takesAll(newT)) return { verdict: 'PASS', reason: `parameter ${name} untyped on both sides: ${oldT} → ${newT}` };
  if (untypedAnnotation(oldT, lang)) return { verdict: 'REVIEW', reason: `parameter ${name} typed: ${oldT} → ${newT} (was untyped; whether callers' arguments fit cannot be told from the text)` };
  const r = typeRelation(oldT, newT, lang);
  if (r === 'same' || r === 'wider') return { verdict: 'PASS', reason: `parameter ${name} type widened: ${oldT} → ${newT}` };
  if (r === 'narrower') return { verdict: 'FAIL', reason: `parameter ${name} type narrowed: ${oldT} → ${newT}` };
  if (r === 'incompatible') return { verdict: 'FAIL', reason: `parameter ${name} type changed: ${oldT} → ${newT}` };
  return { verdict: 'REVIEW', reason: `parameter ${name} type rewritten: ${oldT} → ${newT} (whether callers' arguments still fit cannot be told from the text)` };
}

interface CallSig {
  /** Parameter types and result with type parameters renamed by position (for comparing). */
  params: string[];
  ret: string;
  /** As written (for messages). */
  raw: { params: string[]; ret: string };
}

/**
 * The call signatures of a function type or an object type made only of call signatures:
 * `<J = T>() => Promise<J>` and `{ <J = T>(): Promise<J>; <S>(s: S): R }`. Type parameters are
 * renamed by position (`J` → `$0`), so a renamed type parameter is the same signature.
 */
export function callSignatures(t: string): CallSig[] | undefined {
  const s = t.replace(/\s+/g, ' ').trim();
  if (s.startsWith('{') && s.endsWith('}')) {
    const parts = splitTop(s.slice(1, -1), ';').filter(Boolean);
    const sigs = parts.map((p) => oneSignature(p, ':'));
    return sigs.length && sigs.every(Boolean) ? (sigs as CallSig[]) : undefined;
  }
  const one = oneSignature(s, '=>');
  return one ? [one] : undefined;
}

function oneSignature(text: string, arrow: '=>' | ':'): CallSig | undefined {
  let s = text.trim();
  const typeParams: string[] = [];
  if (s.startsWith('<')) {
    const end = closing(s, 0);
    if (end < 0) return undefined;
    for (const tp of splitTop(s.slice(1, end), ',')) {
      const m = /^([A-Za-z_$][\w$]*)/.exec(tp.trim());
      if (m) typeParams.push(m[1]);
    }
    s = s.slice(end + 1).trim();
  }
  if (!s.startsWith('(')) return undefined;
  const end = closing(s, 0);
  if (end < 0) return undefined;
  const rest = s.slice(end + 1).trim();
  if (!rest.startsWith(arrow)) return undefined;
  const stripName = (p: string) => p.replace(/^[\w$]+\??\s*:\s*/, '');
  const raw = { params: splitTop(s.slice(1, end), ',').filter(Boolean).map(stripName), ret: rest.slice(arrow.length).trim() };
  let params = raw.params;
  let ret = raw.ret;
  typeParams.forEach((name, i) => {
    const re = new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');
    params = params.map((p) => p.replace(re, `$${i}`));
    ret = ret.replace(re, `$${i}`);
  });
  return { params, ret, raw };
}

function closing(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const ch = s[i];
    if ('([{<'.includes(ch)) depth++;
    else if (')]}'.includes(ch) || (ch === '>' && s[i - 1] !== '=')) {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

const unwrapPromise = (t: string) => /^Promise<(.*)>$/.exec(t.trim())?.[1] ?? t;

/**
 * A member of an exported type whose type is a function (or a set of overloads) changed:
 * undefined when no finding. Which side is the caller decides the direction: a method the
 * library provides (`json(): Promise<J>`) is called by users — its parameters are inputs
 * (narrowed = FAIL) and its result an output (widened = FAIL); an optional member of an options
 * or hooks type (`parseJson?: (text) => unknown`) is written by users and called by the library
 * — the other way round, and fewer parameters passed breaks callbacks that read them.
 */
export function functionMemberFinding(label: string, oldT: string, newT: string, userWritten = false): PortFinding | undefined {
  const a = callSignatures(oldT);
  const b = callSignatures(newT);
  if (!a || !b) return undefined;
  const key = (c: CallSig) => `${c.params.map(canonicalType).join(',')}=>${canonicalType(c.ret)}`;
  const kept = new Set(b.map(key));
  const rest = a.filter((c) => !kept.has(key(c)));
  if (!rest.length) return { verdict: 'PASS', reason: `${label}: every old call signature is still there${b.length > a.length ? ` (${b.length - a.length} overload(s) added)` : ''}` };
  if (b.length < a.length) return { verdict: 'FAIL', reason: `${label}: ${a.length - b.length} overload(s) removed` };
  const findings: PortFinding[] = [];
  // What breaks: an input of the called side narrowed, an output it gives widened.
  const [inBreak, outBreak] = userWritten ? ['wider', 'narrower'] : ['narrower', 'wider'];
  for (const c of rest) {
    const d = b[a.indexOf(c)];
    if (!d) continue;
    if (userWritten && d.params.length < c.params.length) findings.push({ verdict: 'FAIL', reason: `${label}: ${c.params.length - d.params.length} parameter(s) no longer passed to the callback` });
    for (let i = 0; i < c.params.length; i++) {
      const q = d.params[i];
      if (q === undefined) continue; // fewer parameters: a caller's extra argument is ignored
      const r = typeRelation(c.params[i], q);
      const was = c.raw.params[i];
      const now = d.raw.params[i];
      if (r === inBreak || r === 'incompatible') findings.push({ verdict: 'FAIL', reason: `${label}: parameter ${i + 1} ${r === 'incompatible' ? 'changed' : r === 'wider' ? 'widened' : 'narrowed'}: ${was} → ${now}` });
      else if (r === 'unknown') findings.push({ verdict: 'REVIEW', reason: `${label}: parameter ${i + 1} rewritten: ${was} → ${now}` });
    }
    const r = typeRelation(unwrapPromise(c.ret), unwrapPromise(d.ret));
    if (r === outBreak || r === 'incompatible') {
      findings.push({ verdict: 'FAIL', reason: userWritten ? `${label}: the callback must now return ${d.raw.ret} (was ${c.raw.ret})` : `${label}: result widened, callers now receive ${d.raw.ret} (was ${c.raw.ret})` });
    } else if (r === 'unknown') findings.push({ verdict: 'REVIEW', reason: `${label}: result rewritten: ${c.raw.ret} → ${d.raw.ret}` });
  }
  if (!findings.length) return { verdict: 'PASS', reason: `${label}: changed compatibly for its callers` };
  const fail = findings.find((f) => f.verdict === 'FAIL');
  return fail ?? findings[0];
}
