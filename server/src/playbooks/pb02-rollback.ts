// Playbook 2 — roll back a patch that violates the I-gates (spec §7; seed playbook 2): the
// diagnosis of the commit (delta_report.json + invariants_<SHA>.json, `glx invariants --commit`),
// then either `git revert` (`-m 1` for a merge) or a `hotfix/fix-I<n>-<short>` branch for a
// minimal fix. Never pushes: the report prints the push command. A revert that conflicts is
// aborted (`git revert --abort`: tree and index as before) and the run stops, rolling back the
// diagnosis. Rollback of a finished run: the branch/commit removed (reset --keep, or a revert of
// the revert when it was already pushed) and the reports as before.
import { CommandIds } from '../protocol/commands';
import { InputError } from '../errors';
import { blocks, failingGates } from './gates-of';
import { f2, judged, writeJudgement } from './analysis';
import { bool, str } from './inputs';
import type { Playbook, StepContext } from './types';

const sha = async (ctx: StepContext) => {
  const hit = ctx.memo.sha as string | undefined;
  if (hit) return hit;
  const s = await ctx.ws.repo.revParse(str(ctx.inputs, 'sha')!, `--sha ${str(ctx.inputs, 'sha')}`);
  ctx.memo.sha = s;
  return s;
};
const diag = async (ctx: StepContext) => judged(ctx, { range: await sha(ctx) });
const isMerge = async (ctx: StepContext) => (await ctx.git.parents(await sha(ctx))).length > 1;
const mode = (ctx: StepContext) => str(ctx.inputs, 'mode') ?? 'revert';

async function hotfixBranch(ctx: StepContext): Promise<string> {
  const gates = failingGates((await diag(ctx)).evaluation.outcome);
  return `hotfix/fix-I${gates[0] ?? 1}-${(await sha(ctx)).slice(0, 7)}`;
}

/** The gates must say BLOCK (or --force): rolling back a commit the gates accept is not this playbook. */
async function requireViolation(ctx: StepContext): Promise<string | undefined> {
  const o = (await diag(ctx)).evaluation.outcome;
  if (blocks(o)) return undefined;
  if (bool(ctx.inputs, 'force')) return `the commit passes the gates (${o.decision}); rolling back anyway (--force)`;
  throw new InputError(`commit ${(await sha(ctx)).slice(0, 10)} passes the gates (${o.decision}): nothing to roll back (add --force to revert it anyway)`);
}

