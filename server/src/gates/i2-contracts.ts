// I2 API contracts (spec §3.7). Compares the public API of both sides of every changed file:
// public = what the extractors flag `public` (exported top-level symbols and public methods of
// exported classes of non-test TS/JS files; Python names without `_`, restricted to `__all__`),
// narrowed by `public_api.paths`. Exported types count too (spec §3.3).
//
// FAIL: a public symbol removed, renamed or moved unless the old name stays exported (alias,
// re-export) or a deprecated adapter with the old name still forwards; a parameter removed,
// renamed where callers may pass it by name (Python keyword arguments), reordered, made
// required, made keyword-only; a required parameter added; a parameter type changed other than
// widened (new type a union containing the old one); a calling-convention change. REVIEW: an
// optional parameter added at the end (PASS when `public_api.allow_optional_params`), return
// type changed. A MODIFY_SIG break is PASS when a deprecated adapter keeping the old signature
// forwards to the new function (what the editor's quick fix writes, fixes/compat-adapter.ts).
// The parameter rules themselves are delta/signature-compat.ts (shared with MODIFY_SIG's
// meta.compatible, spec §3.3).
// Pure: reads the ChangeSet's analyses and the tokens (for rename/move wording).
import type { Policy } from '../config/policy';
import type { ChangeSet, FileChange } from '../delta/change-set';
import { accessorOf, sameNameSuccessors } from '../delta/pairing';
import { versionHunks } from '../util/line-diff';
import { symbolView } from '../delta/symbol-view';
import type { DeltaToken } from '../delta/token';
import { canonicalType, compareSignatures, lostArms, onlyTrailingParamsAdded, unionMembers, widens, type PortFinding, type PortVerdict } from '../delta/signature-compat';
import { functionMemberFinding, typeRelation, untypedAnnotation } from '../delta/type-change';
import { alignTypes, type DeclaredRenames } from '../delta/type-equivalence';
import { typeParamDelta, withBounds } from '../delta/type-params';
import { pythonTypeAliases, withPythonAliases } from '../delta/python-type-aliases';
import { ALIASED } from '../symbols/ts-types';
import type { FileAnalysis, Lang, Signature, SymbolInfo, TypeDecl, TypeMember } from '../symbols/types';
import type { GateLocation, GateStatus } from './decision';
import { inheritedMethod, inheritedTypeMember } from './inherited-members';
import { declaresPublic, inSurface, packageStillExports, resolvesToPath, type PublicSurface } from './public-surface';
import { keptByGetattr, keptByPackageInit, stubModule } from './python-kept-names';
import { ownMemo, setOwnMemo } from '../util/own-memo';

export type { PortFinding, PortVerdict };

export interface I2Port {
  /** `path:qualname` on the base side. */
  port: string;
  file: string;
  symbol: string;
  kind: string;
  verdict: PortVerdict;
  reasons: string[];
  /** Where the break shows in the head (the editor's diagnostic). */
  location: GateLocation;
  /** What happened to the port, for fixes (fixes/compat-adapter.ts); not part of the CLI artifacts. */
  change?: I2Change;
  /** The head symbol carrying the contract now: the same qualname after a signature change, the new one after a rename/move. */
  successor?: { file: string; symbol: string };
}

export type I2Change = 'signature' | 'renamed' | 'moved' | 'removed' | 'unexported' | 'module-moved' | 'type';

export interface I2Result {
  gate: 'I2';
  status: GateStatus;
  /**
   * Whose API was checked for TS/JS: `package` = the names the package's entry points export
   * (gates/public-surface.ts, `entries`), `files` = every exported symbol of every file (no
   * resolvable package entry, or none was read). Python: its own rule either way.
   */
  scope: { kind: 'package'; entries: string[] } | { kind: 'files' };
  ports: I2Port[];
  summary: { fail: number; review: number; pass: number };
}

const ORDER: PortVerdict[] = ['PASS', 'REVIEW', 'FAIL'];
const worstVerdict = (fs: PortFinding[]): PortVerdict => fs.reduce<PortVerdict>((w, f) => (ORDER.indexOf(f.verdict) > ORDER.indexOf(w) ? f.verdict : w), 'PASS');

