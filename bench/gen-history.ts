// Deterministic generator of a realistic git repository for the benchmarks (docs/benchmarks.md).
// A seeded PRNG (mulberry32; never Math.random) builds an in-memory model of a mixed
// TypeScript / JavaScript / Python monorepo — functions with typed parameters, classes with
// methods, interfaces, imports between workspace files, test files (`it(` / `def test_`),
// README, docs, package.json manifests — then evolves it over N commits, each touching 1–8
// files with realistic edits: body edits, signature changes, function renames, added/removed
// functions, functions moved between files, import changes, comment-only edits, file
// renames/moves/adds/deletes, dependency bumps, test additions/removals.
// Everything is written by ONE `git fast-import` process (no per-commit `git commit`), into a
// git-ignored cache dir; a stamp file lets a later run reuse the repository when the seed and
// parameters are the same.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface GenParams {
  seed: number;
  /** Source files (TS/JS/Python incl. tests) in the initial commit; docs/manifests come on top. */
  files: number;
  /** Commits after the initial import. */
  commits: number;
}

export interface GeneratedRepo {
  dir: string;
  params: GenParams;
  /** sha of the initial (root) commit: `${root}..HEAD` is the edit history without the import. */
  rootSha: string;
  headSha: string;
  fileCount: number;
  lineCount: number;
  commitCount: number;
  /** Edit operations applied, by kind (what the history contains). */
  ops: Record<string, number>;
  /** Wall time of generation in ms; 0 when reused from the cache. */
  generatedMs: number;
  reused: boolean;
}

/** Bump when the generated content changes, so stale caches are regenerated. */
const GENERATOR_VERSION = 4;

// ------------------------------------------------------------------------------------ PRNG

export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  /** mulberry32: uniform in [0, 1). */
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** Index drawn by weights. */
  weighted(ws: readonly number[]): number {
    const total = ws.reduce((a, b) => a + b, 0);
    let r = this.next() * total;
    for (let i = 0; i < ws.length; i++) {
      r -= ws[i];
      if (r < 0) return i;
    }
    return ws.length - 1;
  }
}

// ------------------------------------------------------------------------------------ vocabulary

const VERBS = ['load', 'parse', 'build', 'resolve', 'compute', 'render', 'fetch', 'merge', 'split', 'format', 'validate', 'normalize', 'apply', 'collect', 'emit', 'read', 'write', 'update', 'find', 'create', 'remove', 'sort', 'filter', 'map', 'encode', 'decode', 'check', 'scan', 'index', 'track'];
const NOUNS = ['config', 'token', 'user', 'order', 'invoice', 'session', 'record', 'entry', 'node', 'graph', 'path', 'message', 'request', 'response', 'payload', 'cache', 'buffer', 'report', 'metric', 'event', 'item', 'batch', 'schema', 'rule', 'policy', 'job', 'task', 'queue', 'account', 'profile', 'header', 'chunk', 'window', 'range', 'snapshot'];
const ADJS = ['Raw', 'Pending', 'Cached', 'Remote', 'Local', 'Default', 'Active', 'Shared', 'Partial', 'Final'];
const PKGS = ['core', 'api', 'auth', 'billing', 'search', 'storage', 'ui', 'worker', 'metrics', 'sync', 'notify', 'admin', 'gateway', 'ingest', 'export', 'common'];
const TS_TYPES = ['string', 'number', 'boolean', 'string[]', 'number[]', 'Record<string, number>', 'Map<string, string>', 'Date', 'unknown', 'Promise<void>'];
const PY_TYPES = ['str', 'int', 'float', 'bool', 'list[str]', 'dict[str, int]', 'Optional[str]', 'bytes', 'Any', 'Sequence[int]'];
const NPM_DEPS = ['lodash', 'zod', 'express', 'axios', 'dayjs', 'uuid', 'chalk', 'commander', 'yaml', 'picomatch', 'ws', 'pino', 'ajv', 'semver'];

const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

// ------------------------------------------------------------------------------------ model

type Lang = 'ts' | 'js' | 'py';

/** One body line: indentation depth (relative to the body) and language-specific text. */
interface Line {
  d: number;
  t: string;
  /** A simple statement (safe to replace), a comment, or structure (block open/close). */
  k: 's' | 'c' | 'o';
}

interface Param {
  name: string;
  type: string;
  def?: string;
}

interface Fn {
  name: string;
  params: Param[];
  ret: string;
  async: boolean;
  doc?: string;
  exported: boolean;
  body: Line[];
}

interface Klass {
  name: string;
  doc?: string;
  exported: boolean;
  fields: { name: string; type: string; init: string }[];
  methods: Fn[];
}

interface Iface {
  name: string;
  members: { name: string; type: string; opt: boolean }[];
}

interface Import {
  spec: string;
  names: string[];
}

interface TestCase {
  name: string;
  body: Line[];
}

interface SrcFile {
  lang: Lang;
  test: boolean;
  header: string;
  imports: Import[];
  consts: { name: string; value: string }[];
  ifaces: Iface[];
  fns: Fn[];
  classes: Klass[];
  tests: TestCase[];
  /** Subject of a test file (`describe(...)` name). */
  subject: string;
}

interface Repo {
  src: Map<string, SrcFile>;
  /** Non-source files (docs, manifests): final text. */
  other: Map<string, string>;
}

// ------------------------------------------------------------------------------------ code generation

class Gen {
  constructor(private readonly r: Rng, private readonly counter = { n: 0 }) {}

  uniq(): number {
    return ++this.counter.n;
  }

