// Use case of `glx sast deny <rule-id>` (issue 12 item 5, "add a deny rule"): the rule id
// appended to `deny:` of security/policy.yaml (sast/deny-rule-edit.ts keeps the user's comments
// and format and validates the result). Nothing is lost: a copy of the old file goes to
// `.glx/security/backup/` first (never overwriting an earlier copy), then the new text replaces
// the file atomically (util/atomic-write.ts). The editor's quick fix applies the same text as a
// workspace edit instead (undoable in the editor, lsp/sast-features.ts).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputError } from '../errors';
import { withDenyRule } from '../sast/deny-rule-edit';
import { SECURITY_POLICY_PATH } from '../sast/security-policy';
import { writeFileAtomic } from '../util/atomic-write';
import { securityDir } from './sast';

export interface AddDenyRuleResult {
  file: string;
  added: boolean;
  created: boolean;
  /** The copy of the previous file (absent when the file was created or left unchanged). */
  backup?: string;
}

/** `security/policy.yaml` of `root`, refusing a `security/` that leads outside the workspace (a symlink). */
function policyFile(root: string): string {
  const file = path.join(root, SECURITY_POLICY_PATH);
  const dir = path.dirname(file);
  if (fs.existsSync(dir)) {
    const real = fs.realpathSync(dir);
    const top = fs.realpathSync(root);
    if (real !== top && !real.startsWith(top + path.sep)) throw new InputError(`${SECURITY_POLICY_PATH}: security/ leads outside the workspace (${real}); not written`, { input: SECURITY_POLICY_PATH });
  }
  return file;
}

export function addDenyRule(root: string, glxDir: string, rule: string, now = new Date()): AddDenyRuleResult {
  const file = policyFile(root);
  let old: string | undefined;
  try {
    old = fs.readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new InputError(`${SECURITY_POLICY_PATH}: ${(e as Error).message}`, { input: SECURITY_POLICY_PATH });
  }
  const edit = withDenyRule(old, rule);
  if (!edit.added) return { file, added: false, created: false };
  let backup: string | undefined;
  if (old !== undefined) {
    const dir = path.join(securityDir(glxDir), 'backup');
    fs.mkdirSync(dir, { recursive: true });
    const ts = now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
    backup = path.join(dir, `policy.yaml.${ts}`);
    for (let i = 1; fs.existsSync(backup); i++) backup = path.join(dir, `policy.yaml.${ts}-${i}`);
    fs.copyFileSync(file, backup, fs.constants.COPYFILE_EXCL);
  }
  writeFileAtomic(file, edit.text);
  return { file, added: true, created: old === undefined, backup };
}
