// `security/policy.yaml` (spec §3.11): extra `deny` rules, `allow_paths` (findings there are
// suppressed), `deny_paths` (findings there always go to the block queue), `suppress_tags`
// (rule ids or tags suppressed everywhere), `severity_threshold` (findings below are dropped),
// and `suppress` entries written by the editor's "suppress this finding" action (finding id or
// rule + path, with a reason). Invalid content is reported with file, line and column, like
// spec/invariants.yaml (config/invariants-config.ts); the valid parts still apply.
import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type YAMLMap } from 'yaml';
import type { ConfigProblem } from '../config/invariants-config';
import { SEVERITIES, type Severity } from './types';

export const SECURITY_POLICY_PATH = 'security/policy.yaml';

export interface DenyRule {
  id: string;
  /** Source of a JS regular expression matched per line. */
  pattern: string;
  re: RegExp;
  message: string;
  severity: Severity;
  cwe?: string;
  /** Globs the rule applies to (default: every file). */
  paths: string[];
  /** The rule's value is a secret: its matches are redacted in every output. */
  secret: boolean;
}

export interface SuppressEntry {
  /** An NF id, or a rule id (with `path`). */
  id?: string;
  rule?: string;
  path?: string;
  reason: string;
}

export interface SecurityPolicy {
  deny: DenyRule[];
  /**
   * Rule ids listed as plain entries of `deny:` (the editor's "add a deny rule" action writes
   * them): an unsuppressed finding of such a rule, from any tool, always goes to the block queue.
   */
  denyRules: string[];
  allowPaths: string[];
  denyPaths: string[];
  suppressTags: string[];
  severityThreshold: Severity;
  suppress: SuppressEntry[];
}

export const defaultSecurityPolicy = (): SecurityPolicy => ({ deny: [], denyRules: [], allowPaths: [], denyPaths: [], suppressTags: [], severityThreshold: 'LOW', suppress: [] });

/** What a rule id may look like in `deny:` (built-in ids, Bandit test ids, SARIF rule ids). */
export const RULE_ID = /^[A-Za-z0-9][A-Za-z0-9._\-/:]{0,199}$/;

const KEYS = ['deny', 'allow_paths', 'deny_paths', 'suppress_tags', 'severity_threshold', 'suppress'];

