// The program the sandbox process runs before the plugin (issue 16), passed to
// `node --input-type=module -e` so that it needs no file of its own next to the bundle (the
// CLI, the language server and the compiled tests all start it the same way).
//
// Node's permission model (started by sandbox.ts with --experimental-permission and only
// --allow-fs-read=<repository>) is what *enforces* "no writes, no child processes, no workers,
// no reads outside the repository". Node 20's model does not cover sockets: the sandbox runs in
// a fresh network namespace when the platform allows (sandbox.ts), and this bootstrap closes
// the socket-opening entry points of net/tls/dgram/dns/http(s)/http2/fetch before the plugin
// loads. Every guarded entry point also *reports* the attempt to the host (`violation`) before
// refusing, so a plugin that swallows the error is still caught and quarantined.
//
// Wire protocol, one JSON object per line: stdin ← {type:'detect-many', id, sides, forget,
// changes} (one change or a batch; file sides are sent once and then named by number:
// side-table.ts); stdout → {type:'loaded', manifest} | {type:'load-error', …} |
// {type:'results', id, results} |
// {type:'error', id, …} | {type:'violation', op, target}. The plugin's own console output and
// process.stdout go to stderr (kept as evidence), never onto the protocol stream.
export const BOOTSTRAP_SOURCE = String.raw`
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import util from 'node:util';
import readline from 'node:readline';
import module from 'node:module';
import { pathToFileURL } from 'node:url';
import net from 'node:net';
import tls from 'node:tls';
import dgram from 'node:dgram';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import http2 from 'node:http2';
import child_process from 'node:child_process';
import worker_threads from 'node:worker_threads';
import cluster from 'node:cluster';
import inspector from 'node:inspector';

const pluginFile = process.argv[1];
// Real paths: a symlink inside the repository that points outside it is outside (checked below).
const realpath = fs.realpathSync.native;
const real = (p) => { try { return realpath(p); } catch { return p; } };
const roots = JSON.parse(process.argv[2]).map((r) => real(path.resolve(r)));
const protocolOut = process.stdout;
const send = (m) => { protocolOut.write(JSON.stringify(m) + '\n'); };
const toStderr = (...a) => { process.stderr.write(util.format(...a) + '\n'); };
for (const k of ['log', 'info', 'debug', 'warn', 'error', 'trace', 'dir', 'table']) console[k] = toStderr;
Object.defineProperty(process, 'stdout', { configurable: false, get: () => process.stderr });

const denied = (op, target) => {
  send({ type: 'violation', op, target: String(target ?? '').slice(0, 300) });
  const e = new Error('glitchlab sandbox: ' + op + ' is not allowed');
  e.code = 'ERR_GLX_SANDBOX';
  // Named like Node's permission errors, so the error names the operation whichever of the two
  // reports (this violation message or the escaped error) reaches the host first.
  e.permission = op;
  return e;
};
const guard = (obj, names, op, targetOf) => {
  for (const n of names) {
    if (typeof obj?.[n] !== 'function') continue;
    const label = op || n;
    obj[n] = function guarded(...args) { throw denied(label, targetOf ? targetOf(args) : n); };
  }
};
const where = (a) => (a[0] && typeof a[0] === 'object' ? (a[0].host || a[0].hostname || a[0].path || '') + ':' + (a[0].port ?? '') : String(a[1] ?? '') + ':' + String(a[0] ?? ''));

// Network: closed (the namespace is the first wall, this is the second).
guard(net, ['connect', 'createConnection', 'createServer'], 'net.connect', where);
guard(net.Socket.prototype, ['connect'], 'net.connect', where);
guard(net.Server.prototype, ['listen'], 'net.listen', where);
guard(tls, ['connect', 'createServer'], 'tls.connect', where);
guard(dgram, ['createSocket'], 'dgram.createSocket');
guard(dns, ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveNs', 'resolveTxt', 'resolveSrv', 'resolvePtr', 'resolveNaptr', 'resolveSoa', 'reverse'], 'dns', (a) => a[0]);
if (dns.promises) guard(dns.promises, ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse'], 'dns', (a) => a[0]);
guard(http, ['request', 'get', 'createServer'], 'http.request', (a) => (typeof a[0] === 'string' ? a[0] : where(a)));
guard(https, ['request', 'get', 'createServer'], 'https.request', (a) => (typeof a[0] === 'string' ? a[0] : where(a)));
guard(http2, ['connect', 'createServer', 'createSecureServer'], 'http2.connect', (a) => a[0]);
guard(inspector, ['open'], 'inspector.open');
if (typeof globalThis.fetch === 'function') globalThis.fetch = function fetch(u) { return Promise.reject(denied('fetch', u)); };
if (typeof globalThis.WebSocket === 'function') globalThis.WebSocket = function WebSocket(u) { throw denied('WebSocket', u); };

// Processes and threads (also refused by the permission model; reported here first).
guard(child_process, ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'], 'child_process', (a) => a[0]);
worker_threads.Worker = function Worker(f) { throw denied('worker_threads.Worker', f); };
guard(cluster, ['fork', 'setupPrimary', 'setupMaster'], 'cluster.fork');
process.kill = function kill(pid) { throw denied('process.kill', pid); };
process.dlopen = function dlopen(m, f) { throw denied('process.dlopen', f); };

// File system: writes refused, reads outside the repository refused (and reported).
const WRITE_FNS = ['writeFile', 'appendFile', 'mkdir', 'mkdtemp', 'rm', 'rmdir', 'unlink', 'rename', 'copyFile', 'cp', 'symlink', 'link', 'truncate', 'ftruncate', 'chmod', 'lchmod', 'chown', 'lchown', 'utimes', 'lutimes', 'futimes', 'createWriteStream'];
const READ_FNS = ['readFile', 'readdir', 'stat', 'lstat', 'access', 'exists', 'opendir', 'realpath', 'readlink', 'createReadStream', 'watch', 'watchFile'];
const inside = (p) => {
  if (typeof p === 'number') return true;
  const s = p instanceof URL ? p.pathname : Buffer.isBuffer(p) ? p.toString() : String(p);
  const abs = real(path.resolve(s));
  return roots.some((r) => abs === r || abs.startsWith(r + path.sep));
};
const guardFs = (obj, sync) => {
  for (const base of WRITE_FNS) for (const n of sync ? [base, base + 'Sync'] : [base]) guard(obj, [n], 'fs.write', (a) => a[0]);
  for (const base of READ_FNS)
    for (const n of sync ? [base, base + 'Sync'] : [base]) {
      const orig = obj[n];
      if (typeof orig !== 'function') continue;
      obj[n] = function guardedRead(p, ...rest) {
        if (!inside(p)) throw denied('fs.read', p);
        return orig.call(this, p, ...rest);
      };
    }
  for (const n of sync ? ['open', 'openSync'] : ['open']) {
    const orig = obj[n];
    if (typeof orig !== 'function') continue;
    obj[n] = function guardedOpen(p, flags, ...rest) {
      if (typeof flags === 'string' && /[wa+]/.test(flags)) throw denied('fs.write', p);
      if (typeof flags === 'number' && (flags & 3) !== 0) throw denied('fs.write', p);
      if (!inside(p)) throw denied('fs.read', p);
      return orig.call(this, p, flags, ...rest);
    };
  }
};
guardFs(fs, true);
guardFs(fsp, false);
guard(fs, ['writeSync', 'write', 'writev', 'writevSync'], 'fs.write', (a) => 'fd ' + a[0]);
module.syncBuiltinESMExports();

const deepFreeze = (o) => {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
};
const errorInfo = (e) => ({
  name: e && e.name ? String(e.name) : typeof e,
  message: e && e.message !== undefined ? String(e.message).slice(0, 500) : String(e).slice(0, 500),
  code: e && e.code ? String(e.code) : undefined,
  permission: e && e.permission ? String(e.permission) : undefined,
  resource: e && e.resource ? String(e.resource).slice(0, 300) : undefined,
  stack: e && e.stack ? String(e.stack).split('\n').slice(0, 6).join('\n') : undefined,
});
process.on('uncaughtException', (e) => { send({ type: 'fatal', error: errorInfo(e) }); process.exitCode = 70; process.reallyExit(70); });
process.on('unhandledRejection', (e) => { send({ type: 'fatal', error: errorInfo(e) }); process.reallyExit(70); });

let plugin;
try {
  const mod = await import(pathToFileURL(pluginFile).href);
  plugin = mod.default && typeof mod.default === 'object' && mod.default.manifest ? mod.default : mod;
  if (typeof plugin.detect !== 'function') throw new Error('the module exports no detect(change) function');
  send({ type: 'loaded', manifest: JSON.parse(JSON.stringify(plugin.manifest ?? null)) });
} catch (e) {
  send({ type: 'load-error', error: errorInfo(e) });
  process.reallyExit(0);
}

const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
// The sides of files the host has sent (side-table.ts): kept deep-frozen until it says forget.
const sides = new Map();
const sideOf = (id) => {
  const s = sides.get(id);
  if (!s) throw new Error('host protocol: unknown side ' + id);
  return s;
};
let queue = Promise.resolve();
rl.on('line', (line) => {
  queue = queue.then(async () => {
    let msg;
    try { msg = JSON.parse(line); } catch { return; }
    if (msg.type !== 'detect-many') return;
    for (const id of msg.forget) sides.delete(id);
    for (const [id, s] of Object.entries(msg.sides)) sides.set(Number(id), deepFreeze(s));
    let changes;
    try {
      // Spreading keeps each file's key order (status, path, oldPath, before, after, hunks).
      changes = msg.changes.map((c) => ({ files: c.files.map((f) => ({ ...f, ...(f.before !== undefined ? { before: sideOf(f.before) } : {}), ...(f.after !== undefined ? { after: sideOf(f.after) } : {}) })) }));
    } catch (e) {
      send({ type: 'fatal', error: errorInfo(e) });
      process.reallyExit(70);
    }
    // One round trip for one or many changes (history walks batch them), answers in order.
    try {
      const results = [];
      for (const change of changes) {
        const t = await plugin.detect(deepFreeze(change));
        results.push(t === undefined ? null : t);
      }
      let text;
      try { text = JSON.stringify({ type: 'results', id: msg.id, results }); }
      catch (e) { send({ type: 'result-unserializable', id: msg.id, error: errorInfo(e) }); return; }
      protocolOut.write(text + '\n');
    } catch (e) {
      send({ type: 'error', id: msg.id, error: errorInfo(e) });
    }
  });
});
rl.on('close', () => process.reallyExit(0));
`;
