// The accuracy classes settled by the corpus (spec §3.1–§3.2 as amended, docs/accuracy.md "Rules
// settled by the corpus"), each on a small case shaped like the real commit that showed it.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { moduleKey } from '../../server/src/delta/emit-imports';
import { declaredRenames, sameType } from '../../server/src/delta/type-equivalence';
import { initParsers } from '../../server/src/parsing/languages';
import { directDelta, uncoveredLines } from '../helpers/direct-delta';

before(async () => {
  await initParsers();
});

const structural = (r: ReturnType<typeof directDelta>) =>
  r.tokens.filter((t) => !['MODIFY_BODY', 'ΔCOMMENTS', 'ΔTOPLEVEL', 'MODIFY_FILE', 'DOC_PUBLIC_API', 'ΔTYPE_HINTS', 'ΔFAN_IN', 'ΔFAN_OUT'].includes(t.kind) && !t.kind.startsWith('ΔCC') && !['ΔBRANCHING', 'ΔLOOP_NEST', 'ΔASYNC_AWAIT', 'ΔEXCEPT_BLOCKS'].includes(t.kind))
    .map((t) => `${t.kind} ${t.symbol ?? t.meta.spec ?? t.file}`);

test('a named function expression passed as an argument is not a symbol; a function it encloses is qualified without it', () => {
  const a = `function merge(config1, config2) {
  var config = {};
  utils.forEach(keys, function otherKeys(prop) {
    if (config2[prop] !== undefined) config[prop] = config2[prop];
  });
  (function pass(i) {
    function next() { return pass(i + 1); }
    next();
  })(0);
  return config;
}
`;
  const b = a.replace('function otherKeys(prop)', 'function copyKeys(prop)').replace('function next() { return pass(i + 1); }', 'function next(err) { return pass(i + 1, err); }');
  const r = directDelta({ 'lib/merge.js': a }, { 'lib/merge.js': b });
  assert.deepEqual(structural(r), ['MODIFY_SIG merge.next']);
});

test('overload stubs are not functions of their own: the implementation pairs with the implementation', () => {
  const a = 'import typing as t\n\n\ndef convert(ty, default=None):\n    if ty is None:\n        return str\n    return ty\n';
  const b = 'import typing as t\n\n\n@t.overload\ndef convert(ty: None, default: None = None) -> str: ...\n\n\n@t.overload\ndef convert(ty: type, default=None) -> type: ...\n\n\ndef convert(ty=None, default=None):\n    if ty is None:\n        return str\n    return ty\n';
  const r = directDelta({ 'm/types.py': a }, { 'm/types.py': b });
  assert.deepEqual(structural(r), ['MODIFY_SIG convert']);
  assert.equal(r.tokens.find((t) => t.kind === 'MODIFY_SIG')!.meta.compatible, true);
});

test('types that differ in spelling or by a rename in the same change are the same type (no MODIFY_SIG)', () => {
  const r = declaredRenames([]);
  assert.ok(sameType("'BaseRequest'", '"BaseRequest"', r));
  assert.ok(sameType('typing.Mapping[str, str] | None', 'Mapping[str, str] | None', r));
  assert.ok(!sameType('str', 'bytes', r));
  const a = 'class URLMatcher:\n    def __lt__(self, other: "URLMatcher") -> bool:\n        return self.priority < other.priority\n\n    def matches(self, url):\n        return self.pattern == url\n';
  const b = a.replaceAll('URLMatcher', 'URLPattern');
  assert.deepEqual(structural(directDelta({ 'x/_utils.py': a }, { 'x/_utils.py': b })), ['RENAME_CLASS URLPattern']);
});

test('call-site evidence: a function renamed with a rewritten body is one rename when its callers switched', () => {
  const a = `def _auto_wrap(stream):
    try:
        strip = not stream.isatty()
    except Exception:
        strip = True
    return wrap(stream, strip=strip)


def echo(message, file):
    file = _auto_wrap(file)
    file.write(message)
`;
  const b = `def isatty(stream):
    try:
        return stream.isatty()
    except Exception:
        return False


def auto_wrap(stream):
    strip = not isatty(stream)
    return wrap(stream, strip=strip)


def echo(message, file):
    file = auto_wrap(file)
    file.write(message)
`;
  const r = directDelta({ 'pkg/compat.py': a }, { 'pkg/compat.py': b });
  assert.deepEqual(structural(r).sort(), ['EXTRACT_FN isatty', 'RENAME_FN auto_wrap']);
});

