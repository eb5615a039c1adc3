// The defect classes found on held-out batch 4 (commander.js, werkzeug, hono; docs/accuracy.md
// "Held-out batch 4"), each on a small case shaped like the real commit that showed it, with the
// neighbouring case that must keep its old answer. The real commits are corpus cases too
// (test/corpus/<project>/<sha8>, scored by accuracy-corpus.test.ts).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { canonicalDefault, sameDefault } from '../../server/src/delta/default-value';
import { callStatementTokens } from '../../server/src/delta/pairing';
import { initParsers } from '../../server/src/parsing/languages';
import { directDelta, uncoveredLines } from '../helpers/direct-delta';

before(async () => {
  await initParsers();
});

const SCORED = ['ADD_FN', 'DEL_FN', 'RENAME_FN', 'EXTRACT_FN', 'INLINE_FN', 'MOVE_SYMBOL', 'ADD_CLASS', 'DEL_CLASS', 'RENAME_CLASS', 'MODIFY_SIG'];
const scored = (r: ReturnType<typeof directDelta>) =>
  r.tokens.filter((t) => SCORED.includes(t.kind)).map((t) => `${t.kind} ${t.symbol}${t.kind === 'MODIFY_SIG' ? (t.meta.compatible ? ' compatible' : ' breaking') : ''}`).sort();

test('a default respelled with other quotes or spacing is the same default (werkzeug d42d55ed)', () => {
  const a = "def to_native(x, charset=sys.getdefaultencoding(), errors='strict'):\n    return x.decode(charset, errors)\n\n\ndef string_join(iterable, default=''):\n    return default.join(iterable)\n";
  const b = a.replace("errors='strict'", 'errors="strict"').replace("default=''", 'default=""');
  assert.deepEqual(scored(directDelta({ 'w/_compat.py': a }, { 'w/_compat.py': b })), []);
  // A changed value still is a (compatible) default change.
  const c = a.replace("errors='strict'", 'errors="replace"');
  assert.deepEqual(scored(directDelta({ 'w/_compat.py': a }, { 'w/_compat.py': c })), ['MODIFY_SIG to_native compatible']);
  // JS: quotes, template literals without substitution, whitespace.
  const j = "function pad(str, fill = 'x', opts = { width: 2 }) {\n  return str.padStart(opts.width, fill)\n}\n";
  const k = 'function pad(str, fill = `x`, opts = {width: 2}) {\n  return str.padStart(opts.width, fill)\n}\n';
  assert.deepEqual(scored(directDelta({ 'pad.js': j }, { 'pad.js': k })), []);
});

test('canonicalDefault keeps what a literal means: prefixes, escapes, substitutions', () => {
  assert.equal(canonicalDefault("'a\\'b'"), canonicalDefault('"a\'b"'));
  assert.equal(canonicalDefault("'''doc'''"), canonicalDefault('"""doc"""'));
  assert.equal(sameDefault("b'x'", 'b"x"'), true);
  assert.equal(sameDefault("b'x'", "'x'"), false); // bytes is not str
  assert.equal(sameDefault("r'\\d'", "r'\\w'"), false);
  assert.equal(sameDefault('`${a}`', "'${a}'"), false); // a substitution is not a constant string
  assert.equal(sameDefault('None', 'None'), true);
  assert.equal(sameDefault(undefined, "''"), false);
  assert.equal(sameDefault("'a b'", "'ab'"), false); // whitespace inside a string counts
});

