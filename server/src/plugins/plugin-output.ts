// A plugin's output checked against its manifest and the view it was given (issue 16), then
// turned into engine tokens (delta.tokens.v1, spec §3.3). Anything off — a kind the manifest does
// not declare, a file it was not given, a line outside the file, a magnitude out of range, an
// oversized payload — rejects the whole output: the plugin is quarantined for `invalid-output`
// with the first problem as evidence, rather than half-trusted.
import type { Policy } from '../config/policy';
import type { PluginTokenKind } from '../delta/catalogue';
import type { DeltaToken, TokenMeta } from '../delta/token';
import { TEST_FILE_FACTOR } from '../delta/tokenize-context';
import { redactDeep, redactSecrets } from '../redact';
import { isTestPath } from '../symbols/analyze';
import type { ValidManifest } from './manifest';
import type { PluginChange, ChangedFile } from './plugin-api';

/** Caps on one detect() answer (docs/plugins.md "Limits"). */
export const OUTPUT_LIMITS = {
  /** Bytes of one answer line on the wire: checked while reading, before parsing (sandbox.ts). */
  bytes: 1024 * 1024,
  tokens: 1000,
  evidence: 5,
  evidenceChars: 300,
  /** Bytes of `before`/`after` each, as JSON. */
  valueBytes: 2048,
  magnitude: 1000,
  symbolChars: 300,
} as const;

export class InvalidOutput extends Error {}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isLine = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1;

/** Head line where base line `oldLine` stood (the hunk's new start; unchanged lines shift by the hunks above). */
function headLineOf(f: ChangedFile, oldLine: number): number {
  let shift = 0;
  for (const h of f.hunks) {
    if (oldLine < h.oldStart) break;
    if (oldLine < h.oldStart + Math.max(1, h.oldLines)) return Math.max(1, h.newStart);
    shift = h.newStart + h.newLines - (h.oldStart + h.oldLines);
  }
  return Math.max(1, oldLine + shift);
}

/**
 * The plugin's raw answer as engine tokens, or an InvalidOutput naming the first problem.
 * `plugin` names the source in every token's meta (the Delta Inspector says where it came from).
 */
