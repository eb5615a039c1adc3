// Dependency tokens (spec §3.3 rows ΔIMPORT, ΔFAN_IN/ΔFAN_OUT, ΔDEPENDENCY): module specifiers
// imported or no longer imported (`+mod`/`-mod`, one per specifier; a reordering emits
// ΔCOMMENTS{import-order} only), the number of distinct modules a file imports, the number of
// changed files importing a workspace file (import-resolve.ts), and manifest entries of
// package.json / pyproject.toml / requirements*.txt added, removed or re-versioned
// (dependencies.ts). Decisions: docs/tokens.md "Files".
import { builtinModules } from 'node:module';
import type { FileAnalysis, ImportInfo } from '../symbols/types';
import { ownMemo, setOwnMemo } from '../util/own-memo';
import type { ChangeSet } from './change-set';
import { isDependencyManifest, parseDependencies, type DependencyEntry } from './dependencies';
import { resolveImport } from './import-resolve';
import { headLineForOld, type ChangeCtx, type TokenizeContext } from './tokenize-context';

const JS_EXT = /\.(?:[cm]?[jt]sx?)$/;

/** Node's builtin modules, which `x` and `node:x` both name (`node:test` and the like have no bare form). */
const NODE_BUILTINS = new Set(builtinModules);

/**
 * The module a specifier names, seen from the importing file: relative specifiers resolved against
 * the file's directory (JS `./x`, `../x`; Python `.x`, `..x`), others as written — except that a
 * Node builtin spelled with the `node:` scheme is its bare name, and a Python package-absolute
 * module (`typer.core`) is keyed like the relative import naming it from inside the package
 * (`.core` in `typer/cli.py`): one module, whichever spelling a change switches to or adds
 * (held-out batch 10, node-fetch 41f53b90, typer 661b49ec; spec §3.3 ΔIMPORT is about modules).
 */
export function moduleKey(file: string, spec: string): string {
  // Remembered per file and specifier: emitImports keys every import of both sides on every
  // keystroke (webpack's Compilation.js: ~80 requires, 0.5 ms per edit on a slow VM; issue 14,
  // eleventh pass). Bounded: a file's map and the map of files are dropped whole when full.
  let bySpec = moduleKeys.get(file);
  if (!bySpec) {
    if (moduleKeys.size >= MODULE_KEY_FILES) moduleKeys.clear();
    moduleKeys.set(file, (bySpec = new Map()));
  }
  let key = bySpec.get(spec);
  if (key === undefined) {
    if (bySpec.size >= MODULE_KEY_SPECS) bySpec.clear();
    bySpec.set(spec, (key = moduleKeyOf(file, spec)));
  }
  return key;
}

const MODULE_KEY_FILES = 512;
const MODULE_KEY_SPECS = 1024;
const moduleKeys = new Map<string, Map<string, string>>();

/** moduleKey without the memo (exported for its test). */
export function moduleKeyOf(file: string, spec: string): string {
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
  if (spec.startsWith('./') || spec.startsWith('../')) {
    const parts = dir ? dir.split('/') : [];
    for (const seg of spec.split('/')) {
      if (seg === '.' || seg === '') continue;
      if (seg === '..') parts.pop();
      else parts.push(seg);
    }
    return `rel:${parts.join('/').replace(JS_EXT, '')}`;
  }
  const py = /^(\.+)(.*)$/.exec(spec);
  if (py && file.endsWith('.py')) {
    const parts = dir ? dir.split('/') : [];
    for (let i = 1; i < py[1].length; i++) parts.pop();
    return `py:${[...parts, ...(py[2] ? py[2].split('.') : [])].join('.')}`;
  }
  if (file.endsWith('.py')) return `py:${spec}`;
  if (spec.startsWith('node:') && NODE_BUILTINS.has(spec.slice(5))) return spec.slice(5);
  return spec;
}