test('methods pulled up into a new base class that their class now inherits from are renamed, not deleted and added (werkzeug 4b505387)', () => {
  const a = `class URL(_URLTuple):
    @property
    def port(self):
        try:
            return int(to_native(self._split_host()[1]))
        except (ValueError, TypeError):
            return None

    def _split_auth(self):
        auth = self._split_netloc()[0]
        if not auth:
            return None, None
        sign = coerce_string(':', auth)
        return auth.split(sign, 1)

    def __str__(self):
        return self.to_url()
`;
  const b = `class _URLMixin(object):
    @property
    def port(self):
        try:
            rv = int(to_native(self._split_host()[1]))
            if 0 <= rv <= 65535:
                return rv
        except (ValueError, TypeError):
            pass

    def _split_auth(self):
        auth = self._split_netloc()[0]
        if not auth:
            return None, None
        if self._colon not in auth:
            return auth, None
        return auth.split(self._colon, 1)


class URL(_URLTuple, _URLMixin):
    _colon = ':'

    def __str__(self):
        return self.to_url()
`;
  const r = directDelta({ 'w/urls.py': a }, { 'w/urls.py': b });
  assert.deepEqual(scored(r), ['ADD_CLASS _URLMixin', 'RENAME_FN _URLMixin._split_auth', 'RENAME_FN _URLMixin.port']);
  assert.deepEqual(uncoveredLines({ 'w/urls.py': a }, { 'w/urls.py': b }, r), []);
  // The same new class that URL does not inherit from: its methods are added, URL's deleted.
  const c = b.replace('class URL(_URLTuple, _URLMixin):', 'class URL(_URLTuple):');
  assert.deepEqual(scored(directDelta({ 'w/urls.py': a }, { 'w/urls.py': c })), [
    'ADD_CLASS _URLMixin', 'ADD_FN _URLMixin._split_auth', 'ADD_FN _URLMixin.port', 'DEL_FN URL._split_auth', 'DEL_FN URL.port',
  ]);
  // JS/TS: `class C extends B`.
  const j = `export class Router {
  match(path, method) {
    const route = this.routes.find((r) => r.path === path)
    if (!route) return null
    return route.handlers[method] ?? route.handlers.ALL
  }
}
`;
  const k = `class BaseRouter {
  match(path, method) {
    const route = this.routes.find((r) => r.path === path && !r.disabled)
    if (!route) return undefined
    return route.handlers[method] ?? route.handlers.ALL ?? route.fallback
  }
}

export class Router extends BaseRouter {
}
`;
  assert.deepEqual(scored(directDelta({ 'src/router.ts': j }, { 'src/router.ts': k })), ['ADD_CLASS BaseRouter', 'RENAME_FN BaseRouter.match']);
});

test('a function declared only by overloads (.d.ts) compares every overload, not just the first (commander e85e05a5)', () => {
  const a = `export class Command {
  option(flags: string, description?: string, defaultValue?: string | boolean): this;
  option<T>(flags: string, description: string, fn: (value: string, previous: T) => T, defaultValue?: T): this;

  requiredOption(flags: string, description?: string): this;
  requiredOption<T>(flags: string, description: string, fn: (value: string, previous: T) => T): this;

  name(str: string): this;
  name(): string;

  /** Output help. */
  help(): never;
}
`;
  const rename = a.replace('fn: (value: string, previous: T) => T, defaultValue?: T', 'parseArg: (value: string, previous: T) => T, defaultValue?: T');
  assert.deepEqual(scored(directDelta({ 'typings/index.d.ts': a }, { 'typings/index.d.ts': rename })), ['MODIFY_SIG Command.option compatible']);
  // An overload removed breaks its callers; one added is one more way to call.
  const removed = a.replace('  requiredOption<T>(flags: string, description: string, fn: (value: string, previous: T) => T): this;\n', '');
  assert.deepEqual(scored(directDelta({ 'typings/index.d.ts': a }, { 'typings/index.d.ts': removed })), ['MODIFY_SIG Command.requiredOption breaking']);
  const added = a.replace('  name(): string;\n', '  name(): string;\n  name(str: string, alias: string): this;\n');
  assert.deepEqual(scored(directDelta({ 'typings/index.d.ts': a }, { 'typings/index.d.ts': added })), ['MODIFY_SIG Command.name compatible']);
  // Still one function each: a new overloaded method is one ADD_FN; docs alone change no signature.
  const more = a.replace('  /** Output help. */', '  helpGroup(heading: string): this;\n  helpGroup(): string;\n\n  /** Output help text. */');
  assert.deepEqual(scored(directDelta({ 'typings/index.d.ts': a }, { 'typings/index.d.ts': more })), ['ADD_FN Command.helpGroup']);
});

