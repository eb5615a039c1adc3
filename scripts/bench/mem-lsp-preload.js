// Preload for the language server (BENCH_NODE_ARGS="-r scripts/bench/mem-lsp-preload.js" with
// real-bench --only lsp): appends the server's memory by V8 space to MEM_OUT 30 ms after each
// didChange whose number is in MEM_AT (docs/benchmarks.md, issue 14 fourteenth pass).
const fs = require('node:fs'); const v8 = require('node:v8');
const at = new Set((process.env.MEM_AT || '10,110,210,310').split(',').map(Number));
const out = process.env.MEM_OUT || '/tmp/mem.txt';
let n = 0;
function rollup() { try { const t = fs.readFileSync('/proc/self/smaps_rollup', 'utf8'); const g = (k) => +(new RegExp('^' + k + ':\\s+(\\d+)', 'm').exec(t) || [0, 0])[1] / 1024; return { rss: g('Rss'), anon: g('Anonymous'), file: g('Rss') - g('Anonymous') }; } catch { return {}; } }
function dump(tag) {
  const m = process.memoryUsage(); const r = rollup();
  const sp = v8.getHeapSpaceStatistics().map((s) => `${s.space_name.replace('_space', '')} ${(s.space_used_size / 1048576).toFixed(1)}/${(s.physical_space_size / 1048576).toFixed(1)}`).join(' · ');
  fs.appendFileSync(out, `#${tag} rss ${(m.rss / 1048576).toFixed(0)} anon ${r.anon?.toFixed(0)} file ${r.file?.toFixed(0)} heapTotal ${(m.heapTotal / 1048576).toFixed(0)} heapUsed ${(m.heapUsed / 1048576).toFixed(0)} external ${(m.external / 1048576).toFixed(0)} ab ${(m.arrayBuffers / 1048576).toFixed(0)} malloced ${(v8.getHeapStatistics().malloced_memory / 1048576).toFixed(1)}\n   ${sp}\n`);
}
process.stdin.on('data', (b) => {
  const t = b.toString('latin1'); let i = -1;
  while ((i = t.indexOf('textDocument/didChange', i + 1)) >= 0) { n++; if (at.has(n)) { const k = n; setTimeout(() => dump(k), 30); } }
});
