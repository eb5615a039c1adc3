// "Add a deny rule" (issue 12 item 5): the rule id of a finding appended to `deny:` of
// security/policy.yaml, so findings of that rule always go to the block queue. The file is
// edited through the `yaml` package's Document API, so the user's comments, key order, quoting
// and the other entries stay as they were; only the new list item is added (a missing file or
// a missing `deny:` key is created). The result is validated with the policy's own parser
// (security-policy.ts) before anyone writes it: an edit never turns a valid policy into an
// invalid one, and an already invalid policy is refused (with its first problem) rather than
// rewritten. Pure: the editor applies the text as a workspace edit, `glx sast deny` writes it
// (app/sast-deny.ts: a copy of the old file first, then an atomic replace).
import { isMap, isScalar, isSeq, parseDocument, YAMLSeq, type YAMLMap } from 'yaml';
import { InputError } from '../errors';
import { parseSecurityPolicy, RULE_ID, SECURITY_POLICY_PATH } from './security-policy';

export interface DenyRuleEdit {
  /** The whole new text of security/policy.yaml. */
  text: string;
  /** False when the rule was already denied (the text is then unchanged). */
  added: boolean;
}

const HEADER = '# GlitchLab security policy (docs/sast.md). Rule ids under deny: always block the merge.\n';

export function withDenyRule(old: string | undefined, rule: string, file = SECURITY_POLICY_PATH): DenyRuleEdit {
  if (!RULE_ID.test(rule)) throw new InputError(`${JSON.stringify(rule)}: not a rule id (letters, digits, . _ - / :)`, { input: rule });
  const before = old ?? '';
  if (before.trim()) {
    const { problems } = parseSecurityPolicy(before, file);
    if (problems.length) {
      const p = problems[0];
      throw new InputError(`${p.file}:${p.line}:${p.col}: ${p.message} — fix the policy first; it was left as it is`, { input: file });
    }
  }
  const doc = parseDocument(before.trim() ? before : HEADER);
  // A file of comments only parses to no contents: the mapping is created under them.
  if (!isMap(doc.contents)) doc.contents = doc.createNode({}) as unknown as typeof doc.contents;
  const map = doc.contents as unknown as YAMLMap;
  let deny: unknown = map.get('deny', true);
  if (deny === undefined || deny === null || (isScalar(deny) && (deny.value === null || deny.value === undefined))) {
    const seq = new YAMLSeq();
    map.set('deny', seq);
    deny = seq;
  }
  if (!isSeq(deny)) throw new InputError(`${file}: deny is not a list; left as it is`, { input: file });
  const present = deny.items.some((i) => isScalar(i) && i.value === rule);
  if (present) return { text: before, added: false };
  deny.add(doc.createNode(rule));
  const text = doc.toString();
  const { problems } = parseSecurityPolicy(text, file);
  if (problems.length) {
    const p = problems[0];
    throw new InputError(`${p.file}:${p.line}:${p.col}: adding ${rule} would make the policy invalid (${p.message}); left as it is`, { input: file });
  }
  return { text, added: true };
}
