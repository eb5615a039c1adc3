// What a token means for the people who call the code, in plain words (issue "The Delta
// Inspector…": "`applyDiscount` gained an optional parameter `cap`: callers keep working").
// The token kinds stay in the detail; this is the first sentence a newcomer reads. Pure: reads
// only the token record (delta.tokens.v1, spec §3.3).
import type { DeltaToken } from '../delta/token';

interface Sig {
  params?: string[];
  arity?: number;
  returnType?: string;
  async?: boolean;
}

const short = (q: string | undefined) => (q ? q.slice(q.lastIndexOf('.') + 1) : '');
const code = (s: string | undefined) => `\`${s ?? '?'}\``;
const nameOf = (p: string) => p.replace(/^(\*\*|\.\.\.|\*)/, '').split(/[?:=\s]/)[0];

/** Parameters only the new signature has / only the old one had, by name. */
function paramDiff(before: Sig | undefined, after: Sig | undefined): { added: string[]; removed: string[] } {
  const b = new Set((before?.params ?? []).map(nameOf));
  const a = new Set((after?.params ?? []).map(nameOf));
  return { added: [...a].filter((x) => !b.has(x)), removed: [...b].filter((x) => !a.has(x)) };
}

function signatureWords(t: DeltaToken): string {
  const name = code(short(t.symbol));
  const before = t.before as Sig | undefined;
  const after = t.after as Sig | undefined;
  const { added, removed } = paramDiff(before, after);
  const compatible = t.meta.compatible === true;
  const what: string[] = [];
  if (added.length) {
    const optional = (after?.params ?? []).filter((p) => added.includes(nameOf(p))).every((p) => /[?=]|^\.\.\.|^\*/.test(p));
    what.push(`gained ${optional ? 'an optional ' : ''}parameter${added.length > 1 ? 's' : ''} ${added.map(code).join(', ')}`);
  }
  if (removed.length) what.push(`lost parameter${removed.length > 1 ? 's' : ''} ${removed.map(code).join(', ')}`);
  const detail = Array.isArray(t.meta.detail) ? (t.meta.detail as string[]) : [];
  if (!what.length && detail.includes('order')) what.push('had its parameters reordered');
  if (!what.length && detail.includes('types')) what.push('changed a parameter type');
  if (detail.includes('return')) what.push(`changed its return type${after?.returnType ? ` to ${code(after.returnType)}` : ''}`);
  if (detail.includes('async')) what.push(after?.async ? 'became async' : 'is no longer async');
  if (!what.length) what.push('changed its signature');
  const verdict = compatible ? 'callers keep working' : t.meta.public_api ? 'callers written against the old signature may break' : 'its callers in this repository need checking';
  return `${name} ${what.join(' and ')}: ${verdict}.`;
}

