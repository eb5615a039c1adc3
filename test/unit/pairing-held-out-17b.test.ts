// Held-out batch 17b (docs/accuracy.md "Held-out batch 17b"): the defects its unlabelled sweeps
// found, on small cases with the neighbours that must keep their answer. Real parses
// (tree-sitter wasm).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { initParsers } from '../../server/src/parsing/languages';
import { directDelta } from '../helpers/direct-delta';

before(async () => {
  await initParsers();
});

/** Structural tokens as `KIND symbol`, sorted. */
const structure = (file: string, b: string, h: string) =>
  directDelta({ [file]: b }, { [file]: h })
    .tokens.filter((t) => ['ADD_FN', 'DEL_FN', 'RENAME_FN', 'EXTRACT_FN', 'INLINE_FN', 'MOVE_SYMBOL'].includes(t.kind))
    .map((t) => `${t.kind} ${t.symbol}`)
    .sort();

// loguru 6a135f1d (`FileSink.make_compress_file_function`, the method as committed, the rest of the
// file left out): G's copy logic (lambdas in G's own code, the with-blocks of its nested
// `compress_function`) is rewritten into three new nested factories, each holding a new closure
// `def compress`. G's own code now assigns a *variable* `compress = compress_generic(gzip.open)`;
// only G's nested `compress_function` calls `compress(…)`. The three closures read as extracted
// from G as well — G "named" them through the variable. A closure nested in G is reached by G's
// own code through a bare call (batch 15b's rule for inline; batch 8: a call made only by a
// function nested in G is not G calling F): each `compress` is new code of its extracted
// factory, so it is added (§3.2: a named function nested in a new one gets its own ADD_FN).
const loguruBase = `import os
import shutil


class FileSink:
    def make_compress_file_function(self, compression):
        if compression is None or compression is False:
            return None
        elif isinstance(compression, str):
            ext = compression.strip().lstrip('.')
            archive = False
            compress = True

            tarball = {
                'tar.gz': 'gz', 'tgz': 'gz',
                'tar.bz2': 'bz2', 'tbz2': 'bz2', 'tbz': 'bz2', 'tb2': 'bz2',
                'tar.xz': 'xz', 'txz': 'xz',
                'tar.lzma': 'lzma', 'tlz': 'lzma',
            }

            if ext in tarball:
                archive = True
                comp = tarball[ext]
            else:
                comp = ext

            open_in = lambda p: open(p, 'rb')
            open_out = None
            open_arc = None
            copy_file = shutil.copyfileobj

            if comp == 'tar':
                archive = True
                compress = False
            elif comp == 'gz':
                import zlib, gzip
                open_out = lambda p: open(p, 'wb')
                def copy_file(f_in, f_out):
                    with gzip.GzipFile(filename=f_in.name, mode='wb', fileobj=f_out) as f_comp:
                        shutil.copyfileobj(f_in, f_comp)
            elif comp == 'bz2':
                import bz2
                open_out = lambda p: bz2.open(p, 'wb')
            elif comp == 'xz':
                import lzma
                open_out = lambda p: lzma.open(p, 'wb', format=lzma.FORMAT_XZ)
            elif comp == 'lzma':
                import lzma
                open_out = lambda p: lzma.open(p, 'wb', format=lzma.FORMAT_ALONE)
            elif comp == 'zip':
                import zlib, zipfile
                open_in = contextlib.contextmanager(lambda p: (yield p))
                open_out = lambda p: zipfile.ZipFile(p, 'w', compression=zipfile.ZIP_DEFLATED)
                copy_file = lambda f_in, f_out: f_out.write(f_in, os.path.basename(f_in))
            else:
                raise ValueError("Invalid compression format: '%s'" % comp)

            if archive:
                import tarfile
                open_arc = tarfile.TarFile

            def compress_function(path):
                output_path = path + '.' + ext
                archived_path = path + '.tar'

                if archive:
                    with open_arc(archived_path, 'w') as arc:
                        arc.add(path, os.path.basename(path))
                    os.remove(path)
                    path = archived_path

                compressed_path = path + '.' + comp

                if compress:
                    with open_out(compressed_path) as f_out:
                        with open_in(path) as f_in:
                            copy_file(f_in, f_out)
                    os.remove(path)
                    path = compressed_path

                if path != output_path:
                    os.rename(path, output_path)

            return compress_function

        elif callable(compression):
            return compression
        else:
            raise ValueError("Cannot infer compression for objects of type: '%s'" % type(compression).__name__)
`;

