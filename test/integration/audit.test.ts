// `glx audit backup` / `restore` (spec §3.12): a deterministic archive (sorted entries, fixed
// times, sha256 per file in GLX_AUDIT_META.json), a restore that verifies every hash, --apply
// with the pre-restore copy, and hostile archives built here — zip-slip, absolute path,
// symlink entry, compression bomb, oversized entry, duplicate names, tampered hash — each
// refused with a clear message and nothing written anywhere.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import * as yazl from 'yazl';
import * as yauzl from 'yauzl';
import { auditBackup, auditRestore } from '../../server/src/app/audit';
import { openWorkspace, type Workspace } from '../../server/src/app/workspace';
import { AUDIT_META, sha256 } from '../../server/src/audit/backup';
import { DEFAULT_LIMITS } from '../../server/src/audit/restore';
import { ensureGlxDir } from '../../server/src/util/glx-dir';
import { TempRepo } from '../helpers/temp-repo';

const GLX = path.resolve(__dirname, '..', '..', '..', 'bin', 'glx');
const glx = (args: string[], cwd: string) => {
  const r = spawnSync(process.execPath, [GLX, ...args], { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, GLX_EGDB: 'off' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
};

// EGDB off: the audit events would otherwise add .glx/egdb.db between the backups compared here
// (recording the event after the archive is written is by design).
process.env.GLX_EGDB = 'off';

let repo: TempRepo;
let ws: Workspace;
let hostile: string;

before(async () => {
  repo = new TempRepo('glx-audit-');
  repo.commit({ 'a.ts': 'export const a = 1;\n' }, 'init');
  ws = await openWorkspace(repo.dir);
  ensureGlxDir(ws.glxDir);
  fs.writeFileSync(path.join(ws.glxDir, 'spec_state.json'), '{"schema":"spec.state.v1"}\n');
  fs.mkdirSync(path.join(ws.glxDir, 'mosaic'), { recursive: true });
  fs.writeFileSync(path.join(ws.glxDir, 'mosaic', 'mosaic_map.json'), '{"schema":"glx.mosaic.map.v1"}\n');
  fs.writeFileSync(path.join(ws.glxDir, 'delta_report.json'), '{"schema":"delta.report.v1"}\n');
  hostile = fs.mkdtempSync(path.join(os.tmpdir(), 'glx-hostile-'));
});
after(async () => {
  await ws.repo.close();
  repo.cleanup();
  fs.rmSync(hostile, { recursive: true, force: true });
});

function names(zip: string): Promise<{ name: string; time: number; date: number }[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(zip, { lazyEntries: false }, (err, z) => {
      if (err || !z) return reject(err);
      const out: { name: string; time: number; date: number }[] = [];
      z.on('entry', (e: yauzl.Entry) => out.push({ name: e.fileName, time: e.lastModFileTime, date: e.lastModFileDate }));
      z.on('end', () => resolve(out));
    });
  });
}

/** A zip from entries; names are written with yazl then patched byte-for-byte (yazl itself refuses unsafe names). */
async function makeZip(file: string, entries: { name: string; data: Buffer; mode?: number; compress?: boolean }[]): Promise<void> {
  const z = new yazl.ZipFile();
  const patches: [Buffer, Buffer][] = [];
  entries.forEach((e, i) => {
    const safe = e.name.startsWith('.glx/') && !e.name.includes('..') ? e.name : `.glx/${String(i).padStart(Math.max(1, e.name.length - 5), 'Q')}`.slice(0, Math.max(e.name.length, 6));
    if (safe !== e.name) {
      assert.equal(safe.length, e.name.length, `placeholder for ${e.name}`);
      patches.push([Buffer.from(safe), Buffer.from(e.name)]);
    }
    z.addBuffer(e.data, safe, { mode: e.mode ?? 0o100644, compress: e.compress ?? true, forceDosTimestamp: true, mtime: new Date(1980, 0, 1) });
  });
  z.end();
  const chunks: Buffer[] = [];
  await new Promise<void>((resolve) => {
    z.outputStream.on('data', (c: Buffer) => chunks.push(c));
    z.outputStream.on('end', () => resolve());
  });
  let buf = Buffer.concat(chunks);
  for (const [from, to] of patches) {
    let at = buf.indexOf(from);
    while (at >= 0) {
      to.copy(buf, at);
      at = buf.indexOf(from, at + 1);
    }
  }
  fs.writeFileSync(file, buf);
  buf = Buffer.alloc(0);
}

const metaFor = (files: { name: string; data: Buffer }[]) => Buffer.from(JSON.stringify({ schema: 'glx.audit.meta.v1', created_utc: '2026-01-01T00:00:00.000Z', head: null, branch: null, tool_version: 't', files: files.map((f) => ({ path: f.name, size: f.data.length, sha256: sha256(f.data) })) }));

