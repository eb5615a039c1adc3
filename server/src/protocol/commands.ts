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
  // Playbooks (spec §7, issue 13): one palette command per playbook (8 is hudTriage above), and
  // the undo of the last run. Each command: inputs → dry-run plan → confirm → run with progress.
  /** "GlitchLab: Playbook 1 — Freeze/Unfreeze Thresholds…". */
  playbookFreeze: 'glitchlab.playbook.freeze',
  /** "GlitchLab: Playbook 2 — Roll Back a Gate-Violating Commit…". */
  playbookRollback: 'glitchlab.playbook.rollback',
  /** "GlitchLab: Playbook 3 — Reindex AST/Δ and Mosaic…". */
  playbookReindex: 'glitchlab.playbook.reindex',
  /** "GlitchLab: Playbook 4 — Rebuild EGDB, Views and Sanity Check…". */
  playbookEgdb: 'glitchlab.playbook.egdb',
  /** "GlitchLab: Playbook 5 — Secret Leak / SAST CRITICAL…" (on the SAST bridge). */
  playbookSecretLeak: 'glitchlab.playbook.secretLeak',
  /** "GlitchLab: Playbook 6 — Unstuck CI…". */
  playbookUnstuckCi: 'glitchlab.playbook.unstuckCi',
  /** "GlitchLab: Playbook 7 — Perf Regression / SSIM Drop…". */
  playbookPerf: 'glitchlab.playbook.perf',
  /** "GlitchLab: Playbook 9 — Release / Hotfix…". */
  playbookRelease: 'glitchlab.playbook.release',
  /** "GlitchLab: Playbook 10 — Disaster Recovery from an Audit Backup…". */
  playbookRecovery: 'glitchlab.playbook.recovery',
  /** "GlitchLab: Playbook 11 — Presets/Plugins and Quarantine…" (on the presets and the plugin sandbox). */
  playbookPresets: 'glitchlab.playbook.presets',
  /** "GlitchLab: Playbook 12 — Δ Spike > Z…". */
  playbookSpike: 'glitchlab.playbook.spike',
  /** "GlitchLab: Undo Last Playbook Run"; args: [runId?: string]. */
  playbookUndo: 'glitchlab.playbook.undo',
  /** "GlitchLab: Select Analysis Preset…" — the preset status bar item's click (issue 16): presets/*.yaml + none → glitchlab.preset (workspace); args: [name?: string | null] (scripted use: a name, '' or null = none). */
  selectPreset: 'glitchlab.selectPreset',
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
  [CommandIds.playbookFreeze]: [];
  [CommandIds.playbookRollback]: [];
  [CommandIds.playbookReindex]: [];
  [CommandIds.playbookEgdb]: [];
  [CommandIds.playbookSecretLeak]: [];
  [CommandIds.playbookUnstuckCi]: [];
  [CommandIds.playbookPerf]: [];
  [CommandIds.playbookRelease]: [];
  [CommandIds.playbookRecovery]: [];
  [CommandIds.playbookPresets]: [];
  [CommandIds.playbookSpike]: [];
  [CommandIds.playbookUndo]: [runId?: string];
  [CommandIds.selectPreset]: [name?: string | null];
}

/**
 * A command object as the server puts it into a code lens (structurally an LSP `Command`), with
 * the arguments checked against the command's id.
 */
export function lensCommand<C extends CommandId>(title: string, command: C, ...args: CommandArgs[C]): { title: string; command: C; arguments: CommandArgs[C] } {
  return { title, command, arguments: args };
}