export function evaluateI2(cs: ChangeSet, tokens: readonly DeltaToken[], policy: Policy, surface?: PublicSurface): I2Result {
  /** Outside the package's surface: a TS/JS name no user of the package can import (decision, docs/gates.md "Whose API"). */
  const internal = (a: FileAnalysis, qualname: string) => !!surface && a.lang !== 'python' && !inSurface(surface, a.path, qualname.split('.')[0]);
  /**
   * The package still exports the name from its new home (public-surface.ts packageStillExports):
   * a move inside a package that its entries follow is no break for its users.
   */
  const keeps: Keeps = (a, name, dest) => (surface && dest && a.lang !== 'python' ? packageStillExports(surface, cs, name, dest) : undefined);
  const ports: I2Port[] = [];
  let supported = false;
  const allowOptional = policy.config.publicApi.allowOptionalParams;
  for (const c of cs.changes) {
    // The symbols pairing sees (delta/symbol-view.ts): overload stubs (TS bodiless signatures,
    // Python `@overload`) declare one function's signatures; they are not its successor (click
    // d2e4a42f added `@t.overload` stubs above `convert_type`, read as its parameters narrowed).
    const oldA = symbolView(c.old?.analysis, c.old?.text);
    if (!oldA) {
      if (c.new?.analysis) supported = true;
      continue;
    }
    supported = true;
    // A file that does not parse keeps its symbols out of I2: a syntax error never makes the API look deleted (spec §3.1).
    if (c.new?.analysis && !c.new.analysis.ok) continue;
    if (!policy.mayBePublic(oldA.path) || surface?.pythonUnshipped?.has(oldA.path)) continue;
    const newA = c.status === 'D' ? undefined : symbolView(c.new?.analysis, c.new?.text);
    const moduleMoved = c.status === 'R' && c.old!.path !== c.new?.path;
    const shim = moduleMoved ? cs.changes.find((x) => x.new?.path === c.old!.path)?.new?.analysis : undefined;
    const successorOf = newA ? sameNameSuccessors(oldA.symbols, newA.symbols, () => versionHunks(c.old, c.new)) : () => undefined;
    for (const s of oldA.symbols) {
      if (!s.public || (s.kind === 'fn' && s.container) || internal(oldA, s.qualname) || UNSTABLE_IN_QUALNAME.test(s.qualname)) continue;
      const found = checkSymbol(s, oldA, c, newA, moduleMoved ? shim : newA, moduleMoved, tokens, allowOptional, successorOf, keeps, cs, surface?.pythonInits);
      if (found) ports.push(found);
    }
    for (const t of oldA.types) {
      if (!t.public || internal(oldA, t.qualname) || UNSTABLE_IN_QUALNAME.test(t.qualname)) continue;
      const found = checkType(t, oldA, c, newA, moduleMoved ? shim : newA, moduleMoved, keeps, cs);
      if (found) ports.push(found);
    }
  }
  ports.sort((a, b) => ORDER.indexOf(b.verdict) - ORDER.indexOf(a.verdict) || (a.port < b.port ? -1 : a.port > b.port ? 1 : 0));
  const summary = { fail: 0, review: 0, pass: 0 };
  for (const p of ports) summary[p.verdict === 'FAIL' ? 'fail' : p.verdict === 'REVIEW' ? 'review' : 'pass']++;
  const status: GateStatus = !supported ? 'N/A' : summary.fail ? 'FAIL' : summary.review ? 'REVIEW' : 'PASS';
  const packaged = !!surface && (surface.entries.length > 0 || !!surface.packages?.length);
  return { gate: 'I2', status, scope: packaged ? { kind: 'package', entries: surface.entries } : { kind: 'files' }, ports, summary };
}

/**
 * compareSignatures, remembered on the head signature (util/own-memo.ts, as the project's other
 * per-version memos: a WeakMap entry keyed by a keystroke's objects would outlive a scavenge).
 * I2 runs on every keystroke over every public symbol of a changed file; the base's signatures
 * never change and a member the edit did not touch keeps its signature object from one version
 * of the buffer to the next (symbols/analyze.ts placedSymbol shares it), so on a keystroke in
 * webpack's Compilation.js only the edited member's pair is compared again (issue 14, eleventh
 * pass). compareSignatures is pure; the base signature fixes the language, so the key is the base
 * signature and the policy flag.
 */
const FINDINGS = Symbol('i2.signatureFindings');
interface FindingsMemo {
  base: Signature;
  allowOptional: boolean;
  findings: PortFinding[];
}
function signatureFindings(a: Signature, b: Signature, lang: Lang, allowOptional: boolean): PortFinding[] {
  const known = ownMemo<FindingsMemo>(b, FINDINGS);
  if (known && known.base === a && known.allowOptional === allowOptional) return known.findings;
  return setOwnMemo<FindingsMemo>(b, FINDINGS, { base: a, allowOptional, findings: compareSpelled(a, b, lang, allowOptional) }).findings;
}

const NO_RENAMES: DeclaredRenames = { removed: new Map(), added: new Map() };

/**
 * compareSignatures after the spelling rules MODIFY_SIG applies (delta/type-equivalence.ts:
 * quotes of a forward reference, `typing.` qualifiers, Python's PEP 585 / 604 respellings): a type
 * respelled is no type change (§3.7: "a parameter's type annotation changed other than widened"),
 * so a commit whose Δ shows no MODIFY_SIG is not failed by I2 for it — pyupgrade's rewrites were
 * (held-out batch 14). Renames declared by the change are MODIFY_SIG's alone: I2 judges the
 * contract callers see, and a type renamed without an alias is a change for them.
 */
function compareSpelled(a: Signature, b: Signature, lang: Lang, allowOptional: boolean): PortFinding[] {
  return compareSignatures(alignTypes(a, b, NO_RENAMES, undefined, lang), b, lang, allowOptional);
}

/**
 * Python findings read again through each side's own module-level type aliases and typing-module
 * name (`import typing as t`: `t.Any` is `Any`), from each side's own file (delta/python-type-
 * aliases.ts; werkzeug 19b20246de moved `None` into `_TSSLContextArg`, 37b9423dfd's stubs said
 * `Any` where the module says `t.Any`). The reading may only clear what the text alone raised: an
 * alias whose definition changed under an unchanged annotation is not judged here.
 */
function throughAliases(findings: PortFinding[], a: Signature, aText: string | undefined, b: Signature, bText: string | undefined, allowOptional: boolean): PortFinding[] {
  if (!findings.some((f) => f.verdict !== 'PASS') || aText === undefined || bText === undefined) return findings;
  const via = compareSpelled(withPythonAliases(a, pythonTypeAliases(aText)), withPythonAliases(b, pythonTypeAliases(bText)), 'python', allowOptional);
  return ORDER.indexOf(worstVerdict(via)) < ORDER.indexOf(worstVerdict(findings)) ? via : findings;
}

type Keeps = (a: FileAnalysis, name: string, dest: string | undefined) => string | undefined;

/** Changed files (other than `notFile`) whose head declares `name` as an exported top-level symbol or type. */
function declaredElsewhere(cs: ChangeSet, name: string, notFile: string): string[] {
  const out: string[] = [];
  for (const c of cs.changes) {
    const p = c.new?.path;
    if (c.status !== 'D' && p && p !== notFile && c.new?.analysis && declaresPublic(c.new.analysis, name)) out.push(p);
  }
  return out;
}

