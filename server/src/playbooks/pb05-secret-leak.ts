// Playbook 5 — secret leak / SAST CRITICAL incident (spec §3.11, §7; seed playbook 5). It needs
// the SAST bridge (`glx sast scan` / `triage`), which another issue is building: until it lands
// the playbook is registered with its steps and inputs but `unavailable`, so every surface says
// so instead of pretending. Wiring it in = implement the steps here (one file) and drop
// `unavailable`.
import { CommandIds } from '../protocol/commands';
import type { Playbook, Step } from './types';

const NEEDS = 'needs the SAST bridge (glx sast scan / glx sast triage), which is not built yet';

const pending = (id: string, title: string, writes: string): Step => ({
  id, title, writes, rollback: 'none (a leak is not undone; history rewrite only by hand)',
  async plan() {
    return { lines: [NEEDS] };
  },
  async apply() {
    throw new Error(NEEDS);
  },
});

export const secretLeakPlaybook: Playbook = {
  id: 'secret-leak',
  number: 5,
  command: CommandIds.playbookSecretLeak,
  title: 'Secret leak / SAST CRITICAL incident',
  when: 'the SAST bridge reports Secrets|CRITICAL, or Gitleaks/pip-audit report CRITICAL',
  inputs: [],
  requires: ['clean-tree', 'has-commits'],
  writes: 'git',
  rollback: 'none: a leak is not undone (rotate the key; rewrite history only by hand in a maintenance window)',
  unavailable: NEEDS,
  steps: [
    pending('identify', 'Identify the CRITICAL secret findings (queue.json)', 'nothing'),
    pending('remove', 'Remove the secret from the tree, add a placeholder, commit', 'a commit'),
    pending('deny-rule', 'Add a deny rule to security/policy.yaml, commit', 'security/policy.yaml, a commit'),
    pending('rescan', 'Scan again: 0 CRITICAL', '.glx/security/queue.json'),
  ],
};
