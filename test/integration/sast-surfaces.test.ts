// Issue 12, the bridge's remaining surfaces on one real change (a temp git repo, the built glx and
// language server): NF `mosaic_cell` and the Mosaic's `findings` layer (glx sast scan, glx mosaic,
// the panel's requests over LSP), "add a deny rule" (glx sast deny; the editor's quick fix, only
// in a trusted workspace), the Delta Inspector's findings view, and the blocking findings in
// `glx report` (pr-comment, markdown, json). No secret value in any of it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { RISK_MAX } from '../../server/src/sast/prioritize';
import { parseSecurityPolicy } from '../../server/src/sast/security-policy';
import type { NormalizedFinding } from '../../server/src/sast/types';
import type { MosaicMap } from '../../server/src/mosaic/map';
import { parseCellId } from '../../server/src/mosaic/layout';
import { EgdbConfigureNotification, InspectorRequest, MosaicCellRequest, MosaicRequest, type InspectorView } from '../../server/src/protocol';
import { fileUri, LspSession, SERVER } from '../helpers/lsp-client';
import { TempRepo } from '../helpers/temp-repo';

const GLX = path.resolve(__dirname, '..', '..', '..', 'bin', 'glx');
// Built at run time so this file does not itself look like a leaked key.
const TOKEN = ['ghp_', 'Zt9qW2eR4tY6uI8oP0aS1dF3gH5jK7lX9cV2'].join('');

function glx(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [GLX, ...args], { cwd, encoding: 'utf8', env: { ...process.env, GLX_DEBUG: '' }, timeout: 120_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const filler = (name: string, n: number) => `export function ${name}(x: number): number {\n${Array.from({ length: n }, (_, i) => `  x = x * ${i + 2} + ${i};`).join('\n')}\n  return x;\n}\n`;

/** A SARIF report of a lint tool, dropped where the bridge picks it up: a LOW note on an unchanged line (review queue). */
const LINT_SARIF = JSON.stringify({
  version: '2.1.0',
  runs: [{ tool: { driver: { name: 'demo-lint', rules: [{ id: 'demo/no-console', shortDescription: { text: 'console call' } }] } },
    results: [{ ruleId: 'demo/no-console', level: 'note', message: { text: 'console.log left in' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'src/util.ts' }, region: { startLine: 2 } } }] }] }],
});

