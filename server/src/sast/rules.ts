// The built-in rules (spec §3.11: secrets and the dangerous patterns for TS/JS/Python), each
// with its id, CWE, severity, confidence, category, the `sec` token kind it feeds (§3.3) and a
// fix hint (the FixCandidate text). Ids are stable: suppressions and policies name them.
import type { TokenKind } from '../delta/catalogue';
import type { Confidence, FindingCategory, Severity } from './types';

export interface RuleInfo {
  id: string;
  cwe: string;
  severity: Severity;
  confidence: Confidence;
  category: FindingCategory;
  token: TokenKind;
  title: string;
  fix: string;
}

const secret = (id: string, title: string, severity: Severity = 'CRITICAL', confidence: Confidence = 'HIGH'): RuleInfo => ({
  id: `glx.secret.${id}`, cwe: 'CWE-798', severity, confidence, category: 'Secrets', token: 'SECRETS_FOUND', title,
  fix: 'Revoke and rotate the credential, then read it from the environment or a secret store (process.env.NAME / os.environ["NAME"]); remove it from history.',
});

export const RULES: Record<string, RuleInfo> = Object.fromEntries(
  ([
    secret('private-key', 'private key'),
    secret('aws-access-key', 'AWS access key id'),
    secret('aws-secret-key', 'AWS secret access key'),
    secret('github-token', 'GitHub token'),
    secret('gitlab-token', 'GitLab token'),
    secret('slack-token', 'Slack token'),
    secret('stripe-key', 'Stripe API key'),
    secret('google-api-key', 'Google API key'),
    secret('npm-token', 'npm token'),
    secret('secret-assignment', 'high-entropy string given to a secret-looking name', 'HIGH', 'MEDIUM'),
    secret('env-file', 'secret value in a .env file', 'HIGH', 'MEDIUM'),
    { id: 'glx.js.eval', cwe: 'CWE-95', severity: 'HIGH', confidence: 'HIGH', category: 'Injection', token: 'SAST_FINDING', title: 'eval of a computed string', fix: 'Do not evaluate strings as code: parse data with JSON.parse, dispatch through a lookup table.' },
    { id: 'glx.js.new-function', cwe: 'CWE-95', severity: 'HIGH', confidence: 'MEDIUM', category: 'Injection', token: 'SAST_FINDING', title: 'new Function builds code from strings', fix: 'Replace the generated function with a closure or a lookup table.' },
    { id: 'glx.js.child-process-shell', cwe: 'CWE-78', severity: 'HIGH', confidence: 'HIGH', category: 'Injection', token: 'SHELL_TRUE', title: 'shell command built from interpolated values', fix: 'Use execFile/spawn with an argument array and no shell; never build a command line from input.' },
    { id: 'glx.js.spawn-shell-true', cwe: 'CWE-78', severity: 'MEDIUM', confidence: 'HIGH', category: 'Injection', token: 'SHELL_TRUE', title: 'child process started with shell: true', fix: 'Drop `shell: true` and pass the arguments as an array.' },
    { id: 'glx.js.weak-hash', cwe: 'CWE-328', severity: 'MEDIUM', confidence: 'HIGH', category: 'Crypto', token: 'CRYPTO_WEAK', title: 'weak hash (MD5/SHA-1)', fix: "Use createHash('sha256') (or a password KDF: scrypt/argon2 for passwords)." },
    { id: 'glx.js.weak-cipher', cwe: 'CWE-327', severity: 'HIGH', confidence: 'HIGH', category: 'Crypto', token: 'CRYPTO_WEAK', title: 'broken cipher (DES/3DES/RC4/ECB)', fix: "Use createCipheriv('aes-256-gcm', key, iv) with a random IV." },
    { id: 'glx.js.tls-no-verify', cwe: 'CWE-295', severity: 'HIGH', confidence: 'HIGH', category: 'Transport', token: 'SAST_FINDING', title: 'TLS certificate verification disabled', fix: 'Remove rejectUnauthorized: false / NODE_TLS_REJECT_UNAUTHORIZED=0; trust the CA explicitly (ca: …) instead.' },
    { id: 'glx.js.sql-format', cwe: 'CWE-89', severity: 'HIGH', confidence: 'MEDIUM', category: 'Injection', token: 'SAST_FINDING', title: 'SQL built by string interpolation', fix: 'Use a parameterized query (placeholders + values array).' },
    { id: 'glx.py.eval', cwe: 'CWE-95', severity: 'HIGH', confidence: 'HIGH', category: 'Injection', token: 'SAST_FINDING', title: 'eval/exec of a computed string', fix: 'Use ast.literal_eval for data, or a dispatch table; never eval input.' },
    { id: 'glx.py.shell-true', cwe: 'CWE-78', severity: 'HIGH', confidence: 'HIGH', category: 'Injection', token: 'SHELL_TRUE', title: 'subprocess with shell=True', fix: 'Pass an argument list and drop shell=True (shlex.split for fixed strings).' },
    { id: 'glx.py.os-system', cwe: 'CWE-78', severity: 'HIGH', confidence: 'MEDIUM', category: 'Injection', token: 'SHELL_TRUE', title: 'os.system/os.popen with a computed command', fix: 'Use subprocess.run([...]) with an argument list.' },
    { id: 'glx.py.yaml-load', cwe: 'CWE-502', severity: 'HIGH', confidence: 'HIGH', category: 'Deserialization', token: 'SAST_FINDING', title: 'yaml.load without a safe loader', fix: 'Use yaml.safe_load (or Loader=yaml.SafeLoader).' },
    { id: 'glx.py.pickle', cwe: 'CWE-502', severity: 'HIGH', confidence: 'MEDIUM', category: 'Deserialization', token: 'SAST_FINDING', title: 'pickle/marshal deserialization', fix: 'Deserialize untrusted data with json; sign pickles you must keep (hmac).' },
    { id: 'glx.py.verify-false', cwe: 'CWE-295', severity: 'HIGH', confidence: 'HIGH', category: 'Transport', token: 'SAST_FINDING', title: 'TLS verification disabled (verify=False)', fix: 'Remove verify=False; pass verify="/path/to/ca.pem" for a private CA.' },
    { id: 'glx.py.weak-hash', cwe: 'CWE-328', severity: 'MEDIUM', confidence: 'HIGH', category: 'Crypto', token: 'CRYPTO_WEAK', title: 'weak hash (MD5/SHA-1)', fix: 'Use hashlib.sha256 (or usedforsecurity=False for non-security checksums).' },
    { id: 'glx.py.weak-cipher', cwe: 'CWE-327', severity: 'HIGH', confidence: 'HIGH', category: 'Crypto', token: 'CRYPTO_WEAK', title: 'broken cipher (DES/ARC4/Blowfish)', fix: 'Use AES-GCM (cryptography.hazmat AESGCM).' },
    { id: 'glx.py.sql-format', cwe: 'CWE-89', severity: 'HIGH', confidence: 'MEDIUM', category: 'Injection', token: 'SAST_FINDING', title: 'SQL built by string formatting', fix: 'Use placeholders: cursor.execute("… WHERE id = %s", (value,)).' },
  ] as RuleInfo[]).map((r) => [r.id, r]),
);

