// Playbook 1 — freeze/unfreeze the thresholds on drift (spec §3.8, §7; seed playbook 1). Around
// the calibration use cases (app/calibrate-thresholds.ts): freeze = snapshot
// (.glx/spec_state.before_freeze.json) + frozen state + labels scope, then CI labelling with the
// frozen thresholds (`glx invariants --ci --freeze .glx/spec_state.json`); unfreeze = unfreeze +
// `update --window 90d --by-module`. Rollback: the files as they were (the snapshot), byte for byte.
import { CommandIds } from '../protocol/commands';
import * as path from 'node:path';
import { analyseChange } from '../app/analyse-change';
import { evaluateChange } from '../app/evaluate-change';
import { freezeThresholds, loadSpecState, unfreezeThresholds, updateThresholds } from '../app/calibrate-thresholds';
import { LABELS_SCOPE_FILE, SNAPSHOT_FILE } from '../calibration/freeze';
import { readSpecState } from '../calibration/spec-state';
import { InputError } from '../errors';
import { writeJsonAtomic } from '../util/atomic-write';
import { bool, num, str } from './inputs';
import { leftBehind, recordRestored } from './spec-undo';
import type { Playbook, StepContext } from './types';

const STATE = '.glx/spec_state.json';
const SNAP = `.glx/${SNAPSHOT_FILE}`;
const SCOPE = `.glx/${LABELS_SCOPE_FILE}`;
const isFreeze = (ctx: StepContext) => str(ctx.inputs, 'action') !== 'unfreeze';

