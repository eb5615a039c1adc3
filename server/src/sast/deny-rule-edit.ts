// "Add a deny rule" (issue 12 item 5): the rule id of a finding appended to `deny:` of
// security/policy.yaml, so findings of that rule always go to the block queue. The `yaml`
// package's Document API locates the list (node ranges); the text gets one insertion there, so
// the user's comments, key order, quoting and style stay byte for byte (re-serializing the
// document would re-pad flow lists and re-fold long lines); a missing file or a missing `deny:`
// key is created. The result is validated with the policy's own parser
// (security-policy.ts) before anyone writes it: an edit never turns a valid policy into an
// invalid one, and an already invalid policy is refused (with its first problem) rather than
// rewritten. Pure: the editor applies the text as a workspace edit, `glx sast deny` writes it
// (app/sast-deny.ts: a copy of the old file first, then an atomic replace).
import { isMap, isScalar, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { InputError } from '../errors';
import { parseSecurityPolicy, RULE_ID, SECURITY_POLICY_PATH } from './security-policy';

export interface DenyRuleEdit {
  /** The whole new text of security/policy.yaml. */
  text: string;
  /** False when the rule was already denied (the text is then unchanged). */
  added: boolean;
}

const HEADER = '# GlitchLab security policy (docs/sast.md). Rule ids under deny: always block the merge.\n';

/** The rule as a YAML scalar: plain unless a colon could make it a mapping key. */
const scalar = (rule: string) => (rule.includes(':') ? JSON.stringify(rule) : rule);

/**
 * Where and what to insert so that `deny:` lists `rule`. The document (its node ranges) says
 * where the list is; the text is changed by one insertion, never re-serialized, so every other
 * byte — comments, quoting, flow or block style, blank lines — stays as the user wrote it.
 */
function insertion(text: string, rule: string, file: string): { at: number; end?: number; insert: string } | 'present' {
  const doc = parseDocument(text);
  const item = scalar(rule);
  const nl = text.length && !text.endsWith('\n') ? '\n' : '';
  if (!isMap(doc.contents)) return { at: text.length, insert: `${nl}deny:\n  - ${item}\n` };
  const map = doc.contents as YAMLMap;
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === 'deny');
  if (!pair) return { at: text.length, insert: `${nl}deny:\n  - ${item}\n` };
  const v = pair.value as unknown;
  if (v === null || v === undefined || (isScalar(v) && v.value === null)) {
    // `deny:` with nothing (or an explicit null) after it: the list goes under the key.
    const range = isScalar(v) ? v.range : undefined;
    if (range && range[1] > range[0]) return { at: range[0], end: range[1], insert: `\n  - ${item}` };
    const keyEnd = (pair.key as { range?: [number, number, number] }).range?.[1] ?? text.length;
    const eol = text.indexOf('\n', keyEnd);
    // Keep a comment on the key's line where it is: insert at the end of that line.
    return { at: eol < 0 ? text.length : eol, insert: `\n  - ${item}` };
  }
  if (!isSeq(v)) throw new InputError(`${file}: deny is not a list; left as it is`, { input: file });
  if (v.items.some((i) => isScalar(i) && i.value === rule)) return 'present';
  const [start, end] = v.range ?? [0, 0];
  if (v.flow) {
    // `deny: [a, b]` → `deny: [a, b, rule]` (the closing bracket is the node's last character).
    const close = text.lastIndexOf(']', end);
    return { at: close, insert: `${v.items.length ? ', ' : ''}${item}` };
  }
  // A block list: a new line after the last item's last line, indented like the first item's dash.
  const first = v.items[0] as { range?: [number, number, number] } | undefined;
  const last = v.items[v.items.length - 1] as { range?: [number, number, number] } | undefined;
  const dash = first?.range ? text.lastIndexOf('-', first.range[0]) : start;
  const lineStart = text.lastIndexOf('\n', dash) + 1;
  const lead = text.slice(lineStart, dash);
  const indent = /^ *$/.test(lead) ? lead : '  ';
  // The item's range may run over its trailing newline and blank lines: back to its last character.
  let lastEnd = last?.range?.[1] ?? end;
  while (lastEnd > 0 && /\s/.test(text[lastEnd - 1])) lastEnd--;
  const eol = text.indexOf('\n', lastEnd);
  return eol < 0 ? { at: text.length, insert: `\n${indent}- ${item}\n` } : { at: eol + 1, insert: `${indent}- ${item}\n` };
}

export function withDenyRule(old: string | undefined, rule: string, file = SECURITY_POLICY_PATH): DenyRuleEdit {
  if (!RULE_ID.test(rule)) throw new InputError(`${JSON.stringify(rule)}: not a rule id (letters, digits, . _ - / :)`, { input: rule });
  const before = old ?? '';
  const blank = !before.trim();
  if (!blank) {
    const { problems } = parseSecurityPolicy(before, file);
    if (problems.length) {
      const p = problems[0];
      throw new InputError(`${p.file}:${p.line}:${p.col}: ${p.message} — fix the policy first; it was left as it is`, { input: file });
    }
  }
  const base = blank ? `${before}${HEADER}` : before;
  const ins = insertion(base, rule, file);
  if (ins === 'present') return { text: before, added: false };
  const text = base.slice(0, ins.at) + ins.insert + base.slice(ins.end ?? ins.at);
  const { policy, problems } = parseSecurityPolicy(text, file);
  if (problems.length || !policy.denyRules.includes(rule)) {
    const p = problems[0];
    throw new InputError(`${file}${p ? `:${p.line}:${p.col}` : ''}: adding ${rule} would make the policy invalid (${p?.message ?? 'the rule did not land in deny:'}); left as it is`, { input: file });
  }
  return { text, added: true };
}