export function toDeltaTokens(raw: unknown, manifest: ValidManifest, view: PluginChange, policy: Policy): DeltaToken[] {
  if (!Array.isArray(raw)) throw new InvalidOutput(`detect() must return an array of tokens, got ${raw === null ? 'null' : typeof raw}`);
  if (raw.length > OUTPUT_LIMITS.tokens) throw new InvalidOutput(`too many tokens: ${raw.length} (at most ${OUTPUT_LIMITS.tokens} per change)`);
  const files = new Map(view.files.map((f) => [f.path, f]));
  const out: DeltaToken[] = [];
  raw.forEach((t, i) => {
    const at = `token ${i}`;
    if (!isRecord(t)) throw new InvalidOutput(`${at}: must be an object`);
    const kind = t.kind;
    if (typeof kind !== 'string' || !Object.prototype.hasOwnProperty.call(manifest.tokens, kind)) {
      throw new InvalidOutput(`${at}: unknown kind ${JSON.stringify(kind)} (the manifest declares ${Object.keys(manifest.tokens).join(', ')})`);
    }
    const spec = manifest.tokens[kind as PluginTokenKind];
    const f = typeof t.file === 'string' ? files.get(t.file) : undefined;
    if (!f) throw new InvalidOutput(`${at}: file ${JSON.stringify(t.file)} was not part of the change given to detect()`);
    const sideName = t.side === undefined ? 'after' : t.side;
    if (sideName !== 'after' && sideName !== 'before') throw new InvalidOutput(`${at}: side must be "before" or "after"`);
    const side = sideName === 'after' ? f.after : f.before;
    if (!side) throw new InvalidOutput(`${at}: ${f.path} has no ${sideName} side (status ${f.status})`);
    const line = t.line;
    const endLine = t.endLine === undefined ? line : t.endLine;
    if (!isLine(line) || line > side.lineCount) throw new InvalidOutput(`${at}: line ${JSON.stringify(line)} is outside ${f.path} (${sideName}: ${side.lineCount} lines)`);
    if (!isLine(endLine) || endLine < line || endLine > side.lineCount) throw new InvalidOutput(`${at}: endLine ${JSON.stringify(endLine)} is outside ${line}..${side.lineCount} of ${f.path}`);
    const col = t.col === undefined ? 0 : t.col;
    if (typeof col !== 'number' || !Number.isInteger(col) || col < 0 || col > 100_000) throw new InvalidOutput(`${at}: col must be a whole number ≥ 0`);
    const magnitude = t.magnitude === undefined ? 1 : t.magnitude;
    if (typeof magnitude !== 'number' || !Number.isFinite(magnitude) || magnitude < 0 || magnitude > OUTPUT_LIMITS.magnitude) {
      throw new InvalidOutput(`${at}: magnitude must be a number between 0 and ${OUTPUT_LIMITS.magnitude}`);
    }
    if (t.symbol !== undefined && (typeof t.symbol !== 'string' || !t.symbol || t.symbol.length > OUTPUT_LIMITS.symbolChars)) {
      throw new InvalidOutput(`${at}: symbol must be a non-empty string of at most ${OUTPUT_LIMITS.symbolChars} characters`);
    }
    let evidence: string[] | undefined;
    if (t.evidence !== undefined) {
      if (!Array.isArray(t.evidence) || t.evidence.length > OUTPUT_LIMITS.evidence || t.evidence.some((e) => typeof e !== 'string' || e.length > OUTPUT_LIMITS.evidenceChars)) {
        throw new InvalidOutput(`${at}: evidence must be at most ${OUTPUT_LIMITS.evidence} strings of at most ${OUTPUT_LIMITS.evidenceChars} characters`);
      }
      evidence = (t.evidence as string[]).map(redactSecrets);
    }
    for (const k of ['before', 'after'] as const) {
      if (t[k] !== undefined && JSON.stringify(t[k]).length > OUTPUT_LIMITS.valueBytes) throw new InvalidOutput(`${at}: ${k} is larger than ${OUTPUT_LIMITS.valueBytes} bytes`);
    }
    const known = new Set(['kind', 'file', 'line', 'endLine', 'col', 'side', 'symbol', 'magnitude', 'before', 'after', 'evidence']);
    const extra = Object.keys(t).find((k) => !known.has(k));
    if (extra) throw new InvalidOutput(`${at}: unknown field ${JSON.stringify(extra)}`);

    // A deleted file's tokens stay on its base path and lines; removed code in a file that
    // still exists stands at the head line where it was (spec §3.3 TokenRange).
    const deleted = !f.after;
    const headLine = sideName === 'after' || deleted ? line : headLineOf(f, line);
    const headEnd = sideName === 'after' || deleted ? endLine : headLine;
    const file = f.path;
    const module = policy.moduleOf(file);
    const w = policy.weightOf(kind as PluginTokenKind, module, file, spec.weight);
    const meta: TokenMeta = { public_api: false, plugin: manifest.name };
    // What the kind means, from the manifest: the editor's plain words for the token (explain/plain-words.ts).
    if (spec.description) meta.what = redactSecrets(spec.description.slice(0, OUTPUT_LIMITS.evidenceChars));
    if (sideName === 'before') meta.baseRange = { line, endLine };
    if (evidence?.length) meta.evidence = evidence;
    out.push({
      schema: 'delta.tokens.v1',
      kind: kind as PluginTokenKind,
      category: spec.category,
      file,
      uid: t.symbol ? `PLUGIN::${file}#${redactSecrets(t.symbol as string)}` : `FILE::${file}`,
      module,
      ...(t.symbol !== undefined ? { symbol: redactSecrets(t.symbol as string) } : {}),
      range: { line: headLine, col, endLine: headEnd },
      ...(t.before !== undefined ? { before: redactDeep(t.before) } : {}),
      ...(t.after !== undefined ? { after: redactDeep(t.after) } : {}),
      magnitude,
      // Tokens of test files count a quarter (spec §3.6), as built-in ones do (tokenize-context.ts).
      weight: isTestPath(file) ? Math.round(w * TEST_FILE_FACTOR * 1e6) / 1e6 : w,
      meta,
    });
  });
  return out;
}
