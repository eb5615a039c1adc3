// A Python module's own type aliases, for comparing the annotations that use them (spec §3.7 I2:
// "a parameter's type annotation changed other than widened"). werkzeug 19b20246de moved `None`
// into its alias — `_TSSLContextArg = t.Optional[t.Union[…]]` became `t.Union[…, None]` — and
// dropped the `| None` its parameters had added: `ssl_context: _TSSLContextArg | None` →
// `ssl_context: _TSSLContextArg`. Read as text the parameter lost an arm and I2 failed it; read
// through each side's alias it accepts the same values. An alias is read from its own side's file
// only (the base's for the base signature, the head's for the head's), at module level:
// `X = <type>`, `X: TypeAlias = <type>`, `type X = <type>` (PEP 695).
import type { Signature } from '../symbols/types';
import { splitTop } from './type-text';

/** Names whose subscript makes a right-hand side a type expression (`X = Union[…]`, `X = dict[str, int]`). */
const TYPE_HEADS = new Set([
  'Union', 'Optional', 'Literal', 'Callable', 'Annotated', 'Tuple', 'Type', 'List', 'Dict', 'Set', 'FrozenSet',
  'Mapping', 'MutableMapping', 'Sequence', 'MutableSequence', 'Iterable', 'Iterator', 'Awaitable', 'Coroutine',
  'AsyncIterator', 'AsyncIterable', 'Generator', 'AsyncGenerator', 'tuple', 'list', 'dict', 'set', 'frozenset', 'type',
]);
const ASSIGN = /^(?:type\s+([A-Za-z_]\w*)\s*=|([A-Za-z_]\w*)\s*(:\s*(?:[A-Za-z_]\w*\.)*TypeAlias\s*)?=(?!=))\s*(.*)$/;
const TYPING_MODULE = /^import\s+(typing|typing_extensions)(?:\s+as\s+([A-Za-z_]\w*))?\s*$/gm;

export interface PythonAliases {
  /** Alias name → its definition, typing-module qualifiers (`t.`) dropped. */
  aliases: ReadonlyMap<string, string>;
  /** Names the file binds the typing modules to (`import typing as t` → `t`). */
  typingNames: readonly string[];
}

const memo = new Map<string, PythonAliases>();

/** The module-level type aliases of a Python file's text (memoised for the last few texts). */
export function pythonTypeAliases(text: string): PythonAliases {
  const hit = memo.get(text);
  if (hit) return hit;
  // `import typing as t` binds `t`; a plain `import typing` binds `typing` (`typing.Callable[…]`).
  const typingNames = [...text.matchAll(TYPING_MODULE)].map((m) => m[2] ?? m[1]);
  const aliases = new Map<string, string>();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line || line[0] === ' ' || line[0] === '\t' || line[0] === '#') continue;
    const m = ASSIGN.exec(line.replace(/\s+#.*$/, ''));
    if (!m) continue;
    let rhs = m[4];
    // A bracketed right-hand side continues until its brackets close (black wraps long unions).
    while (depth(rhs) > 0 && i + 1 < lines.length) rhs += ' ' + lines[++i].replace(/\s+#.*$/, '').trim();
    rhs = unqualified(rhs.trim(), typingNames);
    const name = m[1] ?? m[2];
    if (depth(rhs) !== 0 || !rhs) continue;
    if (m[1] !== undefined || m[3] !== undefined || isTypeExpression(rhs)) aliases.set(name, rhs);
  }
  const out = { aliases, typingNames };
  if (memo.size >= 8) memo.delete(memo.keys().next().value as string);
  memo.set(text, out);
  return out;
}

/** `t.Optional[int]` → `Optional[int]` where `t` is the typing module. */
function unqualified(t: string, typingNames: readonly string[]): string {
  if (!typingNames.length) return t;
  const re = new RegExp(`(?<![\\w.])(?:${typingNames.join('|')})\\.`, 'g');
  return t.replace(re, '');
}

function depth(s: string): number {
  let d = 0;
  for (const ch of s) {
    if ('([{'.includes(ch)) d++;
    else if (')]}'.includes(ch)) d--;
  }
  return d;
}

/** A subscripted typing or builtin generic, or a `|` union of names, strings, None and subscripts. */
function isTypeExpression(rhs: string): boolean {
  const head = /^(?:[A-Za-z_]\w*\.)*([A-Za-z_]\w*)\s*\[/.exec(rhs);
  if (head && TYPE_HEADS.has(head[1]) && rhs.endsWith(']') && splitTop(rhs, '|').length === 1) return true;
  const arms = splitTop(rhs, '|');
  return arms.length > 1 && arms.every((a) => /^(?:[A-Za-z_][\w.]*(?:\s*\[.*\])?|"[^"]*"|'[^']*')$/s.test(a.trim()));
}

/**
 * The type text with the module's aliases written out (parenthesised where they hold a union) and
 * the typing-module qualifier dropped; nested aliases are followed three levels deep. Undefined when
 * nothing was written out.
 */
export function expandPythonAliases(t: string, a: PythonAliases): string | undefined {
  // A whole annotation in quotes is a forward reference to the type it names (PEP 484):
  // `other: "RetryBaseT"` is the alias RetryBaseT (tenacity a02b51a20f).
  const quoted = /^\s*(["'])([A-Za-z_][\w.]*)\1\s*$/.exec(t);
  let s = unqualified(quoted ? quoted[2] : t, a.typingNames);
  let changed = s !== t;
  for (let round = 0; round < 3; round++) {
    let hit = false;
    s = s.replace(/(?<![\w."'])[A-Za-z_]\w*(?![\w.(])/g, (w) => {
      const d = a.aliases.get(w);
      if (d === undefined) return w;
      hit = true;
      return splitTop(d, '|').length > 1 ? `(${d})` : d;
    });
    if (!hit) break;
    changed = true;
  }
  return changed ? s : undefined;
}

/** A signature whose annotations are read through the file's aliases (the same object when the file has none). */
export function withPythonAliases(s: Signature, a: PythonAliases): Signature {
  if (!a.aliases.size && !a.typingNames.length) return s;
  const sub = (t: string | undefined) => (t === undefined ? t : (expandPythonAliases(t, a) ?? t));
  return { ...s, params: s.params.map((p) => (p.type === undefined ? p : { ...p, type: sub(p.type) })), returnType: sub(s.returnType) };
}
