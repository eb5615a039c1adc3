// The ONE publisher of diagnostics for spec/invariants.yaml (spec §3.13, §3.7, §6): the config
// problems found when the policy is read (at their lines; defaults are used for those entries)
// merged with gate I4's findings, each at the `i4:` entry that failed ("I4 on the config entry
// that failed": `i4.coverage` at its line, `i4.images[1]` at that list item). Two feeds, one
// sendDiagnostics per change, so neither overwrites the other.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMap, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver/node';
import { CONFIG_PATH, type ConfigProblem } from '../config/invariants-config';
import type { I4Check } from '../gates/i4-observable';

export const GATES_DOCS_I4 = 'https://github.com/glitchlab/glitchlab-vscode/blob/main/docs/gates.md#i4-observable-stability';

/** `i4.images[0]` → ['i4', 'images', 0]. */
export function configPath(entry: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of entry.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]);
  return out;
}

/**
 * Line/column (1-based) of a config entry in the YAML text: the deepest node of the path that
 * exists (`i4.junit[1]` → that list item; a missing one → its parent; nothing → line 1).
 */
export function entryPosition(text: string, entry: string): { line: number; col: number } {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, keepSourceTokens: false });
  const p = configPath(entry);
  for (let n = p.length; n > 0; n--) {
    // A map entry: the key's position (`coverage:`); a list item: the item's.
    const parent = n > 1 ? doc.getIn(p.slice(0, n - 1), true) : doc.contents;
    const last = p[n - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((it) => (it.key as { value?: unknown } | null)?.value === last);
      const node = pair?.key as YamlNode | undefined;
      if (node?.range) return lc.linePos(node.range[0]);
      continue;
    }
    const node = doc.getIn(p.slice(0, n), true) as YamlNode | undefined;
    if (node?.range) return lc.linePos(node.range[0]);
  }
  return { line: 1, col: 1 };
}

const SEVERITY: Record<string, DiagnosticSeverity | undefined> = {
  REVIEW: DiagnosticSeverity.Warning, BLOCK: DiagnosticSeverity.Error, HARD_BLOCK: DiagnosticSeverity.Error,
};

export class ConfigDiagnostics {
  private problems: ConfigProblem[] = [];
  private i4: I4Check[] = [];
  private last?: string;

  constructor(private readonly conn: Connection, private readonly root: () => string | undefined) {}

  /** Feed 1: the problems of the last policy read. */
  setProblems(problems: ConfigProblem[]): void {
    this.problems = problems;
    this.publish();
  }

  /** Feed 2: gate I4's checks (only the failing ones become diagnostics). */
  setI4(checks: readonly I4Check[]): void {
    this.i4 = checks.filter((c) => SEVERITY[c.decision] !== undefined);
    this.publish();
  }

  private publish(): void {
    const root = this.root();
    if (!root) return;
    const file = path.join(root, CONFIG_PATH);
    const diagnostics: Diagnostic[] = this.problems.map((p) => ({
      range: { start: { line: Math.max(0, p.line - 1), character: Math.max(0, p.col - 1) }, end: { line: Math.max(0, p.line - 1), character: Math.max(0, p.col - 1) + 1 } },
      severity: DiagnosticSeverity.Error,
      source: 'glitchlab',
      code: 'CONFIG',
      message: `${p.message} (${p.file}:${p.line}:${p.col}); defaults are used for this entry`,
    }));
    if (this.i4.length) {
      let text = '';
      try {
        text = fs.readFileSync(file, 'utf8');
      } catch {
        /* no file: line 1 */
      }
      const lines = text.split('\n');
      for (const c of this.i4) {
        const pos = entryPosition(text, c.config);
        const l = pos.line - 1;
        diagnostics.push({
          range: { start: { line: l, character: Math.max(0, pos.col - 1) }, end: { line: l, character: lines[l]?.length ?? pos.col } },
          severity: SEVERITY[c.decision],
          source: 'glitchlab',
          code: 'I4',
          codeDescription: { href: GATES_DOCS_I4 },
          message: `I4 ${c.decision} (${c.config}): ${c.reason}`,
          data: { gate: 'I4', config: c.config, file: c.file },
        });
      }
    }
    const key = JSON.stringify(diagnostics);
    // The first publish always goes out (it also clears what a previous server instance left).
    if (key === this.last) return;
    this.last = key;
    void this.conn.sendDiagnostics({ uri: pathToFileURL(file).toString(), diagnostics });
  }
}
