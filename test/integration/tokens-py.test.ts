// Δ tokens for Python from realistic before/after code on real temp git repos (spec §3.3).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runDelta } from '../helpers/delta';

const SERVICE = `import json
import os


def load_config(path, strict=False):
    """Load a JSON config file."""
    with open(path) as fh:
        data = json.load(fh)
    if strict and "version" not in data:
        raise ValueError("missing version")
    return data


def _normalize(data):
    return {k.lower(): v for k, v in data.items()}


class ConfigStore:
    def __init__(self, root):
        self.root = root
        self.cache = {}

    def get(self, name):
        if name not in self.cache:
            self.cache[name] = load_config(os.path.join(self.root, name))
        return self.cache[name]

    def clear(self):
        self.cache.clear()
`;

test('MODIFY_SIG on a public function: detail, before/after, public_api, doubled ΔZ weight', async () => {
  const after = SERVICE.replace('def load_config(path, strict=False):', 'def load_config(path, strict=False, *, encoding="utf-8"):').replace('with open(path) as fh:', 'with open(path, encoding=encoding) as fh:');
  const d = await runDelta({ 'app/config.py': SERVICE }, { 'app/config.py': after });
  const sig = d.of('MODIFY_SIG');
  assert.equal(sig.length, 1);
  assert.equal(sig[0].symbol, 'load_config');
  assert.deepEqual(sig[0].meta.detail, ['arity', 'defaults']);
  assert.equal(sig[0].meta.public_api, true);
  assert.equal((sig[0].before as { arity: number }).arity, 2);
  assert.equal((sig[0].after as { arity: number }).arity, 3);
  assert.equal(sig[0].module, 'app');
  // A keyword-only optional parameter added at the end is compatible (I2 PASS): 0.08, not 0.22
  // (spec §3.3); MODIFY_SIG of a public symbol counts twice (spec §3.6).
  assert.equal(sig[0].meta.compatible, true);
  const row = d.result.explain.rows.find((r) => r.kind === 'MODIFY_SIG')!;
  assert.equal(row.raw, 0.16); // compatible (optional parameter): 0.08 × 2 public API
  assert.equal(d.of('MODIFY_BODY').length, 0, 'signature change with a body edit is one MODIFY_SIG');
});

test('MODIFY_BODY with flow tokens ΔCC / ΔBRANCHING / ΔEXCEPT_BLOCKS', async () => {
  const after = SERVICE.replace(
    `    def clear(self):
        self.cache.clear()`,
    `    def clear(self):
        try:
            self.cache.clear()
        except AttributeError:
            if self.cache is None:
                self.cache = {}`,
  );
  const d = await runDelta({ 'app/config.py': SERVICE }, { 'app/config.py': after });
  assert.deepEqual(d.summary().filter((s) => s.endsWith('ConfigStore.clear')).sort(), [
    'MODIFY_BODY ConfigStore.clear', 'ΔBRANCHING ConfigStore.clear', 'ΔCC ConfigStore.clear', 'ΔEXCEPT_BLOCKS ConfigStore.clear',
  ]);
  const cc = d.of('ΔCC')[0];
  assert.deepEqual([cc.meta.k, cc.magnitude], [2, Math.round(Math.log2(3) * 1e6) / 1e6]); // if + except; magnitude log2(1 + |k|) (§3.3 as amended)
  assert.equal(cc.meta.sign, '+');
  assert.equal(d.of('MODIFY_BODY').length, 1, 'the class itself has no own change');
});

test('RENAME_FN of a method with a small edit; the class is not touched', async () => {
  const after = SERVICE.replace('def get(self, name):', 'def fetch(self, name):');
  const d = await runDelta({ 'app/config.py': SERVICE }, { 'app/config.py': after });
  assert.deepEqual(d.summary(), ['RENAME_FN ConfigStore.fetch']);
  assert.equal(d.of('RENAME_FN')[0].meta.from, 'ConfigStore.get');
  assert.equal(d.of('RENAME_FN')[0].meta.to, 'ConfigStore.fetch');
});

