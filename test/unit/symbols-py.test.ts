// Python symbol extractor (spec §3.1, public API rules of §3.7 I2).
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { initParsers } from '../../server/src/parsing/languages';
import { ChunkCache, analyzeSource } from '../../server/src/symbols/analyze';
import type { FileAnalysis, SymbolInfo } from '../../server/src/symbols/types';
import { clearPyMemberCache } from '../../server/src/symbols/py-flat';
import { isPrivateModule } from '../../server/src/symbols/python';

before(async () => {
  await initParsers();
});

function analyze(src: string, path = 'pkg/mod.py', cache = new ChunkCache()): FileAnalysis {
  return analyzeSource(src, path, 'python', cache);
}

function sym(fa: FileAnalysis, qualname: string): SymbolInfo {
  const s = fa.symbols.find((x) => x.qualname === qualname);
  assert.ok(s, `symbol ${qualname} not found in ${fa.symbols.map((x) => x.qualname).join(', ')}`);
  return s;
}

const SERVICE = `"""Order service."""
from __future__ import annotations

import functools
import logging as log


class OrderService(BaseService):
    """Places orders."""

    retries: int = 3

    def __init__(self, repo, *, clock=None):
        self.repo = repo
        self.clock = clock

    @property
    def size(self) -> int:
        return len(self.repo)

    @size.setter
    def size(self, value: int) -> None:
        self.repo.resize(value)

    @staticmethod
    def parse(raw: str, /, strict: bool = False) -> dict:
        return {}

    @classmethod
    def create(cls, *args, **kwargs):
        return cls(*args, **kwargs)

    async def fetch(self, order_id: int) -> Order:
        async with self.repo.session() as s:
            return await s.get(order_id)

    def _check(self):
        pass

    class Config:
        def load(self):
            def merge(a, b):
                return {**a, **b}
            return merge

    def __call__(self, *items):
        for item in items:
            yield self.place(item)


@functools.lru_cache(maxsize=None)
def lookup(key):
    def inner():
        return key
    return inner


def _helper():
    return lambda x: x * 2
`;

test('symbol forms and qualified names', () => {
  const fa = analyze(SERVICE);
  assert.deepEqual(fa.symbols.map((s) => `${s.kind} ${s.qualname}`), [
    'class OrderService',
    'method OrderService.__init__',
    'method OrderService.size',
    'method OrderService.size',
    'method OrderService.parse',
    'method OrderService.create',
    'method OrderService.fetch',
    'method OrderService._check',
    'class OrderService.Config',
    'method OrderService.Config.load',
    'fn OrderService.Config.load.merge',
    'method OrderService.__call__',
    'fn lookup',
    'fn lookup.inner',
    'fn _helper',
  ]);
  assert.equal(sym(fa, 'OrderService.Config.load.merge').container, 'OrderService.Config.load');
  assert.equal(sym(fa, 'OrderService').container, undefined);
  assert.equal(fa.ok, true);
  assert.equal(fa.lineCount, SERVICE.split('\n').length - 1);
});

test('ranges: decorated range includes decorators; sig and body ranges', () => {
  const fa = analyze(SERVICE);
  const lookup = sym(fa, 'lookup');
  assert.deepEqual(lookup.range, { line: 51, col: 0, endLine: 55, endCol: 16 });
  assert.deepEqual(lookup.sigRange, { line: 52, col: 0, endLine: 52, endCol: 16 });
  assert.deepEqual(lookup.bodyRange, { line: 53, col: 4, endLine: 55, endCol: 16 });
  const fetch = sym(fa, 'OrderService.fetch');
  assert.equal(fetch.range.line, 33);
  assert.equal(fetch.range.col, 4);
  const cls = sym(fa, 'OrderService');
  assert.equal(cls.range.line, 8);
  assert.equal(cls.range.endLine, 48);
  assert.deepEqual(cls.sigRange, { line: 8, col: 0, endLine: 8, endCol: 32 });
  assert.equal(fetch.uid.startsWith('AST::pkg/mod.py@33:4#'), true);
});

