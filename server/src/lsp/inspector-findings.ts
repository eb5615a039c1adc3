// The Delta Inspector's findings view (issue 12 item 5, spec §3.11): the SAST findings of the
// live change — the snapshot's NF records (workspace-host.ts runs the bridge before
// computeDelta) — with the headline in plain words shared with the PR comment (sast/words.ts).
// Messages are the NF records' own, already redacted; they pass the redaction step once more
// here because this view is rendered in a webview. No connection, no I/O.
import type { HostSnapshot } from '../engine/workspace-host';
import type { InspectorFinding, InspectorFindings } from '../protocol';
import { redactSecrets } from '../redact';
import type { NormalizedFinding } from '../sast/types';
import { findingsHeadline, queueCounts } from '../sast/words';

function row(f: NormalizedFinding): InspectorFinding {
  return {
    id: f.id, rule: f.rule_id, severity: f.severity, cwe: f.cwe, file: f.location.file, line: f.location.line,
    queue: f.queue, queueReason: f.queue_reason, state: f.state, message: redactSecrets(f.message), fixHint: f.fix_hint, tool: f.tool,
  };
}

export function inspectorFindings(snap: HostSnapshot): InspectorFindings {
  const findings = snap.sast?.findings ?? [];
  const open = findings.filter((f) => !f.suppression);
  const counts = queueCounts(open);
  return {
    headline: findingsHeadline(counts),
    counts,
    list: [...open.map(row), ...(snap.sast?.fixed ?? []).filter((f) => !f.suppression).map(row)],
    suppressed: findings.length - open.length,
  };
}
