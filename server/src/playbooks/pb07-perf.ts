// Playbook 7 — perf regression / SSIM drop (spec §7; seed playbook 7): run the configured perf
// command (input --command, else `perf.command` in .glx/perf.json) under a time limit, record
// its duration and exit code in .glx/perf/perf_report.json next to the previous run's, compare
// two images (`glx metrics compare`: SSIM, PSNR → .glx/compare.json) when given, and the
// verdict: a regression over the budget names the commits since the last good measurement
// (the seed's rollback: revert the regressing change). The command runs only in trusted
// workspaces (it is project code), in its own process group, killed on timeout or cancel;
// its output tail passes the redaction step before it is stored.
import { CommandIds } from '../protocol/commands';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputError } from '../errors';
import { comparePngs } from '../gates/image-metrics';
import { redactSecrets } from '../redact';
import { writeJsonAtomic } from '../util/atomic-write';
import { num, str } from './inputs';
import type { Playbook, StepContext } from './types';

const REPORT = '.glx/perf/perf_report.json';
const PREVIOUS = '.glx/perf/perf_report.previous.json';
const CONFIG = '.glx/perf.json';

export interface PerfReport {
  schema: 'glx.perf.v1';
  command: string;
  head: string | null;
  started_utc: string;
  duration_ms: number;
  exit_code: number | null;
  timed_out: boolean;
  tail: string[];
}

function command(ctx: StepContext): string | undefined {
  const given = str(ctx.inputs, 'command');
  if (given) return given;
  const file = path.join(ctx.ws.repo.root, CONFIG);
  if (!fs.existsSync(file)) return undefined;
  try {
    const c = (JSON.parse(fs.readFileSync(file, 'utf8')) as { command?: unknown }).command;
    return typeof c === 'string' && c.trim() ? c : undefined;
  } catch {
    throw new InputError(`${CONFIG}: not valid JSON ({"command": "npm run perf"})`, { input: CONFIG });
  }
}

/** Runs `cmd` with `sh -c` in the repository; kills the whole group on timeout or abort. */
export function runTimed(cmd: string, cwd: string, timeoutMs: number, signal: AbortSignal): Promise<{ code: number | null; ms: number; timedOut: boolean; cancelled: boolean; tail: string[] }> {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn('sh', ['-c', cmd], { cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    const take = (b: Buffer) => {
      for (const l of b.toString('utf8').split('\n')) if (l.trim()) lines.push(l.slice(0, 400));
      if (lines.length > 40) lines.splice(0, lines.length - 40);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    let timedOut = false;
    let cancelled = false;
    const kill = () => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, timeoutMs);
    const onAbort = () => {
      cancelled = true;
      kill();
    };
    signal.addEventListener('abort', onAbort, { once: true });
    child.on('close', (code) => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve({ code, ms: Number(process.hrtime.bigint() - started) / 1e6, timedOut, cancelled, tail: lines.slice(-20).map(redactSecrets) });
    });
    child.on('error', () => undefined);
  });
}

const readReport = (root: string, rel: string): PerfReport | undefined => {
  try {
    return JSON.parse(fs.readFileSync(path.join(root, rel), 'utf8')) as PerfReport;
  } catch {
    return undefined;
  }
};