/** One sentence: what changed and why it matters. */
export function plainWords(t: DeltaToken): string {
  const m = t.meta as Record<string, unknown>;
  const name = code(short(t.symbol));
  const pub = !!m.public_api;
  switch (t.kind) {
    case 'MODIFY_SIG':
      return signatureWords(t);
    case 'RENAME_FN':
    case 'RENAME_CLASS':
      return `${code(String(m.from ?? ''))} was renamed to ${code(String(m.to ?? t.symbol ?? ''))}${pub ? ': callers using the old name break unless it stays exported or an adapter keeps it' : ''}.`;
    case 'MOVE_SYMBOL':
      return `${name} moved here from ${code(String(m.fromFile ?? '?'))}${pub ? ': importers of the old file need the new path or a re-export' : ''}.`;
    case 'ADD_FN':
      return `New function ${name}${pub ? ', part of the public API' : ''}.`;
    case 'ADD_CLASS':
      return `New class ${name}${pub ? ', part of the public API' : ''}.`;
    case 'DEL_FN':
    case 'DEL_CLASS':
      return `${name} was removed${pub ? ': code that calls it breaks' : ''}.`;
    case 'MODIFY_BODY':
      return `The body of ${name} changed; its signature did not, so callers compile as before (behaviour may differ).`;
    case 'EXTRACT_FN':
      return `${name} was extracted from ${code(short(String(m.source ?? '')))} (a refactoring: the code moved into a function of its own).`;
    case 'INLINE_FN':
      return `${name} was inlined into ${code(short(String(m.target ?? '')))}.`;
    case 'ADD_TYPE':
      return `New type ${name}.`;
    case 'DEL_TYPE':
      return `Type ${name} was removed${pub ? ': code that uses it no longer compiles' : ''}.`;
    case 'MODIFY_TYPE':
      if (typeof m.from === 'string') {
        const also = Array.isArray(m.detail) && (m.detail as string[]).some((d) => d !== 'renamed' && d !== 'kind');
        return `Type ${code(short(m.from))} was renamed ${name}${also ? ' and its shape changed' : ''}${pub ? ': code that uses the old name no longer compiles' : ''}.`;
      }
      return `The shape of type ${name} changed${pub ? ': users of removed or narrowed members break' : ''}.`;
    case 'ΔIMPORT':
      return `${m.sign === '-' ? 'No longer imports' : 'Now imports'} ${code(String(m.spec ?? ''))}.`;
    case 'ΔDEPENDENCY':
      return `A dependency changed in ${code(t.file)}: ${String(t.uid.replace(/^DEP::[^:]*:/, ''))} ${t.before === undefined ? 'added' : t.after === undefined ? 'removed' : `${String(t.before)} → ${String(t.after)}`}.`;
    case 'ΔCC':
    case 'ΔBRANCHING':
    case 'ΔLOOP_NEST':
    case 'ΔASYNC_AWAIT':
    case 'ΔEXCEPT_BLOCKS': {
      const what = { ΔCC: 'complexity', ΔBRANCHING: 'branching', ΔLOOP_NEST: 'loop nesting', ΔASYNC_AWAIT: 'async/await use', ΔEXCEPT_BLOCKS: 'exception handling' }[t.kind];
      const up = m.sign !== '-';
      return `The ${what} of ${name} ${up ? 'grew' : 'shrank'} (${String(t.before ?? 0)} → ${String(t.after ?? 0)})${up ? ': more paths to test' : ''}.`;
    }
    case 'ΔTESTS':
      return m.sign === '-' ? `Tests were removed from ${code(t.file)}.` : `Tests were added to ${code(t.file)}.`;
    case 'ΔTOPLEVEL':
      return `Module-level code of ${code(t.file)} changed (constants, statements outside any function).`;
    case 'ADD_FILE':
      return `New file ${code(t.file)}.`;
    case 'DEL_FILE':
      return `File ${code(t.file)} was deleted.`;
    case 'RENAME_FILE':
    case 'MOVE_FILE':
      return `File moved: ${code(String(m.fromFile ?? m.from ?? '?'))} → ${code(t.file)}; imports of the old path need updating.`;
    case 'ΔFAN_IN':
    case 'ΔFAN_OUT':
      return t.kind === 'ΔFAN_IN' ? `The number of files importing ${code(t.file)} changed.` : `The number of modules ${code(t.file)} imports changed.`;
    case 'ΔTYPE_HINTS':
      return `Type annotations of ${name} changed.`;
    case 'DOC_PUBLIC_API':
      return `The documentation of public ${name} changed.`;
    case 'ΔCOMMENTS':
      return 'Only comments or whitespace changed here.';
    case 'MODIFY_FILE':
      return m.unexplained ? `Lines of ${code(t.file)} changed that no finer token explains${m.parseError ? ' (the file does not parse)' : ''}.` : `${code(t.file)} changed.`;
    default:
      // A plugin's token (issue 16): what its manifest says the kind means, about what it names.
      if (typeof m.plugin === 'string') {
        const what = typeof m.what === 'string' && m.what.trim() ? m.what.trim().replace(/\.$/, '') : `${t.kind} reported`;
        return `${t.symbol ? code(t.symbol) : code(t.file)}: ${what} (plugin ${m.plugin}).`;
      }
      return `${t.kind.replace(/^Δ/, '')} in ${code(t.file)}.`;
  }
}
