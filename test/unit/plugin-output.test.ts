// Plugin manifests and outputs (issue 16): the manifest rules (namespaced kinds, categories,
// weights, repo-relative globs), and a plugin's answer checked against its manifest and the view
// it was given — any answer either becomes well-formed tokens inside the changed files or is
// rejected as InvalidOutput, never anything else (property over arbitrary JSON).
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import fc from 'fast-check';
import { Policy } from '../../server/src/config/policy';
import { parseInvariantsConfig } from '../../server/src/config/invariants-config';
import { changeView, filesMatcher } from '../../server/src/plugins/change-view';
import { kindConflicts, validateManifest } from '../../server/src/plugins/manifest';
import { InvalidOutput, toDeltaTokens } from '../../server/src/plugins/plugin-output';
import type { ChangeSet } from '../../server/src/delta/change-set';

const MANIFEST = { name: 'acme', version: '1.2.3', files: ['src/**/*.ts'], tokens: { 'acme.ROUTE_ADDED': { category: 'flow', weight: 0.25 }, 'acme.ROUTE_REMOVED': { category: 'flow', weight: 0.4 } } };

const cs: ChangeSet = {
  changes: [
    { status: 'M', old: { path: 'src/app.ts', text: 'a\nb\nc\n' }, new: { path: 'src/app.ts', text: 'a\nB\nc\nd\n' } },
    { status: 'A', new: { path: 'src/new.test.ts', text: 'x\n' } },
    { status: 'D', old: { path: 'src/gone.ts', text: 'g1\ng2\n' } },
    { status: 'M', old: { path: 'docs/readme.md', text: 'r\n' }, new: { path: 'docs/readme.md', text: 's\n' } },
  ],
};

test('manifest: a valid one is accepted; every broken field is named', () => {
  assert.deepEqual(validateManifest(MANIFEST).problems, []);
  const bad = validateManifest({ name: 'Acme!', version: 'v1', files: ['/etc/**', '../x'], tokens: { ROUTE: { category: 'flow', weight: 1 }, 'acme.X': { category: 'net', weight: 1 }, 'acme.Y': { category: 'flow', weight: 5 } } });
  assert.deepEqual(bad.problems, [
    'manifest.name: must match /^[a-z][a-z0-9-]{0,39}$/ (got "Acme!")',
    'manifest.version: must be a semantic version like 1.0.0 (got "v1")',
    'manifest.tokens: "ROUTE" is not a namespaced kind (namespace.KIND, e.g. acme.ROUTE_ADDED)',
    'manifest.tokens.acme.X.category: one of ast, files, deps, flow, types, tests, docs, sec (got "net")',
    'manifest.tokens.acme.Y.weight: a number between -1 and 2 (got 5)',
    'manifest.files: "/etc/**" is not a repo-relative glob',
    'manifest.files: "../x" is not a repo-relative glob',
  ]);
  assert.deepEqual(validateManifest(null).problems, ['manifest: must be an object ({name, version, tokens, files})']);
  const a = validateManifest(MANIFEST).manifest!;
  const b = validateManifest({ ...MANIFEST, name: 'other' }).manifest!;
  assert.deepEqual(kindConflicts([a, b]).map((c) => [c.plugin, c.kind, c.owner]), [['other', 'acme.ROUTE_ADDED', 'acme'], ['other', 'acme.ROUTE_REMOVED', 'acme']]);
});

test('the view holds only the files the manifest wants, with hunks; output becomes tokens with the policy\'s weights', () => {
  const m = validateManifest(MANIFEST).manifest!;
  const view = changeView(cs, filesMatcher(m.files));
  assert.deepEqual(view.files.map((f) => [f.status, f.path, !!f.before, !!f.after]), [['M', 'src/app.ts', true, true], ['A', 'src/new.test.ts', false, true], ['D', 'src/gone.ts', true, false]]);
  assert.deepEqual(view.files[0].hunks, [{ oldStart: 2, oldLines: 1, newStart: 2, newLines: 1 }, { oldStart: 3, oldLines: 0, newStart: 4, newLines: 1 }]);
  const { config } = parseInvariantsConfig('weights:\n  acme.ROUTE_REMOVED: 0.6\n');
  const policy = new Policy(config);
  const tokens = toDeltaTokens(
    [
      { kind: 'acme.ROUTE_ADDED', file: 'src/app.ts', line: 4, symbol: 'GET /d', evidence: ['app.get("/d") key AKIAIOSFODNN7EXAMPLE'] },
      { kind: 'acme.ROUTE_REMOVED', file: 'src/app.ts', line: 2, side: 'before' },
      { kind: 'acme.ROUTE_ADDED', file: 'src/new.test.ts', line: 1 },
      { kind: 'acme.ROUTE_REMOVED', file: 'src/gone.ts', line: 2, side: 'before', magnitude: 2 },
    ],
    m,
    view,
    policy,
  );
  assert.deepEqual(
    tokens.map((t) => [t.kind, t.file, t.range.line, t.weight, t.magnitude, t.category, t.module, t.meta.baseRange ?? null]),
    [
      ['acme.ROUTE_ADDED', 'src/app.ts', 4, 0.25, 1, 'flow', 'src', null],
      ['acme.ROUTE_REMOVED', 'src/app.ts', 2, 0.6, 1, 'flow', 'src', { line: 2, endLine: 2 }],
      ['acme.ROUTE_ADDED', 'src/new.test.ts', 1, 0.0625, 1, 'flow', 'src', null], // a test file counts a quarter
      ['acme.ROUTE_REMOVED', 'src/gone.ts', 2, 0.6, 2, 'flow', 'src', { line: 2, endLine: 2 }],
    ],
  );
  assert.doesNotMatch(JSON.stringify(tokens[0].meta.evidence), /AKIAIOSFODNN7EXAMPLE/, 'evidence is redacted');
});