/**
 * The imports a file makes at module level. ΔIMPORT is about the modules a file imports; an
 * import inside a function is that function's code (docs/accuracy.md labelling conventions): the
 * Python extractor records only top-level imports and the JS one only module-level `require`s,
 * but a dynamic `import('x')` is recorded wherever it stands (the import graph wants it) — one
 * inside a function or method is left out here (held-out batch 11, vite 3c8bf064: two lazy
 * `await import('@vitejs/devtools/integration')` in function bodies were new "module imports").
 */
export function moduleLevelImports(a: FileAnalysis | undefined): ImportInfo[] {
  if (!a) return [];
  // Static imports stand above the first function: only the others are looked up (this runs on
  // every keystroke's delta, and a large file has thousands of methods).
  let first = Infinity;
  for (const s of a.symbols) if (s.kind !== 'class' && s.range.line < first) first = s.range.line;
  if (!a.imports.some((im) => im.line >= first)) return a.imports;
  const fns = a.symbols.filter((s) => s.kind !== 'class');
  return a.imports.filter((im) => im.line < first || !fns.some((s) => s.range.line <= im.line && im.endLine <= s.range.endLine));
}

/** ΔIMPORT of one file change, and ΔCOMMENTS{import-order} for import statements that only moved. */
export function emitImports(ctx: TokenizeContext, c: ChangeCtx): void {
  const oldImports = moduleLevelImports(c.oldA);
  const newImports = moduleLevelImports(c.newA);
  // Specifiers compare by the module they name: a relative one rewritten for a moved file
  // (`../utils` → `./../utils`) still imports the same module (docs/accuracy.md).
  const oldPath = c.change.old?.path ?? c.file;
  const newPath = c.change.new?.path ?? c.file;
  const oldSpecs = new Set(oldImports.map((i) => moduleKey(oldPath, i.spec)));
  const newSpecs = new Set(newImports.map((i) => moduleKey(newPath, i.spec)));
  for (const im of newImports) {
    const k = moduleKey(newPath, im.spec);
    if (oldSpecs.has(k)) continue;
    oldSpecs.add(k); // one token per specifier
    ctx.emit('ΔIMPORT', c.file, { line: im.line, endLine: im.endLine }, { uid: `IMPORT::${c.file}:+${im.spec}`, meta: { sign: '+', spec: im.spec, names: im.names } });
    c.cov.markNew(im.line, im.endLine);
  }
  const seen = new Set<string>();
  for (const im of oldImports) {
    // A head that does not parse keeps its removals unexplained, like its symbols.
    const k = moduleKey(oldPath, im.spec);
    if (newSpecs.has(k) || seen.has(k) || (c.newA && !c.newA.ok)) continue;
    seen.add(k);
    const at = headLineForOld(c, im.line);
    ctx.emit('ΔIMPORT', c.file, { line: at, endLine: at }, { uid: `IMPORT::${c.file}:-${im.spec}`, baseRange: { line: im.line, endLine: im.endLine }, meta: { sign: '-', spec: im.spec, names: im.names } });
    c.cov.markOld(im.line, im.endLine);
  }
  // Import statements whose set is unchanged but which moved (reordering) emit nothing
  // semantic (spec §3.3); their lines are explained as ΔCOMMENTS{reason: import-order}.
  const stmtKey = (a: FileAnalysis, i: { line: number; endLine: number }) => {
    const parts: string[] = [];
    for (let l = i.line; l <= i.endLine; l++) parts.push(a.codeLines[l - 1] ?? '');
    return parts.join(' ');
  };
  if (c.oldA && c.newA) {
    // Per statement: an import statement whose exact text is on both sides but on changed
    // lines was only moved; added/removed statements are explained by ΔIMPORT or ΔTOPLEVEL.
    const oldKeys = new Map<string, number>();
    for (const i of oldImports) oldKeys.set(stmtKey(c.oldA, i), (oldKeys.get(stmtKey(c.oldA, i)) ?? 0) + 1);
    const newKeys = new Map<string, number>();
    for (const i of newImports) newKeys.set(stmtKey(c.newA, i), (newKeys.get(stmtKey(c.newA, i)) ?? 0) + 1);
    const movedNew = newImports.filter((i) => (oldKeys.get(stmtKey(c.newA!, i)) ?? 0) > 0);
    const movedOld = oldImports.filter((i) => (newKeys.get(stmtKey(c.oldA!, i)) ?? 0) > 0);
    const newLines = importLinesIn(c, movedNew, 'new').filter((l) => !c.cov.newLines.has(l));
    const oldLines = importLinesIn(c, movedOld, 'old').filter((l) => !c.cov.oldLines.has(l));
    if (newLines.length || oldLines.length) {
      ctx.emitLines('ΔCOMMENTS', c, newLines, oldLines, { reason: 'import-order' });
      for (const l of newLines) c.cov.newLines.add(l);
      for (const l of oldLines) c.cov.oldLines.add(l);
    }
  }
}