const loguruHead = `import os
import shutil


class FileSink:
    def make_compress_file_function(self, compression):
        if compression is None:
            return None
        elif isinstance(compression, str):
            ext = compression.strip().lstrip('.')

            def compress_generic(opener, **kwargs):
                def compress(path_in, path_out):
                    with open(path_in, 'rb') as f_in:
                        with opener(path_out, 'wb', **kwargs) as f_out:
                            shutil.copyfileobj(f_in, f_out)
                return compress

            def compress_archive(mode):
                import tarfile
                def compress(path_in, path_out):
                    with tarfile.open(path_out, 'w:' + mode) as f_comp:
                        f_comp.add(path_in, os.path.basename(path_in))
                return compress

            def compress_zipped():
                import zlib, zipfile
                def compress(path_in, path_out):
                    with zipfile.ZipFile(path_out, 'w', compression=zipfile.ZIP_DEFLATED) as f_comp:
                        f_comp.write(path_in, os.path.basename(path_in))
                return compress

            if ext == 'gz':
                import zlib, gzip
                compress = compress_generic(gzip.open)
            elif ext == 'bz2':
                import bz2
                compress = compress_generic(bz2.open)
            elif ext == 'xz':
                import lzma
                compress = compress_generic(lzma.open, format=lzma.FORMAT_XZ)
            elif ext == 'lzma':
                import lzma
                compress = compress_generic(lzma.open, format=lzma.FORMAT_ALONE)
            elif ext == 'tar':
                compress = compress_archive('')
            elif ext == 'tar.gz':
                import zlib, gzip
                compress = compress_archive('gz')
            elif ext == 'tar.bz2':
                import bz2
                compress = compress_archive('bz2')
            elif ext == 'tar.xz':
                import lzma
                compress = compress_archive('xz')
            elif ext == 'zip':
                compress = compress_zipped()
            else:
                raise ValueError("Invalid compression format: '%s'" % ext)

            def compress_function(path_in):
                path_out = path_in + '.' + ext
                compress(path_in, path_out)
                os.remove(path_in)

            return compress_function
        elif callable(compression):
            return compression
        else:
            raise ValueError("Cannot infer compression for objects of type: '%s'" % type(compression).__name__)
`;

test('a closure nested in an extracted function is added, not extracted, when G only names a variable like it', () => {
  assert.deepEqual(structure('loguru/_file_sink.py', loguruBase, loguruHead), [
    'ADD_FN FileSink.make_compress_file_function.compress_archive.compress',
    'ADD_FN FileSink.make_compress_file_function.compress_generic.compress',
    'ADD_FN FileSink.make_compress_file_function.compress_zipped.compress',
    'DEL_FN FileSink.make_compress_file_function.copy_file',
    'EXTRACT_FN FileSink.make_compress_file_function.compress_archive',
    'EXTRACT_FN FileSink.make_compress_file_function.compress_generic',
    'EXTRACT_FN FileSink.make_compress_file_function.compress_zipped',
  ]);
});

// The small case the first draft of this test was: the copy code sat in G's nested `run`, which
// now calls `compress(…)` by its bare name — extracted from `run` (a paired function nested in G
// that gave up the code and calls it), which the closure rule leaves alone.
const base = [
  'import os',
  'import shutil',
  '',
  '',
  'class Sink:',
  '    def make(self, kind):',
  '        if kind is None:',
  '            return None',
  '        ext = kind.strip()',
  "        if ext == 'gz':",
  '            import gzip',
  '            opener = gzip.open',
  "        elif ext == 'bz2':",
  '            import bz2',
  '            opener = bz2.open',
  '        else:',
  '            raise ValueError(ext)',
  '',
  '        def run(path_in):',
  "            path_out = path_in + '.' + ext",
  "            with open(path_in, 'rb') as f_in:",
  "                with opener(path_out, 'wb') as f_out:",
  '                    shutil.copyfileobj(f_in, f_out)',
  '            os.remove(path_in)',
  '',
  '        return run',
  '',
].join('\n');

