// Panel update benchmark (`npm run bench:panels`, issue 10: "panel update after an edit p95 ≤
// 100 ms for the Mosaic and the Inspector on the 2,000-line benchmark file"). Prints, asserts
// nothing. Over stdio with debounce 0, in the same generated 2,002-line TS file as bench:lsp:
//   Mosaic:    didChange → the MosaicUpdateNotification of a newer generation (subscribed panel);
//   Inspector: didChange → an InspectorRequest answer of a newer generation (asked again while
//              the answer is older — what the panel does on each status).
// Workspaces under the git-ignored .cache/panel-bench/.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { InspectorRequest, MosaicRequest, MosaicUpdateNotification, type InspectorView, type MosaicView } from '../server/src/protocol';
import { fileUri, LspSession, rng } from '../test/helpers/lsp-client';

const ROOT = path.resolve(__dirname, '..', '..');
const SERVER = path.join(ROOT, 'dist', 'server.js');
const DIR = path.join(ROOT, '.cache', 'panel-bench');
const EDITS = 100;

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
const git = (...args: string[]) => execFileSync('git', args, { cwd: DIR, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z' } });

function bigModule(): string {
  const out = ['// generated module P', 'import { helper } from "./helper";'];
  for (let i = 0; i < 200; i++) {
    out.push(`export function fnP_${i}(a: number, b: number): number {`, `  const x${i} = a * ${i} + b;`, `  if (x${i} > ${i * 3}) {`, `    return helper(x${i});`, '  }', `  for (let k = 0; k < ${i % 7}; k++) {`, '    b += k;', '  }', `  return x${i} - b;`, '}');
  }
  return out.join('\n') + '\n';
}

async function main(): Promise<void> {
  if (!fs.existsSync(SERVER)) throw new Error(`${SERVER}: not built (npm run build)`);
  fs.rmSync(DIR, { recursive: true, force: true });
  fs.mkdirSync(path.join(DIR, 'src'), { recursive: true });
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'bench@example.com');
  git('config', 'user.name', 'GlitchLab Bench');
  const text = bigModule();
  fs.writeFileSync(path.join(DIR, 'src', 'big.ts'), text);
  fs.writeFileSync(path.join(DIR, 'src', 'helper.ts'), 'export function helper(x: number): number {\n  return x;\n}\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  console.log(`GlitchLab panel bench — node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);

  const s = LspSession.spawn([SERVER, '--stdio'], DIR);
  try {
    await s.initialize(DIR, { debounceMs: 0 });
    await s.waitStatus((st) => st.state === 'ready', 'ready', 0, 120_000);
    const uri = fileUri(DIR, 'src/big.ts');
    s.open(uri, text);
    await s.waitFor((x) => x.method === 'textDocument/publishDiagnostics' && x.params.uri === uri, 'first publish', 0, 60_000);
    const lines = text.split('\n');
    const bodies = lines.map((l, i) => (/^ {2}const x\d+ = a \* /.test(l) ? i : -1)).filter((i) => i >= 0);
    let n = 0;
    const edit = () => {
      const line = bodies[(n * 37) % bodies.length];
      const col = lines[line].indexOf('* ') + 2;
      lines[line] = lines[line].slice(0, col) + String(n % 10) + lines[line].slice(col);
      s.change(uri, [{ range: rng(line, col), text: String(n++ % 10) }]);
    };

    // Mosaic: subscribed, as the open panel is.
    let gen = (await s.send(MosaicRequest.type, { subscribe: true })).generation;
    const mosaic: number[] = [];
    let bytes = 0;
    for (let i = 0; i < EDITS + 10; i++) {
      const from = s.mark();
      const t0 = performance.now();
      edit();
      const note = await s.waitFor((x) => x.method === MosaicUpdateNotification.method && (x.params as MosaicView).generation > gen, 'mosaic update', from, 60_000);
      gen = (note.params as MosaicView).generation;
      if (i >= 10) mosaic.push(performance.now() - t0);
      bytes = JSON.stringify(note.params).length;
    }
    await s.send(MosaicRequest.type, { subscribe: false });
    console.log(`mosaic     2,002-line TS file, ${EDITS} single-char edits (after 10 warm-up), debounce 0, stdio, update ${(bytes / 1024).toFixed(0)} KiB:`);
    console.log(`           didChange → newer view median ${pct(mosaic, 50).toFixed(1)} ms · p95 ${pct(mosaic, 95).toFixed(1)} ms · max ${Math.max(...mosaic).toFixed(1)} ms   (target p95 ≤ 100 ms)`);

    // Inspector: ask until the answer is newer than before the edit.
    let igen = (await s.send(InspectorRequest.type, null)).generation;
    const inspector: number[] = [];
    for (let i = 0; i < EDITS + 10; i++) {
      const t0 = performance.now();
      edit();
      let v: InspectorView;
      do v = await s.send(InspectorRequest.type, null);
      while (v.generation <= igen);
      igen = v.generation;
      if (i >= 10) inspector.push(performance.now() - t0);
    }
    console.log(`inspector  same file and edits:`);
    console.log(`           didChange → newer view median ${pct(inspector, 50).toFixed(1)} ms · p95 ${pct(inspector, 95).toFixed(1)} ms · max ${Math.max(...inspector).toFixed(1)} ms   (target p95 ≤ 100 ms)`);
  } finally {
    await s.close();
  }
}

main().catch((e) => {
  console.error(`panel-bench: ${(e as Error).stack ?? e}`);
  process.exitCode = 1;
});
