// How a Δ token reads in the editor (spec §6): the one-line message of its diagnostic, its
// ΔZ contribution, and the markdown of hovers. Pure formatting over delta.tokens.v1 records.
import { contribution } from '../delta/energy';
import type { DeltaToken } from '../delta/token';

interface SigPayload {
  params?: string[];
  text?: string;
}

/** `Δ MODIFY_SIG` but `ΔIMPORT` (kinds that already carry the Greek Δ keep it once). */
export function kindLabel(kind: string): string {
  return kind.startsWith('Δ') ? kind : `Δ ${kind}`;
}

/** `+0.44` / `−0.02`: the token's share of ΔZ_raw (spec §3.6), signed. */
export function formatContribution(t: DeltaToken): string {
  const c = contribution(t);
  return `${c < 0 ? '−' : '+'}${Math.abs(c).toFixed(2)}`;
}

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

/** `Δ MODIFY_SIG add(a, b) → add(a, b, c = 0) · +0.16 ΔZ · public API` (spec §6). */
export function tokenMessage(t: DeltaToken): string {
  const detail = tokenDetail(t);
  return `${kindLabel(t.kind)}${detail ? ` ${detail}` : ''} · ${formatContribution(t)} ΔZ${t.meta.public_api ? ' · public API' : ''}`;
}

const fence = (lang: string, body: string) => `\`\`\`${lang}\n${body}\n\`\`\``;

/** Markdown hover for the tokens of one symbol: each token, its ΔZ share, before/after signatures. */
export function hoverMarkdown(symbol: string | undefined, tokens: readonly DeltaToken[], codeLang: string): string {
  const total = tokens.reduce((s, t) => s + contribution(t), 0);
  const lines = [`**GlitchLab Δ** ${symbol ? `\`${symbol}\` ` : ''}· ${total < 0 ? '−' : '+'}${Math.abs(total).toFixed(2)} ΔZ${tokens.some((t) => t.meta.public_api) ? ' · public API' : ''}`, ''];
  for (const t of tokens) {
    const m = t.meta as Record<string, unknown>;
    const detail = Array.isArray(m.detail) ? ` (${(m.detail as string[]).join(', ')})` : '';
    lines.push(`- **${t.kind}**${detail} · ${formatContribution(t)} ΔZ (weight ${t.weight} × ${t.magnitude}${t.meta.public_api && (t.category === 'ast' || t.category === 'types') ? ' × 2 public API' : ''})`);
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
