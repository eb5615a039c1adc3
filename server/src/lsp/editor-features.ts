// Δ → editor objects (spec §6): diagnostics, code lenses, hovers and the compatibility-adapter
// quick fix, computed from one immutable HostSnapshot (the quick fix from the I2 repairs
// GateFeatures plans with fixes/compat-adapter.ts). No connection, no I/O: server.ts sends
// what these functions return.
import {
  CodeAction, CodeActionKind, DiagnosticSeverity,
  type CodeLens, type Diagnostic, type Hover, type Position, type Range, type TextEdit,
} from 'vscode-languageserver-protocol';
import type { DeltaToken } from '../delta/token';
import type { HostSnapshot } from '../engine/workspace-host';
import { languageOf } from '../parsing/languages';
import { CommandIds, lensCommand, tokenDocsUrl, type GlitchlabSettings, type OpenDeltaInspectorArgs } from '../protocol';
import type { Lang, ParseProblem } from '../symbols/types';
import { grammarGap } from '../parsing/grammar-gaps';
import { sharesOf } from '../explain/explanation';
import { countsText, shareOfModule } from '../explain/sentences';
import { hoverMarkdown, kindLabel, tokenMessage, type ModuleLookup } from './token-text';
import type { I2Repair } from './gate-features';
import { fileLines } from './text-lines';

export const SOURCE = 'glitchlab';
export const PARSE_ERROR_CODE = 'PARSE_ERROR';

/** Data carried by a token diagnostic, so a code action can find its token again. */
export interface TokenDiagnosticData {
  uid: string;
  kind: string;
  file: string;
  symbol?: string;
  public: boolean;
}

/** The module explanations of a snapshot's result (the numbers every lens, hover and message shows). */
export function moduleLookup(snap: HostSnapshot): ModuleLookup {
  const mods = snap.result.explain.change.modules;
  return (m) => mods.find((x) => x.module === m);
}

const lineLength = (lines: readonly string[] | undefined, line: number) => (lines && line < lines.length ? lines[line].length : 0);

/** The first line of a token's span (a whole-function underline is noise). 1-based → 0-based. */
function tokenRange(t: DeltaToken, lines: readonly string[] | undefined): Range {
  const line = Math.max(0, t.range.line - 1);
  const len = lineLength(lines, line);
  const start = Math.min(t.range.col, len);
  return { start: { line, character: start }, end: { line, character: Math.max(len, start) } };
}

export function tokenDiagnostics(snap: HostSnapshot, file: string, settings: GlitchlabSettings): Diagnostic[] {
  const out: Diagnostic[] = [];
  const lines = fileLines(snap, file);
  const pe = snap.parseErrors.get(file);
  if (pe) out.push(parseErrorDiagnostic(pe, lines, languageOf(file)));
  if (!settings.diagnostics.tokens) return out;
  const severity = settings.diagnostics.level === 'hint' ? DiagnosticSeverity.Hint : DiagnosticSeverity.Information;
  const mod = moduleLookup(snap);
  for (const t of snap.byFile.get(file) ?? []) {
    if (t.kind === 'ΔCOMMENTS') continue; // spec §6: never for comment/whitespace-only spans
    const data: TokenDiagnosticData = { uid: t.uid, kind: t.kind, file: t.file, symbol: t.symbol, public: !!t.meta.public_api };
    out.push({
      range: tokenRange(t, lines),
      severity,
      source: SOURCE,
      code: t.kind,
      codeDescription: { href: tokenDocsUrl(t.kind) },
      message: tokenMessage(t, mod),
      data,
    });
  }
  return out;
}

