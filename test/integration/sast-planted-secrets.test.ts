// Issue 12 "planted-secret test" (spec §3.11, playbook 5): secrets of every kind the built-in
// scanner supports, planted in code, config, default parameters, comments, a `.env` file and
// the commit history (added then removed), are found by `glx sast scan --history`, explained by
// `glx sast triage` (first commit that added each), enter the change as SECRETS_FOUND tokens
// (meta.state new) with the CRITICAL count in ΔZ and the gate escalation, show up as editor
// diagnostics — and no secret value is in any byte under `.glx/` (EGDB file included), in the
// CLI output, in the server's notifications or stderr.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileUri, LspSession, SERVER } from '../helpers/lsp-client';
import { TempRepo } from '../helpers/temp-repo';
import type { NormalizedFinding } from '../../server/src/sast/types';

const GLX = path.resolve(__dirname, '..', '..', '..', 'bin', 'glx');

// Built at run time so this file does not itself look like a leaked key to a scanner.
const j = (...p: string[]) => p.join('');
const S = {
  aws: j('AKIA', 'Q3EGHJ7K', 'LMNPQRS2'),
  awsSecret: j('wJalrXUtnFEMI/K7MDENG/', 'bPxRfiCYzEXAMPLEKEY12'),
  github: j('ghp_', 'Zt9qW2eR4tY6uI8oP0aS1dF3gH5jK7lX9cV2'),
  gitlab: j('glpat-', 'Xy7Qw3Er5Ty9Ui1Op3As'),
  slack: j('xoxb-', '2048-1024-Qw3rTy7UiOpAsDfGh'),
  stripe: j('sk_live_', '4eC39HqLyjWDarjtT1zdp7dc'),
  google: j('AIza', 'SyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY'),
  npm: j('npm_', 'Ab3De5Gh7Jk9Mn1Pq3St5Vw7Yz9Bc1Ef3Gh5'),
  pemBody: j('MIIEowIBAAKCAQEAq7', 'PlantedPemBody0123456789'),
  password: j('Zq8!vR2#', 'kLp9wT4x'),
  envPassword: j('pg-', 'Pr0d-9fK2mQ7xW'),
  historyOnly: j('sk_live_', 'HistOnly9Qw3Er5Ty7Ui9Op1'),
};
const NEEDLES = Object.values(S);

