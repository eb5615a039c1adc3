// SAST bridge ingest and prioritization (spec §3.11): SARIF validated against the shipped OASIS
// schema with errors naming file + JSON path and the valid runs still ingested; Bandit and
// Gitleaks JSON; secret values never kept; NF ids stable; the risk formula and queues exactly
// as the spec; merged.sarif valid SARIF; security/policy.yaml errors at their line.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { Policy } from '../../server/src/config/policy';
import { ingestText } from '../../server/src/sast/ingest';
import { prioritize, queueOf, riskScore } from '../../server/src/sast/prioritize';
import { validateSarifLog } from '../../server/src/sast/sarif-schema';
import { mergedSarif } from '../../server/src/sast/sarif-write';
import { defaultSecurityPolicy, parseSecurityPolicy } from '../../server/src/sast/security-policy';
import type { RawFinding } from '../../server/src/sast/types';

const ROOT = '/repo';
const result = (ruleId: string, uri: string, line: number, extra: Record<string, unknown> = {}) => ({
  ruleId, level: 'error', message: { text: `${ruleId} here` },
  locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: line, startColumn: 3 } } }], ...extra,
});
const run = (name: string, results: unknown[]) => ({ tool: { driver: { name, rules: [{ id: 'R1', properties: { tags: ['security', 'external/cwe/cwe-78'], 'security-severity': '9.1' } }] } }, results });

describe('SARIF ingest', () => {
  it('valid log: results with repo-relative paths, CWE from tags, severity from security-severity', () => {
    const log = { version: '2.1.0', runs: [run('tool-a', [result('R1', 'src/a.ts', 4), result('R2', 'file:///repo/src/b.py', 7)])] };
    const r = ingestText(JSON.stringify(log), 'a.sarif', ROOT);
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.findings.map((f) => [f.tool, f.ruleId, f.file, f.line, f.cwe, f.severity]), [
      ['tool-a', 'R1', 'src/a.ts', 4, 'CWE-78', 'CRITICAL'],
      ['tool-a', 'R2', 'src/b.py', 7, undefined, 'HIGH'],
    ]);
  });

  it('a broken run is skipped with its JSON path; the valid run is still ingested', () => {
    const bad = { tool: { driver: { name: 'broken', bogus: 1 } }, results: [] };
    const log = { version: '2.1.0', runs: [bad, run('ok', [result('R1', 'x.js', 1)])] };
    const r = ingestText(JSON.stringify(log), 'mixed.sarif', ROOT);
    assert.equal(r.findings.length, 1);
    assert.equal(r.findings[0].tool, 'ok');
    assert.equal(r.problems.length, 1);
    assert.equal(r.problems[0].file, 'mixed.sarif');
    assert.equal(r.problems[0].path, '$.runs[0].tool.driver');
    assert.match(r.problems[0].message, /additional properties \(bogus\); run skipped/);
  });

  it('a broken result is skipped alone (partial run), path names the result', () => {
    const log = { version: '2.1.0', runs: [run('t', [result('R1', 'a.js', 1), { ...result('R1', 'b.js', 2), level: 'fatal' }, result('R1', 'c.js', 3)])] };
    const r = ingestText(JSON.stringify(log), 'p.sarif', ROOT);
    assert.deepEqual(r.findings.map((f) => f.file), ['a.js', 'c.js']);
    assert.equal(r.problems[0].path, '$.runs[0].results[1].level');
    assert.match(r.problems[0].message, /result skipped/);
  });

  it('wrong version, invalid JSON, unknown format and paths outside the workspace are named problems', () => {
    assert.match(ingestText('{"version":"2.0.0","runs":[]}', 'v.sarif', ROOT).problems[0].path, /^\$\.version$/);
    const j = ingestText('{"version": "2.1.0",\n "runs": [\n}', 'j.sarif', ROOT);
    assert.match(j.problems[0].message, /^not valid JSON( at line 3)?: Unexpected token '\}'$/);
    assert.match(ingestText('{"version": "2.1.0", "x": 1,', 'k.sarif', ROOT).problems[0].message, /^not valid JSON( at line 1)?: /);
    assert.match(ingestText('{"hello": 1}', 'u.json', ROOT).problems[0].message, /unknown format/);
    const out = ingestText(JSON.stringify({ version: '2.1.0', runs: [run('t', [result('R1', '../etc/passwd', 1)])] }), 'o.sarif', ROOT);
    assert.equal(out.findings.length, 0);
    assert.match(out.problems[0].message, /outside the workspace/);
  });

  it('Gitleaks: every leak CRITICAL, the Secret/Match values never kept', () => {
    const secret = 'xoxb-' + '1234567890-abcdefghijABCDEFGHIJ';
    const doc = [{ Description: 'Slack token', StartLine: 3, EndLine: 3, StartColumn: 9, EndColumn: 40, Match: `token = "${secret}"`, Secret: secret, File: 'cfg/app.yaml', Commit: 'abc123', RuleID: 'slack-bot-token', Tags: [], Fingerprint: 'abc123:cfg/app.yaml:slack-bot-token:3' }];
    const r = ingestText(JSON.stringify(doc), 'gl.json', ROOT);
    assert.equal(r.format, 'gitleaks');
    assert.equal(r.findings[0].severity, 'CRITICAL');
    assert.equal(r.findings[0].origin, 'history:abc123');
    assert.ok(!JSON.stringify(r).includes(secret));
  });

  it('Bandit: test ids, CWE when bandit does not say it, password literals in messages redacted', () => {
    const doc = { generated_at: 'x', results: [
      { filename: 'app/x.py', line_number: 5, col_offset: 4, test_id: 'B105', test_name: 'hardcoded_password_string', issue_severity: 'LOW', issue_confidence: 'MEDIUM', issue_text: "Possible hardcoded password: 'S3cr3t-Pa55'", code: "5     password = 'S3cr3t-Pa55'\n", line_range: [5] },
      { filename: 'app/x.py', line_number: 9, test_id: 'B602', issue_severity: 'HIGH', issue_confidence: 'HIGH', issue_text: 'shell=True', code: '9 subprocess.call(c, shell=True)\n', line_range: [9] },
      { filename: 'app/x.py', test_id: 'B101' },
    ], errors: [] };
    const r = ingestText(JSON.stringify(doc), 'b.json', ROOT);
    assert.deepEqual(r.findings.map((f) => [f.ruleId, f.cwe, f.category, f.line]), [['B105', 'CWE-259', 'Secrets', 5], ['B602', 'CWE-78', 'Injection', 9]]);
    assert.ok(!JSON.stringify(r.findings).includes('S3cr3t-Pa55'));
    assert.equal(r.problems[0].path, '$.results[2]');
  });
});