/** ONE warning per file that does not parse; its tokens stay those of the last good version (spec §3.1). */
export function parseErrorDiagnostic(pe: ParseProblem, lines: readonly string[] | undefined, lang?: Lang): Diagnostic {
  const line = Math.max(0, pe.line - 1);
  const len = lineLength(lines, line);
  const start = Math.min(pe.col, len);
  // Valid TypeScript the bundled grammar cannot read is not the user's error (parsing/grammar-gaps.ts).
  const gap = lang ? grammarGap(lang, lines?.[line], lines?.[line + 1]) : undefined;
  return {
    range: { start: { line, character: start }, end: { line, character: Math.max(len, start) } },
    severity: gap ? DiagnosticSeverity.Information : DiagnosticSeverity.Warning,
    source: SOURCE,
    code: PARSE_ERROR_CODE,
    codeDescription: { href: tokenDocsUrl(PARSE_ERROR_CODE) },
    message: gap
      ? `GlitchLab's TypeScript grammar cannot read ${gap} here (valid TypeScript, not an error of yours): Δ tokens of this file are kept from its last version that parsed, and gate I3 leaves it out`
      : `Syntax error (${pe.message}): Δ tokens of this file are kept from its last version that parsed`,
  };
}

/**
 * Lenses (spec §6, §3.6): at the top of the file its share of its module's ΔZ and what its
 * tokens count (`this file: +0.41 of module src's ΔZ 0.57 · 6 semantic tokens · 2 comment-only`;
 * the gates add the module's decision, gate-features.ts), and above each changed symbol its
 * kinds and share (`Δ MODIFY_SIG · +0.30 of module src's ΔZ · public API`).
 */
export function codeLenses(snap: HostSnapshot, file: string): CodeLens[] {
  const all = snap.byFile.get(file) ?? [];
  const tokens = all.filter((t) => t.kind !== 'ΔCOMMENTS');
  if (!tokens.length) return [];
  const mod = moduleLookup(snap);
  const head = snap.analysisOf(file, 'head');
  const symLine = new Map<string, number>();
  for (const s of head?.symbols ?? []) symLine.set(s.qualname, s.range.line);
  for (const s of head?.types ?? []) symLine.set(s.qualname, s.range.line);
  const groups = new Map<string, DeltaToken[]>();
  for (const t of tokens) {
    if (!t.symbol) continue;
    let g = groups.get(t.symbol);
    if (!g) groups.set(t.symbol, (g = []));
    g.push(t);
  }
  const lens = (line: number, title: string, args: OpenDeltaInspectorArgs): CodeLens => ({
    range: { start: { line, character: 0 }, end: { line, character: 0 } },
    command: lensCommand(title, CommandIds.openDeltaInspector, args),
  });
  const out: CodeLens[] = [lens(0, `this file: ${fileShares(all, mod)} · ${countsText({ semantic: tokens.length, commentOnly: all.length - tokens.length })}`, { file })];
  for (const [symbol, ts] of groups) {
    const line = Math.max(0, (symLine.get(symbol) ?? Math.min(...ts.map((t) => t.range.line))) - 1);
    const kinds = [...new Set(ts.map((t) => t.kind))];
    const m = mod(ts[0].module);
    const share = m ? ` · ${shareOfModule(sharesOf(ts, m), m, false)}` : '';
    const title = `${kinds.map(kindLabel).join(', ').replace(/, Δ /g, ', ')}${share}${ts.some((t) => t.meta.public_api) ? ' · public API' : ''}`;
    out.push(lens(line, title, { file, line: line + 1, symbol }));
  }
  return out;
}

/**
 * The Delta Inspector's words for a scope (the same as the lenses' and Problems'): the whole
 * change's sentence, or `this file: …` / `symbol Cart.subtotal: …` with its share of the module's
 * ΔZ and counts, then each semantic token as its diagnostic reads.
 */
export function scopeLines(snap: HostSnapshot, tokens: readonly DeltaToken[], scope?: { files: string[]; symbol?: string }): string[] {
  const mod = moduleLookup(snap);
  const semantic = tokens.filter((t) => t.kind !== 'ΔCOMMENTS');
  const counts = countsText({ semantic: semantic.length, commentOnly: tokens.length - semantic.length });
  const head = !scope
    ? snap.result.explain.sentences[0]
    : `${scope.symbol ? `symbol ${scope.symbol}` : scope.files.length === 1 ? `file ${scope.files[0]}` : `${scope.files.length} files`}: ${fileShares(tokens, mod)} · ${counts}`;
  return [head, ...semantic.map((t) => `${t.file}:${t.range.line}  ${tokenMessage(t, mod)}`)];
}

