// Playbook 11 — reindex presets/plugins and quarantine (spec §7; seed playbook 11). It needs the
// presets and sandboxed plugins (`glx presets index`, `glx plugins validate/run --sandbox`),
// which another issue is building: registered but `unavailable` until then (one file to wire).
import { CommandIds } from '../protocol/commands';
import type { Playbook, Step } from './types';

const NEEDS = 'needs the presets and sandboxed plugins (glx presets index, glx plugins validate/run --sandbox), which are not built yet';

const pending = (id: string, title: string, writes: string): Step => ({
  id, title, writes, rollback: 'release from quarantine',
  async plan() {
    return { lines: [NEEDS] };
  },
  async apply() {
    throw new Error(NEEDS);
  },
});

export const presetsPlaybook: Playbook = {
  id: 'presets',
  number: 11,
  command: CommandIds.playbookPresets,
  title: 'Reindex presets/plugins and quarantine',
  when: 'presets or filters were added or changed; a plugin is suspected to be unstable',
  inputs: [],
  requires: [],
  writes: 'glx',
  rollback: 'release the plugin from quarantine after verification',
  unavailable: NEEDS,
  steps: [
    pending('index', 'Index the presets (glx presets index)', '.glx/presets_index.json'),
    pending('validate', 'Validate the plugins (glx plugins validate)', 'nothing'),
    pending('quarantine', 'Run the suspicious plugin in the sandbox; quarantine it on failure', '.glx/quarantine.json'),
  ],
};