  ident(lang: Lang, used: Set<string>, withAdj = false): string {
    for (;;) {
      const v = this.r.pick(VERBS);
      const n = this.r.pick(NOUNS);
      const a = withAdj || this.r.chance(0.3) ? this.r.pick(ADJS) : '';
      let name = lang === 'py' ? [v, a.toLowerCase(), n].filter(Boolean).join('_') : `${v}${a}${cap(n)}`;
      if (used.has(name)) name = lang === 'py' ? `${name}_${this.uniq()}` : `${name}${this.uniq()}`;
      used.add(name);
      return name;
    }
  }

  className(used: Set<string>): string {
    let name = `${this.r.pick(ADJS)}${cap(this.r.pick(NOUNS))}${this.r.pick(['Service', 'Store', 'Manager', 'Builder', 'Client', 'Registry', 'Parser', 'Handler'])}`;
    if (used.has(name)) name = `${name}${this.uniq()}`;
    used.add(name);
    return name;
  }

  param(lang: Lang, used: Set<string>): Param {
    const n = this.r.pick(NOUNS);
    let name = lang === 'py' ? n : n + this.r.pick(['', 'Id', 'Name', 'List', 'Count', 'Opts']);
    if (lang === 'py' && this.r.chance(0.3)) name += this.r.pick(['_id', '_name', '_count', 's']);
    while (used.has(name)) name += lang === 'py' ? '_x' : 'X';
    used.add(name);
    const type = lang === 'py' ? this.r.pick(PY_TYPES) : this.r.pick(TS_TYPES);
    const p: Param = { name, type };
    if (this.r.chance(0.2)) p.def = lang === 'py' ? this.r.pick(['None', '0', "''", 'True', '3']) : this.r.pick(['0', "''", 'true', '3', '[]']);
    return p;
  }

  params(lang: Lang, k = this.r.int(0, 4)): Param[] {
    const used = new Set<string>(['self']);
    const ps: Param[] = [];
    for (let i = 0; i < k; i++) ps.push(this.param(lang, used));
    // Parameters with defaults last (valid in Python, conventional in TS).
    return [...ps.filter((p) => !p.def), ...ps.filter((p) => p.def)];
  }

  /** A simple statement using some of the names in scope. */
  simple(lang: Lang, names: string[]): string {
    const a = names.length ? this.r.pick(names) : lang === 'py' ? 'self' : 'this';
    const b = names.length ? this.r.pick(names) : '1';
    const v = lang === 'py' ? `${this.r.pick(NOUNS)}_${this.r.pick(['value', 'count', 'result', 'items'])}` : `${this.r.pick(NOUNS)}${this.r.pick(['Value', 'Count', 'Result', 'Items'])}`;
    const call = lang === 'py' ? `${this.r.pick(VERBS)}_${this.r.pick(NOUNS)}` : `${this.r.pick(VERBS)}${cap(this.r.pick(NOUNS))}`;
    const k = this.r.int(0, 6);
    if (lang === 'py') {
      return [
        `${v} = ${call}(${a}, ${b})`,
        `${v} = len(${a}) + ${this.r.int(1, 99)}`,
        `logger.debug("%s: %s", ${JSON.stringify(call)}, ${a})`,
        `${v} = [x for x in ${a} if x]`,
        `${v} = ${a} if ${b} else ${this.r.int(0, 9)}`,
        `${v} = {"${this.r.pick(NOUNS)}": ${a}, "${this.r.pick(NOUNS)}": ${b}}`,
        `${call}(${v} if False else ${a})`,
      ][k];
    }
    const decl = lang === 'ts' ? this.r.pick(['const', 'let']) : this.r.pick(['const', 'let', 'var']);
    return [
      `${decl} ${v} = ${call}(${a}, ${b});`,
      `${decl} ${v} = String(${a}).length + ${this.r.int(1, 99)};`,
      `console.debug('${call}', ${a});`,
      `${decl} ${v} = [${a}, ${b}].filter(Boolean);`,
      `${decl} ${v} = ${a} ? ${b} : ${this.r.int(0, 9)};`,
      `${decl} ${v} = { ${this.r.pick(NOUNS)}: ${a}, ${this.r.pick(NOUNS)}: ${b} };`,
      `${call}(${a} ?? ${b});`,
    ][k];
  }

  /** A function body: statements, ifs, loops, try blocks; always ends with a return. */
  body(lang: Lang, names: string[], size = this.r.int(3, 12), depth = 0): Line[] {
    const out: Line[] = [];
    const py = lang === 'py';
    let i = 0;
    while (i < size) {
      const roll = this.r.next();
      const a = names.length ? this.r.pick(names) : py ? 'self' : 'this';
      if (roll < 0.15 && depth < 2 && size - i >= 3) {
        const inner = this.body(lang, names, this.r.int(1, 3), depth + 1);
        out.push({ d: depth, t: py ? `if ${a}:` : `if (${a}) {`, k: 'o' }, ...inner);
        if (!py) out.push({ d: depth, t: '}', k: 'o' });
        i += inner.length + 1;
      } else if (roll < 0.25 && depth < 2 && size - i >= 3) {
        const it = py ? 'item' : 'item';
        const inner = this.body(lang, [...names, it], this.r.int(1, 3), depth + 1);
        out.push({ d: depth, t: py ? `for ${it} in ${a}:` : `for (const ${it} of ${lang === 'ts' ? `${a} as unknown as unknown[]` : a}) {`, k: 'o' }, ...inner);
        if (!py) out.push({ d: depth, t: '}', k: 'o' });
        i += inner.length + 1;
      } else if (roll < 0.3 && depth < 2 && size - i >= 4) {
        const inner = this.body(lang, names, this.r.int(1, 2), depth + 1);
        if (py) {
          out.push({ d: depth, t: 'try:', k: 'o' }, ...inner, { d: depth, t: 'except ValueError as err:', k: 'o' }, { d: depth + 1, t: 'logger.warning("failed: %s", err)', k: 's' });
        } else {
          out.push({ d: depth, t: 'try {', k: 'o' }, ...inner, { d: depth, t: '} catch (err) {', k: 'o' }, { d: depth + 1, t: 'console.warn(err);', k: 's' }, { d: depth, t: '}', k: 'o' });
        }
        i += inner.length + 3;
      } else if (roll < 0.36) {
        out.push({ d: depth, t: py ? `# ${this.comment()}` : `// ${this.comment()}`, k: 'c' });
        i++;
      } else {
        out.push({ d: depth, t: this.simple(lang, names), k: 's' });
        i++;
      }
    }
    // A block needs at least one statement (Python: a suite of comments alone does not parse).
    if (depth > 0 && !out.some((l) => l.k !== 'c')) out.push({ d: depth, t: this.simple(lang, names), k: 's' });
    if (depth === 0) {
      const a = names.length ? this.r.pick(names) : py ? 'None' : 'undefined';
      out.push({ d: 0, t: py ? `return ${a}` : `return ${a};`, k: 's' });
    }
    return out;
  }