test('rejected outputs: unknown kind, file not given, line out of range, bad side, unknown field, too many, oversized values', () => {
  const m = validateManifest(MANIFEST).manifest!;
  const view = changeView(cs, filesMatcher(m.files));
  const policy = new Policy();
  const reject = (raw: unknown, re: RegExp) => assert.throws(() => toDeltaTokens(raw, m, view, policy), (e: unknown) => e instanceof InvalidOutput && re.test(e.message), String(re));
  reject({ tokens: [] }, /must return an array/);
  reject([{ kind: 'ADD_FN', file: 'src/app.ts', line: 1 }], /unknown kind "ADD_FN"/);
  reject([{ kind: 'acme.ROUTE_ADDED', file: 'docs/readme.md', line: 1 }], /was not part of the change/);
  reject([{ kind: 'acme.ROUTE_ADDED', file: 'src/app.ts', line: 5 }], /line 5 is outside src\/app\.ts \(after: 4 lines\)/);
  reject([{ kind: 'acme.ROUTE_ADDED', file: 'src/app.ts', line: 2, endLine: 1 }], /endLine 1/);
  reject([{ kind: 'acme.ROUTE_ADDED', file: 'src/gone.ts', line: 1 }], /has no after side/);
  reject([{ kind: 'acme.ROUTE_ADDED', file: 'src/app.ts', line: 1, colour: 'red' }], /unknown field "colour"/);
  reject([{ kind: 'acme.ROUTE_ADDED', file: 'src/app.ts', line: 1, magnitude: Infinity }], /magnitude/);
  reject([{ kind: 'acme.ROUTE_ADDED', file: 'src/app.ts', line: 1, after: 'x'.repeat(5000) }], /after is larger than 2048 bytes/);
  reject(Array.from({ length: 1001 }, () => ({ kind: 'acme.ROUTE_ADDED', file: 'src/app.ts', line: 1 })), /too many tokens: 1001/);
});

test('property: arbitrary answers are tokens inside the given files or InvalidOutput, nothing else', () => {
  const m = validateManifest(MANIFEST).manifest!;
  const view = changeView(cs, filesMatcher(m.files));
  const policy = new Policy();
  const lines = new Map(view.files.map((f) => [f.path, f]));
  const tok = fc.record(
    {
      kind: fc.constantFrom('acme.ROUTE_ADDED', 'acme.ROUTE_REMOVED', 'acme.OTHER', 'MODIFY_SIG', 3),
      file: fc.constantFrom('src/app.ts', 'src/gone.ts', 'src/new.test.ts', 'docs/readme.md', '../x', null),
      line: fc.oneof(fc.integer({ min: -2, max: 6 }), fc.double(), fc.constant('1')),
      endLine: fc.integer({ min: 0, max: 6 }),
      side: fc.constantFrom('before', 'after', 'sideways'),
      magnitude: fc.oneof(fc.double({ noNaN: false }), fc.integer({ min: -1, max: 2000 })),
      symbol: fc.oneof(fc.string(), fc.constant('')),
    },
    { requiredKeys: [] },
  );
  fc.assert(
    fc.property(fc.oneof(fc.array(tok, { maxLength: 6 }), fc.jsonValue()), (raw) => {
      let tokens;
      try {
        tokens = toDeltaTokens(raw, m, view, policy);
      } catch (e) {
        assert.ok(e instanceof InvalidOutput, String(e));
        return;
      }
      for (const t of tokens) {
        const f = lines.get(t.file)!;
        assert.ok(f, t.file);
        const side = f.after ?? f.before!;
        assert.ok(t.range.line >= 1 && t.range.endLine >= t.range.line && t.range.endLine <= Math.max(side.lineCount, f.before?.lineCount ?? 0), JSON.stringify(t));
        assert.ok(Object.prototype.hasOwnProperty.call(m.tokens, t.kind));
        assert.ok(Number.isFinite(t.weight) && Number.isFinite(t.magnitude) && t.magnitude >= 0);
      }
    }),
    { numRuns: 500 },
  );
});
