// Fingerprint — spec §3.5. `kind@module#anchor` per normalized token, bigrams within a file,
// sha256 of the joined payload. Non-semantic tokens (ΔCOMMENTS: comments, whitespace,
// formatting, import order) are left out so that those edits never change the fingerprint.
import { sha256Hex } from '../util/hash';
import { isNonSemantic } from './catalogue';
import { normalize } from './normalize';
import type { DeltaToken } from './token';

export interface Fingerprint {
  schema: 'delta.fingerprint.v1';
  hash: string;
  /** The token strings S in order. */
  tokens: string[];
  /** Bigrams `a→b` of consecutive tokens within one file. */
  bigrams: string[];
}

export function anchorOf(t: DeltaToken): string {
  if (t.symbol) return t.symbol;
  if (t.kind === 'ΔIMPORT') return `${t.file}:${t.meta.sign === '-' ? '-' : '+'}${String(t.meta.spec)}`;
  return t.file;
}

export function tokenString(t: DeltaToken): string {
  return `${t.kind}@${t.module}#${anchorOf(t)}`;
}

export function fingerprint(tokens: readonly DeltaToken[], alreadyNormalized = false): Fingerprint {
  const T = (alreadyNormalized ? [...tokens] : normalize(tokens)).filter((t) => !isNonSemantic(t.kind));
  const S = T.map(tokenString);
  const S2: string[] = [];
  for (let i = 1; i < T.length; i++) if (T[i].file === T[i - 1].file) S2.push(`${S[i - 1]}→${S[i]}`);
  const payload = `${S.join('|')}||${S2.join('|')}`;
  return { schema: 'delta.fingerprint.v1', hash: `fp:sha256:${sha256Hex(payload)}`, tokens: S, bigrams: S2 };
}
