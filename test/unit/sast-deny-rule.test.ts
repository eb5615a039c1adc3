// "Add a deny rule" (sast/deny-rule-edit.ts): the rule lands in `deny:` as one insertion into the
// user's text — the old policy byte for byte around it — the result
// passes the policy validator with the same settings plus the rule, a second add changes
// nothing, and an invalid policy or a non-rule id is refused.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { withDenyRule } from '../../server/src/sast/deny-rule-edit';
import { parseSecurityPolicy } from '../../server/src/sast/security-policy';

const DENY_FORMS = [
  '', 'deny:\n', 'deny: # none yet\n', 'deny: []\n', 'deny: [glx.py.eval]\n', "deny: ['B602', glx.js.weak-hash] # two\n",
  'deny:\n- B101\n', 'deny:\n  # reviewed\n  - id: acme\n    pattern: "acme_[A-Za-z0-9]{8}" # keys\n    secret: true\n',
  'deny:\n    - glx.py.pickle   # old\n\n    - id: host\n      pattern: corp\\.example\n',
];
const OTHER = ['# security policy\n', 'severity_threshold: LOW # all\n', 'allow_paths: ["test/fixtures/**"]\n', 'suppress_tags: [B101, CWE-330]\n', '\n', '# end\n'];

const AFTER = ['\n', '# end\n', 'deny_paths: ["ops/**"]\n'];
const policyArb = fc.tuple(fc.subarray(OTHER), fc.constantFrom(...DENY_FORMS), fc.subarray(AFTER), fc.boolean()).map(([pre, deny, post, trailingNl]) => {
  const t = [...pre, deny, ...post].join('');
  return trailingNl || !t.endsWith('\n') ? t : t.slice(0, -1);
});
const ruleArb = fc.constantFrom('glx.js.eval', 'glx.secret.github-token', 'demo/no-console', 'B602', 'policy.acme', 'tool:rule-1');

/** Is `b` the text `a` with one insertion (a common prefix and suffix cover all of `a`)? */
function oneInsertion(a: string, b: string): boolean {
  let p = 0;
  while (p < a.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  return p + s === a.length && b.length > a.length;
}

describe('withDenyRule', () => {
  it('one insertion into the old text, the result valid with the same settings plus the rule; idempotent', () => {
    fc.assert(
      fc.property(policyArb, ruleArb, (text, rule) => {
        const before = parseSecurityPolicy(text);
        assert.deepEqual(before.problems, [], text);
        const r = withDenyRule(text, rule);
        const after = parseSecurityPolicy(r.text);
        assert.deepEqual(after.problems, [], r.text);
        assert.ok(after.policy.denyRules.includes(rule), r.text);
        assert.equal(r.added, !before.policy.denyRules.includes(rule));
        if (r.added) assert.ok(oneInsertion(text, r.text), `not one insertion:\n${text}\n→\n${r.text}`);
        // Everything else the policy says is unchanged.
        const strip = (p: typeof after.policy) => ({ ...p, deny: p.deny.map((d) => ({ ...d, re: String(d.re) })), denyRules: [] });
        assert.deepEqual(strip(after.policy), strip(before.policy));
        assert.deepEqual(after.policy.denyRules.filter((x) => x !== rule), before.policy.denyRules.filter((x) => x !== rule));
        // Adding it again changes nothing.
        const again = withDenyRule(r.text, rule);
        assert.equal(again.added, false);
        assert.equal(again.text, r.text);
      }),
      { numRuns: 300 },
    );
  });

  it('a missing file is created with a header comment and the rule', () => {
    const r = withDenyRule(undefined, 'glx.js.eval');
    assert.ok(r.added);
    assert.match(r.text, /^# GlitchLab security policy.*\ndeny:\n {2}- glx\.js\.eval\n$/);
  });

  it('refuses an invalid policy (naming line and column) and a non-rule id', () => {
    assert.throws(() => withDenyRule('deny: 3\n', 'glx.js.eval'), /security\/policy\.yaml:1:7: deny must be a list.*left as it is/);
    assert.throws(() => withDenyRule('deny:\n  - [x\n', 'glx.js.eval'), /security\/policy\.yaml:\d+:\d+: .*left as it is/);
    assert.throws(() => withDenyRule('', 'rm -rf /'), /"rm -rf \/": not a rule id/);
    assert.throws(() => withDenyRule('', '#x'), /not a rule id/);
  });
});
