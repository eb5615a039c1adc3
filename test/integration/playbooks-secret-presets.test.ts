// Playbooks 5 (secret leak, on the SAST bridge) and 11 (presets/plugins and quarantine), run for
// real on temp git repositories: the dry run changes nothing; the run removes the planted secrets
// (environment lookups), adds deny rules, commits twice without pushing, rescans to 0 CRITICAL,
// and no secret value is in any byte under .glx/ (EGDB file, run log, report included) or in the
// CLI output; undo leaves the repository and .glx/ byte-identical. Playbook 11 indexes presets,
// quarantines a hostile plugin (an infinite loop, stopped by the sandbox's deadline) and its undo
// releases it (quarantine.json as before).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { runPlaybookCase, undoPlaybookRun } from '../../server/src/app/run-playbook';
import { openWorkspace } from '../../server/src/app/workspace';
import { readQuarantine } from '../../server/src/plugins/quarantine';
import { sandboxCapabilities } from '../../server/src/plugins/sandbox';
import { readSecurityPolicy } from '../../server/src/sast/security-policy';
import { ensureGlxDir } from '../../server/src/util/glx-dir';
import { ACME_PLUGIN, hostilePlugins, writePlugin } from '../helpers/plugin-fixtures';
import { repoState } from '../helpers/repo-state';
import { TempRepo } from '../helpers/temp-repo';

const GLX = path.resolve(__dirname, '..', '..', '..', 'bin', 'glx');
function glx(args: string[], cwd: string) {
  const e: NodeJS.ProcessEnv = { ...process.env, GLX_DEBUG: '' };
  delete e.GLX_EGDB_URL;
  const r = spawnSync(process.execPath, [GLX, ...args], { cwd, encoding: 'utf8', timeout: 180_000, env: e });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

// Built at run time so this file does not itself look like a leaked key to a scanner.
const j = (...p: string[]) => p.join('');
const S = {
  stripe: j('sk_live_', '7fQ39HqLyjWDarjtT1zdp8kc'),
  aws: j('AKIA', 'Z3EGHJ7K', 'LMNPQRS5'),
  gitlab: j('glpat-', 'Pb7Qw3Er5Ty9Ui1Op3Zz'),
  pemBody: j('MIIEowIBAAKCAQEAz9', 'PlaybookPemBody98765432'),
};
const PEM = `${j('-----BEGIN RSA ', 'PRIVATE KEY-----')}\\n${S.pemBody}\\n${j('-----END RSA ', 'PRIVATE KEY-----')}`;
const TLS = (pem: string) => `export const tlsPrivateKey = "${pem}";\n`;
const NEEDLES = Object.values(S);

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? filesUnder(path.join(dir, d.name)) : [path.join(dir, d.name)]));
}
function assertNoSecret(text: string, where: string) {
  for (const n of NEEDLES) assert.ok(!text.includes(n), `${where} holds a planted secret (${n.slice(0, 5)}…)`);
}
function assertGlxClean(dir: string) {
  const files = filesUnder(path.join(dir, '.glx'));
  assert.ok(files.length > 0);
  for (const f of files) assertNoSecret(fs.readFileSync(f).toString('latin1'), path.relative(dir, f));
}

const repos: TempRepo[] = [];
after(() => repos.forEach((r) => r.cleanup()));

const CONFIG = (s: typeof S) => `export const stripeKey = "${s.stripe}";\nexport const aws = { id: "${s.aws}", region: "eu-west-1" };\nexport function url(): string {\n  return "https://example.org";\n}\n`;
const SETTINGS = (s: typeof S) => `import os\n\nDEBUG = False\nAPI_TOKEN = "${s.gitlab}"\n`;

function leakRepo(): TempRepo {
  const r = new TempRepo('glx-pb5-');
  repos.push(r);
  r.commit({ 'src/app.ts': 'export const one = 1;\n', 'security/policy.yaml': '# team rules\nseverity_threshold: LOW\n' }, 'init');
  r.commit({ 'src/config.ts': CONFIG(S), 'app/settings.py': SETTINGS(S), 'src/tls.ts': TLS(PEM) }, 'add config');
  r.commit({ 'src/app.ts': 'export const one = 1;\nexport const two = 2;\n' }, 'more');
  return r;
}

