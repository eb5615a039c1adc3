// Hashing helpers shared by symbols, fingerprint and artifacts. sha256 everywhere so that a
// fingerprint computed on one machine equals the one computed on any other (spec §3.5).
import { createHash } from 'node:crypto';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Collapse runs of whitespace to one space and trim: signature/type texts compare by content. */
export function normalizeWs(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