test('RENAME_CLASS: members follow their container (no per-method tokens)', async () => {
  const after = SERVICE.replace('class ConfigStore:', 'class Settings:');
  const d = await runDelta({ 'app/config.py': SERVICE }, { 'app/config.py': after });
  assert.deepEqual(d.summary(), ['RENAME_CLASS Settings']);
});

test('ADD_FN / DEL_FN / ADD_CLASS / DEL_CLASS, members of an added class get ADD_FN', async () => {
  const after = `${SERVICE.replace(/\n\ndef _normalize[\s\S]*?items\(\)\}\n/, '\n')}

class Watcher:
    def start(self):
        return True

    def stop(self):
        return False


def reload_all(stores):
    for s in stores:
        s.clear()
`;
  const d = await runDelta({ 'app/config.py': SERVICE }, { 'app/config.py': after });
  const s = d.summary();
  for (const want of ['ADD_CLASS Watcher', 'ADD_FN Watcher.start', 'ADD_FN Watcher.stop', 'ADD_FN reload_all', 'DEL_FN _normalize']) assert.ok(s.includes(want), `${want} in ${s.join(', ')}`);
  assert.equal(d.of('DEL_FN')[0].meta.public_api, false, '_normalize is private');
  const del = await runDelta({ 'app/config.py': SERVICE, 'app/other.py': 'X = 1\n' }, { 'app/config.py': SERVICE.replace(/\nclass ConfigStore:[\s\S]*$/, '\n') });
  assert.ok(del.summary().includes('DEL_CLASS ConfigStore'));
  assert.ok(del.summary().includes('DEL_FN ConfigStore.get'));
});

test('MOVE_SYMBOL across files (token on the destination, fromFile in meta) and ΔIMPORT', async () => {
  const before = { 'app/config.py': SERVICE, 'app/util.py': 'import re\n\n\ndef slug(s):\n    return re.sub("[^a-z]+", "-", s.lower())\n' };
  const moved = `def _normalize(data):\n    return {k.lower(): v for k, v in data.items()}\n`;
  const d = await runDelta(before, {
    'app/config.py': SERVICE.replace(/\n\ndef _normalize[\s\S]*?items\(\)\}\n/, '\n').replace('import os\n', 'import os\n\nfrom app.util import _normalize\n'),
    'app/util.py': `${before['app/util.py']}\n\n${moved}`,
  });
  const mv = d.of('MOVE_SYMBOL');
  assert.equal(mv.length, 1);
  assert.equal(mv[0].file, 'app/util.py');
  assert.equal(mv[0].meta.fromFile, 'app/config.py');
  assert.equal(d.of('DEL_FN').length + d.of('ADD_FN').length, 0);
  assert.deepEqual(d.of('ΔIMPORT').map((t) => `${t.file}:${String(t.meta.sign)}${String(t.meta.spec)}`), ['app/config.py:+app.util']);
  // fan-in of util.py grew by one importer, fan-out of config.py grew by one module
  assert.equal(d.of('ΔFAN_IN')[0]?.file, 'app/util.py');
  assert.equal(d.of('ΔFAN_OUT')[0]?.file, 'app/config.py');
});

test('EXTRACT_FN and INLINE_FN', async () => {
  const base = `def report(rows):
    total = 0
    for r in rows:
        if r.get("active"):
            total += r["amount"] * r.get("rate", 1)
    lines = [f"{r['name']}: {r['amount']}" for r in rows]
    return "\\n".join(lines) + f"\\ntotal={total}"
`;
  const extracted = `def report(rows):
    total = compute_total(rows)
    lines = [f"{r['name']}: {r['amount']}" for r in rows]
    return "\\n".join(lines) + f"\\ntotal={total}"


def compute_total(rows):
    total = 0
    for r in rows:
        if r.get("active"):
            total += r["amount"] * r.get("rate", 1)
    return total
`;
  const ex = await runDelta({ 'billing/report.py': base }, { 'billing/report.py': extracted });
  assert.equal(ex.of('EXTRACT_FN').length, 1);
  assert.equal(ex.of('EXTRACT_FN')[0].symbol, 'compute_total');
  assert.equal(ex.of('EXTRACT_FN')[0].meta.source, 'report');
  assert.equal(ex.of('ADD_FN').length, 0);
  const inl = await runDelta({ 'billing/report.py': extracted }, { 'billing/report.py': base });
  assert.equal(inl.of('INLINE_FN').length, 1);
  assert.equal(inl.of('INLINE_FN')[0].meta.target, 'report');
  assert.equal(inl.of('DEL_FN').length, 0);
});