test('signatures: defaults, rest, kw-only, pos-only, annotations, call kinds', () => {
  const fa = analyze(SERVICE);
  const init = sym(fa, 'OrderService.__init__').signature;
  assert.equal(init.text, '(self, repo, *, clock=None)');
  assert.deepEqual(init.params.map((p) => [p.name, p.kwOnly, p.optional, p.defaultText]), [
    ['self', false, false, undefined], ['repo', false, false, undefined], ['clock', true, true, 'None'],
  ]);
  const parse = sym(fa, 'OrderService.parse').signature;
  assert.equal(parse.callKind, 'static');
  assert.equal(parse.text, '(raw: str, /, strict: bool = False) -> dict');
  assert.equal(parse.returnType, 'dict');
  assert.equal(parse.params[0].posOnly, true);
  assert.equal(parse.params[0].type, 'str');
  assert.equal(parse.params[1].posOnly, undefined);
  assert.equal(parse.params[1].hasDefault, true);
  const create = sym(fa, 'OrderService.create').signature;
  assert.equal(create.callKind, 'classmethod');
  assert.deepEqual(create.params.map((p) => [p.name, p.rest, p.kwRest ?? false]), [
    ['cls', false, false], ['args', true, false], ['kwargs', true, true],
  ]);
  const sizes = fa.symbols.filter((s) => s.qualname === 'OrderService.size');
  assert.deepEqual(sizes.map((s) => s.signature.callKind), ['property', 'setter']);
  assert.deepEqual(sizes[1].signature.decorators, ['size.setter']);
  const fetch = sym(fa, 'OrderService.fetch').signature;
  assert.equal(fetch.async, true);
  assert.equal(fetch.generator, false);
  assert.equal(fetch.returnType, 'Order');
  assert.equal(sym(fa, 'OrderService.__call__').signature.generator, true);
  assert.deepEqual(sym(fa, 'lookup').signature.decorators, ['functools.lru_cache(maxsize=None)']);

  const fb = analyze(`def f(a,
      b: Dict[str,   int] = {},  # the map
      *rest: Any, key: "Optional[int]" = None,
      **opts) -> List[
        int]:
    yield from rest
    g = lambda: (yield)
`);
  const f = sym(fb, 'f').signature;
  assert.equal(f.text, '(a, b: Dict[str, int] = {}, *rest: Any, key: "Optional[int]" = None, **opts) -> List[ int]');
  assert.deepEqual(f.params.map((p) => [p.name, p.rest, p.kwOnly, p.type]), [
    ['a', false, false, undefined], ['b', false, false, 'Dict[str, int]'], ['rest', true, false, 'Any'],
    ['key', false, true, '"Optional[int]"'], ['opts', true, false, undefined],
  ]);
  assert.equal(f.generator, true);
  assert.equal(sym(fb, 'f').metrics.typeAnnotations, 4);
  // yield only inside a nested def / lambda: not a generator
  const fc = analyze('def outer():\n    def gen():\n        yield 1\n    h = lambda: (yield)\n    return gen\n');
  assert.equal(sym(fc, 'outer').signature.generator, false);
  assert.equal(sym(fc, 'outer.gen').signature.generator, true);
});

test('public API: module privacy, _names, __all__, dunder methods, nested functions, test files', () => {
  const fa = analyze(SERVICE);
  const pub = (q: string) => fa.symbols.filter((s) => s.qualname === q).every((s) => s.public);
  assert.equal(pub('OrderService'), true);
  assert.equal(sym(fa, 'OrderService').exported, true);
  assert.equal(pub('OrderService.__init__'), true);
  assert.equal(pub('OrderService.__call__'), true);
  assert.equal(pub('OrderService.size'), true);
  assert.equal(sym(fa, 'OrderService.size').exported, false);
  assert.equal(pub('OrderService._check'), false);
  assert.equal(pub('OrderService.Config'), true);
  assert.equal(pub('OrderService.Config.load'), true);
  assert.equal(pub('OrderService.Config.load.merge'), false);
  assert.equal(pub('lookup'), true);
  assert.equal(pub('lookup.inner'), false);
  assert.equal(pub('_helper'), false);

  for (const p of ['pkg/_internal/mod.py', 'pkg/_mod.py', '_pkg/mod.py']) {
    const f = analyze(SERVICE, p);
    assert.equal(f.symbols.some((s) => s.public || s.exported), false, p);
  }
  assert.equal(isPrivateModule('pkg/__init__.py'), false);
  assert.equal(isPrivateModule('pkg/__main__.py'), false);
  assert.equal(isPrivateModule('pkg/sub/__init__.py'), false);
  assert.equal(analyze(SERVICE, 'pkg/__init__.py').symbols[0].public, true);

  const withAll = analyze(`${SERVICE}\n__all__ = ["lookup"]\n__all__ += ("_helper",)\n`);
  assert.deepEqual(withAll.dunderAll, ['lookup', '_helper']);
  assert.equal(sym(withAll, 'lookup').public, true);
  assert.equal(sym(withAll, '_helper').public, true);
  assert.equal(sym(withAll, 'OrderService').public, false);
  assert.equal(sym(withAll, 'OrderService.__init__').public, false);

  const extend = analyze('__all__ = []\n__all__.extend(["a", \'b\'])\n__all__.append("c")\ndef a(): pass\ndef d(): pass\n');
  assert.deepEqual(extend.dunderAll, ['a', 'b', 'c']);
  assert.equal(sym(extend, 'a').public, true);
  assert.equal(sym(extend, 'd').public, false);

  const t = analyze(SERVICE, 'tests/test_orders.py');
  assert.equal(t.symbols.some((s) => s.public), false);
});

