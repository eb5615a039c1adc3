// Two ways a Python name stays importable after its declaration left a module, both visible in
// the change's text (spec §3.7 I2: a removal FAILs "unless the old name stays exported … or a
// deprecated adapter … still forwards"). Found by the gates' sixth backtest ten (docs/gates.md):
//
// - A module `__getattr__` (PEP 562) that answers the old name — werkzeug's deprecations rename
//   `OrderedMultiDict` → `_OrderedMultiDict` and serve the old name from
//   `def __getattr__(name): if name == "OrderedMultiDict": warn(…); return _OrderedMultiDict`
//   (1db190bac8, 3ea0d282d7), or from a table of names (`alts = {"parse_accept_header": …}`).
//   In the module itself: PASS, `from m import Old` still works. In the package's `__init__.py`
//   only: REVIEW — `from pkg import Old` works, `from pkg.m import Old` does not.
// - A package `__init__.py` that imports the name from its new module (`from .recipes import *`,
//   `from .recipes import Stats`): more-itertools 247e15b3a4 moved `Stats` and three functions from
//   `more.py` to `recipes.py`, and `more_itertools.Stats` stayed. REVIEW, as for the package's
//   `__getattr__`: `from more_itertools.more import Stats` no longer works.
// - A stub `m.pyi` removed while `m.py` remains: the stub only described the module's types
//   (werkzeug 37b9423dfd moved its datastructures' annotations inline and deleted the stubs); the
//   names are the module's, judged against `m.py`'s declarations when the change has them.
import type { ChangeSet } from '../delta/change-set';
import type { FileAnalysis, SymbolInfo } from '../symbols/types';

/** The module-level `__getattr__` of `a` whose body names `name` as a string literal, if any. */
export function getattrServing(a: FileAnalysis | undefined, name: string): SymbolInfo | undefined {
  if (!a || a.lang !== 'python') return undefined;
  const dq = `"${name}"`;
  const sq = `'${name}'`;
  return a.symbols.find((x) => x.kind === 'fn' && !x.container && x.name === '__getattr__' && x.bodyTokens.some((t) => t === dq || t === sq));
}

/** Does `a` still declare `name` at module level (a function, class or type)? */
function declaresTop(a: FileAnalysis | undefined, name: string): boolean {
  return !!a && (a.symbols.some((x) => !x.container && x.name === name) || a.types.some((x) => x.qualname === name));
}

/** The package `__init__.py` beside `file` (`src/pkg/m.py` → `src/pkg/__init__.py`), or undefined for an `__init__.py` itself. */
export function packageInit(file: string): string | undefined {
  const slash = file.lastIndexOf('/');
  const base = file.slice(slash + 1);
  if (base === '__init__.py' || base === '__init__.pyi') return undefined;
  return `${file.slice(0, slash + 1)}__init__.py`;
}

export interface KeptName {
  verdict: 'PASS' | 'REVIEW';
  reason: string;
}

/**
 * How the top-level name `top` of the base module `file` stays importable although the head of
 * `file` (`headA`; undefined when deleted) no longer declares it: a module `__getattr__` in the
 * module or its package. Undefined when neither answers it.
 */
export function keptByGetattr(cs: ChangeSet, file: string, headA: FileAnalysis | undefined, top: string): KeptName | undefined {
  if (declaresTop(headA, top)) return undefined;
  const own = getattrServing(headA, top);
  if (own) {
    return { verdict: 'PASS', reason: `${top} stays importable from ${file} through its module __getattr__${own.deprecated ? ', which warns that it is deprecated' : ''} (PEP 562)` };
  }
  const init = packageInit(file);
  const initA = init ? cs.changes.find((x) => x.new?.path === init)?.new?.analysis : undefined;
  const pkg = getattrServing(initA, top);
  if (pkg) {
    return {
      verdict: 'REVIEW',
      reason: `REVIEW: ${top} stays importable from the package (${init}'s module __getattr__${pkg.deprecated ? ', deprecated' : ''}); imports of it from ${file} itself no longer work`,
    };
  }
  return undefined;
}

/** The module `m.py` a stub `m.pyi` describes, when the head still has it; undefined for other files. */
export function stubModule(cs: ChangeSet, file: string): { path: string; analysis?: FileAnalysis; text?: string } | undefined {
  if (!file.endsWith('.pyi')) return undefined;
  const path = file.slice(0, -1);
  const changed = cs.changes.find((x) => x.new?.path === path && x.status !== 'D');
  if (changed) return { path, ...(changed.new?.analysis ? { analysis: changed.new.analysis } : {}), ...(changed.new?.text !== undefined ? { text: changed.new.text } : {}) };
  return cs.fileExists?.('new', path) ? { path } : undefined;
}

/**
 * A top-level name moved from `file` to `dest` that the package `__init__.py` beside `file`
 * imports from `dest` (a star import — the name public and in `dest`'s `__all__` when it has one —
 * or by name). The `__init__.py` is read from the change when it changed, else from `unchanged`
 * (its text at the base, read by the app layer: app/public-surface-at.ts). REVIEW: the package
 * still exports the name, the old module does not.
 */
export function keptByPackageInit(cs: ChangeSet, file: string, name: string, dest: string, unchanged?: ReadonlyMap<string, string>): KeptName | undefined {
  const init = packageInit(file);
  if (!init) return undefined;
  const dir = init.slice(0, init.length - '__init__.py'.length);
  if (!dest.startsWith(dir) || !/\.pyi?$/.test(dest)) return undefined;
  const changed = cs.changes.find((x) => x.new?.path === init || (x.status === 'D' && x.old?.path === init));
  const text = changed ? changed.new?.text : unchanged?.get(init);
  if (text === undefined) return undefined;
  const mod = dest.slice(dir.length).replace(/\.pyi?$/, '').replace(/\/__init__$/, '').split('/').join('.');
  const esc = mod.replace(/\./g, '\\.');
  const re = new RegExp(`^from\\s+(?:\\.|[A-Za-z_][\\w.]*\\.)${esc}\\s+import\\s+(\\([^)]*\\)|[^\\n]*)`, 'gm');
  for (const m of text.matchAll(re)) {
    const what = m[1].replace(/[()]/g, ' ').replace(/#[^\n]*/g, ' ');
    const names = what.split(',').map((x) => x.trim().split(/\s+as\s+/)[0].trim()).filter(Boolean);
    const star = names.includes('*');
    if (!names.includes(name) && !(star && !name.startsWith('_') && inAllOf(cs, dest, name))) continue;
    return { verdict: 'REVIEW', reason: `REVIEW: the package still exports ${name} (${init}: \`${m[0].split('\n')[0].replace(/\s+#.*$/, '').trim()}\`); imports of it from ${file} itself no longer work` };
  }
  return undefined;
}

/** Would `from dest import *` bind `name`: no `__all__` in dest's head, or one listing it. */
function inAllOf(cs: ChangeSet, dest: string, name: string): boolean {
  const text = cs.changes.find((x) => x.new?.path === dest)?.new?.text;
  if (text === undefined) return false;
  const all = /^__all__\s*(?::[^=]*)?=\s*[[(]([^\])]*)[\])]/m.exec(text);
  if (!all) return !/^__all__\s*[+:=]/m.test(text); // an `__all__` built otherwise cannot be read
  return new RegExp(`["']${name}["']`).test(all[1]) || new RegExp(`^__all__\\s*\\+=.*["']${name}["']`, 'm').test(text);
}
