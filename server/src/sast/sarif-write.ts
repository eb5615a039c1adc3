// `.glx/security/merged.sarif` (spec §3.11): every NF as a SARIF 2.1.0 result, one run per
// tool, valid against the OASIS schema (tested with sarif-schema.ts) and shaped for GitHub code
// scanning and the SARIF Viewer: relative `uri` + `uriBaseId: %SRCROOT%`, `security-severity`
// on the rule, `partialFingerprints` carrying the NF id (stable across line shifts), and
// suppressions as SARIF suppressions with their justification.
import { RULES } from './rules';
import type { NormalizedFinding, Severity } from './types';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { CRITICAL: 'error', HIGH: 'error', MEDIUM: 'warning', LOW: 'note' };
const SECURITY_SEVERITY: Record<Severity, string> = { CRITICAL: '9.5', HIGH: '8.0', MEDIUM: '5.5', LOW: '2.0' };

const uriOf = (file: string) => file.split('/').map(encodeURIComponent).join('/');

export function mergedSarif(findings: readonly NormalizedFinding[], version: string): Record<string, unknown> {
  const byTool = new Map<string, NormalizedFinding[]>();
  for (const f of findings) byTool.set(f.tool, [...(byTool.get(f.tool) ?? []), f]);
  const runs = [...byTool.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([tool, list]) => {
    const ruleIds = [...new Set(list.map((f) => f.rule_id))].sort();
    const index = new Map(ruleIds.map((id, i) => [id, i]));
    const rules = ruleIds.map((id) => {
      const sample = list.find((f) => f.rule_id === id)!;
      const info = RULES[id];
      return {
        id,
        shortDescription: { text: info?.title ?? sample.message.slice(0, 200) },
        ...(sample.fix_hint ? { help: { text: sample.fix_hint } } : {}),
        defaultConfiguration: { level: LEVEL[sample.severity] },
        properties: {
          tags: ['security', sample.category, ...(sample.cwe ? [`external/cwe/${sample.cwe.toLowerCase()}`] : [])],
          'security-severity': SECURITY_SEVERITY[sample.severity],
          precision: sample.confidence === 'HIGH' ? 'high' : sample.confidence === 'MEDIUM' ? 'medium' : 'low',
        },
      };
    });
    const glx = tool.startsWith('glx-') || tool === 'policy';
    return {
      tool: { driver: { name: tool, ...(glx ? { informationUri: 'https://github.com/glitchlab/glitchlab/blob/main/docs/sast.md', semanticVersion: version } : {}), rules } },
      columnKind: 'unicodeCodePoints',
      results: list.map((f) => ({
        ruleId: f.rule_id,
        ruleIndex: index.get(f.rule_id),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(f.location.file), uriBaseId: '%SRCROOT%' }, region: { startLine: f.location.line, startColumn: Math.max(1, f.location.col), endLine: f.location.endLine } } }],
        partialFingerprints: { 'glxFindingId/v1': f.id, 'glxSnippet/v1': f.fingerprint },
        ...(f.suppression ? { suppressions: [{ kind: f.suppression.kind === 'inline' ? 'inSource' : 'external', status: 'accepted', justification: f.suppression.reason }] } : {}),
        properties: {
          nf_id: f.id, severity: f.severity, confidence: f.confidence, category: f.category, cwe: f.cwe, risk_score: f.risk_score,
          queue: f.queue, delta_bind: f.delta_bind, state: f.state, module: f.module, ast_ref: f.ast_ref, mosaic_cell: f.mosaic_cell,
          ...(f.also_reported_by.length ? { also_reported_by: f.also_reported_by } : {}),
        },
      })),
    };
  });
  return { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs };
}