test('docstrings and deprecation', () => {
  const src = `def a():
    """Return the answer."""
    return 42

def b():
    '''Return   the
    answer.'''
    return 42

def c():
    # not a docstring
    x = "not a docstring either" if True else ""
    return x

@deprecated("use a() instead")
def d():
    return a()

@typing_extensions.deprecated("gone")
def e(): pass

def f():
    warnings.warn("f is deprecated", DeprecationWarning, stacklevel=2)
    return a()

def g():
    warn(f"g() is going away", category=DeprecationWarning)

def h():
    """Old.

    .. deprecated:: 2.0
       Use :func:\`a\`.
    """

def i():
    warnings.warn("careful", UserWarning)

class K:
    """A class."""
`;
  const fa = analyze(src);
  assert.equal(sym(fa, 'a').hasDoc, true);
  assert.equal(sym(fa, 'a').docHash.length, 64);
  // same text modulo whitespace/quotes → same docHash
  assert.equal(sym(fa, 'b').docHash, sym(fa, 'a').docHash);
  assert.equal(sym(fa, 'c').hasDoc, false);
  assert.equal(sym(fa, 'c').docHash, '');
  assert.equal(sym(fa, 'K').hasDoc, true);
  const dep = fa.symbols.filter((s) => s.deprecated).map((s) => s.name);
  assert.deepEqual(dep, ['d', 'e', 'f', 'g', 'h']);
});

test('bodyHash: stable under rename, reformat, comment and docstring edits; changes on real edits', () => {
  const base = `def total(items, tax=0.2):
    """Sum items."""
    # accumulate
    acc = 0
    for it in items:
        acc += it.price * (1 + tax)
    if not items:
        return total([], tax)
    return round(acc, 2)
`;
  const renamed = base.replace(/total/g, 'grand_total');
  const reformatted = `def total(items, tax=0.2):
    """Sum items (now documented better)."""
    acc = 0   # start
    for it in items :
        acc += it.price*(1+tax)
    if not items: return total(
        [],
        tax,
    )
    return round(acc,
                 2)
`;
  const quotes = "def total():\n    return {'a': 'b', \"c\": 'd\"'}\n";
  const quotes2 = 'def total():\n    return {"a": "b", "c": \'d"\'}\n';
  const changed = base.replace('round(acc, 2)', 'round(acc, 3)');
  const h = (src: string, name: string) => sym(analyze(src), name).bodyHash;
  const h0 = h(base, 'total');
  assert.match(h0, /^[0-9a-f]{64}$/);
  assert.equal(h(renamed, 'grand_total'), h0);
  assert.equal(h(reformatted, 'total'), h0);
  assert.equal(h(quotes2, 'total'), h(quotes, 'total'));
  assert.notEqual(h(changed, 'total'), h0);
  const toks = sym(analyze(base), 'total').bodyTokens;
  assert.equal(toks.includes('total'), false);
  assert.equal(toks.includes('# accumulate'), false);
  assert.deepEqual(toks.slice(0, 4), ['acc', '=', '0', 'for']);
  assert.deepEqual(sym(analyze(base), 'total').calls, ['total', 'round']);
  // a class hashes its body; the class name is removed inside it
  const k1 = sym(analyze('class A:\n    def make(self):\n        return A()\n'), 'A').bodyHash;
  const k2 = sym(analyze('class B:\n    def make(self):\n        return B()\n'), 'B').bodyHash;
  assert.equal(k1, k2);
});