export const rollbackPlaybook: Playbook = {
  id: 'rollback',
  number: 2,
  command: CommandIds.playbookRollback,
  title: 'Roll back a patch that violates the I-gates',
  when: 'a merge broke I1–I4 (e.g. Φ/Δ no longer commute)',
  inputs: [
    { name: 'sha', type: 'string', required: true, desc: 'the commit (or merge) to roll back' },
    { name: 'mode', type: 'enum', choices: ['revert', 'hotfix'], default: 'revert', desc: 'revert the commit, or open a hotfix branch for a minimal fix' },
    { name: 'force', type: 'boolean', default: false, desc: 'roll back even when the commit passes the gates' },
  ],
  requires: ['clean-tree', 'not-shallow', 'has-commits'],
  writes: 'git',
  rollback: 'the revert is itself the rollback; undoing the run removes the revert commit (or the hotfix branch) and the reports',
  steps: [
    {
      id: 'diagnose',
      title: 'Diagnose the commit (glx invariants --commit SHA)',
      writes: '.glx/delta_report.json, .glx/invariants_<SHA>.json',
      rollback: 'the previous reports',
      touches: (ctx) => ['.glx/delta_report.json', `.glx/invariants_${ctx.memo.sha as string}.json`],
      async plan(ctx) {
        const j = await diag(ctx);
        const files = j.analysis.cs.changes.map((c) => c.new?.path ?? c.old?.path).filter(Boolean);
        return { lines: [`git show --name-only ${(await sha(ctx)).slice(0, 10)}${(await isMerge(ctx)) ? ' (a merge: compared with its first parent)' : ''}: ${files.slice(0, 8).join(', ')}${files.length > 8 ? ', …' : ''}`, ...j.evaluation.outcome.explain] };
      },
      async apply(ctx) {
        const j = await diag(ctx);
        const artifacts = await writeJudgement(ctx, j, `invariants_${await sha(ctx)}.json`);
        return { summary: `${j.evaluation.outcome.decision} · ΔZ ${f2(j.analysis.result.explain.change.dz)}${failingGates(j.evaluation.outcome).length ? ` · failing I${failingGates(j.evaluation.outcome).join(', I')}` : ''}`, artifacts, report: `### Diagnosis of ${await sha(ctx)}\n\n${j.evaluation.outcome.explain.map((l) => `- ${l}`).join('\n')}` };
      },
    },
    {
      id: 'revert',
      title: 'git revert (-m 1 for a merge)',
      writes: 'a revert commit on the current branch (not pushed)',
      rollback: 'reset --keep to the previous HEAD (a revert of the revert once pushed)',
      git: true,
      async plan(ctx) {
        if (mode(ctx) !== 'revert') return { lines: [], skip: 'mode is hotfix' };
        const note = await requireViolation(ctx);
        return { lines: [...(note ? [note] : []), `git revert --no-edit${(await isMerge(ctx)) ? ' -m 1' : ''} ${(await sha(ctx)).slice(0, 10)} (a conflict aborts the revert and stops the run, tree restored)`] };
      },
      async apply(ctx) {
        const before = (await ctx.git.refState()).head;
        const head = await ctx.git.revert(await sha(ctx), (await isMerge(ctx)) ? { mainline: 1 } : {});
        return { summary: `reverted in ${head.slice(0, 10)}`, data: { before, head } };
      },
      async verify(ctx, applied) {
        const { before, head } = applied.data as { before: string; head: string };
        const parents = await ctx.git.parents(head);
        if (parents[0] !== before) throw new InputError(`revert commit ${head.slice(0, 10)} is not on top of ${before.slice(0, 10)}`);
      },
    },
    {
      id: 'hotfix-branch',
      title: 'Open hotfix/fix-I<n>-<short> for a minimal fix',
      writes: 'a new local branch, checked out',
      rollback: 'check the previous branch out again and delete the new one',
      git: true,
      async plan(ctx) {
        if (mode(ctx) !== 'hotfix') return { lines: [], skip: 'mode is revert' };
        const note = await requireViolation(ctx);
        const b = await hotfixBranch(ctx);
        if ((await ctx.git.refState()).branches[b]) throw new InputError(`branch ${b} already exists`);
        return { lines: [...(note ? [note] : []), `git checkout -b ${b}`] };
      },
      async apply(ctx) {
        const b = await hotfixBranch(ctx);
        await ctx.git.createBranch(b);
        return { summary: `on ${b}`, data: { branch: b } };
      },
      async verify(ctx, applied) {
        if ((await ctx.git.refState()).branch !== (applied.data as { branch: string }).branch) throw new InputError('the hotfix branch is not checked out');
      },
    },
    {
      id: 'next',
      title: 'What to do next (nothing is pushed)',
      writes: 'nothing',
      rollback: 'nothing to undo',
      async plan(ctx) {
        return { lines: [mode(ctx) === 'revert' ? 'review the revert, then push it yourself: git push origin HEAD' : 'make the minimal fix, run the tests and glx invariants --ci, commit, then git push -u origin <the hotfix branch>'] };
      },
      async apply(ctx) {
        const line = mode(ctx) === 'revert'
          ? `Nothing was pushed. Review the revert, then: \`git push origin HEAD\`.`
          : `Nothing was pushed. On \`${await hotfixBranch(ctx)}\`: make the minimal fix, run the tests and \`glx invariants --ci\`, \`git commit -am "fix: restore I${failingGates((await diag(ctx)).evaluation.outcome)[0] ?? 1} after ${(await sha(ctx)).slice(0, 7)}"\`, then \`git push -u origin ${await hotfixBranch(ctx)}\`.`;
        return { summary: 'nothing pushed', report: `### Next\n\n${line}` };
      },
    },
  ],
};