test('comment-only and whitespace-only edits give ΔCOMMENTS and keep the fingerprint', async () => {
  const noisy = SERVICE.replace('    def clear(self):', '    # Drop every cached config.\n    def clear(self):').replace('        self.root = root', '        self.root   =   root  # where configs live');
  const d = await runDelta({ 'app/config.py': SERVICE }, { 'app/config.py': noisy });
  assert.deepEqual(d.summary(), []);
  assert.ok(d.of('ΔCOMMENTS').length >= 1);
  assert.equal(d.result.energy.overall.dz, 0);
  const empty = await runDelta({ 'app/config.py': SERVICE }, { 'app/config.py': SERVICE });
  assert.equal(d.result.fingerprint.hash, empty.result.fingerprint.hash);
});

test('ΔTOPLEVEL for module-level code; ΔTESTS for test-case count changes', async () => {
  const d = await runDelta(
    { 'app/consts.py': 'TIMEOUT = 30\nRETRIES = 3\n', 'tests/test_store.py': 'def test_a():\n    assert 1\n\n\ndef test_b():\n    assert 2\n' },
    { 'app/consts.py': 'TIMEOUT = 60\nRETRIES = 3\n', 'tests/test_store.py': 'def test_a():\n    assert 1\n' },
  );
  assert.deepEqual(d.of('ΔTOPLEVEL').map((t) => [t.file, t.range.line]), [['app/consts.py', 1]]);
  const tests = d.of('ΔTESTS');
  assert.equal(tests.length, 1);
  assert.equal(tests[0].magnitude, 1);
  assert.equal(tests[0].meta.sign, '-');
  assert.equal(tests[0].weight, 0.1);
});

test('a file with a syntax error does not turn into DEL tokens; its hunks stay unexplained', async () => {
  const broken = SERVICE.replace('    def get(self, name):', '    def get(self, name:\n        pass\n');
  const d = await runDelta({ 'app/config.py': SERVICE }, { 'app/config.py': broken });
  assert.equal(d.of('DEL_FN').length, 0);
  assert.equal(d.of('DEL_CLASS').length, 0);
  assert.ok(d.result.parseErrors.length >= 1);
  assert.ok(d.of('MODIFY_FILE').some((t) => t.meta.unexplained));
});

test('type hints and TypedDict/Enum types', async () => {
  const before = `from enum import Enum
from typing import TypedDict


class Color(Enum):
    RED = 1
    GREEN = 2


class User(TypedDict):
    name: str


def greet(user, greeting):
    return f"{greeting} {user['name']}"
`;
  const after = before
    .replace('    GREEN = 2\n', '    GREEN = 2\n    BLUE = 3\n')
    .replace('    name: str\n', '    name: str\n    email: str\n')
    .replace('def greet(user, greeting):', 'def greet(user: User, greeting: str) -> str:');
  const d = await runDelta({ 'app/model.py': before }, { 'app/model.py': after });
  assert.deepEqual(d.of('MODIFY_TYPE').map((t) => t.symbol).sort(), ['Color', 'User']);
  const hints = d.of('ΔTYPE_HINTS');
  assert.equal(hints.length, 1);
  assert.equal(hints[0].magnitude, 3);
  assert.equal(hints[0].meta.dir, '+');
  // Annotations added where there were none are ΔTYPE_HINTS only: no parameter type changed,
  // callers are unaffected (docs/accuracy.md "Held-out commits", class 2).
  assert.deepEqual(d.of('MODIFY_SIG'), []);
  // A changed annotation is a changed type.
  const d2 = await runDelta({ 'app/model.py': after }, { 'app/model.py': after.replace('greeting: str) -> str:', 'greeting: bytes) -> str:') });
  assert.deepEqual(d2.of('MODIFY_SIG')[0].meta.detail, ['types']);
});

