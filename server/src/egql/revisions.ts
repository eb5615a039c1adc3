// `sha(REV)` → the commit EGDB knows it by (spec §3.10; issue 15: the README writes `sha(REV)`,
// so HEAD, HEAD~3, tags and branches must work, in the editor and the CLI alike). The parser
// keeps the revision as written; this step asks git (through a callback: no I/O here) and
// rewrites the query's source to the full sha before it is compiled.
import { EgqlError } from './lexer';
import { REVISION_FORMS, type Query } from './parser';

/** Full sha of the commit `rev` names, or undefined (GitRepo.tryRevParse). */
export type RevisionResolver = (rev: string) => Promise<string | undefined>;

const HEX_PREFIX = /^[0-9a-f]{4,64}$/i;

/**
 * Resolves the `sha(…)` of `q` in place and returns it. `*` and WORKTREE stay; a hex prefix
 * git resolves becomes its full sha, one it does not know stays a prefix (a team EGDB holds
 * commits this clone may not have); anything else must resolve, or the error names the forms
 * that exist. `resolve` undefined (no repository): only hex prefixes, `*` and WORKTREE work.
 */
export async function resolveRevisions(q: Query, resolve: RevisionResolver | undefined): Promise<Query> {
  const src = q.source;
  if (src.kind !== 'sha' || src.value === '*' || src.value.toUpperCase() === 'WORKTREE') return q;
  const sha = resolve ? await resolve(src.value).catch(() => undefined) : undefined;
  if (sha) {
    src.value = sha;
    return q;
  }
  if (HEX_PREFIX.test(src.value)) return q;
  const why = resolve ? 'git does not know this revision' : 'no git repository here to resolve it';
  throw new EgqlError(`sha(${src.value}): ${why} — ${REVISION_FORMS}`, src.valuePos ?? src.pos, src.valueLength ?? src.value.length);
}
