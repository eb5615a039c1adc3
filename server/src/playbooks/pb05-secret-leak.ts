// Playbook 5 — secret leak / SAST CRITICAL incident (spec §3.11, §7; seed playbook 5), on the
// SAST bridge (app/sast.ts): identify the CRITICAL secrets in the tree (`glx sast scan
// --history`: each with the commit that first added it), remove each literal (the editor's
// quick fix: an environment lookup, sast/placeholder.ts) and commit, add deny rules to
// security/policy.yaml and commit, scan again (0 CRITICAL secrets in the tree), and the incident
// in the report. Nothing is pushed. A secret is only ever named by its redacted form (detector +
// 8 hex of sha256) and the finding's fingerprint: the value lives in memory for the length of
// one line's edit, never in a plan, log, report, event or output (§3.11).
// Rollback (the runner): the files as before and the branch reset to where it was (a revert when
// already pushed). A leak is not undone by that: the key must be rotated at its provider, and a
// history rewrite (git filter-repo) is a maintenance-window decision taken by hand.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isMap, isSeq, parseDocument, YAMLSeq } from 'yaml';
import { loadSecurityPolicy, scanChange } from '../app/sast';
import { InputError } from '../errors';
import { runGit } from '../git';
import { CommandIds } from '../protocol/commands';
import { DETECTORS } from '../redact';
import { envPlaceholderEdit } from '../sast/placeholder';
import { isEnvFile, scanSecrets } from '../sast/scan-secrets';
import { SECURITY_POLICY_PATH } from '../sast/security-policy';
import type { NormalizedFinding } from '../sast/types';
import { writeFileAtomic } from '../util/atomic-write';
import { num } from './inputs';
import type { Applied, Playbook, StepContext } from './types';

const SECURITY_DIR = '.glx/security';
const SOURCE = 'playbook:secret-leak';
/** Detectors whose own expression is a fit deny pattern (a provider's key format). */
const PROVIDER = new Set(DETECTORS.map((d) => d.id).filter((id) => id !== 'secret-assignment' && id !== 'private-key'));

export interface Incident {
  /** «redacted:<detector>:<8 hex>» — the only name of the value. */
  redacted: string;
  detector: string;
  rule: string;
  fingerprint: string;
  file: string;
  line: number;
  /** "first added in <sha> (<date>)", when history knows it. */
  origin?: string;
  /** Still in the working tree (removable), or only in history. */
  inTree: boolean;
}

const redactedOf = (f: NormalizedFinding) => f.evidence.find((e) => e.startsWith('«redacted:')) ?? /«redacted:[^»]+»/.exec(f.message)?.[0];
const detectorOf = (red: string) => red.slice('«redacted:'.length, red.lastIndexOf(':'));

function readText(root: string, file: string): string | undefined {
  try {
    return fs.readFileSync(path.join(root, file), 'utf8');
  } catch {
    return undefined;
  }
}

/** The CRITICAL secrets of the tree and of history (read-only: the scan writes nothing here). */
async function incidents(ctx: StepContext): Promise<Incident[]> {
  const hit = ctx.memo.incidents as Incident[] | undefined;
  if (hit) return hit;
  const r = await scanChange(ctx.ws, { history: num(ctx.inputs, 'history') ?? 1000, full: true, noWrite: true, source: SOURCE });
  const out: Incident[] = [];
  const seen = new Set<string>();
  for (const f of r.findings) {
    if (f.category !== 'Secrets' || f.severity !== 'CRITICAL' || f.suppression) continue;
    const red = redactedOf(f);
    if (!red || seen.has(`${red}@${f.location.file}`)) continue;
    seen.add(`${red}@${f.location.file}`);
    const text = readText(ctx.ws.repo.root, f.location.file);
    const now = text === undefined ? undefined : scanSecrets(f.location.file, text).find((s) => s.secret?.redacted === red);
    const origin = (f.evidence.find((e) => e.startsWith('first added in ')) ?? /first added in [0-9a-f]+ \([^)]*\)/.exec(f.message)?.[0])?.replace(/ at .*$/, '');
    out.push({ redacted: red, detector: detectorOf(red), rule: f.rule_id, fingerprint: f.fingerprint, file: f.location.file, line: now?.line ?? f.location.line, origin, inTree: !!now });
  }
  ctx.memo.incidents = out;
  return out;
}