const raw = (over: Partial<RawFinding> = {}): RawFinding => ({
  tool: 't', ruleId: 'R', severity: 'HIGH', confidence: 'HIGH', category: 'Injection', message: 'm', file: 'src/a.ts', line: 10, snippet: 'eval(x)', ...over,
});
const ctx = (changed = new Map<string, { added: Set<number>; modified: Set<number> }>()) => ({ policy: new Policy(), security: defaultSecurityPolicy(), changed });

describe('normalize and prioritize (§3.11)', () => {
  it('the risk formula and queue thresholds, exactly', () => {
    // 1.0·.75 + 0.7·1 + 0.7·.5 + 0.3·1.5 + 0 + 0.2·1 + 0 = 2.45
    assert.equal(riskScore({ severity: 'HIGH', confidence: 'HIGH', reach: 0.5, delta_bind: 'added', public_api: false, category: 'Injection' }), 2.45);
    // secrets: + 1.2
    assert.equal(riskScore({ severity: 'CRITICAL', confidence: 'HIGH', reach: 1, delta_bind: 'unchanged', public_api: true, category: 'Secrets' }), 4.4);
    assert.deepEqual([1.8, 1.79, 1.2, 1.19, 0.8, 0.79].map(queueOf), ['block', 'review', 'review', 'fixable', 'fixable', 'triage']);
  });

  it('delta_bind from the changed lines; dedupe on file, line ± 2, rule/CWE and snippet across tools', () => {
    const changed = new Map([['src/a.ts', { added: new Set([10]), modified: new Set([20]) }]]);
    const nf = prioritize([
      raw({ line: 10 }), raw({ line: 11, tool: 'u', ruleId: 'other', cwe: 'CWE-95' }), raw({ line: 12, tool: 'v', ruleId: 'R2', cwe: 'CWE-95' }),
      raw({ line: 20, snippet: 'exec(y)' }), raw({ line: 30, snippet: 'exec(z)' }), raw({ line: 13, snippet: 'eval(x)' }),
    ], ctx(changed));
    const by = new Map(nf.map((f) => [f.location.line, f]));
    assert.equal(by.get(10)!.delta_bind, 'added');
    assert.equal(by.get(20)!.delta_bind, 'modified');
    assert.equal(by.get(30)!.delta_bind, 'unchanged');
    // line 11/12 share CWE-95 and the snippet: one record; line 13 is 3 lines from 10 (rule R): its own.
    assert.deepEqual([...by.keys()].sort((a, b) => a - b), [10, 11, 13, 20, 30]);
    assert.deepEqual(by.get(11)!.also_reported_by, ['v']);
  });

  it('property: NF ids are stable when the code moves (line shifts) and differ between snippets', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 5000 }), (a, b) => {
        const [x] = prioritize([raw({ line: a })], ctx());
        const [y] = prioritize([raw({ line: b })], ctx());
        const [z] = prioritize([raw({ line: a, snippet: 'eval(other)' })], ctx());
        return x.id === y.id && x.id !== z.id && /^NF-[A-Z2-7]{52}$/.test(x.id);
      }),
      { numRuns: 50 },
    );
  });

  it('policy: severity_threshold drops, allow_paths/suppress_tags suppress (triage queue), deny_paths block', () => {
    const { policy: security, problems } = parseSecurityPolicy('severity_threshold: MEDIUM\nallow_paths: ["test/**"]\ndeny_paths: ["infra/**"]\nsuppress_tags: [B101]\n');
    assert.deepEqual(problems, []);
    const nf = prioritize([
      raw({ severity: 'LOW', file: 'src/low.ts' }), raw({ file: 'test/x.ts' }), raw({ file: 'src/t.ts', ruleId: 'B101' }),
      raw({ file: 'infra/y.ts', severity: 'MEDIUM', confidence: 'LOW', category: 'Code' }),
    ], { ...ctx(), security });
    const by = new Map(nf.map((f) => [f.location.file, f]));
    assert.equal(by.has('src/low.ts'), false);
    assert.equal(by.get('test/x.ts')!.suppression!.kind, 'allow_path');
    assert.equal(by.get('test/x.ts')!.queue, 'triage');
    assert.equal(by.get('src/t.ts')!.suppression!.kind, 'tag');
    assert.equal(by.get('infra/y.ts')!.queue, 'block');
  });

  it('security/policy.yaml problems name their line and column', () => {
    const { problems } = parseSecurityPolicy('severity_threshold: SEVERE\ndeny:\n  - id: x\n    pattern: "([a-"\n  - pattern: y\nallow_paths: 3\nbogus: 1\nsuppress:\n  - rule: B101\n');
    assert.deepEqual(problems.map((p) => `${p.line}:${p.col} ${p.message.split(' (')[0]}`), [
      '1:21 severity_threshold must be one of LOW, MEDIUM, HIGH, CRITICAL',
      '4:14 deny.pattern: invalid regular expression',
      '5:5 deny entry needs id',
      '6:14 allow_paths must be a list of globs',
      '7:1 unknown key "bogus"',
      '9:5 suppress entry needs a reason',
    ]);
  });

  it('merged.sarif is valid SARIF 2.1.0 (the OASIS schema) and carries NF ids, suppressions, security-severity', () => {
    const nf = prioritize([raw(), raw({ file: 'src/b.py', tool: 'glx-secrets', ruleId: 'glx.secret.aws-access-key', category: 'Secrets', severity: 'CRITICAL', suppression: { kind: 'inline', reason: 'test key' } })], ctx());
    const log = mergedSarif(nf, '1.2.3');
    assert.deepEqual(validateSarifLog(log), []);
    const runs = (log as { runs: { tool: { driver: { name: string; rules: { properties: Record<string, unknown> }[] } }; results: Record<string, unknown>[] }[] }).runs;
    assert.deepEqual(runs.map((r) => r.tool.driver.name), ['glx-secrets', 't']);
    assert.equal(runs[0].tool.driver.rules[0].properties['security-severity'], '9.5');
    assert.deepEqual((runs[0].results[0].suppressions as unknown[])[0], { kind: 'inSource', status: 'accepted', justification: 'test key' });
    // Round trip: our own output ingests without problems.
    const back = ingestText(JSON.stringify(log), 'merged.sarif', ROOT);
    assert.deepEqual(back.problems, []);
    assert.equal(back.findings.length, 2);
  });
});