function checkSymbol(
  s: SymbolInfo, oldA: FileAnalysis, c: FileChange, newA: FileAnalysis | undefined, exporter: FileAnalysis | undefined,
  moduleMoved: boolean, tokens: readonly DeltaToken[], allowOptional: boolean, successorOf: (s: SymbolInfo) => SymbolInfo | undefined,
  keeps: Keeps, cs: ChangeSet, pythonInits?: ReadonlyMap<string, string>,
): I2Port | undefined {
  const file = oldA.path;
  const headFile = c.new?.path ?? file;
  const port = (verdict: PortVerdict, reasons: string[], location: GateLocation, change: I2Change, successor?: I2Port['successor']): I2Port =>
    ({ port: `${file}:${s.qualname}`, file, symbol: s.qualname, kind: s.kind, verdict, reasons, location, change, ...(successor ? { successor } : {}) });
  // Getter with getter, setter with setter, duplicates by position within their kind (§3.2).
  const n = newA ? successorOf(s) : undefined;
  if (moduleMoved) {
    const succ = n ? { file: headFile, symbol: n.qualname } : undefined;
    if (isReexported(s.name, exporter, c.old!.path, headFile)) return port('PASS', [`module moved to ${headFile}; ${file} still re-exports ${s.name}`], { file: headFile, line: n?.sigRange.line ?? 1 }, 'module-moved', succ);
    const top = s.qualname.split('.')[0];
    const via = keeps(oldA, top, headFile);
    if (via) return port('PASS', [`module moved to ${headFile}; the package still exports ${top}${via === headFile ? '' : ` (through ${via})`}`], { file: headFile, line: n?.sigRange.line ?? 1 }, 'module-moved', succ);
    return port('FAIL', [`module moved from ${file} to ${headFile} without a re-export of ${s.name} at the old path`], { file: headFile, line: n?.sigRange.line ?? 1 }, 'module-moved', succ);
  }
  if (n && (n.public || s.container)) {
    let findings = signatureFindings(s.signature, n.signature, oldA.lang, allowOptional);
    if (findings.length === 0) return undefined;
    // A type parameter whose constraint changed stands for its bound on each side, as MODIFY_SIG
    // reads it (delta/type-params.ts): date-fns c00ecb632b turned `date: DateType | number | string`
    // with `<DateType extends Date>` into `date: DateType` with `<DateType extends DateFns.Arg>`,
    // and I2 had failed it as a narrowing. Read only for a FAIL (the declaration text is parsed).
    if (findings.some((f) => f.verdict === 'FAIL') && newA) {
      const tpd = typeParamDelta(c.old?.text, oldA, s, c.new?.text, newA, n);
      if (tpd.bounds.size) findings = compareSpelled(withBounds(s.signature, tpd.bounds, 'old', oldA.lang), withBounds(n.signature, tpd.bounds, 'new', oldA.lang), oldA.lang, allowOptional);
    }
    if (oldA.lang === 'python') findings = throughAliases(findings, s.signature, c.old?.text, n.signature, c.new?.text, allowOptional);
    if (oldA.lang === 'python' && s.container && SPECIAL_METHOD.test(s.name) && !KEYWORD_DUNDERS.has(s.name)) findings = findings.map(positionallyCalled);
    if (findings.length === 0) return undefined;
    let verdict = worstVerdict(findings);
    const reasons = findings.map((f) => `${f.verdict === 'PASS' ? '' : `${f.verdict}: `}${f.reason}`);
    // One TS/JS signature split into overloads (commander e3192a13aa: `addHelpCommand(enableOrNameAndArgs?:
    // string | boolean, description?)` → `(cmd: Command)`, `(nameAndArgs: string, description?)`,
    // `(enable?: boolean)`): every call the old signature took still matches one of them.
    if (verdict !== 'PASS' && oldA.lang !== 'python' && newA) {
      const overloads = [n.signature, ...(n.overloads ?? [])];
      const unmatched = overloads.length > 1 ? [s.signature, ...(s.overloads ?? [])].map((sig) => unmatchedCalls(sig, overloads, oldA.lang)) : [];
      const at = { file: headFile, line: n.sigRange.line, endLine: n.sigRange.endLine };
      if (unmatched.length && unmatched.every((u) => u?.length === 0)) {
        return port('PASS', [`every call ${s.qualname}'s old signature took matches one of its ${overloads.length} overloads`], at, 'signature', { file: headFile, symbol: n.qualname });
      }
      // Compared with the first overload only, the findings would name the wrong one: say which calls no overload takes.
      if (unmatched.length && unmatched.every((u) => u !== undefined)) {
        const calls = [...new Set(unmatched.flat())].slice(0, 4).map((c) => `${s.name}(${c})`).join(', ');
        return port('FAIL', [`no overload of ${s.qualname} takes ${calls}, which the old signature took`], at, 'signature', { file: headFile, symbol: n.qualname });
      }
    }
    if (verdict === 'FAIL') {
      const adapter = newA!.symbols.find((x) => x !== n && x.deprecated && x.calls.includes(n.name) && compareSpelled(s.signature, x.signature, oldA.lang, allowOptional).every((f) => f.verdict === 'PASS'));
      if (adapter) {
        verdict = 'PASS';
        reasons.push(`deprecated adapter ${adapter.qualname} keeps the old signature and forwards to ${n.name}`);
      }
    }
    return port(verdict, reasons, { file: headFile, line: n.sigRange.line, endLine: n.sigRange.endLine }, 'signature', { file: headFile, symbol: n.qualname });
  }
  // An explicit constructor without parameters removed while its class stays: the class keeps
  // the implicit one, callers still write `new K()` / `K()` — no contract changed.
  if (!n && s.kind === 'method' && (s.name === 'constructor' || s.name === '__init__') && s.container
    && s.signature.params.filter((p) => p.name !== 'self').length === 0 && newA?.symbols.some((x) => x.qualname === s.container && x.kind === 'class')) return undefined;
  // A Python method every object has removed from a class that stays (`__str__`, `__repr__`,
  // `__eq__`, …): `str(x)`, `x == y` still run on `object`'s — what they return may differ, which
  // the text cannot weigh (werkzeug 620ae56fd8 dropped `Rule.__str__`, I2 failed it as a removal).
  if (!n && s.kind === 'method' && s.container && oldA.lang === 'python' && OBJECT_DUNDERS.has(s.name) && newA?.symbols.some((x) => x.qualname === s.container && x.kind === 'class')) {
    return port('REVIEW', [`REVIEW: ${s.qualname} removed; ${s.container} now inherits it (at worst object.${s.name}): calls still run, what they return may differ`], { file: headFile, line: newA.symbols.find((x) => x.qualname === s.container)!.range.line }, 'removed');
  }
  // An override removed whose body called the base's method of the same name (`super().get(key)`,
  // `super.get(key)`): the base provides it, callers still reach it — with the base's signature,
  // which is not read here (flask daca74d93a dropped `SecureCookieSession.get/__getitem__/
  // setdefault`, each `self.accessed = True; return super().…`).
  if (!n && s.kind === 'method' && s.container && callsSuper(s) && newA?.symbols.some((x) => x.qualname === s.container && x.kind === 'class')) {
    return port('REVIEW', [`REVIEW: ${s.qualname} removed; it called the base class's ${s.name}, which ${s.container} now inherits (its signature is not read here)`], { file: headFile, line: newA.symbols.find((x) => x.qualname === s.container)!.range.line }, 'removed');
  }
  // An `__init__` removed from a class that is now a dataclass (or an attrs class): the decorator
  // writes the constructor from the fields, so callers still construct it — with which arguments
  // the fields decide, which the text of the change does not prove (packaging 3c6e2aabd7
  // "simplify dataclasses constructors"): REVIEW, not a removal.
  if (!n && s.kind === 'method' && s.name === '__init__' && s.container) {
    const cls = newA?.symbols.find((x) => x.qualname === s.container && x.kind === 'class');
    const gen = cls?.signature.decorators.find((d) => GENERATED_INIT.test(d));
    if (gen) return port('REVIEW', [`REVIEW: ${s.qualname} is now generated by @${gen.split('(')[0]}: whether callers' arguments still fit depends on its fields`], { file: headFile, line: cls!.range.line }, 'signature', { file: headFile, symbol: s.qualname });
  }
  // A method moved into a class the class now extends is still there for its callers: judged
  // against the inherited method (inherited-members.ts; REVIEW when a base from elsewhere may hold it).
  if (!n && s.kind === 'method' && s.container && newA) {
    const oldCls = oldA.symbols.find((x) => x.qualname === s.container && x.kind === 'class');
    const newCls = newA.symbols.find((x) => x.qualname === s.container && x.kind === 'class');
    const inh = oldCls && newCls ? inheritedMethod(oldA, oldCls, newA, newCls, s) : undefined;
    if (inh?.kind === 'found') {
      const m = inh.member;
      const findings = signatureFindings(s.signature, m.signature, oldA.lang, allowOptional);
      const verdict = worstVerdict(findings);
      const reasons = [`${s.qualname} is now inherited from ${inh.from}`, ...findings.map((f) => `${f.verdict === 'PASS' ? '' : `${f.verdict}: `}${f.reason}`)];
      return port(verdict, reasons, { file: headFile, line: m.sigRange.line, endLine: m.sigRange.endLine }, 'signature', { file: headFile, symbol: m.qualname });
    }
    if (inh?.kind === 'unread') {
      return port('REVIEW', [`REVIEW: ${s.qualname} is no longer declared in ${s.container}, which now extends ${inh.bases.join(', ')}: whether that declares it is not read here`], { file: headFile, line: newCls!.range.line }, 'removed');
    }
  }
  // An accessor replaced by a field of the same name (pqueue 5362aa77e3: `get timeout()` / `set
  // timeout(ms)` over `#timeout` → a public `timeout?: number`): reads, and writes unless the field
  // is readonly, still work.
  if (!n && s.kind === 'method' && s.container && accessorOf(s) && oldA.lang !== 'python' && newA && c.new?.text !== undefined) {
    const field = fieldReplacing(s, newA, c.new.text);
    if (field) {
      const setter = s.signature.callKind === 'setter';
      if (setter && field.readonly) return port('FAIL', [`setter ${s.qualname} replaced by a readonly field: assignments no longer compile`], { file: headFile, line: field.line }, 'removed');
      const was = setter ? s.signature.params[0]?.type : s.signature.returnType;
      const same = !was || !field.type || canonicalType(optionalAsUnion(was, false)) === canonicalType(optionalAsUnion(field.type, field.optional));
      const what = `${setter ? 'setter' : 'getter'} ${s.qualname} is now a field of ${s.container}: ${setter ? 'assignments' : 'reads'} still work`;
      return same
        ? port('PASS', [what], { file: headFile, line: field.line }, 'signature')
        : port('REVIEW', [`REVIEW: ${what}; its type was ${was}, the field's is ${field.type}${field.optional ? ' (optional)' : ''}`], { file: headFile, line: field.line }, 'signature');
    }
  }
  // A stub `m.pyi` no longer declares it while `m.py` remains: the names are the module's
  // (python-kept-names.ts); judged against `m.py`'s declaration when the change has it.
  const stub = !n && oldA.lang === 'python' ? stubModule(cs, file) : undefined;
  if (stub) {
    // The last of same-named declarations: the implementation after its `@overload` stubs.
    const m = stub.analysis?.symbols.filter((x) => x.qualname === s.qualname && (x.kind === 'class') === (s.kind === 'class')).pop();
    if (m) {
      const findings = throughAliases(signatureFindings(s.signature, m.signature, oldA.lang, allowOptional), s.signature, c.old?.text, m.signature, stub.text, allowOptional);
      const reasons = [`the stub ${file} no longer declares ${s.qualname}; ${stub.path} declares it`, ...findings.map((f) => `${f.verdict === 'PASS' ? '' : `${f.verdict}: `}${f.reason}`)];
      return port(worstVerdict(findings), reasons, { file: stub.path, line: m.sigRange.line, endLine: m.sigRange.endLine }, 'moved', { file: stub.path, symbol: m.qualname });
    }
    if (!stub.analysis) return port('REVIEW', [`REVIEW: the stub ${file} no longer declares ${s.qualname}; the module ${stub.path} remains (unchanged, not read here)`], { file: stub.path, line: 1 }, 'removed');
    // The stub's property or method of a class the module still declares, which the module
    // declares otherwise (a descriptor attribute, an inherited member): not read here.
    const cls = s.container ? stub.analysis.symbols.find((x) => x.qualname === s.container && x.kind === 'class') : undefined;
    if (cls) return port('REVIEW', [`REVIEW: the stub ${file} no longer declares ${s.qualname}; ${stub.path} declares ${s.container} but not this member as a function (an attribute or an inherited member is not read here)`], { file: stub.path, line: cls.range.line }, 'removed');
  }
  // The symbol is gone under its old name (or no longer exported): removed, renamed or moved.
  const how = whereDidItGo(s, file, tokens);
  const tokenAt = how.token ? { file: how.token.file, line: how.token.range.line, endLine: how.token.range.endLine } : { file: headFile, line: 1 };
  if (n && !n.public) {
    if (isReexported(s.name, newA, file, file)) return port('PASS', [`${s.qualname} is no longer declared exported but the name stays exported`], { file: headFile, line: n.sigRange.line }, 'unexported');
    // Python: the name is still declared under the same name, only left out of `__all__` (requests
    // 561e4b6889 added an `__all__` without `check_compatibility`): `from m import name` and
    // `m.name` still work, `from m import *` no longer binds it — REVIEW, not a removal.
    if (oldA.lang === 'python') return port('REVIEW', [`REVIEW: ${s.qualname} is still declared but left out of ${file}'s __all__: explicit imports still work, \`from … import *\` no longer binds it`], { file: headFile, line: n.sigRange.line, endLine: n.sigRange.endLine }, 'unexported', { file: headFile, symbol: n.qualname });
    return port('FAIL', [`${s.qualname} is no longer exported`], { file: headFile, line: n.sigRange.line, endLine: n.sigRange.endLine }, 'unexported', { file: headFile, symbol: n.qualname });
  }
  if (!s.container && isReexported(s.name, exporter, file, how.toFile ?? file)) {
    return port('PASS', [`${how.what}; the old name ${s.name} stays exported (alias/re-export)`], tokenAt, how.change, how.successor);
  }
  if (!s.container && how.change === 'moved') {
    const via = keeps(oldA, s.name, how.toFile);
    if (via) return port('PASS', [`${how.what}; the package still exports ${s.name}${via === how.toFile ? '' : ` (through ${via})`}`], tokenAt, how.change, how.successor);
  }
  // No token says where it went, but another changed file now declares the name and the package
  // still exports it from there: the name is there for users, its shape is not compared (REVIEW).
  if (!s.container && how.change === 'removed') {
    const home = declaredElsewhere(cs, s.name, headFile).find((d) => keeps(oldA, s.name, d));
    if (home) return port('REVIEW', [`REVIEW: ${s.qualname} is no longer declared in ${file}; ${home} declares ${s.name} and the package still exports it: whether it is the same contract is not compared`], tokenAt, how.change);
  }
  // A module `__getattr__` still answers the old name (python-kept-names.ts).
  if (oldA.lang === 'python') {
    const kept = keptByGetattr(cs, file, newA, s.qualname.split('.')[0])
      ?? (!s.container && how.change === 'moved' && how.toFile ? keptByPackageInit(cs, file, s.name, how.toFile, pythonInits) : undefined);
    if (kept) return port(kept.verdict, [`${how.what}; ${kept.reason}`], tokenAt, how.change, how.successor);
  }
  if (c.status === 'D') return port('FAIL', [`${s.qualname} removed (file ${file} deleted)`], { file, line: s.sigRange.line }, 'removed');
  return port('FAIL', [`${how.what} without keeping the old name exported or a deprecated adapter`], tokenAt, how.change, how.successor);
}

