// Ingest of foreign scanner output (spec §3.11): SARIF 2.1.0 from any tool, Bandit JSON and
// Gitleaks JSON, told apart by content. Malformed or partial input is reported as problems
// naming the file and the JSON path; everything valid in the same file is still ingested (a
// broken result drops that result, a broken run that run, never the file's other runs).
// Secret values never pass: Gitleaks' `Secret`/`Match` are replaced by the redacted form, a
// message or snippet of a secrets rule has its quoted literals redacted (scrub.ts).
import * as path from 'node:path';
import { redactedForm, redactSecrets } from '../redact';
import { categoryOfCwe } from './rules';
import { validateSarifLog, validateSarifRun } from './sarif-schema';
import { scrubQuoted } from './scrub';
import type { Confidence, IngestProblem, RawFinding, Severity } from './types';

export type InputFormat = 'sarif' | 'bandit' | 'gitleaks';

export interface IngestResult {
  format: InputFormat | undefined;
  findings: RawFinding[];
  problems: IngestProblem[];
  /** Tools seen (SARIF drivers) with their result counts. */
  tools: { name: string; results: number }[];
}

/** Problems per input are capped: a file with 10,000 broken results says so in a few lines. */
const MAX_PROBLEMS = 20;

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const int = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) ? v : undefined);

export function detectFormat(doc: unknown): InputFormat | undefined {
  if (isObj(doc) && ('runs' in doc || /sarif/i.test(String(doc.$schema ?? '')))) return 'sarif';
  if (isObj(doc) && Array.isArray(doc.results) && ('generated_at' in doc || 'metrics' in doc || doc.results.some((r) => isObj(r) && 'test_id' in r))) return 'bandit';
  if (Array.isArray(doc) && doc.every((r) => isObj(r) && ('RuleID' in r || 'Secret' in r))) return 'gitleaks';
  return undefined;
}

/**
 * A path as a scanner wrote it → repo-relative POSIX, or undefined when it lies outside the
 * workspace (spec: file paths stay inside the workspace). `base`: where relative paths start
 * (the directory the scanner ran in; default the repository root).
 */
export function repoPath(root: string, p: string, base = root): string | undefined {
  let s = p;
  if (/^file:/i.test(s)) {
    try {
      s = decodeURIComponent(new URL(s).pathname);
    } catch {
      return undefined;
    }
  } else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) return undefined;
  else {
    try {
      s = decodeURIComponent(s);
    } catch {
      /* keep as is */
    }
  }
  const abs = path.resolve(base, s);
  const rel = path.relative(root, abs);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

function severityOfSecurityScore(v: unknown): Severity | undefined {
  const n = typeof v === 'string' ? Number(v) : typeof v === 'number' ? v : NaN;
  if (!Number.isFinite(n)) return undefined;
  return n >= 9 ? 'CRITICAL' : n >= 7 ? 'HIGH' : n >= 4 ? 'MEDIUM' : 'LOW';
}

function cweOf(...sources: unknown[]): string | undefined {
  for (const s of sources) {
    const text = Array.isArray(s) ? s.join(' ') : typeof s === 'string' ? s : s === undefined ? '' : JSON.stringify(s);
    const m = /CWE[-_/:]?\s?(\d{1,4})/i.exec(text);
    if (m) return `CWE-${Number(m[1])}`;
  }
  return undefined;
}

