// The revision inputs several playbooks share (`--base`, `--head`, `--range`), as the analysing verbs take them.
import type { RevisionSpec } from '../app/analyse-change';
import { str } from './inputs';
import type { Inputs, PlaybookInput } from './types';

export const REV_INPUTS: readonly PlaybookInput[] = [
  { name: 'base', type: 'string', desc: 'base revision (default: merge-base with the default branch, else HEAD)' },
  { name: 'head', type: 'string', desc: 'head revision (default: the working tree)' },
  { name: 'range', type: 'string', desc: 'a range A..B, or one commit X meaning X^..X', validate: (_v, all) => (all.base !== undefined || all.head !== undefined ? 'give --range or --base/--head, not both' : undefined) },
];

export const revsOf = (inputs: Inputs): RevisionSpec => ({ base: str(inputs, 'base'), head: str(inputs, 'head'), range: str(inputs, 'range') });

export const describeRevs = (r: RevisionSpec) => (r.range ? `range ${r.range}` : `${r.base ?? 'the default base'}..${r.head ?? 'the working tree'}`);