/**
 * The calls the signature `a` accepted — each argument count from its required ones to all its
 * positional ones, each argument one arm of its parameter's union — that none of the overloads
 * `bs` takes (arity, and each argument's arm widened into that overload's parameter type), as
 * argument lists (`boolean, string`); undefined when not judged: rest or keyword-only parameters,
 * another result type, more than 256 call shapes.
 */
function unmatchedCalls(a: Signature, bs: readonly Signature[], lang: Lang): string[] | undefined {
  if (a.params.some((p) => p.rest || p.kwOnly)) return undefined;
  const same = (x?: string, y?: string) => !x || !y || canonicalType(x) === canonicalType(y);
  if (!bs.every((b) => same(a.returnType, b.returnType))) return undefined;
  const arms = a.params.map((p) => (p.type ? unionMembers(p.type).filter((x) => x !== 'undefined') : ['']));
  const required = a.params.filter((p) => !p.optional && !p.hasDefault).length;
  const accepts = (b: Signature, args: string[]): boolean => {
    const pos = b.params.filter((p) => !p.rest);
    const rest = b.params.find((p) => p.rest);
    if (pos.filter((p) => !p.optional && !p.hasDefault).length > args.length) return false;
    if (args.length > pos.length && !rest) return false;
    return args.every((arm, i) => {
      const t = pos[i] ? pos[i].type : rest?.type?.replace(/\[\]$/, '');
      if (!t || /^(any|unknown)$/.test(t)) return true;
      return !!arm && widens(arm, t, lang);
    });
  };
  const out: string[] = [];
  let shapes = 0;
  const walk = (i: number, k: number, args: string[]): void => {
    if (i === k) {
      shapes++;
      if (shapes <= 256 && !bs.some((b) => accepts(b, args))) out.push(args.map((x) => x || 'any').join(', '));
      return;
    }
    for (const arm of arms[i]) walk(i + 1, k, [...args, arm]);
  };
  for (let k = required; k <= a.params.length && shapes <= 256; k++) walk(0, k, []);
  return shapes <= 256 ? out : undefined;
}