test('the neighbours keep their answer: code that left a nested caller calling the closure by name', () => {
  const head = [
    'import os',
    'import shutil',
    '',
    '',
    'class Sink:',
    '    def make(self, kind):',
    '        if kind is None:',
    '            return None',
    '        ext = kind.strip()',
    '',
    '        def generic(opener, **kwargs):',
    '            def compress(path_in, path_out):',
    "                with open(path_in, 'rb') as f_in:",
    "                    with opener(path_out, 'wb', **kwargs) as f_out:",
    '                        shutil.copyfileobj(f_in, f_out)',
    '            return compress',
    '',
    "        if ext == 'gz':",
    '            import gzip',
    '            compress = generic(gzip.open)',
    "        elif ext == 'bz2':",
    '            import bz2',
    '            compress = generic(bz2.open)',
    '        else:',
    '            raise ValueError(ext)',
    '',
    '        def run(path_in):',
    "            path_out = path_in + '.' + ext",
    '            compress(path_in, path_out)',
    '            os.remove(path_in)',
    '',
    '        return run',
    '',
  ].join('\n');
  assert.deepEqual(structure('sink.py', base, head), ['ADD_FN Sink.make.generic', 'EXTRACT_FN Sink.make.generic.compress']);
});

test('the neighbours keep their answer: a closure G calls by its bare name is extracted; a method called as a member', () => {
  // G's own code calls the new nested `copy(…)`, which holds the stream copy that left `run`'s
  // neighbourhood in G: extracted from G as before.
  const head = [
    'import os',
    'import shutil',
    '',
    '',
    'class Sink:',
    '    def make(self, kind):',
    '        if kind is None:',
    '            return None',
    '        ext = kind.strip()',
    "        if ext == 'gz':",
    '            import gzip',
    '            opener = gzip.open',
    "        elif ext == 'bz2':",
    '            import bz2',
    '            opener = bz2.open',
    '        else:',
    '            raise ValueError(ext)',
    '',
    '        def copy(path_in, path_out):',
    "            with open(path_in, 'rb') as f_in:",
    "                with opener(path_out, 'wb') as f_out:",
    '                    shutil.copyfileobj(f_in, f_out)',
    '',
    '        def run(path_in):',
    "            path_out = path_in + '.' + ext",
    '            os.remove(path_in)',
    '',
    "        copy(kind, kind + '.' + ext)",
    '        return run',
    '',
  ].join('\n');
  assert.deepEqual(structure('sink.py', base, head), ['EXTRACT_FN Sink.make.copy']);
  // A module-level helper G calls as a member (`self._copy(…)`) is no closure: the bare-call rule
  // does not apply to it.
  const b = [
    'import shutil',
    '',
    '',
    'class Sink:',
    '    def write(self, path_in, path_out, opener):',
    "        with open(path_in, 'rb') as f_in:",
    "            with opener(path_out, 'wb') as f_out:",
    '                shutil.copyfileobj(f_in, f_out)',
    '                f_out.flush()',
    '        return path_out',
    '',
  ].join('\n');
  const h = [
    'import shutil',
    '',
    '',
    'class Sink:',
    '    def write(self, path_in, path_out, opener):',
    '        self._copy(path_in, path_out, opener)',
    '        return path_out',
    '',
    '    def _copy(self, path_in, path_out, opener):',
    "        with open(path_in, 'rb') as f_in:",
    "            with opener(path_out, 'wb') as f_out:",
    '                shutil.copyfileobj(f_in, f_out)',
    '                f_out.flush()',
    '',
  ].join('\n');
  assert.deepEqual(structure('w.py', b, h), ['EXTRACT_FN Sink._copy']);
});

