// The daemon watcher's "mkdir -p a/b" race, unforced (docs/warm-starts.md "Freshness", rule 2):
// bursts of nested directories made by another process while the daemon reacts, then one file in
// each inner directory; counts the inner files the daemon's answer misses against an in-process
// run. Usage: node scripts/daemon-nested-race.js <path to bin/glx or dist/glx.js> [dirs per round] [rounds]
// (run it under nice; a temporary repository and socket directory are made and removed).
const { spawn, spawnSync, execFileSync } = require('child_process');
const fs = require('fs'), os = require('os'), path = require('path');
const [glx, N, R] = [process.argv[2], Number(process.argv[3] ?? 100), Number(process.argv[4] ?? 3)];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glx-nrace-'));
const sock = fs.mkdtempSync(path.join(os.tmpdir(), 'glx-nrace-s-')); fs.chmodSync(sock, 0o700);
const env = { ...process.env, GLX_DAEMON_DIR: sock, GLX_DAEMON_DEBUG: '1' }; delete env.CI; delete env.GLX_DAEMON;
const git = (...a) => execFileSync('git', a, { cwd: dir, encoding: 'utf8' });
const run = (e) => spawnSync(process.execPath, [glx, 'delta', '--json'], { cwd: dir, env: e, encoding: 'utf8', maxBuffer: 1 << 28 });
(async () => {
  git('init', '-q', '-b', 'main'); git('config', 'user.email', 't@e.x'); git('config', 'user.name', 't');
  fs.mkdirSync(path.join(dir, 'src')); fs.writeFileSync(path.join(dir, 'src/a.ts'), 'export const a = 1;\n');
  fs.writeFileSync(path.join(dir, '.gitignore'), '.glx/\n');
  git('add', '-A'); git('commit', '-qm', 'base');
  const d = spawn(process.execPath, [glx, 'daemon', 'run', '--idle', '10'], { cwd: dir, env, stdio: 'ignore' });
  for (let i = 0; i < 200; i++) { await new Promise((r) => setTimeout(r, 50)); const s = spawnSync(process.execPath, [glx, 'daemon', 'status', '--json'], { cwd: dir, env, encoding: 'utf8' }); if (s.status === 0 && JSON.parse(s.stdout).running) break; }
  let missed = 0, total = 0, notServed = 0;
  try {
    run(env);
    for (let r = 0; r < R; r++) {
      spawnSync('sh', ['-c', `for i in $(seq 1 ${N}); do mkdir -p src/r${r}n$i/deeper; echo "export const x$i = $i;" > src/r${r}n$i/deeper/g0.ts; done`], { cwd: dir });
      const first = run(env); if (!first.stderr.includes('served by the daemon')) notServed++;
      for (let i = 1; i <= N; i++) fs.writeFileSync(path.join(dir, `src/r${r}n${i}/deeper/g1.ts`), `export const y${i} = ${i};\n`);
      const viaD = run(env); if (!viaD.stderr.includes('served by the daemon')) notServed++;
      const inP = run({ ...env, GLX_DAEMON: '0' });
      const re = new RegExp(`"file": "src/r${r}n\\d+/deeper/g1\\.ts"`, 'g');
      const seen = new Set(viaD.stdout.match(re) || []), truth = new Set(inP.stdout.match(re) || []);
      total += truth.size; missed += truth.size - seen.size;
      console.log(`round ${r}: in-process sees ${truth.size} inner files, the daemon ${seen.size}; outputs identical: ${viaD.stdout.replace(/"generated_utc": "[^"]*"/, '') === inP.stdout.replace(/"generated_utc": "[^"]*"/, '')}`);
    }
  } finally { d.kill('SIGTERM'); }
  console.log(`missed ${missed} of ${total}; not served ${notServed}`);
  fs.rmSync(dir, { recursive: true, force: true }); fs.rmSync(sock, { recursive: true, force: true });
})();
