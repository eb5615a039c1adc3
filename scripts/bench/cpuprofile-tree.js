// Issue 14, eleventh pass: where a --cpu-prof profile of a dist/ bundle spends its time.
// usage: node scripts/bench/cpuprofile-tree.js <profile> <divisor> <function> [depth=4] [min-ms=0.1] — the call tree below the first frame of that name, merged by name, inclusive ms ÷ divisor
const fs = require('fs');
const [,, file, divArg, rootName, depthArg, minArg] = process.argv; const div = +divArg; const maxDepth = +(depthArg || 4); const min = +(minArg || 0.1);
const p = JSON.parse(fs.readFileSync(file, 'utf8'));
const byId = new Map(p.nodes.map(n => [n.id, n])); const parent = new Map();
for (const n of p.nodes) for (const c of n.children || []) parent.set(c, n.id);
const self = new Map();
for (let i = 0; i < p.samples.length; i++) self.set(p.samples[i], (self.get(p.samples[i]) || 0) + (p.timeDeltas[i] || 0));
const tree = { t: 0, k: new Map() };
for (const [id, us] of self) {
  const chain = []; let cur = id; while (cur !== undefined) { const n = byId.get(cur); chain.push(n.callFrame.functionName || '(anon)'); cur = parent.get(cur); }
  chain.reverse(); const i = chain.indexOf(rootName); if (i < 0) continue;
  let node = tree; node.t += us;
  for (const name of chain.slice(i + 1, i + 1 + maxDepth)) { if (!node.k.has(name)) node.k.set(name, { t: 0, k: new Map() }); node = node.k.get(name); node.t += us; }
}
function pr(node, name, d) { if (node.t / 1000 / div < min) return; console.log('  '.repeat(d) + (node.t / 1000 / div).toFixed(2) + ' ' + name); [...node.k].sort((a, b) => b[1].t - a[1].t).forEach(([n, c]) => pr(c, n, d + 1)); }
pr(tree, rootName, 0);
