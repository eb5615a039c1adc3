// How a Δ token reads in the editor (spec §6): the one-line message of its diagnostic, its
// share of its module's ΔZ (the explanation model, explain/), and the markdown of hovers —
// plain words first, the formula (raw weight × magnitude, share = ΔZ · raw / ΔZ_raw) in the
// hover's detail. Pure formatting over delta.tokens.v1 records.
import { contribution } from '../delta/energy';
import type { DeltaToken } from '../delta/token';
import { sharesOf, tokenShare, type ModuleExplanation } from '../explain/explanation';
import { shareOfModule, signed } from '../explain/sentences';

interface SigPayload {
  params?: string[];
  text?: string;
}

/** `Δ MODIFY_SIG` but `ΔIMPORT` (kinds that already carry the Greek Δ keep it once). */
export function kindLabel(kind: string): string {
  return kind.startsWith('Δ') ? kind : `Δ ${kind}`;
}

/** The module explanations of a result, by module name. */
export type ModuleLookup = (module: string) => ModuleExplanation | undefined;

const shortName = (symbol: string | undefined) => (symbol ? symbol.slice(symbol.lastIndexOf('.') + 1) : '');

function sigOf(t: DeltaToken, side: 'before' | 'after'): string | undefined {
  const p = t[side] as SigPayload | undefined;
  if (!p || typeof p !== 'object') return undefined;
  const text = typeof p.text === 'string' ? p.text : Array.isArray(p.params) ? `(${p.params.join(', ')})` : undefined;
  return text === undefined ? undefined : `${shortName(t.symbol)}${text}`;
}

/** What changed, in a few words: `add(a, b) → add(a, b, c = 0)`, `+lodash`, `foo → bar`. */
export function tokenDetail(t: DeltaToken): string {
  const m = t.meta as Record<string, unknown>;
  switch (t.kind) {
    case 'MODIFY_SIG':
      return `${sigOf(t, 'before') ?? t.symbol ?? ''} → ${sigOf(t, 'after') ?? ''}`;
    case 'RENAME_FN':
    case 'RENAME_CLASS':
      return `${String(m.from ?? '')} → ${String(m.to ?? t.symbol ?? '')}`;
    case 'MOVE_SYMBOL':
      return `${t.symbol ?? ''} from ${String(m.fromFile ?? '?')}`;
    case 'ΔIMPORT':
      return `${String(m.sign ?? '')}${String(m.spec ?? '')}`;
    case 'ΔDEPENDENCY':
      return `${t.uid.replace(/^DEP::[^:]*:/, '')} ${t.before === undefined ? '∅' : String(t.before)} → ${t.after === undefined ? '∅' : String(t.after)}`;
    case 'RENAME_FILE':
    case 'MOVE_FILE':
      return `${String(m.fromFile ?? m.from ?? '')} → ${t.file}`;
    default:
      if (typeof t.before === 'number' || typeof t.after === 'number') {
        return `${t.symbol ?? t.file} ${String(t.before ?? 0)} → ${String(t.after ?? 0)}`;
      }
      return t.symbol ?? '';
  }
}

/** `Δ MODIFY_SIG add(a, b) → add(a, b, c = 0) · +0.12 of module src's ΔZ · public API` (spec §6, §3.6). */
export function tokenMessage(t: DeltaToken, mod: ModuleLookup): string {
  const detail = tokenDetail(t);
  const m = mod(t.module);
  const share = m ? ` · ${shareOfModule(tokenShare(t, m), m, false)}` : '';
  return `${kindLabel(t.kind)}${detail ? ` ${detail}` : ''}${share}${t.meta.public_api ? ' · public API' : ''}`;
}

/** Why a token weighs what it weighs: `raw 0.16 = weight 0.08 × magnitude 1 × 2 (public API)`. */
export function rawFormula(t: DeltaToken): string {
  const pub = t.meta.public_api && (t.category === 'ast' || t.category === 'types');
  return `raw ${contribution(t).toFixed(2)} = weight ${t.weight} × magnitude ${t.magnitude}${pub ? ' × 2 (public API)' : ''}`;
}

const fence = (lang: string, body: string) => `\`\`\`${lang}\n${body}\n\`\`\``;

/** The whole arithmetic of a token's share: raw weight, then ΔZ · raw / ΔZ_raw of its module. */
export function shareFormula(t: DeltaToken, m: ModuleExplanation | undefined): string {
  return m && m.raw > 0 ? `${rawFormula(t)}; share = ΔZ ${m.dz.toFixed(2)} × ${contribution(t).toFixed(2)} / ΔZ_raw ${m.raw.toFixed(2)}` : rawFormula(t);
}

/** `add(a, b)` — a side of a signature token, when it carries one. */
export function signatureSide(t: DeltaToken, side: 'before' | 'after'): string | undefined {
  return sigOf(t, side);
}

/** Markdown hover for the tokens of one symbol: each token, its share of the module's ΔZ, before/after signatures. */
export function hoverMarkdown(symbol: string | undefined, tokens: readonly DeltaToken[], codeLang: string, mod: ModuleLookup): string {
  const m = mod(tokens[0].module);
  const share = m ? ` · ${shareOfModule(sharesOf(tokens, m), m)}` : '';
  const lines = [`**GlitchLab Δ** ${symbol ? `\`${symbol}\` ` : ''}${share}${tokens.some((t) => t.meta.public_api) ? ' · public API' : ''}`, ''];
  for (const t of tokens) {
    const meta = t.meta as Record<string, unknown>;
    const detail = Array.isArray(meta.detail) ? ` (${(meta.detail as string[]).join(', ')})` : '';
    const tm = mod(t.module);
    lines.push(`- **${t.kind}**${detail} · ${signed(tokenShare(t, tm))} ΔZ — _${shareFormula(t, tm)}_`);
    const before = sigOf(t, 'before');
    const after = sigOf(t, 'after');
    if (before || after) {
      lines.push('', fence(codeLang, [before ? `// before\n${before}` : '// before: —', after ? `// after\n${after}` : '// after: —'].join('\n').replace(/\/\/ /g, codeLang === 'python' ? '# ' : '// ')), '');
    } else {
      const d = tokenDetail(t);
      if (d && d !== t.symbol) lines.push(`  ${d}`);
    }
  }
  return lines.join('\n');
}