/**
 * A public field `name` declared in the head class of accessor `s`: a line of the class at its
 * members' indentation reading `[modifiers] name[?!]: T` / `= …` / `;` (fields are no symbols,
 * §3.1). `private`/`protected`, `#name` and a static-ness other than the accessor's are not it.
 */
function fieldReplacing(s: SymbolInfo, newA: FileAnalysis, text: string): { line: number; type?: string; optional: boolean; readonly: boolean } | undefined {
  const cls = newA.symbols.find((x) => x.qualname === s.container && x.kind === 'class');
  if (!cls) return undefined;
  const cols = new Set(newA.symbols.filter((x) => x.container === s.container).map((x) => x.range.col));
  if (cols.size !== 1) return undefined; // no member to take the indentation from, or mixed
  const col = [...cols][0];
  const lines = text.split('\n');
  const re = new RegExp(`^((?:(?:public|declare|static|override|readonly|accessor)\\s+)*)${s.name.replace(/[$]/g, '\\$')}\\s*([?!])?\\s*(?::\\s*([^=;]+?))?\\s*(?:=.*|;)?\\s*$`);
  for (let l = cls.range.line; l < cls.range.endLine - 1 && l < lines.length; l++) {
    const line = lines[l].replace(/\r$/, '');
    const indent = line.length - line.trimStart().length;
    if (indent !== col) continue;
    const m = re.exec(line.slice(indent));
    if (!m || /\bstatic\b/.test(m[1]) !== (s.signature.callKind === 'static')) continue;
    return { line: l + 1, ...(m[3] ? { type: m[3].trim() } : {}), optional: m[2] === '?', readonly: /\breadonly\b/.test(m[1]) };
  }
  return undefined;
}

