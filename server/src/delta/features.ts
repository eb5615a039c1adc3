// Features z(Δ) exported with the report — spec §3.6: histograms per kind and category, bigram
// counts, ΔLOC, files touched, public-API share, hot-spot flag, SAST counts.
import type { Fingerprint } from './fingerprint';
import type { DeltaToken } from './token';

export interface Features {
  histogram: { kind: Record<string, number>; category: Record<string, number> };
  bigrams: Record<string, number>;
  loc: { added: number; deleted: number; total: number };
  files_touched: number;
  public_api_share: number;
  hotspot: boolean;
  sast: { total: number; critical: number };
}

export function features(
  tokens: readonly DeltaToken[], fp: Fingerprint,
  loc: { added: number; deleted: number }, filesTouched: number, hotspot: boolean,
): Features {
  const kind: Record<string, number> = {};
  const category: Record<string, number> = {};
  for (const t of tokens) {
    kind[t.kind] = (kind[t.kind] ?? 0) + 1;
    category[t.category] = (category[t.category] ?? 0) + 1;
  }
  const bigrams: Record<string, number> = {};
  for (const b of fp.bigrams) {
    // Bigram of kinds (not anchors) so that counts aggregate across symbols.
    const [x, y] = b.split('→').map((s) => s.slice(0, s.indexOf('@')));
    const k = `${x}→${y}`;
    bigrams[k] = (bigrams[k] ?? 0) + 1;
  }
  const pub = tokens.filter((t) => t.meta.public_api).length;
  const sec = tokens.filter((t) => t.category === 'sec');
  return {
    histogram: { kind: sortKeys(kind), category: sortKeys(category) },
    bigrams: sortKeys(bigrams),
    loc: { ...loc, total: loc.added + loc.deleted },
    files_touched: filesTouched,
    public_api_share: tokens.length ? Math.round((pub / tokens.length) * 1e4) / 1e4 : 0,
    hotspot,
    sast: { total: sec.length, critical: sec.filter((t) => t.meta.severity === 'CRITICAL').length },
  };
}

function sortKeys(o: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