  comment(): string {
    return this.r.pick([
      `keep the ${this.r.pick(NOUNS)} order stable`,
      `TODO: cache the ${this.r.pick(NOUNS)} lookup`,
      `the ${this.r.pick(NOUNS)} may be empty here`,
      `see ${this.r.pick(PKGS)}/${this.r.pick(NOUNS)} for the format`,
      `${this.r.pick(VERBS)} before ${this.r.pick(VERBS)}ing, not after`,
      `NOTE: ${this.r.pick(NOUNS)} ids are case-sensitive`,
    ]);
  }

  fn(lang: Lang, used: Set<string>, exported = this.r.chance(0.6)): Fn {
    const name = this.ident(lang, used);
    const params = this.params(lang);
    const ret = lang === 'py' ? this.r.pick(PY_TYPES) : this.r.pick(TS_TYPES);
    const isAsync = this.r.chance(0.2);
    return {
      name, params, ret: isAsync && lang !== 'py' ? `Promise<${ret.startsWith('Promise') ? 'void' : ret}>` : ret, async: isAsync,
      doc: this.r.chance(0.5) ? `${cap(name.replace(/_/g, ' '))} for the given ${this.r.pick(NOUNS)}.` : undefined,
      exported,
      body: this.body(lang, params.map((p) => p.name)),
    };
  }

  klass(lang: Lang, used: Set<string>): Klass {
    const name = this.className(used);
    const mused = new Set<string>();
    const methods: Fn[] = [];
    const nm = this.r.int(1, 5);
    for (let i = 0; i < nm; i++) methods.push(this.fn(lang, mused, true));
    const fields = [];
    for (let i = 0, n = this.r.int(0, 3); i < n; i++) {
      fields.push({ name: `${this.r.pick(NOUNS)}${i}`, type: this.r.pick(TS_TYPES.slice(0, 5)), init: this.r.pick(['0', "''", 'false', '[]', 'null']) });
    }
    return { name, exported: this.r.chance(0.7), doc: this.r.chance(0.5) ? `${name}: manages ${this.r.pick(NOUNS)}s.` : undefined, fields: lang === 'py' ? [] : fields.map((f) => ({ ...f, type: f.init === 'null' ? 'unknown' : f.init === '[]' ? 'string[]' : f.init === 'false' ? 'boolean' : f.init === '0' ? 'number' : 'string' })), methods };
  }

  iface(used: Set<string>): Iface {
    const name = `${this.r.pick(ADJS)}${cap(this.r.pick(NOUNS))}${this.r.pick(['Options', 'Info', 'Props', 'State'])}`;
    const members = [];
    const mu = new Set<string>();
    for (let i = 0, n = this.r.int(2, 5); i < n; i++) {
      const m = this.r.pick(NOUNS);
      if (mu.has(m)) continue;
      mu.add(m);
      members.push({ name: m, type: this.r.pick(TS_TYPES), opt: this.r.chance(0.3) });
    }
    let n = name;
    if (used.has(n)) n = `${n}${this.uniq()}`;
    used.add(n);
    return { name: n, members };
  }

  testCase(lang: Lang, subjectFns: string[]): TestCase {
    const f = subjectFns.length ? this.r.pick(subjectFns) : lang === 'py' ? 'len' : 'String';
    const body: Line[] = lang === 'py'
      ? [{ d: 0, t: `result = ${f}(${this.r.int(0, 9)})`, k: 's' }, { d: 0, t: `assert result is not None`, k: 's' }]
      : [{ d: 0, t: `const result = ${f}(${this.r.int(0, 9)}${lang === 'ts' ? ' as never' : ''});`, k: 's' }, { d: 0, t: `expect(result).toBeDefined();`, k: 's' }];
    const what = `${this.r.pick(VERBS)}s ${this.r.pick(NOUNS)} ${this.r.pick(['correctly', 'when empty', 'with defaults', 'twice', 'in order'])}`;
    return { name: lang === 'py' ? `test_${what.replace(/\s+/g, '_')}_${this.uniq()}` : `${what} #${this.uniq()}`, body };
  }
}

// ------------------------------------------------------------------------------------ rendering

function renderParams(f: Fn, lang: Lang, self: boolean): string {
  const ps = f.params.map((p) => {
    if (lang === 'py') return `${p.name}: ${p.type}${p.def !== undefined ? ` = ${p.def}` : ''}`;
    if (lang === 'js') return `${p.name}${p.def !== undefined ? ` = ${p.def}` : ''}`;
    return `${p.name}${p.def !== undefined ? `: ${p.type} = ${p.def}` : `: ${p.type}`}`;
  });
  if (lang === 'py' && self) ps.unshift('self');
  return ps.join(', ');
}