test('require(x).prop, require(x)(…) and exports.n = require(x) are module-level imports (commander 85450a04, express)', () => {
  const imports = (r: ReturnType<typeof directDelta>) => r.tokens.filter((t) => t.kind === 'ΔIMPORT').map((t) => `${t.meta.sign}${String(t.meta.spec)}`).sort();
  const a = "var fs = require('fs');\nvar readlink = require('graceful-readlink').readlinkSync;\nvar deprecate = require('depd')('express');\n\nfunction link(f) {\n  return readlink(f);\n}\n";
  const b = "var fs = require('fs');\nexports.query = require('./middleware/query');\n\nfunction link(f) {\n  return fs.readlinkSync(f);\n}\n";
  assert.deepEqual(imports(directDelta({ 'index.js': a }, { 'index.js': b })), ['+./middleware/query', '-depd', '-graceful-readlink']);
  // Inside a function a require is that function's code, whatever is taken from it.
  const c = "function load() {\n  return require('x').y;\n}\n";
  const d = "function load() {\n  return require('z').y;\n}\n";
  assert.deepEqual(imports(directDelta({ 'l.js': c }, { 'l.js': d })), []);
  // A call of something else is no import.
  assert.deepEqual(imports(directDelta({ 'm.js': 'var a = 1;\n' }, { 'm.js': "var a = 1;\nvar t = requireAll('x').y;\n" })), []);
});

test('an extract whose caller returns the new call with keyword arguments: the keywords are plumbing (werkzeug 81d2ed03)', () => {
  // werkzeug's get_script_name handed its decoding to sansio's new get_path_info this way.
  const wsgi = `def get_script_name(environ, charset="utf-8", errors="replace"):
    """Return the SCRIPT_NAME of the environ."""
    path = environ.get("SCRIPT_NAME", "").encode("latin1")
    return _to_str(path, charset, errors, allow_none_charset=True)
`;
  const wsgiHead = `def get_script_name(environ, charset="utf-8", errors="replace"):
    """Return the SCRIPT_NAME of the environ."""
    return _sansio_utils.get_path_info(
        path=environ.get("SCRIPT_NAME", ""), charset=charset, errors=errors
    )
`;
  const sansio = `def get_path_info(path="", charset="utf-8", errors="replace"):
    """Return the decoded path."""
    path = path.encode("latin1")
    return _to_str(path, charset, errors, allow_none_charset=True)
`;
  const r = directDelta({ 'src/w/wsgi.py': wsgi }, { 'src/w/wsgi.py': wsgiHead, 'src/w/sansio/utils.py': sansio });
  assert.deepEqual(scored(r), ['EXTRACT_FN get_path_info']);
  // A caller that keeps its code and also calls the new helper with keywords gave up nothing.
  const kept = wsgi.replace('    return _to_str(', '    log_path(path=path, charset=charset)\n    return _to_str(');
  const helper = 'def log_path(path="", charset="utf-8"):\n    path = path.encode("latin1")\n    return _to_str(path, charset, "strict", allow_none_charset=True)\n';
  assert.deepEqual(scored(directDelta({ 'src/w/wsgi.py': wsgi }, { 'src/w/wsgi.py': kept + '\n\n' + helper })), ['ADD_FN log_path']);
  // The tokens: keyword names, and a value that is the same name; not positional arguments.
  assert.deepEqual(callStatementTokens(['return', 'f', '(', 'path', '=', 'g', '(', 'x', ')', ',', 'c', '=', 'c', ',', 'y', ')'], 'f'), ['path', '=', 'c', '=', 'c']);
  assert.deepEqual(callStatementTokens(['f', '(', 'z', ')'], 'f'), []);
});
