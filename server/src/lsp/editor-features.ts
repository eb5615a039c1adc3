// Δ → editor objects (spec §6): diagnostics, code lenses, hovers and the compatibility-adapter
// quick fix, computed from one immutable HostSnapshot. No connection, no I/O: server.ts sends
// what these functions return.
import {
  CodeAction, CodeActionKind, DiagnosticSeverity,
  type CodeLens, type Diagnostic, type Hover, type Position, type Range, type TextEdit,
} from 'vscode-languageserver-protocol';
import { contribution, dzOf } from '../delta/energy';
import type { DeltaToken } from '../delta/token';
import type { HostSnapshot } from '../engine/workspace-host';
import { languageOf } from '../parsing/languages';
import { CommandIds, lensCommand, tokenDocsUrl, type GlitchlabSettings, type OpenDeltaInspectorArgs } from '../protocol';
import type { ParseProblem } from '../symbols/types';
import { planCompatAdapter } from './compat-adapter';
import { hoverMarkdown, kindLabel, tokenMessage } from './token-text';

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

const lineLength = (lines: string[] | undefined, line: number) => (lines && line < lines.length ? lines[line].length : 0);

/** The first line of a token's span (a whole-function underline is noise). 1-based → 0-based. */
function tokenRange(t: DeltaToken, lines: string[] | undefined): Range {
  const line = Math.max(0, t.range.line - 1);
  const len = lineLength(lines, line);
  const start = Math.min(t.range.col, len);
  return { start: { line, character: start }, end: { line, character: Math.max(len, start) } };
}

export function tokenDiagnostics(snap: HostSnapshot, file: string, settings: GlitchlabSettings): Diagnostic[] {
  const out: Diagnostic[] = [];
  const text = snap.textOf(file);
  const lines = text?.split('\n');
  const pe = snap.parseErrors.get(file);
  if (pe) out.push(parseErrorDiagnostic(pe, lines));
  if (!settings.diagnostics.tokens) return out;
  const severity = settings.diagnostics.level === 'hint' ? DiagnosticSeverity.Hint : DiagnosticSeverity.Information;
  for (const t of snap.byFile.get(file) ?? []) {
    if (t.kind === 'ΔCOMMENTS') continue; // spec §6: never for comment/whitespace-only spans
    const data: TokenDiagnosticData = { uid: t.uid, kind: t.kind, file: t.file, symbol: t.symbol, public: !!t.meta.public_api };
    out.push({
      range: tokenRange(t, lines),
      severity,
      source: SOURCE,
      code: t.kind,
      codeDescription: { href: tokenDocsUrl(t.kind) },
      message: tokenMessage(t),
      data,
    });
  }
  return out;
}

/** ONE warning per file that does not parse; its tokens stay those of the last good version (spec §3.1). */
export function parseErrorDiagnostic(pe: ParseProblem, lines: string[] | undefined): Diagnostic {
  const line = Math.max(0, pe.line - 1);
  const len = lineLength(lines, line);
  const start = Math.min(pe.col, len);
  return {
    range: { start: { line, character: start }, end: { line, character: Math.max(len, start) } },
    severity: DiagnosticSeverity.Warning,
    source: SOURCE,
    code: PARSE_ERROR_CODE,
    codeDescription: { href: tokenDocsUrl(PARSE_ERROR_CODE) },
    message: `Syntax error (${pe.message}): Δ tokens of this file are kept from its last version that parsed`,
  };
}

/** Lenses: one per changed symbol and one at the top of the file (spec §6). */
export function codeLenses(snap: HostSnapshot, file: string): CodeLens[] {
  const tokens = (snap.byFile.get(file) ?? []).filter((t) => t.kind !== 'ΔCOMMENTS');
  if (!tokens.length) return [];
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
  const total = tokens.reduce((s, t) => s + contribution(t), 0);
  const out: CodeLens[] = [lens(0, `ΔZ ${dzOf(total).toFixed(2)} · ${tokens.length} token${tokens.length === 1 ? '' : 's'}`, { file })];
  for (const [symbol, ts] of groups) {
    const line = Math.max(0, (symLine.get(symbol) ?? Math.min(...ts.map((t) => t.range.line))) - 1);
    const kinds = [...new Set(ts.map((t) => t.kind))];
    const c = ts.reduce((s, t) => s + contribution(t), 0);
    const title = `${kinds.map(kindLabel).join(', ').replace(/, Δ /g, ', ')} · ${c < 0 ? '−' : '+'}${Math.abs(c).toFixed(2)} ΔZ${ts.some((t) => t.meta.public_api) ? ' · public API' : ''}`;
    out.push(lens(line, title, { file, line: line + 1, symbol }));
  }
  return out;
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
    contents: { kind: 'markdown', value: hoverMarkdown(symbol, shown, lang === 'python' ? 'python' : lang ? 'typescript' : '') },
    range: { start: { line: pos.line, character: 0 }, end: { line: pos.line, character: 0 } },
  };
}

/** Quick fix for a public MODIFY_SIG: insert a deprecated adapter keeping the old signature (spec §6). */
export function codeActions(snap: HostSnapshot, file: string, uri: string, range: Range, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const lang = languageOf(file);
  const head = snap.analysisOf(file, 'head');
  const base = snap.analysisOf(file, 'base');
  const text = snap.textOf(file);
  if (!lang || !head || !base || text === undefined) return [];
  const from = range.start.line + 1;
  const to = range.end.line + 1;
  const out: CodeAction[] = [];
  for (const t of snap.byFile.get(file) ?? []) {
    if (t.kind !== 'MODIFY_SIG' || !t.meta.public_api || !t.symbol) continue;
    if (t.range.endLine < from || t.range.line > to) continue;
    const newSym = head.symbols.find((s) => s.qualname === t.symbol);
    const oldSym = base.symbols.find((s) => s.qualname === t.symbol);
    if (!newSym || !oldSym) continue;
    const plan = planCompatAdapter(lang, oldSym, newSym, head, text);
    if (!plan) continue;
    const edits: TextEdit[] = plan.insertions.map((i) => ({ range: { start: { line: i.line, character: 0 }, end: { line: i.line, character: 0 } }, newText: i.text }));
    const action = CodeAction.create(plan.title, { changes: { [uri]: edits } }, CodeActionKind.QuickFix);
    const diag = diagnostics.find((d) => d.source === SOURCE && d.code === 'MODIFY_SIG' && (d.data as TokenDiagnosticData | undefined)?.symbol === t.symbol);
    if (diag) action.diagnostics = [diag];
    action.isPreferred = true;
    out.push(action);
  }
  return out;
}