function glx(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [GLX, ...args], { cwd, encoding: 'utf8', env: { ...process.env, GLX_DEBUG: '' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function allBytes(dir: string): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push({ file: path.relative(dir, p), text: fs.readFileSync(p).toString('latin1') });
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return out;
}

function assertClean(where: string, text: string): void {
  for (const n of NEEDLES) assert.ok(!text.includes(n), `${where} holds a planted secret (${n.slice(0, 6)}…)`);
}

describe('planted secrets: found everywhere, never written (§3.11, playbook 5)', () => {
  let repo: TempRepo;
  const outputs: string[] = [];
  before(() => {
    repo = new TempRepo('glx-sast-secrets-');
    repo.commit({ 'src/app.ts': 'export function connect(host: string): string {\n  return host;\n}\n', 'README.md': '# app\n' }, 'base');
    // History: a secret committed, then removed (still in history); a config secret that stays.
    repo.commit({ 'src/old.ts': `export const billing = "${S.historyOnly}";\n`, 'config/app.yaml': `slack:\n  token: ${S.slack}\n` }, 'add billing');
    repo.commit({ 'src/old.ts': null }, 'remove billing');
    // The change (working tree): every kind, in code, defaults, comments, config and .env.
    repo.write('src/app.ts', [
      `// deploy with ${S.github}`,
      `export function connect(host: string, apiKey = "${S.stripe}", password: string = "${S.password}"): string {`,
      `  const aws = { id: "${S.aws}", aws_secret_access_key: "${S.awsSecret}" };`,
      `  return host + aws.id;`,
      '}',
      `/** Maps key: ${S.google} */`,
      `export const KEY = \`-----BEGIN RSA PRIVATE KEY-----\n${S.pemBody}\n-----END RSA PRIVATE KEY-----\`;`,
      '',
    ].join('\n'));
    repo.write('app/settings.py', `def connect(host, token="${S.gitlab}"):\n    npm = "${S.npm}"\n    return host\n`);
    repo.write('.env', `DB_PASSWORD=${S.envPassword}\nDEBUG=1\n`);
  });
  after(() => repo?.cleanup());

  it('glx sast scan --history: every kind found at its place; history-only and unchanged-line secrets with their first commit', () => {
    const r = glx(['sast', 'scan', '--history', '--json'], repo.dir);
    outputs.push(r.stdout, r.stderr);
    assert.equal(r.code, 0, r.stderr);
    const { findings } = JSON.parse(r.stdout) as { findings: NormalizedFinding[] };
    const where = (f: NormalizedFinding) => `${f.rule_id}@${f.location.file}:${f.location.line}`;
    const got = new Set(findings.map(where));
    for (const w of [
      'glx.secret.github-token@src/app.ts:1', 'glx.secret.stripe-key@src/app.ts:2', 'glx.secret.secret-assignment@src/app.ts:2',
      'glx.secret.aws-access-key@src/app.ts:3', 'glx.secret.aws-secret-key@src/app.ts:3', 'glx.secret.google-api-key@src/app.ts:6',
      'glx.secret.private-key@src/app.ts:7', 'glx.secret.gitlab-token@app/settings.py:1', 'glx.secret.npm-token@app/settings.py:2',
      'glx.secret.env-file@.env:1', 'glx.secret.slack-token@config/app.yaml:2', 'glx.secret.stripe-key@src/old.ts:1',
    ]) assert.ok(got.has(w), `${w} not found in ${[...got].join(', ')}`);
    const old = findings.find((f) => f.location.file === 'src/old.ts')!;
    assert.match(old.message, /removed from the tree but still in history, first added in [0-9a-f]{12}/);
    assert.equal(old.severity, 'CRITICAL');
    const slack = findings.find((f) => f.location.file === 'config/app.yaml')!;
    assert.match(slack.message, /first added in [0-9a-f]{12}/);
    const changed = findings.filter((f) => f.location.file === 'src/app.ts');
    assert.ok(changed.every((f) => f.delta_bind !== 'unchanged' && f.queue === 'block' && f.category === 'Secrets'));
    for (const f of findings.filter((x) => x.category === 'Secrets')) assert.ok(f.evidence.some((e) => /^«redacted:[a-z-]+:[0-9a-f]{8}»$/.test(e)), where(f));
  });

  it('glx sast triage: guided removal with the first commit, redacted', () => {
    const r = glx(['sast', 'triage', '--queue', 'block'], repo.dir);
    outputs.push(r.stdout, r.stderr);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /revoke and rotate the credential «redacted:/);
    assert.match(r.stdout, /replace the literal at src\/app\.ts:\d+ with process\.env\./);
    assert.match(r.stdout, /replace the literal at app\/settings\.py:1 with os\.environ\["/);
    assert.match(r.stdout, /first added in [0-9a-f]{12}/);
  });

  it('the change: SECRETS_FOUND tokens (state new) in glx delta, CRITICAL count in ΔZ, escalation and listing in glx invariants', () => {
    const d = glx(['delta', '--json'], repo.dir);
    outputs.push(d.stdout, d.stderr);
    assert.equal(d.code, 0, d.stderr);
    const report = JSON.parse(d.stdout) as { tokens: { kind: string; file: string; meta: Record<string, unknown> }[]; energy: { modules: Record<string, { raw: number }> } };
    const sec = report.tokens.filter((t) => t.kind === 'SECRETS_FOUND');
    assert.ok(sec.length >= 8, `SECRETS_FOUND tokens: ${sec.length}`);
    assert.ok(sec.every((t) => t.meta.state === 'new'));
    assert.ok(sec.some((t) => t.file === '.env'));
    const inv = glx(['invariants', '--no-calibrate'], repo.dir);
    outputs.push(inv.stdout, inv.stderr);
    assert.match(inv.stdout, /SAST: \d+ blocking finding\(s\) on the change/);
    assert.match(inv.stdout, /CRITICAL src\/app\.ts:3 glx\.secret\.aws-access-key/);
    const invJson = JSON.parse(repo.read('.glx/invariants.json')) as { sast: unknown; sast_blocking: unknown[]; decision: string };
    assert.ok(invJson.sast_blocking.length >= 8);
    assert.ok(['BLOCK', 'HARD_BLOCK'].includes(invJson.decision), invJson.decision);
  });

  it('the language server: SAST diagnostics at the secrets, redacted; quick fix replaces the literal with an env lookup', async () => {
    const s = LspSession.spawn([SERVER, '--stdio'], undefined, { GLX_DEBUG: '1' });
    try {
      await s.initialize(repo.dir, { debounceMs: 0 });
      await s.waitStatus((st) => st.state === 'ready' || st.state === 'error', 'ready', 0, 60_000);
      const uri = fileUri(repo.dir, 'app/settings.py');
      s.open(uri, repo.read('app/settings.py'), 'python');
      const diags = await s.waitDiagnostics(uri, (ds) => ds.some((x) => x.source === 'glitchlab-sast'), 'sast diagnostics', 0, 60_000);
      const gl = diags.find((x) => x.code === 'glx.secret.gitlab-token')!;
      assert.ok(gl, JSON.stringify(diags));
      assert.equal(gl.range.start.line, 0);
      assert.equal(gl.severity, 1);
      const actions = (await s.request('textDocument/codeAction', { textDocument: { uri }, range: gl.range, context: { diagnostics: [gl] } })) as { title: string; edit?: { changes: Record<string, { newText: string }[]> } }[];
      const env = actions.find((a) => /environment|os\.environ/.test(a.title))!;
      assert.ok(env, actions.map((a) => a.title).join(' | '));
      assert.equal(env.edit!.changes[uri][0].newText, 'os.environ["TOKEN"]');
      assert.ok(actions.some((a) => /Suppress glx\.secret\.gitlab-token/.test(a.title)));
      // Live: a secret typed into the buffer is flagged without saving.
      s.change(uri, [{ text: `${repo.read('app/settings.py')}STRIPE = "${S.stripe}"\n` }]);
      await s.waitDiagnostics(uri, (ds) => ds.some((x) => x.code === 'glx.secret.stripe-key'), 'live stripe diagnostic', 0, 60_000);
    } finally {
      await s.close();
    }
    assertClean('the server stderr', s.stderr.join(''));
    for (const n of s.notes) {
      if (n.method === 'textDocument/publishDiagnostics' || n.method === 'window/logMessage' || n.method === 'window/showMessage') assertClean(`a ${n.method} notification`, JSON.stringify(n.params));
    }
  });

  it('no planted secret in any byte under .glx/ (EGDB file included) nor in any output', () => {
    const files = allBytes(path.join(repo.dir, '.glx'));
    assert.ok(files.some((f) => f.file === 'egdb.db'));
    assert.ok(files.some((f) => f.file === path.join('security', 'queue.json')));
    for (const f of files) assertClean(`.glx/${f.file}`, f.text);
    assertClean('the CLI output', outputs.join('\n'));
  });
});
