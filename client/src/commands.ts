// The "GlitchLab" commands (spec §6). Each command is a factory taking the Ctx, so a server
// restart needs no re-registration. Titles live in package.json (contributes.commands).
import * as vscode from 'vscode';
import { CommandIds, type OpenDeltaInspectorArgs, type StatusParams } from '../../server/src/protocol';
import type { Ctx } from './ctx';
import { InspectorPanel } from './panels/inspector-panel';
import { baseCandidates } from './git-lists';
import { statusRows } from './status-actions';

type Cmd = (...args: any[]) => unknown;
type Factory = (ctx: Ctx) => Cmd;

export function showOutput(ctx: Ctx): Cmd {
  return () => ctx.output.show(true);
}

export function restartServer(ctx: Ctx): Cmd {
  return () => ctx.restart();
}

export function reindex(ctx: Ctx): Cmd {
  return () =>
    vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: 'GlitchLab: reindexing' },
      async () => reportStatus(ctx, await ctx.reindex()),
    ).then(undefined, (e: Error) => vscode.window.showErrorMessage(`GlitchLab: ${e.message}`));
}

interface BaseItem extends vscode.QuickPickItem {
  /** The revision to send; null = the default base; undefined = ask with an input box. */
  rev?: string | null;
}

/**
 * Quick pick of the default base, the `glitchlab.base` setting, local/remote branches, tags and
 * recent commits (read with the git CLI), or a revision typed into an input box; the pick goes
 * to the server as `glitchlab/selectBase`.
 */
export function selectBase(ctx: Ctx): Cmd {
  return async (arg?: unknown) => {
    let rev: string | null | undefined;
    if (typeof arg === 'string' || arg === null) {
      rev = arg === '' ? null : arg; // scripted use: executeCommand(CommandIds.selectBase, 'main')
    } else {
      const picked = await vscode.window.showQuickPick(baseItems(ctx), {
        title: 'GlitchLab: Select Base',
        placeHolder: 'The revision the working copy is measured against',
        matchOnDescription: true,
        matchOnDetail: true,
      });
      if (!picked) return;
      rev = picked.rev;
      if (rev === undefined) {
        const typed = await vscode.window.showInputBox({
          title: 'GlitchLab: Select Base',
          prompt: 'A git revision: branch, tag, sha, HEAD~3, origin/main…',
          value: ctx.selectedBase ?? ctx.config.base ?? '',
          validateInput: (v) => (/^\s*-/.test(v) ? 'A revision cannot start with "-"' : undefined),
        });
        if (typed === undefined) return;
        rev = typed.trim() === '' ? null : typed.trim();
      }
    }
    try {
      const st = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: `GlitchLab: measuring against ${rev ?? 'the default base'}` },
        () => ctx.selectBase(rev ?? null),
      );
      reportStatus(ctx, st);
    } catch (e) {
      void vscode.window.showErrorMessage(`GlitchLab: ${(e as Error).message}`);
    }
  };
}

/** Target of the code lenses and the palette: the Delta Inspector panel, narrowed to the lens's file or symbol. */
export function openDeltaInspector(ctx: Ctx): Cmd {
  return async (args?: OpenDeltaInspectorArgs) => InspectorPanel.show(ctx, args);
}

/**
 * The status bar item's click (issue 15, bug 4; spec §6 until the Spec Monitor exists): what the
 * item means, the decision's lines word for word, and the next steps as actions.
 */
export function statusActions(ctx: Ctx): Cmd {
  return async () => {
    type Row = vscode.QuickPickItem & { command?: string };
    const items: Row[] = statusRows(ctx.status, ctx.running).map((r) =>
      r.kind === 'separator' ? { label: r.label, kind: vscode.QuickPickItemKind.Separator } : { label: r.label, detail: r.detail, command: r.kind === 'action' ? r.command : undefined },
    );
    const picked = await vscode.window.showQuickPick(items, { title: 'GlitchLab: status and next steps', placeHolder: 'Pick a next step (Esc closes)', matchOnDetail: true });
    if (!picked) return;
    if (picked.command) await vscode.commands.executeCommand(picked.command);
    else ctx.output.show(true);
  };
}

/** The commands this file owns; openMosaic (panels/mosaic-panel.ts) and egqlRun (egql-results.ts) register themselves. */
type OwnCommand = typeof CommandIds.selectBase | typeof CommandIds.reindex | typeof CommandIds.showOutput | typeof CommandIds.statusActions | typeof CommandIds.restartServer | typeof CommandIds.openDeltaInspector;

const FACTORIES: Record<OwnCommand, Factory> = {
  [CommandIds.selectBase]: selectBase,
  [CommandIds.reindex]: reindex,
  [CommandIds.showOutput]: showOutput,
  [CommandIds.statusActions]: statusActions,
  [CommandIds.restartServer]: restartServer,
  [CommandIds.openDeltaInspector]: openDeltaInspector,
};

export function registerCommands(ctx: Ctx): vscode.Disposable[] {
  return Object.entries(FACTORIES).map(([id, factory]) => vscode.commands.registerCommand(id, factory(ctx)));
}

function reportStatus(ctx: Ctx, st: StatusParams): void {
  if (st.state === 'error') {
    void vscode.window.showErrorMessage(`GlitchLab: ${st.message}`);
  } else {
    ctx.output.info(`status: ${st.state}, ΔZ ${st.dz.toFixed(2)}, ${st.tokens} tokens, base ${shortRev(st.base?.rev)} — ${st.message}`);
  }
}

// ---------------------------------------------------------------- git (read-only)

async function baseItems(ctx: Ctx): Promise<BaseItem[]> {
  const current = ctx.status?.base;
  const items: BaseItem[] = [
    { label: '$(discard) Default base', description: 'merge-base with the default branch (origin/HEAD, main, master), else HEAD', rev: null },
  ];
  const setting = ctx.config.base;
  if (setting) items.push({ label: `$(gear) ${setting}`, description: 'from the glitchlab.base setting', rev: setting });
  items.push({ label: '$(edit) Enter a revision…', description: 'branch, tag, sha, HEAD~3', rev: undefined });
  const cwd = ctx.folder?.uri.scheme === 'file' ? ctx.folder.uri.fsPath : undefined;
  if (!cwd) return items;
  const { refs, commits } = await baseCandidates(cwd);
  if (refs.length) items.push({ label: 'branches and tags', kind: vscode.QuickPickItemKind.Separator });
  for (const { name, sha, subject } of refs) {
    items.push({ label: `$(git-branch) ${name}`, description: sha, detail: subject, rev: name });
  }
  if (commits.length) items.push({ label: 'recent commits', kind: vscode.QuickPickItemKind.Separator });
  // Subject and date in their own columns: the sha is the label, the date its description.
  for (const { sha, subject, when } of commits) {
    items.push({ label: `$(git-commit) ${sha}`, description: when, detail: subject, rev: sha });
  }
  if (current) {
    for (const it of items) if (it.rev && (it.rev === current.rev || current.sha.startsWith(it.rev))) it.picked = true, (it.description = `${it.description ?? ''} (current)`.trim());
  }
  return items;
}

/** A full sha is cut to 12 hex digits; branch names stay as they are. */
function shortRev(rev: string | undefined): string {
  if (!rev) return '?';
  return /^[0-9a-f]{40,64}$/.test(rev) ? rev.slice(0, 12) : rev;
}