/** `+0.41 of module src's ΔZ 0.57` (one per module the file's tokens belong to). */
function fileShares(tokens: readonly DeltaToken[], mod: ModuleLookup): string {
  const by = new Map<string, DeltaToken[]>();
  for (const t of tokens) by.set(t.module, [...(by.get(t.module) ?? []), t]);
  const parts: string[] = [];
  for (const [name, ts] of [...by].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const m = mod(name);
    if (m) parts.push(shareOfModule(sharesOf(ts, m), m));
  }
  return parts.join(', ') || 'no ΔZ';
}

/** Hover on a changed symbol: its tokens with before/after signatures and ΔZ shares. */
export function hover(snap: HostSnapshot, file: string, pos: Position): Hover | null {
  const tokens = (snap.byFile.get(file) ?? []).filter((t) => t.kind !== 'ΔCOMMENTS');
  if (!tokens.length) return null;
  const line = pos.line + 1;
  const head = snap.analysisOf(file, 'head');
  // Innermost changed symbol whose declaration contains the position.
  const changedSymbols = new Set(tokens.map((t) => t.symbol).filter((s): s is string => !!s));
  const containing = (head?.symbols ?? [])
    .filter((s) => changedSymbols.has(s.qualname) && s.range.line <= line && line <= s.range.endLine)
    .sort((a, b) => (a.range.endLine - a.range.line) - (b.range.endLine - b.range.line));
  let symbol: string | undefined = containing[0]?.qualname;
  if (!symbol) {
    const hit = tokens.filter((t) => t.symbol && t.range.line <= line && line <= t.range.endLine)
      .sort((a, b) => (a.range.endLine - a.range.line) - (b.range.endLine - b.range.line))[0];
    symbol = hit?.symbol;
  }
  const shown = symbol ? tokens.filter((t) => t.symbol === symbol) : tokens.filter((t) => t.range.line <= line && line <= t.range.endLine);
  if (!shown.length) return null;
  const lang = languageOf(file);
  return {
    contents: { kind: 'markdown', value: hoverMarkdown(symbol, shown, lang === 'python' ? 'python' : lang ? 'typescript' : '', moduleLookup(snap)) },
    range: { start: { line: pos.line, character: 0 }, end: { line: pos.line, character: 0 } },
  };
}

/**
 * Quick fix for an I2 FAIL that a deprecated adapter repairs (spec §6): the plan comes from the
 * engine (fixes/compat-adapter.ts, via GateFeatures.i2Repairs); this only translates it into a
 * WorkspaceEdit attached to that port's I2 diagnostic. Offered when the range touches the port's
 * location or the client sends its diagnostic; compatible changes (I2 PASS) get nothing.
 */
export function codeActions(snap: HostSnapshot, file: string, uri: string, range: Range, diagnostics: readonly Diagnostic[], repairs: readonly I2Repair[]): CodeAction[] {
  if (snap.textOf(file) === undefined) return [];
  const out: CodeAction[] = [];
  for (const r of repairs) {
    if (r.fix?.kind !== 'adapter' || r.port.location.file !== file) continue;
    const sent = diagnostics.find((d) => d.source === SOURCE && d.code === 'I2' && (d.data as { port?: string } | undefined)?.port === r.port.port);
    const first = r.port.location.line - 1;
    const last = (r.port.location.endLine ?? r.port.location.line) - 1;
    if (!sent && (range.end.line < first || range.start.line > last)) continue;
    const edits: TextEdit[] = r.fix.plan.insertions.map((i) => ({ range: { start: { line: i.line, character: 0 }, end: { line: i.line, character: 0 } }, newText: i.text }));
    const action = CodeAction.create(r.fix.plan.title, { changes: { [uri]: edits } }, CodeActionKind.QuickFix);
    action.diagnostics = [sent ?? r.diagnostic];
    action.isPreferred = true;
    out.push(action);
  }
  return out;
}

