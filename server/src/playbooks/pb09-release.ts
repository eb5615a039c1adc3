// Playbook 9 — release / hotfix (spec §7; seed playbook 9): checks (the gates on HEAD's change do
// not BLOCK, 0 CRITICAL SAST findings, a version above the current one, a tag not taken yet),
// bump VERSION.json (version, channel), commit `chore(release): <v>`, annotated tag v<v>.
// Never pushes. Rollback: delete the (unpushed) tag and take the bump back (reset --keep; a
// revert when the bump was already pushed). After a push, the seed's "mark yanked, previous
// tag as latest" is the release tooling's job (docs/playbooks.md).
import { CommandIds } from '../protocol/commands';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputError } from '../errors';
import { sastCriticalCount } from '../gates/repo-inputs';
import { writeFileAtomic } from '../util/atomic-write';
import { f2, judged } from './analysis';
import { blocks } from './gates-of';
import { str } from './inputs';
import type { Playbook, StepContext } from './types';

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?$/;
const VERSION_FILE = 'VERSION.json';

export function compareSemver(a: string, b: string): number {
  const pa = SEMVER.exec(a);
  const pb = SEMVER.exec(b);
  if (!pa || !pb) return a.localeCompare(b);
  for (let i = 1; i <= 3; i++) if (Number(pa[i]) !== Number(pb[i])) return Number(pa[i]) - Number(pb[i]);
  if (!pa[4] && pb[4]) return 1;
  if (pa[4] && !pb[4]) return -1;
  const xa = (pa[4] ?? '').split('.');
  const xb = (pb[4] ?? '').split('.');
  for (let i = 0; i < Math.max(xa.length, xb.length); i++) {
    if (xa[i] === undefined) return -1;
    if (xb[i] === undefined) return 1;
    const na = /^\d+$/.test(xa[i]);
    const nb = /^\d+$/.test(xb[i]);
    if (na && nb && Number(xa[i]) !== Number(xb[i])) return Number(xa[i]) - Number(xb[i]);
    if (na !== nb) return na ? -1 : 1;
    if (xa[i] !== xb[i]) return xa[i] < xb[i] ? -1 : 1;
  }
  return 0;
}

const version = (ctx: StepContext) => str(ctx.inputs, 'version')!;
const channel = (ctx: StepContext) => str(ctx.inputs, 'channel') ?? (SEMVER.exec(version(ctx))?.[4]?.split('.')[0] ?? 'stable');
const tagOf = (ctx: StepContext) => `${str(ctx.inputs, 'tag-prefix') ?? 'v'}${version(ctx)}`;

function readVersionFile(root: string): Record<string, unknown> | undefined {
  const file = path.join(root, VERSION_FILE);
  if (!fs.existsSync(file)) return undefined;
  try {
    const v = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
    if (!v || typeof v !== 'object' || Array.isArray(v)) throw new Error('not an object');
    return v as Record<string, unknown>;
  } catch (e) {
    throw new InputError(`${VERSION_FILE}: not a JSON object (${(e as Error).message})`, { input: VERSION_FILE });
  }
}