describe('playbook 5: secret leak incident', () => {
  it('dry run: the CRITICAL secrets listed redacted with their first commit; nothing written, no secret in the plan', async () => {
    const r = leakRepo();
    const added = r.git('rev-parse', 'HEAD~1');
    const ws = await openWorkspace(r.dir);
    try {
      const before = await repoState(r.dir);
      const d = await runPlaybookCase(ws, 'secret-leak', {}, { dryRun: true, trusted: true });
      assert.equal(d.status, 'planned', d.message);
      const plan = d.steps[0].plan.join('\n');
      assert.match(plan, /«redacted:stripe-key:[0-9a-f]{8}» glx\.secret\.stripe-key at src\/config\.ts:1, first added in/);
      assert.match(plan, /«redacted:aws-access-key:[0-9a-f]{8}» glx\.secret\.aws-access-key at src\/config\.ts:2/);
      assert.match(plan, /«redacted:gitlab-token:[0-9a-f]{8}» glx\.secret\.gitlab-token at app\/settings\.py:4/);
      assert.ok(plan.includes(`first added in ${added.slice(0, 12)}`), plan);
      assert.match(d.steps[1].plan.join('\n'), /app\/settings\.py: 1 literal\(s\) → os\.environ\["API_TOKEN"\]\nsrc\/config\.ts: 2 literal\(s\) → process\.env\.STRIPE_KEY, process\.env\.ID/);
      assert.match(plan, /«redacted:private-key:[0-9a-f]{8}» glx\.secret\.private-key at src\/tls\.ts:1/);
      assert.match(d.steps[1].plan.join('\n'), /src\/tls\.ts: 1 literal\(s\) → process\.env\.TLS_PRIVATE_KEY/);
      assert.match(d.steps[2].plan.join('\n'), /deny: \{id: no-aws-access-key[\s\S]*no-gitlab-token[\s\S]*no-stripe-key[\s\S]*no-literal-tlsprivatekey/);
      assertNoSecret(JSON.stringify(d), 'the dry-run report');
      assert.deepEqual(await repoState(r.dir), before);
    } finally {
      await ws.repo.close();
    }
  });

  it('run: literals replaced by environment lookups, deny rules added, two local commits, 0 CRITICAL; no secret under .glx/ or in the CLI output; undo restores everything', async () => {
    const r = leakRepo();
    const ws0 = await openWorkspace(r.dir);
    ensureGlxDir(ws0.glxDir);
    await ws0.repo.close();
    const before = await repoState(r.dir);
    const head0 = r.git('rev-parse', 'HEAD');
    const out = glx(['playbook', 'run', 'secret-leak', '--yes'], r.dir);
    assert.equal(out.code, 0, out.stdout + out.stderr);
    assertNoSecret(out.stdout + out.stderr, 'glx playbook run output');
    assert.match(out.stdout, /rotate/i);

    assert.equal(r.git('log', '--format=%s', `${head0}..HEAD`), 'policy: deny the leaked secret patterns\nsecurity: remove exposed secret; read it from the environment');
    assert.equal(r.git('status', '--porcelain'), '');
    assert.equal(r.read('src/config.ts'), CONFIG({ ...S, stripe: 'X', aws: 'Y' }).replace('"X"', 'process.env.STRIPE_KEY').replace('"Y"', 'process.env.ID'));
    assert.equal(r.read('app/settings.py'), 'import os\n\nDEBUG = False\nAPI_TOKEN = os.environ["API_TOKEN"]\n');
    const pol = readSecurityPolicy(r.dir);
    assert.deepEqual(pol.problems, []);
    assert.equal(r.read('src/tls.ts'), 'export const tlsPrivateKey = process.env.TLS_PRIVATE_KEY;\n');
    // Provider keys get their format as the rule; the private key, the identifier it was given to.
    assert.deepEqual(pol.policy.deny.map((d) => d.id).sort(), ['policy.no-aws-access-key', 'policy.no-gitlab-token', 'policy.no-literal-tlsprivatekey', 'policy.no-stripe-key']);
    assert.ok(pol.policy.deny.find((d) => d.id === 'policy.no-literal-tlsprivatekey')!.re.test('export const tlsPrivateKey = "abcdefgh";'));
    assert.ok(pol.policy.deny.every((d) => d.secret && d.severity === 'CRITICAL'));
    assert.match(r.read('security/policy.yaml'), /^# team rules\nseverity_threshold: LOW\ndeny:/);
    // The deny rules catch the leaked formats again (a fresh literal of the same provider).
    assert.ok(pol.policy.deny.find((d) => d.id === 'policy.no-stripe-key')!.re.test(`k = "${j('sk_live_', 'Another0Key1Of2The3Same4')}"`));

    // The rescan: queue.json without any CRITICAL secret still in the tree.
    const queue = JSON.parse(fs.readFileSync(path.join(r.dir, '.glx', 'security', 'queue.json'), 'utf8')) as { category: string; severity: string; message: string; location: { file: string } }[];
    const live = queue.filter((f) => f.category === 'Secrets' && f.severity === 'CRITICAL' && !/removed from the tree but still in history/.test(f.message));
    assert.deepEqual(live, []);
    assert.ok(queue.some((f) => /still in history/.test(f.message)), 'the history-only findings are kept');

    // The run report: redacted forms and fingerprints, the rotation advice; no value anywhere.
    const logDir = path.join(r.dir, '.glx', 'logs');
    const report = fs.readdirSync(logDir).find((f) => /^playbook-secret-leak-.*\.md$/.test(f))!;
    const md = fs.readFileSync(path.join(logDir, report), 'utf8');
    assert.match(md, /### Incident[\s\S]*«redacted:stripe-key:[0-9a-f]{8}» \(fingerprint sha256:[0-9a-f]+\)/);
    assert.match(md, /Rotate now/);
    assert.match(md, /Still in history/);
    assertGlxClean(r.dir);
    // Nor in the commit messages.
    assertNoSecret(r.git('log', '--format=%B', `${head0}..HEAD`), 'the commit messages');

    const runId = /undo: glx playbook undo (\w+)/.exec(out.stdout)?.[1];
    assert.ok(runId, out.stdout);
    const u = glx(['playbook', 'undo', runId], r.dir);
    assert.equal(u.code, 0, u.stdout + u.stderr);
    assertNoSecret(u.stdout + u.stderr, 'glx playbook undo output');
    assert.equal(r.git('rev-parse', 'HEAD'), head0);
    assert.deepEqual(await repoState(r.dir), before);
  });

  it('nothing to do on a repository without secrets; a secret the placeholder cannot replace stops the run with nothing committed', async () => {
    const r = new TempRepo('glx-pb5-none-');
    repos.push(r);
    r.commit({ 'src/app.ts': 'export const one = 1;\n' }, 'init');
    const ws = await openWorkspace(r.dir);
    try {
      const n = await runPlaybookCase(ws, '5', {}, { trusted: true });
      assert.equal(n.status, 'ok', n.message);
      assert.ok(n.steps.every((s) => s.status === 'skipped'), JSON.stringify(n.steps.map((s) => s.status)));
      // A bare key in a comment: not a quoted literal.
      r.commit({ 'src/notes.ts': `// old key ${S.aws} do not use\nexport const k = 0;\n` }, 'notes');
      const head = r.git('rev-parse', 'HEAD');
      const f = await runPlaybookCase(ws, '5', {}, { trusted: true });
      assert.equal(f.status, 'precondition', f.message);
      assert.match(f.message, /src\/notes\.ts:1: «redacted:aws-access-key:[0-9a-f]{8}» is not a quoted literal the placeholder can replace: remove it by hand/);
      assertNoSecret(JSON.stringify(f), 'the failed run report');
      assert.equal(r.git('rev-parse', 'HEAD'), head);
    } finally {
      await ws.repo.close();
    }
  });
});

const PRESET = 'description: reviews of the API\nmosaic:\n  rows: 32\n  cols: 32\n';

describe('playbook 11: presets, plugins and quarantine', { skip: !sandboxCapabilities().permission && 'no permission model: plugins are not run' }, () => {
  it('dry run changes nothing; the run indexes the presets and quarantines the looping plugin; undo releases it (quarantine.json as before)', async () => {
    const r = new TempRepo('glx-pb11-');
    repos.push(r);
    r.commit({ 'src/app.ts': 'export const one = 1;\n', 'src/util.ts': 'export const two = 2;\n', 'presets/api.yaml': PRESET, 'presets/broken.yaml': 'mosaic: [\n' }, 'init');
    const ws = await openWorkspace(r.dir);
    try {
      ensureGlxDir(ws.glxDir);
      writePlugin(r.dir, 'acme', ACME_PLUGIN);
      writePlugin(r.dir, 'loop', hostilePlugins({ port: 1, outsideFile: '/nonexistent', repo: r.dir }).loop.source);
      // Something already in quarantine before the run: it must stay exactly as it was.
      writePlugin(r.dir, 'thrower', `export const manifest = { name: 'thrower', version: '1.0.0', files: ['src/**'], tokens: { 'thrower.X': { category: 'flow', weight: 0.1 } } };\nexport function detect() { throw new Error('boom'); }\n`);
      const v0 = await runPlaybookCase(ws, 'presets', {}, { trusted: true });
      assert.equal(v0.status, 'ok', v0.message);
      assert.ok(readQuarantine(ws.glxDir).file.plugins.thrower);
      assert.ok(readQuarantine(ws.glxDir).file.plugins.loop, 'the validation stops the loop on its fixture');
      // Start again from: thrower in quarantine, loop not (released by hand).
      assert.equal(glx(['plugins', 'release', 'loop'], r.dir).code, 0);
      fs.rmSync(path.join(ws.glxDir, 'presets_index.json'));
      const qBefore = fs.readFileSync(path.join(ws.glxDir, 'quarantine.json'), 'utf8');

      const before = await repoState(r.dir);
      const d = await runPlaybookCase(ws, 'presets', { plugin: 'loop' }, { dryRun: true, trusted: true });
      assert.equal(d.status, 'planned', d.message);
      assert.match(d.steps[0].plan.join('\n'), /validate 2 preset\(s\) \(presets\/api\.yaml, presets\/broken\.yaml\)/);
      assert.match(d.steps[1].plan.join('\n'), /thrower \(.*\): in quarantine since .*: skipped/);
      assert.match(d.steps[2].plan.join('\n'), /glx plugins run --sandbox loop on range HEAD/);
      assert.deepEqual(await repoState(r.dir), before);

      const run = await runPlaybookCase(ws, 'presets', { plugin: '.glx/plugins/loop.mjs' }, { trusted: true });
      assert.equal(run.status, 'ok', run.message);
      const index = JSON.parse(fs.readFileSync(path.join(ws.glxDir, 'presets_index.json'), 'utf8'));
      assert.equal(index.schema, 'glx.presets.index.v1');
      assert.deepEqual(index.presets.map((p: { name: string; valid: boolean }) => [p.name, p.valid]), [['api', true], ['broken', false]]);
      const q = readQuarantine(ws.glxDir).file.plugins;
      assert.equal(q.loop?.reason, 'timeout', JSON.stringify(q.loop));
      assert.ok(q.thrower);
      assert.equal(q.acme, undefined);
      assert.match(run.steps[1].summary!, /1 ok, 1 quarantined now \(loop\)/);
      assert.match(run.steps[2].summary!, /loop quarantined by the validation \(timeout\)/);

      const u = await undoPlaybookRun(ws, run.run_id, { trusted: true });
      assert.equal(u.status, 'undone', u.message);
      assert.equal(fs.readFileSync(path.join(ws.glxDir, 'quarantine.json'), 'utf8'), qBefore);
      assert.equal(readQuarantine(ws.glxDir).file.plugins.loop, undefined);
      assert.ok(!fs.existsSync(path.join(ws.glxDir, 'presets_index.json')));
      assert.deepEqual(await repoState(r.dir), before);
    } finally {
      await ws.repo.close();
    }
  });

  it('a plugin failing only on the change is quarantined by the sandbox step; --release brings a quarantined one back and its undo puts it back', async () => {
    const r = new TempRepo('glx-pb11b-');
    repos.push(r);
    r.commit({ 'src/app.ts': 'export const one = 1;\n' }, 'init');
    r.commit({ 'src/other.ts': 'export const two = 2;\n' }, 'other');
    const ws = await openWorkspace(r.dir);
    try {
      ensureGlxDir(ws.glxDir);
      // Fine on its files at HEAD as a whole-file fixture, throws on a change touching src/other.ts alone.
      writePlugin(r.dir, 'picky', `export const manifest = { name: 'picky', version: '1.0.0', files: ['src/**'], tokens: { 'picky.X': { category: 'flow', weight: 0.1 } } };\nexport function detect(c) { if (c.files.length === 1 && c.files[0].path === 'src/other.ts') throw new Error('only on other.ts'); return []; }\n`);
      const run = await runPlaybookCase(ws, 'presets', { plugin: 'picky' }, { trusted: true });
      assert.equal(run.status, 'ok', run.message);
      assert.match(run.steps[1].summary!, /1 ok, 0 quarantined now/);
      assert.match(run.steps[2].summary!, /picky: quarantined \(exception\)/);
      assert.equal(readQuarantine(ws.glxDir).file.plugins.picky?.reason, 'exception');

      const before = await repoState(r.dir);
      const rel = await runPlaybookCase(ws, 'presets', { release: 'picky' }, { trusted: true });
      assert.equal(rel.status, 'ok', rel.message);
      assert.equal(readQuarantine(ws.glxDir).file.plugins.picky, undefined);
      const u = await undoPlaybookRun(ws, rel.run_id, { trusted: true });
      assert.equal(u.status, 'undone', u.message);
      assert.equal(readQuarantine(ws.glxDir).file.plugins.picky?.reason, 'exception');
      assert.deepEqual(await repoState(r.dir), before);

      const bad = await runPlaybookCase(ws, 'presets', { release: 'acme' }, { trusted: true });
      assert.equal(bad.status, 'precondition');
      assert.match(bad.message, /--release acme: plugin "acme" is not in quarantine \(picky\)/);
    } finally {
      await ws.repo.close();
    }
  });
});