/** `T` of an optional field is `T | undefined`. */
const optionalAsUnion = (t: string, optional: boolean) => (optional && !/\bundefined\b/.test(t) ? `${t} | undefined` : t);

/**
 * Python's special methods are called by the interpreter with positional arguments (`a + b` is
 * `type(a).__add__(a, b)`), so renaming their parameters breaks no caller — except the ones user
 * code calls with keywords: the constructor's `__init__`/`__new__`, `__call__`, and
 * `__init_subclass__` (the class statement's keywords). markupsafe 6e353f9027 renamed `other` →
 * `value` in `Markup.__add__`, `__radd__`, `__mod__`, `__mul__`; I2 failed each. MODIFY_SIG stays
 * breaking (the signature's own rule, as for private parameters).
 */
const SPECIAL_METHOD = /^__\w+__$/;
const KEYWORD_DUNDERS = new Set(['__init__', '__new__', '__call__', '__init_subclass__']);
const positionallyCalled = (f: PortFinding): PortFinding =>
  f.verdict === 'FAIL' && f.reason.endsWith('(callers may pass it by keyword)')
    ? { verdict: 'PASS', reason: f.reason.replace('(callers may pass it by keyword)', '(a special method: Python calls it with positional arguments)') }
    : f;

/** Does method `s`'s body call the base's method of its own name: `super().name(` (Python), `super.name(` (TS/JS)? */
function callsSuper(s: SymbolInfo): boolean {
  const t = s.bodyTokens;
  for (let i = 0; i + 2 < t.length; i++) {
    if (t[i] !== 'super') continue;
    const j = t[i + 1] === '(' && t[i + 2] === ')' ? i + 3 : i + 1;
    // bodyTokens drop the symbol's own name (symbols/types.ts): `super().get(` reads `super ( ) . (`.
    if (t[j] === '.' && (t[j + 1] === s.name || t[j + 1] === '(')) return true;
  }
  return false;
}

/**
 * Methods `object` defines whose removal leaves every call working. Not `__init__` (its arity),
 * not `__lt__`… (object's return NotImplemented: `<` raises), not `__hash__`: a class with `__eq__`
 * (a dataclass too) that loses it becomes unhashable (pydantic d4bf6f9dd8 reverted "Make
 * `FailFast` hashable": a real break).
 */
const OBJECT_DUNDERS = new Set(['__str__', '__repr__', '__format__', '__eq__', '__ne__', '__dir__', '__sizeof__', '__init_subclass__', '__reduce__', '__reduce_ex__', '__getstate__']);

/** Class decorators that generate `__init__` (dataclasses, attrs, pydantic's dataclass). */
const GENERATED_INIT = /^(?:dataclasses\.|pydantic\.dataclasses\.)?dataclass\b|^(?:attr\.)?(?:s|attrs)\b|^(?:attr\.|attrs\.)?(?:define|frozen|mutable)\b/;

