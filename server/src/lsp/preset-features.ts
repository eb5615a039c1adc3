// The editor's preset quick pick (issue 16 "a setting plus a status-bar quick pick"): the presets
// of the repository as `glx presets index` lists them (validated, nothing written — an
// untrusted workspace may pick one too: a preset is data, not code), and which one the running
// server applied. Picking sets `glitchlab.preset` in the client, which restarts the server with
// it (client/src/preset-picker.ts).
import { presetIndexEntries } from '../app/presets';
import type { PresetsList } from '../protocol';

export function presetsList(root: string | undefined, active: string | null, activeProblem: string | undefined): PresetsList {
  const presets = root
    ? presetIndexEntries(root).map((e) => {
        const p = e.problems[0];
        return {
          name: e.name,
          file: e.file,
          ...(e.description ? { description: e.description } : {}),
          valid: e.valid,
          ...(p ? { problem: `${p.file}:${p.line}:${p.col}: ${p.message}${e.problems.length > 1 ? ` (+${e.problems.length - 1} more)` : ''}` } : {}),
        };
      })
    : [];
  return { presets, active, ...(activeProblem ? { activeProblem } : {}) };
}
