// The defect classes found with held-out batch 10 (typer, node-fetch, redux; docs/accuracy.md
// "Held-out batch 10"), each on a small case shaped like the real commit that showed it, with the
// neighbouring cases that must keep their old answer. The batch's 39 labelled commits scored
// 1.000 / 1.000 as labelled; these two classes were found reading the engine's answers on its
// unlabelled sweep of 51 other commits of the same repositories.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { initParsers } from '../../server/src/parsing/languages';
import { moduleKey } from '../../server/src/delta/emit-imports';
import { directDelta } from '../helpers/direct-delta';

before(async () => {
  await initParsers();
});

const imports = (r: ReturnType<typeof directDelta>) =>
  r.tokens.filter((t) => t.kind === 'ΔIMPORT').map((t) => `${t.file} ${String(t.meta.sign)}${String(t.meta.spec)}`).sort();

test('a Node builtin imported through the `node:` scheme is the module it names: `net` → `node:net` imports nothing new (node-fetch 41f53b90)', () => {
  const a = `import {isIP} from 'net';\nimport {promises} from 'fs';\nexport function f(x) {\n  return isIP(x);\n}\n`;
  const b = `import {isIP} from 'node:net';\nimport {promises} from 'node:fs/promises';\nexport function f(x) {\n  return isIP(x);\n}\n`;
  // `fs` → `node:fs/promises` is another module (a subpath), so that pair stays.
  assert.deepEqual(imports(directDelta({ 'src/referrer.js': a }, { 'src/referrer.js': b })), ['src/referrer.js +node:fs/promises', 'src/referrer.js -fs']);
  assert.equal(moduleKey('src/a.js', 'node:net'), moduleKey('src/a.js', 'net'));
  assert.equal(moduleKey('src/a.ts', 'node:fs/promises'), moduleKey('src/a.ts', 'fs/promises'));
  // Only builtins: `node:test` exists only with the scheme, and a package named `test` is not it.
  assert.notEqual(moduleKey('src/a.js', 'node:test'), moduleKey('src/a.js', 'test'));
  assert.notEqual(moduleKey('src/a.js', 'node:left-pad'), moduleKey('src/a.js', 'left-pad'));
});

test('a Python module imported both relatively and by its package-absolute name is one module: `import typer.core` + `from .core import X` adds nothing (typer 661b49ec)', () => {
  const a = `import typer.core\n\ntry:\n    import rich\nexcept ImportError:\n    rich = None\n\n\ndef main():\n    return typer.core.run(rich)\n`;
  const b = `import typer.core\n\nfrom .core import HAS_RICH\n\n\ndef main():\n    return typer.core.run(HAS_RICH)\n`;
  assert.deepEqual(imports(directDelta({ 'typer/cli.py': a }, { 'typer/cli.py': b })), ['typer/cli.py -rich']);
  assert.equal(moduleKey('typer/cli.py', '.core'), moduleKey('typer/cli.py', 'typer.core'));
  assert.equal(moduleKey('typer/sub/x.py', '..core'), moduleKey('typer/main.py', 'typer.core'));
  // A relative import of a module the file did not import before is still new.
  const c = b.replace('from .core import HAS_RICH', 'from .core import HAS_RICH\nfrom .models import Info');
  assert.deepEqual(imports(directDelta({ 'typer/cli.py': a }, { 'typer/cli.py': c })), ['typer/cli.py +.models', 'typer/cli.py -rich']);
  // JS keeps bare specifiers as written (a package name is not a path).
  assert.equal(moduleKey('x.ts', 'react'), 'react');
});
