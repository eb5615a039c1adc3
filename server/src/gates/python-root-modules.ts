// Top-level Python modules a distribution does not ship (docs/gates.md "Whose API"). A
// repository whose library is a package (`httpcore/__init__.py`, or `src/<name>/__init__.py`)
// keeps its build and maintenance scripts beside it at the top (`unasync.py`, `tasks.py`,
// `release.py`): no user can `import` them after `pip install`, so moving or changing them breaks
// no public API. httpcore 55181722f9 moved `unasync.py` to `scripts/` and I2 failed its five
// functions as removed API. A top-level module IS shipped when the packaging configuration names
// it (setuptools `py_modules`, hatch `include`/`only-include`, flit's `module`: any mention of the
// module's name in pyproject.toml, setup.py or setup.cfg counts, on purpose loosely), and in a
// repository with no package at all (a single-module distribution such as `six.py`).
// Pure: the caller (app/public-surface-at.ts) reads the base tree and the packaging files.

/** The packaging files whose text may name a top-level module. */
export const PACKAGING_FILES: readonly string[] = ['pyproject.toml', 'setup.py', 'setup.cfg'];

const PACKAGE_INIT = /^(?:src\/)?[A-Za-z_][\w]*\/__init__\.py$/;

/**
 * Of `modules` (top-level `.py` files), those the distribution does not ship. `tree`: every
 * file at the base; `packaging`: the texts of PACKAGING_FILES that exist.
 */
export function unshippedRootModules(modules: readonly string[], tree: readonly string[], packaging: readonly string[]): Set<string> {
  const out = new Set<string>();
  if (!tree.some((f) => PACKAGE_INIT.test(f))) return out;
  for (const m of modules) {
    if (m.includes('/') || !m.endsWith('.py')) continue;
    const name = m.slice(0, -'.py'.length);
    const named = new RegExp(`(?<![\\w.-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`);
    if (!packaging.some((t) => named.test(t))) out.add(m);
  }
  return out;
}