export function parseSecurityPolicy(text: string, file = SECURITY_POLICY_PATH): { policy: SecurityPolicy; problems: ConfigProblem[] } {
  const policy = defaultSecurityPolicy();
  const problems: ConfigProblem[] = [];
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  const at = (node: YamlNode | null | undefined, message: string) => {
    const pos = lc.linePos(node?.range?.[0] ?? 0);
    problems.push({ file, line: pos.line, col: pos.col, message });
  };
  for (const err of doc.errors) {
    const pos = lc.linePos(err.pos[0]);
    problems.push({ file, line: pos.line, col: pos.col, message: err.message.split('\n')[0] });
  }
  if (doc.errors.length) return { policy, problems };
  const root = doc.contents;
  if (root === null || root === undefined) return { policy, problems };
  if (!isMap(root)) {
    at(root, 'top level must be a mapping (key: value)');
    return { policy, problems };
  }
  const string = (node: unknown, what: string): string | undefined => {
    if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number') && String(node.value).trim()) return String(node.value);
    at(node as YamlNode, `${what} must be a non-empty string`);
    return undefined;
  };
  const severity = (node: unknown, what: string): Severity | undefined => {
    const s = isScalar(node) ? String(node.value).toUpperCase() : '';
    if ((SEVERITIES as readonly string[]).includes(s)) return s as Severity;
    at(node as YamlNode, `${what} must be one of ${SEVERITIES.join(', ')}`);
    return undefined;
  };
  const globs = (node: unknown, what: string): string[] => {
    if (!isSeq(node)) {
      at(node as YamlNode, `${what} must be a list of globs`);
      return [];
    }
    const out: string[] = [];
    for (const item of node.items) {
      const g = string(item, `${what} entries`);
      if (g === undefined) continue;
      try {
        picomatch.makeRe(g);
        out.push(g);
      } catch {
        at(item as YamlNode, `${what}: invalid glob ${JSON.stringify(g)}`);
      }
    }
    return out;
  };
  for (const pair of (root as YAMLMap).items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const v = pair.value;
    switch (key) {
      case 'allow_paths':
        policy.allowPaths = globs(v, key);
        break;
      case 'deny_paths':
        policy.denyPaths = globs(v, key);
        break;
      case 'suppress_tags':
        policy.suppressTags = isSeq(v) ? v.items.map((i) => string(i, 'suppress_tags entries')).filter((s): s is string => !!s) : (at(v as YamlNode, 'suppress_tags must be a list of rule ids or tags'), []);
        break;
      case 'severity_threshold': {
        const s = severity(v, key);
        if (s) policy.severityThreshold = s;
        break;
      }
      case 'deny':
        // `deny:` with nothing under it (the editor's action creates the list there): no rules.
        if (isScalar(v) && v.value === null) break;
        if (!isSeq(v)) {
          at(v as YamlNode, 'deny must be a list of rule ids or rules ({id, pattern, message, severity, cwe?, paths?, secret?})');
          break;
        }
        for (const item of v.items) {
          if (isScalar(item) && typeof item.value === 'string') {
            // A rule id (glx.js.eval, B602, policy.acme-key): its findings always block.
            const rule = item.value.trim();
            if (!RULE_ID.test(rule)) at(item, `deny: ${JSON.stringify(rule)} is not a rule id (letters, digits, . _ - / :)`);
            else if (!policy.denyRules.includes(rule)) policy.denyRules.push(rule);
            continue;
          }
          if (!isMap(item)) {
            at(item as YamlNode, 'deny entries must be rule ids or mappings ({id, pattern, …})');
            continue;
          }
          const get = (k: string) => item.items.find((p) => isScalar(p.key) && p.key.value === k);
          for (const p of item.items) {
            const k = isScalar(p.key) ? String(p.key.value) : '';
            if (!['id', 'pattern', 'message', 'severity', 'cwe', 'paths', 'secret'].includes(k)) at(p.key as YamlNode, `deny: unknown key ${JSON.stringify(k)} (id, pattern, message, severity, cwe, paths, secret)`);
          }
          const idP = get('id');
          const patP = get('pattern');
          if (!idP || !patP) {
            at(item, `deny entry needs ${!idP ? 'id' : 'pattern'}`);
            continue;
          }
          const id = string(idP.value, 'deny.id');
          const pattern = string(patP.value, 'deny.pattern');
          if (!id || pattern === undefined) continue;
          let re: RegExp;
          try {
            re = new RegExp(pattern, 'g');
          } catch (e) {
            at(patP.value as YamlNode, `deny.pattern: invalid regular expression (${(e as Error).message})`);
            continue;
          }
          const sevP = get('severity');
          const sev = sevP ? severity(sevP.value, 'deny.severity') : 'HIGH';
          const cweP = get('cwe');
          const cwe = cweP ? string(cweP.value, 'deny.cwe') : undefined;
          if (cwe && !/^CWE-\d+$/.test(cwe)) at(cweP!.value as YamlNode, 'deny.cwe must look like CWE-798');
          const pathsP = get('paths');
          const secretP = get('secret');
          const secret = secretP ? isScalar(secretP.value) && secretP.value.value === true : false;
          if (secretP && !(isScalar(secretP.value) && typeof secretP.value.value === 'boolean')) at(secretP.value as YamlNode, 'deny.secret must be true or false');
          const msgP = get('message');
          policy.deny.push({
            id: id.startsWith('policy.') ? id : `policy.${id}`,
            pattern, re, severity: sev ?? 'HIGH', cwe: cwe && /^CWE-\d+$/.test(cwe) ? cwe : undefined,
            message: msgP ? (string(msgP.value, 'deny.message') ?? id) : `matches deny rule ${id}`,
            paths: pathsP ? globs(pathsP.value, 'deny.paths') : [],
            secret,
          });
        }
        break;
      case 'suppress':
        if (!isSeq(v)) {
          at(v as YamlNode, 'suppress must be a list of {id | rule + path, reason}');
          break;
        }
        for (const item of v.items) {
          if (!isMap(item)) {
            at(item as YamlNode, 'suppress entries must be mappings ({id, reason} or {rule, path, reason})');
            continue;
          }
          const val = (k: string) => item.items.find((p) => isScalar(p.key) && p.key.value === k)?.value;
          const reasonN = val('reason');
          const reason = reasonN === undefined ? (at(item, 'suppress entry needs a reason (why the finding is accepted)'), undefined) : string(reasonN, 'suppress.reason');
          const id = val('id') === undefined ? undefined : string(val('id'), 'suppress.id');
          const rule = val('rule') === undefined ? undefined : string(val('rule'), 'suppress.rule');
          const p = val('path') === undefined ? undefined : string(val('path'), 'suppress.path');
          if (!id && !rule) at(item, 'suppress entry needs id (a finding id NF-…) or rule');
          if (reason && (id || rule)) policy.suppress.push({ id, rule, path: p, reason });
        }
        break;
      default:
        at(pair.key as YamlNode, `unknown key ${JSON.stringify(key)} (known: ${KEYS.join(', ')})`);
    }
  }
  return { policy, problems };
}

/** Reads `<root>/security/policy.yaml`; defaults when absent. */
export function readSecurityPolicy(root: string): { policy: SecurityPolicy; problems: ConfigProblem[] } {
  const file = path.join(root, SECURITY_POLICY_PATH);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { policy: defaultSecurityPolicy(), problems: [] };
    throw e;
  }
  return parseSecurityPolicy(text);
}