const snapshotDir = (dir: string): string[] => {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const n of fs.readdirSync(d).sort()) {
      const p = path.join(d, n);
      out.push(path.relative(dir, p));
      if (fs.lstatSync(p).isDirectory()) walk(p);
    }
  };
  walk(dir);
  return out;
};

test('backup: sorted entries, fixed times, meta with sha256 per file; the same state gives the same bytes', async () => {
  const now = new Date('2026-03-04T05:06:07Z');
  const a = await auditBackup(ws, { now, out: path.join(hostile, 'a.zip') });
  const b = await auditBackup(ws, { now, out: path.join(hostile, 'b.zip') });
  assert.deepEqual(fs.readFileSync(a.zip), fs.readFileSync(b.zip), 'deterministic bytes');
  const entries = await names(a.zip);
  const ns = entries.map((e) => e.name);
  assert.deepEqual(ns, [...ns].sort());
  assert.deepEqual(ns, ['.glx/.gitignore', '.glx/delta_report.json', '.glx/mosaic/mosaic_map.json', '.glx/spec_state.json', AUDIT_META]);
  assert.equal(new Set(entries.map((e) => `${e.date}/${e.time}`)).size, 1, 'one fixed time');
  assert.equal(a.meta.files.find((f) => f.path === '.glx/spec_state.json')?.sha256, sha256(fs.readFileSync(path.join(ws.glxDir, 'spec_state.json'))));
  assert.equal(a.meta.head, repo.git('rev-parse', 'HEAD'));
});