test('metrics on known snippets', () => {
  const src = `async def work(jobs, log):
    results = []
    for job in jobs:
        while job.pending():
            if job.ready() and not job.failed or job.forced:
                await job.run()
            elif job.late():
                continue
            else:
                break
    try:
        x = [j for j in jobs if j.ok if j.fast]
    except ValueError:
        pass
    except (KeyError, TypeError):
        raise
    y = 1 if x else 2
    async for ev in log:
        pass
    async with log.lock():
        pass
    match y:
        case 1:
            pass
        case _:
            pass
    total: int = 0
    def nested(a):
        if a:
            for i in a:
                for j in i:
                    pass
    f = lambda v: v if v else None
    return results
`;
  const fa = analyze(src);
  const m = sym(fa, 'work').metrics;
  // if, elif, for, while, async for, 2 except, 2 comprehension ifs, 2 conditional expr,
  // and/or, 2 cases
  assert.equal(m.cc, 1 + 1 + 1 + 2 + 1 + 2 + 2 + 2 + 2 + 2);
  assert.equal(m.loopNest, 2);
  assert.equal(m.branches, 1 + 1 + 2 + 2);
  assert.equal(m.awaits, 3);
  assert.equal(m.tries, 1);
  assert.equal(m.typeAnnotations, 1);
  const n = sym(fa, 'work.nested').metrics;
  assert.deepEqual(n, { cc: 4, loopNest: 2, branches: 1, awaits: 0, tries: 0, typeAnnotations: 0 });
  const simple = sym(analyze('def f(a: int) -> int:\n    return a\n'), 'f').metrics;
  assert.deepEqual(simple, { cc: 1, loopNest: 0, branches: 0, awaits: 0, tries: 0, typeAnnotations: 2 });
});