test('ΔDEPENDENCY from requirements.txt and pyproject.toml', async () => {
  const d = await runDelta(
    {
      'requirements.txt': 'requests==2.31.0\nflask>=2.0\n',
      'pyproject.toml': '[project]\nname = "x"\ndependencies = [\n  "httpx>=0.27",\n  "pydantic>=2",\n]\n',
    },
    {
      'requirements.txt': 'requests==2.32.0\n',
      'pyproject.toml': '[project]\nname = "x"\ndependencies = [\n  "httpx>=0.27",\n  "rich",\n]\n',
    },
  );
  const deps = d.of('ΔDEPENDENCY').map((t) => `${t.file}:${String(t.meta.name)}:${String(t.meta.change)}`).sort();
  assert.deepEqual(deps, ['pyproject.toml:pydantic:removed', 'pyproject.toml:rich:added', 'requirements.txt:flask:removed', 'requirements.txt:requests:version']);
});

test('ΔLOOP_NEST and ΔASYNC_AWAIT on a paired function; ΔIMPORT removal', async () => {
  const before = `import asyncio
import json


async def fetch_all(urls, client):
    out = []
    for u in urls:
        out.append(await client.get(u))
    return out
`;
  const after = `import asyncio


async def fetch_all(urls, client):
    out = []
    for batch in urls:
        for u in batch:
            out.append(await client.get(u))
    await asyncio.sleep(0)
    return out
`;
  const d = await runDelta({ 'net/fetch.py': before }, { 'net/fetch.py': after });
  const loop = d.of('ΔLOOP_NEST')[0];
  assert.equal(loop.symbol, 'fetch_all');
  assert.equal(loop.before, 1);
  assert.equal(loop.after, 2);
  assert.equal(d.of('ΔASYNC_AWAIT')[0].magnitude, 1);
  assert.deepEqual(d.of('ΔIMPORT').map((t) => `${String(t.meta.sign)}${String(t.meta.spec)}`), ['-json']);
  assert.deepEqual(d.of('ΔIMPORT')[0].meta.baseRange, { line: 2, endLine: 2 });
});

test('RENAME_FN with a small body edit (similarity, not an identical hash) and MOVE + RENAME across files', async () => {
  const fn = `def parse_header(line):
    key, _, value = line.partition(":")
    key = key.strip().lower()
    value = value.strip()
    if not key:
        raise ValueError("empty header name")
    return key, value
`;
  const renamed = fn.replace('def parse_header(line):', 'def split_header(line):').replace('value = value.strip()', 'value = value.strip(" \\t")');
  const d = await runDelta({ 'http/headers.py': fn }, { 'http/headers.py': renamed });
  assert.deepEqual(d.summary().sort(), ['MODIFY_BODY split_header', 'RENAME_FN split_header']);
  const mv = await runDelta({ 'http/headers.py': `${fn}\n\ndef other():\n    return 1\n`, 'http/util.py': 'X = 1\n' }, { 'http/headers.py': 'def other():\n    return 1\n', 'http/util.py': `X = 1\n\n\n${renamed}` });
  const move = mv.of('MOVE_SYMBOL')[0];
  const rn = mv.of('RENAME_FN')[0];
  assert.equal(move.file, 'http/util.py');
  assert.equal(rn.meta.from, 'parse_header');
  assert.equal(rn.meta.pair, move.meta.pair);
});

test('non-code files: MODIFY_FILE spans the changed lines; ADD_FILE / DEL_FILE', async () => {
  const d = await runDelta(
    { 'deploy/app.yaml': 'replicas: 2\nimage: app:1.0\nport: 8080\n', 'scripts/old.sh': 'echo old\n' },
    { 'deploy/app.yaml': 'replicas: 3\nimage: app:1.0\nport: 8080\n', 'scripts/old.sh': null, 'scripts/new.sh': 'echo new\n' },
  );
  const mf = d.of('MODIFY_FILE');
  assert.deepEqual(mf.map((t) => [t.file, t.range.line, t.range.endLine]), [['deploy/app.yaml', 1, 1]]);
  assert.equal(mf[0].module, 'deploy');
  assert.deepEqual(d.of('ADD_FILE').map((t) => t.file), ['scripts/new.sh']);
  assert.deepEqual(d.of('DEL_FILE').map((t) => t.file), ['scripts/old.sh']);
});
