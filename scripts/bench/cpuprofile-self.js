// Issue 14, eleventh pass: where a --cpu-prof profile of a dist/ bundle spends its time.
// Sum a .cpuprofile's self time by function (source-mapped) and by source file.
// usage: node scripts/bench/cpuprofile-self.js <profile> [top=40] [divisor=1] — self time by function (source-mapped through the bundle's .map) and by source file, ms ÷ divisor (e.g. the keystroke count)
const fs = require('fs'); const path = require('path'); const { SourceMap } = require('module');
const [,, file, topArg, divArg] = process.argv; const top = +(topArg || 40); const div = +(divArg || 1);
const p = JSON.parse(fs.readFileSync(file, 'utf8'));
const maps = new Map();
function mapFor(url) {
  if (maps.has(url)) return maps.get(url);
  let m = null;
  try { const f = url.replace(/^file:\/\//, ''); if (f.endsWith('.js') && fs.existsSync(f + '.map')) m = new SourceMap(JSON.parse(fs.readFileSync(f + '.map', 'utf8'))); } catch {}
  maps.set(url, m); return m;
}
const self = new Map(); const byId = new Map(p.nodes.map(n => [n.id, n]));
for (let i = 0; i < p.samples.length; i++) { const id = p.samples[i]; self.set(id, (self.get(id) || 0) + (p.timeDeltas[i] || 0)); }
const byFn = new Map(), byFile = new Map(); let total = 0;
for (const [id, us] of self) {
  const n = byId.get(id); const cf = n.callFrame; total += us;
  let src = cf.url ? path.basename(cf.url) : '(native)'; let name = cf.functionName || '(anon)';
  const m = cf.url && mapFor(cf.url);
  if (m && cf.lineNumber >= 0) { const e = m.findEntry(cf.lineNumber, cf.columnNumber); if (e && e.originalSource) { src = e.originalSource.replace(/^.*?\/(server|bench|node_modules)\//, '$1/'); } }
  if (!cf.url) src = name.startsWith('(') ? name : '(native)';
  const k = name + '  ' + src;
  byFn.set(k, (byFn.get(k) || 0) + us); byFile.set(src, (byFile.get(src) || 0) + us);
}
const fmt = us => (us / 1000 / div).toFixed(div === 1 ? 0 : 2).padStart(9);
console.log(`total ${(total/1000).toFixed(0)} ms, divisor ${div}`);
console.log('--- by function'); [...byFn].sort((a, b) => b[1] - a[1]).slice(0, top).forEach(([k, v]) => console.log(fmt(v), (100*v/total).toFixed(1).padStart(5)+'%', k));
console.log('--- by file'); [...byFile].sort((a, b) => b[1] - a[1]).slice(0, top).forEach(([k, v]) => console.log(fmt(v), (100*v/total).toFixed(1).padStart(5)+'%', k));
