// Issue 15: the Neovim (0.11 built-in and 0.10 nvim-lspconfig), Helix and Zed snippets of
// docs/editor.md, checked as written. Each snippet's command is started exactly as the editor
// would (the program looked up on PATH, `glx` being the installed CLI), with exactly the
// snippet's initialization options; the server must index the repository and publish the
// token diagnostics with those options applied.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { LspSession, fileUri } from '../helpers/lsp-client';
import { TempRepo } from '../helpers/temp-repo';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const DOC = fs.readFileSync(path.join(ROOT, 'docs', 'editor.md'), 'utf8');
const shim = fs.mkdtempSync(path.join(os.tmpdir(), 'glx-editor-path-'));
let repo: TempRepo;

/** The code blocks of `lang` in the section under `heading`. */
function blocks(heading: string, lang: string): string[] {
  const start = DOC.indexOf(heading);
  assert.ok(start >= 0, heading);
  const next = DOC.indexOf('\n### ', start + heading.length);
  const section = DOC.slice(start, next < 0 ? undefined : next);
  return [...section.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);
}

/** The balanced `{…}` or `[…]` that follows `key =` in a Lua/TOML snippet. */
function valueAfter(src: string, key: string): string {
  const m = new RegExp(`\\b${key}\\s*=\\s*`).exec(src);
  assert.ok(m, `${key} = in ${src}`);
  let i = m.index + m[0].length;
  const open = src[i];
  const close = open === '{' ? '}' : open === '[' ? ']' : '';
  if (!close) return /^("[^"]*"|'[^']*'|[^\s,]+)/.exec(src.slice(i))![1];
  let depth = 0;
  for (let j = i; j < src.length; j++) {
    if (src[j] === open) depth++;
    else if (src[j] === close && --depth === 0) return src.slice(i, j + 1);
  }
  throw new Error(`unbalanced ${key}`);
}

/** A Lua/TOML table of the snippets' shape as JSON: `{ a = { b = 'x' } }`, `{ 'a', 'b' }`. */
function table(src: string): any {
  let s = src.replace(/'([^']*)'/g, '"$1"').replace(/([A-Za-z_]\w*)\s*=/g, '"$1":');
  // A Lua list (no key inside): { "a", "b" } → [ "a", "b" ].
  s = s.replace(/\{([^{}:]*)\}/g, (all, inner: string) => (inner.includes('"') && !inner.includes(':') ? `[${inner}]` : all));
  return JSON.parse(s);
}

before(() => {
  // `glx` on PATH, as `npm install -g glitchlab-cli` (or this repository's bin/) puts it there.
  fs.writeFileSync(path.join(shim, 'glx'), `#!/bin/sh\nexec "${process.execPath}" "${path.join(ROOT, 'bin', 'glx')}" "$@"\n`, { mode: 0o755 });
  repo = new TempRepo();
  repo.commit({ 'src/math.ts': 'export function add(a: number, b: number): number {\n  return a + b;\n}\n' }, 'base');
});
after(() => {
  repo.cleanup();
  fs.rmSync(shim, { recursive: true, force: true });
});

const CHANGED = 'export function add(a: number, b: number, c = 0): number {\n  return a + b + c;\n}\n';

/** Starts `command args` as an editor does, initializes with `initOptions`; returns the MODIFY_SIG diagnostic. */
async function runSnippet(command: string, args: string[], initOptions: unknown) {
  const s = LspSession.spawnCommand(command, args, repo.dir, { PATH: `${shim}${path.delimiter}${process.env.PATH}` });
  try {
    const uri = fileUri(repo.dir, 'src/math.ts');
    const r = await s.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: fileUri(repo.dir, ''),
      capabilities: {},
      workspaceFolders: [{ uri: fileUri(repo.dir, ''), name: 'repo' }],
      initializationOptions: initOptions,
    });
    assert.ok((r as { capabilities: unknown }).capabilities);
    await s.conn.sendNotification('initialized', {});
    s.open(uri, CHANGED);
    const diags = await s.waitDiagnostics(uri, (d) => d.some((x) => x.code === 'MODIFY_SIG'), 'MODIFY_SIG', 0, 30_000);
    return diags.find((x) => x.code === 'MODIFY_SIG')!;
  } finally {
    await s.close();
  }
}

test('Neovim 0.11 (vim.lsp.config): cmd and init_options as documented; level hint applies', async () => {
  const [lua] = blocks('### Neovim', 'lua');
  const cmd: string[] = table(valueAfter(lua, 'cmd'));
  assert.deepEqual(cmd, ['glx', 'lsp', '--stdio']);
  const init = table(valueAfter(lua, 'init_options'));
  assert.deepEqual(init, { settings: { debounceMs: 150, diagnostics: { level: 'hint' } } });
  const d = await runSnippet(cmd[0], cmd.slice(1), init);
  assert.equal(d.severity, 4, 'Hint, from init_options');
  assert.equal(d.source, 'glitchlab');
});

test('Neovim 0.10 (nvim-lspconfig custom server): default_config.cmd and init_options as documented', async () => {
  const lua = blocks('### Neovim', 'lua').find((b) => b.includes('lspconfig'));
  assert.ok(lua, 'an nvim-lspconfig snippet');
  assert.match(lua, /require\('lspconfig'\)\.glitchlab\.setup\(\{\}\)/);
  const cmd: string[] = table(valueAfter(lua, 'cmd'));
  const d = await runSnippet(cmd[0], cmd.slice(1), table(valueAfter(lua, 'init_options')));
  assert.equal(d.severity, 3, 'Information by default');
});

test('Helix (languages.toml): command, args and config as documented', async () => {
  const [toml] = blocks('### Helix', 'toml');
  const command = JSON.parse(valueAfter(toml, 'command'));
  const args: string[] = JSON.parse(valueAfter(toml, 'args'));
  assert.deepEqual([command, ...args], ['glx', 'lsp', '--stdio']);
  const d = await runSnippet(command, args, table(valueAfter(toml, 'config')));
  assert.equal(d.severity, 3);
});

test('Zed (settings.json): binary path, arguments and initialization_options as documented', async () => {
  const [json] = blocks('### Zed', 'json');
  const zed = JSON.parse(json).lsp.glitchlab;
  const d = await runSnippet(zed.binary.path, zed.binary.arguments, zed.initialization_options);
  assert.equal(d.severity, 3);
});