function importLinesIn(c: ChangeCtx, imports: { line: number; endLine: number }[], side: 'old' | 'new'): number[] {
  const changed = new Set<number>();
  for (const h of c.hunks) {
    const start = side === 'new' ? h.newStart : h.oldStart;
    const n = side === 'new' ? h.newLines : h.oldLines;
    for (let l = start; l < start + n; l++) changed.add(l);
  }
  const lines: number[] = [];
  for (const im of imports) for (let l = im.line; l <= im.endLine; l++) if (changed.has(l)) lines.push(l);
  return lines.sort((a, b) => a - b);
}

/**
 * Import resolutions per existence oracle (ChangeSet.fileExists answers the same while it is the
 * same function), kept on the function itself (util/own-memo.ts): a keystroke in webpack's
 * Compilation.js resolved its ~80 requires on both sides again, trying up to 14 candidate paths
 * each (0.7 ms per edit on a slow VM; issue 14, eleventh pass). Bounded per oracle.
 */
const RESOLVED = Symbol('fanOut.resolved');
const RESOLVED_MAX = 20_000;
function resolvedBy(fileExists: NonNullable<ChangeSet['fileExists']>): Map<string, string> {
  const m = ownMemo<Map<string, string>>(fileExists, RESOLVED);
  if (!m) return setOwnMemo(fileExists, RESOLVED, new Map<string, string>());
  if (m.size >= RESOLVED_MAX) m.clear();
  return m;
}

/**
 * ΔFAN_OUT per file as the files are visited, ΔFAN_IN once all are: each changed file
 * contributes +1 per distinct workspace target it imports in head, −1 in base.
 */
export class FanEmitter {
  private readonly fanIn = new Map<string, number>();
  private changedPathCache: { old: Set<string>; new: Set<string> } | undefined;

  constructor(private readonly ctx: TokenizeContext) {}

  /** ΔFAN_OUT of one change, and its contribution to the targets' fan-in. */
  fanOut(c: ChangeCtx): void {
    const { ctx, fanIn } = this;
    const before = new Set((c.oldA?.imports ?? []).map((i) => i.spec)).size;
    const after = new Set((c.newA?.imports ?? []).map((i) => i.spec)).size;
    if (c.change.status !== 'A' && c.change.status !== 'C' && c.change.status !== 'D' && after !== before && !(c.newA && !c.newA.ok)) {
      const k = after - before;
      ctx.emit('ΔFAN_OUT', c.file, { line: 1, endLine: 1 }, { magnitude: Math.abs(k), before, after, meta: { sign: k > 0 ? '+' : '-' } });
    }
    const targets = (a: FileAnalysis | undefined, side: 'old' | 'new', from: string | undefined) => {
      const set = new Set<string>();
      if (!a || !from) return set;
      const fileExists = ctx.cs.fileExists;
      const exists = (p: string) => fileExists?.(side, p) ?? this.changedPaths(side).has(p);
      const memo = fileExists ? resolvedBy(fileExists) : undefined;
      for (const im of a.imports) {
        let t: string | undefined;
        if (memo) {
          const key = `${side}\u0000${from}\u0000${im.spec}`;
          t = memo.get(key);
          if (t === undefined) memo.set(key, (t = resolveImport(from, im.spec, exists) ?? '')); // '': resolves to nothing
        } else t = resolveImport(from, im.spec, exists);
        if (t && t !== from) set.add(t);
      }
      return set;
    };
    if (c.newA && !c.newA.ok) return;
    for (const t of targets(c.newA, 'new', c.change.new?.path)) fanIn.set(t, (fanIn.get(t) ?? 0) + 1);
    for (const t of targets(c.oldA, 'old', c.change.old?.path)) {
      // A file renamed by git is the same file: map a base-side target to its head path.
      fanIn.set(this.headPathOf(t), (fanIn.get(this.headPathOf(t)) ?? 0) - 1);
    }
  }

