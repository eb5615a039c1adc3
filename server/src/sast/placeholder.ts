// Replacing a secret literal with an environment lookup (spec §3.11, playbook 5 "remove the
// secret, add a placeholder"): one rule shared by the editor's quick fix (lsp/sast-features.ts)
// and playbook 5's remove step, so both produce the same code. The name of the variable comes
// from the name the literal was assigned to (`apiKey = "…"` → API_KEY); the literal is the
// first quoted string at or after the finding's column (else the first on the line).

export interface PlaceholderEdit {
  /** 0-based character offsets in the line. */
  start: number;
  end: number;
  newText: string;
  /** The environment variable the code now reads. */
  name: string;
  /** The identifier the literal was given to (`apiKey`), when there is one. */
  ident?: string;
}

const QUOTED = /(["'`])([^"'`\n]{4,})\1/;

/** The edit replacing the quoted literal of `line` (from `fromChar`) by `process.env.NAME` / `os.environ["NAME"]`; undefined when there is no quoted literal. */
export function envPlaceholderEdit(rel: string, line: string, fromChar = 0): PlaceholderEdit | undefined {
  const tail = line.slice(fromChar);
  const inTail = QUOTED.exec(tail);
  const m = inTail ?? QUOTED.exec(line);
  if (!m) return undefined;
  const start = inTail ? fromChar + inTail.index : m.index;
  const ident = /([A-Za-z_][A-Za-z0-9_]*)\s*[:=]+\s*[^:=]*$/.exec(line.slice(0, start))?.[1];
  const name = (ident ?? 'SECRET').replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
  const newText = rel.endsWith('.py') ? `os.environ["${name}"]` : `process.env.${name}`;
  return { start, end: start + m[0].length, newText, name, ...(ident ? { ident } : {}) };
}