export const freezePlaybook: Playbook = {
  id: 'freeze',
  number: 1,
  command: CommandIds.playbookFreeze,
  title: 'Freeze/unfreeze thresholds on drift',
  when: 'a threshold drift was detected (Page-Hinkley), false positives fluctuate, or a series of PRs exceeds β for no real reason',
  inputs: [
    { name: 'action', type: 'enum', choices: ['freeze', 'unfreeze'], default: 'freeze', desc: 'freeze the thresholds, or unfreeze them and learn again' },
    { name: 'commits', type: 'number', default: 20, desc: 'freeze: for how many commits', validate: (v) => (Number.isInteger(v) && (v as number) > 0 ? undefined : 'a positive integer') },
    { name: 'reason', type: 'string', default: 'drift guard', desc: 'freeze: why (recorded in the state)', validate: (v) => (String(v).trim() ? undefined : 'must not be empty') },
    { name: 'by-module', type: 'boolean', default: true, desc: 'unfreeze: relearn thresholds per module (update --by-module)' },
  ],
  requires: ['has-commits'],
  writes: 'glx',
  rollback: 'restore the snapshot: .glx/spec_state.json (and the freeze artifacts) as they were before the run',
  steps: [
    {
      id: 'calibrate',
      title: 'Calibrate first if never calibrated',
      writes: STATE,
      rollback: 'the file as before (none)',
      touches: () => [STATE],
      async plan(ctx) {
        if (loadSpecState(ctx.ws)) return { lines: ['thresholds already calibrated (.glx/spec_state.json)'], skip: 'already calibrated' };
        if (!isFreeze(ctx)) throw new InputError(`${STATE}: no such file: nothing to unfreeze`, { kind: 'not-found' });
        return { lines: ['no .glx/spec_state.json yet: calibrate α/β/ζ from the branch history first (glx calibrate update)'] };
      },
      async apply(ctx) {
        const cal = ctx.ws.policy.config.calibration;
        const r = await updateThresholds(ctx.ws, { window: { commits: cal.windowCommits, days: cal.windowDays }, byModule: false, warn: ctx.warn });
        return { summary: `calibrated from ${r.windowCommits} commit(s) of ${r.branch}`, artifacts: [STATE], data: { left: leftBehind(ctx) } };
      },
      undo: recordRestored,
    },
    {
      id: 'freeze',
      title: 'Snapshot and freeze the thresholds (freeze)',
      writes: `${STATE}, ${SNAP}, ${SCOPE}, EGDB spec.freeze.start`,
      rollback: 'restore the three files as they were (the snapshot)',
      touches: () => [STATE, SNAP, SCOPE],
      async plan(ctx) {
        if (!isFreeze(ctx)) return { lines: [], skip: 'action is unfreeze' };
        const s = loadSpecState(ctx.ws);
        if (s?.frozen) return { lines: [`already frozen since ${s.frozen.at} (${s.frozen.reason}), ${s.frozen.remaining} commit(s) left`], skip: 'already frozen' };
        const n = num(ctx.inputs, 'commits');
        const modules = s ? Object.keys(s.modules).length : 1;
        return {
          lines: [
            `snapshot ${STATE} → ${SNAP}`,
            `freeze α/β/ζ of ${modules} module entr${modules === 1 ? 'y' : 'ies'} for ${n} commits (reason: ${str(ctx.inputs, 'reason')})`,
            `labels scope: the last ${n} commits → ${SCOPE}`,
          ],
        };
      },
      async apply(ctx) {
        const st = await freezeThresholds(ctx.ws, { commits: num(ctx.inputs, 'commits')!, reason: str(ctx.inputs, 'reason')!, warn: ctx.warn });
        return { summary: `frozen for ${st.frozen!.commits} commits (${st.frozen!.reason})`, artifacts: [STATE, SNAP, SCOPE], data: { left: leftBehind(ctx) } };
      },
      undo: recordRestored,
      async verify(ctx) {
        const s = loadSpecState(ctx.ws);
        if (!s?.frozen) throw new InputError(`${STATE}: not frozen after the freeze`);
        const snap = readSpecState(path.join(ctx.ws.glxDir, SNAPSHOT_FILE), SNAP);
        if (!snap || snap.frozen) throw new InputError(`${SNAP}: missing or itself frozen`);
      },
    },
    {
      id: 'label',
      title: 'CI labelling with the frozen thresholds (freeze)',
      writes: '.glx/delta_report.json, .glx/invariants.json',
      rollback: 'the two reports as before',
      touches: () => ['.glx/delta_report.json', '.glx/invariants.json'],
      async plan(ctx) {
        if (!isFreeze(ctx)) return { lines: [], skip: 'action is unfreeze' };
        return { lines: ['glx invariants --ci --freeze .glx/spec_state.json on the working change: CI reports, the quantiles are not learned'] };
      },
      async apply(ctx) {
        const a = await analyseChange(ctx.ws, {}, { cache: false, by: 'playbook' });
        const e = await evaluateChange(ctx.ws, a, { freeze: path.join(ctx.ws.glxDir, 'spec_state.json') });
        writeJsonAtomic(path.join(ctx.ws.glxDir, 'delta_report.json'), e.report);
        writeJsonAtomic(path.join(ctx.ws.glxDir, 'invariants.json'), e.invariants);
        return {
          summary: `${e.outcome.decision} with the frozen thresholds (ΔZ ${a.result.explain.change.dz.toFixed(2)})`,
          artifacts: ['.glx/delta_report.json', '.glx/invariants.json'],
          report: `### CI labelling with frozen thresholds\n\n${e.outcome.explain.map((l) => `- ${l}`).join('\n')}`,
        };
      },
    },
    {
      id: 'unfreeze',
      title: 'Unfreeze the thresholds (unfreeze)',
      writes: `${STATE}, EGDB spec.freeze.end`,
      rollback: 'restore .glx/spec_state.json as it was',
      touches: () => [STATE],
      async plan(ctx) {
        if (isFreeze(ctx)) return { lines: [], skip: 'action is freeze' };
        const s = loadSpecState(ctx.ws);
        if (!s) throw new InputError(`${STATE}: no such file: nothing to unfreeze`, { kind: 'not-found' });
        if (!s.frozen) return { lines: ['thresholds are not frozen'], skip: 'not frozen' };
        return { lines: [`unfreeze (frozen since ${s.frozen.at}: ${s.frozen.reason}); thresholds recomputed from the recorded samples`] };
      },
      async apply(ctx) {
        const r = await unfreezeThresholds(ctx.ws, { warn: ctx.warn });
        return { summary: r.before.frozen ? `unfrozen (was frozen since ${r.before.frozen.at})` : 'was not frozen', artifacts: [STATE], data: { left: leftBehind(ctx) } };
      },
      undo: recordRestored,
      async verify(ctx) {
        if (loadSpecState(ctx.ws)?.frozen) throw new InputError(`${STATE}: still frozen after unfreeze`);
      },
    },
    {
      id: 'update',
      title: 'Learn the thresholds again: update --window 90d --by-module (unfreeze)',
      writes: `${STATE}, EGDB spec.thresholds.update`,
      rollback: 'restore .glx/spec_state.json as it was',
      touches: () => [STATE],
      async plan(ctx) {
        if (isFreeze(ctx)) return { lines: [], skip: 'action is freeze' };
        return { lines: [`glx calibrate update --window 90d${bool(ctx.inputs, 'by-module') ? ' --by-module' : ''} (incremental: commits already sampled are reused)`] };
      },
      async apply(ctx) {
        const r = await updateThresholds(ctx.ws, { window: { commits: 100000, days: 90 }, byModule: bool(ctx.inputs, 'by-module'), warn: ctx.warn });
        const mods = Object.entries(r.state.modules).map(([m, s]) => `${m}: α ${s.alpha.toFixed(3)} β ${s.beta.toFixed(3)} ζ ${s.zeta.toFixed(3)} (${s.basis}, n=${s.n})`);
        return { summary: `relearned from ${r.windowCommits} commit(s) (${r.analysed} analysed, ${r.reused} reused)`, artifacts: [STATE], report: `### Thresholds after update\n\n${mods.map((l) => `- ${l}`).join('\n')}`, data: { left: leftBehind(ctx) } };
      },
      undo: recordRestored,
    },
  ],
};

