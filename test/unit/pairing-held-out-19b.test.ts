// Held-out batch 19b (docs/accuracy.md "Held-out batch 19b"): the defect the batch found, on small
// cases with the neighbours that must keep their answer. Real parses (tree-sitter wasm).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { initParsers } from '../../server/src/parsing/languages';
import { directDelta } from '../helpers/direct-delta';

before(async () => {
  await initParsers();
});

const SCORED = ['ADD_FN', 'DEL_FN', 'RENAME_FN', 'EXTRACT_FN', 'INLINE_FN', 'MOVE_SYMBOL', 'ADD_CLASS', 'DEL_CLASS', 'RENAME_CLASS', 'MODIFY_SIG'];

const scoredTokens = (b: Record<string, string>, h: Record<string, string | null>) =>
  directDelta(b, h).tokens.filter((t) => SCORED.includes(t.kind));

/** Scored symbol tokens as `KIND file symbol` (MODIFY_SIG with its verdict), sorted. */
const scored = (b: Record<string, string>, h: Record<string, string | null>) =>
  scoredTokens(b, h)
    .map((t) => `${t.kind}${t.kind === 'MODIFY_SIG' ? (t.meta.compatible ? '/compatible' : '/breaking') : ''} ${t.file} ${t.symbol}`)
    .sort();

// cattrs 4c20ab73: configure_tagged_union defines `structure_tagged_union` four times, two per
// branch of `if default is NOTHING: … else: …`, with different parameters per branch. The change
// swapped the branches (`is not NOTHING` first). Same four definitions, same signatures and
// bodies: nothing to report. Equal counts paired by position, so each definition met one of the
// other branch and the engine reported a breaking MODIFY_SIG.
const tagged = (defaultFirst: boolean) => {
  const noDefault = [
    '        if forbid:',
    '',
    '            def structure_tagged_union(val: dict, _, _tag_to_cl=tag_to_hook, _tag_name=tag_name) -> union:',
    '                val = val.copy()',
    '                return _tag_to_cl[val.pop(_tag_name)](val)',
    '',
    '        else:',
    '',
    '            def structure_tagged_union(val: dict, _, _tag_to_cl=tag_to_hook, _tag_name=tag_name) -> union:',
    '                return _tag_to_cl[val[_tag_name]](val)',
  ];
  const withDefault = [
    '        if forbid:',
    '',
    '            def structure_tagged_union(val: dict, _, _tag_to_hook=tag_to_hook, _tag_name=tag_name, _dh=default_handler, _default=default) -> union:',
    '                if _tag_name in val:',
    '                    val = val.copy()',
    '                    return _tag_to_hook[val.pop(_tag_name)](val)',
    '                return _dh(val, _default)',
    '',
    '        else:',
    '',
    '            def structure_tagged_union(val: dict, _, _tag_to_hook=tag_to_hook, _tag_name=tag_name, _dh=default_handler, _default=default) -> union:',
    '                if _tag_name in val:',
    '                    return _tag_to_hook[val[_tag_name]](val)',
    '                return _dh(val, _default)',
  ];
  return [
    'def configure_tagged_union(union, converter, tag_name="_type", default=NOTHING, forbid=False):',
    '    tag_to_hook = {}',
    ...(defaultFirst
      ? ['    if default is not NOTHING:', '        default_handler = converter.get_structure_hook(default)', ...withDefault, '    else:', ...noDefault]
      : ['    if default is NOTHING:', ...noDefault, '    else:', '        default_handler = converter.get_structure_hook(default)', ...withDefault]),
    '    converter.register_structure_hook(union, structure_tagged_union)',
    '',
  ].join('\n');
};

test('same-named definitions that changed places pair with their unchanged selves, not by position (cattrs 4c20ab73)', () => {
  assert.deepEqual(scored({ 'unions.py': tagged(false) }, { 'unions.py': tagged(true) }), []);
});

// Python version branches, module level: the same two `get_args` with the branches swapped.
const branches = (modernFirst: boolean, modernParams = 'tp, *, strict=False') => {
  const modern = [`    def get_args(${modernParams}):`, '        return tp.__args__ if strict else getattr(tp, "__args__", ())'];
  const legacy = ['    def get_args(t):', '        return getattr(t, "__args__", ())'];
  return [
    'import sys',
    '',
    `if sys.version_info ${modernFirst ? '>=' : '<'} (3, 10):`,
    ...(modernFirst ? modern : legacy),
    'else:',
    ...(modernFirst ? legacy : modern),
    '',
  ].join('\n');
};

test('version branches swapped: no signature change', () => {
  assert.deepEqual(scored({ 'compat.py': branches(false) }, { 'compat.py': branches(true) }), []);
});

test('neighbour: branches swapped and one signature really changed gives that one change (a required parameter inserted)', () => {
  assert.deepEqual(scored({ 'compat.py': branches(false) }, { 'compat.py': branches(true, 'tp, mode, *, strict=False') }), [
    'MODIFY_SIG/breaking compat.py get_args',
  ]);
});

test('neighbour: two same-named definitions edited in place keep pairing in place (the change lands on the edited one)', () => {
  const base = branches(true);
  const head = base.replace('    def get_args(t):', '    def get_args(t, default=()):').replace('getattr(t, "__args__", ())', 'getattr(t, "__args__", default)');
  const toks = scoredTokens({ 'compat.py': base }, { 'compat.py': head });
  assert.deepEqual(toks.map((t) => `${t.kind}/${t.meta.compatible ? 'compatible' : 'breaking'} ${t.symbol}`), ['MODIFY_SIG/compatible get_args']);
  // The edited (legacy) definition is the else branch's, line 7 of the head; the first one is line 4.
  assert.equal(toks[0].range.line, 7);
});

test('neighbour: three same-named definitions becoming two is one removal (typer a79fbafb, multiset)', () => {
  const three = ['import sys', '', 'if sys.version_info >= (3, 10):', '    def f(a):', '        return a', 'elif sys.version_info >= (3, 8):', '    def f(a, b=1):', '        return a + b', 'else:', '    def f(*args):', '        return args', ''].join('\n');
  const two = ['import sys', '', 'if sys.version_info >= (3, 10):', '    def f(a):', '        return a', 'else:', '    def f(*args):', '        return args', ''].join('\n');
  assert.deepEqual(scored({ 'm.py': three }, { 'm.py': two }), ['DEL_FN m.py f']);
});