/** Ingests one SARIF log. `root`: the repository; `file`: the input's name for problems. */
export function ingestSarif(doc: unknown, file: string, root: string, base = root): IngestResult {
  const problems: IngestProblem[] = [];
  const findings: RawFinding[] = [];
  const tools: IngestResult['tools'] = [];
  const problem = (p: string, message: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ file, path: p, message });
  };
  if (!isObj(doc)) {
    problem('$', 'not a SARIF log (expected an object with version and runs)');
    return { format: 'sarif', findings, problems, tools };
  }
  // The log outside its runs (version, $schema…); runs are checked one by one below.
  for (const e of validateSarifLog({ ...doc, runs: [] })) problem(e.path, e.message);
  if (doc.version !== '2.1.0') return { format: 'sarif', findings, problems, tools };
  const runs = Array.isArray(doc.runs) ? doc.runs : [];
  runs.forEach((run0, i) => {
    let run = run0 as Json;
    let errors = validateSarifRun(run, i);
    if (errors.length && isObj(run) && Array.isArray(run.results)) {
      // Errors only inside some results: drop those results, keep the run.
      const bad = new Set<number>();
      const prefix = `$.runs[${i}].results[`;
      const onlyResults = errors.every((e) => e.path.startsWith(prefix) && bad.add(Number(e.path.slice(prefix.length, e.path.indexOf(']', prefix.length)))));
      if (onlyResults) {
        for (const e of errors) problem(e.path, `${e.message}; result skipped`);
        run = { ...run, results: (run.results as unknown[]).filter((_r, k) => !bad.has(k)) };
        errors = validateSarifRun(run, i);
      }
    }
    if (errors.length) {
      for (const e of errors) problem(e.path, `${e.message}; run skipped`);
      return;
    }
    const driver = (run.tool as Json).driver as Json;
    const toolName = str(driver.name) ?? 'sarif';
    const rules = new Map<string, Json>();
    const ruleList = Array.isArray(driver.rules) ? (driver.rules as Json[]) : [];
    for (const r of ruleList) if (str(r.id)) rules.set(r.id as string, r);
    const baseIds = isObj(run.originalUriBaseIds) ? (run.originalUriBaseIds as Record<string, Json>) : {};
    const results = Array.isArray(run.results) ? (run.results as Json[]) : [];
    let n = 0;
    results.forEach((res, k) => {
      const where = `$.runs[${i}].results[${k}]`;
      const ruleRef = isObj(res.rule) ? res.rule : undefined;
      const ruleIndex = int(res.ruleIndex) ?? int(ruleRef?.index);
      const ruleId = str(res.ruleId) ?? str(ruleRef?.id) ?? (ruleIndex !== undefined ? str(ruleList[ruleIndex]?.id) : undefined);
      if (!ruleId) return problem(`${where}.ruleId`, 'result has no ruleId (nor rule.id / ruleIndex)');
      const rule = rules.get(ruleId) ?? (ruleIndex !== undefined ? ruleList[ruleIndex] : undefined) ?? {};
      const props = isObj(rule.properties) ? rule.properties : {};
      const rprops = isObj(res.properties) ? res.properties : {};
      const loc = Array.isArray(res.locations) ? (res.locations[0] as Json | undefined) : undefined;
      const phys = isObj(loc?.physicalLocation) ? (loc!.physicalLocation as Json) : undefined;
      const art = isObj(phys?.artifactLocation) ? (phys!.artifactLocation as Json) : undefined;
      let uri = str(art?.uri);
      if (uri === undefined && int(art?.index) !== undefined && Array.isArray(run.artifacts)) uri = str(((run.artifacts[int(art!.index)!] as Json)?.location as Json)?.uri);
      if (uri === undefined) return problem(`${where}.locations[0].physicalLocation.artifactLocation.uri`, 'result has no file location');
      const baseId = str(art?.uriBaseId);
      const baseUri = baseId ? str(baseIds[baseId]?.uri) : undefined;
      const resolved = baseUri && !/^file:/i.test(uri) ? `${baseUri.replace(/\/?$/, '/')}${uri}` : uri;
      const rel = repoPath(root, resolved, base);
      if (!rel) return problem(`${where}.locations[0].physicalLocation.artifactLocation.uri`, `${uri}: outside the workspace; result skipped`);
      const region = isObj(phys?.region) ? (phys!.region as Json) : {};
      const level = str(res.level) ?? str((rule.defaultConfiguration as Json | undefined)?.level) ?? 'warning';
      const tags = [...(Array.isArray(props.tags) ? props.tags : []), ...(Array.isArray(rprops.tags) ? rprops.tags : [])].filter((t): t is string => typeof t === 'string');
      const cwe = cweOf(tags, props.cwe, rprops.cwe, rule.relationships, str(rule.helpUri), ruleId);
      const hint = `${ruleId} ${str((rule.shortDescription as Json | undefined)?.text) ?? ''} ${tags.join(' ')}`;
      const category = categoryOfCwe(cwe, hint);
      const severity = severityOfSecurityScore(rprops['security-severity'] ?? props['security-severity'])
        ?? (level === 'error' ? 'HIGH' : level === 'warning' ? 'MEDIUM' : 'LOW');
      const precision = str(props.precision);
      const confidence: Confidence = precision === 'very-high' || precision === 'high' ? 'HIGH' : precision === 'low' ? 'LOW' : 'MEDIUM';
      const msg = isObj(res.message) ? res.message : {};
      const text = str(msg.text) ?? (str(msg.id) && isObj(rule.messageStrings) ? str(((rule.messageStrings as Json)[msg.id as string] as Json | undefined)?.text) : undefined) ?? ruleId;
      const snippetText = str((region.snippet as Json | undefined)?.text);
      const scrub = category === 'Secrets' ? (s: string) => scrubQuoted(s, ruleId) : redactSecrets;
      const suppressions = Array.isArray(res.suppressions) ? (res.suppressions as Json[]) : [];
      const accepted = suppressions.find((s) => s.status === undefined || s.status === 'accepted');
      n++;
      findings.push({
        tool: toolName,
        ruleId,
        cwe,
        severity,
        confidence,
        category,
        message: scrub(text),
        file: rel,
        line: int(region.startLine) ?? 1,
        col: int(region.startColumn) ?? 1,
        endLine: int(region.endLine) ?? int(region.startLine) ?? 1,
        snippet: snippetText !== undefined ? scrub(snippetText.trim()).slice(0, 300) : undefined,
        fixHint: str((rule.help as Json | undefined)?.text) ?? str(rule.helpUri),
        tags,
        suppression: accepted ? { kind: 'sarif', reason: str(accepted.justification) ?? `suppressed by ${toolName} (${str(accepted.kind) ?? 'inSource'})` } : undefined,
      });
    });
    tools.push({ name: toolName, results: n });
  });
  return { format: 'sarif', findings, problems, tools };
}

