// One version of one file as the engine sees it (spec §2): decoded text, or skipped when
// binary or over 2 MiB; analysed symbol-by-symbol when its language is supported.
import { decodeText, isBinary, isTooLarge } from '../git/file-filter';
import { languageOf } from '../parsing/languages';
import { analyzeSource, type ChunkCache } from '../symbols/analyze';
import type { FileVersion } from '../delta/change-set';

export function makeVersion(path: string, content: Buffer | string | undefined, cache?: ChunkCache): FileVersion {
  if (content === undefined) return { path, text: '' };
  if (typeof content !== 'string') {
    if (isBinary(content)) return { path, skipped: 'binary' };
    if (isTooLarge(content)) return { path, skipped: 'too-large' };
  } else if (Buffer.byteLength(content) > 2 * 1024 * 1024) {
    return { path, skipped: 'too-large' };
  }
  const text = typeof content === 'string' ? content.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '') : decodeText(content);
  const lang = languageOf(path);
  return lang ? { path, text, analysis: analyzeSource(text, path, lang, cache) } : { path, text };
}