test('CLI: backup into backup/AUDIT_<ts>.zip (ignored by git), restore --into, then --apply keeps the pre-restore copy', async () => {
  const r = glx(['audit', 'backup'], repo.dir);
  assert.equal(r.code, 0, r.stderr);
  const m = /backup: (backup\/AUDIT_\d{8}-\d{6}\.zip) \(4 files/.exec(r.stdout);
  assert.ok(m, r.stdout);
  assert.equal(repo.git('status', '--porcelain'), '', 'backup/ and .glx/ stay out of git status');
  const into = glx(['audit', 'restore', m[1], '--into', 'restored'], repo.dir);
  assert.equal(into.code, 0, into.stderr);
  assert.match(into.stdout, /verified 4 files \(sha256 ok\)/);
  assert.equal(fs.readFileSync(path.join(repo.dir, 'restored', '.glx', 'spec_state.json'), 'utf8'), '{"schema":"spec.state.v1"}\n');
  assert.ok(fs.existsSync(path.join(repo.dir, 'restored', AUDIT_META)));
  const again = glx(['audit', 'restore', m[1], '--into', 'restored'], repo.dir);
  assert.equal(again.code, 2);
  assert.match(again.stderr, /--into restored: not empty/);
  fs.rmSync(path.join(repo.dir, 'restored'), { recursive: true });
  // Damage .glx/, then apply.
  fs.writeFileSync(path.join(ws.glxDir, 'spec_state.json'), 'garbage');
  fs.rmSync(path.join(ws.glxDir, 'mosaic'), { recursive: true });
  const apply = glx(['audit', 'restore', m[1], '--apply'], repo.dir);
  assert.equal(apply.code, 0, apply.stderr);
  const kept = /previous \.glx\/ kept as (\.glx\.before_restore_\d{8}-\d{6})/.exec(apply.stdout);
  assert.ok(kept, apply.stdout);
  assert.equal(fs.readFileSync(path.join(repo.dir, kept[1], 'spec_state.json'), 'utf8'), 'garbage');
  assert.equal(fs.readFileSync(path.join(ws.glxDir, 'spec_state.json'), 'utf8'), '{"schema":"spec.state.v1"}\n');
  assert.ok(fs.existsSync(path.join(ws.glxDir, 'mosaic', 'mosaic_map.json')));
  assert.equal(repo.git('status', '--porcelain'), '');
  fs.rmSync(path.join(repo.dir, kept[1]), { recursive: true });
  const missing = glx(['audit', 'restore', 'backup/nope.zip'], repo.dir);
  assert.equal(missing.code, 66);
});

const ok = { name: '.glx/ok.json', data: Buffer.from('{}\n') };

const HOSTILE: { label: string; entries: () => { name: string; data: Buffer; mode?: number; compress?: boolean }[]; expect: RegExp; limits?: object }[] = [
  { label: 'zip-slip', entries: () => [ok, { name: '../../../tmp/glx-evil.txt', data: Buffer.from('pwned') }], expect: /entry "\.\.\/\.\.\/\.\.\/tmp\/glx-evil\.txt": (path climbs out with \.\.|not a \.glx\/ artifact)/ },
  { label: 'zip-slip inside .glx', entries: () => [ok, { name: '.glx/../../evil.txt', data: Buffer.from('pwned') }], expect: /entry "\.glx\/\.\.\/\.\.\/evil\.txt": path climbs out with \.\./ },
  { label: 'absolute path', entries: () => [ok, { name: '/tmp/glx-abs-evil', data: Buffer.from('pwned') }], expect: /entry "\/tmp\/glx-abs-evil": absolute path/ },
  { label: 'symlink entry', entries: () => [ok, { name: '.glx/link', data: Buffer.from('/etc/passwd'), mode: 0o120777 }], expect: /entry "\.glx\/link": a symbolic link/ },
  { label: 'duplicate names', entries: () => [ok, { name: '.glx/ok.json', data: Buffer.from('[]\n') }], expect: /entry "\.glx\/ok\.json": duplicate name/ },
  { label: 'compression bomb', entries: () => [ok, { name: '.glx/bomb.bin', data: Buffer.alloc(24 * 1024 * 1024) }], expect: /entry "\.glx\/bomb\.bin": compression ratio \d+:1 \(a compression bomb\?\)/ },
  { label: 'oversized entry', entries: () => [ok, { name: '.glx/big.bin', data: Buffer.alloc(4096, 7), compress: false }], expect: /entry "\.glx\/big\.bin": 4096 bytes uncompressed, over the 1024-byte limit/, limits: { maxEntryBytes: 1024 } },
];

for (const h of HOSTILE) {
  test(`hostile archive refused, nothing written: ${h.label}`, async () => {
    const entries = h.entries();
    const file = path.join(hostile, `${h.label.replace(/\W+/g, '_')}.zip`);
    await makeZip(file, [...entries, { name: AUDIT_META, data: metaFor(entries) }]);
    const target = path.join(repo.dir, 'restore-target');
    const glxBefore = snapshotDir(ws.glxDir);
    const rootBefore = snapshotDir(repo.dir).filter((p) => !p.startsWith('.git'));
    const limits = h.limits ? { ...DEFAULT_LIMITS, ...h.limits } : undefined;
    await assert.rejects(auditRestore(ws, file, { into: 'restore-target', limits }), (e: Error) => {
      assert.match(e.message, h.expect);
      assert.match(e.message, /refused/);
      return true;
    });
    await assert.rejects(auditRestore(ws, file, { apply: true, limits }), h.expect);
    assert.ok(!fs.existsSync(target), 'the target was not created');
    assert.deepEqual(snapshotDir(ws.glxDir), glxBefore, '.glx/ untouched');
    assert.deepEqual(snapshotDir(repo.dir).filter((p) => !p.startsWith('.git')), rootBefore, 'no .glx.before_restore copy, nothing else');
    assert.ok(!fs.existsSync('/tmp/glx-evil.txt') && !fs.existsSync('/tmp/glx-abs-evil') && !fs.existsSync(path.join(path.dirname(repo.dir), 'evil.txt')));
  });
}

test('hostile archive refused: a tampered file (hash does not match the meta)', async () => {
  const files = [ok, { name: '.glx/spec_state.json', data: Buffer.from('{"schema":"spec.state.v1"}\n') }];
  const meta = metaFor(files);
  const file = path.join(hostile, 'tampered.zip');
  await makeZip(file, [ok, { name: '.glx/spec_state.json', data: Buffer.from('{"schema":"spec.state.v1","x":1}') }, { name: AUDIT_META, data: meta }]);
  await assert.rejects(auditRestore(ws, file, { into: 'tampered' }), /entry "\.glx\/spec_state\.json": sha256 [0-9a-f]{12}… does not match GLX_AUDIT_META\.json .*tampered or corrupt; archive refused, nothing written/);
  assert.ok(!fs.existsSync(path.join(repo.dir, 'tampered')));
  // A file not listed in the meta, and a missing meta.
  const unlisted = path.join(hostile, 'unlisted.zip');
  await makeZip(unlisted, [ok, { name: '.glx/extra.json', data: Buffer.from('1') }, { name: AUDIT_META, data: metaFor([ok]) }]);
  await assert.rejects(auditRestore(ws, unlisted, { into: 'x1' }), /entry "\.glx\/extra\.json": not listed in GLX_AUDIT_META\.json/);
  const nometa = path.join(hostile, 'nometa.zip');
  await makeZip(nometa, [ok]);
  await assert.rejects(auditRestore(ws, nometa, { into: 'x2' }), /no GLX_AUDIT_META\.json: not a GlitchLab audit backup/);
  const notzip = path.join(hostile, 'notzip.zip');
  fs.writeFileSync(notzip, 'PK not really');
  await assert.rejects(auditRestore(ws, notzip, { into: 'x3' }), /not a readable zip archive/);
});
