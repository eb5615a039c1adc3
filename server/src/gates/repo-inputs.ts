// Adapter feeding the gates from the repository (I/O): the unfixed CRITICAL SAST findings that
// escalate the decision (spec §3.7, `.glx/security/queue.json` written by the SAST bridge,
// §3.11). I3's layout comes from engine/base-files.ts.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Unfixed CRITICAL findings in `.glx/security/queue.json`; 0 when the file is absent. */
export function sastCriticalCount(glxDir: string): number {
  const file = path.join(glxDir, 'security', 'queue.json');
  if (!fs.existsSync(file)) return 0;
  try {
    const q = JSON.parse(fs.readFileSync(file, 'utf8')) as { severity?: string; suppression?: unknown; delta_bind?: string; state?: string }[];
    if (!Array.isArray(q)) return 0;
    return q.filter((f) => f && f.severity === 'CRITICAL' && !f.suppression && f.state !== 'fixed').length;
  } catch {
    return 0;
  }
}
