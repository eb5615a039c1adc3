// The example plugin examples/plugins/http-routes (issue 16) on its real-world-shaped fixture
// (an Express router and a FastAPI router, before and after a change): installed as a file in
// .glx/plugins/ and as a package named in spec/invariants.yaml, run in the sandbox by the built
// `glx delta`. Routes that appear/disappear are tokens; a route moved or reformatted is not.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { TempRepo } from '../helpers/temp-repo';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const GLX = path.join(ROOT, 'bin', 'glx');
const PLUGIN_DIR = path.join(ROOT, 'examples', 'plugins', 'http-routes');
const FIXTURE = path.join(PLUGIN_DIR, 'fixture');

function filesOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[path.relative(dir, p).split(path.sep).join('/')] = fs.readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

const repos: TempRepo[] = [];
after(() => repos.forEach((r) => r.cleanup()));
function fixtureRepo(): TempRepo {
  const r = new TempRepo('glx-http-routes-');
  repos.push(r);
  r.commit(filesOf(path.join(FIXTURE, 'before')), 'before');
  for (const [p, text] of Object.entries(filesOf(path.join(FIXTURE, 'after')))) r.write(p, text);
  return r;
}

interface Tok { kind: string; file: string; symbol: string; range: { line: number }; meta: { baseRange?: { line: number }; plugin: string; evidence?: string[] } }

function routeTokens(dir: string): Tok[] {
  const env = { ...process.env };
  delete env.GLX_EGDB_URL;
  const r = spawnSync(process.execPath, [GLX, 'delta', '--json'], { cwd: dir, encoding: 'utf8', env, timeout: 120_000 });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  return (JSON.parse(r.stdout).tokens as Tok[]).filter((t) => t.kind.startsWith('http.'));
}

function check(r: TempRepo, tokens: Tok[]): void {
  const summary = tokens.map((t) => `${t.kind} ${t.file} ${t.symbol}`).sort();
  assert.deepEqual(summary, [
    'http.ROUTE_ADDED api/src/routes/users.ts POST /users',
    'http.ROUTE_ADDED service/app/routers/items.py DELETE /{item_id}/archive',
    'http.ROUTE_ADDED service/app/routers/items.py PATCH /{item_id}',
    'http.ROUTE_ADDED service/app/routers/items.py POST /{item_id}/archive',
    'http.ROUTE_REMOVED api/src/routes/users.ts DELETE /users/:id',
    'http.ROUTE_REMOVED api/src/routes/users.ts PUT /users/:id/avatar',
    'http.ROUTE_REMOVED service/app/routers/items.py PUT /{item_id}',
  ]);
  // Each token points at its route: an added one at its head line, a removed one at its base line.
  const before = filesOf(path.join(FIXTURE, 'before'));
  for (const t of tokens) {
    const text = t.kind === 'http.ROUTE_ADDED' ? r.read(t.file) : before[t.file];
    const line = t.kind === 'http.ROUTE_ADDED' ? t.range.line : t.meta.baseRange!.line;
    const [method, p] = t.symbol.split(' ');
    const src = text.split('\n')[line - 1];
    assert.ok(src.includes(p) || src.includes('.route('), `${t.kind} ${t.symbol} → line ${line}: ${src}`);
    assert.ok(src.toLowerCase().includes(method.toLowerCase()) || /route/.test(src), `${t.symbol} → ${src}`);
    assert.equal(t.meta.plugin, 'http-routes');
    assert.ok(t.meta.evidence?.length);
  }
}

test('http-routes from .glx/plugins/: added and removed Express and FastAPI routes; moved or reformatted routes are not tokens', () => {
  const r = fixtureRepo();
  fs.mkdirSync(path.join(r.dir, '.glx', 'plugins'), { recursive: true });
  fs.copyFileSync(path.join(PLUGIN_DIR, 'http-routes.mjs'), path.join(r.dir, '.glx', 'plugins', 'http-routes.mjs'));
  check(r, routeTokens(r.dir));
});

test('http-routes as a package named under plugins: in spec/invariants.yaml', () => {
  const r = fixtureRepo();
  const pkg = path.join(r.dir, 'node_modules', 'http-routes');
  fs.mkdirSync(pkg, { recursive: true });
  for (const f of ['http-routes.mjs', 'package.json']) fs.copyFileSync(path.join(PLUGIN_DIR, f), path.join(pkg, f));
  r.write('.gitignore', 'node_modules/\n');
  r.git('add', '.gitignore');
  r.git('commit', '-qm', 'ignore node_modules');
  r.write('spec/invariants.yaml', 'schema: invariants.v1\nplugins:\n  - http-routes\n');
  r.git('add', 'spec/invariants.yaml');
  r.git('commit', '-qm', 'plugins');
  check(r, routeTokens(r.dir));
});
