// gates/python-root-modules.ts: a top-level Python module beside the repository's package is not
// shipped unless the packaging configuration names it (httpcore 55181722f9 moved `unasync.py`,
// a maintenance script, to scripts/ and I2 failed its five functions as removed API).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unshippedRootModules } from '../../server/src/gates/python-root-modules';

const HATCH = '[build-system]\nrequires = ["hatchling"]\n\n[tool.hatch.build.targets.sdist]\ninclude = ["/httpcore", "/CHANGELOG.md"]\n';

test('scripts beside a package are unshipped; a module the packaging names, or of a repository without a package, is shipped', () => {
  const tree = ['httpcore/__init__.py', 'httpcore/_api.py', 'unasync.py', 'tasks.py', 'six_compat.py', 'pyproject.toml'];
  assert.deepEqual([...unshippedRootModules(['unasync.py', 'tasks.py'], tree, [HATCH])].sort(), ['tasks.py', 'unasync.py']);
  // Named by the packaging: setuptools py_modules, hatch only-include, setup.py — shipped.
  assert.deepEqual([...unshippedRootModules(['six_compat.py'], tree, ['[tool.setuptools]\npy-modules = ["six_compat"]\n'])], []);
  assert.deepEqual([...unshippedRootModules(['unasync.py'], tree, ['[tool.hatch.build.targets.wheel]\nonly-include = ["unasync.py", "httpcore"]\n'])], []);
  assert.deepEqual([...unshippedRootModules(['unasync.py'], tree, ["setup(name='x', py_modules=['unasync'])\n"])], []);
  // A mention of a longer name or a dotted path is not the module's.
  assert.deepEqual([...unshippedRootModules(['tasks.py'], tree, ['include = ["tasks-extra", "docs.tasks.md"]\n'])], ['tasks.py']);
  // A src/ layout has a package too.
  assert.deepEqual([...unshippedRootModules(['release.py'], ['src/pkg/__init__.py', 'release.py'], [])], ['release.py']);
  // No package anywhere: a single-module distribution (six.py), whatever the packaging says.
  assert.deepEqual([...unshippedRootModules(['six.py'], ['six.py', 'test_six.py', 'setup.py'], [])], []);
  // A package's __init__.py deeper down is not the library's package; only top-level files are judged.
  assert.deepEqual([...unshippedRootModules(['x.py', 'pkg/y.py'], ['tests/pkg/__init__.py', 'x.py', 'pkg/y.py'], [])], []);
});
