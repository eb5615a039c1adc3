// What every analysing verb says about plugins (issue 16: "analysis continues without it and
// says so"): one stderr line per plugin that was quarantined now, is in quarantine or was not
// run, and per discovery problem. Plugins that simply ran say nothing.
import { pluginNoteLine } from '../app/plugins';
import type { ChangeAnalysis } from '../app/analyse-change';

export function printPluginNotes(a: Pick<ChangeAnalysis, 'plugins'>): void {
  for (const n of a.plugins.notes) {
    const line = pluginNoteLine(n);
    if (line) process.stderr.write(`glx: ${line}\n`);
  }
  for (const p of a.plugins.problems) process.stderr.write(`glx: plugin ${p.source}: ${p.message}\n`);
}
