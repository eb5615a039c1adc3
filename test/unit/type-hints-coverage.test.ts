// ΔTYPE_HINTS explains the signature lines whose annotations it counts (emit-types.ts): an
// annotation added where there was none is no MODIFY_SIG, and the coverage pass used to leave
// those lines to the MODIFY_FILE catch-all (real commit: encode/httpx 87f39f12c9 adds `-> None`
// to 22 `__init__`s — 22 ΔTYPE_HINTS plus 22 MODIFY_FILE on the same lines). Real parses.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { initParsers } from '../../server/src/parsing/languages';
import { directDelta } from '../helpers/direct-delta';

before(async () => {
  await initParsers();
});

const kinds = (r: ReturnType<typeof directDelta>) => r.tokens.map((t) => `${t.kind} ${t.symbol ?? t.file} ${t.range.line}`).sort();

test('Python: a return annotation added to a multi-line __init__ signature is ΔTYPE_HINTS alone', () => {
  const b = [
    'import typing',
    '',
    '',
    'class BasicAuth:',
    '    def __init__(',
    '        self, username: typing.Union[str, bytes], password: typing.Union[str, bytes]',
    '    ):',
    '        self._auth_header = self._build_auth_header(username, password)',
    '',
  ].join('\n');
  const h = b.replace('    ):', '    ) -> None:');
  assert.deepEqual(kinds(directDelta({ 'auth.py': b }, { 'auth.py': h })), ['ΔTYPE_HINTS BasicAuth.__init__ 5']);
});

test('TypeScript: a return type added is ΔTYPE_HINTS alone; a parameter annotation dropped likewise', () => {
  const b = 'export function area(w: number, h: number) {\n  return w * h;\n}\n\nexport function label(name: string): string {\n  return name.trim();\n}\n';
  const h = 'export function area(w: number, h: number): number {\n  return w * h;\n}\n\nexport function label(name): string {\n  return name.trim();\n}\n';
  assert.deepEqual(kinds(directDelta({ 'geo.ts': b }, { 'geo.ts': h })), ['ΔTYPE_HINTS area 1', 'ΔTYPE_HINTS label 5']);
});
