// `glx playbook list | show <id> | run <id> [--dry-run] [--yes] [--<input> V…] | undo [<run-id>]`
// — spec §5, §7. argv → app/run-playbook.ts → print. Exit codes: app/run-playbook.ts
// PLAYBOOK_EXIT (docs/playbooks.md).
import * as readline from 'node:readline';
import { describePlaybook, listPlaybooks, PLAYBOOK_EXIT, runPlaybookCase, undoPlaybookRun } from '../app/run-playbook';
import type { InputValue, RunReport } from '../playbooks/types';
import { UsageError } from './args';
import { openContext } from './context';

export const playbookHelp = `usage: glx playbook list [--json]
       glx playbook show <id|n> [--json]
       glx playbook run <id|n> [--dry-run] [--yes] [--json] [--repo DIR] [--<input> VALUE…]
       glx playbook undo [<run-id>] [--json] [--repo DIR]

The twelve operational playbooks of spec §7 as runnable sequences of steps: each step says
what it will do (--dry-run shows the plan and writes nothing), is applied, verified and, when
a later step fails or the run is cancelled, rolled back (the report says what was undone).
Each run is logged to .glx/logs/playbook-<id>-<ts>.jsonl (+ .md report) and EGDB (runs,
steps, playbook.* events). A re-run with the same inputs after an interruption resumes it.

  --dry-run      plan only: nothing is written (allowed in untrusted workspaces)
  --yes          do not ask for confirmation (needed when stdin is not a terminal)
  --json         print the run report (glx.playbook.run.v1)
  --<input> V    a playbook input (glx playbook show <id> lists them); booleans: --x / --no-x

exit codes: 0 done or planned · 3 a precondition does not hold (nothing done) · 4 a step failed,
applied steps rolled back · 5 cancelled or not confirmed · 6 playbook not available yet ·
7 rollback incomplete (see the report) · 2 bad input · 66 not found · 75 another run in progress
`;

const GLOBAL = new Set(['dry-run', 'yes', 'json', 'repo', 'help']);

/** `--name value`, `--name=value`, `--flag`, `--no-flag`, `name=value`. */
export function parsePlaybookArgs(argv: readonly string[]): { positionals: string[]; flags: Record<string, string | boolean>; inputs: Record<string, InputValue> } {
  const positionals: string[] = [];
  const flags: Record<string, string | boolean> = {};
  const inputs: Record<string, InputValue> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h') {
      flags.help = true;
      continue;
    }
    if (!a.startsWith('--')) {
      const eq = a.indexOf('=');
      if (eq > 0 && positionals.length >= 2) inputs[a.slice(0, eq)] = a.slice(eq + 1);
      else positionals.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
    if (!name) throw new UsageError(`playbook: bad option ${a}`);
    if (GLOBAL.has(name)) {
      if (name === 'repo') {
        const v = eq >= 0 ? a.slice(eq + 1) : argv[++i];
        if (v === undefined) throw new UsageError('playbook: --repo needs a value (DIR)');
        flags.repo = v;
      } else {
        if (eq >= 0) throw new UsageError(`playbook: --${name} takes no value`);
        flags[name] = true;
      }
      continue;
    }
    if (eq >= 0) inputs[name] = a.slice(eq + 1);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) inputs[name] = argv[++i];
    else if (name.startsWith('no-')) inputs[name.slice(3)] = false;
    else inputs[name] = true;
  }
  return { positionals, flags, inputs };
}

