// Preload for the language server (BENCH_NODE_ARGS="-r scripts/bench/prof-lsp-preload.js" with
// real-bench --only lsp): runs V8's CPU profiler from the PROF_FROM-th to the PROF_TO-th
// textDocument/didChange seen on stdin and writes PROF_OUT (the server is killed, not exited, by
// the bench: --cpu-prof writes nothing). Read it with cpuprofile-self.js / cpuprofile-tree.js.
const inspector = require('node:inspector');
const fs = require('node:fs');
const s = new inspector.Session(); s.connect();
const from = Number(process.env.PROF_FROM || 20), to = Number(process.env.PROF_TO || 220);
let n = 0, state = 0;
s.post('Profiler.enable'); s.post('Profiler.setSamplingInterval', { interval: 500 });
process.stdin.on('data', (b) => {
  const t = b.toString('latin1'); let i = -1;
  while ((i = t.indexOf('textDocument/didChange', i + 1)) >= 0) {
    n++;
    if (n === from && state === 0) { s.post('Profiler.start'); state = 1; }
    if (n === to && state === 1) { state = 2; s.post('Profiler.stop', (e, r) => { if (!e) fs.writeFileSync(process.env.PROF_OUT || '/tmp/lsp.cpuprofile', JSON.stringify(r.profile)); }); }
  }
});
