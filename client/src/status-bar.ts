// The GlitchLab status bar item (spec §6): a spinner while the server indexes, then the
// workspace ΔZ with a tooltip of per-module ΔZ and the base. Fed by `glitchlab/status`
// (server → client). Clicking it opens a quick pick of what it means, the decision's lines and
// the next steps (commands.ts statusActions) until the Spec Monitor exists.
import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/protocol';

export class StatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;

  constructor(command: string) {
    this.item = vscode.window.createStatusBarItem('glitchlab.status', vscode.StatusBarAlignment.Left, 50);
    this.item.name = 'GlitchLab';
    this.item.command = command;
    this.starting();
    this.item.show();
  }

  /** Before the server's first status (client starting or restarting). */
  starting(): void {
    this.item.text = '$(sync~spin) GlitchLab starting…';
    this.item.tooltip = 'GlitchLab: starting the language server';
    this.item.backgroundColor = undefined;
  }

  stopped(reason: string): void {
    this.item.text = '$(circle-slash) GlitchLab';
    this.item.tooltip = `GlitchLab: ${reason} — click for the next steps`;
    this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
  }

  update(st: StatusParams): void {
    switch (st.state) {
      case 'indexing':
        this.item.text = '$(sync~spin) GlitchLab indexing…';
        this.item.backgroundColor = undefined;
        break;
      case 'ready':
        // The gates' decision (spec §6: "the workspace decision and ΔZ"), when the server sent one.
        this.item.text = `Δ whole change ΔZ ${st.dz.toFixed(2)}${st.decision ? ` · ${st.decision}` : ''}`;
        this.item.accessibilityInformation = { label: `GlitchLab: whole change ΔZ ${st.dz.toFixed(2)}${st.decision ? `, decision ${st.decision}` : ''}` };
        this.item.backgroundColor = decisionColor(st.decision);
        break;
      case 'error':
        this.item.text = '$(error) GlitchLab';
        this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
        break;
    }
    this.item.tooltip = tooltip(st);
  }

  dispose(): void {
    this.item.dispose();
  }
}

/**
 * Markdown tooltip: the server's sentences, word for word (spec §3.6: the same lines `glx
 * invariants` prints) — the whole change, the decision and each gate's line — then the base.
 */
export function tooltip(st: StatusParams): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.supportThemeIcons = true;
  md.appendMarkdown(st.state === 'ready' ? `**GlitchLab** — whole change\n\n` : `**GlitchLab** — ${st.state}\n\n`);
  if (st.state === 'ready') {
    if (st.summary) md.appendMarkdown(`${escape(st.summary)}\n\n`);
    else md.appendMarkdown(`ΔZ ${st.dz.toFixed(2)} · ${st.tokens} semantic token${st.tokens === 1 ? '' : 's'} in ${st.files} changed file${st.files === 1 ? '' : 's'}\n\n`);
    for (const line of st.explain ?? []) md.appendMarkdown(`- ${escape(line)}\n`);
    if (st.explain?.length) md.appendMarkdown('\n');
  }
  if (st.base) {
    const sha = st.base.sha.slice(0, 12);
    const named = st.base.rev !== st.base.sha && !st.base.sha.startsWith(st.base.rev);
    md.appendMarkdown(`Base: \`${named ? st.base.rev : sha}\`${named ? ` (${sha})` : ''} — ${baseSource(st.base.source)}\n\n`);
  } else {
    md.appendMarkdown('Base: not resolved yet\n\n');
  }
  const t = st.thresholds;
  if (t) md.appendMarkdown(`Thresholds of module ${escape(t.module)}: α ${t.alpha.toFixed(2)} · β ${t.beta.toFixed(2)} · ζ ${t.zeta.toFixed(2)} (${t.basis === 'default' ? 'defaults' : 'calibrated'}${t.frozen ? ', frozen' : ''})\n\n`);
  if (st.message && st.state !== 'ready') md.appendMarkdown(`_${escape(st.message)}_\n\n`);
  md.appendMarkdown('Click for what this means and the next steps');
  return md;
}

/** BLOCK/HARD_BLOCK use the error background, REVIEW the warning background (theme colours). */
function decisionColor(d: StatusParams['decision']): vscode.ThemeColor | undefined {
  if (d === 'BLOCK' || d === 'HARD_BLOCK') return new vscode.ThemeColor('statusBarItem.errorBackground');
  if (d === 'REVIEW') return new vscode.ThemeColor('statusBarItem.warningBackground');
  return undefined;
}

function baseSource(s: NonNullable<StatusParams['base']>['source']): string {
  switch (s) {
    case 'explicit':
      return 'selected';
    case 'merge-base':
      return 'merge-base with the default branch';
    case 'HEAD':
      return 'HEAD';
    case 'empty-tree':
      return 'no commits yet';
  }
}

/** Markdown-escapes text that comes from the repository (branch names, paths, messages). */
function escape(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