export const releasePlaybook: Playbook = {
  id: 'release',
  number: 9,
  command: CommandIds.playbookRelease,
  title: 'Release / hotfix',
  when: 'preparing a beta/stable release or a quick hotfix',
  inputs: [
    { name: 'version', type: 'string', required: true, desc: 'the new version (semver, e.g. 1.6.0-beta.2)', validate: (v) => (SEMVER.test(String(v)) ? undefined : 'not a semantic version like 1.6.0 or 1.6.0-beta.2') },
    { name: 'channel', type: 'enum', choices: ['alpha', 'beta', 'rc', 'stable'], desc: 'release channel (default: from the pre-release part, else stable)' },
    { name: 'tag-prefix', type: 'string', default: 'v', desc: 'tag name prefix' },
  ],
  requires: ['clean-tree', 'not-shallow', 'has-commits'],
  writes: 'git',
  rollback: 'delete the unpushed tag and take the VERSION.json bump back; after a push: mark the release yanked, previous tag as latest',
  steps: [
    {
      id: 'checks',
      title: 'Checks: gates pass, 0 CRITICAL findings, version and tag free',
      writes: 'nothing',
      rollback: 'nothing to undo',
      async plan(ctx) {
        const root = ctx.ws.repo.root;
        const cur = readVersionFile(root);
        const v = version(ctx);
        if (typeof cur?.version === 'string' && compareSemver(v, cur.version) <= 0) throw new InputError(`--version ${v}: not above the current ${cur.version} (${VERSION_FILE})`);
        if ((await ctx.git.refState()).tags[tagOf(ctx)]) throw new InputError(`tag ${tagOf(ctx)} already exists`);
        const crit = sastCriticalCount(ctx.ws.glxDir);
        if (crit > 0) throw new InputError(`${crit} CRITICAL SAST finding(s) in .glx/security/queue.json: a release needs 0`);
        const j = await judged(ctx, { range: 'HEAD' });
        if (blocks(j.evaluation.outcome)) throw new InputError(`the gates say ${j.evaluation.outcome.decision} on HEAD (${j.evaluation.outcome.explain[0]}): fix that first`);
        return { lines: [`${VERSION_FILE}: ${String(cur?.version ?? 'none')} → ${v} (${channel(ctx)})`, `gates on HEAD: ${j.evaluation.outcome.decision} (ΔZ ${f2(j.analysis.result.explain.change.dz)})`, 'SAST: 0 CRITICAL'] };
      },
      async apply(ctx) {
        const j = await judged(ctx, { range: 'HEAD' });
        return { summary: `gates ${j.evaluation.outcome.decision}, 0 CRITICAL` };
      },
    },
    {
      id: 'bump',
      title: 'Bump VERSION.json and commit chore(release)',
      writes: 'VERSION.json, a commit (not pushed)',
      rollback: 'reset --keep to the previous HEAD (a revert when already pushed)',
      git: true,
      touches: () => [VERSION_FILE],
      async plan(ctx) {
        return { lines: [`write ${VERSION_FILE} {version: "${version(ctx)}", channel: "${channel(ctx)}"}; git commit -m "chore(release): ${version(ctx)}"`] };
      },
      async apply(ctx) {
        const root = ctx.ws.repo.root;
        const cur = readVersionFile(root) ?? {};
        writeFileAtomic(path.join(root, VERSION_FILE), `${JSON.stringify({ ...cur, version: version(ctx), channel: channel(ctx) }, null, 2)}\n`);
        const head = await ctx.git.commitPaths([VERSION_FILE], `chore(release): ${version(ctx)}`);
        return { summary: `${VERSION_FILE} ${version(ctx)} committed in ${head.slice(0, 10)}`, artifacts: [VERSION_FILE], data: { head } };
      },
      async verify(ctx) {
        const v = readVersionFile(ctx.ws.repo.root);
        if (v?.version !== version(ctx) || v?.channel !== channel(ctx)) throw new InputError(`${VERSION_FILE}: not bumped to ${version(ctx)} (${channel(ctx)})`);
        if ((await ctx.git.statusLines()).length) throw new InputError('the working tree is not clean after the release commit');
      },
    },
    {
      id: 'tag',
      title: 'Annotated tag v<version>',
      writes: 'an annotated tag (not pushed)',
      rollback: 'delete the tag',
      git: true,
      async plan(ctx) {
        return { lines: [`git tag -a ${tagOf(ctx)} -m "release ${version(ctx)} (${channel(ctx)})"`] };
      },
      async apply(ctx) {
        await ctx.git.createAnnotatedTag(tagOf(ctx), `release ${version(ctx)} (${channel(ctx)})`);
        return { summary: `tagged ${tagOf(ctx)}`, data: { tag: tagOf(ctx) } };
      },
      async verify(ctx) {
        const st = await ctx.git.refState();
        if (!st.tags[tagOf(ctx)]) throw new InputError(`tag ${tagOf(ctx)} missing after tagging`);
      },
    },
    {
      id: 'next',
      title: 'Push it yourself (nothing is pushed)',
      writes: 'nothing',
      rollback: 'nothing to undo',
      async plan(ctx) {
        return { lines: [`git push origin HEAD ${tagOf(ctx)} (then wait for the release workflow)`] };
      },
      async apply(ctx) {
        return { summary: 'nothing pushed', report: `### Next\n\nNothing was pushed. \`git push origin HEAD ${tagOf(ctx)}\`, then wait for the release workflow (artifacts, SBOM, signatures).` };
      },
    },
  ],
};