function whereDidItGo(s: SymbolInfo, file: string, tokens: readonly DeltaToken[]): { what: string; token?: DeltaToken; toFile?: string; change: I2Change; successor?: I2Port['successor'] } {
  const moved = tokens.find((t) => t.kind === 'MOVE_SYMBOL' && t.meta.fromFile === file && (t.meta.fromSymbol === s.qualname || t.meta.from === s.qualname || t.symbol === s.qualname || (t.before as { qualname?: string } | undefined)?.qualname === s.qualname));
  const renamed = tokens.find((t) => (t.kind === 'RENAME_FN' || t.kind === 'RENAME_CLASS') && t.meta.from === s.qualname && ((t.meta.fromFile ?? t.file) === file || moved?.file === t.file));
  const to = renamed ? String(renamed.meta.to ?? renamed.symbol) : undefined;
  if (moved && renamed) return { what: `${s.qualname} moved to ${moved.file} and renamed to ${to}`, token: moved, toFile: moved.file, change: 'moved', successor: { file: moved.file, symbol: to! } };
  if (moved) return { what: `${s.qualname} moved to ${moved.file}`, token: moved, toFile: moved.file, change: 'moved', ...(moved.symbol ? { successor: { file: moved.file, symbol: moved.symbol } } : {}) };
  if (renamed) return { what: `${s.qualname} renamed to ${to}`, token: renamed, toFile: renamed.file, change: 'renamed', successor: { file: renamed.file, symbol: to! } };
  const del = tokens.find((t) => (t.kind === 'DEL_FN' || t.kind === 'DEL_CLASS' || t.kind === 'INLINE_FN') && t.file === file && t.symbol === s.qualname);
  return { what: `${s.qualname} removed`, token: del, change: 'removed' };
}

/** Does `a` (the head of the old module) still export `name`: alias, re-export, or `export *` from the new home? */
function isReexported(name: string, a: FileAnalysis | undefined, oldFile: string, newHome: string): boolean {
  if (!a) return false;
  if (a.symbols.some((x) => !x.container && x.name === name && x.public)) return true;
  if (a.types.some((x) => x.name === name && x.public)) return true;
  if (a.dunderAll && !a.dunderAll.includes(name)) return false;
  return a.exportAliases.some((e) => e.name === name || (e.name === '*' && e.from !== undefined && resolvesToPath(oldFile, e.from, newHome)));
}


/**
 * A name that says it is no contract (React's convention, which jotai, Next.js and others follow):
 * `unstable_onInit`, `experimental_useOptimistic`. Removing or changing one is what the prefix
 * announced; jotai removed `Atom.unstable_is` and `Atom.unstable_onInit` and I2 blocked both
 * commits as public-API breaks.
 */
export const unstableName = (name: string): boolean => /^_*(unstable|experimental)_/i.test(name);
/** unstableName of any part of a qualified name, without splitting it (I2 runs on every keystroke over every public symbol). */
const UNSTABLE_IN_QUALNAME = /(^|\.)_*(unstable|experimental)_/i;