const inTree = async (ctx: StepContext) => (await incidents(ctx)).filter((i) => i.inTree);
const where = (i: Incident) => `${i.redacted} ${i.rule} at ${i.file}:${i.line}${i.origin ? `, ${i.origin}` : ''}${i.inTree ? '' : ' (removed from the tree, still in history)'}`;

interface Removal {
  file: string;
  /** The new text of the file (never logged). */
  text: string;
  /** The variables the code now reads, and the identifiers the literals were given to. */
  names: string[];
  idents: string[];
}

/**
 * Each in-tree secret replaced, one at a time (two secrets on one line shift each other's
 * columns, so the file is rescanned after every edit). A secret the placeholder cannot replace
 * (not a quoted literal: a bare key in a comment, a PEM block) is bad input: the run stops and
 * nothing is committed — remove it by hand.
 */
function removals(ctx: StepContext, list: Incident[]): Removal[] {
  const out: Removal[] = [];
  for (const file of [...new Set(list.map((i) => i.file))].sort()) {
    let text = readText(ctx.ws.repo.root, file) ?? '';
    const names: string[] = [];
    const idents: string[] = [];
    for (const i of list.filter((x) => x.file === file)) {
      const at = scanSecrets(file, text).find((s) => s.secret?.redacted === i.redacted);
      if (!at) continue; // removed with an earlier edit of the same literal
      const lines = text.split('\n');
      const src = lines[at.line - 1];
      let next: string | undefined;
      if (isEnvFile(file)) {
        const m = /^([ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=).*$/.exec(src);
        if (m) {
          next = `${m[1]}`;
          names.push(m[2]);
          if (!PROVIDER.has(i.detector)) idents.push(m[2]);
        }
      } else {
        const e = envPlaceholderEdit(file, src, Math.max(0, (at.col ?? 1) - 2));
        if (e) {
          next = src.slice(0, e.start) + e.newText + src.slice(e.end);
          names.push(e.name);
          // A provider's key has its format rule; an identifier rule only for the others (a rule
          // on `id` or `key` for every leaked AWS id would flag half the code base).
          if (e.ident && !PROVIDER.has(i.detector)) idents.push(e.ident);
        }
      }
      if (next === undefined || scanSecrets(file, next).some((s) => s.secret?.redacted === i.redacted)) {
        throw new InputError(`${file}:${at.line}: ${i.redacted} is not a quoted literal the placeholder can replace: remove it by hand, then run playbook 5 again`, { input: file });
      }
      lines[at.line - 1] = next;
      text = lines.join('\n');
    }
    out.push({ file, text, names: [...new Set(names)], idents: [...new Set(idents)] });
  }
  return out;
}

interface DenyEntry {
  id: string;
  pattern: string;
  message: string;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One rule per provider detector (its key format), one per identifier another CRITICAL secret (a private key) was given to. */
function denyEntries(ctx: StepContext, list: Incident[], idents: string[]): DenyEntry[] {
  const have = new Set(loadSecurityPolicy(ctx.ws.repo.root).deny.map((d) => d.id));
  const out: DenyEntry[] = [];
  const add = (e: DenyEntry) => {
    if (!have.has(`policy.${e.id}`) && !out.some((o) => o.id === e.id)) out.push(e);
  };
  for (const d of [...new Set(list.map((i) => i.detector))].sort()) {
    const det = DETECTORS.find((x) => x.id === d);
    if (det && PROVIDER.has(d)) add({ id: `no-${d}`, pattern: det.re.source, message: `${d} in the code (leaked before, playbook 5): read it from the environment` });
  }
  for (const id of idents) add({ id: `no-literal-${id.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`, pattern: `\\b${escapeRe(id)}\\b\\s*[:=]+\\s*["'\`][^"'\`\\s]{4,}`, message: `a literal given to ${id} (leaked before, playbook 5): read it from the environment` });
  return out;
}

/** security/policy.yaml with the entries appended to `deny:` (comments and order of the rest kept). */
function policyWith(root: string, entries: DenyEntry[]): string {
  const text = readText(root, SECURITY_POLICY_PATH) ?? '# Security policy of the SAST bridge (docs/sast.md).\n';
  const doc = parseDocument(text);
  if (doc.contents === null || doc.contents === undefined) doc.contents = doc.createNode({}) as never;
  if (!isMap(doc.contents)) throw new InputError(`${SECURITY_POLICY_PATH}: top level must be a mapping to add deny rules`, { input: SECURITY_POLICY_PATH });
  let deny = doc.get('deny');
  if (deny === undefined || deny === null) {
    deny = new YAMLSeq();
    doc.set('deny', deny);
  }
  if (!isSeq(deny)) throw new InputError(`${SECURITY_POLICY_PATH}: deny must be a list to add rules to it`, { input: SECURITY_POLICY_PATH });
  for (const e of entries) deny.add(doc.createNode({ id: e.id, pattern: e.pattern, message: e.message, severity: 'CRITICAL', cwe: 'CWE-798', secret: true }));
  return doc.toString({ lineWidth: 0 });
}

const removalsOf = (ctx: StepContext) => (ctx.memo.removals as Removal[] | undefined) ?? [];

export const secretLeakPlaybook: Playbook = {
  id: 'secret-leak',
  number: 5,
  command: CommandIds.playbookSecretLeak,
  title: 'Secret leak / SAST CRITICAL incident',
  when: 'the SAST bridge reports Secrets|CRITICAL, or Gitleaks/pip-audit report CRITICAL',
  inputs: [
    { name: 'history', type: 'number', default: 1000, desc: 'how many commits of history to search for where each secret entered', validate: (v) => (Number.isInteger(v) && (v as number) > 0 ? undefined : 'a positive integer') },
  ],
  requires: ['clean-tree', 'has-commits'],
  writes: 'git',
  rollback: 'undoing the run restores the files and resets the branch to before the two commits (a revert when already pushed); it does NOT un-leak the key: rotate it at its provider; rewrite history only by hand in a maintenance window',
  steps: [
    {
      id: 'identify',
      title: 'Identify the CRITICAL secret findings (glx sast scan --history)',
      writes: 'nothing',
      rollback: 'nothing to undo',
      async plan(ctx) {
        const list = await incidents(ctx);
        if (!list.length) return { lines: ['no CRITICAL secret in the tree or in history'], skip: 'no CRITICAL secret' };
        return { lines: list.map(where) };
      },
      async apply(ctx) {
        const list = await incidents(ctx);
        return {
          summary: `${list.filter((i) => i.inTree).length} CRITICAL secret(s) in the tree, ${list.filter((i) => !i.inTree).length} only in history`,
          data: { incidents: list },
          report: `### CRITICAL secrets\n\n| secret (redacted) | fingerprint | rule | where | first added |\n|---|---|---|---|---|\n${list.map((i) => `| ${i.redacted} | ${i.fingerprint} | ${i.rule} | ${i.file}:${i.line}${i.inTree ? '' : ' (history only)'} | ${i.origin?.replace('first added in ', '') ?? '?'} |`).join('\n')}`,
        };
      },
    },
    {
      id: 'remove',
      title: 'Replace each secret literal with an environment lookup, commit',
      writes: 'the files holding the secrets, a commit (not pushed)',
      rollback: 'reset --keep to the previous HEAD (a revert when already pushed), which brings the files back',
      git: true,
      // No `touches`: a file snapshot would copy the secret into .glx/logs/ (§3.11). The tree was
      // clean (precondition), so the files before the step are HEAD's and the ref rollback
      // (reset --keep) restores them; apply puts them back itself when the commit fails.
      async plan(ctx) {
        const list = await inTree(ctx);
        if (!list.length) return { lines: ['no CRITICAL secret left in the tree (history only: rotate the key)'], skip: 'nothing in the tree' };
        const rs = removals(ctx, list);
        ctx.memo.removals = rs;
        return { lines: [...rs.map((r) => `${r.file}: ${list.filter((i) => i.file === r.file).length} literal(s) → ${r.names.map((n) => (r.file.endsWith('.py') ? `os.environ["${n}"]` : isEnvFile(r.file) ? `${n}= (set in the environment)` : `process.env.${n}`)).join(', ')}`), 'git commit -m "security: remove exposed secret; read it from the environment" (not pushed)'] };
      },
      async apply(ctx) {
        const rs = removals(ctx, await inTree(ctx));
        ctx.memo.removals = rs;
        const files = rs.map((r) => r.file);
        const message = `security: remove exposed secret; read it from the environment\n\nPlaybook 5 run ${ctx.runId}: ${(await inTree(ctx)).map((i) => i.redacted).join(', ')}. Rotate the key(s) at the provider.`;
        let head: string;
        try {
          for (const r of rs) writeFileAtomic(path.join(ctx.ws.repo.root, r.file), r.text);
          head = await ctx.git.commitPaths(files, message);
        } catch (e) {
          // Nothing committed: the files back as HEAD has them (the runner only restores refs here).
          await runGit(ctx.ws.repo.root, ['checkout', 'HEAD', '--', ...files], { okExitCodes: [0, 1] }).catch(() => undefined);
          throw e;
        }
        return { summary: `${rs.length} file(s) changed, committed in ${head.slice(0, 10)}`, artifacts: files, data: { head, names: rs.flatMap((r) => r.names), idents: rs.flatMap((r) => r.idents) } };
      },
      async verify(ctx) {
        for (const i of await inTree(ctx)) {
          const text = readText(ctx.ws.repo.root, i.file) ?? '';
          if (scanSecrets(i.file, text).some((s) => s.secret?.redacted === i.redacted)) throw new InputError(`${i.file}: ${i.redacted} still there after the removal`);
        }
      },
    },
    {
      id: 'deny-rule',
      title: 'Add deny rules to security/policy.yaml, commit',
      writes: `${SECURITY_POLICY_PATH}, a commit (not pushed)`,
      rollback: 'reset --keep to the previous HEAD (a revert when already pushed); the file as before',
      git: true,
      touches: () => [SECURITY_POLICY_PATH],
      async plan(ctx) {
        const list = await inTree(ctx);
        if (!list.length) return { lines: [], skip: 'nothing in the tree' };
        const idents = [...new Set(removalsOf(ctx).flatMap((r) => r.idents))];
        const es = denyEntries(ctx, list, idents);
        if (!es.length) return { lines: ['every deny rule is already in security/policy.yaml'], skip: 'rules already there' };
        return { lines: [...es.map((e) => `deny: {id: ${e.id}, severity: CRITICAL, secret: true} — ${e.message}`), 'git commit -m "policy: deny the leaked secret patterns" (not pushed)'] };
      },
      async apply(ctx) {
        const idents = ((ctx.previous.remove?.data?.idents as string[] | undefined) ?? removalsOf(ctx).flatMap((r) => r.idents));
        const es = denyEntries(ctx, await inTree(ctx), [...new Set(idents)]);
        writeFileAtomic(path.join(ctx.ws.repo.root, SECURITY_POLICY_PATH), policyWith(ctx.ws.repo.root, es));
        const head = await ctx.git.commitPaths([SECURITY_POLICY_PATH], 'policy: deny the leaked secret patterns');
        return { summary: `${es.length} deny rule(s) added, committed in ${head.slice(0, 10)}`, artifacts: [SECURITY_POLICY_PATH], data: { head, rules: es.map((e) => e.id) } };
      },
      async verify(ctx, applied) {
        const ids = new Set(loadSecurityPolicy(ctx.ws.repo.root).deny.map((d) => d.id));
        const missing = (applied.data!.rules as string[]).filter((r) => !ids.has(`policy.${r}`));
        if (missing.length) throw new InputError(`${SECURITY_POLICY_PATH}: deny rule(s) ${missing.join(', ')} missing after the commit`);
      },
    },
    {
      id: 'rescan',
      title: 'Scan again: 0 CRITICAL secrets in the tree (glx sast scan --history)',
      writes: '.glx/security/queue.json, .glx/security/merged.sarif, EGDB sast rows',
      rollback: 'the queue and SARIF as before',
      touches: () => [SECURITY_DIR],
      async plan(ctx) {
        if (!(await incidents(ctx)).length) return { lines: [], skip: 'no CRITICAL secret' };
        return { lines: [`glx sast scan --history ${num(ctx.inputs, 'history') ?? 1000} → ${SECURITY_DIR}/queue.json, merged.sarif; expect 0 CRITICAL secrets in the tree`] };
      },
      async apply(ctx) {
        const r = await scanChange(ctx.ws, { history: num(ctx.inputs, 'history') ?? 1000, full: true, source: SOURCE });
        delete ctx.memo.incidents;
        const left = await incidents(ctx);
        return {
          summary: `${left.filter((i) => i.inTree).length} CRITICAL secret(s) in the tree, ${left.filter((i) => !i.inTree).length} still in history; queues block ${r.queues.block}, review ${r.queues.review}`,
          artifacts: [`${SECURITY_DIR}/queue.json`, `${SECURITY_DIR}/merged.sarif`],
          data: { left: left.filter((i) => i.inTree).map((i) => i.redacted), history: left.filter((i) => !i.inTree).map((i) => i.redacted) },
        };
      },
      async verify(_ctx, applied: Applied) {
        const left = applied.data!.left as string[];
        if (left.length) throw new InputError(`still CRITICAL after the removal: ${left.join(', ')}`);
      },
    },
    {
      id: 'incident',
      title: 'Record the incident (redacted fingerprints, rotation, history)',
      writes: 'the run report (and its EGDB run/steps rows)',
      rollback: 'nothing to undo (the record stays: it happened)',
      async plan(ctx) {
        if (!(await incidents(ctx)).length) return { lines: [], skip: 'no CRITICAL secret' };
        return { lines: [`record ${(await incidents(ctx)).length} secret(s) by redacted form and fingerprint; the key(s) must be rotated by hand`] };
      },
      async apply(ctx) {
        const all = (ctx.previous.identify?.data?.incidents as Incident[] | undefined) ?? [];
        const history = (ctx.previous.rescan?.data?.history as string[] | undefined) ?? [];
        const lines = [
          ...all.map((i) => `${i.redacted} (fingerprint ${i.fingerprint}) — ${i.rule}, ${i.file}:${i.line}${i.origin ? `, ${i.origin}` : ''}`),
          '',
          '**Rotate now.** Removing a secret from the code does not un-leak it: revoke and rotate each key above at its provider, and note the rotation here. Undoing this run puts the literal back in the tree, it does not change that.',
          history.length
            ? `Still in history (${history.join(', ')}): if the branch was pushed, a history rewrite (git filter-repo) is a maintenance-window decision, by hand.`
            : 'No secret left in the reachable history window.',
          'Nothing was pushed: review the two commits, then `git push` yourself.',
        ];
        return { summary: `${all.length} secret(s) recorded; rotate them at the provider`, report: `### Incident\n\n${lines.map((l) => (l && !l.startsWith('**') ? `- ${l}` : l)).join('\n')}`, data: { redacted: all.map((i) => i.redacted), fingerprints: all.map((i) => i.fingerprint) } };
      },
    },
  ],
};
