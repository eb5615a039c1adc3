// The bridge's view of a change (spec §3.11 → §3.3 sec tokens, §3.6 sastCritical): findings on
// added/modified lines become SECRETS_FOUND / SHELL_TRUE / CRYPTO_WEAK / SAST_FINDING tokens with
// meta.state new / worse / fixed, fed through the token-source extension point into the one
// pipeline (computeDelta), on real tree-sitter parses of both sides.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { before, describe, it } from 'node:test';
import { Policy } from '../../server/src/config/policy';
import type { ChangeSet } from '../../server/src/delta/change-set';
import { precomputedSource } from '../../server/src/delta/token-source';
import { computeDelta } from '../../server/src/engine/delta-engine';
import { initParsers } from '../../server/src/parsing/languages';
import { scanChangeSet } from '../../server/src/sast/change-scan';
import { prioritize } from '../../server/src/sast/prioritize';
import { defaultSecurityPolicy } from '../../server/src/sast/security-policy';
import { changeSetOf } from '../helpers/direct-delta';

before(() => initParsers());

const STRIPE = ['sk_live_', '4eC39HqLyjWDarjtT1zdp7dc'].join('');

const BASE = [
  'import hashlib, subprocess',
  'def a(x):',
  '    subprocess.run(x, shell=True)',
  '    return hashlib.md5(x).hexdigest()',
  'def b(y):',
  '    return y',
  '',
].join('\n');
const HEAD = [
  'import hashlib, subprocess',
  'def a(x):',
  '    subprocess.run(x, shell=True)',
  '    subprocess.run(x, shell=True)',
  '    return hashlib.sha256(x).hexdigest()',
  'def b(y):',
  `    key = "${STRIPE}"`,
  '    return eval(y)',
  '',
].join('\n');

describe('scanChangeSet → sec tokens', () => {
  it('new, worse and fixed findings on changed lines; unchanged lines give no token', () => {
    const cs: ChangeSet = { changes: [{ status: 'M', old: { path: 'app/m.py', text: BASE }, new: { path: 'app/m.py', text: HEAD } }] };
    const r = scanChangeSet(cs, new Policy(), { security: defaultSecurityPolicy() });
    const toks = r.tokens.map((t) => `${t.kind}:${t.meta.state}@${t.kind === 'CRYPTO_WEAK' ? '' : t.range.line}:${t.weight}`).sort();
    // The fixed md5 sits where its hunk starts in the head (line 4 or 5, the diff's choice).
    assert.ok([4, 5].includes(r.tokens.find((t) => t.kind === 'CRYPTO_WEAK')!.range.line));
    assert.deepEqual(toks, [
      'CRYPTO_WEAK:fixed@:0',
      'SAST_FINDING:new@8:0.2',
      'SECRETS_FOUND:new@7:0.5',
      'SHELL_TRUE:worse@4:0.2',
    ].sort());
    assert.deepEqual(r.sastCritical, { app: 1 });
    assert.ok(!JSON.stringify(r).includes(STRIPE));
  });

  it('through computeDelta: tokens normalized and weighed, sastCritical adds 0.20 per CRITICAL (§3.6)', () => {
    const cs = changeSetOf({ 'app/m.py': BASE }, { 'app/m.py': HEAD });
    const policy = new Policy();
    const plain = computeDelta(cs, policy);
    const r = scanChangeSet(cs, policy);
    const withSast = computeDelta(cs, policy, { sources: [precomputedSource('sast', r.tokens)], sastCritical: r.sastCritical });
    const sec = withSast.tokens.filter((t) => t.category === 'sec');
    assert.equal(sec.length, 4);
    const raw = (x: typeof plain) => x.energy.modules.app.raw;
    // + SECRETS_FOUND 0.5 + SAST_FINDING 0.2 + SHELL_TRUE 0.2 + fixed 0 + 0.20 × 1 CRITICAL
    assert.ok(Math.abs(raw(withSast) - raw(plain) - 1.1) < 1e-6, `${raw(withSast)} vs ${raw(plain)}`);
    assert.notDeepEqual(withSast.fingerprint, plain.fingerprint);
  });

  it('a secret reported by Gitleaks and by the built-in scanner is one finding', () => {
    const cs: ChangeSet = { changes: [{ status: 'A', new: { path: 'cfg.py', text: `KEY = "${STRIPE}"\n` } }] };
    const gl = { tool: 'gitleaks', ruleId: 'stripe-access-token', cwe: 'CWE-798', severity: 'CRITICAL' as const, confidence: 'HIGH' as const, category: 'Secrets' as const, message: 'Stripe', file: 'cfg.py', line: 1, secret: { redacted: `«redacted:stripe-access-token:${createHash('sha256').update(STRIPE).digest('hex').slice(0, 8)}»` } };
    const r = scanChangeSet(cs, new Policy(), { imported: [gl] });
    assert.equal(r.findings.length, 1);
    const f = r.findings[0];
    assert.deepEqual([f.tool, ...f.also_reported_by].sort(), ['gitleaks', 'glx-secrets']);
    assert.equal(prioritize([gl, { ...gl, line: 1, secret: { redacted: '«redacted:x:00000000»' } }], { policy: new Policy(), security: defaultSecurityPolicy(), changed: new Map() }).length, 2);
  });
});

describe('generated and minified files (engine/generated.ts)', () => {
  it('get no pattern rules — fixed in the generator, not its output — but secrets and deny rules still run', () => {
    const policy = new Policy();
    const security = { ...defaultSecurityPolicy(), deny: [{ id: 'no-debugger', pattern: '\\bdebugger\\b', re: /\bdebugger\b/g, message: 'no debugger', severity: 'MEDIUM' as const, paths: [], secret: false }] };
    const head = `export function f(y) {\n  debugger;\n  const token = "${STRIPE}";\n  return eval(y);\n}\n`;
    const scan = (generated: string | undefined, oldGenerated?: string) => scanChangeSet({
      changes: [{ status: 'M', old: { path: 'dist2/bundle.js', text: 'export function f(y) {\n  return y;\n}\n', ...(oldGenerated ? { generated: oldGenerated } : {}) }, new: { path: 'dist2/bundle.js', text: head, ...(generated ? { generated } : {}) } }],
    }, policy, { security }).findings.map((f) => f.rule_id).sort();
    const hand = scan(undefined);
    assert.ok(hand.includes('glx.js.eval'), `hand-written: ${hand}`);
    const gen = scan('a comment says @generated');
    assert.ok(!gen.includes('glx.js.eval'), `generated: ${gen}`);
    assert.deepEqual(gen, hand.filter((r) => r !== 'glx.js.eval'));
    assert.ok(gen.some((r) => r.startsWith('glx.secret.')) && gen.includes('no-debugger'), `secrets and deny rules: ${gen}`);
    // Generated on either side → file level on both, as the Δ (file-version.ts fileLevelPair).
    assert.deepEqual(scan(undefined, 'one line of 40,000 characters'), gen);
  });
});