describe('SAST bridge surfaces: mosaic findings layer, deny rule, Inspector findings view, PR comment', () => {
  let repo: TempRepo;
  before(() => {
    repo = new TempRepo('glx-sast-surfaces-');
    const files: Record<string, string> = { 'README.md': '# demo\n', 'src/api.ts': 'export function run(code: string): string {\n  return code;\n}\n', 'src/util.ts': 'export function log(x: string): void {\n  console.log(x);\n}\n' };
    for (let i = 0; i < 5; i++) files[`lib/m${i}.ts`] = filler(`f${i}`, 30);
    repo.commit(files, 'base');
    // The change (working tree): eval of input in a public function (block), an MD5 digest, a token in config.
    repo.write('src/api.ts', "import { createHash } from 'node:crypto';\nexport function run(code: string): unknown {\n  return eval(code);\n}\nexport function digest(s: string): string {\n  return createHash('md5').update(s).digest('hex');\n}\n");
    repo.write('src/settings.ts', `export const token = "${TOKEN}";\n`);
    repo.write('.glx/scan_lint.sarif', LINT_SARIF);
  });
  after(() => repo?.cleanup());

  const queue = () => JSON.parse(repo.read('.glx/security/queue.json')) as NormalizedFinding[];

  it('glx sast scan: every NF has its mosaic_cell; glx mosaic draws them in the findings layer and names them in Ψ', () => {
    const s = glx(['sast', 'scan'], repo.dir);
    assert.equal(s.code, 0, s.stderr);
    const nf = queue();
    const rules = nf.map((f) => f.rule_id).sort();
    assert.deepEqual(rules, ['demo/no-console', 'glx.js.eval', 'glx.js.weak-hash', 'glx.secret.github-token'].sort(), JSON.stringify(nf.map((f) => [f.rule_id, f.queue])));
    for (const f of nf) assert.match(f.mosaic_cell ?? '', /^MOZ::64x64@r\d{2}c\d{2}$/, `${f.rule_id} has a cell`);
    const lint = nf.find((f) => f.rule_id === 'demo/no-console')!;
    assert.equal(lint.queue, 'review');
    assert.match(lint.queue_reason, /^risk \d\.\d\d ≥ 1\.2, the review threshold$/);

    const m = glx(['mosaic', '--out', '.glx/mosaic', '--strict-artifacts'], repo.dir);
    assert.equal(m.code, 0, m.stderr);
    const map = JSON.parse(repo.read('.glx/mosaic/mosaic_map.json')) as MosaicMap;
    assert.ok(map.artifacts.includes('mosaic_findings.png'));
    assert.ok(fs.statSync(path.join(repo.dir, '.glx/mosaic/mosaic_findings.png')).size > 0);
    const layer = map.layers.findings;
    const lit = new Set<number>();
    for (const f of nf) {
      const p = parseCellId(f.mosaic_cell!)!;
      const i = p.r * 64 + p.c;
      lit.add(i);
      // The cell's value is the highest risk of its findings over the formula's maximum.
      assert.ok(layer[i] >= Math.round((f.risk_score / RISK_MAX) * 1e4) / 1e4 - 1e-4, `${f.rule_id}: layer ${layer[i]} at ${f.mosaic_cell}`);
      const cell = map.cells.find((c) => c.id === f.mosaic_cell)!;
      assert.ok(cell.findings && cell.findings.count >= 1 && (cell.findings.bySeverity[f.severity] ?? 0) >= 1, `Ψ of ${f.mosaic_cell} names the ${f.severity} finding`);
      assert.ok(cell.files.some((x) => x.path === f.location.file && x.head && x.head[0] <= f.location.line && f.location.line <= x.head[1]), 'the cell holds the finding\'s line');
    }
    // Cells of a file without findings stay dark; the riskiest cell is the eval's or the token's.
    const quiet = map.cells.filter((c) => c.files.every((x) => x.path.startsWith('lib/')));
    assert.ok(quiet.length > 0 && quiet.every((c) => layer[c.r * 64 + c.c] === 0 && !c.findings));
    const top = Math.max(...layer);
    const topNf = nf.reduce((a, b) => (b.risk_score > a.risk_score ? b : a));
    assert.equal(top, Math.round((topNf.risk_score / RISK_MAX) * 1e4) / 1e4);
  });

  it('glx sast deny: the rule appended (comments kept, a copy of the old file), its findings now block; bad input exit 2, file untouched', () => {
    const original = '# Our security policy.\nseverity_threshold: LOW # everything\ndeny:\n  # internal hosts\n  - id: internal-host\n    pattern: "corp\\\\.internal"\n';
    repo.write('security/policy.yaml', original);
    const r = glx(['sast', 'deny', 'demo/no-console'], repo.dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /demo\/no-console added to deny: in security\/policy\.yaml/);
    const text = repo.read('security/policy.yaml');
    assert.ok(text.startsWith('# Our security policy.\nseverity_threshold: LOW # everything\ndeny:\n  # internal hosts\n'), text);
    assert.match(text, /\n {2}- demo\/no-console\n$/);
    const parsed = parseSecurityPolicy(text);
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.policy.denyRules, ['demo/no-console']);
    assert.equal(parsed.policy.deny[0].id, 'policy.internal-host');
    const backups = fs.readdirSync(path.join(repo.dir, '.glx/security/backup'));
    assert.equal(backups.length, 1);
    assert.equal(fs.readFileSync(path.join(repo.dir, '.glx/security/backup', backups[0]), 'utf8'), original);
    // Again: nothing changes, no second copy.
    const again = glx(['sast', 'deny', 'demo/no-console'], repo.dir);
    assert.equal(again.code, 0);
    assert.match(again.stdout, /already denied/);
    assert.equal(fs.readdirSync(path.join(repo.dir, '.glx/security/backup')).length, 1);
    // The next scan puts the denied rule's finding in the block queue, saying why.
    assert.equal(glx(['sast', 'scan'], repo.dir).code, 0);
    const lint = queue().find((f) => f.rule_id === 'demo/no-console')!;
    assert.equal(lint.queue, 'block');
    assert.equal(lint.queue_reason, 'rule demo/no-console is denied in security/policy.yaml');
    // Bad input: not a rule id; an invalid policy is refused and left as it is.
    const bad = glx(['sast', 'deny', 'two words'], repo.dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /"two words": not a rule id/);
    repo.write('security/policy.yaml', 'deny: 3\n');
    const invalid = glx(['sast', 'deny', 'glx.js.eval'], repo.dir);
    assert.equal(invalid.code, 2);
    assert.match(invalid.stderr, /security\/policy\.yaml:1:7: deny must be a list/);
    assert.equal(repo.read('security/policy.yaml'), 'deny: 3\n');
    fs.rmSync(path.join(repo.dir, 'security'), { recursive: true });
  });

  it('glx report: the blocking findings with rule, file:line, severity and why, in pr-comment, markdown and json; no secret value', () => {
    const inv = glx(['invariants'], repo.dir);
    assert.ok(inv.code === 0 || inv.code === 1, inv.stderr);
    const json = glx(['report', '--format', 'json'], repo.dir);
    assert.equal(json.code, 0, json.stderr);
    const filled = JSON.parse(json.stdout) as { sast_blocking: { id: string; rule: string; file: string; line: number; severity: string; why: string }[] };
    const eval_ = filled.sast_blocking.find((b) => b.rule === 'glx.js.eval')!;
    assert.deepEqual({ file: eval_.file, line: eval_.line, severity: eval_.severity }, { file: 'src/api.ts', line: 3, severity: 'HIGH' });
    assert.match(eval_.why, /^risk \d\.\d\d ≥ 1\.8, the block threshold$/);
    assert.ok(filled.sast_blocking.some((b) => b.rule === 'glx.secret.github-token' && b.severity === 'CRITICAL' && b.file === 'src/settings.ts'));
    // Only findings on the change's lines block (the lint note sits on an unchanged line).
    assert.ok(!filled.sast_blocking.some((b) => b.rule === 'demo/no-console'));
    const invJson = JSON.parse(repo.read('.glx/invariants.json')) as { sast_blocking: { id: string }[] };
    assert.deepEqual(filled.sast_blocking.map((b) => b.id), invJson.sast_blocking.map((b) => b.id), 'the report lists what glx invariants judged');
    const pr = glx(['report', '--format', 'pr-comment'], repo.dir);
    assert.equal(pr.code, 0, pr.stderr);
    const n = filled.sast_blocking.length;
    assert.ok(pr.stdout.includes(`> SAST: ${n} findings block the merge:`), pr.stdout);
    assert.ok(pr.stdout.includes('> - **HIGH** `glx.js.eval` at `src/api.ts:3` — risk '), pr.stdout);
    const md = glx(['report', '--format', 'markdown'], repo.dir);
    assert.equal(md.code, 0, md.stderr);
    assert.match(md.stdout, /\| blocking SAST finding \| severity \| where \| why it blocks \|\n\|---\|---\|---\|---\|\n/);
    assert.match(md.stdout, /\| `glx\.js\.eval` \| HIGH \| `src\/api\.ts:3` \| risk \d\.\d\d ≥ 1\.8, the block threshold \|/);
    for (const out of [json.stdout, pr.stdout, md.stdout, inv.stdout]) assert.ok(!out.includes(TOKEN), 'no secret value printed');
  });

  it('the language server: findings layer and Ψ of its cells, the Inspector findings view, the deny-rule quick fix only when trusted', async () => {
    const s = LspSession.spawn([SERVER, '--stdio'], undefined, { GLX_DEBUG: '1' });
    try {
      await s.initialize(repo.dir, { debounceMs: 0 });
      await s.waitStatus((st) => st.state === 'ready' || st.state === 'error', 'ready', 0, 60_000);
      const uri = fileUri(repo.dir, 'src/api.ts');
      s.open(uri, repo.read('src/api.ts'));
      const diags = await s.waitDiagnostics(uri, (ds) => ds.some((x) => x.code === 'glx.js.eval'), 'eval diagnostic', 0, 60_000);
      const ev = diags.find((x) => x.code === 'glx.js.eval')!;

      // Mosaic: the findings layer lights the eval's cell; Ψ of that cell counts its findings.
      const view = await s.send(MosaicRequest.type, { subscribe: true });
      const layer = view.map.layers.findings;
      assert.equal(layer.length, view.map.grid.rows * view.map.grid.cols);
      const litCells = layer.map((v, i) => [v, i] as const).filter(([v]) => v > 0).map(([, i]) => i);
      assert.ok(litCells.length >= 3, `cells lit: ${litCells.length}`);
      const cells = await Promise.all(litCells.map((i) => s.send(MosaicCellRequest.type, { cell: `MOZ::${view.map.grid.rows}x${view.map.grid.cols}@r${String(Math.floor(i / view.map.grid.cols)).padStart(2, '0')}c${String(i % view.map.grid.cols).padStart(2, '0')}` })));
      assert.ok(cells.every((c) => c?.findings && c.findings.count >= 1), 'every lit cell names its findings');
      const evalCell = cells.find((c) => c?.findings?.first.rule === 'glx.js.eval' || c?.findings?.first.file === 'src/api.ts');
      assert.ok(evalCell?.findings, 'a cell of src/api.ts holds the eval');
      assert.ok(cells.some((c) => c?.findings?.bySeverity.CRITICAL && c.findings.first.file === 'src/settings.ts'), 'the token\'s cell says CRITICAL');

      // The Inspector's findings view: the headline's numbers are the counts and the list.
      const insp = (await s.send(InspectorRequest.type, null)) as InspectorView;
      const f = insp.findings;
      const open = f.list.filter((x) => x.state !== 'fixed');
      for (const q of ['block', 'review', 'fixable', 'triage'] as const) assert.equal(f.counts[q], open.filter((x) => x.queue === q).length, q);
      assert.ok(f.counts.block >= 2);
      assert.ok(f.headline.startsWith(`${f.counts.block} findings block the merge; ${f.counts.review} to review`), f.headline);
      const evRow = f.list.find((x) => x.rule === 'glx.js.eval')!;
      assert.deepEqual({ file: evRow.file, line: evRow.line, queue: evRow.queue, state: evRow.state }, { file: 'src/api.ts', line: 3, queue: 'block', state: 'new' });
      const tokRow = f.list.find((x) => x.rule === 'glx.secret.github-token')!;
      assert.match(tokRow.message, /«redacted:github-token:[0-9a-f]{8}»/);
      assert.ok(!JSON.stringify(insp).includes(TOKEN), 'no secret value in the Inspector view');

      // "Add a deny rule": not offered until the client reports a trusted workspace.
      const ask = () => s.request<{ title: string; edit?: { changes?: Record<string, { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]>; documentChanges?: unknown[] } }[]>('textDocument/codeAction', { textDocument: { uri }, range: ev.range, context: { diagnostics: [ev] } });
      assert.ok(!(await ask()).some((a) => /deny rule/.test(a.title)), 'untrusted: no deny-rule action');
      await s.conn.sendNotification(EgdbConfigureNotification.method, { url: null, ingest: true });
      let deny: Awaited<ReturnType<typeof ask>>[number] | undefined;
      for (let i = 0; i < 50 && !deny; i++) deny = (await ask()).find((a) => /deny rule/.test(a.title));
      assert.ok(deny, 'trusted: the deny-rule action');
      assert.equal(deny.title, 'Add a deny rule for glx.js.eval (security/policy.yaml: its findings always block)');
      // No policy yet: the edit creates the file with the rule.
      const policyUri = fileUri(repo.dir, 'security/policy.yaml');
      const dc = deny.edit!.documentChanges as [{ kind: string; uri: string }, { textDocument: { uri: string }; edits: { newText: string }[] }];
      assert.deepEqual([dc[0].kind, dc[0].uri, dc[1].textDocument.uri], ['create', policyUri, policyUri]);
      assert.deepEqual(parseSecurityPolicy(dc[1].edits[0].newText).policy.denyRules, ['glx.js.eval']);
      // With a policy holding comments: one small edit that keeps them.
      const existing = '# reviewed by security\nallow_paths: ["test/fixtures/**"] # fixtures\n';
      repo.write('security/policy.yaml', existing);
      const again = (await ask()).find((a) => /deny rule/.test(a.title))!;
      const edits = again.edit!.changes![policyUri];
      assert.equal(edits.length, 1);
      const e = edits[0];
      const lines = existing.split('\n');
      const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
      const applied = existing.slice(0, offset(e.range.start)) + e.newText + existing.slice(offset(e.range.end));
      assert.ok(applied.startsWith(existing), applied);
      const parsed = parseSecurityPolicy(applied);
      assert.deepEqual(parsed.problems, []);
      assert.deepEqual(parsed.policy.denyRules, ['glx.js.eval']);
      assert.deepEqual(parsed.policy.allowPaths, ['test/fixtures/**']);
      fs.rmSync(path.join(repo.dir, 'security'), { recursive: true });
    } finally {
      await s.close();
    }
    assert.ok(!s.stderr.join('').includes(TOKEN));
  });
});