test('TypedDict, Protocol and Enum classes are types too', () => {
  const src = `import enum
from typing import NotRequired, Optional, Protocol, TypedDict
import typing


class Movie(TypedDict):
    title: str
    year: NotRequired[int]
    rating: Optional[float]


class Partial(typing.TypedDict, total=False):
    a: int
    b: typing.Required[str]


class Greeter(Protocol):
    name: str

    def greet(self, who: str) -> str: ...


class Color(enum.Enum):
    RED = 1
    GREEN = "g"
    _ignore_ = ["x"]

    def describe(self):
        return self.name


class Plain(Base):
    x: int = 0
`;
  const fa = analyze(src);
  assert.deepEqual(fa.types.map((t) => `${t.kind} ${t.name}`), [
    'typeddict Movie', 'typeddict Partial', 'protocol Greeter', 'pyenum Color',
  ]);
  const movie = fa.types[0];
  assert.deepEqual(movie.members, [
    { name: 'title', optional: false, type: 'str' },
    { name: 'year', optional: true, type: 'NotRequired[int]' },
    { name: 'rating', optional: true, type: 'Optional[float]' },
  ]);
  assert.deepEqual(fa.types[1].members.map((m) => [m.name, m.optional]), [['a', true], ['b', false]]);
  assert.deepEqual(fa.types[2].members, [
    { name: 'name', optional: false, type: 'str' },
    { name: 'greet', optional: false, type: '(self, who: str) -> str' },
  ]);
  assert.deepEqual(fa.types[3].members, [
    { name: 'RED', optional: false, type: '1' },
    { name: 'GREEN', optional: false, type: '"g"' },
  ]);
  assert.equal(movie.public, true);
  assert.equal(movie.exported, true);
  assert.match(movie.uid, /^AST::pkg\/mod\.py@6:0#[0-9a-f]{8}$/);
  assert.deepEqual(movie.range, sym(fa, 'Movie').range);
  // class symbols remain
  assert.equal(sym(fa, 'Color').kind, 'class');
  assert.equal(sym(fa, 'Color.describe').public, true);
  // hash: comment/whitespace edits keep it, a member change does not
  const again = analyze(src.replace('    title: str', '    title:   str  # the title'));
  assert.equal(again.types[0].hash, movie.hash);
  const edited = analyze(src.replace('    title: str', '    title: bytes'));
  assert.notEqual(edited.types[0].hash, movie.hash);
});

test('imports of every form, aliases and export aliases', () => {
  const src = `import os
import os.path as osp, sys
from collections import OrderedDict, defaultdict as dd
from . import sibling
from ..pkg.sub import (
    thing,
    other as renamed,
)
from .impl import *
from __future__ import annotations

try:
    import ujson as json
except ImportError:
    import json

if TYPE_CHECKING:
    from typing import Sequence

def f():
    import lazy_inside_function

old_name = new_name
CONSTANT = 3
`;
  const fa = analyze(src);
  assert.deepEqual(fa.imports.map((i) => [i.spec, i.names, i.line, i.endLine]), [
    ['os', ['os'], 1, 1],
    ['os.path', ['osp'], 2, 2],
    ['sys', ['sys'], 2, 2],
    ['collections', ['OrderedDict', 'dd'], 3, 3],
    ['.', ['sibling'], 4, 4],
    ['..pkg.sub', ['thing', 'renamed'], 5, 8],
    ['.impl', ['*'], 9, 9],
    ['__future__', ['annotations'], 10, 10],
    ['ujson', ['json'], 13, 13],
    ['json', ['json'], 15, 15],
    ['typing', ['Sequence'], 18, 18],
  ]);
  const aliases = fa.exportAliases;
  assert.deepEqual(aliases.find((a) => a.name === 'renamed'), { name: 'renamed', target: 'other', from: '..pkg.sub' });
  assert.deepEqual(aliases.find((a) => a.name === 'dd'), { name: 'dd', target: 'defaultdict', from: 'collections' });
  assert.deepEqual(aliases.find((a) => a.name === 'thing'), { name: 'thing', target: 'thing', from: '..pkg.sub' });
  assert.deepEqual(aliases.find((a) => a.name === 'old_name'), { name: 'old_name', target: 'new_name' });
  assert.equal(aliases.some((a) => a.name === 'CONSTANT' || a.name === 'annotations'), false);
});

test('test case counts only in test files', () => {
  const src = `import pytest

def test_adds():
    assert 1 + 1 == 2

async def test_async():
    pass

def helper():
    def test_nested_not_counted():
        pass

class TestThing:
    def test_one(self):
        pass

    def testTwo(self):
        pass

    def setup_method(self):
        pass
`;
  assert.equal(analyze(src, 'tests/test_math.py').testCases, 4);
  assert.equal(analyze(src, 'pkg/math_test.py').testCases, 4);
  assert.equal(analyze(src, 'pkg/math.py').testCases, 0);
});

test('codeLines and commentOnlyLines', () => {
  const src = `# header comment
import os  # trailing


def f(a):
    # explain
    s = """multi
line"""
    return a   +   1
`;
  const fa = analyze(src);
  assert.deepEqual(fa.commentOnlyLines, [1, 6]);
  assert.deepEqual(fa.codeLines, [
    '', 'import os', '', '', 'def f ( a ) :', '', 's = """multi\nline"""', '', 'return a + 1',
  ]);
});

test('syntax error keeps the other symbols and reports the problem', () => {
  const src = `def good_before(x):
    return x

def broken(a b):
    return a

class Fine:
    def m(self):
        return 1

def good_after():
    return (1, 2
`;
  const fa = analyze(src);
  assert.equal(fa.ok, false);
  const names = fa.symbols.map((s) => s.qualname);
  for (const n of ['good_before', 'broken', 'Fine', 'Fine.m']) assert.ok(names.includes(n), n);
  assert.ok(fa.parseErrors.length >= 1);
  const first = fa.parseErrors[0];
  assert.equal(first.line, 4);
  assert.match(first.message, /^syntax error/);
  assert.ok(fa.parseErrors.every((e) => e.line >= 1 && e.line <= fa.lineCount));
  // a stray top-level error chunk
  const fb = analyze('def ok():\n    return 1\n\n)\n\ndef ok2():\n    return 2\n');
  assert.deepEqual(fb.symbols.map((s) => s.name), ['ok', 'ok2']);
  assert.deepEqual(fb.parseErrors.map((e) => [e.line, e.message]), [[4, 'syntax error near `)`']]);
});

test('re-analysis through the chunk cache after an edit', () => {
  const cache = new ChunkCache();
  const v1 = `import os

def a(x):
    return x + 1

def b(y):
    return y * 2
`;
  const r1 = analyze(v1, 'pkg/mod.py', cache);
  // same text again: identical results from cached chunks
  const r1b = analyze(v1, 'pkg/mod.py', cache);
  assert.deepEqual(r1b, r1);
  // edit a (one line longer) → b moves down, keeps its hash; a's hash changes
  const v2 = v1.replace('    return x + 1\n', '    x += 1\n    return x + 1\n');
  const r2 = analyze(v2, 'pkg/mod.py', cache);
  const fresh = analyze(v2, 'pkg/mod.py', new ChunkCache());
  assert.deepEqual(r2, fresh);
  assert.equal(sym(r2, 'b').range.line, 7);
  assert.equal(sym(r2, 'b').bodyHash, sym(r1, 'b').bodyHash);
  assert.notEqual(sym(r2, 'a').bodyHash, sym(r1, 'a').bodyHash);
  assert.equal(r2.codeLines[6], 'def b ( y ) :');
  // the same chunk text in another file and at another line gives that file's positions/uids
  const other = analyze(`\n\n${v1}`, 'other/x.py', cache);
  assert.equal(sym(other, 'a').range.line, 5);
  assert.match(sym(other, 'a').uid, /^AST::other\/x\.py@5:0#/);
});

test('large class: cached member walks give the same analysis as a fresh walk', () => {
  const method = (i: number) => `
    def handler_${i}(self, request, *, timeout: float = 30.0) -> dict:
        """Handle request kind ${i}."""
        # validate first
        if request.kind != ${i} and not request.force:
            raise ValueError(f"bad kind {request.kind!r} for handler ${i}")
        results = []
        for part in request.parts:
            try:
                results.append(self.process(part, timeout=timeout))
            except TimeoutError:
                self.log.warning("timeout in part %s", part)
        return {"kind": ${i}, "results": results, "count": len(results)}
`;
  const head = 'import logging\n\n\nclass Dispatcher:\n    """Routes requests."""\n';
  const v1 = head + Array.from({ length: 12 }, (_, i) => method(i)).join('');
  const v2 = v1.replace('part)\n        return {"kind": 7,', 'part)\n                continue\n        return {"kind": 7,');
  assert.notEqual(v2, v1);
  clearPyMemberCache();
  const cache = new ChunkCache();
  const before = analyze(v1, 'pkg/dispatch.py', cache);
  const edited = analyze(v2, 'pkg/dispatch.py', cache);
  clearPyMemberCache();
  const fresh = analyze(v2, 'pkg/dispatch.py', new ChunkCache());
  assert.deepEqual(edited, fresh);
  assert.equal(edited.symbols.length, 13);
  const h7 = sym(edited, 'Dispatcher.handler_7');
  assert.notEqual(h7.bodyHash, sym(before, 'Dispatcher.handler_7').bodyHash);
  assert.equal(sym(edited, 'Dispatcher.handler_8').bodyHash, sym(before, 'Dispatcher.handler_8').bodyHash);
  assert.equal(sym(edited, 'Dispatcher.handler_8').range.line, sym(before, 'Dispatcher.handler_8').range.line + 1);
  assert.equal(h7.metrics.cc, 1 + 1 + 1 + 1 + 1);
  assert.equal(h7.public, true);
  assert.deepEqual(h7.calls, ['ValueError', 'append', 'process', 'warning', 'len']);
});

test('a realistic 2,000-line module analyses completely', () => {
  const parts: string[] = [];
  for (let i = 0; parts.join('\n').split('\n').length < 2000; i++) parts.push(SERVICE.replace(/OrderService/g, `Svc${i}`).replace(/lookup/g, `lookup${i}`).replace(/_helper/g, `_helper${i}`));
  const src = parts.join('\n');
  const cold = performance.now();
  const fa = analyze(src);
  const coldMs = performance.now() - cold;
  assert.equal(fa.ok, true);
  assert.equal(fa.symbols.length, 15 * parts.length);
  assert.equal(new Set(fa.symbols.map((s) => s.uid)).size, fa.symbols.length);
  assert.ok(coldMs < 2000, `cold analysis took ${coldMs} ms`);
});
