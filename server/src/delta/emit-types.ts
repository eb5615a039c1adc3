// Type tokens (spec §3.3 rows ADD_TYPE/DEL_TYPE/MODIFY_TYPE and ΔTYPE_HINTS): per file, TS
// interfaces/type aliases/enums and Python TypedDict/Protocol/Enum classes added, removed or
// changed (members, optionality, member types; meta.detail); per paired function, annotations
// added/removed/loosened/tightened (meta.dir; loosening weighs TYPE_HINTS_LOOSEN_WEIGHT).
// A type whose hash is unchanged but whose lines were touched is ΔCOMMENTS{format}.
import type { FileAnalysis, Span, TypeDecl } from '../symbols/types';
import { TOKEN_KINDS, TYPE_HINTS_LOOSEN_WEIGHT } from './catalogue';
import { canonicalType } from './type-text';
import { RENAME_JACCARD } from './pairing';
import { withCarried, type Carried } from './emit-flow';
import {
  baseSpan, changedIn, headLineForOld, span, touches,
  type ChangeCtx, type PairCtx, type TokenizeContext,
} from './tokenize-context';

const ANY = /^(any|Any|typing\.Any|unknown)$/;

/** ADD_TYPE / DEL_TYPE / MODIFY_TYPE of one file change. */
export function emitTypes(ctx: TokenizeContext, c: ChangeCtx): void {
  const olds = new Map((c.oldA?.types ?? []).map((t) => [t.qualname, t] as const));
  const news = new Map((c.newA?.types ?? []).map((t) => [t.qualname, t] as const));
  const renamedFrom = typeRenames(olds, news);
  const renamedOld = new Set(renamedFrom.values());
  for (const [q, n] of news) {
    const from = renamedFrom.get(q);
    const o = from ?? olds.get(q);
    if (!o) {
      ctx.emit('ADD_TYPE', c.file, span(n.range), { symbol: q, uid: n.uid, publicApi: n.public, meta: { typeKind: n.kind } });
      c.cov.markNew(n.range.line, n.range.endLine);
    } else if (!from && o.hash === n.hash) {
      // Same declaration modulo what the hash ignores (`declare`, export form, formatting):
      // touched lines are explained, nothing semantic happened.
      formatOnly(ctx, c, o, n);
    } else {
      const detail = typeDetail(o, n, !!from);
      if (from) detail.unshift('renamed');
      else if (detail.length === 0) {
        // Members equal: a heritage/generic change is still a type change; comments/format are not
        // — and their lines are explained as format (unstorage 9c3bc44d8f: a trailing comma added
        // in `type DriverFactory<O> = (opts: O,) => …` was left to the MODIFY_FILE catch-all).
        if (rangeCode(c.oldA!, o.range) === rangeCode(c.newA!, n.range)) {
          formatOnly(ctx, c, o, n);
          continue;
        }
        detail.push('declaration');
      }
      ctx.emit('MODIFY_TYPE', c.file, span(n.range), {
        symbol: q, uid: n.uid, publicApi: n.public || o.public, baseRange: baseSpan(o.range),
        before: o.members, after: n.members,
        meta: { typeKind: n.kind, detail, ...(from ? { from: from.qualname, to: q } : {}) },
      });
      c.cov.markNew(n.range.line, n.range.endLine);
      c.cov.markOld(o.range.line, o.range.endLine);
    }
  }
  for (const [q, o] of olds) {
    if (renamedOld.has(o) || (news.has(q) && !renamedFrom.has(q)) || (c.newA && !c.newA.ok)) continue;
    const at = headLineForOld(c, o.range.line);
    ctx.emit('DEL_TYPE', c.file, { line: at, endLine: at }, { symbol: q, uid: o.uid, publicApi: o.public, baseRange: baseSpan(o.range), meta: { typeKind: o.kind } });
    c.cov.markOld(o.range.line, o.range.endLine);
  }
}

/**
 * Types renamed within a file: head qualname → the base declaration it was. A removed and an added
 * type of one kind and scope whose members are the same (multiset Jaccard of name, optionality and
 * type ≥ §3.2's rename threshold; both with members) are one type under a new name — MODIFY_TYPE
 * {detail: renamed, from, to}, not DEL_TYPE + ADD_TYPE: those span the whole declaration on both
 * sides (spec §3.7 I3: ADD/DEL project their whole span), and a 60-member interface renamed lit
 * 60 unchanged lines twice — I3 blocked every such rename (E 0.97). A name a type of another kind
 * took counts as free on both sides (chalk d798222a5a: `interface Chalk` renamed `ChalkInstance`,
 * the alias `type ChalkInstance` removed). Only one-to-one matches; I2 still judges the old
 * name's removal from the analyses.
 */
