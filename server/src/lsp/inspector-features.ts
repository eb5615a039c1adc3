// The Delta Inspector's data (spec §6; issue "The Delta Inspector and the Spec Monitor"): every
// semantic token of the live change with the words the other surfaces use — its diagnostic
// message, its share of its module's ΔZ, the plain-words sentence, the arithmetic, before/after
// and the gate lines it feeds (the same strings `glx invariants` prints). No connection, no I/O:
// server.ts answers glitchlab/inspector with what this returns.
import type { HostSnapshot } from '../engine/workspace-host';
import { apportion, tokenShare } from '../explain/explanation';
import { plainWords } from '../explain/plain-words';
import { shareOfModule } from '../explain/sentences';
import { i1ModuleLine, i2PortLine } from '../gates/gate-lines';
import type { InspectorToken, InspectorView } from '../protocol';
import { moduleLookup } from './editor-features';
import { inspectorFindings } from './inspector-findings';
import type { GateView, I2Repair } from './gate-features';
import { shareFormula, signatureSide, tokenMessage } from './token-text';

export function inspectorView(snap: HostSnapshot, rootUri: string, gates: GateView | undefined, repairsOf: (file: string) => I2Repair[]): InspectorView {
  const mod = moduleLookup(snap);
  const all = snap.result.tokens;
  const semantic = all.filter((t) => t.kind !== 'ΔCOMMENTS');
  const fixLines = new Map<string, Set<number>>();
  const fixable = (file: string, line: number): boolean => {
    let s = fixLines.get(file);
    if (!s) fixLines.set(file, (s = new Set(repairsOf(file).filter((r) => r.fix?.kind === 'adapter').map((r) => r.port.location.line))));
    return s.has(line);
  };
  // The list is the parts of each module's ΔZ: shown shares apportioned per module so they add
  // up to the module ΔZ as printed (explain/sentences.ts does the same for sentence parts).
  const shown = new Map<typeof semantic[number], number>();
  const byModule = new Map<string, typeof semantic>();
  for (const t of semantic) (byModule.get(t.module) ?? byModule.set(t.module, []).get(t.module)!).push(t);
  for (const [name, ts] of byModule) {
    const m = mod(name);
    const values = apportion(ts.map((t) => tokenShare(t, m)), m?.dz ?? 0);
    ts.forEach((t, i) => shown.set(t, values[i]));
  }
  const tokens: InspectorToken[] = semantic.map((t) => {
    const m = mod(t.module);
    const share = tokenShare(t, m);
    const shareShown = shown.get(t) ?? 0;
    const from = typeof t.meta.from === 'string' ? t.meta.from : undefined;
    const ports = (gates?.I2.ports ?? []).filter((p) => p.verdict !== 'PASS' && p.location.file === t.file && (p.symbol === t.symbol || (from !== undefined && p.symbol === from)));
    const i1 = gates?.I1.modules.find((x) => x.module === t.module);
    const before = signatureSide(t, 'before') ?? (t.before !== undefined && typeof t.before !== 'object' ? String(t.before) : undefined);
    const after = signatureSide(t, 'after') ?? (t.after !== undefined && typeof t.after !== 'object' ? String(t.after) : undefined);
    return {
      uid: t.uid, kind: t.kind, category: t.category, file: t.file, line: t.range.line, ...(t.symbol ? { symbol: t.symbol } : {}), module: t.module,
      publicApi: !!t.meta.public_api, share: Math.round(share * 1e6) / 1e6, shareShown,
      shareText: m ? shareOfModule(shareShown, m) : '', plain: plainWords(t), message: tokenMessage(t, mod), formula: shareFormula(t, m),
      ...(before !== undefined ? { before } : {}), ...(after !== undefined ? { after } : {}),
      gates: [...ports.map(i2PortLine), ...(i1 ? [i1ModuleLine(i1)] : [])],
      fixable: ports.some((p) => fixable(p.location.file, p.location.line)),
    };
  });
  return {
    generation: snap.generation,
    rootUri,
    summary: snap.result.explain.sentences[0],
    decision: gates?.explain ?? [],
    base: { rev: snap.base?.rev ?? '', sha: snap.base?.sha ?? '' },
    tokens,
    commentOnly: all.length - semantic.length,
    findings: inspectorFindings(snap),
  };
}
