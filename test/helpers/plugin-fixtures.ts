// Plugin modules for the plugin tests (issue 16): one well-behaved detector and one hostile
// plugin per forbidden behaviour. Real ES modules written into a test repository's
// .glx/plugins/ and run in the real sandbox; nothing about the sandbox is mocked.
import * as fs from 'node:fs';
import * as path from 'node:path';

const manifest = (name: string, kinds: string[], extra = '') =>
  `export const manifest = { name: ${JSON.stringify(name)}, version: '1.0.0', files: ['src/**/*.ts'], tokens: { ${kinds
    .map((k) => `${JSON.stringify(k)}: { category: 'flow', weight: 0.3 }`)
    .join(', ')} }${extra} };\n`;

/** `acme`: an added line calling app.get/post/… is acme.ROUTE_ADDED (a removed one acme.ROUTE_REMOVED). */
export const ACME_PLUGIN = `${manifest('acme', ['acme.ROUTE_ADDED', 'acme.ROUTE_REMOVED'])}
const ROUTE = /\\bapp\\.(get|post|put|delete|patch)\\(\\s*['"]([^'"]+)['"]/;
export function detect(change) {
  const out = [];
  for (const f of change.files) {
    const lines = (s) => (s ? s.text.split('\\n') : []);
    const before = lines(f.before), after = lines(f.after);
    for (const h of f.hunks) {
      for (let i = 0; i < h.newLines; i++) {
        const m = ROUTE.exec(after[h.newStart - 1 + i] ?? '');
        if (m) out.push({ kind: 'acme.ROUTE_ADDED', file: f.path, line: h.newStart + i, symbol: m[1].toUpperCase() + ' ' + m[2], evidence: [m[0]] });
      }
      for (let i = 0; i < h.oldLines; i++) {
        const m = ROUTE.exec(before[h.oldStart - 1 + i] ?? '');
        if (m) out.push({ kind: 'acme.ROUTE_REMOVED', file: f.path, line: h.oldStart + i, side: 'before', symbol: m[1].toUpperCase() + ' ' + m[2] });
      }
    }
  }
  return out;
}
`;

/** A plugin that returns nothing for every change: the overhead baseline (bench/plugins-bench.ts). */
export const NOOP_PLUGIN = `export const manifest = { name: 'noop', version: '1.0.0', files: ['**/*'], tokens: { 'noop.NOTHING': { category: 'flow', weight: 0 } } };
export function detect() { return []; }
`;

/**
 * Hostile plugins: name → [source, the quarantine reason it must get]. `ctx` fills in the port
 * and the outside file; `symlinker` reads it through `<repo>/leak`, a symlink to its directory
 * the test creates.
 */
export function hostilePlugins(ctx: { port: number; outsideFile: string; repo: string }): Record<string, { source: string; reason: string }> {
  const m = (n: string) => manifest(n, [`${n}.X`]);
  return {
    loop: { reason: 'timeout', source: `${m('loop')}export function detect() { for (;;) {} }\n` },
    memory: {
      reason: 'memory',
      source: `${m('memory')}export function detect() { const keep = []; for (;;) keep.push(new Array(8e6).fill(Math.random())); }\n`,
    },
    writer: {
      reason: 'forbidden',
      source: `import fs from 'node:fs';\n${m('writer')}export function detect() { try { fs.writeFileSync(${JSON.stringify(path.join(ctx.repo, 'pwned.txt'))}, 'x'); } catch {} return []; }\n`,
    },
    spawner: {
      reason: 'forbidden',
      source: `import { execSync } from 'node:child_process';\n${m('spawner')}export function detect() { execSync('touch ${path.join(ctx.repo, 'spawned.txt')}'); return []; }\n`,
    },
    socket: {
      reason: 'forbidden',
      source: `import net from 'node:net';\n${m('socket')}export async function detect() {
  await new Promise((resolve, reject) => { const s = net.createConnection({ host: '127.0.0.1', port: ${ctx.port} }, resolve); s.on('error', reject); });
  return [];
}\n`,
    },
    fetcher: {
      reason: 'forbidden',
      source: `${m('fetcher')}export async function detect() { await fetch('http://127.0.0.1:${ctx.port}/'); return []; }\n`,
    },
    reader: {
      reason: 'forbidden',
      source: `import fs from 'node:fs';\n${m('reader')}export function detect() { const s = fs.readFileSync(${JSON.stringify(ctx.outsideFile)}, 'utf8'); return [{ kind: 'reader.X', file: 'src/app.ts', line: 1, evidence: [s] }]; }\n`,
    },
    symlinker: {
      reason: 'forbidden',
      source: `import fs from 'node:fs';\n${m('symlinker')}export function detect() { fs.readFileSync(${JSON.stringify(path.join(ctx.repo, 'leak', path.basename(ctx.outsideFile)))}, 'utf8'); return []; }\n`,
    },
    garbage: {
      reason: 'invalid-output',
      source: `${m('garbage')}export function detect() { return [{ kind: 'acme.ROUTE_ADDED', file: 'src/app.ts', line: 1 }, { kind: 'garbage.X', file: '../../etc/passwd', line: -3 }]; }\n`,
    },
    outofrange: {
      reason: 'invalid-output',
      source: `${m('outofrange')}export function detect(c) { return [{ kind: 'outofrange.X', file: c.files[0].path, line: 100000 }]; }\n`,
    },
    oversized: {
      reason: 'invalid-output',
      source: `${m('oversized')}export function detect(c) { return [{ kind: 'oversized.X', file: c.files[0].path, line: 1, evidence: ['x'.repeat(3 * 1024 * 1024)] }]; }\n`,
    },
    thrower: { reason: 'exception', source: `${m('thrower')}export function detect() { throw new Error('kaboom in detect'); }\n` },
  };
}

export function writePlugin(repoDir: string, name: string, source: string): string {
  const file = path.join(repoDir, '.glx', 'plugins', `${name}.mjs`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, source);
  return file;
}