function typeRenames(olds: ReadonlyMap<string, TypeDecl>, news: ReadonlyMap<string, TypeDecl>): Map<string, TypeDecl> {
  const out = new Map<string, TypeDecl>();
  const gone = [...olds.values()].filter((o) => news.get(o.qualname)?.kind !== o.kind && o.members.length);
  const fresh = [...news.values()].filter((n) => olds.get(n.qualname)?.kind !== n.kind && n.members.length);
  if (!gone.length || !fresh.length) return out;
  const scope = (q: string) => q.slice(0, Math.max(0, q.lastIndexOf('.')));
  const cands = new Map<TypeDecl, TypeDecl[]>();
  const count = new Map<TypeDecl, number>();
  for (const o of gone) {
    const hits = fresh.filter((n) => n.kind === o.kind && n.qualname !== o.qualname && scope(n.qualname) === scope(o.qualname) && memberJaccard(o, n) >= RENAME_JACCARD);
    cands.set(o, hits);
    for (const n of hits) count.set(n, (count.get(n) ?? 0) + 1);
  }
  for (const [o, hits] of cands) if (hits.length === 1 && count.get(hits[0]) === 1) out.set(hits[0].qualname, o);
  return out;
}

/**
 * Members compared with each side's own name read as `this`: a renamed type's members that return
 * it name it (chalk d798222a5a: `hex: (color: string) => Chalk` became `=> this` in `ChalkInstance`).
 */
function memberJaccard(a: TypeDecl, b: TypeDecl): number {
  const keyOf = (t: TypeDecl) => {
    const self = selfName(t.name);
    return (m: TypeDecl['members'][number]) => `${m.name}${m.optional ? '?' : ''}:${canonicalType(m.type ?? '').replace(self, 'this')}`;
  };
  const ka = keyOf(a);
  const kb = keyOf(b);
  const left = new Map<string, number>();
  for (const m of a.members) left.set(ka(m), (left.get(ka(m)) ?? 0) + 1);
  let inter = 0;
  for (const m of b.members) {
    const k = kb(m);
    const x = left.get(k) ?? 0;
    if (x > 0) {
      inter++;
      left.set(k, x - 1);
    }
  }
  return inter / (a.members.length + b.members.length - inter);
}

/** A type declaration changed only in form: its touched lines are ΔCOMMENTS (format), explained. */
function formatOnly(ctx: TokenizeContext, c: ChangeCtx, o: TypeDecl, n: TypeDecl): void {
  if (!touches(c, 'new', n.range.line, n.range.endLine) && !touches(c, 'old', o.range.line, o.range.endLine)) return;
  const newL = changedIn(c, 'new', n.range);
  const oldL = changedIn(c, 'old', o.range);
  if (!newL.length && !oldL.length) return;
  ctx.emitLines('ΔCOMMENTS', c, newL, oldL, { reason: 'format' });
  for (const l of newL) c.cov.newLines.add(l);
  for (const l of oldL) c.cov.oldLines.add(l);
}

