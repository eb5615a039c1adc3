// normalize(tokens) — spec §3.4. Deterministic and independent of input order: tokens are
// first put in a total order, then (1) deduplicated with payload fusion, (2) rewritten, and
// (3) stably sorted by (file, line, category order, kind). Idempotent (tested by properties).
import { CATEGORY_ORDER } from './catalogue';
import type { DeltaToken } from './token';

const catRank = new Map(CATEGORY_ORDER.map((c, i) => [c, i] as const));
const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

/** Canonical JSON (sorted keys) so that order-independent comparisons are possible. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o).filter((k) => o[k] !== undefined).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

/** Spec §3.4 step 3 order, extended with a full tie-break so the result never depends on input order. */
export function compareTokens(a: DeltaToken, b: DeltaToken): number {
  return (
    cmp(a.file, b.file) ||
    a.range.line - b.range.line ||
    (catRank.get(a.category) ?? 99) - (catRank.get(b.category) ?? 99) ||
    cmp(a.kind, b.kind) ||
    cmp(a.symbol ?? '', b.symbol ?? '') ||
    cmp(a.uid, b.uid) ||
    a.range.endLine - b.range.endLine ||
    a.range.col - b.range.col ||
    cmp(canonicalJson(a), canonicalJson(b))
  );
}

const dedupeKey = (t: DeltaToken) => `${t.uid || t.file}\u0000${t.kind}\u0000${Math.floor(t.range.line / 5) * 5}`;

function fuse(a: DeltaToken, b: DeltaToken): DeltaToken {
  const evidence = [...new Set([...(a.meta.evidence ?? []), ...(b.meta.evidence ?? [])])].sort().slice(0, 5);
  const fused: DeltaToken = {
    ...a,
    range: { line: Math.min(a.range.line, b.range.line), col: a.range.line <= b.range.line ? a.range.col : b.range.col, endLine: Math.max(a.range.endLine, b.range.endLine) },
    weight: Math.max(a.weight, b.weight),
    magnitude: Math.max(a.magnitude, b.magnitude),
    meta: { ...b.meta, ...a.meta, public_api: a.meta.public_api || b.meta.public_api },
  };
  const ra = a.meta.baseRange;
  const rb = b.meta.baseRange;
  if (ra || rb) {
    // Fused spans cover both base spans, so every changed base line stays explained.
    fused.meta.baseRange = ra && rb ? { line: Math.min(ra.line, rb.line), endLine: Math.max(ra.endLine, rb.endLine) } : (ra ?? rb)!;
  }
  if (evidence.length) fused.meta.evidence = evidence;
  else delete fused.meta.evidence;
  if (a.kind === 'MODIFY_SIG') {
    fused.meta.detail = mergeDetail(a.meta.detail, b.meta.detail);
    if (a.meta.compatible !== undefined || b.meta.compatible !== undefined) {
      // Compatible only if both are (AND); the weight is that of the verdict kept: the larger
      // of the breaking tokens' weights when either is breaking (spec §3.3 0.22 vs 0.08).
      const ca = a.meta.compatible === true;
      const cb = b.meta.compatible === true;
      fused.meta.compatible = ca && cb;
      if (ca !== cb) fused.weight = ca ? b.weight : a.weight;
    }
  }
  return fused;
}

function mergeDetail(a: unknown, b: unknown): string[] {
  const order = ['arity', 'names', 'defaults', 'types', 'order', 'kind', 'return', 'async'];
  const set = new Set([...(Array.isArray(a) ? a : []), ...(Array.isArray(b) ? b : [])] as string[]);
  return [...set].sort((x, y) => (order.indexOf(x) - order.indexOf(y)) || cmp(x, y));
}