  /** ΔFAN_IN per target whose count changed, in path order. */
  emitFanIn(): void {
    for (const [target, k] of [...this.fanIn].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (k === 0) continue;
      this.ctx.emit('ΔFAN_IN', target, { line: 1, endLine: 1 }, { uid: `FANIN::${target}`, magnitude: Math.abs(k), meta: { sign: k > 0 ? '+' : '-' } });
    }
  }

  private changedPaths(side: 'old' | 'new'): Set<string> {
    if (!this.changedPathCache) {
      this.changedPathCache = { old: new Set(), new: new Set() };
      for (const c of this.ctx.changes) {
        if (c.change.old && c.change.status !== 'A' && c.change.status !== 'C') this.changedPathCache.old.add(c.change.old.path);
        if (c.change.new) this.changedPathCache.new.add(c.change.new.path);
      }
    }
    return this.changedPathCache[side];
  }

  private headPathOf(p: string): string {
    for (const c of this.ctx.changes) if (c.change.status === 'R' && c.change.old?.path === p && c.change.new) return c.change.new.path;
    return p;
  }
}

/** ΔDEPENDENCY per manifest entry added / removed / re-versioned, on the declaring line. */
export function emitDependencies(ctx: TokenizeContext, c: ChangeCtx): void {
  const path = c.change.new?.path ?? c.change.old!.path;
  if (!isDependencyManifest(path)) return;
  const oldDeps = c.change.old?.text !== undefined && c.change.status !== 'A' ? parseDependencies(c.change.old.path, c.change.old.text) : [];
  const newDeps = c.change.new?.text !== undefined ? parseDependencies(c.change.new.path, c.change.new.text) : [];
  if (!oldDeps || !newDeps) return;
  const key = (d: DependencyEntry) => `${d.section}\u0000${d.name}`;
  const olds = new Map(oldDeps.map((d) => [key(d), d] as const));
  const news = new Map(newDeps.map((d) => [key(d), d] as const));
  for (const [k, n] of news) {
    const o = olds.get(k);
    if (o && o.version === n.version) continue;
    ctx.emit('ΔDEPENDENCY', c.file, { line: n.line, endLine: n.line }, {
      uid: `DEP::${c.file}:${n.section}:${n.name}`, before: o?.version, after: n.version,
      meta: { name: n.name, section: n.section, change: o ? 'version' : 'added' },
      ...(o ? { baseRange: { line: o.line, endLine: o.line } } : {}),
    });
    c.cov.newLines.add(n.line);
    if (o) c.cov.oldLines.add(o.line);
  }
  for (const [k, o] of olds) {
    if (news.has(k)) continue;
    const at = headLineForOld(c, o.line);
    ctx.emit('ΔDEPENDENCY', c.file, { line: at, endLine: at }, {
      uid: `DEP::${c.file}:${o.section}:${o.name}`, before: o.version, baseRange: { line: o.line, endLine: o.line },
      meta: { name: o.name, section: o.section, change: 'removed' },
    });
    c.cov.oldLines.add(o.line);
  }
}