export const perfPlaybook: Playbook = {
  id: 'perf',
  number: 7,
  command: CommandIds.playbookPerf,
  title: 'Perf regression / SSIM drop',
  when: 'perf tests are red, step times grew beyond the budget, or SSIM dropped',
  inputs: [
    { name: 'command', type: 'string', ask: true, desc: `the perf command (default: "command" in ${CONFIG})` },
    { name: 'timeout', type: 'number', default: 600, desc: 'time limit in seconds', validate: (v) => ((v as number) > 0 ? undefined : 'a positive number of seconds') },
    { name: 'budget', type: 'number', default: 10, desc: 'allowed slowdown against the previous measurement, in percent' },
    { name: 'baseline', type: 'string', desc: 'baseline image for glx metrics compare (A.png)' },
    { name: 'candidate', type: 'string', desc: 'candidate image (B.png)', validate: (_v, all) => (all.baseline === undefined ? 'needs --baseline too' : undefined) },
    { name: 'ssim-min', type: 'number', default: 0.98, desc: 'lowest acceptable SSIM' },
  ],
  requires: ['has-commits'],
  writes: 'glx',
  rollback: 'the previous perf report and compare.json; for the regression itself: revert the regressing change (playbook 2)',
  steps: [
    {
      id: 'measure',
      title: 'Run the perf command under the time limit',
      writes: `${REPORT} (previous kept as ${PREVIOUS})`,
      rollback: 'the previous reports',
      touches: () => [REPORT, PREVIOUS],
      async plan(ctx) {
        const c = command(ctx);
        if (!c) throw new InputError(`no perf command: give --command "…" or {"command": "…"} in ${CONFIG}`);
        const prev = readReport(ctx.ws.repo.root, REPORT);
        return { lines: [`sh -c ${JSON.stringify(c)} (time limit ${num(ctx.inputs, 'timeout')} s)`, prev ? `previous: ${(prev.duration_ms / 1000).toFixed(2)} s at ${prev.head?.slice(0, 10) ?? '—'}` : 'no previous measurement'] };
      },
      async apply(ctx) {
        const root = ctx.ws.repo.root;
        const c = command(ctx)!;
        const r = await runTimed(c, root, num(ctx.inputs, 'timeout')! * 1000, ctx.signal);
        if (r.cancelled) throw new InputError('perf command cancelled');
        const rep: PerfReport = { schema: 'glx.perf.v1', command: c, head: (await ctx.ws.repo.headSha()) ?? null, started_utc: ctx.now().toISOString(), duration_ms: Math.round(r.ms), exit_code: r.code, timed_out: r.timedOut, tail: r.tail };
        if (r.timedOut) throw new InputError(`perf command exceeded the ${num(ctx.inputs, 'timeout')} s limit (killed); last output: ${r.tail.slice(-3).join(' | ') || 'none'}`);
        if (r.code !== 0) throw new InputError(`perf command failed (exit ${r.code}) after ${(r.ms / 1000).toFixed(2)} s; last output: ${r.tail.slice(-3).join(' | ') || 'none'}`);
        const prev = readReport(root, REPORT);
        if (prev) writeJsonAtomic(path.join(root, PREVIOUS), prev);
        writeJsonAtomic(path.join(root, REPORT), rep);
        return { summary: `${(rep.duration_ms / 1000).toFixed(2)} s, exit 0`, artifacts: [REPORT], data: { duration_ms: rep.duration_ms, previous: prev?.duration_ms ?? null, previous_head: prev?.head ?? null } };
      },
    },
    {
      id: 'compare',
      title: 'Visual metrics (glx metrics compare A.png B.png)',
      writes: '.glx/compare.json',
      rollback: 'the previous file',
      touches: () => ['.glx/compare.json'],
      async plan(ctx) {
        const a = str(ctx.inputs, 'baseline');
        const b = str(ctx.inputs, 'candidate');
        if (!a || !b) return { lines: [], skip: 'no --baseline/--candidate images' };
        return { lines: [`SSIM and PSNR of ${a} vs ${b} → .glx/compare.json (SSIM ≥ ${num(ctx.inputs, 'ssim-min')})`] };
      },
      async apply(ctx) {
        const root = ctx.ws.repo.root;
        const a = str(ctx.inputs, 'baseline')!;
        const b = str(ctx.inputs, 'candidate')!;
        const r = await comparePngs(path.resolve(root, a), path.resolve(root, b), [a, b]);
        writeJsonAtomic(path.join(ctx.ws.glxDir, 'compare.json'), r);
        return { summary: `SSIM ${r.ssim.toFixed(4)} · PSNR ${r.psnr_db === null ? '∞' : `${r.psnr_db.toFixed(2)} dB`}`, artifacts: ['.glx/compare.json'], data: { ssim: r.ssim } };
      },
    },
    {
      id: 'verdict',
      title: 'Verdict: regression over the budget?',
      writes: 'nothing',
      rollback: 'nothing to undo',
      async plan(ctx) {
        return { lines: [`slower than the previous measurement by more than ${num(ctx.inputs, 'budget')} %, or SSIM below ${num(ctx.inputs, 'ssim-min')}: name the commits since the last good measurement (revert candidates)`] };
      },
      async apply(ctx) {
        const m = ctx.previous.measure?.data as { duration_ms: number; previous: number | null; previous_head: string | null } | undefined;
        const ssim = (ctx.previous.compare?.data as { ssim?: number } | undefined)?.ssim;
        const problems: string[] = [];
        if (m?.previous) {
          const pct = (100 * (m.duration_ms - m.previous)) / m.previous;
          if (pct > num(ctx.inputs, 'budget')!) problems.push(`${pct.toFixed(1)} % slower than the previous measurement (${(m.previous / 1000).toFixed(2)} s → ${(m.duration_ms / 1000).toFixed(2)} s)`);
        }
        if (ssim !== undefined && ssim < num(ctx.inputs, 'ssim-min')!) problems.push(`SSIM ${ssim.toFixed(4)} below ${num(ctx.inputs, 'ssim-min')}`);
        let suspects: string[] = [];
        if (problems.length && m?.previous_head) {
          const log = await ctx.ws.repo.log(`${m.previous_head}..HEAD`, { maxCount: 20 }).catch(() => []);
          suspects = log.map((c) => `${c.sha.slice(0, 10)} ${c.subject}`);
        }
        const summary = problems.length ? `REGRESSION: ${problems.join('; ')}` : 'no regression over the budget';
        return { summary, data: { regression: problems.length > 0 }, report: `### Perf verdict\n\n${summary}${suspects.length ? `\n\nCommits since the last good measurement (revert candidates, playbook 2):\n\n${suspects.map((s) => `- ${s}`).join('\n')}` : ''}\n\nQuick fixes (seed): vectorise loops, cache windows, fewer bins, avoid copies; keep perf smoke tests light.` };
      },
    },
  ],
};
