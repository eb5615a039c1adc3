// Command ids of the GlitchLab extension — the ONE declaration in code (issue 9).
// Who talks to whom: the client registers every command here with VS Code and package.json
// `contributes.commands` gives each a title; the server names client commands in the code
// lenses it sends (openDeltaInspector, egqlRun); tests and docs refer to the same ids.
// `test/unit/commands-manifest.test.ts` fails when this list and package.json disagree.
// No imports: this file is plain data, safe for the client, the server and the webviews.

/** Every command the extension contributes, by its id. Use these constants, never the string. */
export const CommandIds = {
  /** "GlitchLab: Select Base…"; args: [rev?: string | null] (scripted use: a revision, '' or null = default base). */
  selectBase: 'glitchlab.selectBase',
  /** "GlitchLab: Reindex". */
  reindex: 'glitchlab.reindex',
  /** "GlitchLab: Show Output". */
  showOutput: 'glitchlab.showOutput',
  /** "GlitchLab: Status and Next Steps…" — the status bar item's click (issue 15: what it means, the decision lines, actions). */
  statusActions: 'glitchlab.statusActions',
  /** "GlitchLab: Restart Language Server". */
  restartServer: 'glitchlab.restartServer',
  /** "GlitchLab: Open Delta Inspector" and the target of the server's code lenses (spec §6); from the palette (no args): the whole change; a lens narrows it to a file or symbol; args: [OpenDeltaInspectorArgs?]. */
  openDeltaInspector: 'glitchlab.openDeltaInspector',
  /** "GlitchLab: Open Spec Monitor" (spec §6, §3.8): thresholds, ΔZ per module, history, freeze. */
  openSpecMonitor: 'glitchlab.openSpecMonitor',
  /** "GlitchLab: HUD Triage (playbook 8)": the Delta Inspector and the Spec Monitor side by side on the current change. */
  hudTriage: 'glitchlab.hudTriage',
  /** "GlitchLab: Open Mosaic" (spec §3.9). */
  openMosaic: 'glitchlab.openMosaic',
  /** "GlitchLab: Backtest Gates on History" (issue 17): `glx gates backtest` as a markdown preview; args: [commits?: number]. */
  gatesBacktest: 'glitchlab.gatesBacktest',
  /** The "▶ Run" code lens above each query of a .egql document, and the palette everywhere (no .egql editor: asks for a query or an .egql file); args: [EgqlRunLensArgs?]. */
  egqlRun: 'glitchlab.egql.run',
} as const;

export type CommandId = (typeof CommandIds)[keyof typeof CommandIds];

/** All command ids, in declaration order. */
export const ALL_COMMAND_IDS: readonly CommandId[] = Object.values(CommandIds);

export interface OpenDeltaInspectorArgs {
  /** Repo-relative POSIX path (absent: the whole change). */
  file?: string;
  line?: number;
  symbol?: string;
}

export interface EgqlRunLensArgs {
  /** file:// URI of the .egql document. */
  uri: string;
  /** The query text the lens stands above. */
  query: string;
  /** 0-based line of the query's first line. */
  line: number;
}

/** The arguments each command takes (what a code lens or `executeCommand` passes). */
export interface CommandArgs {
  [CommandIds.selectBase]: [rev?: string | null];
  [CommandIds.reindex]: [];
  [CommandIds.showOutput]: [];
  [CommandIds.statusActions]: [];
  [CommandIds.restartServer]: [];
  [CommandIds.openDeltaInspector]: [args?: OpenDeltaInspectorArgs];
  [CommandIds.openSpecMonitor]: [];
  [CommandIds.hudTriage]: [];
  [CommandIds.openMosaic]: [];
  [CommandIds.egqlRun]: [args?: EgqlRunLensArgs];
  [CommandIds.gatesBacktest]: [commits?: number];
}

/**
 * A command object as the server puts it into a code lens (structurally an LSP `Command`), with
 * the arguments checked against the command's id.
 */
export function lensCommand<C extends CommandId>(title: string, command: C, ...args: CommandArgs[C]): { title: string; command: C; arguments: CommandArgs[C] } {
  return { title, command, arguments: args };
}
