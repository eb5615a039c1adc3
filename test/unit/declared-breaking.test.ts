// Issue 17: a breaking change the commit declares (gates/declared-breaking.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { declaredBreakingLine, declaredBreakingOverride } from '../../server/src/gates/declared-breaking';

test('Conventional Commits: `type!:` / `type(scope)!:` headers and BREAKING CHANGE footers declare a break', () => {
  assert.equal(declaredBreakingLine('feat!: drop Node 18'), 'feat!: drop Node 18');
  assert.equal(declaredBreakingLine('refactor(core)!: rename prefixUrl to prefix\n\nbody'), 'refactor(core)!: rename prefixUrl to prefix');
  assert.equal(declaredBreakingLine('feat: new option\n\nBREAKING CHANGE: `isStream` is removed'), 'BREAKING CHANGE: `isStream` is removed');
  assert.equal(declaredBreakingLine('fix: x\r\n\r\nBREAKING-CHANGE: y'), 'BREAKING-CHANGE: y');
});

test('mentions that are not declarations do not count', () => {
  for (const m of [
    'feat: add option',
    'Remove `isStream` option',
    'fix: avoid a breaking change in the parser',
    'docs: explain what "BREAKING CHANGE:" means',
    'BREAKING CHANGE: header alone is not a footer',
    'feat: x\n\nbreaking change: lower case is not the token',
    'feat: x\n\nNot a BREAKING CHANGE: mid-line',
    'feat(scope): not!: bang after the colon',
  ]) assert.equal(declaredBreakingLine(m), undefined, m);
});

test('the override lowers I2, names the commit and redacts a secret pasted into the message', () => {
  const o = declaredBreakingOverride([
    { sha: 'a'.repeat(40), message: 'chore: tidy' },
    { sha: 'b'.repeat(40), message: 'feat!: rotate key AKIAABCDEFGHIJKLMNOP now' },
  ])!;
  assert.equal(o.gate, 'I2');
  assert.equal(o.ticket, 'declared in bbbbbbbbbb');
  assert.match(o.reason, /^breaking change declared in the commit message: "feat!: rotate key /);
  assert.doesNotMatch(o.reason, /AKIAABCDEFGHIJKLMNOP/);
  assert.equal(declaredBreakingOverride([{ sha: 'c'.repeat(40), message: 'fix: nothing declared' }]), undefined);
});

test('property: a message with no line starting with BREAKING and no `!:` in its header never declares', () => {
  const line = fc.string({ maxLength: 40 }).filter((l) => !/^BREAKING[ -]CHANGE:/.test(l) && !l.includes('\n') && !l.includes('\r'));
  fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), (lines) => {
    fc.pre(!/!:/.test(lines[0]));
    return declaredBreakingLine(lines.join('\n')) === undefined;
  }));
});
