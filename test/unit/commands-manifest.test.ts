// Command ids are declared once in code (server/src/protocol/commands.ts, issue 9) and once for
// VS Code (package.json contributes.commands, which adds titles). These tests keep the two in
// step: a command contributed but not declared, declared but not contributed, or a menu /
// keybinding / activation event naming an unknown command fails here instead of in the editor.
// The custom LSP method names get the same "spelled once" check.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import * as protocol from '../../server/src/protocol';
import { ALL_COMMAND_IDS, CommandIds } from '../../server/src/protocol/commands';

const ROOT = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  activationEvents?: string[];
  contributes?: {
    commands?: { command: string }[];
    menus?: Record<string, { command?: string; alt?: string; submenu?: string }[]>;
    keybindings?: { command: string } | { command: string }[];
  };
};
const declared = new Set<string>(ALL_COMMAND_IDS);
const contributed = (manifest.contributes?.commands ?? []).map((c) => c.command);

test('commands.ts: every id is declared once and spelled glitchlab.*', () => {
  assert.equal(declared.size, ALL_COMMAND_IDS.length, 'two constants share one id');
  assert.deepEqual(ALL_COMMAND_IDS, Object.values(CommandIds));
  for (const id of ALL_COMMAND_IDS) assert.match(id, /^glitchlab\.[A-Za-z][A-Za-z.]*$/);
});

test('package.json contributes exactly the commands declared in commands.ts', () => {
  assert.equal(new Set(contributed).size, contributed.length, `a command is contributed twice: ${contributed.join(', ')}`);
  const undeclared = contributed.filter((id) => !declared.has(id));
  assert.deepEqual(undeclared, [], `contributed in package.json but not declared in server/src/protocol/commands.ts: ${undeclared.join(', ')}`);
  const uncontributed = ALL_COMMAND_IDS.filter((id) => !contributed.includes(id));
  assert.deepEqual(uncontributed, [], `declared in commands.ts but not contributed in package.json: ${uncontributed.join(', ')}`);
});

test('menus, keybindings and activation events name only declared commands', () => {
  const named: { where: string; id: string }[] = [];
  for (const [menu, entries] of Object.entries(manifest.contributes?.menus ?? {})) {
    for (const e of entries) {
      if (e.command !== undefined) named.push({ where: `menus.${menu}`, id: e.command });
      if (e.alt !== undefined) named.push({ where: `menus.${menu} (alt)`, id: e.alt });
    }
  }
  const keys = manifest.contributes?.keybindings;
  for (const k of Array.isArray(keys) ? keys : keys ? [keys] : []) named.push({ where: 'keybindings', id: k.command.replace(/^-/, '') });
  for (const ev of manifest.activationEvents ?? []) {
    if (ev.startsWith('onCommand:')) named.push({ where: 'activationEvents', id: ev.slice('onCommand:'.length) });
  }
  const unknown = named.filter((n) => !declared.has(n.id)).map((n) => `${n.where}: ${n.id}`);
  assert.deepEqual(unknown, [], `package.json names commands that commands.ts does not declare: ${unknown.join('; ')}`);
});

/** `file:line: match` for every line of the code folders matching `re`, except in `skip`. */
function literalHits(re: RegExp, skip: (rel: string) => boolean): string[] {
  const hits: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const rel = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'node_modules') walk(rel);
      } else if (/\.(ts|tsx|mts|cts|js|mjs)$/.test(e.name) && !skip(rel)) {
        fs.readFileSync(path.join(ROOT, rel), 'utf8').split('\n').forEach((line, i) => {
          const m = re.exec(line);
          if (m) hits.push(`${rel}:${i + 1}: ${m[1]}`);
        });
      }
    }
  };
  for (const dir of ['client/src', 'server/src', 'webview-ui', 'test', 'bench', 'scripts']) {
    if (fs.existsSync(path.join(ROOT, dir))) walk(dir);
  }
  return hits;
}

const alternation = (xs: readonly string[]) => xs.map((x) => x.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
const self = path.join('test', 'unit', 'commands-manifest.test.ts');

test('no code outside commands.ts spells a command id as a string literal', () => {
  const declaration = path.join('server', 'src', 'protocol', 'commands.ts');
  const hits = literalHits(new RegExp(`['"\`](${alternation(ALL_COMMAND_IDS)})['"\`]`), (rel) => rel === self || rel === declaration);
  assert.deepEqual(hits, [], `use CommandIds from server/src/protocol/commands.ts instead of: ${hits.join('; ')}`);
});

test('no code outside the protocol spells a custom LSP method as a string literal', () => {
  const methods: string[] = [];
  for (const v of Object.values(protocol) as unknown[]) {
    const m = v && typeof v === 'object' && 'method' in v ? v.method : undefined;
    if (typeof m === 'string' && m.startsWith('glitchlab/')) methods.push(m);
  }
  assert.ok(methods.length >= 10, `found the protocol's methods: ${methods.join(', ')}`);
  const hits = literalHits(new RegExp(`['"](${alternation(methods)})['"]`), (rel) => rel === self || rel.startsWith(path.join('server', 'src', 'protocol') + path.sep));
  assert.deepEqual(hits, [], `use the protocol's <Message>.method / .type instead of: ${hits.join('; ')}`);
});