// loguru 9a13a38c (`loguru/_ctime_functions.py` as committed): the per-platform `get_ctime` /
// `set_ctime` defined in each branch are renamed `…_windows`, `…_macos`, `…_linux`, `…_fallback`.
// Two of the `set_ctime`s have the tiny body `pass`, as do `set_ctime_macos` and
// `set_ctime_fallback`: a tiny body pairs only with a unique candidate (spec §3.2), but the tie was
// counted only when the second candidate stood farther away, so the second `set_ctime` (nearer to
// `set_ctime_fallback`) was "renamed" and the first one deleted. Both are ambiguous: both deleted,
// both heads added; the non-tiny renames keep pairing.
const ctimeBase = `import os


def load_ctime_functions():
    if os.name == "nt":
        import win32_setctime

        def get_ctime(filepath):
            return os.stat(filepath).st_ctime

        def set_ctime(filepath, timestamp):
            if not win32_setctime.SUPPORTED:
                return

            try:
                win32_setctime.setctime(filepath, timestamp)
            except (OSError, ValueError):
                pass

    elif hasattr(os.stat_result, "st_birthtime"):

        def get_ctime(filepath):
            return os.stat(filepath).st_birthtime

        def set_ctime(filepath, timestamp):
            pass

    elif hasattr(os, "getxattr") and hasattr(os, "setxattr"):

        def get_ctime(filepath):
            try:
                return float(os.getxattr(filepath, b"user.loguru_crtime"))
            except OSError:
                return os.stat(filepath).st_mtime

        def set_ctime(filepath, timestamp):
            try:
                os.setxattr(filepath, b"user.loguru_crtime", str(timestamp).encode("ascii"))
            except OSError:
                pass

    else:

        def get_ctime(filepath):
            return os.stat(filepath).st_mtime

        def set_ctime(filepath, timestamp):
            pass

    return get_ctime, set_ctime


get_ctime, set_ctime = load_ctime_functions()
`;
const ctimeHead = `import os


def load_ctime_functions():
    if os.name == "nt":
        import win32_setctime

        def get_ctime_windows(filepath):
            return os.stat(filepath).st_ctime

        def set_ctime_windows(filepath, timestamp):
            if not win32_setctime.SUPPORTED:
                return

            try:
                win32_setctime.setctime(filepath, timestamp)
            except (OSError, ValueError):
                pass

        return get_ctime_windows, set_ctime_windows

    elif hasattr(os.stat_result, "st_birthtime"):

        def get_ctime_macos(filepath):
            return os.stat(filepath).st_birthtime

        def set_ctime_macos(filepath, timestamp):
            pass

        return get_ctime_macos, set_ctime_macos

    elif hasattr(os, "getxattr") and hasattr(os, "setxattr"):

        def get_ctime_linux(filepath):
            try:
                return float(os.getxattr(filepath, b"user.loguru_crtime"))
            except OSError:
                return os.stat(filepath).st_mtime

        def set_ctime_linux(filepath, timestamp):
            try:
                os.setxattr(filepath, b"user.loguru_crtime", str(timestamp).encode("ascii"))
            except OSError:
                pass

        return get_ctime_linux, set_ctime_linux

    def get_ctime_fallback(filepath):
        return os.stat(filepath).st_mtime

    def set_ctime_fallback(filepath, timestamp):
        pass

    return get_ctime_fallback, set_ctime_fallback


get_ctime, set_ctime = load_ctime_functions()
`;

test('a tiny body with two equal candidates pairs with neither, whichever stands nearer', () => {
  assert.deepEqual(structure('loguru/_ctime_functions.py', ctimeBase, ctimeHead), [
    'ADD_FN load_ctime_functions.set_ctime_fallback',
    'ADD_FN load_ctime_functions.set_ctime_macos',
    'DEL_FN load_ctime_functions.set_ctime',
    'DEL_FN load_ctime_functions.set_ctime',
    'RENAME_FN load_ctime_functions.get_ctime_fallback',
    'RENAME_FN load_ctime_functions.get_ctime_linux',
    'RENAME_FN load_ctime_functions.get_ctime_macos',
    'RENAME_FN load_ctime_functions.get_ctime_windows',
    'RENAME_FN load_ctime_functions.set_ctime_linux',
    'RENAME_FN load_ctime_functions.set_ctime_windows',
  ]);
});