function renderBody(body: Line[], lang: Lang, indent: string, out: string[]): void {
  const unit = lang === 'py' ? '    ' : '  ';
  for (const l of body) {
    out.push(indent + unit.repeat(l.d) + l.t);
  }
}

function renderFn(f: Fn, lang: Lang, indent: string, out: string[], method: boolean): void {
  if (lang === 'py') {
    out.push(`${indent}${f.async ? 'async ' : ''}def ${f.name}(${renderParams(f, lang, method)}) -> ${f.ret}:`);
    if (f.doc) out.push(`${indent}    """${f.doc}"""`);
    renderBody(f.body, lang, indent + '    ', out);
    return;
  }
  if (f.doc) out.push(`${indent}/** ${f.doc} */`);
  const ret = lang === 'ts' ? `: ${f.ret}` : '';
  const head = method ? `${f.async ? 'async ' : ''}${f.name}` : `${f.exported && lang === 'ts' ? 'export ' : ''}${f.async ? 'async ' : ''}function ${f.name}`;
  out.push(`${indent}${head}(${renderParams(f, lang, false)})${ret} {`);
  renderBody(f.body, lang, indent + '  ', out);
  out.push(`${indent}}`);
}

function renderFile(p: string, f: SrcFile): string {
  const out: string[] = [];
  const py = f.lang === 'py';
  out.push(py ? `"""${f.header}"""` : `// ${f.header}`);
  if (py) out.push('from __future__ import annotations', '', 'import logging', 'from typing import Any, Optional, Sequence');
  for (const im of f.imports) {
    if (py) out.push(`from ${im.spec} import ${im.names.join(', ')}`);
    else if (f.lang === 'ts') out.push(`import { ${im.names.join(', ')} } from '${im.spec}';`);
    else out.push(`const { ${im.names.join(', ')} } = require('${im.spec}');`);
  }
  out.push('');
  if (py) out.push('logger = logging.getLogger(__name__)', '');
  for (const c of f.consts) out.push(py ? `${c.name} = ${c.value}` : `${f.lang === 'ts' ? 'export ' : ''}const ${c.name} = ${c.value};`);
  if (f.consts.length) out.push('');
  for (const it of f.ifaces) {
    out.push(`export interface ${it.name} {`);
    for (const m of it.members) out.push(`  ${m.name}${m.opt ? '?' : ''}: ${m.type};`);
    out.push('}', '');
  }
  for (const fn of f.fns) {
    renderFn(fn, f.lang, '', out, false);
    out.push('');
    if (py) out.push('');
  }
  for (const k of f.classes) {
    if (py) {
      out.push(`class ${k.name}:`);
      if (k.doc) out.push(`    """${k.doc}"""`);
      out.push('');
      for (const m of k.methods) {
        renderFn(m, 'py', '    ', out, true);
        out.push('');
      }
      out.push('');
      continue;
    }
    if (k.doc) out.push(`/** ${k.doc} */`);
    out.push(`${k.exported && f.lang === 'ts' ? 'export ' : ''}class ${k.name} {`);
    for (const fl of k.fields) out.push(f.lang === 'ts' ? `  private ${fl.name}: ${fl.type} = ${fl.init};` : `  ${fl.name} = ${fl.init};`);
    if (k.fields.length) out.push('');
    k.methods.forEach((m, i) => {
      renderFn(m, f.lang, '  ', out, true);
      if (i < k.methods.length - 1) out.push('');
    });
    out.push('}', '');
  }
  if (f.test) {
    if (py) {
      for (const t of f.tests) {
        out.push(`def ${t.name}():`);
        renderBody(t.body, 'py', '    ', out);
        out.push('', '');
      }
    } else {
      out.push(`describe('${f.subject}', () => {`);
      f.tests.forEach((t, i) => {
        out.push(`  it('${t.name}', () => {`);
        renderBody(t.body, f.lang, '    ', out);
        out.push('  });');
        if (i < f.tests.length - 1) out.push('');
      });
      out.push('});', '');
    }
  }
  if (f.lang === 'js') {
    const names = [...f.fns.map((x) => x.name), ...f.classes.map((k) => k.name)];
    if (names.length) out.push(`module.exports = { ${names.join(', ')} };`, '');
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return out.join('\n') + '\n';
}

// ------------------------------------------------------------------------------------ repository model

function modOf(p: string): string {
  return p.replace(/\.(ts|js|py)$/, '');
}

/** Import specifier from file `from` to file `to`. */
function importSpec(from: string, to: string, lang: Lang): string {
  if (lang === 'py') return modOf(to).replace(/\//g, '.');
  let rel = path.posix.relative(path.posix.dirname(from), modOf(to));
  if (!rel.startsWith('.')) rel = `./${rel}`;
  return rel;
}

function exportedNames(f: SrcFile): string[] {
  return [...f.fns.filter((x) => x.exported || f.lang === 'js').map((x) => x.name), ...f.classes.filter((k) => k.exported || f.lang !== 'ts').map((k) => k.name)];
}

function newSrcFile(g: Gen, r: Rng, lang: Lang, p: string, test: boolean, subjectFns: string[] = []): SrcFile {
  const used = new Set<string>();
  const f: SrcFile = { lang, test, header: test ? `Tests for ${path.posix.basename(p)}.` : `${cap(r.pick(VERBS))}s ${r.pick(NOUNS)}s for the ${p.split('/')[1] ?? 'root'} package.`, imports: [], consts: [], ifaces: [], fns: [], classes: [], tests: [], subject: path.posix.basename(modOf(p)) };
  if (test) {
    for (let i = 0, n = r.int(2, 8); i < n; i++) f.tests.push(g.testCase(lang, subjectFns));
    return f;
  }
  for (let i = 0, n = r.int(0, 2); i < n; i++) f.consts.push({ name: `${r.pick(['DEFAULT', 'MAX', 'MIN'])}_${r.pick(NOUNS).toUpperCase()}_${g.uniq()}`, value: String(r.int(1, 5000)) });
  if (lang === 'ts') for (let i = 0, n = r.int(0, 2); i < n; i++) f.ifaces.push(g.iface(used));
  for (let i = 0, n = r.int(1, 5); i < n; i++) f.fns.push(g.fn(lang, used));
  for (let i = 0, n = r.weighted([5, 4, 1]); i < n; i++) f.classes.push(g.klass(lang, used));
  return f;
}

function buildInitial(g: Gen, r: Rng, nFiles: number): Repo {
  const repo: Repo = { src: new Map(), other: new Map() };
  const dirNames = new Map<string, Set<string>>();
  const freshPath = (dir: string, ext: string, py: boolean, test: boolean): string => {
    const used = dirNames.get(dir) ?? new Set<string>();
    dirNames.set(dir, used);
    for (;;) {
      const base = py ? `${r.pick(NOUNS)}_${r.pick(VERBS)}` : `${r.pick(NOUNS)}-${r.pick(VERBS)}`;
      let name = base;
      if (used.has(name)) name = `${base}${py ? '_' : '-'}${g.uniq()}`;
      used.add(name);
      return `${dir}/${test ? (py ? 'test_' : '') : ''}${name}${test && !py ? '.test' : ''}.${ext}`;
    }
  };
  // Non-test sources, then one test file per ~5 sources.
  const nTests = Math.round(nFiles / 6);
  const nSrc = nFiles - nTests;
  const srcPaths: string[] = [];
  for (let i = 0; i < nSrc; i++) {
    const lang: Lang = (['ts', 'js', 'py'] as const)[r.weighted([45, 20, 35])];
    const pkg = r.pick(PKGS);
    const dir = lang === 'py' ? `python/${pkg}${r.chance(0.4) ? `/${r.pick(['models', 'services', 'utils'])}` : ''}` : `packages/${pkg}/${lang === 'ts' ? 'src' : 'lib'}${r.chance(0.4) ? `/${r.pick(['models', 'services', 'utils'])}` : ''}`;
    const p = freshPath(dir, lang, lang === 'py', false);
    repo.src.set(p, newSrcFile(g, r, lang, p, false));
    srcPaths.push(p);
  }
  // Imports between workspace files of the same language family.
  for (const p of srcPaths) {
    const f = repo.src.get(p)!;
    for (let i = 0, n = r.int(0, 4); i < n; i++) addImport(r, repo, p, f);
  }
  for (let i = 0; i < nTests; i++) {
    const subjectPath = r.pick(srcPaths);
    const subj = repo.src.get(subjectPath)!;
    const py = subj.lang === 'py';
    const dir = py ? `python/tests` : `${subjectPath.split('/').slice(0, 2).join('/')}/test`;
    const p = freshPath(dir, subj.lang, py, true);
    const names = exportedNames(subj);
    const f = newSrcFile(g, r, subj.lang, p, true, names);
    if (names.length) f.imports.push({ spec: importSpec(p, subjectPath, subj.lang), names: [...new Set(names)].slice(0, 3) });
    repo.src.set(p, f);
  }
  // Docs and manifests.
  repo.other.set('README.md', `# Bench monorepo\n\nGenerated by bench/gen-history.ts (seeded). Packages: ${PKGS.join(', ')}.\n\n## Layout\n\n- packages/*: TypeScript and JavaScript\n- python/*: Python services\n`);
  repo.other.set('package.json', manifest('bench-monorepo', r, 6));
  repo.other.set('pyproject.toml', `[project]\nname = "bench-py"\nversion = "0.1.0"\ndependencies = [\n  "requests>=2.31",\n  "pydantic>=2.5",\n]\n`);
  for (const pkg of PKGS) {
    repo.other.set(`packages/${pkg}/package.json`, manifest(`@bench/${pkg}`, r, r.int(1, 5)));
    repo.other.set(`packages/${pkg}/README.md`, `# @bench/${pkg}\n\n${cap(r.pick(VERBS))}s ${r.pick(NOUNS)}s.\n`);
  }
  for (let i = 0; i < 10; i++) repo.other.set(`docs/${r.pick(NOUNS)}-${i}.md`, `# ${cap(r.pick(NOUNS))}\n\n${g.comment()}.\n\n${g.comment()}.\n`);
  return repo;
}

function manifest(name: string, r: Rng, nDeps: number): string {
  const deps: Record<string, string> = {};
  for (let i = 0; i < nDeps; i++) deps[r.pick(NPM_DEPS)] = `^${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 9)}`;
  return JSON.stringify({ name, version: '1.0.0', private: true, dependencies: deps, devDependencies: { typescript: '^5.4.0' } }, null, 2) + '\n';
}

/** Adds an import of another workspace file's exported names to `f` (same language family). */
function addImport(r: Rng, repo: Repo, p: string, f: SrcFile): boolean {
  const cands = [...repo.src.keys()];
  for (let tries = 0; tries < 8; tries++) {
    const q = r.pick(cands);
    const other = repo.src.get(q)!;
    if (q === p || other.test || (other.lang === 'py') !== (f.lang === 'py')) continue;
    const names = exportedNames(other);
    if (!names.length) continue;
    const spec = importSpec(p, q, f.lang);
    if (f.imports.some((im) => im.spec === spec)) continue;
    const taken = new Set(f.imports.flatMap((im) => im.names));
    const chosen = [...new Set([r.pick(names), r.pick(names)])].filter((n) => !taken.has(n));
    if (!chosen.length) continue;
    f.imports.push({ spec, names: chosen });
    return true;
  }
  return false;
}

// ------------------------------------------------------------------------------------ edits

/** Depth for a line inserted before body[at] that keeps the code valid in every language. */
function insertDepth(body: Line[], at: number): number {
  const prev = body[at - 1];
  if (prev && prev.k === 'o' && /[{:]$/.test(prev.t)) return prev.d + 1;
  const cur = body[at];
  if (!cur) return 0;
  // Before `except …:` / `} catch (…) {` / a closing `}`: stay inside the block above.
  if (/^(except\b|\} catch|\}$)/.test(cur.t)) return cur.d + 1;
  return cur.d;
}

type OpResult = { touched: string[]; deleted: string[]; kind: string } | undefined;

function allFns(f: SrcFile): { fn: Fn; method: boolean; list: Fn[] }[] {
  return [...f.fns.map((fn) => ({ fn, method: false, list: f.fns })), ...f.classes.flatMap((k) => k.methods.map((fn) => ({ fn, method: true, list: k.methods })))];
}

function editOp(g: Gen, r: Rng, repo: Repo, room: number): OpResult {
  const srcPaths = [...repo.src.keys()];
  const kinds = ['body', 'signature', 'rename-fn', 'add-fn', 'remove-fn', 'move-fn', 'imports', 'comments', 'rename-file', 'add-file', 'delete-file', 'tests', 'docs', 'deps', 'add-method', 'iface'];
  const weights = [30, 10, 6, 9, 4, 4, 7, 7, 2, 3, 1.5, 6, 3, 1.5, 4, 3];
  const kind = kinds[r.weighted(weights)];
  const p = r.pick(srcPaths);
  const f = repo.src.get(p)!;
  const fns = allFns(f);
  const used = new Set(fns.map((x) => x.fn.name));
  switch (kind) {
    case 'body': {
      if (!fns.length) return undefined;
      const { fn } = r.pick(fns);
      const names = fn.params.map((x) => x.name);
      for (let i = 0, n = r.int(1, 3); i < n; i++) {
        const simples = fn.body.map((l, j) => [l, j] as const).filter(([l]) => l.k === 's' && !/^return\b/.test(l.t));
        if (simples.length && r.chance(0.6)) {
          const [l, j] = r.pick(simples);
          fn.body[j] = { ...l, t: g.simple(f.lang, names) };
        } else {
          const at = r.int(0, Math.max(0, fn.body.length - 1));
          fn.body.splice(at, 0, { d: insertDepth(fn.body, at), t: g.simple(f.lang, names), k: 's' });
        }
      }
      return { touched: [p], deleted: [], kind };
    }
    case 'signature': {
      if (!fns.length) return undefined;
      const { fn } = r.pick(fns);
      const c = r.int(0, 3);
      if (c === 0 || fn.params.length === 0) {
        const np = g.param(f.lang, new Set(fn.params.map((x) => x.name)));
        np.def = f.lang === 'py' ? 'None' : 'undefined';
        if (f.lang !== 'py' && np.type !== 'unknown') np.type = `${np.type} | undefined`;
        fn.params.push(np);
      } else if (c === 1) {
        const q = fn.params[r.int(0, fn.params.length - 1)];
        q.type = f.lang === 'py' ? r.pick(PY_TYPES) : r.pick(TS_TYPES);
        if (q.def !== undefined && f.lang !== 'py') {
          q.type = `${q.type} | undefined`;
          q.def = 'undefined';
        }
      } else if (c === 2) {
        const idx = fn.params.findIndex((x) => !x.def);
        if (idx >= 0) fn.params.splice(idx, 1);
        else fn.params.pop();
      } else {
        fn.ret = f.lang === 'py' ? r.pick(PY_TYPES) : fn.async ? `Promise<${r.pick(TS_TYPES.slice(0, 6))}>` : r.pick(TS_TYPES.slice(0, 9));
      }
      return { touched: [p], deleted: [], kind };
    }
    case 'rename-fn': {
      if (!fns.length) return undefined;
      const { fn } = r.pick(fns);
      fn.name = g.ident(f.lang, used);
      return { touched: [p], deleted: [], kind };
    }
    case 'add-fn': {
      if (f.test) return undefined;
      f.fns.splice(r.int(0, f.fns.length), 0, g.fn(f.lang, used));
      return { touched: [p], deleted: [], kind };
    }
    case 'add-method': {
      if (!f.classes.length) return undefined;
      const k = r.pick(f.classes);
      k.methods.splice(r.int(0, k.methods.length), 0, g.fn(f.lang, new Set(k.methods.map((m) => m.name)), true));
      return { touched: [p], deleted: [], kind };
    }
    case 'remove-fn': {
      const cands = fns.filter((x) => x.list.length > 1);
      if (!cands.length) return undefined;
      const { fn, list } = r.pick(cands);
      list.splice(list.indexOf(fn), 1);
      return { touched: [p], deleted: [], kind };
    }
    case 'move-fn': {
      if (f.fns.length < 2 || room < 2) return undefined;
      const q = r.pick(srcPaths.filter((x) => x !== p && repo.src.get(x)!.lang === f.lang && !repo.src.get(x)!.test));
      if (!q) return undefined;
      const dst = repo.src.get(q)!;
      const fn = f.fns.splice(r.int(0, f.fns.length - 1), 1)[0];
      if (allFns(dst).some((x) => x.fn.name === fn.name)) fn.name = g.ident(f.lang, new Set(allFns(dst).map((x) => x.fn.name)));
      dst.fns.push(fn);
      return { touched: [p, q], deleted: [], kind };
    }
    case 'imports': {
      if (f.imports.length && r.chance(0.4)) f.imports.splice(r.int(0, f.imports.length - 1), 1);
      else if (!addImport(r, repo, p, f)) return undefined;
      return { touched: [p], deleted: [], kind };
    }
    case 'comments': {
      if (!fns.length) return undefined;
      const { fn } = r.pick(fns);
      const comments = fn.body.map((l, j) => [l, j] as const).filter(([l]) => l.k === 'c');
      const mark = f.lang === 'py' ? '#' : '//';
      if (comments.length && r.chance(0.5)) {
        const [l, j] = r.pick(comments);
        fn.body[j] = { ...l, t: `${mark} ${g.comment()}` };
      } else {
        const at = r.int(0, Math.max(0, fn.body.length - 1));
        fn.body.splice(at, 0, { d: insertDepth(fn.body, at), t: `${mark} ${g.comment()}`, k: 'c' });
      }
      if (r.chance(0.3)) fn.doc = `${cap(fn.name.replace(/_/g, ' '))}: ${g.comment()}.`;
      return { touched: [p], deleted: [], kind };
    }
    case 'rename-file': {
      if (room < 2) return undefined;
      const dir = path.posix.dirname(p);
      const ext = path.posix.extname(p);
      const base = path.posix.basename(p, ext);
      const sameDir = r.chance(0.5);
      const otherDir = r.pick(srcPaths.filter((x) => path.posix.extname(x) === ext && repo.src.get(x)!.test === f.test)).split('/').slice(0, -1).join('/');
      const nb = f.test ? base : `${base}${f.lang === 'py' ? '_' : '-'}${r.pick(['v2', 'impl', 'core', 'next'])}`;
      const q = `${sameDir ? dir : otherDir}/${nb}${ext}`;
      if (repo.src.has(q) || q === p) return undefined;
      repo.src.delete(p);
      repo.src.set(q, f);
      if (r.chance(0.3) && fns.length) r.pick(fns).fn.body.push({ d: 0, t: f.lang === 'py' ? '# moved' : '// moved', k: 'c' });
      return { touched: [q], deleted: [p], kind };
    }
    case 'add-file': {
      const lang = f.lang;
      const dir = path.posix.dirname(p);
      const stem = lang === 'py' ? `${r.pick(NOUNS)}_${r.pick(VERBS)}_${g.uniq()}` : `${r.pick(NOUNS)}-${r.pick(VERBS)}-${g.uniq()}`;
      const q = f.test ? (lang === 'py' ? `${dir}/test_${stem}.py` : `${dir}/${stem}.test.${lang}`) : `${dir}/${stem}.${lang}`;
      const nf = newSrcFile(g, r, lang, q, f.test, f.test ? f.imports.flatMap((im) => im.names) : []);
      if (f.test) nf.imports = f.imports.slice(0, 1);
      else addImport(r, repo, q, nf);
      repo.src.set(q, nf);
      return { touched: [q], deleted: [], kind };
    }
    case 'delete-file': {
      if (repo.src.size < 100) return undefined;
      repo.src.delete(p);
      return { touched: [], deleted: [p], kind };
    }
    case 'tests': {
      const t = srcPaths.filter((x) => repo.src.get(x)!.test);
      if (!t.length) return undefined;
      const q = r.pick(t);
      const tf = repo.src.get(q)!;
      if (tf.tests.length > 1 && r.chance(0.3)) tf.tests.splice(r.int(0, tf.tests.length - 1), 1);
      else tf.tests.push(g.testCase(tf.lang, tf.imports.flatMap((im) => im.names)));
      return { touched: [q], deleted: [], kind };
    }
    case 'docs': {
      const docs = [...repo.other.keys()].filter((x) => x.endsWith('.md'));
      const q = r.pick(docs);
      repo.other.set(q, `${repo.other.get(q)}\n${cap(g.comment())}.\n`);
      return { touched: [q], deleted: [], kind };
    }
    case 'deps': {
      const ms = [...repo.other.keys()].filter((x) => x.endsWith('package.json'));
      const q = r.pick(ms);
      const j = JSON.parse(repo.other.get(q)!) as { dependencies: Record<string, string> };
      const d = r.pick(NPM_DEPS);
      if (j.dependencies[d] && r.chance(0.3)) delete j.dependencies[d];
      else j.dependencies[d] = `^${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 9)}`;
      repo.other.set(q, JSON.stringify(j, null, 2) + '\n');
      return { touched: [q], deleted: [], kind };
    }
    case 'iface': {
      if (f.lang !== 'ts' || f.test) return undefined;
      if (f.ifaces.length && r.chance(0.7)) {
        const it = r.pick(f.ifaces);
        it.members.push({ name: `${r.pick(NOUNS)}${g.uniq()}`, type: r.pick(TS_TYPES), opt: r.chance(0.5) });
      } else f.ifaces.push(g.iface(new Set(f.ifaces.map((x) => x.name))));
      return { touched: [p], deleted: [], kind };
    }
  }
  return undefined;
}

// ------------------------------------------------------------------------------------ fast-import

class FastImport {
  private parts: Buffer[] = [];
  private size = 0;
  private mark = 0;
  constructor(private readonly write: (b: Buffer) => void) {}
  private push(s: string | Buffer): void {
    const b = typeof s === 'string' ? Buffer.from(s, 'utf8') : s;
    this.parts.push(b);
    this.size += b.length;
    if (this.size > 1 << 20) this.flush();
  }
  flush(): void {
    if (this.parts.length) this.write(Buffer.concat(this.parts));
    this.parts = [];
    this.size = 0;
  }
  commit(ts: number, message: string, modified: [string, string][], deleted: string[]): number {
    const m = ++this.mark;
    const msg = Buffer.from(message, 'utf8');
    this.push(`commit refs/heads/main\nmark :${m}\nauthor Bench Bot <bench@example.com> ${ts} +0000\ncommitter Bench Bot <bench@example.com> ${ts} +0000\ndata ${msg.length}\n`);
    this.push(msg);
    this.push('\n');
    if (m > 1) this.push(`from :${m - 1}\n`);
    for (const d of deleted) this.push(`D ${d}\n`);
    for (const [p, text] of modified) {
      const b = Buffer.from(text, 'utf8');
      this.push(`M 100644 inline ${p}\ndata ${b.length}\n`);
      this.push(b);
      this.push('\n');
    }
    this.push('\n');
    return m;
  }
}

function git(dir: string, args: string[], input?: string): string {
  const r = spawnSync('git', args, { cwd: dir, encoding: 'utf8', input, maxBuffer: 256 << 20 });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

/** Generate (or reuse) the repository for `params` under `cacheRoot`. */
export async function generateHistory(cacheRoot: string, params: GenParams): Promise<GeneratedRepo> {
  const dir = path.join(cacheRoot, `history-s${params.seed}-f${params.files}-c${params.commits}`);
  const stampPath = path.join(dir, '.bench-stamp.json');
  const stampKey = JSON.stringify({ v: GENERATOR_VERSION, ...params });
  if (fs.existsSync(stampPath)) {
    const stamp = JSON.parse(fs.readFileSync(stampPath, 'utf8')) as { key: string; info: Omit<GeneratedRepo, 'generatedMs' | 'reused'> };
    if (stamp.key === stampKey && git(dir, ['rev-parse', 'HEAD']) === stamp.info.headSha) return { ...stamp.info, generatedMs: 0, reused: true };
  }
  const t0 = performance.now();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  git(dir, ['init', '-q', '-b', 'main']);
  const child = spawn('git', ['fast-import', '--quiet', '--done'], { cwd: dir, stdio: ['pipe', 'inherit', 'inherit'] });
  const exited = new Promise<number>((res) => child.on('close', (code) => res(code ?? 1)));
  const fi = new FastImport((b) => child.stdin.write(b));

  const r = new Rng(params.seed);
  const g = new Gen(r);
  const repo = buildInitial(g, r, params.files);
  const ops: Record<string, number> = {};
  let ts = 1_767_225_600; // 2026-01-01T00:00:00Z
  const initial: [string, string][] = [
    ...[...repo.src].map(([p, f]) => [p, renderFile(p, f)] as [string, string]),
    ...repo.other,
  ];
  let lineCount = initial.reduce((a, [, t]) => a + t.split('\n').length - 1, 0);
  fi.commit(ts, 'Initial import', initial, []);
  for (let c = 0; c < params.commits; c++) {
    ts += r.int(600, 30_000);
    const target = [1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 6, 8][r.int(0, 11)];
    const touched = new Set<string>();
    const deleted = new Set<string>();
    const kinds: string[] = [];
    for (let guard = 0; touched.size + deleted.size < target && guard < 50; guard++) {
      const res = editOp(g, r, repo, 8 - touched.size - deleted.size);
      if (!res) continue;
      for (const d of res.deleted) {
        touched.delete(d);
        deleted.add(d);
      }
      for (const t of res.touched) {
        deleted.delete(t);
        touched.add(t);
      }
      kinds.push(res.kind);
      ops[res.kind] = (ops[res.kind] ?? 0) + 1;
    }
    const mods: [string, string][] = [...touched].sort().map((p) => [p, repo.src.has(p) ? renderFile(p, repo.src.get(p)!) : repo.other.get(p)!]);
    fi.commit(ts, `${cap([...new Set(kinds)].join(', '))} (${touched.size + deleted.size} files)`, mods, [...deleted].sort());
  }
  fi.flush();
  child.stdin.end('done\n');
  const code = await exited;
  if (code !== 0) throw new Error(`git fast-import exited with ${code}`);
  const headSha = git(dir, ['rev-parse', 'HEAD']);
  const rootSha = git(dir, ['rev-list', '--max-parents=0', 'HEAD']);
  // Materialise the working tree so the repository looks like a normal checkout.
  git(dir, ['checkout', '-q', '-f', 'main']);
  lineCount = 0;
  for (const [p, f] of repo.src) lineCount += renderFile(p, f).split('\n').length - 1;
  for (const t of repo.other.values()) lineCount += t.split('\n').length - 1;
  const info = { dir, params, rootSha, headSha, fileCount: repo.src.size + repo.other.size, lineCount, commitCount: params.commits + 1, ops };
  fs.writeFileSync(stampPath, JSON.stringify({ key: stampKey, info }, null, 2));
  // The stamp lives inside the work tree: keep `git status` clean.
  fs.appendFileSync(path.join(dir, '.git', 'info', 'exclude'), '.bench-stamp.json\n');
  return { ...info, generatedMs: performance.now() - t0, reused: false };
}

/** One realistic TypeScript module of at least `minLines` lines (imports, interfaces, functions, classes). */
export function generateTsSource(seed: number, minLines: number): string {
  const r = new Rng(seed);
  const g = new Gen(r);
  const p = 'packages/core/src/big-module.ts';
  const f = newSrcFile(g, r, 'ts', p, false);
  f.imports = [
    { spec: 'node:fs', names: ['readFileSync', 'existsSync'] },
    { spec: './config-load', names: ['loadConfig', 'DefaultConfigOptions'] },
    { spec: '../utils/path-resolve', names: ['resolvePath'] },
  ];
  const used = new Set(allFns(f).map((x) => x.fn.name));
  while (renderFile(p, f).split('\n').length < minLines) {
    const k = r.int(0, 9);
    if (k < 5) f.fns.push(g.fn('ts', used));
    else if (k < 8) f.classes.push(g.klass('ts', used));
    else f.ifaces.push(g.iface(used));
  }
  return renderFile(p, f);
}
