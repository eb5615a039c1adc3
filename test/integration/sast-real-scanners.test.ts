// The SAST bridge against real scanners (issue 12 "tested against the real thing"): ESLint 10
// with eslint-plugin-security and @microsoft/eslint-formatter-sarif (dev dependencies) run
// through ESLint's Node API with a flat config, and Debian's `bandit` (apt; `.ci/run`) on a
// Python fixture, both in a real temporary git repository; their reports go through
// `glx sast scan --inputs …` and the test asserts the expected findings, their locations, their
// queues, the deduplication with the built-in scanners, merged.sarif valid against the OASIS
// schema, and the EGDB rows and events.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { TempRepo } from '../helpers/temp-repo';
import { validateSarifLog } from '../../server/src/sast/sarif-schema';
import type { NormalizedFinding } from '../../server/src/sast/types';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const GLX = path.join(ROOT, 'bin', 'glx');
const FIX = path.join(ROOT, 'test', 'fixtures', 'sast');

function glx(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [GLX, ...args], { cwd, encoding: 'utf8', env: { ...process.env, GLX_DEBUG: '' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('SAST bridge with real scanners (ESLint + eslint-plugin-security, bandit)', () => {
  let repo: TempRepo;
  let js: string;
  let py: string;
  before(async () => {
    repo = new TempRepo('glx-sast-real-');
    repo.commit({ 'README.md': '# app\n', 'app/__init__.py': '' }, 'base');
    js = fs.readFileSync(path.join(FIX, 'eslint-target.js.txt'), 'utf8');
    py = fs.readFileSync(path.join(FIX, 'dangerous.py'), 'utf8');
    repo.write('src/handler.js', js);
    repo.write('app/dangerous.py', py);
    // ESLint 10, flat config written by the test, the SARIF formatter from npm.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { ESLint } = require('eslint') as typeof import('eslint');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const security = require('eslint-plugin-security');
    const eslint = new ESLint({ cwd: repo.dir, overrideConfigFile: true, overrideConfig: [security.configs.recommended] });
    const results = await eslint.lintFiles(['src/handler.js']);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const sarif = require('@microsoft/eslint-formatter-sarif') as (r: unknown, d: unknown) => string;
    fs.writeFileSync(path.join(repo.dir, 'eslint.sarif'), sarif(results, { rulesMeta: eslint.getRulesMetaForResults(results), cwd: repo.dir }));
    // Debian's bandit (apt-get install bandit; .ci/run installs it): exit 1 means "issues found".
    const b = spawnSync('bandit', ['-q', '-f', 'json', '-o', 'bandit.json', 'app/dangerous.py'], { cwd: repo.dir, encoding: 'utf8' });
    assert.ok(!b.error, `bandit is not installed (apt-get install bandit; .ci/run installs it): ${b.error?.message}`);
    assert.ok(b.status === 0 || b.status === 1, `bandit failed: ${b.stderr}`);
  });
  after(() => repo?.cleanup());

  it('ingests both reports: expected findings at their lines, deduplicated with the built-in scanners, queued', () => {
    const r = glx(['sast', 'scan', '--inputs', 'eslint.sarif,bandit.json', '--json'], repo.dir);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { findings: NormalizedFinding[]; tools: { tool: string; results: number }[]; problems: unknown[] };
    assert.deepEqual(out.problems, []);
    assert.deepEqual(out.tools.map((t) => t.tool).sort(), ['ESLint', 'bandit']);
    const at = (tool: string, rule: string) => out.findings.filter((f) => (f.tool === tool || f.also_reported_by.includes(tool)) && (f.rule_id === rule || f.evidence.includes(`${tool}:${rule}`)));
    const one = (tool: string, rule: string, line?: number) => {
      const list = at(tool, rule).filter((f) => line === undefined || f.location.line === line);
      assert.equal(list.length, 1, `${tool} ${rule}: ${JSON.stringify(out.findings.map((f) => [f.tool, f.rule_id, f.location.line, f.evidence]))}`);
      return list[0];
    };
    // ESLint: the rules eslint-plugin-security's recommended config fires on the fixture.
    for (const [rule, needle] of [
      ['security/detect-eval-with-expression', 'eval(userInput);'],
      ['security/detect-child-process', 'cp.exec('],
      ['security/detect-non-literal-fs-filename', 'fs.readFileSync'],
      ['security/detect-non-literal-regexp', 'new RegExp'],
      ['security/detect-pseudoRandomBytes', 'pseudoRandomBytes'],
    ] as const) {
      const f = one('ESLint', rule);
      assert.equal(f.location.file, 'src/handler.js');
      assert.equal(f.location.line, lineOf(js, needle), rule);
      assert.equal(f.delta_bind, 'added');
    }
    assert.equal(one('ESLint', 'security/detect-eval-with-expression').category, 'Injection');
    // Bandit: shell=True, os.system, yaml.load, pickle, verify=False, md5, eval.
    for (const [rule, needle] of [
      ['B602', '"ping -c 1 " + host, shell=True'], ['B605', 'os.system('], ['B506', 'data = yaml.load(blob)'], ['B301', 'pickle.loads('],
      ['B501', 'verify=False'], ['B303', 'digest = hashlib.md5'], ['B307', '    eval(user_input)'],
    ] as const) {
      const f = one('bandit', rule, lineOf(py, needle));
      assert.equal(f.location.file, 'app/dangerous.py');
    }
    // The same weakness from bandit and the built-in scanner is one finding (CWE + snippet).
    const shell = one('bandit', 'B602', lineOf(py, '"ping -c 1 " + host, shell=True'));
    assert.ok(shell.tool === 'glx-patterns' || shell.also_reported_by.includes('glx-patterns'), JSON.stringify(shell));
    // Queues: an added HIGH shell injection in a public function blocks; every finding has a queue.
    assert.equal(shell.queue, 'block');
    assert.ok(out.findings.every((f) => ['block', 'review', 'fixable', 'triage'].includes(f.queue)));
    // Comments are not code: nothing on the comment line of the JS fixture from the built-in scanner.
    assert.ok(!out.findings.some((f) => f.tool === 'glx-patterns' && f.location.line === lineOf(js, 'in a comment')));
  });

  it('writes merged.sarif valid against the OASIS SARIF 2.1.0 schema and queue.json for jq', () => {
    const merged = JSON.parse(repo.read('.glx/security/merged.sarif'));
    assert.deepEqual(validateSarifLog(merged), []);
    const queue = JSON.parse(repo.read('.glx/security/queue.json')) as NormalizedFinding[];
    assert.ok(Array.isArray(queue) && queue.length > 10);
    const results = (merged.runs as { results: unknown[] }[]).reduce((n, r) => n + r.results.length, 0);
    assert.equal(results, queue.length);
    for (const f of queue) assert.match(f.id, /^NF-[A-Z2-7]{52}$/);
  });

  it('records sast_findings, sast_fix_queue and the SAST.* events in EGDB', () => {
    const q = (sql: string) => {
      const r = glx(['egdb', 'query', sql, '--json'], repo.dir);
      assert.equal(r.code, 0, r.stderr);
      return r.stdout;
    };
    const queue = JSON.parse(repo.read('.glx/security/queue.json')) as NormalizedFinding[];
    assert.match(q('SELECT COUNT(*) AS n FROM sast_findings'), new RegExp(`\\b${queue.length}\\b`));
    assert.match(q('SELECT COUNT(*) AS n FROM sast_fix_queue'), new RegExp(`\\b${queue.filter((f) => !f.suppression).length}\\b`));
    const topics = q("SELECT topic FROM events WHERE topic LIKE 'SAST.%' ORDER BY topic");
    assert.match(topics, /SAST\.FindingsReady@v1/);
    assert.match(topics, /SAST\.Prioritized@v1/);
    // Re-running the same scan adds no events (idempotency keys) and keeps one row per finding.
    assert.equal(glx(['sast', 'scan', '--inputs', 'eslint.sarif,bandit.json'], repo.dir).code, 0);
    assert.match(q("SELECT COUNT(*) AS n FROM events WHERE topic LIKE 'SAST.%'"), /\b2\b/);
  });

  it('.glx/scan_*.sarif is picked up without --inputs, and its findings on the change enter glx delta as sec tokens', () => {
    fs.copyFileSync(path.join(repo.dir, 'eslint.sarif'), path.join(repo.dir, '.glx', 'scan_eslint.sarif'));
    const r = glx(['sast', 'scan', '--json'], repo.dir);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { findings: NormalizedFinding[] };
    assert.ok(out.findings.some((f) => f.tool === 'ESLint' && f.rule_id === 'security/detect-non-literal-regexp'));
    const d = glx(['delta', '--json'], repo.dir);
    assert.equal(d.code, 0, d.stderr);
    const tokens = (JSON.parse(d.stdout) as { tokens: { kind: string; file: string; range: { line: number }; meta: Record<string, unknown> }[] }).tokens;
    const regexp = tokens.find((t) => t.meta.tool === 'ESLint' && t.meta.rule === 'security/detect-non-literal-regexp');
    assert.ok(regexp, JSON.stringify(tokens.filter((t) => t.kind.startsWith('S'))));
    assert.equal(regexp.kind, 'SAST_FINDING');
    assert.equal(regexp.meta.state, 'new');
    assert.equal(regexp.range.line, lineOf(js, 'new RegExp'));
    assert.ok(tokens.some((t) => t.kind === 'SHELL_TRUE' && t.file === 'app/dangerous.py'));
    fs.rmSync(path.join(repo.dir, '.glx', 'scan_eslint.sarif'));
  });

  it('malformed and partial input: one line per problem naming file and JSON path, exit 2, the valid parts still ingested', () => {
    const sarif = JSON.parse(repo.read('eslint.sarif'));
    sarif.runs.push({ tool: { driver: {} }, results: [] });
    sarif.runs[0].results[0].level = 'fatal';
    repo.write('broken.sarif', JSON.stringify(sarif));
    repo.write('garbage.json', '{"runs": [');
    const r = glx(['sast', 'scan', '--inputs', 'broken.sarif', '--inputs', 'garbage.json', '--json'], repo.dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /glx: broken\.sarif: \$\.runs\[0\]\.results\[0\]\.level: must be equal to one of the allowed values.*result skipped/);
    assert.match(r.stderr, /glx: broken\.sarif: \$\.runs\[1\]\.tool\.driver: must have required property 'name'; run skipped/);
    assert.match(r.stderr, /glx: garbage\.json: \$: not valid JSON/);
    const out = JSON.parse(r.stdout) as { findings: NormalizedFinding[] };
    assert.equal(out.findings.filter((f) => f.tool === 'ESLint').length, 4);
    const missing = glx(['sast', 'scan', '--inputs', 'nope.sarif'], repo.dir);
    assert.equal(missing.code, 66);
    assert.match(missing.stderr, /^glx: nope\.sarif: no such file/);
  });
});