test('the neighbours keep their answer: a tiny body with one candidate, a larger body nearest', () => {
  // One `pass` renamed with no other `pass` in the head: paired (unique candidate).
  const b = 'def load():\n    def set_ctime(path, ts):\n        pass\n\n    return set_ctime\n';
  const h = 'def load():\n    def set_ctime_any(path, ts):\n        pass\n\n    return set_ctime_any\n';
  assert.deepEqual(structure('c.py', b, h), ['RENAME_FN load.set_ctime_any']);
  // Two identical non-tiny bodies: the nearer candidate wins, the tie does not block it.
  const body = ['        try:', '            return float(os.getxattr(path, b"user.crtime"))', '        except OSError:', '            return os.stat(path).st_mtime'];
  const b2 = ['import os', '', '', 'def one(path):', ...body, '', '', 'def two(path):', ...body, ''].join('\n');
  const h2 = ['import os', '', '', 'def one_renamed(path):', ...body, '', '', 'def two_renamed(path):', ...body, ''].join('\n');
  assert.deepEqual(structure('d.py', b2, h2), ['RENAME_FN one_renamed', 'RENAME_FN two_renamed']);
});

// loguru 9f83c2f5, cut down to the symbols involved: the module function `parse_ansi` becomes the
// static `AnsiMarkup.parse` in another file (identical body) and its callers `Core.__init__` and
// `Logger.level` switch to it; `Logger.add`'s markup check becomes the new `AnsiMarkup.verify`.
// Call-site evidence (§3.2) found a second candidate for `parse_ansi` in `verify` (Jaccard 0.316 ≥
// 0.3) through the class `Logger`, whose `calls` hold its methods' — `level` called the old name,
// `add` calls the new one — so neither paired. A class stands as a caller for its own code only.
const structureOf = (before: Record<string, string>, after: Record<string, string>) =>
  directDelta(before, after)
    .tokens.filter((t) => ['ADD_FN', 'DEL_FN', 'RENAME_FN', 'EXTRACT_FN', 'INLINE_FN', 'MOVE_SYMBOL'].includes(t.kind))
    .map((t) => `${t.kind} ${t.symbol}`)
    .sort();