function checkType(t: TypeDecl, oldA: FileAnalysis, c: FileChange, newA: FileAnalysis | undefined, exporter: FileAnalysis | undefined, moduleMoved: boolean, keeps: Keeps, cs: ChangeSet): I2Port | undefined {
  const file = oldA.path;
  const headFile = c.new?.path ?? file;
  const mk = (verdict: PortVerdict, reasons: string[], line: number): I2Port => ({ port: `${file}:${t.qualname}`, file, symbol: t.qualname, kind: `type:${t.kind}`, verdict, reasons, location: { file: headFile, line }, change: 'type' });
  const n = newA?.types.find((x) => x.qualname === t.qualname);
  const top = t.qualname.split('.')[0];
  if (moduleMoved) return isReexported(t.name, exporter, file, headFile) || keeps(oldA, top, headFile) ? undefined : mk('FAIL', [`type ${t.name}: module moved from ${file} to ${headFile} without a re-export`], n?.range.line ?? 1);
  if (!n || !n.public) {
    if (isReexported(t.name, exporter, file, file)) return mk('PASS', [`type ${t.name} moved; the old name stays exported`], 1);
    // Declared now in another changed file that the package still exports it from: the same
    // declaration text is a move (PASS), another text is REVIEW.
    if (t.qualname === t.name) {
      for (const home of declaredElsewhere(cs, t.name, headFile)) {
        if (!keeps(oldA, t.name, home)) continue;
        const moved = cs.changes.find((x) => x.new?.path === home)?.new?.analysis?.types.find((x) => x.qualname === t.name);
        const same = moved?.hash === t.hash;
        const moved_ = mk(same ? 'PASS' : 'REVIEW', [same ? `type ${t.name} moved to ${home}; the package still exports it` : `REVIEW: type ${t.name} moved to ${home} and rewritten; the package still exports it`], 1);
        return { ...moved_, location: { file: home, line: moved?.range.line ?? 1 } };
      }
    }
    const kept = oldA.lang === 'python' && !n ? keptByGetattr(cs, file, newA, top) : undefined;
    if (kept) return mk(kept.verdict, [`type ${t.name} removed; ${kept.reason}`], 1);
    return mk('FAIL', [`exported type ${t.name} removed${c.status === 'D' ? ` (file ${file} deleted)` : ''}`], n?.range.line ?? 1);
  }
  if (t.hash === n.hash) return undefined;
  const findings: PortFinding[] = [];
  const byName = new Map(n.members.map((m) => [m.name, m] as const));
  // Overloads (several call signatures `()`, several methods of one name) pair by position
  // within their name, like duplicate symbols (§3.2 as amended): an overload whose text is still
  // there is kept; one fewer overload is a removal; a rewritten overload cannot be told narrowed
  // from widened from the text (REVIEW).
  const groups = (ms: readonly TypeMember[]) => {
    const g = new Map<string, TypeMember[]>();
    for (const m of ms) g.set(m.name, [...(g.get(m.name) ?? []), m]);
    return g;
  };
  const oldG = groups(t.members);
  const newG = groups(n.members);
  for (const [name, olds] of oldG) {
    const news = newG.get(name) ?? [];
    if (olds.length < 2 && news.length < 2) continue;
    const kept = new Set(news.map((x) => canonicalType(x.type ?? '')));
    const gone = olds.filter((x) => !kept.has(canonicalType(x.type ?? '')));
    if (!gone.length) continue;
    if (news.length < olds.length) findings.push({ verdict: 'FAIL', reason: `member ${t.name}.${name}: ${olds.length - news.length} overload(s) removed` });
    else findings.push({ verdict: 'REVIEW', reason: `member ${t.name}.${name}: ${gone.length} overload(s) rewritten` });
  }
  for (const m of t.members) {
    if ((oldG.get(m.name)?.length ?? 0) > 1 || (newG.get(m.name)?.length ?? 0) > 1) continue; // overloads: above
    if (unstableName(m.name)) continue;
    if (m.name === ALIASED) {
      const q = byName.get(m.name);
      // The aliased type as a whole (union, intersection, generic): changed unless widened.
      // A union that lost an arm is narrowed (FAIL); other rewrites of a function type, generic or
      // intersection part cannot be told narrowed from widened from the text alone: REVIEW.
      if (q && m.type && q.type && m.type !== q.type && !widens(m.type, q.type, oldA.lang)) {
        const lost = lostArms(m.type, q.type);
        if (lost.length) findings.push({ verdict: 'FAIL', reason: `type ${t.name} narrowed: ${lost.join(' | ')} no longer accepted` });
        else findings.push({ verdict: 'REVIEW', reason: `type ${t.name} changed: ${m.type} → ${q.type}` });
      } else if (!q) findings.push({ verdict: 'REVIEW', reason: `type ${t.name} rewritten as an object type (was ${m.type ?? 'unknown'})` });
      continue;
    }
    let q = byName.get(m.name);
    let label = `member ${t.name}.${m.name}`;
    if (!q) {
      // Moved into a type the declaration now extends (ofetch 3baf1cc076's FetchHooks): judged
      // against the inherited member; a base added from elsewhere may hold it (REVIEW).
      const inh = newA && inheritedTypeMember(oldA, t, newA, n, m.name);
      if (inh?.kind === 'found') {
        q = inh.member;
        label = `member ${t.name}.${m.name} (now inherited from ${inh.from})`;
      } else if (inh?.kind === 'unread') {
        findings.push({ verdict: 'REVIEW', reason: `member ${t.name}.${m.name} is no longer declared in ${t.name}, which now extends ${inh.bases.join(', ')}: whether that declares it is not read here` });
        continue;
      }
    }
    if (!q) findings.push({ verdict: 'FAIL', reason: `member ${t.name}.${m.name} removed` });
    else {
      if (m.optional && !q.optional) findings.push({ verdict: 'FAIL', reason: `${label} made required` });
      if (m.type && q.type && canonicalType(m.type) !== canonicalType(q.type) && !widens(m.type, q.type, oldA.lang)) {
        // A callback type that only gained trailing parameters: old callbacks still fit (REVIEW).
        if (onlyTrailingParamsAdded(m.type, q.type)) findings.push({ verdict: 'REVIEW', reason: `${label}: parameters added to a function type: ${m.type} → ${q.type}` });
        else findings.push(...memberTypeFindings(label, m.type, q.type, m.optional, oldA.lang));
      }
    }
  }
  if (!findings.length) return undefined;
  return mk(worstVerdict(findings), findings.map((f) => `${f.verdict}: ${f.reason}`), n.range.line);
}

/**
 * A member's type changed and was not widened. FAIL only what the text proves (decision,
 * docs/gates.md "FAIL needs proof"): a union that lost arms, a primitive turned into another,
 * a function member whose parameters narrowed or whose result widened. Anything else is REVIEW.
 */
function memberTypeFindings(label: string, oldT: string, newT: string, optional: boolean, lang: string): PortFinding[] {
  // An optional function member is a callback or option the user writes (typeChange docs).
  const fn = functionMemberFinding(label, oldT, newT, optional);
  if (fn) return fn.verdict === 'PASS' ? [] : [fn];
  // `Any` declared nothing (paramTypeFinding): a type written in its place is REVIEW.
  if (untypedAnnotation(oldT, lang) && !untypedAnnotation(newT, lang)) return [{ verdict: 'REVIEW', reason: `${label} typed: ${oldT} → ${newT} (was untyped; whether it stays compatible cannot be told from the text)` }];
  const r = typeRelation(oldT, newT, lang);
  const lost = lostArms(oldT, newT);
  if (r === 'narrower' && lost.length) return [{ verdict: 'FAIL', reason: `${label} narrowed: ${lost.join(' | ')} no longer accepted` }];
  if (r === 'incompatible') return [{ verdict: 'FAIL', reason: `${label} type changed: ${oldT} → ${newT}` }];
  if (r === 'narrower') return [{ verdict: 'REVIEW', reason: `${label} narrowed: ${oldT} → ${newT} (breaks code that sets it, not code that reads it)` }];
  return [{ verdict: 'REVIEW', reason: `${label} type rewritten: ${oldT} → ${newT} (whether it stays compatible cannot be told from the text)` }];
}
