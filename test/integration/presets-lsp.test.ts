// The editor's preset quick pick (issue 16): `glitchlab/presets` lists presets/*.yaml as `glx
// presets index` does (valid ones with their description, an invalid one with its first
// problem at its line), writes nothing (.glx/presets_index.json is not created), and says which
// preset the server applied — or, for a glitchlab.preset it could not apply, why. Picking one
// (the client writes glitchlab.preset) restarts the server with it: the ΔZ changes as
// `glx delta --preset` says. Real server over stdio, real temp repository.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { DeltaReportRequest, EgdbConfigureNotification, PresetsRequest, type PresetsList } from '../../server/src/protocol';
import { writePlugin } from '../helpers/plugin-fixtures';
import { fileUri, ROOT } from '../helpers/lsp-client';
import { LspSession } from '../helpers/lsp-client';
import { TempRepo } from '../helpers/temp-repo';

const cleanup: (() => Promise<void> | void)[] = [];
after(async () => {
  for (const c of cleanup.reverse()) await c();
});

function repo(): TempRepo {
  const r = new TempRepo('glx-presets-lsp-');
  r.commit({ 'src/a.ts': 'export function f(a: number) { return a; }\n' }, 'base');
  r.write('src/a.ts', 'export function f(a: number, b: number) { return a + b; }\n');
  r.write('presets/strict.yaml', 'description: Public API changes weigh more\nweights:\n  MODIFY_SIG: 5\n');
  r.write('presets/broken.yaml', 'weights:\n  NOT_A_KIND: 1\n');
  return r;
}

async function session(dir: string, preset?: string): Promise<LspSession> {
  const s = LspSession.spawn();
  cleanup.push(() => s.close());
  await s.initialize(dir, preset === undefined ? {} : { preset });
  await s.waitStatus((st) => st.state === 'ready', 'ready');
  return s;
}

test('glitchlab/presets: the presets as glx presets index lists them, nothing written; which one is applied', async () => {
  const r = repo();
  cleanup.push(() => r.cleanup());
  const none = await session(r.dir);
  const list = (await none.request(PresetsRequest.method, {})) as PresetsList;
  assert.deepEqual(list.presets.map((p) => [p.name, p.valid, p.description ?? null]), [
    ['broken', false, null],
    ['strict', true, 'Public API changes weigh more'],
  ]);
  assert.match(list.presets[0].problem!, /^presets\/broken\.yaml:2:3: weights: unknown token kind "NOT_A_KIND"/);
  assert.equal(list.active, null);
  assert.equal(fs.existsSync(path.join(r.dir, '.glx', 'presets_index.json')), false, 'listing writes no index');
  const dzNone = (await none.waitStatus((st) => st.state === 'ready', 'ready')).dz;

  // The pick: the server (restarted by the client) analyses with the preset.
  const strict = await session(r.dir, 'strict');
  const listed = (await strict.request(PresetsRequest.method, null)) as PresetsList;
  assert.equal(listed.active, 'strict');
  assert.equal(listed.activeProblem, undefined);
  const dzStrict = (await strict.waitStatus((st) => st.state === 'ready', 'ready')).dz;
  assert.ok(dzStrict > dzNone, `MODIFY_SIG weighs 5 with the preset: ΔZ ${dzStrict} > ${dzNone}`);

  // A preset that cannot be applied: the analysis runs without it and the list says why.
  const broken = await session(r.dir, 'broken');
  const b = (await broken.request(PresetsRequest.method, {})) as PresetsList;
  assert.equal(b.active, null);
  assert.match(b.activeProblem!, /presets\/broken\.yaml:2:3: weights: unknown token kind "NOT_A_KIND"/);
  assert.equal((await broken.waitStatus((st) => st.state === 'ready', 'ready')).dz, dzNone);
});

test('a preset picked in the editor weighs a plugin\'s tokens too: after the restart, once trusted, the route token weighs what the preset says', async () => {
  const r = new TempRepo('glx-presets-lsp-plugin-');
  cleanup.push(() => r.cleanup());
  const BASE = "import express from 'express';\nconst app = express();\napp.get('/health', (req, res) => res.send('ok'));\nexport default app;\n";
  r.commit({ 'src/server.ts': BASE, 'presets/strict.yaml': 'description: New HTTP routes weigh more\nweights:\n  http.ROUTE_ADDED: 2\n' }, 'base');
  writePlugin(r.dir, 'http-routes', fs.readFileSync(path.join(ROOT, 'examples', 'plugins', 'http-routes', 'http-routes.mjs'), 'utf8'));
  const HEAD = BASE.replace('export default', "app.post('/orders', (req, res) => res.sendStatus(201));\nexport default");
  const routeToken = async (preset?: string) => {
    const s = await session(r.dir, preset);
    const uri = fileUri(r.dir, 'src/server.ts');
    s.open(uri, HEAD);
    // The client's first message after each (re)start: the workspace is trusted, plugins may run.
    await s.conn.sendNotification(EgdbConfigureNotification.method, { url: null, ingest: true });
    const end = Date.now() + 20_000;
    for (;;) {
      const rep = await s.send(DeltaReportRequest.type, {});
      const t = rep.tokens.find((x) => x.kind === 'http.ROUTE_ADDED');
      if (t) return { weight: t.weight, status: await s.waitStatus((st) => st.state === 'ready', 'ready') };
      if (Date.now() > end) throw new Error(`no http.ROUTE_ADDED with preset ${preset}`);
      await new Promise((res) => setTimeout(res, 100));
    }
  };
  const plain = await routeToken();
  const strict = await routeToken('strict');
  assert.equal(plain.weight, 0.1, 'the manifest weight without a preset');
  assert.equal(strict.weight, 2, 'the preset weight');
});