// Bandit does not always say the CWE (older releases): the test ids of the patterns §3.11 names.
const BANDIT_CWE: Record<string, string> = {
  B105: 'CWE-259', B106: 'CWE-259', B107: 'CWE-259', B102: 'CWE-78', B307: 'CWE-95', B602: 'CWE-78', B603: 'CWE-78',
  B604: 'CWE-78', B605: 'CWE-78', B606: 'CWE-78', B607: 'CWE-78', B301: 'CWE-502', B403: 'CWE-502', B506: 'CWE-502',
  B303: 'CWE-328', B324: 'CWE-328', B304: 'CWE-327', B305: 'CWE-327', B413: 'CWE-327', B501: 'CWE-295', B608: 'CWE-89', B201: 'CWE-94',
};

const level3 = (v: unknown): Severity & Confidence => (v === 'HIGH' ? 'HIGH' : v === 'LOW' ? 'LOW' : 'MEDIUM');

/** Bandit's JSON report (`bandit -f json`). `base`: the directory bandit ran in. */
export function ingestBandit(doc: unknown, file: string, root: string, base = root): IngestResult {
  const problems: IngestProblem[] = [];
  const findings: RawFinding[] = [];
  const results = isObj(doc) && Array.isArray(doc.results) ? doc.results : [];
  results.forEach((r, k) => {
    const where = `$.results[${k}]`;
    if (!isObj(r)) return problems.length < MAX_PROBLEMS && problems.push({ file, path: where, message: 'not an object' });
    const fname = str(r.filename);
    const line = int(r.line_number);
    const testId = str(r.test_id);
    if (!fname || !line || !testId) return problems.length < MAX_PROBLEMS && problems.push({ file, path: where, message: `missing ${!fname ? 'filename' : !line ? 'line_number' : 'test_id'}; result skipped` });
    const rel = repoPath(root, fname, base);
    if (!rel) return problems.length < MAX_PROBLEMS && problems.push({ file, path: `${where}.filename`, message: `${fname}: outside the workspace; result skipped` });
    const cweObj = isObj(r.issue_cwe) ? r.issue_cwe : undefined;
    const cwe = cweObj && int(cweObj.id) ? `CWE-${cweObj.id}` : BANDIT_CWE[testId];
    const category = categoryOfCwe(cwe, `${testId} ${str(r.test_name) ?? ''}`);
    const scrub = category === 'Secrets' ? (s: string) => scrubQuoted(s, testId) : redactSecrets;
    // Bandit's `code` is a few numbered lines around the hit: keep the flagged line only.
    const codeLine = (str(r.code) ?? '').split('\n').find((l) => l.startsWith(`${line} `))?.slice(String(line).length + 1);
    findings.push({
      tool: 'bandit',
      ruleId: testId,
      cwe,
      severity: level3(r.issue_severity),
      confidence: level3(r.issue_confidence),
      category,
      message: scrub(`${str(r.test_name) ?? testId}: ${str(r.issue_text) ?? ''}`),
      file: rel,
      line,
      col: (int(r.col_offset) ?? 0) + 1,
      endLine: Array.isArray(r.line_range) && int(r.line_range[r.line_range.length - 1]) ? (r.line_range[r.line_range.length - 1] as number) : line,
      snippet: codeLine !== undefined ? scrub(codeLine.trim()).slice(0, 300) : undefined,
      fixHint: str(r.more_info),
      tags: [testId, str(r.test_name) ?? ''].filter(Boolean),
    });
  });
  const errs = isObj(doc) && Array.isArray(doc.errors) ? doc.errors : [];
  errs.slice(0, 5).forEach((e, k) => problems.push({ file, path: `$.errors[${k}]`, message: `bandit reported: ${isObj(e) ? `${str(e.filename) ?? ''} ${str(e.reason) ?? ''}`.trim() : String(e)}` }));
  return { format: 'bandit', findings, problems, tools: [{ name: 'bandit', results: findings.length }] };
}