function printReport(r: RunReport): void {
  const out: string[] = [`playbook ${r.number} ${r.playbook} — ${r.title}${r.dry_run ? ' (dry run)' : ''}`];
  for (const s of r.steps) {
    out.push(`  ${s.idx + 1}. ${s.title} [${s.status}]`);
    for (const p of s.plan) out.push(`       plan: ${p}`);
    if (s.summary) out.push(`       done: ${s.summary}`);
    if (s.error) out.push(`       error: ${s.error}`);
    for (const u of s.undone ?? []) out.push(`       undone: ${u}`);
  }
  out.push(`${r.status}: ${r.message}`);
  if (r.report) out.push(`report: ${r.report}`);
  if (r.undoable) out.push(`undo: glx playbook undo ${r.run_id}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

function ask(question: string): Promise<boolean> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
  return new Promise((resolve) => rl.question(question, (a) => {
    rl.close();
    resolve(/^y(es)?$/i.test(a.trim()));
  }));
}

export async function cmdPlaybook(argv: readonly string[]): Promise<number> {
  const { positionals, flags, inputs } = parsePlaybookArgs(argv);
  const [sub, id, ...extra] = positionals;
  if (flags.help || !sub) {
    process.stdout.write(playbookHelp);
    return flags.help ? 0 : 2;
  }
  if (sub === 'list') {
    const list = listPlaybooks();
    if (flags.json) process.stdout.write(`${JSON.stringify({ schema: 'glx.playbook.list.v1', playbooks: list }, null, 2)}\n`);
    else for (const p of list) process.stdout.write(`${String(p.number).padStart(2)}  ${p.id.padEnd(12)} ${p.title}${p.available ? '' : `  [unavailable: ${p.unavailable}]`}\n     ${p.cli}  ·  palette: ${p.command}\n`);
    return 0;
  }
  if (sub === 'show') {
    if (!id || extra.length) throw new UsageError('playbook show: expected one playbook id or number');
    const d = describePlaybook(id);
    if (flags.json) {
      process.stdout.write(`${JSON.stringify({ schema: 'glx.playbook.show.v1', ...d }, null, 2)}\n`);
      return 0;
    }
    const lines = [`playbook ${d.number} ${d.id} — ${d.title}${d.available ? '' : ` [unavailable: ${d.unavailable}]`}`, `when: ${d.when}`, `run: ${d.cli} [--dry-run] [--yes]`, `palette: ${d.command}`, `requires: ${d.requires.join(', ') || 'nothing'}`, 'inputs:'];
    if (!d.inputs.length) lines.push('  none');
    for (const i of d.inputs) lines.push(`  --${i.name} ${i.type === 'enum' ? i.choices?.join('|') : i.type.toUpperCase()}${i.required ? ' (required)' : i.default !== undefined ? ` (default ${String(i.default)})` : ''}: ${i.desc}`);
    lines.push('steps:');
    d.steps.forEach((s, n) => lines.push(`  ${n + 1}. ${s.title}`, `     writes: ${s.writes}`, `     rollback: ${s.rollback}`));
    lines.push(`rollback it offers: ${d.rollback}`);
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  }
  if (sub === 'run' || sub === 'undo') {
    if (sub === 'run' && (!id || extra.length)) throw new UsageError('playbook run: expected one playbook id or number (glx playbook list)');
    if (sub === 'undo' && (extra.length || Object.keys(inputs).length)) throw new UsageError('playbook undo: expected at most one run id');
    const ws = await openContext(flags.repo as string | undefined);
    try {
      const warn = (l: string) => process.stderr.write(`glx: ${l}\n`);
      let r: RunReport;
      if (sub === 'undo') r = await undoPlaybookRun(ws, id, { trusted: true, warn, source: 'cli:playbook' });
      else {
        const dryRun = flags['dry-run'] === true;
        const tty = process.stderr.isTTY;
        const controller = new AbortController();
        const onSig = () => controller.abort();
        process.once('SIGINT', onSig);
        try {
          r = await runPlaybookCase(ws, id, inputs, {
            dryRun, trusted: true, signal: controller.signal, warn, source: 'cli:playbook',
            onProgress: tty ? (e) => process.stderr.write(`\r\x1b[K${e.phase}${e.step !== undefined ? ` ${e.step + 1}/${e.total}` : ''}: ${e.title}`.slice(0, 200)) : undefined,
            // A read-only playbook (8) writes nothing but its log: no confirmation to ask.
            confirm: flags.yes || describePlaybook(id).writes === 'none'
              ? undefined
              : async (plan) => {
                if (tty) process.stderr.write('\r\x1b[K');
                if (!process.stdin.isTTY) throw new UsageError(`playbook run ${id}: needs --yes (or --dry-run) when stdin is not a terminal`);
                printReport(plan);
                return ask(`Apply these ${plan.steps.length} steps? [y/N] `);
              },
          });
        } finally {
          process.removeListener('SIGINT', onSig);
          if (tty) process.stderr.write('\r\x1b[K');
        }
      }
      if (flags.json) process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
      else printReport(r);
      return PLAYBOOK_EXIT[r.status];
    } finally {
      await ws.repo.close();
    }
  }
  throw new UsageError(`playbook: unknown subcommand ${JSON.stringify(sub)} (list | show | run | undo)`);
}