const ansiBase = [
  'class AnsiMarkup:',
  '    def __init__(self, custom_markups=None, strip=False):',
  '        self._custom = custom_markups or {}',
  '        self._strip = strip',
  '',
  '    def feed(self, text, *, strict=True):',
  '        return text.strip() if self._strip else text',
  '',
].join('\n');
const ansiHead = [
  'class AnsiMarkup:',
  '    def __init__(self, custom_markups=None, strip=False):',
  '        self._custom = custom_markups or {}',
  '        self._strip = strip',
  '',
  '    @staticmethod',
  '    def parse(color):',
  '        return AnsiMarkup(strip=False).feed(color.strip(), strict=False)',
  '',
  '    @staticmethod',
  '    def verify(format_, custom_markups_list):',
  '        custom_markups = {markup: "" for markup in custom_markups_list}',
  '        AnsiMarkup(custom_markups=custom_markups, strip=True).feed(format_, strict=True)',
  '',
  '    def feed(self, text, *, strict=True):',
  '        return text.strip() if self._strip else text',
  '',
].join('\n');
const loggerBase = [
  'from ._ansimarkup import AnsiMarkup',
  '',
  '',
  'def parse_ansi(color):',
  '    return AnsiMarkup(strip=False).feed(color.strip(), strict=False)',
  '',
  '',
  'class Core:',
  '    def __init__(self, levels):',
  '        self.levels_ansi_codes = {name: parse_ansi(color) for name, color in levels.items()}',
  '',
  '',
  'class Logger:',
  '    def add(self, sink, format):',
  '        if isinstance(format, str):',
  '            try:',
  '                markups = {"level": "", "lvl": ""}',
  '                AnsiMarkup(custom_markups=markups, strip=True).feed(format, strict=True)',
  '            except ValueError as e:',
  '                raise ValueError("Invalid format") from e',
  '        return sink',
  '',
  '    def level(self, name, color):',
  '        ansi = parse_ansi(color)',
  '        return name, ansi',
  '',
].join('\n');
const loggerHead = loggerBase
  .replace('def parse_ansi(color):\n    return AnsiMarkup(strip=False).feed(color.strip(), strict=False)\n\n\n', '')
  .replace(/parse_ansi\(/g, 'AnsiMarkup.parse(')
  .replace('                markups = {"level": "", "lvl": ""}\n                AnsiMarkup(custom_markups=markups, strip=True).feed(format, strict=True)\n', '                AnsiMarkup.verify(format, ["level", "lvl"])\n');

test('a class is a caller for its own code only: a function moved with its callers switched pairs despite a new name its other method calls', () => {
  assert.notEqual(loggerHead, loggerBase);
  // (`verify` is extracted from `add` in the commit, containment 0.800; in this cut-down `add` it
  // is added.)
  assert.deepEqual(structureOf({ 'loguru/_ansimarkup.py': ansiBase, 'loguru/_logger.py': loggerBase }, { 'loguru/_ansimarkup.py': ansiHead, 'loguru/_logger.py': loggerHead }), [
    'ADD_FN AnsiMarkup.verify',
    'MOVE_SYMBOL AnsiMarkup.parse',
    'RENAME_FN AnsiMarkup.parse',
  ]);
});

test('the neighbours keep their answer: class-level code is a caller, a method that never called the old name is not evidence', () => {
  // A call in the class body itself (a class attribute) is the class's own code: evidence. (The
  // target class exists on both sides: members of an added class are added with it.)
  const markup = 'class Markup:\n    def __init__(self, strip=False):\n        self.strip = strip\n';
  const markupHead = markup + '\n    @staticmethod\n    def parse(color):\n        return Markup(strip=False).feed(color.strip(), strict=False)\n';
  const b = {
    'm.py': markup,
    'a.py': 'def parse_ansi(color):\n    return Markup(strip=False).feed(color.strip(), strict=False)\n\n\nclass Levels:\n    codes = [parse_ansi(c) for c in ("red", "blue")]\n',
  };
  const h = {
    'a.py': 'class Levels:\n    codes = [Markup.parse(c) for c in ("red", "blue")]\n',
    'm.py': markupHead,
  };
  assert.deepEqual(structureOf(b, h), ['MOVE_SYMBOL Markup.parse', 'RENAME_FN Markup.parse']);
  // The old name's only caller is gone from the class; the new name is called only by a method
  // that never called the old one: no evidence, the function is deleted and the method added.
  const b2 = {
    'm.py': markup,
    'a.py': 'def parse_ansi(color):\n    return Markup(strip=False).feed(color.strip(), strict=False)\n\n\nclass Logger:\n    def level(self, color):\n        return parse_ansi(color)\n\n    def add(self, fmt):\n        return fmt\n',
  };
  // (Held-out batch 22b: the added method's body differs here — Jaccard under §3.2's 0.85, over the
  // evidence's 0.3 — so that only the evidence can pair them. With the identical body this case
  // had, §3.2's cross-file similarity rule, which asks no same kind, pairs them: a move.)
  const h2 = {
    'a.py': 'class Logger:\n    def level(self, color):\n        return color\n\n    def add(self, fmt):\n        return Markup.parse(fmt)\n',
    'm.py': markup + '\n    @staticmethod\n    def parse(color):\n        return Markup(strip=True).feed(color)\n',
  };
  assert.deepEqual(structureOf(b2, h2), ['ADD_FN Markup.parse', 'DEL_FN parse_ansi']);
  assert.deepEqual(structureOf(b2, { ...h2, 'm.py': markupHead }), ['MOVE_SYMBOL Markup.parse', 'RENAME_FN Markup.parse']);
});