/** Gitleaks' JSON report (`gitleaks detect -f json`): an array of leaks, all CRITICAL secrets. */
export function ingestGitleaks(doc: unknown, file: string, root: string, base = root): IngestResult {
  const problems: IngestProblem[] = [];
  const findings: RawFinding[] = [];
  (Array.isArray(doc) ? doc : []).forEach((r, k) => {
    const where = `$[${k}]`;
    if (!isObj(r)) return problems.length < MAX_PROBLEMS && problems.push({ file, path: where, message: 'not an object' });
    const fname = str(r.File) ?? str(r.SymlinkFile);
    const line = int(r.StartLine);
    const rule = str(r.RuleID);
    if (!fname || !line || !rule) return problems.length < MAX_PROBLEMS && problems.push({ file, path: where, message: `missing ${!fname ? 'File' : !line ? 'StartLine' : 'RuleID'}; result skipped` });
    const rel = repoPath(root, fname, base);
    if (!rel) return problems.length < MAX_PROBLEMS && problems.push({ file, path: `${where}.File`, message: `${fname}: outside the workspace; result skipped` });
    const secret = str(r.Secret) ?? str(r.Match) ?? '';
    const redacted = redactedForm(rule, secret);
    const commit = str(r.Commit);
    findings.push({
      tool: 'gitleaks',
      ruleId: rule,
      cwe: 'CWE-798',
      severity: 'CRITICAL',
      confidence: 'HIGH',
      category: 'Secrets',
      message: `${scrubQuoted(str(r.Description) ?? rule, rule)} (${redacted})`,
      file: rel,
      line,
      col: int(r.StartColumn) ?? 1,
      endLine: int(r.EndLine) ?? line,
      // Gitleaks' Match/Secret are the value itself: only the redacted form is kept.
      snippet: redacted,
      secret: { redacted },
      fixHint: 'Revoke and rotate the credential, remove it from the code and from history.',
      tags: ['secret', ...(Array.isArray(r.Tags) ? r.Tags.filter((t): t is string => typeof t === 'string') : [])],
      origin: commit ? `history:${commit}` : undefined,
    });
  });
  return { format: 'gitleaks', findings, problems, tools: [{ name: 'gitleaks', results: findings.length }] };
}

/** One input file's text: parsed, its format detected, ingested. Never throws on bad content. */
export function ingestText(text: string, file: string, root: string, base = root): IngestResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    // Node's message may quote the input (which can hold a secret): keep only its reason and position.
    const msg = (e as Error).message;
    const m = /position (\d+)/.exec(msg);
    const where = m ? ` at line ${text.slice(0, Number(m[1])).split('\n').length}` : '';
    const reason = redactSecrets(/^(Unexpected (?:token '.'|end of JSON input|non-whitespace character[^,]*)|Expected [^,]*?)(?=,| in JSON|$)/.exec(msg)?.[1] ?? 'syntax error');
    return { format: undefined, findings: [], problems: [{ file, path: '$', message: `not valid JSON${where}: ${reason}` }], tools: [] };
  }
  const format = detectFormat(doc);
  if (format === 'sarif') return ingestSarif(doc, file, root, base);
  if (format === 'bandit') return ingestBandit(doc, file, root, base);
  if (format === 'gitleaks') return ingestGitleaks(doc, file, root, base);
  return { format: undefined, findings: [], problems: [{ file, path: '$', message: 'unknown format: expected SARIF 2.1.0 (version + runs), Bandit JSON (results[].test_id) or Gitleaks JSON (an array of leaks with RuleID)' }], tools: [] };
}