/** The `sec` token kind (§3.3) of any finding: built-in rules say it; others by CWE/category. */
export function tokenKindFor(ruleId: string, category: FindingCategory, cwe: string | undefined): TokenKind {
  const r = RULES[ruleId];
  if (r) return r.token;
  if (category === 'Secrets' || cwe === 'CWE-798' || cwe === 'CWE-259') return 'SECRETS_FOUND';
  if (cwe === 'CWE-78') return 'SHELL_TRUE';
  if (category === 'Crypto' || cwe === 'CWE-327' || cwe === 'CWE-328') return 'CRYPTO_WEAK';
  return 'SAST_FINDING';
}

/** Category of a foreign finding from its CWE (the bias term and the `jq` filters of §3.11). */
export function categoryOfCwe(cwe: string | undefined, hint = ''): FindingCategory {
  const n = cwe ? Number(cwe.replace(/^CWE-/i, '')) : NaN;
  if ([798, 259, 321, 522, 256].includes(n) || /secret|password|credential|token|private.?key/i.test(hint)) return 'Secrets';
  if ([327, 328, 326, 330, 338, 916].includes(n) || /crypto|hash|cipher|md5|sha1/i.test(hint)) return 'Crypto';
  if ([502].includes(n) || /pickle|deserial|yaml\.load|marshal/i.test(hint)) return 'Deserialization';
  if ([295, 319, 297].includes(n) || /tls|ssl|certificate|verify/i.test(hint)) return 'Transport';
  if ([78, 77, 89, 94, 95, 79, 22, 611, 918, 1333].includes(n) || /inject|exec|eval|shell|sql|spawn|child.?process/i.test(hint)) return 'Injection';
  return 'Code';
}
