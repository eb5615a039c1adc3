// Playbook 3 — reindex AST/Δ and recompute the mosaic (spec §3.9, §7; seed playbook 3): `glx ast
// index`, `glx ast delta --from BASE --to HEAD`, `glx mosaic …`, then the gates (`glx
// invariants --ci`), all through the use cases. Rollback: the previous artifacts (ast_index,
// ast_delta, mosaic/*, the reports) byte for byte from the run's snapshot — the seed restores
// them from the latest audit zip; the snapshot is the same files, taken just before.
import { CommandIds } from '../protocol/commands';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildAstDelta, buildAstIndex } from '../app/ast-artifacts';
import { missingArtifacts, renderMosaic } from '../app/mosaic-artifacts';
import { InputError } from '../errors';
import { DEFAULT_PARAMS, type MosaicParams } from '../mosaic/layers';
import { f2, judged, writeJudgement } from './analysis';
import { num, str } from './inputs';
import type { Playbook, StepContext } from './types';

const POLICY = 'analysis/policy.json';
const side = (v: unknown) => (Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 256 ? undefined : 'an integer in 1..256');

async function baseSha(ctx: StepContext): Promise<string> {
  const hit = ctx.memo.base as string | undefined;
  if (hit) return hit;
  const b = await ctx.ws.repo.resolveBase(str(ctx.inputs, 'base'), { flag: '--base' });
  ctx.memo.base = b.sha;
  return b.sha;
}

function params(ctx: StepContext): MosaicParams {
  const phi = str(ctx.inputs, 'phi') ?? (fs.existsSync(path.join(ctx.ws.repo.root, POLICY)) ? 'policy' : 'balanced');
  return { ...DEFAULT_PARAMS, rows: num(ctx.inputs, 'rows')!, cols: num(ctx.inputs, 'cols')!, phi: phi as MosaicParams['phi'] };
}

const revs = async (ctx: StepContext) => ({ base: await baseSha(ctx), head: str(ctx.inputs, 'head') });

export const reindexPlaybook: Playbook = {
  id: 'reindex',
  number: 3,
  command: CommandIds.playbookReindex,
  title: 'Reindex AST/Δ and recompute the mosaic',
  when: 'wide structural changes, changes under mosaic/, or the AST ↔ mosaic maps disagree',
  inputs: [
    { name: 'base', type: 'string', desc: 'BASE revision (default: merge-base with the default branch, else HEAD)' },
    { name: 'head', type: 'string', desc: 'HEAD revision (default: the working tree)' },
    { name: 'rows', type: 'number', default: 64, desc: 'mosaic rows', validate: side },
    { name: 'cols', type: 'number', default: 64, desc: 'mosaic columns', validate: side },
    { name: 'phi', type: 'enum', choices: ['basic', 'balanced', 'policy'], desc: `Φ intensity (default: policy when ${POLICY} exists, else balanced)` },
  ],
  requires: ['has-commits'],
  writes: 'glx',
  rollback: 'restore the previous .glx/ast_index.json, ast_delta.json, mosaic/* and reports (the run\'s snapshot)',
  steps: [
    {
      id: 'ast-index',
      title: 'Reindex the AST (glx ast index)',
      writes: '.glx/ast_index.json',
      rollback: 'the previous file',
      touches: () => ['.glx/ast_index.json'],
      async plan(ctx) {
        return { lines: [`index the symbols of ${str(ctx.inputs, 'head') ?? 'the working tree'} → .glx/ast_index.json`] };
      },
      async apply(ctx) {
        const r = await buildAstIndex(ctx.ws, { rev: str(ctx.inputs, 'head') });
        return { summary: `${r.files} files, ${r.symbols} symbols`, artifacts: ['.glx/ast_index.json'] };
      },
      async verify(ctx) {
        const j = JSON.parse(fs.readFileSync(path.join(ctx.ws.glxDir, 'ast_index.json'), 'utf8')) as { schema?: string };
        if (j.schema !== 'ast.index.v1') throw new InputError('.glx/ast_index.json: not an ast.index.v1 file after the reindex');
      },
    },
    {
      id: 'ast-delta',
      title: 'Structural Δ BASE..HEAD (glx ast delta)',
      writes: '.glx/ast_delta.json',
      rollback: 'the previous file',
      touches: () => ['.glx/ast_delta.json'],
      async plan(ctx) {
        return { lines: [`structural tokens ${(await baseSha(ctx)).slice(0, 10)}..${str(ctx.inputs, 'head') ?? 'WORKTREE'} → .glx/ast_delta.json`] };
      },
      async apply(ctx) {
        const r = await buildAstDelta(ctx.ws, { from: await baseSha(ctx), to: str(ctx.inputs, 'head') });
        return { summary: `${r.tokens} structural token(s)`, artifacts: ['.glx/ast_delta.json'] };
      },
    },
    {
      id: 'mosaic',
      title: 'Recompute the mosaic (glx mosaic --strict-artifacts)',
      writes: '.glx/mosaic/*',
      rollback: 'the previous .glx/mosaic/ (files removed or restored)',
      touches: () => ['.glx/mosaic'],
      async plan(ctx) {
        const p = params(ctx);
        return { lines: [`glx mosaic --rows ${p.rows} --cols ${p.cols} --edge-thr ${p.edgeThr} --kappa-ab ${p.kappa} --phi ${p.phi}${p.phi === 'policy' ? ` --policy-file ${POLICY}` : ''} --delta ${p.delta} --out .glx/mosaic --strict-artifacts`] };
      },
      async apply(ctx) {
        const r = await renderMosaic(ctx.ws, await revs(ctx), params(ctx), { policyFile: params(ctx).phi === 'policy' ? POLICY : undefined });
        ctx.memo.mosaic = r;
        return { summary: `${r.artifacts.length} artifacts · I3 ${r.i3.status} E=${r.i3.E.toFixed(3)} τ=${r.i3.tau}`, artifacts: r.artifacts.map((a) => `.glx/mosaic/${a}`) };
      },
      async verify(ctx, applied) {
        const missing = missingArtifacts(path.join(ctx.ws.glxDir, 'mosaic'), (applied.artifacts ?? []).map((a) => path.basename(a)));
        if (missing.length || !fs.existsSync(path.join(ctx.ws.glxDir, 'mosaic', 'mosaic_map.json'))) throw new InputError(`.glx/mosaic: missing artifacts: ${missing.join(', ') || 'mosaic_map.json'}`);
      },
    },
    {
      id: 'gates',
      title: 'Validate the gates (glx invariants --ci)',
      writes: '.glx/delta_report.json, .glx/invariants.json',
      rollback: 'the previous reports',
      touches: () => ['.glx/delta_report.json', '.glx/invariants.json'],
      async plan() {
        return { lines: ['evaluate I1–I4 on BASE..HEAD and write the reports'] };
      },
      async apply(ctx) {
        const j = await judged(ctx, await revs(ctx));
        const artifacts = await writeJudgement(ctx, j, 'invariants.json');
        return { summary: `${j.evaluation.outcome.decision} · ΔZ ${f2(j.analysis.result.explain.change.dz)}`, artifacts, report: `### Gates after the reindex\n\n${j.evaluation.outcome.explain.map((l) => `- ${l}`).join('\n')}` };
      },
    },
  ],
};