export function normalize(tokens: readonly DeltaToken[]): DeltaToken[] {
  const sorted = [...tokens].sort(compareTokens);

  // (1) dedupe on (uid or file, kind, floor(line/5)*5), fusing payloads.
  const byKey = new Map<string, DeltaToken>();
  for (const t of sorted) {
    const k = dedupeKey(t);
    const prev = byKey.get(k);
    byKey.set(k, prev ? fuse(prev, t) : t);
  }
  let ts = [...byKey.values()];

  // (2a) ADD + DEL of the same uid → nothing.
  const addDel = (kind: string) => kind.startsWith('ADD_') || kind.startsWith('DEL_');
  const uidKinds = new Map<string, Set<string>>();
  for (const t of ts) if (addDel(t.kind)) {
    if (!uidKinds.has(t.uid)) uidKinds.set(t.uid, new Set());
    uidKinds.get(t.uid)!.add(t.kind.slice(0, 3));
  }
  ts = ts.filter((t) => !(addDel(t.kind) && uidKinds.get(t.uid)?.size === 2));

  // (2b) a chain of renames → one rename from the first to the last name.
  for (const kind of ['RENAME_FN', 'RENAME_CLASS'] as const) {
    const renames = ts.filter((t) => t.kind === kind);
    const byFrom = new Map<string, DeltaToken>();
    for (const r of renames) byFrom.set(`${r.file}\u0000${String(r.meta.from)}`, r);
    const consumed = new Set<DeltaToken>();
    const replacements = new Map<DeltaToken, DeltaToken>();
    for (const r of renames) {
      if (consumed.has(r)) continue;
      let last = r;
      const seen = new Set([r]);
      for (;;) {
        const next = byFrom.get(`${last.file}\u0000${String(last.meta.to)}`);
        if (!next || seen.has(next)) break;
        seen.add(next);
        consumed.add(next);
        last = next;
      }
      if (last !== r) replacements.set(r, { ...last, meta: { ...last.meta, from: r.meta.from, public_api: [...seen].some((x) => x.meta.public_api) } });
    }
    ts = ts.filter((t) => !consumed.has(t) || replacements.has(t)).map((t) => replacements.get(t) ?? t);
    // A chain that returns to its start is no rename at all.
    ts = ts.filter((t) => !(t.kind === kind && t.meta.from === t.meta.to));
  }

  // (2c) MOVE + RENAME of one symbol stay two tokens with a shared meta.pair.
  const moveOf = new Map<string, DeltaToken>();
  for (const t of ts) if (t.kind === 'MOVE_SYMBOL' && t.symbol && !moveOf.has(`${t.file}\u0000${t.symbol}`)) moveOf.set(`${t.file}\u0000${t.symbol}`, t);
  const paired = new Map<DeltaToken, DeltaToken>();
  ts = ts.map((t) => {
    if ((t.kind === 'RENAME_FN' || t.kind === 'RENAME_CLASS') && t.symbol) {
      const m = moveOf.get(`${t.file}\u0000${t.symbol}`);
      if (m) {
        const pair = String(m.meta.pair ?? t.meta.pair ?? `pair:${t.file}:${t.symbol}`);
        if (m.meta.pair !== pair) paired.set(m, { ...m, meta: { ...m.meta, pair } });
        return t.meta.pair === pair ? t : { ...t, meta: { ...t.meta, pair } };
      }
    }
    return t;
  });
  ts = ts.map((t) => paired.get(t) ?? t);

  // (2d) two MODIFY_SIG of one symbol → one with merged detail (and meta.compatible AND'ed).
  const sigs = new Map<string, DeltaToken>();
  const drop = new Set<DeltaToken>();
  for (const t of ts) {
    if (t.kind !== 'MODIFY_SIG') continue;
    const k = `${t.file}\u0000${t.symbol ?? t.uid}`;
    const prev = sigs.get(k);
    if (prev) {
      drop.add(t);
      sigs.set(k, fuse(prev, t));
    } else sigs.set(k, t);
  }
  ts = ts.filter((t) => !drop.has(t)).map((t) => (t.kind === 'MODIFY_SIG' ? sigs.get(`${t.file}\u0000${t.symbol ?? t.uid}`) ?? t : t));

  // (2e) ΔIMPORT(+X) and ΔIMPORT(−X) in one file → nothing.
  const imports = new Map<string, Set<string>>();
  for (const t of ts) if (t.kind === 'ΔIMPORT') {
    const k = `${t.file}\u0000${String(t.meta.spec)}`;
    if (!imports.has(k)) imports.set(k, new Set());
    imports.get(k)!.add(String(t.meta.sign));
  }
  ts = ts.filter((t) => !(t.kind === 'ΔIMPORT' && imports.get(`${t.file}\u0000${String(t.meta.spec)}`)?.size === 2));

  // (3) stable sort.
  return ts.sort(compareTokens);
}