/** ΔTYPE_HINTS of a paired function: count change (+/−) and per-annotation loosen/tighten. */
export function emitTypeHints(ctx: TokenizeContext, pc: PairCtx, carried?: Carried): void {
  const { p, common, facts } = pc;
  // Nothing to emit for the same metrics and signatures in an earlier run (pair-facts.ts).
  if (!carried && facts?.hintsNone) return;
  const o = p.old.sym;
  const n = p.new.sym;
  // Annotations carried by an extract/inline are compared net (spec §3.3 as amended).
  const oldCount = withCarried(o.metrics, carried?.inlined ?? []).typeAnnotations;
  const newCount = withCarried(n.metrics, carried?.extracted ?? []).typeAnnotations;
  const k = newCount - oldCount;
  let loosened = 0;
  let tightened = 0;
  const oldTypes = new Map(o.signature.params.map((x) => [x.name, x.type] as const));
  const pairsOfTypes: [string | undefined, string | undefined][] = n.signature.params
    .filter((x) => oldTypes.has(x.name))
    .map((x) => [oldTypes.get(x.name), x.type]);
  pairsOfTypes.push([o.signature.returnType, n.signature.returnType]);
  for (const [before, after] of pairsOfTypes) {
    if (!before || !after || before === after) continue;
    if (ANY.test(after) && !ANY.test(before)) loosened++;
    else if (ANY.test(before) && !ANY.test(after)) tightened++;
  }
  const r = span(n.sigRange);
  const base = TOKEN_KINDS['ΔTYPE_HINTS'].weight;
  // The token explains the signature's lines when its annotations are what changed there (an
  // annotation added where there was none is no MODIFY_SIG, signature-diff.ts): without this the
  // coverage pass left them to the MODIFY_FILE catch-all — httpx 87f39f12c9 `-> None` added to
  // 22 `__init__`s gave 22 ΔTYPE_HINTS plus 22 MODIFY_FILE on the same lines (spec §3.3: MODIFY_FILE
  // is for hunks no other token covers; I3 counts them unexplained). Its base span is then the
  // base signature, as MODIFY_SIG's.
  const sigHints = (k !== 0 || loosened > 0 || tightened > 0) && pairsOfTypes.some(([before, after]) => (before ?? '') !== (after ?? ''));
  const own = sigHints ? { ...common, baseRange: baseSpan(o.sigRange) } : common;
  if (k > 0) ctx.emit('ΔTYPE_HINTS', p.new.file, r, { ...own, magnitude: k, before: oldCount, after: newCount, meta: { dir: '+' } });
  if (k < 0) ctx.emit('ΔTYPE_HINTS', p.new.file, r, { ...own, magnitude: -k, weight: TYPE_HINTS_LOOSEN_WEIGHT, before: oldCount, after: newCount, meta: { dir: '-', loosen: true } });
  if (loosened) ctx.emit('ΔTYPE_HINTS', p.new.file, r, { ...own, magnitude: loosened, weight: TYPE_HINTS_LOOSEN_WEIGHT, meta: { dir: 'loosen' } });
  if (tightened) ctx.emit('ΔTYPE_HINTS', p.new.file, r, { ...own, magnitude: tightened, weight: base, meta: { dir: 'tighten' } });
  if (sigHints) {
    pc.nc.cov.markNew(n.sigRange.line, n.sigRange.endLine);
    pc.oc.cov.markOld(o.sigRange.line, o.sigRange.endLine);
  }
  if (!carried && facts && k === 0 && !loosened && !tightened) facts.hintsNone = true;
}

/**
 * A declaration's code, as a formatter-blind text: canonicalType (trailing commas, leading `|`),
 * then no whitespace at all — code lines space their tokens, and a line break can split or join
 * two (`<U>,\n>(` against `<U>>(`). Compared only once the members are equal.
 */
function rangeCode(a: FileAnalysis, r: Span): string {
  return canonicalType(a.codeLines.slice(r.line - 1, r.endLine).filter(Boolean).join(' ')).replace(/\s+/g, '');
}

/** The type's own name as a whole identifier (a renamed type's self-references read as `this`). */
const selfName = (name: string) => new RegExp(`(?<![\\w$.])${name.replace(/[$]/g, '\\$')}(?![\\w$])`, 'g');

/**
 * What changed in a type's members (empty when only comments/format changed). `renamed`: each
 * side's own name reads as `this` (typeRenames).
 */
function typeDetail(o: TypeDecl, n: TypeDecl, renamed = false): string[] {
  const d = new Set<string>();
  // Members by name; an overloaded method has several, compared as its list of signatures in
  // order (TS resolves overloads in order): a Map by name compared only the last overload of each.
  const group = (ms: TypeDecl['members'], self: string) => {
    const re = renamed ? selfName(self) : undefined;
    const g = new Map<string, { optional: boolean; types: string }>();
    for (const m of ms) {
      const e = g.get(m.name);
      const t = re ? canonicalType(m.type ?? '').replace(re, 'this') : canonicalType(m.type ?? '');
      if (e) e.types += `\u0000${t}`;
      else g.set(m.name, { optional: !!m.optional, types: t });
    }
    return g;
  };
  const om = group(o.members, o.name);
  const nm = group(n.members, n.name);
  for (const [k, m] of nm) {
    const x = om.get(k);
    if (!x) d.add('added');
    else {
      if (x.optional !== m.optional) d.add('optionality');
      if (x.types !== m.types) d.add('types');
    }
  }
  for (const k of om.keys()) if (!nm.has(k)) d.add('removed');
  if (o.kind !== n.kind) d.add('kind');
  if (o.exported !== n.exported) d.add('export');
  // Same members but the hash differs: an order change is semantic for enums (values shift).
  if (!d.size && o.kind === 'enum' && o.members.map((m) => m.name).join() !== n.members.map((m) => m.name).join()) d.add('order');
  return [...d];
}