test('a function moved to another file under the same name pairs as a move even with an edited body; two removed candidates pair nothing', () => {
  const helpers = 'def render(name, **ctx):\n    app.update(ctx)\n    return app.env.get(name).render(ctx)\n\n\ndef other():\n    return 1\n';
  const templ = 'def render(name, **ctx):\n    app = stack.top.app\n    app.update(ctx)\n    return app.env.get(name).render(ctx)\n';
  const r = directDelta({ 'f/helpers.py': helpers }, { 'f/helpers.py': 'def other():\n    return 1\n', 'f/templating.py': templ });
  assert.deepEqual(structural(r).sort(), ['ADD_FILE f/templating.py', 'MOVE_SYMBOL render']);
  const two = 'def gz(it):\n    d = zlib.decompressobj(16 + zlib.MAX_WBITS)\n    for c in it:\n        yield d.decompress(c)\n\n\ndef df(it):\n    d = zlib.decompressobj(-zlib.MAX_WBITS)\n    for c in it:\n        yield d.decompress(c)\n\n\ndef use(it, m):\n    return gz(it) if m else df(it)\n';
  const one = "def decompress(it, mode='gzip'):\n    if mode not in ('gzip', 'deflate'):\n        raise ValueError(mode)\n    d = zlib.decompressobj(16 + zlib.MAX_WBITS if mode == 'gzip' else -zlib.MAX_WBITS)\n    for c in it:\n        yield d.decompress(c)\n    yield d.flush()\n\n\ndef use(it, m):\n    return decompress(it, 'gzip') if m else decompress(it, 'deflate')\n";
  assert.deepEqual(structural(directDelta({ 'r/u.py': two }, { 'r/u.py': one })).sort(), ['ADD_FN decompress', 'DEL_FN df', 'DEL_FN gz']);
});

test('an extraction whose caller also gained code is an extract; nested functions it carries pair silently and every line stays explained', () => {
  const a = `module.exports = (options) => {
  const get = (req) => {
    const socket = req.socket;
    let uploaded = 0;
    const onConnect = () => {
      uploaded = socket.bytesWritten;
      emitter.emit('uploadProgress', { transferred: uploaded });
    };
    socket.once('connect', onConnect);
    emitter.emit('uploadProgress', { transferred: 0 });
  };
  return get;
};
`;
  const b = `const progress = require('./progress');
module.exports = (options) => {
  const get = (req) => {
    if (options.timeout) {
      setTimeout(() => req.abort(), options.timeout);
    }
    progress.upload(req);
  };
  return get;
};
`;
  const p = `module.exports = {
  upload(req) {
    const socket = req.socket;
    let uploaded = 0;
    const onConnect = () => {
      uploaded = socket.bytesWritten;
      emitter.emit('uploadProgress', { transferred: uploaded });
    };
    socket.once('connect', onConnect);
    emitter.emit('uploadProgress', { transferred: 0 });
  }
};
`;
  const before = { 'source/emitter.js': a };
  const after = { 'source/emitter.js': b, 'source/progress.js': p };
  const r = directDelta(before, after);
  assert.deepEqual(structural(r).sort(), ['ADD_FILE source/progress.js', 'EXTRACT_FN upload', 'ΔIMPORT ./progress']);
  assert.deepEqual(uncoveredLines(before, after, r), []);
});

test('a class renamed with its members changed is a RENAME_CLASS (members by name), not ADD/DEL of everything', () => {
  const a = 'export class ClientController {\n  constructor(private client: Client, private setting: string) {\n    this.d = [];\n    watch(this.onChange, this);\n  }\n  private onChange(): void {\n    const m = memento(this.setting);\n    m.get("enable").then((e) => this.client.start(e));\n  }\n  dispose(): void {\n    this.d.forEach((x) => x.dispose());\n  }\n}\n';
  const b = 'export class ClientStarter {\n  private setting: string;\n  constructor(private client: Client) {\n    this.d = [];\n  }\n  public watchSetting(setting: string) {\n    this.setting = setting;\n    watch(this.onChange, this);\n  }\n  private onChange(): void {\n    const [primary, rest] = this.setting.split(".");\n    memento(primary).get(rest).then((e) => this.client.start(e));\n  }\n  dispose(): void {\n    this.d.forEach((x) => x.dispose());\n  }\n}\n';
  const r = directDelta({ 'client/main.ts': a }, { 'client/main.ts': b });
  assert.deepEqual(structural(r).sort(), ['ADD_FN ClientStarter.watchSetting', 'MODIFY_SIG ClientStarter.constructor', 'RENAME_CLASS ClientStarter']);
});

test('relative import specifiers compare by the module they name (a moved file rewriting ../utils as ./../utils imports nothing new)', () => {
  assert.equal(moduleKey('lib/helpers/Interceptor.js', '../utils'), moduleKey('lib/core/Interceptor.js', './../utils'));
  assert.equal(moduleKey('lib/a.js', './b.js'), moduleKey('lib/a.js', './b'));
  assert.notEqual(moduleKey('lib/a.js', './b'), moduleKey('lib/x/a.js', './b'));
  assert.equal(moduleKey('pkg/sub/a.py', '..models'), moduleKey('pkg/b.py', '.models'));
  assert.equal(moduleKey('x.ts', 'react'), 'react');
});
