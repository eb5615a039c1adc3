// Issue 15: the "Get started with GlitchLab" walkthrough (package.json contributes.walkthroughs):
// five steps, each with a short text, an image that ships in the .vsix, and a button whose
// command exists; the extension opens it by the id declared here (e2e checks it in VS Code).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { ALL_COMMAND_IDS } from '../../server/src/protocol';

const ROOT = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

test('walkthrough: pick the base, first tokens, Mosaic, a playbook, CI — each with text, image and a working button', () => {
  const [w] = manifest.contributes.walkthroughs;
  assert.equal(w.id, 'gettingStarted');
  assert.match(fs.readFileSync(path.join(ROOT, 'client', 'src', 'extension.ts'), 'utf8'), /WALKTHROUGH_ID = 'gettingStarted'/);
  assert.deepEqual(w.steps.map((s: { title: string }) => s.title), ['Pick the base', 'See your first tokens', 'Open the Mosaic', 'Run a playbook', 'Add GlitchLab to CI']);
  const ignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8');
  for (const s of w.steps) {
    assert.ok(s.description.split('\n')[0].length > 40, `${s.id}: a short text`);
    const image = s.media?.image as string;
    assert.ok(image && fs.existsSync(path.join(ROOT, image)), `${s.id}: image ${image}`);
    assert.ok(s.media.altText, `${s.id}: alt text`);
    assert.match(ignore, new RegExp(`^!${path.dirname(image).replace(/[.*]/g, '\\$&')}/\\*\\.svg$`, 'm'), 'the images ship in the .vsix');
    // A button is a line holding only a link (VS Code renders it as a button).
    const buttons = s.description.split('\n').map((l: string) => /^\[([^\]]+)\]\(([^)]+)\)$/.exec(l)).filter(Boolean) as RegExpExecArray[];
    assert.ok(buttons.length >= 1, `${s.id}: a button`);
    for (const [, , target] of buttons) {
      if (target.startsWith('command:')) {
        const id = target.slice('command:'.length);
        assert.ok(ALL_COMMAND_IDS.includes(id as never) || id === 'workbench.actions.view.problems', `${s.id}: unknown command ${id}`);
      } else {
        assert.match(target, /^https:\/\/github\.com\/glitchlab\/glitchlab-vscode\/blob\/main\/docs\/[\w.-]+\.md$/);
        assert.ok(fs.existsSync(path.join(ROOT, 'docs', path.basename(target))), target);
      }
    }
    for (const ev of s.completionEvents ?? []) {
      if (ev.startsWith('onCommand:glitchlab.')) assert.ok(ALL_COMMAND_IDS.includes(ev.slice('onCommand:'.length)), ev);
    }
  }
});
