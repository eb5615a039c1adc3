// emit-imports.ts (spec §3.3 deps rows): ΔIMPORT, import reordering, ΔFAN_OUT/ΔFAN_IN, ΔDEPENDENCY.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emitDependencies, emitImports, FanEmitter } from '../../server/src/delta/emit-imports';
import { rig } from '../helpers/emitters';

const APP = `import { readFile } from 'node:fs/promises';
import { parse } from './parse';
import { log } from './log';

export async function load(p: string) {
  log('load ' + p);
  return parse(await readFile(p, 'utf8'));
}
`;

test('an import added and one removed: ΔIMPORT +spec on its line, −spec where it stood with the base line', async () => {
  const b = APP.replace("import { log } from './log';\n", "import { trace } from './trace';\n").replace("log('load ' + p);", "trace('load ' + p);");
  const r = await rig({ 'src/app.ts': APP }, { 'src/app.ts': b });
  emitImports(r.ctx, r.change('src/app.ts'));
  assert.deepEqual(r.tokens().map((t) => `${t.kind} ${String(t.meta.sign)}${String(t.meta.spec)} ${t.range.line}`), ['ΔIMPORT +./trace 3', 'ΔIMPORT -./log 3']);
  assert.deepEqual(r.tokens()[1].meta.baseRange, { line: 3, endLine: 3 });
  assert.equal(r.tokens()[0].uid, 'IMPORT::src/app.ts:+./trace');
});

test('imports only reordered: no ΔIMPORT, their lines are ΔCOMMENTS{import-order}', async () => {
  const b = APP.replace("import { parse } from './parse';\nimport { log } from './log';", "import { log } from './log';\nimport { parse } from './parse';");
  const r = await rig({ 'src/app.ts': APP }, { 'src/app.ts': b });
  emitImports(r.ctx, r.change('src/app.ts'));
  assert.deepEqual(r.tokens().map((t) => `${t.kind} ${String(t.meta.reason)}`), ['ΔCOMMENTS import-order']);
});

test('fan-out and fan-in: a file that starts importing a workspace module raises its fan-out and the target fan-in', async () => {
  const parse = 'export function parse(s: string) {\n  return JSON.parse(s);\n}\n';
  const a = "import { log } from './log';\n\nexport function run(s: string) {\n  log(s);\n  return s;\n}\n";
  const b = "import { log } from './log';\nimport { parse } from './parse';\n\nexport function run(s: string) {\n  log(s);\n  return parse(s);\n}\n";
  const log = 'export function log(s: string) {\n  console.log(s);\n}\n';
  const r = await rig({ 'src/run.ts': a, 'src/parse.ts': parse, 'src/log.ts': log }, { 'src/run.ts': b });
  const fan = new FanEmitter(r.ctx);
  for (const c of r.ctx.changes) fan.fanOut(c);
  fan.emitFanIn();
  assert.deepEqual(r.tokens().map((t) => `${t.kind} ${t.file} ${String(t.meta.sign)}${t.magnitude}`), ['ΔFAN_OUT src/run.ts +1', 'ΔFAN_IN src/parse.ts +1']);
});

test('package.json: a version bump and a removed devDependency give ΔDEPENDENCY on the declaring line (a removal: the head line it followed)', async () => {
  const a = '{\n  "name": "x",\n  "dependencies": {\n    "yaml": "^2.3.0"\n  },\n  "devDependencies": {\n    "mocha": "^10.0.0",\n    "typescript": "^5.4.0"\n  }\n}\n';
  const b = '{\n  "name": "x",\n  "dependencies": {\n    "yaml": "^2.4.1"\n  },\n  "devDependencies": {\n    "typescript": "^5.4.0"\n  }\n}\n';
  const r = await rig({ 'package.json': a }, { 'package.json': b });
  emitDependencies(r.ctx, r.change('package.json'));
  assert.deepEqual(r.tokens().map((t) => `${String(t.meta.name)} ${String(t.meta.change)} ${t.range.line}`), ['yaml version 4', 'mocha removed 6']);
  assert.deepEqual([r.tokens()[0].before, r.tokens()[0].after], ['^2.3.0', '^2.4.1']);
  assert.deepEqual(r.tokens()[1].meta.baseRange, { line: 7, endLine: 7 });
});
