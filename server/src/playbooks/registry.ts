// The twelve playbooks of spec §7, in order. Adding or wiring one is one file + one line here.
import { InputError } from '../errors';
import { freezePlaybook } from './pb01-freeze';
import { rollbackPlaybook } from './pb02-rollback';
import { reindexPlaybook } from './pb03-reindex';
import { egdbPlaybook } from './pb04-egdb';
import { perfPlaybook } from './pb07-perf';
import { hudPlaybook } from './pb08-hud';
import { releasePlaybook } from './pb09-release';
import { recoveryPlaybook } from './pb10-recovery';
import { spikePlaybook } from './pb12-spike';
import { secretLeakPlaybook } from './pb05-secret-leak';
import { unstuckCiPlaybook } from './pb06-unstuck-ci';
import { presetsPlaybook } from './pb11-presets';
import type { Playbook } from './types';

export const PLAYBOOKS: readonly Playbook[] = [
  freezePlaybook,
  rollbackPlaybook,
  reindexPlaybook,
  egdbPlaybook,
  perfPlaybook,
  hudPlaybook,
  releasePlaybook,
  recoveryPlaybook,
  spikePlaybook,
  secretLeakPlaybook,
  unstuckCiPlaybook,
  presetsPlaybook,
].sort((a, b) => a.number - b.number);

/** By id (`freeze`) or number (`1`); unknown is not-found naming the known ones. */
export function playbookById(idOrNumber: string, list: readonly Playbook[] = PLAYBOOKS): Playbook {
  const pb = list.find((p) => p.id === idOrNumber || String(p.number) === idOrNumber);
  if (!pb) throw new InputError(`playbook ${JSON.stringify(idOrNumber)}: unknown (known: ${list.map((p) => `${p.number} ${p.id}`).join(', ')})`, { kind: 'not-found', input: idOrNumber });
  return pb;
}
