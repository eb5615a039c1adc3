// The secret scanner's per-region memo (sast/scan-secrets.ts regionHits) rests on one claim: the
// findings of a scan restricted to changed lines are, region by region (maximal runs of those
// lines), the findings of that region's text scanned alone, moved to the region's place. Checked
// on random texts of secret-like snippets (PEM blocks spanning lines, .env lines, the same value
// twice on a line), on first scans and on repeated ones (the memo answering).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { lineRanges } from '../../server/src/sast/line-index';
import { scanSecrets } from '../../server/src/sast/scan-secrets';

const SNIPPETS = [
  '\n', ' ', 'x', 'password = "hunter2hunter2"', "api_key: 'AKIAIOSFODNN7EXAMPLE'", 'AKIAIOSFODNN7EXAMPLE',
  'token="ghp_abcdefghijklmnopqrstuvwxyz0123456789"', '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\n-----END RSA PRIVATE KEY-----\n',
  'SECRET_KEY=abcdef123456\n', 'secret = "s3cr3t-v4lue-here" // also "s3cr3t-v4lue-here"\n',
];

const where = (f: { ruleId: string; line: number; col?: number; endLine?: number; message: string }, dl = 0) =>
  `${f.ruleId}@${f.line + dl}:${f.col}-${(f.endLine ?? f.line) + dl} ${f.message}`;

test('changed-line findings are each region\'s own findings, scanned alone and moved into place', () => {
  let found = 0;
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...SNIPPETS), { maxLength: 40 }), fc.array(fc.nat(60), { maxLength: 20 }), fc.constantFrom('src/a.js', '.env', 'app/x.py'), (parts, picks, file) => {
      const text = parts.join('');
      const all = text.split('\n');
      const lines = new Set(picks.map((p) => 1 + (p % all.length)));
      const expected: string[] = [];
      for (const [a, b] of lineRanges(lines)) {
        const region = all.slice(a - 1, b).join('\n') + (b < all.length ? '\n' : '');
        for (const f of scanSecrets(file, region)) expected.push(where(f, a - 1));
      }
      for (let k = 0; k < 2; k++) {
        const got = scanSecrets(file, text, lines).map((f) => where(f));
        assert.deepEqual(got.sort(), [...expected].sort());
      }
      found += expected.length;
    }),
    { numRuns: 400 },
  );
  assert.ok(found > 100, `${found} findings over the runs`);
});
