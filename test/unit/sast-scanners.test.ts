// Built-in SAST scanners (spec §3.11) on real tree-sitter parses: every dangerous pattern of
// the fixtures is found at its line, comments and strings are not flagged, changed-lines mode
// restricts the hits, inline suppressions are honoured, secrets are found and never kept.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import { initParsers } from '../../server/src/parsing/languages';
import { scanPatterns } from '../../server/src/sast/scan-patterns';
import { looksLikeSecretValue, scanSecrets } from '../../server/src/sast/scan-secrets';

const FIX = path.resolve(__dirname, '../../../test/fixtures/sast');
const read = (f: string) => fs.readFileSync(path.join(FIX, f), 'utf8');
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

before(() => initParsers());

describe('dangerous patterns (tree-sitter queries)', () => {
  it('TypeScript: each pattern at its line, comments/strings/literals/RegExp.exec not flagged', () => {
    const text = read('dangerous.ts.txt');
    const got = scanPatterns('src/dangerous.ts', text).map((f) => `${f.ruleId}@${f.line}`);
    const want = [
      `glx.js.eval@${lineOf(text, 'eval(userInput);')}`,
      `glx.js.new-function@${lineOf(text, 'new Function')}`,
      `glx.js.child-process-shell@${lineOf(text, 'cp.exec(')}`,
      `glx.js.child-process-shell@${lineOf(text, "run('ls '")}`,
      `glx.js.spawn-shell-true@${lineOf(text, 'shell: true')}`,
      `glx.js.weak-hash@${lineOf(text, "createHash('md5')")}`,
      `glx.js.weak-cipher@${lineOf(text, 'des-ede3-cbc')}`,
      `glx.js.tls-no-verify@${lineOf(text, 'rejectUnauthorized')}`,
      `glx.js.sql-format@${lineOf(text, 'db.query(')}`,
    ];
    assert.deepEqual(got.sort(), want.sort());
  });

  it('Python: each pattern at its line; safe loader, usedforsecurity=False, placeholders, literals not flagged', () => {
    const text = read('dangerous.py');
    const got = scanPatterns('app/dangerous.py', text).map((f) => `${f.ruleId}@${f.line}`);
    const want = [
      `glx.py.eval@${lineOf(text, '    eval(user_input)')}`,
      `glx.py.shell-true@${lineOf(text, '"ping -c 1 " + host, shell=True')}`,
      `glx.py.os-system@${lineOf(text, 'os.system(')}`,
      `glx.py.yaml-load@${lineOf(text, 'data = yaml.load(blob)')}`,
      `glx.py.pickle@${lineOf(text, 'pickle.loads(')}`,
      `glx.py.verify-false@${lineOf(text, 'verify=False')}`,
      `glx.py.weak-hash@${lineOf(text, 'digest = hashlib.md5')}`,
      `glx.py.sql-format@${lineOf(text, "cursor.execute(f\"")}`,
      `glx.py.sql-format@${lineOf(text, '% name)')}`,
    ];
    assert.deepEqual(got.sort(), want.sort());
  });

  it('changed lines only: a hit outside the given lines is not reported', () => {
    const text = read('dangerous.py');
    const l = lineOf(text, 'pickle.loads(');
    const got = scanPatterns('app/dangerous.py', text, new Set([l]));
    assert.deepEqual(got.map((f) => f.ruleId), ['glx.py.pickle']);
    assert.deepEqual(scanPatterns('app/dangerous.py', text, new Set([1, 2])), []);
  });

  it('inline suppression with a reason is carried on the finding', () => {
    const text = 'import os\n# glx-sast-ignore glx.py.os-system -- fixed command set, reviewed\nos.system(cmd)\nos.system(other)\n';
    const got = scanPatterns('a.py', text);
    assert.equal(got.length, 2);
    assert.deepEqual(got[0].suppression, { kind: 'inline', reason: 'fixed command set, reviewed' });
    assert.equal(got[1].suppression, undefined);
  });

  it('property: code inside comments and string literals is never flagged', () => {
    const calls = ['eval(x)', 'os.system(cmd)', 'subprocess.run(c, shell=True)', 'pickle.loads(b)', 'yaml.load(s)', 'hashlib.md5(b)'];
    fc.assert(
      fc.property(fc.constantFrom(...calls), fc.constantFrom('#', 'str'), fc.integer({ min: 0, max: 4 }), (call, how, pad) => {
        const body = how === '#' ? `# ${call}` : `s = ${JSON.stringify(call)}`;
        const text = `${'\n'.repeat(pad)}import os\n${body}\n`;
        return scanPatterns('x.py', text).length === 0;
      }),
      { numRuns: 60 },
    );
  });
});

describe('secrets', () => {
  it('provider tokens, private keys, assignments and .env values: found, value never in the finding', () => {
    const aws = 'AKIA' + 'Q3EGHJ7KLMNPQRS2';
    const gh = 'ghp_' + 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8';
    const pw = 'Zq8!vR2#kLp9wT4x';
    const text = `const key = "${aws}";\n// token: ${gh}\nconst password = "${pw}";\nconst label = "password";\nconst tokenType = "access_token";\n`;
    const got = scanSecrets('src/a.ts', text);
    assert.deepEqual(got.map((f) => `${f.ruleId}@${f.line}`), ['glx.secret.aws-access-key@1', 'glx.secret.github-token@2', 'glx.secret.secret-assignment@3']);
    const all = JSON.stringify(got);
    for (const v of [aws, gh, pw]) assert.ok(!all.includes(v), `value leaked: ${v}`);
    assert.match(got[0].secret!.redacted, /^«redacted:aws-access-key:[0-9a-f]{8}»$/);
    const env = scanSecrets('.env.production', `DB_PASSWORD=${pw}\nDEBUG=true\nAPI_KEY=\nSECRET_KEY=changeme\n`);
    assert.deepEqual(env.map((f) => `${f.ruleId}@${f.line}`), ['glx.secret.env-file@1']);
    assert.ok(!JSON.stringify(env).includes(pw));
  });

  it('plain words, identifiers, paths and placeholders are not secret values', () => {
    for (const v of ['access_token', 'Authorization', 'passwordField', '${SECRET}', '<your-token>', './secrets/key.pem', 'changeme123', 'https://example.com/x'])
      assert.equal(looksLikeSecretValue(v), false, v);
    for (const v of ['Zq8!vR2#kLp9wT4x', 'hunter2Xq9#', 'b4f1c9e0a7d3']) assert.equal(looksLikeSecretValue(v), true, v);
  });
});
